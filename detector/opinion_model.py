"""Serving side of the 5.2(1) opinion classifier: load a saved pipeline safely (skops, reviewed trusted types)
and score passages. Training lives in :mod:`training.opinion`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import skops.io as sio
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.pipeline import Pipeline
from skops.io.exceptions import UntrustedTypesFoundException

OPINION = "opinion"
FACT = "fact"
LABELS = (FACT, OPINION)
MODEL_FILE = "opinion.skops"


# Types a saved opinion model needs beyond those skops trusts by default, reviewed by hand: our cue transformer
# and the calibration internals of the "svm" candidate. A file with any other unknown type refuses to load.
TRUSTED_TYPES: tuple[str, ...] = (
    "detector.opinion_features.OpinionCueFeatures",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
)


class ModelLoadError(RuntimeError):
    """A model file that is missing, unreadable, or contains types outside :data:`TRUSTED_TYPES`."""


def default_model_path() -> Path:
    """The model shipped inside the package."""
    return Path(str(resources.files("detector.models").joinpath(MODEL_FILE)))


def load_model(path: Path | None = None) -> Pipeline:
    """Load a pipeline saved by :func:`save_model`; refuse files with untrusted types."""
    path = path or default_model_path()
    if not path.is_file():
        raise ModelLoadError(f"opinion model not found: {path}")
    # One parse of the file: skops audits the types before it constructs anything. A separate
    # get_untrusted_types() parsed it twice and raised a worker's peak memory by about 40 MiB.
    try:
        model: Any = sio.load(path, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException:
        untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
        raise ModelLoadError(f"opinion model {path} contains untrusted types: {', '.join(sorted(untrusted))}") from None
    except Exception as error:  # skops raises many kinds of errors on a corrupt zip
        raise ModelLoadError(f"cannot read opinion model {path}: {error}") from error
    if not isinstance(model, Pipeline):
        raise ModelLoadError(f"opinion model {path} is a {type(model).__name__}, expected a Pipeline")
    return model


def opinion_scores(model: Pipeline, texts: list[str]) -> list[float]:
    """Probability of ``opinion`` for each text."""
    if not texts:
        return []
    column = list(model.classes_).index(OPINION)
    return [float(p) for p in model.predict_proba(texts)[:, column]]


_CACHED_WORDS = 20_000  # words whose n-gram columns a vectorizer keeps (a few MiB); the cache starts afresh when full


def cache_char_ngrams(model: Pipeline) -> Pipeline:
    """``model`` with each character n-gram vectorizer (``analyzer="char_wb"``) counting a passage's n-grams from
    the vocabulary columns of its words, remembered per word. Same counts: ``char_wb`` n-grams never cross a space,
    so a passage's counts are the sum of its words' counts, and n-grams outside the vocabulary are dropped anyway.
    Words recur across passages and documents, so most are looked up instead of cut into n-grams again, and the
    counting runs in :class:`collections.Counter` instead of scikit-learn's loop over every n-gram."""
    for _, step in model.steps:
        for vectorizer in [step, *(part for _, part in getattr(step, "transformer_list", []))]:
            if isinstance(vectorizer, CountVectorizer) and _plain_char_wb(vectorizer):
                vectorizer._count_vocab = _word_cached_counts(vectorizer)  # type: ignore[method-assign]
    return model


def _plain_char_wb(vectorizer: CountVectorizer) -> bool:
    """A fitted ``char_wb`` vectorizer reading strings, with no callable of its own in the way."""
    return (
        vectorizer.analyzer == "char_wb"
        and vectorizer.input == "content"
        and vectorizer.preprocessor is None
        and vectorizer.strip_accents is None
        and hasattr(vectorizer, "vocabulary_")
    )


CountMatrix = Callable[[Iterable[str], bool], tuple[dict[str, int], Any]]


def _word_cached_counts(vectorizer: CountVectorizer) -> CountMatrix:
    """A stand-in for the vectorizer's ``_count_vocab`` when it transforms (``fixed_vocab``): the same sparse count
    matrix, of the same container type, with sorted column indices; fitting still goes to scikit-learn's own."""
    own = type(vectorizer)._count_vocab
    container = type(own(vectorizer, [], True)[1])  # csr_matrix or csr_array, as this scikit-learn makes it
    preprocess = vectorizer.build_preprocessor()
    vocabulary = vectorizer.vocabulary_
    per_word: dict[str, tuple[int, ...]] = {}

    def columns(word: str) -> tuple[int, ...]:
        found = per_word.get(word)
        if found is None:
            if len(per_word) >= _CACHED_WORDS:
                per_word.clear()
            ngrams = vectorizer._char_wb_ngrams(word)
            found = per_word[word] = tuple(vocabulary[g] for g in ngrams if g in vocabulary)
        return found

    def count_vocab(raw_documents: Iterable[str], fixed_vocab: bool) -> tuple[dict[str, int], Any]:
        if not fixed_vocab:
            return own(vectorizer, raw_documents, fixed_vocab)
        rows = [
            Counter(chain.from_iterable(map(columns, preprocess(vectorizer.decode(document)).split())))
            for document in raw_documents
        ]
        indptr = np.cumsum([0, *map(len, rows)], dtype=np.int32)
        indices = np.fromiter(chain.from_iterable(rows), dtype=np.int32, count=indptr[-1])
        values = np.fromiter(chain.from_iterable(row.values() for row in rows), dtype=np.intc, count=indptr[-1])
        matrix = container((values, indices, indptr), shape=(len(rows), len(vocabulary)), dtype=vectorizer.dtype)
        matrix.sort_indices()
        return vocabulary, matrix

    return count_vocab
