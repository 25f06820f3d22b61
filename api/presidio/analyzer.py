"""Presidio's ``/analyze`` semantics over Lakmoes' suggestions.

The Detector's suggestions for a text become the results of one recognizer inside a Presidio
``AnalyzerEngine``, next to the request's ad-hoc recognizers. Presidio's own engine then applies
``entities``, ``score_threshold``, ``context``, ``allow_list``/``allow_list_match``/``regex_flags`` and
``return_decision_process``, so they mean exactly what they mean in Presidio. Lakmoes' scores are final:
context words never raise them again.
"""

from __future__ import annotations

import json
from functools import lru_cache

import spacy
from presidio_analyzer import (
    AnalysisExplanation,
    AnalyzerEngine,
    AnalyzerRequest,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from api.presidio.mapping import presidio_name, supported_entities
from detector.context_enhancer import BisectContextEnhancer
from detector.document import Suggestion
from detector.nlp_engine import LakmoesNlpEngine

LANGUAGE = "nl"
RECOGNIZER = "LakmoesRecognizer"


class SuggestionsRecognizer(EntityRecognizer):
    """A Presidio recognizer that returns the Lakmoes suggestions already found for one text."""

    def __init__(self, suggestions: list[Suggestion]) -> None:
        super().__init__(supported_entities=supported_entities(), name=RECOGNIZER, supported_language=LANGUAGE)
        self.results = [self._result(s) for s in suggestions]

    def load(self) -> None:
        """Nothing to load: the Detector has run."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list:
        """The suggestions whose Presidio entity name was asked for."""
        return [r for r in self.results if r.entity_type in entities]

    def _result(self, suggestion: Suggestion) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=suggestion.recognizer,
            original_score=suggestion.score,
            textual_explanation=suggestion.explanation,
        )
        # Presidio serialises an explanation's attributes as they are: these keys travel with it.
        explanation.woo_ground = suggestion.ground
        explanation.woo_grounds = list(suggestion.grounds)
        explanation.lakmoes_entity_type = suggestion.entity_type
        return RecognizerResult(
            entity_type=presidio_name(suggestion.entity_type),
            start=suggestion.start,
            end=suggestion.end,
            score=suggestion.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: suggestion.recognizer,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )


@lru_cache(maxsize=1)
def _nlp_engine(max_length: int) -> LakmoesNlpEngine:
    """A tokenizer-only Dutch pipeline: ad-hoc recognizers need tokens and lemmas for their context words."""
    nlp = spacy.blank(LANGUAGE)
    nlp.max_length = max(max_length, nlp.max_length)
    return LakmoesNlpEngine(nlp)


def presidio_results(
    text: str, suggestions: list[Suggestion], request: AnalyzerRequest, *, max_length: int
) -> list[RecognizerResult]:
    """The answer Presidio's ``AnalyzerEngine.analyze`` gives for ``request`` on ``text``, sorted by position.

    Raises ``ValueError`` (and ``re``/``regex`` errors) for requests Presidio would refuse.
    """
    nlp_engine = _nlp_engine(max_length)
    engine = AnalyzerEngine(
        registry=RecognizerRegistry([SuggestionsRecognizer(suggestions)], supported_languages=[LANGUAGE]),
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=BisectContextEnhancer(),
    )
    # Only ad-hoc recognizers look at tokens: skip tokenising the text otherwise.
    artifacts = None if request.ad_hoc_recognizers else _no_artifacts(nlp_engine)
    results = engine.analyze(
        text=text,
        language=LANGUAGE,
        entities=request.entities,
        correlation_id=request.correlation_id,
        score_threshold=request.score_threshold,
        return_decision_process=request.return_decision_process,
        ad_hoc_recognizers=request.ad_hoc_recognizers,
        context=request.context,
        allow_list=request.allow_list,
        allow_list_match=request.allow_list_match,
        regex_flags=request.regex_flags,
        nlp_artifacts=artifacts,
    )
    return sorted(results, key=lambda r: (r.start, r.end, r.entity_type))


def _no_artifacts(nlp_engine: LakmoesNlpEngine) -> NlpArtifacts:
    """Empty NLP artifacts, for a request in which no recognizer reads tokens."""
    tokens = Doc(nlp_engine.nlp[LANGUAGE].vocab)
    return NlpArtifacts(entities=[], tokens=tokens, tokens_indices=[], lemmas=[], nlp_engine=None, language=LANGUAGE)


def to_json(results: list[list[RecognizerResult]], *, batch: bool) -> str:
    """The response body as Presidio's server writes it: its ``to_dict`` without ``recognition_metadata``."""

    def as_dict(result: RecognizerResult) -> dict[str, object]:
        data = dict(result.to_dict())
        data.pop("recognition_metadata", None)
        return data

    body = [[as_dict(r) for r in per_text] for per_text in results]
    return json.dumps(body if batch else body[0], default=lambda o: o.to_dict(), sort_keys=True)
