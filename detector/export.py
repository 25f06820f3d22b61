"""Write the redacted text: each accepted span becomes its ground code ``[5.1(2)e]`` or a █ block."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig, RecognizerResult

MASK_CHAR = "█"


class Redactable(Protocol):
    """Anything with offsets and a ground (a Suggestion, a stored decision)."""

    start: int
    end: int
    ground: str


def marker(ground: str) -> str:
    """The marker printed in place of a redaction, e.g. ``[5.1(2)e]``."""
    return f"[{ground}]"


def redact_text(text: str, spans: Iterable[Redactable], *, mask: bool = False) -> str:
    """``text`` with every span replaced by its ground marker, or masked with █ of equal length."""
    spans = list(spans)
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            raise ValueError(f"span {span.start}..{span.end} outside the text (length {len(text)})")
    results = [RecognizerResult(entity_type=s.ground, start=s.start, end=s.end, score=1.0) for s in spans]
    if mask:
        operators = {
            s.ground: OperatorConfig("mask", {"masking_char": MASK_CHAR, "chars_to_mask": len(text), "from_end": False})
            for s in spans
        }
    else:
        operators = {s.ground: OperatorConfig("replace", {"new_value": marker(s.ground)}) for s in spans}
    engine = AnonymizerEngine()
    return engine.anonymize(
        text=text,
        analyzer_results=results,
        operators=operators,
        conflict_resolution=ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED,
        merge_entities_with_spaces=False,
    ).text
