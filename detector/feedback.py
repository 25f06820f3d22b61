"""The one reader of reviewers' decisions: the JSONL of ``docs/feedback-format.md``.

:func:`read_feedback` checks every line and raises :class:`FeedbackError` (Dutch, naming the file and line) at
the first bad one; :func:`latest` keeps the latest decision per suggestion (per span for a manual redaction).
``lakmoes redact/inventory/request --decisions`` (:mod:`detector.decisions_file`) and retraining
(``training/feedback.py``) both read through here, so a file means the same to both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

DECISIONS = ("accept", "reject", "change_ground", "manual")
APPLIED = frozenset({"accept", "change_ground", "manual"})
_STRINGS = ("decision_id", "document_id", "text", "decision", "decided_at")
_OFFSETS = ("start", "end")
_NULLABLE = (
    "suggestion_id",
    "doc_type",
    "entity_type",
    "context",
    "suggested_ground",
    "final_ground",
    "reason",
    "reviewer",
)


class FeedbackError(ValueError):
    """A decisions file that cannot be used; the message names the file (and the line)."""


@dataclass(frozen=True)
class Decision:
    """One reviewer decision: the fields of an export line that redaction and retraining use."""

    decision_id: str
    document_id: str
    suggestion_id: str | None
    start: int
    end: int
    text: str
    suggested_ground: str | None
    decision: str
    final_ground: str | None
    decided_at: datetime
    line: int


def read_feedback(path: Path) -> list[Decision]:
    """Every decision in ``path``, in file order; blank lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "geen UTF-8"
        raise FeedbackError(f"{path}: kan niet gelezen worden ({reason})") from None
    return [_parse(line, f"{path}:{number}", number) for number, line in enumerate(lines, start=1) if line.strip()]


def latest(decisions: list[Decision]) -> list[Decision]:
    """The latest decision (by ``decided_at``, then line) per suggestion, or per document and span if manual."""
    kept: dict[tuple[object, ...], Decision] = {}
    for decision in sorted(decisions, key=lambda d: (d.decided_at, d.line)):
        kept[_key(decision)] = decision
    return sorted(kept.values(), key=lambda d: d.line)


def _key(decision: Decision) -> tuple[object, ...]:
    if decision.suggestion_id is not None:
        return (decision.document_id, decision.suggestion_id)
    return (decision.document_id, decision.start, decision.end)


def _parse(line: str, where: str, number: int) -> Decision:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise FeedbackError(f"{where}: geen geldige JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise FeedbackError(f"{where}: verwacht een JSON-object per regel")
    _check_fields(record, where)
    if record["decision"] not in DECISIONS:
        raise FeedbackError(f"{where}: onbekende beslissing {record['decision']!r}; kies uit {', '.join(DECISIONS)}")
    if record["decision"] in APPLIED and not record.get("final_ground"):
        raise FeedbackError(f"{where}: '{record['decision']}' zonder final_ground")
    if not 0 <= record["start"] < record["end"]:
        raise FeedbackError(f"{where}: ongeldige offsets {record['start']}..{record['end']}")
    try:
        decided_at = datetime.fromisoformat(record["decided_at"])
    except ValueError:
        raise FeedbackError(f"{where}: decided_at is geen ISO 8601-tijdstip") from None
    if decided_at.tzinfo is None:
        raise FeedbackError(f"{where}: decided_at mist een tijdzone")
    return Decision(
        record["decision_id"],
        record["document_id"],
        record.get("suggestion_id"),
        record["start"],
        record["end"],
        record["text"],
        record.get("suggested_ground"),
        record["decision"],
        record.get("final_ground"),
        decided_at,
        number,
    )


def _check_fields(record: dict[str, Any], where: str) -> None:
    """The documented fields have their documented types (``bool`` is no offset)."""
    for key in _STRINGS:
        if not isinstance(record.get(key), str):
            raise FeedbackError(f"{where}: veld '{key}' ontbreekt of is geen tekst")
    for key in _OFFSETS:
        value = record.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise FeedbackError(f"{where}: veld '{key}' ontbreekt of is geen geheel getal")
    for key in _NULLABLE:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise FeedbackError(f"{where}: veld '{key}' moet tekst of null zijn")
