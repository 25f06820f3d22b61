"""API fixtures: one database per session (SQLite, and PostgreSQL when configured), a client per module,
and API keys per role as header fixtures."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role
from api.main import create_app
from detector.settings import Settings
from tests.api.fakes import FakeDetector

POSTGRES_ENV = "LAKMOES_TEST_POSTGRES_URL"
Headers = dict[str, str]


@contextmanager
def postgres_database(prefix: str) -> Iterator[str]:
    """A new, empty database on the :data:`POSTGRES_ENV` server (else the test skips), dropped afterwards."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV}, e.g. postgresql+psycopg://postgres@127.0.0.1/test")
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(4)}"
    server = create_engine(base, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty database for the session: a SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'lakmoes.db'}"
        return
    with postgres_database("lakmoes_test") as url:
        yield url


def api_settings(database_url: str, data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test app, independent of the developer's environment files."""
    return Settings(_env_file=None, database_url=database_url, data_dir=data_dir, **overrides)  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def fake_detector() -> FakeDetector:
    return FakeDetector()


@pytest.fixture(scope="module")
def client(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, fake_detector: FakeDetector
) -> Iterator[TestClient]:
    """The app on the session database with the fake detector, lifespan running."""
    settings = api_settings(database_url, tmp_path_factory.mktemp("data"), max_upload_bytes=100_000,
                            max_text_chars=20_000)
    app = create_app(settings, detector=fake_detector)  # type: ignore[arg-type]
    with TestClient(app) as test_client:
        yield test_client


def make_key(client: TestClient, role: Role, name: str) -> str:
    """Create a key directly in the app's database and return it."""
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        _, key = crud.create_api_key(session=session, name=name, role=role)
    return key


@pytest.fixture(scope="module")
def tool_headers(client: TestClient) -> Headers:
    return {"Authorization": f"Bearer {make_key(client, Role.TOOL, 'redactietool')}"}


@pytest.fixture(scope="module")
def reviewer_headers(client: TestClient) -> Headers:
    return {"Authorization": f"Bearer {make_key(client, Role.REVIEWER, 'reviewer-anna')}"}


@pytest.fixture(scope="module")
def reviewer2_headers(client: TestClient) -> Headers:
    return {"X-API-Key": make_key(client, Role.REVIEWER, "reviewer-bram")}


@pytest.fixture(scope="module")
def admin_headers(client: TestClient) -> Headers:
    return {"Authorization": f"Bearer {make_key(client, Role.ADMIN, 'beheerder')}"}


def upload(client: TestClient, headers: Headers, text_: str, **fields: object) -> dict:
    """POST a JSON document and return the answer (asserting 201)."""
    response = client.post("/v1/documents", json={"text": text_, **fields}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()
