"""The Detector facade: text in, Woo redaction suggestions out."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from detector.context_enhancer import BisectContextEnhancer
from detector.doctype import DOC_TYPES, detect_doc_type
from detector.document import Document, Span, Suggestion
from detector.extract.dates import head_date
from detector.layout import place
from detector.nlp import (
    MemoryZones,
    ParsedChunk,
    PipelineInfo,
    load_language,
    parse_chunks,
    parse_texts,
    warm_tokenizer,
)
from detector.nlp_engine import LakmoesNlpEngine
from detector.normalise import for_detection
from detector.registry import build_registry
from detector.settings import Settings, get_settings
from detector.steps import STEPS, Resources, Step, StepContext
from recognizers.dutch_lexicon import word_forms

logger = logging.getLogger(__name__)
BATCH_SIZE = 32  # texts per spaCy batch (and per memory zone) in :meth:`Detector.analyze_many`


@dataclass(frozen=True)
class Analysis:
    """The result for one text: its document type, the suggestions, and what was found but kept public."""

    doc_type: str
    suggestions: list[Suggestion]
    public: list[Span] = field(default_factory=list)


class Detector:
    """Build once (spaCy pipeline, Presidio engine, steps), then call :meth:`analyze` per document."""

    def __init__(self, settings: Settings | None = None, *, disabled_steps: tuple[str, ...] = ()) -> None:
        self.settings = settings or get_settings()
        self.nlp, self.pipeline = load_language(self.settings.spacy_model)
        resources = Resources(settings=self.settings, nlp=self.nlp)
        self.registry = build_registry(self.settings, resources.profile, self.pipeline)
        self.nlp_engine = LakmoesNlpEngine(self.nlp)
        self._zones = MemoryZones(self.nlp)
        # Presidio fills an empty registry with its English defaults: with no recognizer enabled, run none.
        self.analyzer = (
            AnalyzerEngine(
                registry=self.registry,
                nlp_engine=self.nlp_engine,
                supported_languages=["nl"],
                context_aware_enhancer=BisectContextEnhancer(context_prefix_count=5, context_suffix_count=2),
            )
            if self.registry.recognizers
            else None
        )
        unknown = set(disabled_steps) - set(STEPS)
        if unknown:
            raise ValueError(f"unknown step(s) {sorted(unknown)}; known: {list(STEPS)}")
        self.steps: list[Step] = [
            factory(resources) for name, factory in STEPS.items() if name not in disabled_steps
        ]
        warm_tokenizer(self.nlp, word_forms())  # last: its lexemes stay, and would pin loading's freed memory

    @property
    def recognizer_names(self) -> list[str]:
        """Names of the recognizers registered for ``nl``."""
        return [r.name for r in self.registry.recognizers]

    def reload_models(self) -> list[str]:
        """Reload the model files of the steps that have them (e.g. after retraining); return their names."""
        reloaded = []
        for step in self.steps:
            reload = getattr(step, "reload", None)
            if callable(reload):
                reload()
                reloaded.append(step.name)
        return reloaded

    def info(self) -> dict[str, object]:
        """What is active, for ``lakmoes doctor`` and ``/readyz``."""
        return {
            "pipeline": _pipeline_dict(self.pipeline),
            "recognizers": self.recognizer_names,
            "steps": [step.name for step in self.steps],
            "models": [str(path) for step in self.steps if (path := getattr(step, "model_path", None))],
            "score_threshold": self.settings.score_threshold,
        }

    def analyze_document(self, document: Document, doc_type: str = "auto") -> Analysis:
        """Analyse an extracted :class:`Document` (formats with a layout also get page and box).

        With a layout, a suggestion crossing a page break is split into one suggestion per page.
        """
        analysis = self.run(document.text, doc_type)
        if document.layout is None:
            return analysis
        return replace(analysis, suggestions=place(analysis.suggestions, document.text, document.layout))

    def analyze_documents(self, documents: list[Document], doc_type: str = "auto") -> Iterator[Analysis]:
        """:meth:`analyze_document` for many documents, in order, parsed in batches (:meth:`analyze_many`)."""
        analyses = self.analyze_many((document.text for document in documents), doc_type)
        for document, analysis in zip(documents, analyses, strict=True):
            if document.layout is None:
                yield analysis
            else:
                yield replace(analysis, suggestions=place(analysis.suggestions, document.text, document.layout))

    def analyze(self, text: str, doc_type: str = "auto") -> list[Suggestion]:
        """Suggestions for ``text`` (offsets are ``str`` offsets into it), sorted by position."""
        return self.run(text, doc_type).suggestions

    def run(self, text: str, doc_type: str = "auto") -> Analysis:
        """Like :meth:`analyze`, also returning the document type and the spans kept public."""
        _check_doc_type(doc_type)
        self._zones.enter()
        detected = for_detection(text)  # same offsets; suggestions quote the original
        return self._run(text, detected, doc_type, parse_chunks(self.nlp, detected, self.settings.chunk_size))

    def analyze_many(
        self, texts: Iterable[str], doc_type: str = "auto", batch_size: int = BATCH_SIZE
    ) -> Iterator[Analysis]:
        """:meth:`run` for many texts, in order; spaCy parses them in batches (``nlp.pipe``)."""
        _check_doc_type(doc_type)
        remaining = iter(texts)
        while batch := list(islice(remaining, batch_size)):
            self._zones.enter(len(batch))
            detected = [for_detection(text) for text in batch]
            parsed = parse_texts(self.nlp, detected, self.settings.chunk_size, batch_size)
            yield from [
                self._run(original, text, doc_type, chunks)
                for original, text, chunks in zip(batch, detected, parsed, strict=True)
            ]

    def _run(self, original: str, text: str, doc_type: str, chunks: list[ParsedChunk]) -> Analysis:
        resolved_type = detect_doc_type(text) if doc_type == "auto" else doc_type
        context = StepContext(text=text, doc_type=resolved_type, document_date=head_date(text), chunks=chunks)
        spans = self._recognize(chunks)
        for step in self.steps:
            spans = step(spans, context)
        threshold = self.settings.score_threshold
        suggestions = [_to_suggestion(s, original) for s in spans if s.ground and s.score >= threshold]
        logger.debug("analysed %d chars: %d suggestions, doc_type=%s", len(text), len(suggestions), resolved_type)
        return Analysis(doc_type=resolved_type, suggestions=suggestions, public=context.public)

    def _recognize(self, chunks: list[ParsedChunk]) -> list[Span]:
        """Run Presidio over the parsed chunks (their spaCy analysis handed over) and return document offsets."""
        spans: list[Span] = []
        if self.analyzer is None:
            return spans
        for chunk in chunks:
            artifacts = self.nlp_engine.artifacts(chunk.doc)
            for result in self.analyzer.analyze(text=chunk.text, language="nl", nlp_artifacts=artifacts):
                spans.append(_to_span(result, chunk.text).shifted(chunk.offset))
        return spans


def _check_doc_type(doc_type: str) -> None:
    if doc_type != "auto" and doc_type not in DOC_TYPES:
        raise ValueError(f"unknown doc_type {doc_type!r}; valid: auto, {', '.join(DOC_TYPES)}")


def _to_span(result: RecognizerResult, chunk: str) -> Span:
    """A Presidio result as a :class:`Span`; the recognizer's evidence stays in ``metadata`` for the steps."""
    meta = dict(result.recognition_metadata or {})
    return Span(
        start=result.start,
        end=result.end,
        text=chunk[result.start : result.end],
        entity_type=result.entity_type,
        score=min(max(float(result.score), 0.0), 1.0),
        recognizer=str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown")),
        metadata=meta,
    )


def _to_suggestion(span: Span, text: str) -> Suggestion:
    assert span.ground is not None and span.explanation is not None
    return Suggestion(
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        entity_type=span.entity_type,
        ground=span.ground,
        score=span.score,
        explanation=span.explanation,
        recognizer=span.recognizer,
        grounds=(span.ground, *span.extra_grounds),
    )


def _pipeline_dict(info: PipelineInfo) -> dict[str, object]:
    return {
        "requested": info.requested,
        "loaded": info.loaded,
        "fallback": info.fallback,
        "components": list(info.components),
        "ner": info.has_ner,
    }
