"""Training side of the 5.2(1) opinion classifier: one scikit-learn ``Pipeline`` (features + linear model), its
candidates, and saving with skops (never pickle). Loading and scoring live in :mod:`detector.opinion_model`."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import skops.io as sio
from sklearn.base import ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.svm import LinearSVC

from detector.opinion_features import OpinionCueFeatures


def build_features() -> FeatureUnion:
    """Word 1–2-grams, character 2–5-grams within words, and the hand-made cues (scaled to 0..1)."""
    return FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                     max_features=20_000)),
            ("cues", Pipeline([("count", OpinionCueFeatures()), ("scale", MaxAbsScaler())])),
        ]
    )


@dataclass(frozen=True)
class Candidate:
    """A named classifier for the last pipeline step; ``make(seed)`` builds a fresh one."""

    name: str
    make: Callable[[int], ClassifierMixin]
    description: str


CANDIDATES: dict[str, Candidate] = {
    c.name: c
    for c in (
        Candidate("logreg", lambda seed: LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000,
                                                            random_state=seed),
                  "LogisticRegression(C=4, balanced)"),
        Candidate("svm", lambda seed: CalibratedClassifierCV(
            LinearSVC(C=0.5, class_weight="balanced", random_state=seed), method="sigmoid", cv=3),
                  "LinearSVC(C=0.5) + sigmoid calibration (3-fold)"),
        Candidate("cnb", lambda seed: CalibratedClassifierCV(ComplementNB(alpha=0.3), method="sigmoid", cv=3),
                  "ComplementNB(alpha=0.3) + sigmoid calibration (3-fold)"),
    )
}


def build_pipeline(candidate: str = "logreg", seed: int = 0) -> Pipeline:
    """A fresh, unfitted pipeline with the named classifier."""
    if candidate not in CANDIDATES:
        raise ValueError(f"unknown candidate {candidate!r}; known: {', '.join(CANDIDATES)}")
    return Pipeline([("features", build_features()), ("clf", CANDIDATES[candidate].make(seed))])


def save_model(pipeline: Pipeline, path: Path) -> Path:
    """Write ``pipeline`` to ``path`` with skops (deflate-compressed); the parent folder is created.

    Vocabulary indices are turned from numpy into Python ints first (same behaviour, a tenth of the size).
    """
    for _, transformer in pipeline.named_steps["features"].transformer_list:
        if hasattr(transformer, "vocabulary_"):
            transformer.vocabulary_ = {term: int(index) for term, index in transformer.vocabulary_.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(pipeline, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    return path
