"""Documents: upload (JSON and file), view, list with progress and status filter; on SQLite and PostgreSQL.

Deleting is in test_deletion.py."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import Headers, upload
from tests.api.fakes import MEMO

CLI_FIELDS = {"start", "end", "text", "entity_type", "ground", "score", "explanation", "recognizer", "page", "bbox",
              "grounds"}


def test_upload_json_stores_text_and_suggestions(client: TestClient, tool_headers: Headers,
                                                 reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, MEMO, title="Memo scenario's")
    assert created["doc_type"] == "memo"
    spans = [(s["start"], s["end"], s["entity_type"], s["ground"]) for s in created["suggestions"]]
    name = MEMO.index("Jansen")
    email = MEMO.index("j.jansen@voorbeeld.nl")
    bsn = MEMO.index("111222333")
    opinion = MEMO.index("Ik adviseer")
    assert spans == [
        (name, name + 6, "PERSON", "5.1(2)e"),
        (email, email + len("j.jansen@voorbeeld.nl"), "EMAIL_ADDRESS", "5.1(2)e"),
        (bsn, bsn + 9, "NL_BSN", "5.1(1)e"),
        (opinion, MEMO.index("uit te werken.") + len("uit te werken."), "POLICY_OPINION", "5.2(1)"),
    ]
    document = client.get(f"/v1/documents/{created['id']}", headers=reviewer_headers).json()
    assert document["text"] == MEMO
    assert document["title"] == "Memo scenario's"
    assert document["created_by"] == "redactietool"
    assert (document["total"], document["decided"], document["open"], document["status"]) == (4, 0, 4, "open")
    for suggestion in document["suggestions"]:
        assert suggestion.keys() >= CLI_FIELDS
        assert (suggestion["status"], suggestion["version"]) == ("open", 0)
        assert suggestion["current_ground"] == suggestion["ground"]
        assert MEMO[suggestion["start"] : suggestion["end"]] == suggestion["text"]
    assert document["redactions"] == []


def test_upload_file_multipart(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    data = MEMO.encode("cp1252")
    response = client.post("/v1/documents", headers=tool_headers, files={"file": ("memo.txt", data, "text/plain")},
                           data={"doc_type": "email"})
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["doc_type"] == "email"
    document = client.get(f"/v1/documents/{created['id']}", headers=reviewer_headers).json()
    assert (document["title"], document["filename"], document["text"]) == ("memo.txt", "memo.txt", MEMO)


def test_title_defaults_to_first_line(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, "\n  Brief aan de heer Jansen  \nTweede regel.")
    document = client.get(f"/v1/documents/{created['id']}", headers=reviewer_headers).json()
    assert document["title"] == "Brief aan de heer Jansen"


def test_list_pages_and_filters_by_status(client: TestClient, tool_headers: Headers,
                                          reviewer_headers: Headers) -> None:
    first = upload(client, tool_headers, "Alleen de heer Jansen.")
    second = upload(client, tool_headers, "Niets te zien hier.")
    suggestion = first["suggestions"][0]
    decided = client.post(f"/v1/suggestions/{suggestion['id']}/decision", headers=reviewer_headers,
                          json={"action": "accept", "version": 0})
    assert decided.status_code == 200

    def ids(status: str | None = None, **params: object) -> list[int]:
        query = {"limit": 500, **params, **({"status": status} if status else {})}
        response = client.get("/v1/documents", headers=reviewer_headers, params=query)
        assert response.status_code == 200, response.text
        return [d["id"] for d in response.json()["data"]]

    # A document without suggestions is done; one with every suggestion decided too.
    assert first["id"] in ids("done") and second["id"] in ids("done")
    assert first["id"] not in ids("open") and first["id"] not in ids("in_review")
    everything = ids()
    assert everything == sorted(everything, reverse=True)
    page = client.get("/v1/documents", headers=reviewer_headers, params={"limit": 1, "offset": 1}).json()
    assert page["count"] == len(everything)
    assert [d["id"] for d in page["data"]] == everything[1:2]
    entry = next(d for d in page["data"])
    assert "text" not in entry


def test_in_review_status(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    created = upload(client, tool_headers, MEMO)
    first = created["suggestions"][0]
    client.post(f"/v1/suggestions/{first['id']}/decision", headers=reviewer_headers,
                json={"action": "accept", "version": 0})
    listed = client.get("/v1/documents", headers=reviewer_headers, params={"status": "in_review", "limit": 500})
    entry = next(d for d in listed.json()["data"] if d["id"] == created["id"])
    assert (entry["total"], entry["decided"], entry["open"], entry["status"]) == (4, 1, 3, "in_review")


def test_bad_list_parameters(client: TestClient, reviewer_headers: Headers) -> None:
    for params in ({"status": "klaar"}, {"limit": 0}, {"limit": 501}, {"offset": -1}):
        response = client.get("/v1/documents", headers=reviewer_headers, params=params)
        assert response.status_code == 422, params
        assert response.json()["error"] == "invalid_input"


def test_unknown_and_malformed_ids(client: TestClient, reviewer_headers: Headers, admin_headers: Headers) -> None:
    for path in ("/v1/documents/999999", "/v1/documents/999999/audit", "/v1/documents/999999/redacted",
                 "/v1/suggestions/999999"):
        response = client.get(path, headers=reviewer_headers)
        assert response.status_code == 404, path
        assert response.json()["error"] == "not_found"
        assert "999999" in response.json()["message"]
    assert client.delete("/v1/documents/999999", headers=admin_headers).status_code == 404
    assert client.get("/v1/documents/abc", headers=reviewer_headers).status_code == 422
    assert client.get("/v1/nothing-here", headers=reviewer_headers).json()["error"] == "not_found"

