"""Unbounded inputs through the API: huge integers, long file names, NULs on PostgreSQL, deep HTML, bombs.

Each gets a 4xx with a message (naming the setting where there is one) or is stored, never a 500. Runs on
SQLite and, when configured, on PostgreSQL.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Headers, upload
from tests.reliability import hostile

HUGE = [2**31, 2**63, 2**64 + 1, 10**30]


@pytest.mark.parametrize("number", HUGE)
def test_huge_ids_are_refused_with_422(client: TestClient, reviewer_headers: Headers, admin_headers: Headers,
                                       number: int) -> None:
    for path in (f"/v1/documents/{number}", f"/v1/documents/{number}/audit", f"/v1/documents/{number}/redacted",
                 f"/v1/suggestions/{number}"):
        response = client.get(path, headers=reviewer_headers)
        assert response.status_code == 422, (path, response.text)
        assert response.json()["error"] == "invalid_input"
    assert client.delete(f"/v1/documents/{number}", headers=admin_headers).status_code == 422
    assert client.delete(f"/v1/keys/{number}", headers=admin_headers).status_code == 422
    assert client.get(f"/v1/documents?offset={number}", headers=reviewer_headers).status_code == 422


@pytest.mark.parametrize("number", HUGE)
def test_huge_versions_and_offsets_are_refused_with_422(client: TestClient, tool_headers: Headers,
                                                        reviewer_headers: Headers, number: int) -> None:
    created = upload(client, tool_headers, "Geachte heer Jansen, tot ziens.")
    suggestion = created["suggestions"][0]["id"]
    decision = client.post(f"/v1/suggestions/{suggestion}/decision", json={"action": "accept", "version": number},
                           headers=reviewer_headers)
    assert decision.status_code == 422, decision.text
    redaction = client.post(f"/v1/documents/{created['id']}/redactions",
                            json={"start": 0, "end": number, "ground": "5.1(2)e", "reason": "naam"},
                            headers=reviewer_headers)
    assert redaction.status_code == 422, redaction.text
    body = b'{"action": "accept", "version": ' + str(number).encode() + b"}"
    raw = client.post(f"/v1/suggestions/{suggestion}/decision", content=body,
                      headers={**reviewer_headers, "Content-Type": "application/json"})
    assert raw.status_code == 422


def test_a_long_upload_file_name_is_cut_keeping_its_extension(client: TestClient, tool_headers: Headers,
                                                              reviewer_headers: Headers) -> None:
    name = "verslag-" + "x" * 396 + ".txt"
    assert len(name) == 408
    response = client.post("/v1/documents", files={"file": (name, b"Geachte heer Jansen,", "text/plain")},
                           headers=tool_headers)
    assert response.status_code == 201, response.text
    document = client.get(f"/v1/documents/{response.json()['id']}", headers=reviewer_headers).json()
    assert len(document["filename"]) == 300 and document["filename"].endswith("….txt")
    assert document["filename"].startswith("verslag-xxx")


def test_nuls_in_text_title_and_file_are_stored_with_offsets_kept(client: TestClient, tool_headers: Headers,
                                                                  reviewer_headers: Headers) -> None:
    text = "Kop\x00\x00 Geachte heer Jansen,\x00 tot ziens."
    created = upload(client, tool_headers, text, title="Titel\x00met NUL")
    (suggestion,) = created["suggestions"]
    assert (suggestion["start"], suggestion["end"]) == (text.index("Jansen"), text.index("Jansen") + 6)
    stored = client.get(f"/v1/documents/{created['id']}", headers=reviewer_headers).json()
    assert len(stored["text"]) == len(text)  # PostgreSQL keeps U+FFFD for each NUL: same length, same offsets
    assert stored["text"].replace("\ufffd", "\x00") == text
    assert stored["text"][suggestion["start"] : suggestion["end"]] == "Jansen"
    upload_ = client.post("/v1/documents", files={"file": ("nul\x00.txt", text.encode(), "text/plain")},
                          headers=tool_headers)
    assert upload_.status_code == 201, upload_.text
    redacted = client.get(f"/v1/documents/{created['id']}/redacted", headers=reviewer_headers)
    assert redacted.status_code == 200


def test_deep_html_upload_gives_its_text(client: TestClient, tool_headers: Headers) -> None:
    response = client.post("/v1/analyze", files={"file": ("diep.html", hostile.deep_html(8_000), "text/html")},
                           headers=tool_headers)
    assert response.status_code == 200, response.text
    assert [s["text"] for s in response.json()["suggestions"]] == ["Jansen"]


def test_zip_bomb_upload_is_refused_naming_the_setting(client: TestClient, tool_headers: Headers) -> None:
    bomb = hostile.zip_bomb("docx", 20_000_000)
    assert len(bomb) < 100_000  # under the test app's max_upload_bytes
    response = client.post("/v1/analyze", files={"file": ("bom.docx", bomb, "application/octet-stream")},
                           headers=tool_headers)
    assert response.status_code == 422
    assert response.json()["error"] == "unreadable_document"
    assert "max_zip_ratio = 200 (een zip-bom?)" in response.json()["message"]


def test_text_over_the_limit_names_the_setting(client: TestClient, tool_headers: Headers) -> None:
    response = client.post("/v1/analyze", json={"text": "a" * 20_001}, headers=tool_headers)
    assert response.status_code == 413
    assert "max_text_chars = 20000" in response.json()["message"]
