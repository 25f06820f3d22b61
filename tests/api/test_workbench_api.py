"""The workbench API without a browser: spans kept public, "this value everywhere", undo, PDF pages and the
redacted PDF."""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from alembic import command
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from api.db import alembic_config, make_engine, migrate
from api.models import DocumentFile, KeptPublic, Suggestion
from detector.values import value_key
from tests.api.conftest import Headers, api_settings, upload
from tests.api.fakes import PUBLIC_REASON
from tests.browser.memo_pdf import KEPT_NAME, MISSED_NAME, memo_pdf

LETTER = (
    "Wethouder Pietersen sprak met de heer Jansen.\n"
    "Jansen gaf zijn BSN 111222333 door.\n"
    "Later belde Jansen nog eens; mevrouw Smit niet.\n"
)


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def decide(client: TestClient, headers: Headers, suggestion: dict, action: str, **extra: str) -> dict:
    body = {"action": action, "version": suggestion["version"], **extra}
    response = client.post(f"/v1/suggestions/{suggestion['id']}/decision", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def states(client: TestClient, headers: Headers, document_id: int) -> dict[int, str]:
    document = client.get(f"/v1/documents/{document_id}", headers=headers).json()
    return {s["id"]: s["status"] for s in document["suggestions"]}


def test_kept_public_is_stored_listed_and_can_be_redacted(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    created = upload(client, tool_headers, LETTER)
    kept = client.get(f"/v1/documents/{created['id']}/kept-public", headers=reviewer_headers).json()
    assert [(k["text"], k["entity_type"], k["reason"]) for k in kept] == [("Pietersen", "PERSON", PUBLIC_REASON)]
    assert LETTER[kept[0]["start"] : kept[0]["end"]] == "Pietersen"

    missing = client.post(f"/v1/kept-public/{kept[0]['id']}/redaction", json={"ground": "5.1(2)e", "reason": " "},
                          headers=reviewer_headers)
    assert missing.status_code == 422
    response = client.post(f"/v1/kept-public/{kept[0]['id']}/redaction",
                           json={"ground": "5.1 (2)e", "reason": "Handelt hier als privépersoon."},
                           headers=reviewer_headers)
    assert response.status_code == 201, response.text
    assert (response.json()["text"], response.json()["ground"]) == ("Pietersen", "5.1(2)e")
    audit = client.get(f"/v1/documents/{created['id']}/audit", headers=reviewer_headers).json()
    assert (audit[-1]["action"], audit[-1]["reason"], audit[-1]["start"]) == (
        "manual", "Handelt hier als privépersoon.", kept[0]["start"])
    redacted = client.get(f"/v1/documents/{created['id']}/redacted", headers=reviewer_headers).text
    assert redacted.startswith("Wethouder [5.1(2)e] sprak")
    assert client.post("/v1/kept-public/999999/redaction", json={"ground": "5.1(2)e", "reason": "x"},
                       headers=reviewer_headers).status_code == 404


def test_reject_everywhere_decides_each_occurrence_and_names_the_bulk_action(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    created = upload(client, tool_headers, LETTER)
    jansen = [s for s in created["suggestions"] if s["entity_type"] == "PERSON"]
    assert [s["text"] for s in jansen] == ["Jansen"] * 3
    bsn = next(s for s in created["suggestions"] if s["entity_type"] == "NL_BSN")
    already = decide(client, reviewer_headers, jansen[1], "reject", reason="Eerder afgewezen.")

    no_reason = client.post(f"/v1/suggestions/{jansen[0]['id']}/everywhere", json={"action": "reject"},
                            headers=reviewer_headers)
    assert no_reason.status_code == 422
    response = client.post(f"/v1/suggestions/{jansen[0]['id']}/everywhere",
                           json={"action": "reject", "reason": "Naam van de verzoeker zelf."},
                           headers=reviewer_headers)
    assert response.status_code == 200, response.text
    action = response.json()
    assert set(action["suggestion_ids"]) == {jansen[0]["id"], jansen[2]["id"]}
    now = states(client, reviewer_headers, created["id"])
    assert [now[s["id"]] for s in jansen] == ["rejected"] * 3
    assert now[bsn["id"]] == "open"

    audit = client.get(f"/v1/documents/{created['id']}/audit", headers=reviewer_headers).json()
    bulk = [e for e in audit if e["batch"] == action["batch"]]
    assert sorted(e["suggestion_id"] for e in bulk) == sorted(action["suggestion_ids"])
    assert {(e["action"], e["bulk"], e["reason"]) for e in bulk} == {
        ("reject", "reject-everywhere:document", "Naam van de verzoeker zelf.")}
    single = next(e for e in audit if e["suggestion_id"] == jansen[1]["id"])
    assert (single["bulk"], single["batch"], already["version"]) == (None, None, 1)


def test_undo_takes_back_the_whole_bulk_action_and_only_your_own(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers, reviewer2_headers: Headers,
    admin_headers: Headers,
) -> None:
    created = upload(client, tool_headers, LETTER)
    jansen = [s for s in created["suggestions"] if s["entity_type"] == "PERSON"]
    bsn = next(s for s in created["suggestions"] if s["entity_type"] == "NL_BSN")
    decide(client, reviewer_headers, jansen[1], "accept")
    everywhere = client.post(f"/v1/suggestions/{jansen[0]['id']}/everywhere",
                             json={"action": "reject", "reason": "Verzoeker zelf."}, headers=reviewer_headers)
    assert everywhere.status_code == 200
    decide(client, reviewer2_headers, bsn, "accept")  # someone else's, later

    undone = client.post(f"/v1/documents/{created['id']}/undo", headers=reviewer_headers)
    assert undone.status_code == 200, undone.text
    assert set(undone.json()["suggestion_ids"]) == {s["id"] for s in jansen}  # the accepted one was rejected too
    now = states(client, reviewer_headers, created["id"])
    assert [now[s["id"]] for s in jansen] == ["open", "accepted", "open"]
    assert now[bsn["id"]] == "accepted"
    listed = client.get("/v1/documents", headers=reviewer_headers, params={"limit": 500}).json()["data"]
    entry = next(d for d in listed if d["id"] == created["id"])
    assert (entry["decided"], entry["open"], entry["status"]) == (2, 2, "in_review")

    audit = client.get(f"/v1/documents/{created['id']}/audit", headers=reviewer_headers).json()
    undo_events = [e for e in audit if e["action"] == "undo"]
    bulk_ids = {e["id"] for e in audit if e["bulk"] and e["action"] == "reject"}
    assert {e["undoes"] for e in undo_events} == bulk_ids
    assert len({e["batch"] for e in undo_events}) == 1

    exported = [json.loads(line) for line in client.get("/v1/feedback/export", headers=admin_headers).text.splitlines()]
    mine = [r for r in exported if r["document_id"] == str(created["id"])]
    assert sorted(r["decision"] for r in mine) == ["accept", "accept"]

    # Next undo: the single accept of jansen[1]; then nothing of this reviewer is left.
    assert client.post(f"/v1/documents/{created['id']}/undo", headers=reviewer_headers).json()["suggestion_ids"] == [
        jansen[1]["id"]]
    assert states(client, reviewer_headers, created["id"])[jansen[1]["id"]] == "open"
    nothing = client.post(f"/v1/documents/{created['id']}/undo", headers=reviewer_headers)
    assert nothing.status_code == 422 and nothing.json()["error"] == "invalid_input"
    assert states(client, reviewer_headers, created["id"])[bsn["id"]] == "accepted"


def test_undo_of_a_manual_redaction(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, LETTER)
    start = LETTER.index("Smit")
    added = client.post(f"/v1/documents/{created['id']}/redactions",
                        json={"start": start, "end": start + 4, "ground": "5.1(2)e", "reason": "Naam."},
                        headers=reviewer_headers)
    assert added.status_code == 201
    assert "[5.1(2)e]" in client.get(f"/v1/documents/{created['id']}/redacted", headers=reviewer_headers).text
    undone = client.post(f"/v1/documents/{created['id']}/undo", headers=reviewer_headers).json()
    assert undone["redaction_ids"] == [added.json()["id"]]
    assert client.get(f"/v1/documents/{created['id']}", headers=reviewer_headers).json()["redactions"] == []
    assert client.get(f"/v1/documents/{created['id']}/redacted", headers=reviewer_headers).text == LETTER


def test_pdf_pages_and_the_redacted_pdf(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    response = client.post("/v1/documents", files={"file": ("memo.pdf", memo_pdf(), "application/pdf")},
                           headers=tool_headers)
    assert response.status_code == 201, response.text
    created = response.json()
    document_id = created["id"]
    listed = client.get(f"/v1/documents/{document_id}/pages", headers=reviewer_headers).json()
    assert [p["number"] for p in listed] == [1, 2]
    assert (listed[0]["width"], listed[0]["height"]) == pytest.approx((595.28, 841.89), abs=0.1)
    png = client.get(f"/v1/documents/{document_id}/pages/2.png", headers=reviewer_headers)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(png.content))
    assert image.size == (round(595.28 * 1.5), round(841.89 * 1.5))
    assert client.get(f"/v1/documents/{document_id}/pages/3.png", headers=reviewer_headers).status_code == 404
    assert client.get(f"/v1/documents/{document_id}/pages/1.png").status_code == 401

    document = client.get(f"/v1/documents/{document_id}", headers=reviewer_headers).json()
    text = document["text"]
    email = next(s for s in document["suggestions"] if s["entity_type"] == "EMAIL_ADDRESS")
    decide(client, reviewer_headers, email, "accept")
    start = text.index(MISSED_NAME)
    client.post(f"/v1/documents/{document_id}/redactions", headers=reviewer_headers,
                json={"start": start, "end": start + len(MISSED_NAME), "ground": "5.1(2)e", "reason": "Getuige."})
    redacted = client.get(f"/v1/documents/{document_id}/redacted.pdf", headers=reviewer_headers)
    assert redacted.status_code == 200 and redacted.headers["content-type"] == "application/pdf"
    remaining = pdf_text(redacted.content)
    assert MISSED_NAME not in remaining and email["text"] not in remaining
    assert KEPT_NAME in remaining and "Jansen" in remaining

    text_only = upload(client, tool_headers, LETTER)
    for path in ("pages", "pages/1.png", "redacted.pdf"):
        assert client.get(f"/v1/documents/{text_only['id']}/{path}", headers=reviewer_headers).status_code == 404


def test_deleting_erases_the_pdf_and_the_kept_public_text(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers, admin_headers: Headers
) -> None:
    response = client.post("/v1/documents", files={"file": ("memo.pdf", memo_pdf(), "application/pdf")},
                           headers=tool_headers)
    document_id = response.json()["id"]
    assert client.delete(f"/v1/documents/{document_id}", headers=admin_headers).status_code == 204
    for path in ("pages", "pages/1.png", "redacted.pdf", "kept-public"):
        assert client.get(f"/v1/documents/{document_id}/{path}", headers=reviewer_headers).status_code == 410
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        assert session.scalar(select(DocumentFile).where(DocumentFile.document_id == document_id)) is None
        texts = session.scalars(select(KeptPublic.text).where(KeptPublic.document_id == document_id)).all()
    assert texts == [""]


def test_same_value_ignores_case_and_spacing() -> None:
    assert value_key("  Jan   JANSEN\n", "ORG") == value_key("jan jansen", "ORG") != value_key("jan jansen-smit", "ORG")


def test_a_person_is_the_same_value_in_other_spellings_but_not_with_another_initial() -> None:
    spellings = ("Jan de Vries", "J. de Vries", "J.M. De Vries", "JAN DE VRIES", "Vries, J. de", "Jan Vries")
    assert len({value_key(name, "PERSON") for name in spellings}) == 1
    assert value_key("P. de Vries", "PERSON") != value_key("J. de Vries", "PERSON")
    assert value_key("de Vries", "PERSON") != value_key("J. de Vries", "PERSON")
    assert value_key("Jan de Vries", "PERSON") != value_key("Jan de Vries", "ORG")


VRIES_LETTER = (
    "Jan de Vries diende de klacht in.\n"
    "J. de Vries belde later; JAN DE VRIES tekende het formulier.\n"
    "P. de Vries, zijn broer, schreef niet.\n"
    "Jan Vries staat in de bijlage, de heer de Vries was afwezig.\n"
)


def test_everywhere_takes_a_person_in_other_spellings_not_another_with_the_same_surname(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    created = upload(client, tool_headers, VRIES_LETTER)
    persons = {s["text"]: s for s in created["suggestions"] if s["entity_type"] == "PERSON"}
    assert sorted(persons) == sorted(["Jan de Vries", "J. de Vries", "JAN DE VRIES", "P. de Vries", "Jan Vries",
                                      "de Vries"])
    jan = [persons[t]["id"] for t in ("Jan de Vries", "J. de Vries", "JAN DE VRIES", "Jan Vries")]

    accepted = client.post(f"/v1/suggestions/{persons['J. de Vries']['id']}/everywhere", json={"action": "accept"},
                           headers=reviewer_headers)
    assert accepted.status_code == 200, accepted.text
    assert sorted(accepted.json()["suggestion_ids"]) == sorted(jan)
    rejected = client.post(f"/v1/suggestions/{persons['P. de Vries']['id']}/everywhere", headers=reviewer_headers,
                           json={"action": "reject", "reason": "Broer, niet bij de zaak betrokken."})
    assert rejected.json()["suggestion_ids"] == [persons["P. de Vries"]["id"]]
    now = states(client, reviewer_headers, created["id"])
    assert {t: now[s["id"]] for t, s in persons.items()} == {
        "Jan de Vries": "accepted", "J. de Vries": "accepted", "JAN DE VRIES": "accepted", "Jan Vries": "accepted",
        "P. de Vries": "rejected", "de Vries": "open"}

    audit = client.get(f"/v1/documents/{created['id']}/audit", headers=reviewer_headers).json()
    bulk = [e for e in audit if e["batch"] == accepted.json()["batch"]]
    assert sorted(e["suggestion_id"] for e in bulk) == sorted(jan)
    assert {(e["action"], e["bulk"], e["ground"]) for e in bulk} == {
        ("accept", "accept-everywhere:document", "5.1(2)e")}

    for _ in range(2):
        assert client.post(f"/v1/documents/{created['id']}/undo", headers=reviewer_headers).status_code == 200
    assert set(states(client, reviewer_headers, created["id"]).values()) == {"open"}


def analysed_request(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers,
    texts: tuple[str, str] = (LETTER, "Jansen mailde opnieuw.\n"),
) -> tuple[int, list[dict]]:
    """A Woo request of two letters (by default both naming Jansen), analysed in the background; its documents
    as stored."""
    created = client.post("/v1/requests", json={"subject": "Verzoek klacht Jansen", "received_on": "2026-11-02"},
                          headers=tool_headers)
    assert created.status_code == 201, created.text
    request_id = created.json()["id"]
    files = [("files", ("1 brief.txt", texts[0].encode())), ("files", ("2 mail.txt", texts[1].encode()))]
    assert client.post(f"/v1/requests/{request_id}/documents", files=files, headers=tool_headers).status_code == 201
    deadline = time.monotonic() + 60
    while client.get(f"/v1/requests/{request_id}", headers=reviewer_headers).json()["status"] == "analysing":
        assert time.monotonic() < deadline, "request not analysed in 60 s"
        time.sleep(0.1)
    rows = client.get(f"/v1/requests/{request_id}/documents", headers=reviewer_headers).json()["data"]
    documents = [client.get(f"/v1/documents/{r['document_id']}", headers=reviewer_headers).json() for r in rows]
    return request_id, documents


def test_reject_everywhere_in_the_whole_request_and_undo(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    request_id, (letter, mail) = analysed_request(client, tool_headers, reviewer_headers)
    jansen = [s for d in (letter, mail) for s in d["suggestions"] if s["text"] == "Jansen"]
    assert {s["document_id"] for s in jansen} == {letter["id"], mail["id"]}
    response = client.post(f"/v1/suggestions/{jansen[0]['id']}/everywhere", headers=reviewer_headers,
                           json={"action": "reject", "scope": "request", "reason": "Verzoeker zelf."})
    assert response.status_code == 200, response.text
    assert set(response.json()["suggestion_ids"]) == {s["id"] for s in jansen}
    for document in (letter, mail):
        now = states(client, reviewer_headers, document["id"])
        assert all(now[s["id"]] == "rejected" for s in jansen if s["document_id"] == document["id"])
    audit = client.get(f"/v1/documents/{mail['id']}/audit", headers=reviewer_headers).json()
    assert [e["bulk"] for e in audit if e["action"] == "reject"] == ["reject-everywhere:request"]

    undone = client.post(f"/v1/documents/{letter['id']}/undo", headers=reviewer_headers).json()
    assert set(undone["suggestion_ids"]) == {s["id"] for s in jansen}
    assert all(v == "open" for v in states(client, reviewer_headers, mail["id"]).values())

    alone = upload(client, tool_headers, LETTER)
    outside = client.post(f"/v1/suggestions/{alone['suggestions'][0]['id']}/everywhere", headers=reviewer_headers,
                          json={"action": "accept", "scope": "request"})
    assert outside.status_code == 422 and "Woo-verzoek" in outside.json()["message"]


def test_everywhere_in_the_request_finds_the_person_in_other_spellings_and_undo(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    mail = "Van: J. Vries\nDe Vries vraagt om inzage; P. de Vries ook.\n"
    _, (letter, other) = analysed_request(client, tool_headers, reviewer_headers, texts=(VRIES_LETTER, mail))
    by_text = {(d["id"], s["text"]): s["id"] for d in (letter, other) for s in d["suggestions"]}
    jan = {i for (d, t), i in by_text.items() if t in ("Jan de Vries", "J. de Vries", "JAN DE VRIES", "Jan Vries",
                                                       "J. Vries")}
    assert (other["id"], "J. Vries") in by_text and len(jan) == 5

    response = client.post(f"/v1/suggestions/{by_text[(letter['id'], 'Jan de Vries')]}/everywhere",
                           headers=reviewer_headers,
                           json={"action": "reject", "reason": "Verzoeker zelf.", "scope": "request"})
    assert response.status_code == 200, response.text
    assert set(response.json()["suggestion_ids"]) == jan
    for document in (letter, other):
        now = states(client, reviewer_headers, document["id"])
        assert {i for i, status in now.items() if status == "rejected"} == jan & set(now)
    audit = client.get(f"/v1/documents/{other['id']}/audit", headers=reviewer_headers).json()
    assert [(e["suggestion_id"], e["bulk"], e["reason"]) for e in audit if e["action"] == "reject"] == [
        (by_text[(other["id"], "J. Vries")], "reject-everywhere:request", "Verzoeker zelf.")]

    undone = client.post(f"/v1/documents/{letter['id']}/undo", headers=reviewer_headers).json()
    assert set(undone["suggestion_ids"]) == jan
    for document in (letter, other):
        assert set(states(client, reviewer_headers, document["id"]).values()) == {"open"}


def test_request_view_shows_documents_conflicts_and_annexes(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    request_id, (letter, mail) = analysed_request(client, tool_headers, reviewer_headers)
    in_letter = next(s for s in letter["suggestions"] if s["text"] == "Jansen")
    in_mail = next(s for s in mail["suggestions"] if s["text"] == "Jansen")
    decide(client, reviewer_headers, in_letter, "accept")
    decide(client, reviewer_headers, in_mail, "reject", reason="Openbaar in deze mail.")
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    assert client.post("/review/login", data={"key": key}, follow_redirects=False).status_code == 303
    try:
        listing = client.get("/review/requests")
        assert listing.status_code == 200 and f'href="/review/requests/{request_id}"' in listing.text
        page = client.get(f"/review/requests/{request_id}")
        assert page.status_code == 200
        for annex in ("inventory?format=xlsx", "overwegingen?format=docx", "redacted.zip", "diwoo.xml"):
            assert f'href="/v1/requests/{request_id}/{annex}"' in page.text
        assert f'href="/review/documents/{letter["id"]}"' in page.text and "1 / " in page.text
        conflicts = page.text[page.text.index('id="conflicts"'):page.text.index('id="documents"')]
        assert f'/review/documents/{mail["id"]}#at-{in_mail["start"]}' in conflicts
        assert "5.1(2)e / openbaar" in conflicts
        document_page = client.get(f"/review/documents/{letter['id']}")
        assert f'href="/review/requests/{request_id}"' in document_page.text
        assert 'name="scope" value="request"' in document_page.text
    finally:
        client.post("/review/logout")
        client.cookies.clear()


def test_review_pages_have_no_inline_script_or_style(
    client: TestClient, tool_headers: Headers, reviewer_headers: Headers
) -> None:
    response = client.post("/v1/documents", files={"file": ("memo.pdf", memo_pdf(), "application/pdf")},
                           headers=tool_headers)
    key = reviewer_headers["Authorization"].removeprefix("Bearer ")
    client.post("/review/login", data={"key": key}, follow_redirects=False)
    try:
        for path in ("/review", "/review/requests", f"/review/documents/{response.json()['id']}"):
            html = client.get(path).text
            assert "<style" not in html and " style=" not in html, path
            assert all('src="/static/' in tag for tag in re.findall(r"<script[^>]*>", html)), path
    finally:
        client.post("/review/logout")
        client.cookies.clear()


def test_migration_marks_suggestions_decided_before_it_as_decided(tmp_path: Path) -> None:
    """A database at 0002 with one decided and one open suggestion: after migrating, ``decided`` follows."""
    engine = make_engine(api_settings(f"sqlite:///{tmp_path / 'old.db'}", tmp_path))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
        connection.execute(text(
            "INSERT INTO documents (id, title, media_type, doc_type, text, sha256, created_by, created_at) "
            "VALUES (1, 'Oud', 'text/plain', 'memo', 'Jansen en Pietersen.', 'x', 'tool', '2026-01-01 00:00:00')"
        ))
        for ident, start, end, version in ((1, 0, 6, 1), (2, 10, 19, 0)):
            connection.execute(text(
                "INSERT INTO suggestions (id, document_id, start_char, end_char, text, entity_type, ground, grounds, "
                "score, explanation, recognizer, version) VALUES "
                f"({ident}, 1, {start}, {end}, 'x', 'PERSON', '5.1(2)e', '[]', 0.9, 'Naam.', 'fake', {version})"
            ))
    migrate(engine)
    with Session(engine) as session:
        assert [s.decided for s in session.scalars(select(Suggestion).order_by(Suggestion.id))] == [True, False]
    engine.dispose()
