"""Pathological texts finish (guarded by pytest-timeout, never by a timing assertion) and keep offsets."""

from __future__ import annotations

import pytest

from detector import Detector
from detector.nlp import MAX_TOKEN_CHARS, bound_token_length


@pytest.mark.parametrize("run", ["?" * 1000, "a" * 300, "!?" * 400, "…" * 700, "x" * 257])
def test_bound_token_length_keeps_length_and_cuts_runs(run: str) -> None:
    text = f"Begin {run} einde."
    bounded = bound_token_length(text)
    assert len(bounded) == len(text)
    assert max(len(word) for word in bounded.split()) <= MAX_TOKEN_CHARS
    changed = [i for i, (a, b) in enumerate(zip(text, bounded, strict=True)) if a != b]
    assert all(bounded[i] == " " for i in changed)
    assert len(changed) == len(run) // (MAX_TOKEN_CHARS + 1)


def test_normal_text_is_unchanged() -> None:
    text = "Geachte heer Jansen,\n\nhttps://www.almere.nl/contactformulier is een gewone link."
    assert bound_token_length(text) == text


@pytest.mark.timeout(240)
@pytest.mark.parametrize("run", ["?" * 100_000, "%" * 100_000, ")?" * 50_000])
def test_detector_finishes_on_100k_punctuation(detector: Detector, run: str) -> None:
    text = "Geachte heer Jansen,\n\n" + run + "\n\nMet vriendelijke groet,\nPieter de Vries\n"
    suggestions = detector.analyze(text)
    for s in suggestions:
        assert text[s.start : s.end] == s.text
    assert "Pieter de Vries" in [s.text for s in suggestions]
