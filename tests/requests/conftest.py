"""Request fixtures: the app with the in-process executor on the API tests' databases (SQLite, PostgreSQL)."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.auth import Role
from api.main import create_app
from tests.api.conftest import Headers, api_settings, database_url, make_key  # noqa: F401 - fixture re-used
from tests.requests.fakes import RequestFakeDetector

PUBLISHER = "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"


@pytest.fixture(scope="module")
def fake() -> RequestFakeDetector:
    return RequestFakeDetector()


@pytest.fixture(scope="module")
def client(
    database_url: str,  # noqa: F811 - the fixture of tests/api/conftest.py
    tmp_path_factory: pytest.TempPathFactory,
    fake: RequestFakeDetector,
) -> Iterator[TestClient]:
    data = tmp_path_factory.mktemp("data")
    settings = api_settings(
        database_url, data, max_upload_bytes=2_000_000, zip_max_files=20, zip_max_total_bytes=1_000_000,
        zip_max_ratio=50, max_text_chars=20_000, profile=write_profile(data / "profiel.toml"),
    )  # fmt: skip
    with TestClient(create_app(settings, detector=fake)) as test_client:  # type: ignore[arg-type]
        yield test_client


@pytest.fixture(scope="module")
def tool(client: TestClient) -> Headers:
    return {"Authorization": f"Bearer {make_key(client, Role.TOOL, 'redactietool')}"}


@pytest.fixture(scope="module")
def reviewer(client: TestClient) -> Headers:
    return {"Authorization": f"Bearer {make_key(client, Role.REVIEWER, 'coordinator')}"}


def write_profile(path: Path, tooi: str = PUBLISHER) -> Path:
    """A minimal organisation profile with a TOOI URI from the DiWoo value lists."""
    path.write_text(f'name = "Gemeente Proefstad"\ntooi = "{tooi}"\n', encoding="utf-8")
    return path


def zip_of(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def wait_until_analysed(client: TestClient, headers: Headers, request_id: int, timeout: float = 60) -> dict:
    """Poll ``GET /v1/requests/{id}`` until nothing is pending or running; return the last answer."""
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"/v1/requests/{request_id}", headers=headers).json()
        if body["status"] != "analysing" or time.monotonic() > deadline:
            return body
        time.sleep(0.1)
