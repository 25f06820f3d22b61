"""The hardened review page and keys: security headers on every response, a revocable server-side session
instead of the key in the cookie, expiring and revocable keys, and an audit trail the database keeps
append-only. Runs on SQLite and, when configured, on PostgreSQL."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from api import crud
from api.auth import Role
from api.models import ReviewSession, utcnow
from tests.api.conftest import Headers, make_key, upload

HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def _login(client: TestClient, key: str) -> str:
    response = client.post("/review/login", data={"key": key}, follow_redirects=False)
    assert response.status_code == 303, response.text
    token = response.cookies["lakmoes_session"]
    assert token and key not in response.headers["set-cookie"]
    return token


def _check_headers(response) -> str:  # noqa: ANN001
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, (response.url, name)
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)  # type: ignore[union-attr]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    return policy


def test_every_kind_of_response_has_the_security_headers(client: TestClient, reviewer_headers: Headers) -> None:
    responses = [
        client.get("/healthz"),
        client.get("/review/login"),
        client.get("/review", follow_redirects=False),
        client.get("/static/review.js"),
        client.get("/v1/grounds"),  # 401
        client.get("/v1/grounds", headers=reviewer_headers),
        client.get("/v1/nergens", headers=reviewer_headers),  # 404
        client.post("/v1/analyze", content=b"x" * 10, headers={"Content-Type": "text/plain"}),
        client.get("/openapi.json"),
    ]
    for response in responses:
        assert _check_headers(response).startswith("default-src 'self'")


def test_docs_page_allows_only_its_own_inline_script_by_hash(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    policy = _check_headers(response)
    assert re.search(r"script-src [^;]*'sha256-[A-Za-z0-9+/=]+'", policy)
    assert int(response.headers["content-length"]) == len(response.content)


def test_review_pages_have_no_inline_script_or_style(client: TestClient, tool_headers: Headers,
                                                     reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, "Geachte heer Jansen, tot ziens.")
    _login(client, reviewer_headers["Authorization"].removeprefix("Bearer "))
    try:
        pages = [client.get("/review/login"), client.get("/review"), client.get(f"/review/documents/{created['id']}")]
        for page in pages:
            assert page.status_code == 200
            html = page.text
            assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), page.url
            assert "<style" not in html and not re.search(r"\sstyle=", html), page.url
            assert not re.search(r"\son[a-z]+=", html), page.url
    finally:
        client.cookies.clear()


def test_the_cookie_holds_a_session_not_the_key(client: TestClient, reviewer_headers: Headers) -> None:
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    response = client.post("/review/login", data={"key": key}, follow_redirects=False)
    client.cookies.clear()
    cookie = response.headers["set-cookie"]
    assert key not in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=7200" in cookie
    assert "Secure" not in cookie  # plain http in this test; see the https test below


def test_the_cookie_is_secure_under_https(client: TestClient, reviewer_headers: Headers) -> None:
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    secure = TestClient(client.app, base_url="https://testserver")
    response = secure.post("/review/login", data={"key": key}, follow_redirects=False)
    assert "Secure" in response.headers["set-cookie"]
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_logout_revokes_the_session_on_the_server(client: TestClient, reviewer_headers: Headers) -> None:
    token = _login(client, reviewer_headers["Authorization"].removeprefix("Bearer "))
    assert client.get("/review").status_code == 200
    client.post("/review/logout", follow_redirects=False)
    client.cookies.clear()
    client.cookies.set("lakmoes_session", token)  # a copy of the cookie kept by an attacker
    try:
        assert client.get("/review", follow_redirects=False).status_code == 303
        assert client.get("/v1/documents").status_code == 401
    finally:
        client.cookies.clear()


def test_an_expired_session_stops_working(client: TestClient, reviewer_headers: Headers) -> None:
    _login(client, reviewer_headers["Authorization"].removeprefix("Bearer "))
    try:
        assert client.get("/v1/documents").status_code == 200
        with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
            session.execute(update(ReviewSession).values(expires_at=utcnow() - timedelta(seconds=1)))
            session.commit()
        assert client.get("/v1/documents").status_code == 401
        assert client.get("/review", follow_redirects=False).status_code == 303
    finally:
        client.cookies.clear()


def test_revoking_a_key_ends_its_sessions_and_calls_at_once(client: TestClient, admin_headers: Headers) -> None:
    key = make_key(client, Role.REVIEWER, "reviewer-tijdelijk")
    _login(client, key)
    try:
        assert client.get("/v1/documents").status_code == 200
        assert client.get("/v1/documents", headers={"X-API-Key": key}).status_code == 200
        with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
            key_id = crud.find_api_key(session=session, key=key).id  # type: ignore[union-attr]
        assert client.delete(f"/v1/keys/{key_id}", headers=admin_headers).status_code == 200
        assert client.get("/v1/documents").status_code == 401
        assert client.get("/v1/documents", headers={"X-API-Key": key}).status_code == 401
    finally:
        client.cookies.clear()


def test_keys_revoke_on_the_command_line_takes_effect_at_once(client: TestClient, tmp_path: Path) -> None:
    from detector.cli import app

    key = make_key(client, Role.TOOL, "tool-cli")
    assert client.get("/v1/grounds", headers={"X-API-Key": key}).status_code == 200
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        key_id = crud.find_api_key(session=session, key=key).id  # type: ignore[union-attr]
    settings = client.app.state.settings  # type: ignore[attr-defined]
    config = tmp_path / "lakmoes.toml"
    config.write_text(f'database_url = "{settings.effective_database_url}"\n')
    result = CliRunner().invoke(app, ["keys", "revoke", str(key_id), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert f"Sleutel {key_id} van 'tool-cli' ingetrokken" in result.stdout
    assert client.get("/v1/grounds", headers={"X-API-Key": key}).status_code == 401
    missing = CliRunner().invoke(app, ["keys", "revoke", "999999", "--config", str(config)])
    assert missing.exit_code == 1 and "sleutel 999999 bestaat niet" in missing.stderr


def test_keys_expire(client: TestClient, admin_headers: Headers) -> None:
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        _, expired = crud.create_api_key(session=session, name="oud", role=Role.TOOL,
                                         expires_at=utcnow() - timedelta(seconds=1))
        _, valid = crud.create_api_key(session=session, name="nieuw", role=Role.TOOL,
                                       expires_at=utcnow() + timedelta(days=1))
    assert client.get("/v1/grounds", headers={"X-API-Key": expired}).status_code == 401
    assert client.get("/v1/grounds", headers={"X-API-Key": valid}).status_code == 200
    created = client.post("/v1/keys", json={"name": "kwartaal", "role": "tool", "expires_in_days": 90},
                          headers=admin_headers)
    assert created.status_code == 201
    assert created.json()["expires_at"] is not None


def test_an_expired_key_cannot_log_in(client: TestClient) -> None:
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        _, expired = crud.create_api_key(session=session, name="oud-reviewer", role=Role.REVIEWER,
                                         expires_at=utcnow() - timedelta(seconds=1))
    assert client.post("/review/login", data={"key": expired}, follow_redirects=False).status_code == 401


@pytest.mark.parametrize("statement", ["UPDATE events SET reason = 'anders'", "DELETE FROM events"])
def test_the_database_refuses_to_change_the_audit_trail(client: TestClient, tool_headers: Headers,
                                                         statement: str) -> None:
    upload(client, tool_headers, "Geachte heer Jansen, tot ziens.")
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM events")).scalar_one()
    assert before > 0
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text(statement))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar_one() == before
        assert connection.execute(text("SELECT count(*) FROM events WHERE reason = 'anders'")).scalar_one() == 0


def test_appending_to_the_audit_trail_still_works(client: TestClient, tool_headers: Headers,
                                                   reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, "Geachte heer Jansen, tot ziens.")
    suggestion = created["suggestions"][0]["id"]
    decided = client.post(f"/v1/suggestions/{suggestion}/decision", json={"action": "accept", "version": 0},
                          headers=reviewer_headers)
    assert decided.status_code == 200
    assert [e["action"] for e in client.get(f"/v1/documents/{created['id']}/audit",
                                            headers=reviewer_headers).json()] == ["created", "accept"]



def test_an_unhandled_error_answers_500_with_the_security_headers(client: TestClient) -> None:
    def boom() -> None:
        raise RuntimeError("kapot")

    client.app.add_api_route("/__boom", boom)  # type: ignore[attr-defined]
    response = TestClient(client.app, raise_server_exceptions=False).get("/__boom")
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    _check_headers(response)
