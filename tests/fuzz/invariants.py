"""What every suggestion and span must satisfy, whatever the input."""

from __future__ import annotations

import regex

from detector.document import Span, Suggestion
from detector.grounds import catalogue

# A Dutch explanation has Dutch function words (and no English ones): enough to catch an English or empty text.
_DUTCH = regex.compile(r"\b(?:de|het|een|van|is|en|of|in|op|voor|aan|met|naam|nummer|gegevens|bedrag)\b", regex.I)
_ENGLISH = regex.compile(r"\b(?:the|of the|is a|with|this)\b", regex.I)


def check_offsets(start: int, end: int, quoted: str, text: str) -> None:
    """``0 <= start < end <= len(text)`` and the quoted text is exactly that slice."""
    assert 0 <= start < end <= len(text), (start, end, len(text))
    assert text[start:end] == quoted, (start, end, quoted, text[start:end])


def check_ground_and_explanation(ground: str | None, explanation: str | None) -> None:
    """A ground from the catalogue and a short Dutch explanation."""
    assert ground in catalogue(), ground
    assert explanation and explanation.strip(), explanation
    assert _DUTCH.search(explanation) and not _ENGLISH.search(explanation), explanation


def check_suggestion(suggestion: Suggestion, text: str) -> None:
    """Every invariant of a suggestion over ``text``."""
    check_offsets(suggestion.start, suggestion.end, suggestion.text, text)
    check_ground_and_explanation(suggestion.ground, suggestion.explanation)
    assert all(g in catalogue() for g in suggestion.grounds), suggestion.grounds
    assert 0.0 <= suggestion.score <= 1.0


def check_span(span: Span, text: str) -> None:
    """A span between steps: inside the text it was found in; a ground, when set, from the catalogue."""
    check_offsets(span.start, span.end, span.text, text)
    if span.ground is not None:
        assert span.ground in catalogue(), span.ground
