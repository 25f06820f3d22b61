"""Reviewed decisions (the JSONL of docs/feedback-format.md, read by :mod:`detector.feedback`) as spans to redact.

Only the latest decision per suggestion counts (per ``start``/``end`` for a manual redaction);
``accept``, ``change_ground`` and ``manual`` are applied with their ``final_ground``, ``reject`` is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath

from detector.feedback import APPLIED, FeedbackError, latest, read_feedback


@dataclass(frozen=True)
class Decided:
    """A span to redact after review."""

    start: int
    end: int
    ground: str
    text: str | None = None


def read_decisions(path: Path) -> dict[str, list[Decided]]:
    """Applied spans by ``document_id`` (documents in order of first appearance), from a JSONL decisions file."""
    decisions = read_feedback(path)
    result: dict[str, list[Decided]] = {d.document_id: [] for d in decisions}
    for decision in latest(decisions):
        if decision.decision in APPLIED and decision.final_ground is not None:
            result[decision.document_id].append(
                Decided(decision.start, decision.end, decision.final_ground, decision.text)
            )
    for spans in result.values():
        spans.sort(key=lambda s: (s.start, s.end))
    return result


def decisions_for(
    all_decisions: dict[str, list[Decided]], name: str, *, sole_applies: bool = False
) -> list[Decided] | None:
    """The decisions of the document ``name`` (matched on id = path, file name or stem); None if absent.

    With ``sole_applies`` (redacting one file), a file with decisions for one document only applies to it.
    """
    pure = PurePath(name)
    for key in (name, pure.name, pure.stem):
        if key in all_decisions:
            return all_decisions[key]
    if sole_applies and len(all_decisions) == 1:
        return next(iter(all_decisions.values()))
    return None


def check_against(spans: list[Decided], text: str, name: str) -> None:
    """Refuse decisions that do not fit ``text`` (offsets past its end, or a different stored text)."""
    for span in spans:
        if span.end > len(text):
            raise FeedbackError(
                f"{name}: beslissing {span.start}..{span.end} valt buiten de tekst ({len(text)} tekens)"
            )
        if span.text is not None and span.text != text[span.start : span.end]:
            raise FeedbackError(
                f"{name}: de beslissingen horen niet bij dit document (tekst op {span.start}..{span.end} verschilt)"
            )
