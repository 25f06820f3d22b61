"""Reviewer decision lines in the format of docs/feedback-format.md, for tests that write decisions files."""

from __future__ import annotations

import json
from pathlib import Path


def feedback_line(
    number: int,
    document_id: str,
    start: int,
    text: str,
    decision: str,
    final_ground: str | None,
    **fields: object,
) -> dict[str, object]:
    """Decision ``d-<number>`` on suggestion ``s-<number>`` of ``text`` at ``start``; ``fields`` override any field."""
    line: dict[str, object] = {
        "decision_id": f"d-{number}", "document_id": document_id, "suggestion_id": f"s-{number}", "doc_type": "memo",
        "entity_type": "PERSON", "start": start, "end": start + len(text), "text": text, "context": text,
        "suggested_ground": None if decision == "manual" else final_ground or "5.1(2)e", "decision": decision,
        "final_ground": final_ground, "reason": None if decision == "accept" else "reden",
        "reviewer": "reviewer-test", "decided_at": "2026-11-25T10:00:00+00:00",
    }  # fmt: skip
    if decision == "manual":
        line["suggestion_id"] = None
    line.update(fields)
    return line


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    """``records`` as one JSON object per line."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
