"""Redacted text: each span becomes its ground marker, or █ of equal length with --mask."""

from __future__ import annotations

import pytest

from detector.document import Suggestion
from detector.export import redact_text

TEXT = "Jan en Piet betalen 1000 euro."


def sug(start: int, end: int, ground: str) -> Suggestion:
    return Suggestion(start, end, TEXT[start:end], "PERSON", ground, 1.0, "uitleg", "test")


def test_markers_replace_each_span() -> None:
    spans = [sug(0, 3, "5.1(2)e"), sug(7, 11, "5.1(2)e"), sug(20, 24, "5.1(1)c")]
    assert redact_text(TEXT, spans) == "[5.1(2)e] en [5.1(2)e] betalen [5.1(1)c] euro."


def test_mask_keeps_length_and_layout() -> None:
    spans = [sug(0, 3, "5.1(2)e"), sug(20, 24, "5.1(1)c")]
    out = redact_text(TEXT, spans, mask=True)
    assert out == "███ en Piet betalen ████ euro."
    assert len(out) == len(TEXT)


def test_no_spans_returns_text_unchanged() -> None:
    assert redact_text(TEXT, []) == TEXT


def test_span_outside_text_is_an_error() -> None:
    with pytest.raises(ValueError):
        redact_text("kort", [sug(0, 10, "5.1(2)e")])
