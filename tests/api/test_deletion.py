"""Deleting a document erases its content but keeps its audit trail; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import Engine, MetaData, Table, inspect, select, text
from sqlalchemy.orm import Session

from api.db import alembic_config, make_engine, migrate
from api.models import Document
from tests.api.conftest import Headers, api_settings, upload


def _letter(marker: str) -> str:
    """A document whose personal data all carry ``marker``, so any leftover copy is easy to find."""
    return (
        f"Brief aan mevrouw {marker}\n\n"
        f"Jansen schreef ons vanaf {marker}.jansen@voorbeeld.nl over zijn aanvraag {marker}.\n"
        f"Ik adviseer om de aanvraag van {marker} af te wijzen.\n"
    )


def _rows_containing(engine: Engine, needle: str) -> list[tuple[str, str]]:
    """(table, column) of every stored value that contains ``needle``, over every table in the database."""
    found = []
    with engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            table = Table(name, MetaData(), autoload_with=connection)
            for row in connection.execute(select(table)).mappings():
                found += [(name, column) for column, value in row.items() if needle in str(value)]
    return found


@pytest.fixture()
def decided(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> dict:
    """An uploaded letter with an accept, a reject (with reason) and a manual redaction."""
    marker = f"Zwaneveld{secrets.token_hex(4)}"
    letter = _letter(marker)
    created = upload(client, tool_headers, letter, title=f"Brief {marker}")
    person, email, opinion = created["suggestions"]
    post = client.post
    assert post(f"/v1/suggestions/{person['id']}/decision", headers=reviewer_headers,
                json={"action": "accept", "version": 0}).status_code == 200
    assert post(f"/v1/suggestions/{email['id']}/decision", headers=reviewer_headers,
                json={"action": "reject", "version": 0, "reason": "functioneel adres"}).status_code == 200
    start = letter.index(f"aanvraag {marker}") + len("aanvraag ")
    assert post(f"/v1/documents/{created['id']}/redactions", headers=reviewer_headers,
                json={"start": start, "end": start + len(marker), "ground": "5.1(2)e",
                      "reason": "naam aanvrager"}).status_code == 201
    return {**created, "marker": marker, "letter": letter, "opinion": opinion, "email": email}


def test_only_admins_delete(client: TestClient, decided: dict, tool_headers: Headers,
                            reviewer_headers: Headers) -> None:
    path = f"/v1/documents/{decided['id']}"
    assert client.delete(path, headers=tool_headers).status_code == 403
    assert client.delete(path, headers=reviewer_headers).status_code == 403
    assert client.delete(path).status_code == 401
    assert client.get(path, headers=reviewer_headers).json()["text"] == decided["letter"]


def test_delete_erases_the_content_from_every_table(client: TestClient, decided: dict,
                                                    admin_headers: Headers) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    marker = decided["marker"]
    assert {"documents", "suggestions"} <= {table for table, _ in _rows_containing(engine, marker)}
    assert client.delete(f"/v1/documents/{decided['id']}", headers=admin_headers).status_code == 204
    assert _rows_containing(engine, marker) == []
    with Session(engine) as session:
        document = session.get(Document, decided["id"])
        assert document is not None and document.deleted_at is not None
        assert (document.deleted_by, document.text, document.title, document.filename) == ("beheerder", "", "", None)
        assert [(s.text, s.explanation) for s in document.suggestions] == [("", "")] * 3
        kept = [(s.start, s.end, s.entity_type, s.ground, s.version) for s in document.suggestions]
    assert kept == [(s["start"], s["end"], s["entity_type"], s["ground"], 1 if s is not decided["opinion"] else 0)
                    for s in decided["suggestions"]]


def test_audit_trail_survives_the_deletion(client: TestClient, decided: dict, reviewer_headers: Headers,
                                           admin_headers: Headers) -> None:
    audit_path = f"/v1/documents/{decided['id']}/audit"
    before = client.get(audit_path, headers=reviewer_headers).json()
    assert client.delete(f"/v1/documents/{decided['id']}", headers=admin_headers).status_code == 204
    for headers in (reviewer_headers, admin_headers):
        response = client.get(audit_path, headers=headers)
        assert response.status_code == 200
        after = response.json()
        assert after[:-1] == before
        assert [e["action"] for e in after] == ["created", "accept", "reject", "manual", "document_deleted"]
        assert (after[-1]["reviewer"], after[-1]["suggestion_id"], after[-1]["reason"]) == ("beheerder", None, None)
    person, email = decided["suggestions"][:2]
    assert [(e["suggestion_id"], e["reviewer"], e["reason"]) for e in after[1:3]] == [
        (person["id"], "reviewer-anna", None),
        (email["id"], "reviewer-anna", "functioneel adres"),
    ]
    manual = after[3]
    assert (manual["ground"], manual["reason"], manual["end"] - manual["start"]) == (
        "5.1(2)e", "naam aanvrager", len(decided["marker"]))


def test_deleted_document_answers_410(client: TestClient, decided: dict, reviewer_headers: Headers,
                                      admin_headers: Headers) -> None:
    document_id = decided["id"]
    opinion, email = decided["opinion"], decided["email"]
    assert client.delete(f"/v1/documents/{document_id}", headers=admin_headers).status_code == 204
    gone = [
        client.get(f"/v1/documents/{document_id}", headers=reviewer_headers),
        client.get(f"/v1/documents/{document_id}/redacted", headers=reviewer_headers),
        client.get(f"/v1/suggestions/{opinion['id']}", headers=reviewer_headers),
        client.post(f"/v1/suggestions/{opinion['id']}/decision", headers=reviewer_headers,
                    json={"action": "accept", "version": 0}),
        client.post(f"/v1/suggestions/{email['id']}/decision", headers=reviewer_headers,  # stale version too
                    json={"action": "accept", "version": 0}),
        client.post(f"/v1/documents/{document_id}/redactions", headers=reviewer_headers,
                    json={"start": 0, "end": 5, "ground": "5.1(2)e", "reason": "naam"}),
        client.delete(f"/v1/documents/{document_id}", headers=admin_headers),  # deleting twice
    ]
    for response in gone:
        assert response.status_code == 410, response.request.url
        body = response.json()
        assert body["error"] == "gone" and f"document {document_id} is verwijderd" in body["message"]
        assert decided["marker"] not in response.text
    audit = client.get(f"/v1/documents/{document_id}/audit", headers=reviewer_headers).json()
    assert [e["action"] for e in audit].count("document_deleted") == 1
    assert [e["action"] for e in audit].count("accept") == 1


def test_deleted_document_leaves_list_and_feedback_export(client: TestClient, decided: dict,
                                                          reviewer_headers: Headers, admin_headers: Headers) -> None:
    def listed() -> list[int]:
        response = client.get("/v1/documents", headers=reviewer_headers, params={"limit": 500})
        return [d["id"] for d in response.json()["data"]]

    def exported() -> list[dict]:
        response = client.get("/v1/feedback/export", headers=admin_headers)
        return [json.loads(line) for line in response.text.splitlines()]

    document_id = decided["id"]
    count_before = client.get("/v1/documents", headers=reviewer_headers).json()["count"]
    assert document_id in listed()
    assert [r["decision"] for r in exported() if r["document_id"] == str(document_id)] == ["accept", "reject", "manual"]
    assert client.delete(f"/v1/documents/{document_id}", headers=admin_headers).status_code == 204
    assert document_id not in listed()
    assert client.get("/v1/documents", headers=reviewer_headers).json()["count"] == count_before - 1
    for status in ("open", "in_review", "done"):
        response = client.get("/v1/documents", headers=reviewer_headers, params={"status": status, "limit": 500})
        assert document_id not in [d["id"] for d in response.json()["data"]]
    rows = exported()
    assert all(r["document_id"] != str(document_id) for r in rows)
    assert decided["marker"] not in json.dumps(rows)


def test_serve_migrates_a_database_from_before_deletion(tmp_path: Path) -> None:
    """A database at revision 0001 with a document gets the tombstone columns; the document stays readable."""
    engine = make_engine(api_settings(f"sqlite:///{tmp_path / 'old.db'}", tmp_path))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.execute(text(
            "INSERT INTO documents (id, title, media_type, doc_type, text, sha256, created_by, created_at) "
            "VALUES (1, 'Oud', 'text/plain', 'memo', 'Oude tekst.', 'x', 'tool', '2026-01-01 00:00:00')"
        ))
    migrate(engine)
    columns = {c["name"] for c in inspect(engine).get_columns("documents")}
    assert {"deleted_at", "deleted_by"} <= columns
    with Session(engine) as session:
        document = session.get(Document, 1)
        assert document is not None
        assert (document.text, document.deleted_at, document.deleted_by) == ("Oude tekst.", None, None)
    with engine.connect() as connection:
        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    engine.dispose()
