"""Shared asserts for recognizer tests: exact spans, entity, score range, and what a recognizer returns."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detector.grounds_rules import decide, ground_rules
from detector.profile import EMPTY_PROFILE


def analyze(recognizer: EntityRecognizer, text: str) -> list[RecognizerResult]:
    """The recognizer's results for ``text``, sorted by position."""
    return sorted(recognizer.analyze(text, recognizer.supported_entities), key=lambda r: (r.start, r.end))


def found_texts(recognizer: EntityRecognizer, text: str, min_score: float = 0.0) -> list[str]:
    """The matched substrings (with at least ``min_score``), in order."""
    return [text[r.start : r.end] for r in analyze(recognizer, text) if r.score >= min_score]


def evidence_ground(result: RecognizerResult) -> str | None:
    """The ground the recognizer's evidence alone gives in ``ground_rules.json`` (None: no evidence rule applies,
    or the evidence makes the value public; the document type then decides)."""
    rule = ground_rules().get(result.entity_type)
    found = rule.evidence_for(result.recognition_metadata or {}) if rule else None
    return rule.by_evidence[found[0]][found[1]] if rule and found else None


def public_by_evidence(result: RecognizerResult) -> bool:
    """True when the recognizer's evidence makes the value public (a functional mailbox, a public body's account)."""
    rule = ground_rules().get(result.entity_type)
    found = rule.evidence_for(result.recognition_metadata or {}) if rule else None
    return bool(rule and found and rule.by_evidence[found[0]][found[1]] is None)


def explanation_of(result: RecognizerResult, text: str, doc_type: str = "other") -> str:
    """The explanation the ground step writes for this result (no organisation profile)."""
    metadata = result.recognition_metadata or {}
    decision = decide(result.entity_type, doc_type, metadata, EMPTY_PROFILE, text[result.start : result.end])
    return decision.explanation(metadata.get("evidence"))


def suggested_texts(recognizer: EntityRecognizer, text: str, threshold: float = 0.5) -> list[str]:
    """Matches a reviewer would see: at or above the threshold and not public by their evidence."""
    return [
        text[r.start : r.end] for r in analyze(recognizer, text) if r.score >= threshold and not public_by_evidence(r)
    ]


def public_texts(recognizer: EntityRecognizer, text: str) -> list[str]:
    """Matches whose evidence makes them public."""
    return [text[r.start : r.end] for r in analyze(recognizer, text) if public_by_evidence(r)]


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


def assert_privacy_metadata(result: RecognizerResult, text: str) -> None:
    """A privacy result: the ground step gives 5.1(2)e and a Dutch explanation citing the article."""
    metadata = result.recognition_metadata or {}
    assert "ground" not in metadata and "explanation" not in metadata  # recognizers never set them
    decision = decide(result.entity_type, "other", metadata, EMPTY_PROFILE, text[result.start : result.end])
    assert decision.ground == "5.1(2)e"
    assert "art. 5.1 lid 2 sub e Woo" in explanation_of(result, text)
