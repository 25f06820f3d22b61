"""The suggestion a request adds for a value that another of its documents proposed."""

from __future__ import annotations

from detector.document import Suggestion
from detector.grounds import get_ground

RECOGNIZER = "request_consistency"


def request_suggestion(
    text: str, start: int, end: int, entity_type: str, ground: str, score: float, what: str, reason: str
) -> Suggestion:
    """A suggestion for ``text[start:end]`` whose explanation says where the value was proposed first."""
    return Suggestion(
        start=start,
        end=end,
        text=text[start:end],
        entity_type=entity_type,
        ground=ground,
        score=score,
        explanation=f"{reason}. {get_ground(ground).explain(what)}",
        recognizer=RECOGNIZER,
    )
