"""Presidio's NLP engine over our already-built spaCy ``Language`` (never ``spacy.load`` per request)."""

from __future__ import annotations

from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language

from detector.context_enhancer import TokenStarts
from detector.nlp import bound_token_length

# nl_core_news_* labels to Presidio entities; the blank pipeline has no NER and yields none.
_NER_CONFIG = NerModelConfiguration(
    model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION"},
    labels_to_ignore=["GPE", "LOC", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME", "MISC"],
    low_score_entity_names=[],
    default_score=0.85,
)


class LakmoesNlpEngine(SpacyNlpEngine):
    """A :class:`SpacyNlpEngine` that wraps a given ``Language`` for language ``nl``."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(
            models=[{"lang_code": "nl", "model_name": nlp.meta.get("name") or "blank"}],
            ner_model_configuration=_NER_CONFIG,
        )
        self.nlp = {"nl": nlp}

    def load(self) -> None:
        """Nothing to load: the pipeline was built by :func:`detector.nlp.load_language`."""

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Run the pipeline on a same-length copy whose long whitespace-free runs are cut (offsets unchanged)."""
        return self._doc_to_nlp_artifact(self.nlp[language](bound_token_length(text)), language)

    def _doc_to_nlp_artifact(self, doc, language: str):  # type: ignore[no-untyped-def]
        """As Presidio's, but a token without a lemma (blank pipeline) gets its lowercase text as lemma."""
        artifacts = super()._doc_to_nlp_artifact(doc, language)
        artifacts.lemmas = [lemma or token.lower_ for lemma, token in zip(artifacts.lemmas, doc, strict=True)]
        artifacts.tokens_indices = TokenStarts(artifacts.tokens_indices, [t.idx + len(t) for t in doc])
        # The keywords the context enhancer matches were computed from the empty lemmas: recompute them.
        artifacts.keywords = artifacts.set_keywords(self, artifacts.lemmas, language)
        return artifacts
