"""What the reviewer page shows: the text cut into plain and highlighted pieces, a colour per ground, and for
a PDF the boxes to draw over its pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from api.pages import PageBox
from api.schemas.events import RedactionPublic
from api.schemas.suggestions import SuggestionPublic
from api.schemas.workbench import KeptPublicOut
from detector.grounds import Ground, catalogue


@dataclass(frozen=True)
class Piece:
    """A run of the text: plain, a suggestion, a manual redaction, or a span kept public."""

    text: str
    suggestion: SuggestionPublic | None = None
    redaction: RedactionPublic | None = None
    kept: KeptPublicOut | None = None


@dataclass(frozen=True)
class OverlayBox:
    """A box over a page image: which mark in the text it belongs to (``ref``), its state, and where it sits."""

    ref: str
    state: str
    page: int
    x: float
    y: float
    width: float
    height: float


def overlay_box(ref: str, state: str, placed: PageBox) -> OverlayBox:
    """A page box as the SVG overlay draws it (points, origin top-left)."""
    x0, top, x1, bottom = placed.box
    return OverlayBox(ref, state, placed.page, round(x0, 2), round(top, 2), round(x1 - x0, 2), round(bottom - top, 2))


def grounds_css() -> str:
    """The stylesheet of the ground colours (``.g-0 { --ground: … }``), served as a file: no inline styles."""
    return "".join(f".{ground_class(code)} {{ --ground: {colour}; }}\n" for code, colour in ground_colours().items())


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


def pieces(
    text: str,
    suggestions: list[SuggestionPublic],
    redactions: list[RedactionPublic],
    kept: Sequence[KeptPublicOut] = (),
) -> list[Piece]:
    """Cut ``text`` at the highlighted spans. Spans overlapping an earlier one stay out of the text (they are
    listed beside it), so every character is shown exactly once and offsets stay intact. At the same place a
    suggestion comes before a manual redaction, and that before a span kept public (redacted after all)."""
    items: list[tuple[int, int, int, Piece]] = [
        *((s.start, s.end, 0, Piece("", suggestion=s)) for s in suggestions),
        *((r.start, r.end, 1, Piece("", redaction=r)) for r in redactions),
        *((k.start, k.end, 2, Piece("", kept=k)) for k in kept),
    ]
    items.sort(key=lambda item: (item[0], -item[1], item[2]))
    result: list[Piece] = []
    position = 0
    for start, end, _, piece in items:
        if start < position or end > len(text):
            continue
        if start > position:
            result.append(Piece(text[position:start]))
        result.append(Piece(text[start:end], piece.suggestion, piece.redaction, piece.kept))
        position = end
    if position < len(text):
        result.append(Piece(text[position:]))
    return result


def hidden(pieces_shown: list[Piece], suggestions: list[SuggestionPublic]) -> list[SuggestionPublic]:
    """Suggestions that overlap another one and so are not highlighted in the text."""
    shown = {p.suggestion.id for p in pieces_shown if p.suggestion is not None}
    return [s for s in suggestions if s.id not in shown]
