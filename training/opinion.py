"""The 5.2(1) opinion classifier: one scikit-learn ``Pipeline`` (features + linear model), its candidates,
and safe persistence with skops (never pickle)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import skops.io as sio
from sklearn.base import ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.svm import LinearSVC

from training.features import OpinionCueFeatures

OPINION = "opinion"
FACT = "fact"
LABELS = (FACT, OPINION)
MODEL_FILE = "opinion.skops"


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


# Types a saved opinion model needs beyond those skops trusts by default, reviewed by hand: our cue transformer
# and the calibration internals of the "svm" candidate. A file with any other unknown type refuses to load.
TRUSTED_TYPES: tuple[str, ...] = (
    "training.features.OpinionCueFeatures",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
)


class ModelLoadError(RuntimeError):
    """A model file that is missing, unreadable, or contains types outside :data:`TRUSTED_TYPES`."""


def default_model_path() -> Path:
    """The model shipped inside the package."""
    return Path(str(resources.files("training.models").joinpath(MODEL_FILE)))


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


def load_model(path: Path | None = None) -> Pipeline:
    """Load a pipeline saved by :func:`save_model`; refuse files with untrusted types."""
    path = path or default_model_path()
    if not path.is_file():
        raise ModelLoadError(f"opinion model not found: {path}")
    try:
        untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
    except Exception as error:  # skops raises many kinds of errors on a corrupt zip
        raise ModelLoadError(f"cannot read opinion model {path}: {error}") from error
    if untrusted:
        raise ModelLoadError(f"opinion model {path} contains untrusted types: {', '.join(sorted(untrusted))}")
    model: Any = sio.load(path, trusted=list(TRUSTED_TYPES))
    if not isinstance(model, Pipeline):
        raise ModelLoadError(f"opinion model {path} is a {type(model).__name__}, expected a Pipeline")
    return model


def opinion_scores(model: Pipeline, texts: list[str]) -> list[float]:
    """Probability of ``opinion`` for each text."""
    if not texts:
        return []
    column = list(model.classes_).index(OPINION)
    return [float(p) for p in model.predict_proba(texts)[:, column]]
