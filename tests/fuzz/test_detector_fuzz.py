"""Property-based fuzzing of the Detector, every step and every recognizer on Dutch-like hostile text."""

from __future__ import annotations

from hypothesis import given

from detector import Detector
from detector.doctype import detect_doc_type
from detector.nlp import parse_chunks
from detector.normalise import for_detection
from detector.steps import StepContext
from tests.fuzz import strategies
from tests.fuzz.invariants import check_offsets, check_recognizer_results, check_span, check_suggestion


@given(text=strategies.texts)
def test_detector_suggestions_hold_every_invariant(detector: Detector, text: str) -> None:
    analysis = detector.run(text)
    for suggestion in analysis.suggestions:
        check_suggestion(suggestion, text)
    starts = [s.start for s in analysis.suggestions]
    assert starts == sorted(starts)


@given(text=strategies.texts)
def test_every_step_keeps_spans_inside_the_text(detector: Detector, text: str) -> None:
    seen = for_detection(text)
    chunks = parse_chunks(detector.nlp, seen, detector.settings.chunk_size)
    context = StepContext(text=seen, doc_type=detect_doc_type(seen), chunks=chunks)
    spans = detector._recognize(chunks)  # the recognizers' spans, as Detector.run feeds them to the steps
    for step in detector.steps:
        spans = step(spans, context)
        for span in spans:
            check_span(span, seen)
    for span in context.public:
        check_offsets(span.start, span.end, span.text, seen)


@given(text=strategies.texts)
def test_every_recognizer_answers_inside_the_text_with_evidence_only(detector: Detector, text: str) -> None:
    seen = for_detection(text)
    assert detector.analyzer is not None
    artifacts = detector.analyzer.nlp_engine.process_text(seen, "nl")
    for recognizer in detector.registry.recognizers:
        results = recognizer.analyze(text=seen, entities=recognizer.supported_entities, nlp_artifacts=artifacts)
        check_recognizer_results(recognizer.name, results or [], seen)
