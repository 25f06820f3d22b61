"""Decisions: append-only events, derived status, reasons, grounds, the 409 race, manual redactions, audit,
redacted export; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from detector.grounds import ground_codes
from tests.api.conftest import Headers, upload
from tests.api.fakes import MEMO


@pytest.fixture()
def memo(client: TestClient, tool_headers: Headers) -> dict:
    return upload(client, tool_headers, MEMO, title="memo")


def by_entity(document: dict, entity: str) -> dict:
    return next(s for s in document["suggestions"] if s["entity_type"] == entity)


def decide(client: TestClient, headers: Headers, suggestion_id: int, **body: object):
    return client.post(f"/v1/suggestions/{suggestion_id}/decision", headers=headers, json=body)


def test_accept_reject_change_and_audit_in_order(client: TestClient, memo: dict, reviewer_headers: Headers,
                                                 reviewer2_headers: Headers) -> None:
    person, email, bsn, opinion = (by_entity(memo, e) for e in ("PERSON", "EMAIL_ADDRESS", "NL_BSN", "POLICY_OPINION"))
    accepted = decide(client, reviewer_headers, person["id"], action="accept", version=0)
    assert accepted.status_code == 200, accepted.text
    assert {k: accepted.json()[k] for k in ("status", "version", "current_ground", "reviewer", "reason")} == {
        "status": "accepted", "version": 1, "current_ground": "5.1(2)e", "reviewer": "reviewer-anna", "reason": None}
    rejected = decide(client, reviewer2_headers, opinion["id"], action="reject", version=0,
                      reason="Feitelijke constatering, geen opvatting.").json()
    assert (rejected["status"], rejected["current_ground"], rejected["reviewer"]) == ("rejected", None, "reviewer-bram")
    # A printed variant of a ground code is accepted and stored canonical.
    changed = decide(client, reviewer_headers, bsn["id"], action="change_ground", version=0, ground="5.1 (2)e",
                     reason="Geen identificatienummer van de Staat hier.").json()
    assert (changed["status"], changed["ground"], changed["current_ground"]) == ("changed", "5.1(1)e", "5.1(2)e")
    # Deciding again with the new version appends an event: nothing is overwritten.
    again = decide(client, reviewer_headers, person["id"], action="reject", version=1, reason="Ambtenaar, openbaar.")
    assert again.json()["status"] == "rejected" and again.json()["version"] == 2

    audit = client.get(f"/v1/documents/{memo['id']}/audit", headers=reviewer_headers).json()
    trail = [(e["action"], e["suggestion_id"], e["ground"], e["reviewer"], e["reason"]) for e in audit]
    assert trail == [
        ("created", None, None, "redactietool", None),
        ("accept", person["id"], "5.1(2)e", "reviewer-anna", None),
        ("reject", opinion["id"], None, "reviewer-bram", "Feitelijke constatering, geen opvatting."),
        ("change_ground", bsn["id"], "5.1(2)e", "reviewer-anna", "Geen identificatienummer van de Staat hier."),
        ("reject", person["id"], None, "reviewer-anna", "Ambtenaar, openbaar."),
    ]
    ids = [e["id"] for e in audit]
    assert ids == sorted(ids)
    times = [e["created_at"] for e in audit]
    assert times == sorted(times) and all(t.endswith(("Z", "+00:00")) for t in times)
    document = client.get(f"/v1/documents/{memo['id']}", headers=reviewer_headers).json()
    assert {s["id"]: s["status"] for s in document["suggestions"]} == {
        person["id"]: "rejected", email["id"]: "open", bsn["id"]: "changed", opinion["id"]: "rejected"}
    assert document["open"] == 1 and document["status"] == "in_review"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"action": "reject", "version": 0}, "reden"),
        ({"action": "reject", "version": 0, "reason": "   "}, "reden"),
        ({"action": "change_ground", "version": 0, "reason": "x"}, "grond"),
        ({"action": "change_ground", "version": 0, "ground": "5.1(2)e"}, "reden"),
        ({"action": "accept", "version": 0, "ground": "5.1(2)e"}, "change_ground"),
        ({"action": "approve", "version": 0}, "action"),
        ({"action": "accept"}, "version"),
        ({"action": "accept", "version": -1}, "version"),
        ({"action": "accept", "version": 0, "extra": 1}, "extra"),
    ],
)
def test_invalid_decisions_are_422(client: TestClient, memo: dict, reviewer_headers: Headers, body: dict,
                                   fragment: str) -> None:
    response = decide(client, reviewer_headers, memo["suggestions"][0]["id"], **body)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_input"
    assert fragment in response.text
    assert client.get(f"/v1/documents/{memo['id']}/audit", headers=reviewer_headers).json()[-1]["action"] == "created"


def test_unknown_ground_is_422_naming_valid_codes(client: TestClient, memo: dict, reviewer_headers: Headers) -> None:
    suggestion = memo["suggestions"][0]
    response = decide(client, reviewer_headers, suggestion["id"], action="change_ground", version=0,
                      ground="5.9(9)z", reason="test")
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "unknown_ground"
    assert body["details"] == ground_codes()
    assert "5.1(2)e" in body["message"]
    # The failed attempt consumed no version.
    assert client.get(f"/v1/suggestions/{suggestion['id']}", headers=reviewer_headers).json()["version"] == 0


def test_malformed_json_is_422(client: TestClient, memo: dict, reviewer_headers: Headers) -> None:
    response = client.post(f"/v1/suggestions/{memo['suggestions'][0]['id']}/decision", content=b'{"action": "acc',
                           headers={**reviewer_headers, "Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_input"


def test_unknown_suggestion_is_404(client: TestClient, reviewer_headers: Headers) -> None:
    response = decide(client, reviewer_headers, 987654, action="accept", version=0)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_stale_version_is_409_and_loses_nothing(client: TestClient, memo: dict, reviewer_headers: Headers,
                                                reviewer2_headers: Headers) -> None:
    suggestion = memo["suggestions"][0]
    assert decide(client, reviewer_headers, suggestion["id"], action="accept", version=0).status_code == 200
    stale = decide(client, reviewer2_headers, suggestion["id"], action="reject", version=0, reason="dubbel")
    assert stale.status_code == 409
    assert stale.json()["error"] == "conflict"
    assert "versie 1" in stale.json()["message"]
    ahead = decide(client, reviewer2_headers, suggestion["id"], action="accept", version=5)
    assert ahead.status_code == 409
    current = client.get(f"/v1/suggestions/{suggestion['id']}", headers=reviewer_headers).json()
    assert (current["status"], current["version"], current["reviewer"]) == ("accepted", 1, "reviewer-anna")
    actions = [e["action"] for e in client.get(f"/v1/documents/{memo['id']}/audit", headers=reviewer_headers).json()]
    assert actions == ["created", "accept"]


def test_concurrent_decisions_one_wins_one_gets_409(client: TestClient, memo: dict, reviewer_headers: Headers,
                                                    reviewer2_headers: Headers) -> None:
    suggestion = by_entity(memo, "POLICY_OPINION")
    barrier = threading.Barrier(2)
    statuses: dict[str, int] = {}

    def reviewer(name: str, headers: Headers, body: dict) -> None:
        barrier.wait()
        statuses[name] = decide(client, headers, suggestion["id"], version=0, **body).status_code

    threads = [
        threading.Thread(target=reviewer, args=("anna", reviewer_headers, {"action": "accept"})),
        threading.Thread(target=reviewer, args=("bram", reviewer2_headers, {"action": "reject", "reason": "feit"})),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses.values()) == [200, 409]
    winner = "reviewer-anna" if statuses["anna"] == 200 else "reviewer-bram"
    events = client.get(f"/v1/documents/{memo['id']}/audit", headers=reviewer_headers).json()
    decisions = [e for e in events if e["suggestion_id"] == suggestion["id"]]
    assert [e["reviewer"] for e in decisions] == [winner]
    current = client.get(f"/v1/suggestions/{suggestion['id']}", headers=reviewer_headers).json()
    assert current["version"] == 1 and current["reviewer"] == winner


def test_manual_redaction_and_redacted_export(client: TestClient, memo: dict, reviewer_headers: Headers) -> None:
    person, email, bsn, opinion = (by_entity(memo, e) for e in ("PERSON", "EMAIL_ADDRESS", "NL_BSN", "POLICY_OPINION"))
    decide(client, reviewer_headers, person["id"], action="accept", version=0)
    decide(client, reviewer_headers, email["id"], action="reject", version=0, reason="functioneel adres")
    decide(client, reviewer_headers, bsn["id"], action="change_ground", version=0, ground="5.1(2)e", reason="r")
    start = MEMO.index("volgende week")
    manual = client.post(f"/v1/documents/{memo['id']}/redactions", headers=reviewer_headers,
                         json={"start": start, "end": start + len("volgende week"), "ground": "5.1(2)i",
                               "reason": "Datum nog niet openbaar."})
    assert manual.status_code == 201, manual.text
    assert {k: manual.json()[k] for k in ("text", "ground", "entity_type", "reviewer")} == {
        "text": "volgende week", "ground": "5.1(2)i", "entity_type": "MANUAL", "reviewer": "reviewer-anna"}

    redacted = client.get(f"/v1/documents/{memo['id']}/redacted", headers=reviewer_headers)
    assert redacted.status_code == 200
    assert redacted.headers["content-type"].startswith("text/plain")
    # Accepted, re-grounded and manual spans are replaced; the rejected e-mail and the open opinion stay.
    expected = (MEMO.replace("Jansen", "[5.1(2)e]", 1).replace("111222333", "[5.1(2)e]")
                .replace("volgende week", "[5.1(2)i]"))
    assert redacted.text == expected
    masked = client.get(f"/v1/documents/{memo['id']}/redacted", headers=reviewer_headers, params={"mask": True}).text
    assert len(masked) == len(MEMO) and "Jansen" not in masked and "j.jansen@voorbeeld.nl" in masked

    document = client.get(f"/v1/documents/{memo['id']}", headers=reviewer_headers).json()
    assert [(r["start"], r["ground"], r["reason"]) for r in document["redactions"]] == [
        (start, "5.1(2)i", "Datum nog niet openbaar.")]
    audit = client.get(f"/v1/documents/{memo['id']}/audit", headers=reviewer_headers).json()
    assert audit[-1]["action"] == "manual" and audit[-1]["start"] == start


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"start": 0, "end": 10_000, "ground": "5.1(2)e", "reason": "r"}, 422, "invalid_input"),
        ({"start": 5, "end": 5, "ground": "5.1(2)e", "reason": "r"}, 422, "invalid_input"),
        ({"start": 0, "end": 4, "ground": "5.1(2)e"}, 422, "invalid_input"),
        ({"start": 0, "end": 4, "ground": "5.1(2)e", "reason": " "}, 422, "invalid_input"),
        ({"start": 0, "end": 4, "ground": "6.1", "reason": "r"}, 422, "unknown_ground"),
        ({"start": 0, "end": 4, "ground": "5.1(2)e", "reason": "r", "entity_type": "FOO"}, 422, "invalid_input"),
    ],
)
def test_invalid_manual_redactions(client: TestClient, memo: dict, reviewer_headers: Headers, body: dict,
                                   status: int, error: str) -> None:
    response = client.post(f"/v1/documents/{memo['id']}/redactions", headers=reviewer_headers, json=body)
    assert response.status_code == status
    assert response.json()["error"] == error


def test_manual_redaction_on_unknown_document_is_404(client: TestClient, reviewer_headers: Headers) -> None:
    response = client.post("/v1/documents/424242/redactions", headers=reviewer_headers,
                           json={"start": 0, "end": 4, "ground": "5.1(2)e", "reason": "r"})
    assert response.status_code == 404


def test_decide_waits_for_a_concurrent_writer_then_conflicts(client: TestClient, memo: dict) -> None:
    """A second decider blocked behind an open transaction sees the new version after it commits: 409."""
    from sqlalchemy import select, update
    from sqlalchemy.orm import Session

    from api import crud
    from api.errors import VersionConflict
    from api.models import ApiKey, Suggestion

    engine = client.app.state.engine  # type: ignore[attr-defined]
    suggestion_id = memo["suggestions"][0]["id"]
    outcome: list[object] = []
    with Session(engine) as first:
        key = first.scalars(select(ApiKey).where(ApiKey.name == "reviewer-anna")).first()
        assert key is not None
        first.execute(update(Suggestion).where(Suggestion.id == suggestion_id).values(version=Suggestion.version + 1))

        def second_reviewer() -> None:
            with Session(engine) as second:
                try:
                    crud.decide(session=second, suggestion_id=suggestion_id, action="accept", version=0, key=key)
                    outcome.append("decided")
                except VersionConflict as error:
                    outcome.append(error)

        thread = threading.Thread(target=second_reviewer)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive(), "the second decider should wait for the first transaction"
        first.commit()
        thread.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], VersionConflict)
