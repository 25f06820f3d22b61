"""Presidio's NLP engine over our already-built spaCy ``Language`` (never ``spacy.load`` per request).

:meth:`LakmoesNlpEngine.artifacts` turns a parsed ``Doc`` into Presidio's ``NlpArtifacts`` in a few array
operations instead of three walks that create a Python ``Token`` object per token, so the Detector parses each
chunk once and hands the artifacts to ``AnalyzerEngine.analyze(..., nlp_artifacts=...)``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, repeat

import numpy as np
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from detector.context_enhancer import TokenStarts
from detector.nlp import bound_token_length

# nl_core_news_* labels to Presidio entities; the blank pipeline has no NER and yields none.
_NER_CONFIG = NerModelConfiguration(
    model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION"},
    labels_to_ignore=["GPE", "LOC", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME", "MISC"],
    low_score_entity_names=[],
    default_score=0.85,
)
_NOT_KEYWORDS = frozenset({"-PRON-", "be"})
_KEYWORD_CACHE = 16_384  # lemmas


class LakmoesNlpEngine(SpacyNlpEngine):
    """A :class:`SpacyNlpEngine` that wraps a given ``Language`` for language ``nl``."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(
            models=[{"lang_code": "nl", "model_name": nlp.meta.get("name") or "blank"}],
            ner_model_configuration=_NER_CONFIG,
        )
        self.nlp = {"nl": nlp}
        # The keywords of the most recent lemmas: most words recur from document to document.
        self._lemma_keywords = lru_cache(maxsize=_KEYWORD_CACHE)(self._keywords_of)

    def load(self) -> None:
        """Nothing to load: the pipeline was built by :func:`detector.nlp.load_language`."""

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Run the pipeline on a same-length copy whose long whitespace-free runs are cut (offsets unchanged)."""
        return self.artifacts(self.nlp[language](bound_token_length(text)), language)

    def artifacts(self, doc: Doc, language: str = "nl") -> NlpArtifacts:
        """Presidio's artefacts for a parsed ``doc``, as :class:`SpacyNlpEngine` builds them, with two changes.

        A token without a lemma (blank pipeline) gets its lowercase text as lemma, and ``keywords`` (the lemmas
        the context enhancer may count as context words) is a set: Presidio tests membership in it per step.
        """
        columns = doc.to_array([IDX, LENGTH, LEMMA, LOWER])
        starts = columns[:, 0]
        # One string per distinct lemma (lowercase text where there is none), spread over the tokens by numpy.
        keys, where = np.unique(np.where(columns[:, 2] != 0, columns[:, 2], columns[:, 3]), return_inverse=True)
        strings = doc.vocab.strings
        names = [strings[key] for key in keys.tolist()]
        lemmas = np.array(names, dtype=object)[where].tolist()
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=TokenStarts(starts.tolist(), (starts + columns[:, 1]).tolist()),
            lemmas=lemmas,
            nlp_engine=None,  # Presidio would compute the keywords here, with a vocabulary lookup per token
            language=language,
            scores=scores,
        )
        artifacts.nlp_engine = self
        artifacts.keywords = self._keywords(set(names), language)  # type: ignore[assignment]
        return artifacts

    def _keywords(self, lemmas: set[str], language: str) -> frozenset[str]:
        """Presidio's keyword filter (no stop words, no punctuation, split at ``:``), once per distinct lemma."""
        return frozenset(chain.from_iterable(map(self._lemma_keywords, lemmas, repeat(language))))

    def _keywords_of(self, lemma: str, language: str) -> tuple[str, ...]:
        """The keywords one lemma gives: none for a stop word or punctuation (a property of the word alone)."""
        if lemma in _NOT_KEYWORDS or self.is_stopword(lemma, language) or self.is_punct(lemma, language):
            return ()
        return tuple(lemma.lower().split(":"))
