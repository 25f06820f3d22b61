"""What the reviewer page shows: the text cut into plain and highlighted pieces, and a colour per ground."""

from __future__ import annotations

from dataclasses import dataclass

from api.schemas.events import RedactionPublic
from api.schemas.suggestions import SuggestionPublic
from detector.grounds import Ground, catalogue


@dataclass(frozen=True)
class Piece:
    """A run of the text: plain (``item`` is None), a suggestion, or a manual redaction."""

    text: str
    suggestion: SuggestionPublic | None = None
    redaction: RedactionPublic | None = None


def ground_colours() -> dict[str, str]:
    """A light, distinct background colour per ground code (golden-angle hues, in catalogue order)."""
    return {code: f"hsl({round(i * 137.508) % 360} 80% 82%)" for i, code in enumerate(catalogue())}


def ground_class(code: str | None) -> str:
    """The CSS class of a ground's colour (``g-0`` … ``g-18``; ``g-none`` when there is none)."""
    codes = list(catalogue())
    return f"g-{codes.index(code)}" if code in codes else "g-none"


def grounds_for_picker() -> list[Ground]:
    """The catalogue in order, for the change-ground picker."""
    return list(catalogue().values())


def pieces(text: str, suggestions: list[SuggestionPublic], redactions: list[RedactionPublic]) -> list[Piece]:
    """Cut ``text`` at the highlighted spans. Spans overlapping an earlier one stay out of the text (they are
    listed beside it), so every character is shown exactly once and offsets stay intact."""
    items: list[tuple[int, int, SuggestionPublic | None, RedactionPublic | None]] = [
        *((s.start, s.end, s, None) for s in suggestions),
        *((r.start, r.end, None, r) for r in redactions),
    ]
    items.sort(key=lambda item: (item[0], -item[1]))
    result: list[Piece] = []
    position = 0
    for start, end, suggestion, redaction in items:
        if start < position or end > len(text):
            continue
        if start > position:
            result.append(Piece(text[position:start]))
        result.append(Piece(text[start:end], suggestion, redaction))
        position = end
    if position < len(text):
        result.append(Piece(text[position:]))
    return result


def hidden(pieces_shown: list[Piece], suggestions: list[SuggestionPublic]) -> list[SuggestionPublic]:
    """Suggestions that overlap another one and so are not highlighted in the text."""
    shown = {p.suggestion.id for p in pieces_shown if p.suggestion is not None}
    return [s for s in suggestions if s.id not in shown]
