"""Read reviewed decisions (the JSONL of docs/feedback-format.md) into the spans to redact per document.

Only the latest decision per suggestion counts (per ``start``/``end`` for a manual redaction);
``accept``, ``change_ground`` and ``manual`` are applied with their ``final_ground``, ``reject`` is not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePath

APPLIED = frozenset({"accept", "change_ground", "manual"})
KNOWN = APPLIED | {"reject"}


class DecisionsError(ValueError):
    """A decisions file that cannot be used (bad JSON, missing fields, offsets that do not fit)."""


@dataclass(frozen=True)
class Decided:
    """A span to redact after review."""

    start: int
    end: int
    ground: str
    text: str | None = None


def read_decisions(path: Path) -> dict[str, list[Decided]]:
    """Applied spans by ``document_id``, from a JSONL decisions file."""
    latest: dict[tuple[str, object], dict[str, object]] = {}
    order: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DecisionsError(f"{path}: kan niet gelezen worden ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            document = str(item["document_id"])
            decision = item["decision"]
            start, end = int(item["start"]), int(item["end"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise DecisionsError(f"{path}:{number}: geen geldige beslissing ({error})") from None
        if decision not in KNOWN:
            raise DecisionsError(f"{path}:{number}: onbekende beslissing {decision!r}")
        if decision in APPLIED and not item.get("final_ground"):
            raise DecisionsError(f"{path}:{number}: '{decision}' zonder final_ground")
        if not 0 <= start < end:
            raise DecisionsError(f"{path}:{number}: ongeldige offsets {start}..{end}")
        key = (document, item.get("suggestion_id") or (start, end))
        latest[key] = item
        if document not in order:
            order.append(document)
    result: dict[str, list[Decided]] = {document: [] for document in order}
    for (document, _), item in latest.items():
        if item["decision"] in APPLIED:
            text = item.get("text")
            result[document].append(
                Decided(
                    int(item["start"]),
                    int(item["end"]),
                    str(item["final_ground"]),
                    text if isinstance(text, str) else None,
                )
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
            raise DecisionsError(
                f"{name}: beslissing {span.start}..{span.end} valt buiten de tekst ({len(text)} tekens)"
            )
        if span.text is not None and span.text != text[span.start : span.end]:
            raise DecisionsError(
                f"{name}: de beslissingen horen niet bij dit document (tekst op {span.start}..{span.end} verschilt)"
            )
