"""Build the one spaCy ``Language`` Lakmoes runs on: the configured model, else an offline blank Dutch one."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import regex
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


MAX_TOKEN_CHARS = 256
_LONG_RUN = regex.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def bound_token_length(text: str, limit: int = MAX_TOKEN_CHARS) -> str:
    """``text`` of the same length in which no whitespace-free run exceeds ``limit`` characters.

    spaCy's tokenizer is quadratic on long runs of punctuation (100,000 ``?`` take minutes); putting a space
    after every ``limit`` characters of such a run keeps every offset and makes tokenizing linear.
    Only the copy given to spaCy is changed: recognizers still read the original text.
    """

    def cut(match: regex.Match[str]) -> str:
        run = match.group(0)
        return " ".join(run[i : i + limit] for i in range(0, len(run) - 1, limit + 1))[: len(run)].ljust(len(run))

    return _LONG_RUN.sub(cut, text)
