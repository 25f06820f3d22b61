"""Who may call /presidio: a tool (or admin) key as Bearer or in the configured header; anonymous callers only
when enabled and only from the configured networks. Never open by default."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.auth import Role, from_networks
from api.main import create_app
from detector.settings import Settings
from tests.api.conftest import Headers, api_settings, make_key
from tests.api.fakes import FakeDetector

BODY = {"text": "De heer Jansen.", "language": "nl"}
CALLS = [
    ("POST", "/presidio/analyze", BODY),
    ("POST", "/presidio/anonymize", {"text": "Jansen", "analyzer_results": []}),
    ("GET", "/presidio/recognizers", None),
    ("GET", "/presidio/supportedentities", None),
    ("GET", "/presidio/anonymizers", None),
]


def call(client: TestClient, method: str, path: str, body: dict | None, headers: Headers | None = None) -> int:
    return client.request(method, path, json=body, headers=headers or {}).status_code


@pytest.mark.parametrize(("method", "path", "body"), CALLS)
def test_no_key_is_401_and_wrong_role_403(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers, admin_headers: Headers,
    method: str, path: str, body: dict | None,
) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == 401
    assert list(response.json()) == ["error"]
    assert response.headers["www-authenticate"] == "Bearer"
    assert call(client, method, path, body, {"Authorization": "Bearer lk_onbekend"}) == 401
    assert call(client, method, path, body, reviewer_headers) == 403
    assert call(client, method, path, body, tool_headers) == 200
    assert call(client, method, path, body, admin_headers) == 200


def test_health_needs_no_key(client: TestClient) -> None:
    assert client.get("/presidio/health").status_code == 200


def test_key_in_the_default_header(client: TestClient) -> None:
    key = make_key(client, Role.TOOL, "presidio-header")
    assert call(client, "POST", "/presidio/analyze", BODY, {"X-API-Key": key}) == 200


def test_a_revoked_key_is_refused(client: TestClient, admin_headers: Headers) -> None:
    key = make_key(client, Role.TOOL, "ingetrokken")
    assert call(client, "GET", "/presidio/recognizers", None, {"Authorization": f"Bearer {key}"}) == 200
    key_id = next(k["id"] for k in client.get("/v1/keys", headers=admin_headers).json() if k["name"] == "ingetrokken")
    assert client.delete(f"/v1/keys/{key_id}", headers=admin_headers).status_code in (200, 204)
    assert call(client, "GET", "/presidio/recognizers", None, {"Authorization": f"Bearer {key}"}) == 401


Build = Callable[..., TestClient]


@pytest.fixture
def app_with(database_url: str, tmp_path: Path) -> Iterator[Build]:
    """Build an app with extra settings; ``client_ip`` is the address the test client calls from."""
    clients: list[TestClient] = []

    def build(client_ip: str = "10.1.2.3", **overrides: object) -> TestClient:
        settings = api_settings(database_url, tmp_path, **overrides)
        client = TestClient(create_app(settings, detector=FakeDetector()), client=(client_ip, 50000))  # type: ignore[arg-type]
        clients.append(client.__enter__())
        return client

    yield build
    for client in clients:
        client.__exit__(None, None, None)


def test_configured_key_header(app_with: Build) -> None:
    client = app_with(presidio_key_header="Ocp-Apim-Subscription-Key")
    key = make_key(client, Role.TOOL, "apim")
    assert call(client, "POST", "/presidio/analyze", BODY, {"Ocp-Apim-Subscription-Key": key}) == 200
    assert call(client, "POST", "/presidio/analyze", BODY, {"Ocp-Apim-Subscription-Key": "lk_fout"}) == 401
    assert call(client, "POST", "/presidio/analyze", BODY, {"Authorization": f"Bearer {key}"}) == 200


def test_networks_alone_do_not_open_access(app_with: Build) -> None:
    client = app_with(presidio_anonymous_networks=["10.0.0.0/8"])
    assert call(client, "POST", "/presidio/analyze", BODY) == 401


def test_anonymous_only_from_configured_networks(app_with: Build) -> None:
    inside = app_with("10.1.2.3", presidio_anonymous=True, presidio_anonymous_networks=["10.0.0.0/8", "2001:db8::/32"])
    for method, path, body in CALLS:
        assert call(inside, method, path, body) == 200
    assert call(inside, "POST", "/v1/analyze", {"text": "Jansen"}) == 401  # only the Presidio endpoints
    assert call(inside, "POST", "/presidio/analyze", BODY, {"Authorization": "Bearer lk_fout"}) == 401
    outside = app_with("192.168.1.5", presidio_anonymous=True, presidio_anonymous_networks=["10.0.0.0/8"])
    assert call(outside, "POST", "/presidio/analyze", BODY) == 401
    ipv6 = app_with("2001:db8::5", presidio_anonymous=True, presidio_anonymous_networks=["2001:db8::/32"])
    assert call(ipv6, "GET", "/presidio/supportedentities", None) == 200


def test_anonymous_without_networks_stays_closed(app_with: Build) -> None:
    client = app_with("127.0.0.1", presidio_anonymous=True)
    assert call(client, "POST", "/presidio/analyze", BODY) == 401


def test_prefix_is_a_setting(app_with: Build) -> None:
    client = app_with(presidio_prefix="/pii", presidio_anonymous=True, presidio_anonymous_networks=["10.0.0.0/8"])
    assert call(client, "POST", "/pii/analyze", BODY) == 200
    assert call(client, "POST", "/presidio/analyze", BODY) == 404
    root = app_with(presidio_prefix="", presidio_anonymous=True, presidio_anonymous_networks=["10.0.0.0/8"])
    assert call(root, "POST", "/analyze", BODY) == 200


@pytest.mark.parametrize(
    ("host", "networks", "inside"),
    [
        ("10.1.2.3", ["10.0.0.0/8"], True),
        ("10.1.2.3", ["10.1.2.3/32"], True),
        ("11.0.0.1", ["10.0.0.0/8"], False),
        ("::ffff:10.1.2.3", ["10.0.0.0/8"], True),
        ("2001:db8::1", ["10.0.0.0/8"], False),
        ("testclient", ["0.0.0.0/0"], False),
        (None, ["0.0.0.0/0"], False),
        ("10.1.2.3", [], False),
    ],
)
def test_from_networks(host: str | None, networks: list[str], inside: bool) -> None:
    assert from_networks(host, networks) is inside


def test_settings_refuse_a_bad_network_or_prefix() -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, presidio_anonymous_networks=["10.0.0.0/33"])  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings(_env_file=None, presidio_prefix="presidio/")  # type: ignore[call-arg]
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert defaults.presidio_anonymous is False and defaults.presidio_anonymous_networks == []
