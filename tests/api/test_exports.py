"""``GET /v1/feedback/export``: exactly the format of docs/feedback-format.md."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from fastapi.testclient import TestClient

from detector.feedback import read_feedback
from tests.api.conftest import Headers, upload
from tests.api.fakes import MEMO

FIELDS = ["decision_id", "document_id", "suggestion_id", "doc_type", "entity_type", "start", "end", "text",
          "context", "suggested_ground", "decision", "final_ground", "reason", "reviewer", "decided_at"]


def test_feedback_export(client: TestClient, tool_headers: Headers, reviewer_headers: Headers,
                         admin_headers: Headers, tmp_path: Path) -> None:
    long_text = "A" * 300 + " " + MEMO + " " + "B" * 300
    created = upload(client, tool_headers, long_text, doc_type="memo")
    person, email, bsn, opinion = created["suggestions"]
    post = client.post
    post(f"/v1/suggestions/{opinion['id']}/decision", headers=reviewer_headers, json={"action": "accept", "version": 0})
    post(f"/v1/suggestions/{email['id']}/decision", headers=reviewer_headers,
         json={"action": "reject", "version": 0, "reason": "functioneel"})
    post(f"/v1/suggestions/{bsn['id']}/decision", headers=reviewer_headers,
         json={"action": "change_ground", "version": 0, "ground": "5.1(2)e", "reason": "geen BSN-context"})
    start = long_text.index("Het college")
    post(f"/v1/documents/{created['id']}/redactions", headers=reviewer_headers,
         json={"start": start, "end": start + 11, "ground": "5.2(1)", "reason": "opvatting",
               "entity_type": "POLICY_OPINION"})

    response = client.get("/v1/feedback/export", headers=admin_headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert all(list(line) == FIELDS for line in lines)
    mine = [line for line in lines if line["document_id"] == str(created["id"])]
    summary = [(m["decision"], m["suggestion_id"], m["suggested_ground"], m["final_ground"], m["reason"]) for m in mine]
    assert summary == [
        ("accept", str(opinion["id"]), "5.2(1)", "5.2(1)", None),
        ("reject", str(email["id"]), "5.1(2)e", None, "functioneel"),
        ("change_ground", str(bsn["id"]), "5.1(1)e", "5.1(2)e", "geen BSN-context"),
        ("manual", None, None, "5.2(1)", "opvatting"),
    ]
    accept = mine[0]
    assert (accept["start"], accept["end"]) == (opinion["start"], opinion["end"])
    assert accept["text"] == opinion["text"] and accept["entity_type"] == "POLICY_OPINION"
    assert accept["context"] == long_text[opinion["start"] - 200 : opinion["end"] + 200]
    assert (accept["doc_type"], accept["reviewer"]) == ("memo", "reviewer-anna")
    assert datetime.fromisoformat(accept["decided_at"]).utcoffset().total_seconds() == 0
    assert mine[3]["text"] == "Het college" and mine[3]["entity_type"] == "POLICY_OPINION"
    decision_ids = [int(line["decision_id"]) for line in lines]
    assert decision_ids == sorted(decision_ids)
    assert all(line["decision"] != "created" for line in lines)
    export = tmp_path / "feedback.jsonl"
    export.write_text(response.text, encoding="utf-8")
    read = [(d.decision, d.suggestion_id, d.final_ground) for d in read_feedback(export)]
    assert read == [(m["decision"], m["suggestion_id"], m["final_ground"]) for m in lines]  # the one reader takes it


def test_context_is_clipped_at_the_text_edges(client: TestClient, tool_headers: Headers, reviewer_headers: Headers,
                                              admin_headers: Headers) -> None:
    created = upload(client, tool_headers, "Jansen belde.")
    suggestion = created["suggestions"][0]
    client.post(f"/v1/suggestions/{suggestion['id']}/decision", headers=reviewer_headers,
                json={"action": "accept", "version": 0})
    lines = [json.loads(x) for x in client.get("/v1/feedback/export", headers=admin_headers).text.splitlines()]
    line = next(x for x in lines if x["suggestion_id"] == str(suggestion["id"]))
    assert line["context"] == "Jansen belde."
