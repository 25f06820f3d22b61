"""The request through the API with the in-process executor: create, upload, progress, failures, retry, annexes."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from tests.api.conftest import Headers
from tests.requests.conftest import PUBLISHER, wait_until_analysed, zip_of
from tests.requests.fakes import RequestFakeDetector

MAIL = b"Beste Jan de Vries,\n\nUw ordernummer 4711 is verwerkt. Mail j.devries@voorbeeld.nl.\n"
MEMO = b"Memo\n\nIk adviseer om de brug niet te bouwen.\nOverleg met J. de Vries volgt.\n"
PLAIN = b"Openbaar verslag van de raad.\n"


def new_request(client: TestClient, headers: Headers, subject: str = "Verzoek over de brug") -> dict:
    response = client.post("/v1/requests", json={"subject": subject, "received_on": "2026-11-02"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def upload(client: TestClient, headers: Headers, request_id: int, files: list[tuple[str, bytes]]) -> dict:
    response = client.post(
        f"/v1/requests/{request_id}/documents", files=[("files", (n, d)) for n, d in files], headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_a_new_request_has_the_woo_deadlines(client: TestClient, tool: Headers) -> None:
    body = new_request(client, tool)
    assert (body["received_on"], body["deadline"], body["extended_deadline"]) == ("2026-11-02", "2026-11-30",
                                                                                  "2026-12-14")  # fmt: skip
    assert body["status"] == "empty" and body["progress"]["total"] == 0


def test_received_on_defaults_to_today(client: TestClient, tool: Headers) -> None:
    response = client.post("/v1/requests", json={"subject": "Vandaag"}, headers=tool)
    assert response.json()["received_on"] == date.today().isoformat()


def test_documents_from_files_and_a_zip_are_analysed_in_the_background(
    client: TestClient, tool: Headers, reviewer: Headers, fake: RequestFakeDetector
) -> None:
    request_id = new_request(client, tool)["id"]
    added = upload(client, tool, request_id, [("mail.txt", MAIL), ("stukken.zip", zip_of({"map/memo.txt": MEMO,
                                                                                         "verslag.txt": PLAIN}))])
    assert [d["path"] for d in added["added"]] == ["mail.txt", "map/memo.txt", "verslag.txt"]
    body = wait_until_analysed(client, reviewer, request_id)
    assert body["status"] == "analysed"
    assert body["progress"] == {"total": 3, "pending": 0, "running": 0, "done": 3, "failed": 0}
    documents = client.get(f"/v1/requests/{request_id}/documents", headers=reviewer).json()["data"]
    assert all(d["analyses"] == 1 and d["document_id"] for d in documents)
    # The person found in the mail is proposed in the memo too, in its other spelling.
    memo = client.get(f"/v1/documents/{documents[1]['document_id']}", headers=reviewer).json()
    spread = [s for s in memo["suggestions"] if s["recognizer"] == "request_consistency"]
    assert [s["text"] for s in spread] == ["J. de Vries"]
    assert "mail.txt" in spread[0]["explanation"]


def test_the_same_file_again_is_skipped_and_other_bytes_under_its_name_refused(
    client: TestClient, tool: Headers
) -> None:
    request_id = new_request(client, tool)["id"]
    upload(client, tool, request_id, [("a.txt", PLAIN)])
    again = upload(client, tool, request_id, [("a.txt", PLAIN)])
    assert again == {"added": [], "skipped": ["a.txt"]}
    response = client.post(f"/v1/requests/{request_id}/documents", files=[("files", ("a.txt", MEMO))], headers=tool)
    assert response.status_code == 409


def test_a_failed_document_does_not_fail_the_request_and_can_be_retried(
    client: TestClient, tool: Headers, reviewer: Headers
) -> None:
    request_id = new_request(client, tool)["id"]
    upload(client, tool, request_id, [("goed.txt", PLAIN), ("plaatje.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                                      ("crash.txt", b"Hier gaat het BOEM.")])  # fmt: skip
    body = wait_until_analysed(client, reviewer, request_id)
    assert body["status"] == "analysed"
    assert (body["progress"]["done"], body["progress"]["failed"]) == (1, 2)
    reasons = {d["path"]: d["error"] for d in body["failed"]}
    assert "plaatje.png" in reasons["plaatje.png"]
    assert reasons["crash.txt"] == "interne fout bij de analyse (RuntimeError)"
    crashed = next(d for d in body["failed"] if d["path"] == "crash.txt")
    response = client.post(f"/v1/requests/{request_id}/documents/{crashed['id']}/retry", headers=reviewer)
    assert response.status_code == 202 and response.json()["status"] == "pending"
    body = wait_until_analysed(client, reviewer, request_id)
    again = next(d for d in body["failed"] if d["path"] == "crash.txt")
    assert again["attempts"] == 2
    done = client.get(f"/v1/requests/{request_id}/documents?status=done", headers=reviewer).json()["data"]
    retry_done = client.post(f"/v1/requests/{request_id}/documents/{done[0]['id']}/retry", headers=reviewer)
    assert retry_done.status_code == 409


def test_a_zip_bomb_is_refused_with_the_limit_setting(client: TestClient, tool: Headers) -> None:
    request_id = new_request(client, tool)["id"]
    bomb = zip_of({"bom.txt": b"0" * 3_000_000})
    response = client.post(f"/v1/requests/{request_id}/documents", files=[("files", ("bom.zip", bomb))], headers=tool)
    assert response.status_code == 422
    assert "zip_max_total_bytes" in response.json()["message"] or "zip_max_ratio" in response.json()["message"]


@pytest.mark.parametrize("name", ["../../buiten.txt", "/etc/passwd"])
def test_paths_that_escape_the_request_are_refused(client: TestClient, tool: Headers, name: str) -> None:
    request_id = new_request(client, tool)["id"]
    archive = zip_of({"goed.txt": PLAIN, name: PLAIN})
    response = client.post(f"/v1/requests/{request_id}/documents", files=[("files", ("x.zip", archive))], headers=tool)
    assert response.status_code == 422 and "buiten het verzoek" in response.json()["message"]
    listed = client.get(f"/v1/requests/{request_id}/documents", headers={**tool}).status_code
    assert listed == 403  # a tool key may add, not read


def test_unknown_request_is_404(client: TestClient, reviewer: Headers) -> None:
    assert client.get("/v1/requests/999999", headers=reviewer).status_code == 404


@pytest.fixture(scope="module")
def analysed_request(client: TestClient, tool: Headers, reviewer: Headers) -> int:
    request_id = new_request(client, tool, "Verzoek annexen")["id"]
    upload(client, tool, request_id, [("1 mail.txt", MAIL), ("2 memo.txt", MEMO), ("3 verslag.txt", PLAIN),
                                      ("4 plaatje.png", b"\x89PNG\r\n\x1a\n")])  # fmt: skip
    assert wait_until_analysed(client, reviewer, request_id)["status"] == "analysed"
    return request_id


def test_inventory_lists_every_document_with_the_grounds_used(
    client: TestClient, reviewer: Headers, analysed_request: int
) -> None:
    response = client.get(f"/v1/requests/{analysed_request}/inventory?format=csv", headers=reviewer)
    assert response.status_code == 200
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:5] == ["Nr.", "Document", "Datum", "Type", "Beoordeling"]
    rows = [line.split(";") for line in lines[1:]]
    assert [(r[1], r[4], r[5]) for r in rows] == [
        ("1 mail.txt", "Deels openbaar", "5.1(2)e/5.1(2)f"), ("2 memo.txt", "Deels openbaar", "5.1(2)e/5.2(1)"),
        ("3 verslag.txt", "Openbaar", ""), ("4 plaatje.png", "Niet beoordeeld", ""),
    ]  # fmt: skip
    xlsx = client.get(f"/v1/requests/{analysed_request}/inventory?format=xlsx", headers=reviewer)
    assert xlsx.content[:2] == b"PK"


def test_overwegingen_draft_holds_exactly_the_grounds_used(
    client: TestClient, reviewer: Headers, analysed_request: int
) -> None:
    text = client.get(f"/v1/requests/{analysed_request}/overwegingen?format=md", headers=reviewer).text
    assert "CONCEPT" in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert [h.split(" (", 1)[-1] for h in headings] == ["5.1(2)e)", "5.1(2)f)", "5.2(1))"]
    docx = client.get(f"/v1/requests/{analysed_request}/overwegingen", headers=reviewer)
    assert docx.status_code == 200 and docx.content[:2] == b"PK"


def test_redacted_zip_and_diwoo_sitemap(client: TestClient, reviewer: Headers, analysed_request: int) -> None:
    response = client.get(f"/v1/requests/{analysed_request}/redacted.zip", headers=reviewer)
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.namelist() == ["0001 1 mail.txt", "0002 2 memo.txt", "0003 3 verslag.txt",
                                      "niet-verwerkt.txt"]  # fmt: skip
        memo = archive.read("0002 2 memo.txt").decode()
    assert "[5.2(1)]" in memo and "J. de Vries" not in memo
    xml = client.get(f"/v1/requests/{analysed_request}/diwoo.xml", headers=reviewer)
    assert xml.status_code == 200
    root = etree.fromstring(xml.content)
    ns = {"d": "https://standaarden.overheid.nl/diwoo/metadata/"}
    assert len(root.findall(".//d:Document", ns)) == 3
    assert {p.get("resource") for p in root.findall(".//d:publisher", ns)} == {PUBLISHER}


def test_consistency_report_after_review(client: TestClient, reviewer: Headers, analysed_request: int) -> None:
    documents = client.get(f"/v1/requests/{analysed_request}/documents", headers=reviewer).json()["data"]
    mail = client.get(f"/v1/documents/{documents[0]['document_id']}", headers=reviewer).json()
    memo = client.get(f"/v1/documents/{documents[1]['document_id']}", headers=reviewer).json()
    decide = {"action": "accept", "version": 0}
    name_in_mail = next(s for s in mail["suggestions"] if s["entity_type"] == "PERSON")
    assert client.post(f"/v1/suggestions/{name_in_mail['id']}/decision", json=decide, headers=reviewer).is_success
    name_in_memo = next(s for s in memo["suggestions"] if s["entity_type"] == "PERSON")
    reject = {"action": "reject", "version": 0, "reason": "Spreekt namens de gemeente"}
    assert client.post(f"/v1/suggestions/{name_in_memo['id']}/decision", json=reject, headers=reviewer).is_success
    report = client.get(f"/v1/requests/{analysed_request}/consistency", headers=reviewer).json()
    person = next(r for r in report if r["entity_type"] == "PERSON")
    assert person["outcomes"] == ["5.1(2)e", "openbaar"]
    assert sorted(o["number"] for o in person["occurrences"]) == [1, 2]


def test_with_the_broker_down_files_are_stored_and_the_answer_is_503(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from api.auth import Role
    from api.main import create_app
    from tests.api.conftest import api_settings, make_key

    settings = api_settings(f"sqlite:///{tmp_path / 'l.db'}", tmp_path, tasks="celery",
                            broker_url="redis://127.0.0.1:1/0")  # fmt: skip
    with TestClient(create_app(settings, detector=RequestFakeDetector())) as client:  # type: ignore[arg-type]
        headers = {"Authorization": f"Bearer {make_key(client, Role.ADMIN, 'beheerder')}"}
        request_id = new_request(client, headers)["id"]
        response = client.post(f"/v1/requests/{request_id}/documents", files=[("files", ("a.txt", PLAIN))],
                               headers=headers)  # fmt: skip
        assert response.status_code == 503 and response.json()["error"] == "service_unavailable"
        body = client.get(f"/v1/requests/{request_id}", headers=headers).json()
        assert body["progress"]["pending"] == 1


def test_the_coordinator_extends_the_term_and_records_the_decision(client: TestClient, tool: Headers,
                                                                   reviewer: Headers) -> None:  # fmt: skip
    request_id = new_request(client, tool)["id"]
    body = client.get(f"/v1/requests/{request_id}", headers=reviewer).json()
    assert (body["phase"], body["deadline_in_force"]) == ("open", "2026-11-30")
    extended = client.patch(f"/v1/requests/{request_id}", json={"phase": "extended"}, headers=reviewer).json()
    assert (extended["phase"], extended["deadline_in_force"]) == ("extended", "2026-12-14")
    assert client.patch(f"/v1/requests/{request_id}", json={"phase": "klaar"}, headers=reviewer).status_code == 422
    assert client.patch(f"/v1/requests/{request_id}", json={"phase": "decided"}, headers=tool).status_code == 403


def test_retrying_the_request_queues_its_failed_documents(client: TestClient, tool: Headers, reviewer: Headers) -> None:
    request_id = new_request(client, tool)["id"]
    upload(client, tool, request_id, [("goed.txt", PLAIN), ("crash.txt", b"Weer BOEM.")])
    assert wait_until_analysed(client, reviewer, request_id)["progress"]["failed"] == 1
    response = client.post(f"/v1/requests/{request_id}/retry", headers=reviewer)
    assert response.status_code == 202 and response.json() == {"queued": 1}
    body = wait_until_analysed(client, reviewer, request_id)
    assert [d["attempts"] for d in body["failed"]] == [2]
    assert body["progress"]["done"] == 1


def test_a_text_over_max_text_chars_fails_with_the_setting_named(client: TestClient, tool: Headers,
                                                                 reviewer: Headers) -> None:  # fmt: skip
    request_id = new_request(client, tool)["id"]
    upload(client, tool, request_id, [("lang.txt", b"woord " * 5000)])
    body = wait_until_analysed(client, reviewer, request_id)
    assert "max_text_chars" in body["failed"][0]["error"]
