"""API keys and roles: 401 without a valid key, 403 for the wrong role, keys stored hashed, key management."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import hash_key
from api.models import ApiKey
from tests.api.conftest import Headers, upload
from tests.api.fakes import MEMO

# (method, path, JSON body, roles besides admin that may call it)
ENDPOINTS = [
    ("POST", "/v1/analyze", {"text": "De heer Jansen."}, {"tool"}),
    ("POST", "/v1/documents", {"text": "De heer Jansen."}, {"tool"}),
    ("GET", "/v1/documents", None, {"reviewer"}),
    ("GET", "/v1/documents/{doc}", None, {"reviewer"}),
    ("GET", "/v1/documents/{doc}/audit", None, {"reviewer"}),
    ("GET", "/v1/documents/{doc}/redacted", None, {"reviewer"}),
    ("POST", "/v1/documents/{doc}/redactions", {"start": 0, "end": 4, "ground": "5.1(2)e", "reason": "r"},
     {"reviewer"}),
    ("GET", "/v1/suggestions/{sug}", None, {"reviewer"}),
    ("POST", "/v1/suggestions/{sug}/decision", {"action": "reject", "version": 99, "reason": "r"}, {"reviewer"}),
    ("GET", "/v1/grounds", None, {"tool", "reviewer"}),
    ("GET", "/v1/feedback/export", None, set()),
    ("POST", "/v1/models/reload", None, set()),
    ("GET", "/v1/keys", None, set()),
    ("POST", "/v1/keys", {"name": "nieuw", "role": "tool"}, set()),
    ("DELETE", "/v1/documents/{doc}", None, set()),
]


@pytest.fixture(scope="module")
def ids(client: TestClient, tool_headers: Headers) -> dict[str, int]:
    created = upload(client, tool_headers, MEMO)
    return {"doc": created["id"], "sug": created["suggestions"][0]["id"]}


@pytest.fixture(scope="module")
def role_headers(tool_headers: Headers, reviewer_headers: Headers, admin_headers: Headers) -> dict[str, Headers]:
    return {"tool": tool_headers, "reviewer": reviewer_headers, "admin": admin_headers}


def call(client: TestClient, method: str, path: str, body: object, headers: Headers):
    return client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize(("method", "path", "body", "roles"), ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS])
def test_roles(client: TestClient, ids: dict[str, int], role_headers: dict[str, Headers], method: str, path: str,
               body: object, roles: set[str]) -> None:
    url = path.format(**ids)
    missing = call(client, method, url, body, {})
    assert missing.status_code == 401
    assert missing.json()["error"] == "not_authenticated"
    assert missing.headers["www-authenticate"] == "Bearer"
    assert call(client, method, url, body, {"Authorization": "Bearer lk_wrong"}).status_code == 401
    for role in ("tool", "reviewer"):
        response = call(client, method, url, body, role_headers[role])
        if role in roles:
            assert response.status_code not in (401, 403), (role, response.text)
        else:
            assert response.status_code == 403, role
            assert response.json()["error"] == "forbidden"
            assert f"'{role}'" in response.json()["message"]


def test_admin_may_call_everything(client: TestClient, tool_headers: Headers, admin_headers: Headers) -> None:
    created = upload(client, tool_headers, MEMO)  # its own document: this test deletes it
    ids = {"doc": created["id"], "sug": created["suggestions"][0]["id"]}
    for method, path, body, _ in ENDPOINTS:
        url = path.format(**ids)
        response = call(client, method, url, body, admin_headers)
        assert response.status_code not in (401, 403), (method, url, response.text)


def test_key_header_forms(client: TestClient, reviewer_headers: Headers) -> None:
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    assert client.get("/v1/grounds", headers={"X-API-Key": key}).status_code == 200
    assert client.get("/v1/grounds", headers={"Authorization": f"bearer {key}"}).status_code == 200
    assert client.get("/v1/grounds", headers={"Authorization": f"Basic {key}"}).status_code == 401


def test_keys_are_stored_hashed(client: TestClient, reviewer_headers: Headers) -> None:
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        row = session.scalars(select(ApiKey).where(ApiKey.key_hash == hash_key(key))).one()
        stored = [value for value in vars(row).values() if isinstance(value, str)]
    assert key not in stored
    assert row.key_hash == hash_key(key) and len(row.key_hash) == 64


def test_key_management(client: TestClient, admin_headers: Headers) -> None:
    created = client.post("/v1/keys", headers=admin_headers, json={"name": "tool-zaaksysteem", "role": "tool"})
    assert created.status_code == 201
    secret = created.json()["key"]
    assert secret.startswith("lk_") and created.json()["prefix"] == secret[:9]
    assert client.post("/v1/analyze", headers={"X-API-Key": secret}, json={"text": "x"}).status_code == 200
    listed = client.get("/v1/keys", headers=admin_headers).json()
    entry = next(k for k in listed if k["id"] == created.json()["id"])
    assert "key" not in entry and entry["revoked_at"] is None and entry["role"] == "tool"
    revoked = client.delete(f"/v1/keys/{entry['id']}", headers=admin_headers)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert client.post("/v1/analyze", headers={"X-API-Key": secret}, json={"text": "x"}).status_code == 401
    assert client.delete("/v1/keys/99999", headers=admin_headers).status_code == 404
    for bad in ({"name": "", "role": "tool"}, {"name": "x", "role": "boss"}, {"name": "a<b>", "role": "tool"}):
        assert client.post("/v1/keys", headers=admin_headers, json=bad).status_code == 422


def test_page_cookie_needs_page_header_for_changes(client: TestClient, ids: dict[str, int],
                                                   reviewer_headers: Headers) -> None:
    """The review page's session cookie authorises reads, but a POST only with the X-Lakmoes-Page header (CSRF)."""
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    login = client.post("/review/login", data={"key": key}, follow_redirects=False)
    assert login.status_code == 303 and key not in login.headers["set-cookie"]
    try:
        assert client.get(f"/v1/documents/{ids['doc']}").status_code == 200
        body = {"action": "reject", "version": 99, "reason": "r"}
        assert client.post(f"/v1/suggestions/{ids['sug']}/decision", json=body).status_code == 401
        with_header = client.post(f"/v1/suggestions/{ids['sug']}/decision", json=body,
                                  headers={"X-Lakmoes-Page": "1"})
        assert with_header.status_code == 409
    finally:
        client.cookies.clear()
