"""Shared asserts for recognizer tests: exact spans, entity, score range, and what a recognizer returns."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult


def analyze(recognizer: EntityRecognizer, text: str) -> list[RecognizerResult]:
    """The recognizer's results for ``text``, sorted by position."""
    return sorted(recognizer.analyze(text, recognizer.supported_entities), key=lambda r: (r.start, r.end))


def found_texts(recognizer: EntityRecognizer, text: str, min_score: float = 0.0) -> list[str]:
    """The matched substrings (with at least ``min_score``), in order."""
    return [text[r.start : r.end] for r in analyze(recognizer, text) if r.score >= min_score]


def suggested_texts(recognizer: EntityRecognizer, text: str, threshold: float = 0.5) -> list[str]:
    """Matches a reviewer would see: at or above the threshold and not marked public."""
    return [
        text[r.start : r.end]
        for r in analyze(recognizer, text)
        if r.score >= threshold and not (r.recognition_metadata or {}).get("public_reason")
    ]


def public_texts(recognizer: EntityRecognizer, text: str) -> list[str]:
    """Matches the recognizer marked public (``metadata['public_reason']``)."""
    return [
        text[r.start : r.end] for r in analyze(recognizer, text) if (r.recognition_metadata or {}).get("public_reason")
    ]


def assert_result(
    result: RecognizerResult,
    entity_type: str,
    start: int,
    end: int,
    min_score: float = 0.5,
    max_score: float = 1.0,
) -> None:
    """One result has exactly this entity, these offsets and a score in the range."""
    assert result.entity_type == entity_type
    assert (result.start, result.end) == (start, end), f"got {result.start}..{result.end}, want {start}..{end}"
    assert min_score <= result.score <= max_score, f"score {result.score} outside {min_score}..{max_score}"


def assert_privacy_metadata(result: RecognizerResult) -> None:
    """A 5.1(2)e result carries the ground and a Dutch explanation citing the article."""
    metadata = result.recognition_metadata or {}
    assert metadata.get("ground") == "5.1(2)e"
    explanation = str(metadata.get("explanation", ""))
    assert "art. 5.1 lid 2 sub e Woo" in explanation
