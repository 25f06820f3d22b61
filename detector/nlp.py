"""Build the one spaCy ``Language`` Lakmoes runs on: the configured model, else an offline blank Dutch one."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import spacy
from spacy.language import Language

logger = logging.getLogger(__name__)

FALLBACK_PIPELINE = "blank:nl"


@dataclass(frozen=True)
class PipelineInfo:
    """What was loaded, for ``lakmoes doctor`` and ``/readyz``."""

    requested: str
    loaded: str
    fallback: bool
    components: tuple[str, ...]
    has_ner: bool


def load_language(model_name: str) -> tuple[Language, PipelineInfo]:
    """Load ``model_name``; if it is not installed, warn once and use ``spacy.blank("nl")`` + sentencizer."""
    try:
        nlp = spacy.load(model_name)
        fallback = False
    except OSError:
        logger.warning(
            "spaCy model %r is not installed; falling back to the offline pipeline %s "
            "(no NER, no lemmas; names come from Lakmoes' own lists). "
            "Install it with: python -m spacy download %s",
            model_name,
            FALLBACK_PIPELINE,
            model_name,
        )
        nlp = spacy.blank("nl")
        fallback = True
    if not nlp.has_pipe("sentencizer") and not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer")
    info = PipelineInfo(
        requested=model_name,
        loaded=FALLBACK_PIPELINE if fallback else f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
        fallback=fallback,
        components=tuple(nlp.pipe_names),
        has_ner=nlp.has_pipe("ner"),
    )
    return nlp, info
