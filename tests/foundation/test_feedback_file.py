"""The one reader of reviewers' decisions (docs/feedback-format.md): what it accepts, what it refuses and where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detector.feedback import FeedbackError, latest, read_feedback
from tests.feedback_lines import feedback_line, write_jsonl

GOOD = feedback_line(1, "doc-1", 0, "Jansen", "accept", "5.1(2)e")


def _with(**fields: object) -> str:
    return json.dumps({**GOOD, **fields})


def _without(field: str) -> str:
    return json.dumps({k: v for k, v in GOOD.items() if k != field})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{kapot", r"b\.jsonl:3: geen geldige JSON"),
        ('["een lijst"]', r"b\.jsonl:3: verwacht een JSON-object per regel"),
        (_without("text"), r"b\.jsonl:3: veld 'text' ontbreekt of is geen tekst"),
        (_with(document_id=7), r"b\.jsonl:3: veld 'document_id' ontbreekt of is geen tekst"),
        (_with(start="0"), r"b\.jsonl:3: veld 'start' ontbreekt of is geen geheel getal"),
        (_with(end=True), r"b\.jsonl:3: veld 'end' ontbreekt of is geen geheel getal"),
        (_with(suggested_ground=5), r"b\.jsonl:3: veld 'suggested_ground' moet tekst of null zijn"),
        (_with(decision="maybe"), r"b\.jsonl:3: onbekende beslissing 'maybe'; kies uit accept, reject"),
        (_with(decision="change_ground", final_ground=None), r"b\.jsonl:3: 'change_ground' zonder final_ground"),
        (_with(start=6, end=6), r"b\.jsonl:3: ongeldige offsets 6\.\.6"),
        (_with(decided_at="gisteren"), r"b\.jsonl:3: decided_at is geen ISO 8601-tijdstip"),
        (_with(decided_at="2026-11-25T10:00"), r"b\.jsonl:3: decided_at mist een tijdzone"),
    ],
)
def test_a_bad_line_is_refused_naming_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + line + "\n", encoding="utf-8")  # line 2 is blank
    with pytest.raises(FeedbackError, match=message):
        read_feedback(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FeedbackError, match=r"weg\.jsonl: kan niet gelezen worden"):
        read_feedback(tmp_path / "weg.jsonl")


def test_a_good_line_keeps_its_fields_and_line_number(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [GOOD, feedback_line(2, "doc-1", 10, "De Vries", "manual", "5.1(2)e")])
    first, second = read_feedback(path)
    assert (first.decision_id, first.suggestion_id, first.start, first.end, first.text, first.line) == (
        "d-1", "s-1", 0, 6, "Jansen", 1)  # fmt: skip
    assert (second.decision, second.suggestion_id, second.final_ground, second.line) == ("manual", None, "5.1(2)e", 2)
    assert first.decided_at.utcoffset() is not None


def test_latest_goes_by_time_then_line_per_suggestion_or_manual_span(tmp_path: Path) -> None:
    lines = [
        feedback_line(1, "doc-1", 0, "Jansen", "reject", None, suggestion_id="s-1", decided_at="2026-11-26T09:00:00Z"),
        feedback_line(2, "doc-1", 0, "Jansen", "accept", "5.1(2)e", suggestion_id="s-1"),  # earlier, later in file
        feedback_line(3, "doc-2", 0, "Jansen", "accept", "5.1(2)e", suggestion_id="s-1"),  # other document
        feedback_line(4, "doc-1", 20, "Pietersen", "manual", "5.1(2)e"),
        feedback_line(5, "doc-1", 20, "Pietersen", "manual", "5.1(2)i"),  # same span, same time: the later line
        feedback_line(6, "doc-1", 20, "Pieter", "manual", "5.1(2)e"),  # another span
    ]
    kept = latest(read_feedback(write_jsonl(tmp_path / "b.jsonl", lines)))
    assert [(d.decision_id, d.decision, d.final_ground) for d in kept] == [
        ("d-1", "reject", None),
        ("d-3", "accept", "5.1(2)e"),
        ("d-5", "manual", "5.1(2)i"),
        ("d-6", "manual", "5.1(2)e"),
    ]
