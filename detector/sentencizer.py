"""spaCy's rule-based sentencizer with its sentence starts computed over token arrays, not token by token."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokens import Doc

FACTORY = "array_sentencizer"


class ArraySentencizer(Sentencizer):
    """The same sentence starts as :class:`Sentencizer`, from two token columns instead of a ``Token`` per token.

    spaCy's rule: a sentence starts at the first token, and at every token that is neither punctuation nor one of
    the end characters (``.``, ``!``, ``?`` ...) when an end character came after the last such token.
    """

    def predict(self, docs: Iterable[Doc]) -> list[np.ndarray]:
        """Per doc, whether each token starts a sentence."""
        end_keys = np.array([hash_string(char) for char in self.punct_chars], dtype=np.uint64)
        return [_sentence_starts(doc, end_keys) for doc in docs]

    def set_annotations(self, docs: Iterable[Doc] | Doc, starts: list[np.ndarray]) -> None:
        """Write the starts as spaCy does (1 or -1), keeping a start already set unless ``overwrite``."""
        for doc, doc_starts in zip([docs] if isinstance(docs, Doc) else docs, starts, strict=True):
            if not len(doc):
                continue
            values = np.where(doc_starts, 1, -1).astype(np.int64)
            if not self.overwrite:
                current = doc.to_array([SENT_START]).astype(np.int64)
                values = np.where(current == 0, values, current)
            doc.from_array([SENT_START], values.astype(np.uint64))


def _sentence_starts(doc: Doc, end_keys: np.ndarray) -> np.ndarray:
    if not len(doc):
        return np.zeros(0, dtype=bool)
    columns = doc.to_array([ORTH, IS_PUNCT])
    ends = np.isin(columns[:, 0], end_keys)
    ordinary = ~ends & (columns[:, 1] == 0)
    index = np.arange(len(doc))
    last_end = np.maximum.accumulate(np.where(ends, index, -1))
    last_ordinary = np.maximum.accumulate(np.where(ordinary, index, -1))
    starts = np.empty(len(doc), dtype=bool)
    starts[0] = True
    starts[1:] = ordinary[1:] & (last_end[:-1] > last_ordinary[:-1])  # an end character since the last word
    return starts


@Language.factory(
    FACTORY, assigns=["token.is_sent_start", "doc.sents"], default_config={"punct_chars": None, "overwrite": False}
)
def make_array_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool) -> Sentencizer:
    """The factory ``nlp.add_pipe`` builds :class:`ArraySentencizer` with."""
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite)
