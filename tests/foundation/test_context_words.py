"""Presidio's context boost works on the offline blank pipeline (lemmas = lowercase token text)."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from detector.context_enhancer import BisectContextEnhancer
from detector.nlp import load_language
from detector.nlp_engine import LakmoesNlpEngine


def _engine() -> AnalyzerEngine:
    nlp, _ = load_language("nl_core_news_lg_absent")
    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="TEST_NUMMER",
            supported_language="nl",
            patterns=[Pattern("zes cijfers", r"\b\d{6}\b", 0.4)],
            context=["dossiernummer"],
        )
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=LakmoesNlpEngine(nlp),
        supported_languages=["nl"],
        context_aware_enhancer=BisectContextEnhancer(context_prefix_count=5, context_suffix_count=2),
    )


def test_keywords_come_from_lowercase_tokens() -> None:
    nlp, _ = load_language("nl_core_news_lg_absent")
    artifacts = LakmoesNlpEngine(nlp).process_text("Het Dossiernummer is 123456.", "nl")
    assert "dossiernummer" in artifacts.keywords
    assert artifacts.lemmas[1] == "dossiernummer"


def test_context_word_raises_the_score() -> None:
    engine = _engine()
    [with_context] = engine.analyze("Uw dossiernummer is 123456.", language="nl")
    [without] = engine.analyze("Er kwamen 123456 bezoekers.", language="nl")
    assert without.score == 0.4
    assert with_context.score > 0.4


def test_bisect_lookup_finds_the_same_token_as_presidios_scan() -> None:
    nlp, _ = load_language("nl_core_news_lg_absent")
    text = "Tel. 06-12345678, IBAN NL91ABNA0417164300;  dossiernummer: 123456 (zie bijlage).\n\nEinde"
    artifacts = LakmoesNlpEngine(nlp).process_text(text, "nl")
    plain = list(artifacts.tokens_indices)
    for start in range(len(text) - 1):
        expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, artifacts.tokens, plain)
        found = BisectContextEnhancer._find_index_of_match_token("w", start, artifacts.tokens, artifacts.tokens_indices)
        assert found == expected, start


def test_detector_uses_the_bisect_enhancer(detector) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(detector.analyzer.context_aware_enhancer, BisectContextEnhancer)
