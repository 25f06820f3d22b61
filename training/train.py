"""Train the 5.2(1) opinion classifier: cross-validate the candidates on the training split, keep the best by
F2, fit it on the whole training split, evaluate once on the fixed test split, save it with its card."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, confusion_matrix, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

from detector.opinion_model import LABELS, OPINION, opinion_scores
from training.card import build_card, write_card
from training.opinion import CANDIDATES, build_pipeline, save_model

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_TRAIN = DATA_DIR / "opinions-v2.jsonl"  # opinions-v1.jsonl + opinions-released-tune.jsonl
DEFAULT_TEST = DATA_DIR / "opinions-v1-test.jsonl"


class DataError(ValueError):
    """A dataset file that is missing or has a malformed line."""


@dataclass(frozen=True)
class Example:
    """One labelled passage; examples with the same ``group`` stay in the same cross-validation fold."""

    text: str
    label: str
    group: str = ""
    id: str = ""
    source: str = ""


def load_examples(path: Path) -> list[Example]:
    """Read a JSONL dataset (``text`` and ``label`` required; ``group``, ``id``, ``source`` optional)."""
    if not path.is_file():
        raise DataError(f"dataset not found: {path}")
    examples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError(f"{path}:{number}: invalid JSON ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
                raise DataError(f"{path}:{number}: expected an object with a non-empty string 'text'")
            if record.get("label") not in LABELS:
                raise DataError(f"{path}:{number}: label must be one of {', '.join(LABELS)}")
            examples.append(Example(text=record["text"], label=record["label"], group=str(record.get("group", "")),
                                    id=str(record.get("id", "")), source=str(record.get("source", ""))))
    if not examples:
        raise DataError(f"{path}: no examples")
    return examples


def write_examples(examples: list[Example], path: Path) -> Path:
    """Write examples as JSONL (the format :func:`load_examples` reads)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for example in examples:
            handle.write(json.dumps(asdict(example), ensure_ascii=False) + "\n")
    return path


@dataclass(frozen=True)
class Metrics:
    """Scores for the ``opinion`` class at ``threshold``; ``confusion`` is [[tn, fp], [fn, tp]]."""

    threshold: float
    precision: float
    recall: float
    f1: float
    f2: float
    average_precision: float
    confusion: list[list[int]]
    support: int

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def compute_metrics(labels: list[str], scores: list[float], threshold: float = 0.5) -> Metrics:
    """Precision, recall, F1, F2, average precision and the confusion matrix for ``opinion``."""
    truth = np.array([label == OPINION for label in labels])
    predicted = np.array(scores) >= threshold
    precision, recall, f1, _ = precision_recall_fscore_support(
        truth, predicted, average="binary", zero_division=0.0
    )
    _, _, f2, _ = precision_recall_fscore_support(truth, predicted, beta=2.0, average="binary", zero_division=0.0)
    matrix = confusion_matrix(truth, predicted, labels=[False, True])
    average_precision = float(average_precision_score(truth, scores)) if truth.any() else 0.0
    return Metrics(threshold, float(precision), float(recall), float(f1), float(f2), average_precision,
                   matrix.tolist(), len(labels))


def fit(examples: list[Example], candidate: str = "logreg", seed: int = 0) -> Pipeline:
    """A fresh pipeline of ``candidate`` fitted on ``examples``."""
    return build_pipeline(candidate, seed).fit([e.text for e in examples], [e.label for e in examples])


def evaluate(model: Pipeline, examples: list[Example], threshold: float = 0.5) -> Metrics:
    """Metrics of ``model`` on ``examples``."""
    return compute_metrics([e.label for e in examples], opinion_scores(model, [e.text for e in examples]), threshold)


@dataclass(frozen=True)
class CandidateResult:
    """Cross-validation of one candidate: metrics over all out-of-fold predictions, and F2 per fold."""

    name: str
    description: str
    metrics: Metrics
    fold_f2: list[float]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, **self.metrics.to_dict(),
                "fold_f2": [round(f, 4) for f in self.fold_f2]}


def cross_validate(
    examples: list[Example], candidates: list[str], *, folds: int = 5, seed: int = 0, threshold: float = 0.5
) -> list[CandidateResult]:
    """Grouped k-fold cross-validation of each candidate on ``examples`` (never the test split)."""
    groups = [e.group or e.id or e.text for e in examples]
    n_splits = min(folds, len(set(groups)))
    if n_splits < 2:
        raise DataError("cross-validation needs at least two groups of examples")
    splits = list(GroupKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(examples, groups=groups))
    labels = [e.label for e in examples]
    results = []
    for name in candidates:
        scores = np.zeros(len(examples))
        fold_f2 = []
        for train_index, test_index in splits:
            model = fit([examples[i] for i in train_index], name, seed)
            fold_scores = opinion_scores(model, [examples[i].text for i in test_index])
            scores[test_index] = fold_scores
            fold_f2.append(compute_metrics([labels[i] for i in test_index], fold_scores, threshold).f2)
        results.append(CandidateResult(name, CANDIDATES[name].description,
                                       compute_metrics(labels, scores.tolist(), threshold), fold_f2))
    return results


def select_best(results: list[CandidateResult]) -> CandidateResult:
    """Highest cross-validated F2; ties go to higher recall, then to the earlier candidate."""
    return max(results, key=lambda r: (round(r.metrics.f2, 4), round(r.metrics.recall, 4), -results.index(r)))


@dataclass
class TrainReport:
    """What :func:`train_opinion_model` did."""

    chosen: str
    cross_validation: list[CandidateResult]
    test: Metrics
    model_path: Path
    card_path: Path
    train_count: int
    test_count: int
    model: Pipeline = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"chosen": self.chosen, "cross_validation": [r.to_dict() for r in self.cross_validation],
                "test": self.test.to_dict(), "model": str(self.model_path), "card": str(self.card_path),
                "train_count": self.train_count, "test_count": self.test_count}


def train_opinion_model(
    train_path: Path = DEFAULT_TRAIN,
    test_path: Path = DEFAULT_TEST,
    out: Path = Path("opinion.skops"),
    *,
    candidates: list[str] | None = None,
    folds: int = 5,
    seed: int = 0,
    threshold: float = 0.5,
) -> TrainReport:
    """Select, fit, evaluate and save the opinion model; the card records data hashes and all metrics."""
    names = candidates or list(CANDIDATES)
    unknown = [n for n in names if n not in CANDIDATES]
    if unknown:
        raise ValueError(f"unknown candidate(s) {unknown}; known: {', '.join(CANDIDATES)}")
    train, test = load_examples(train_path), load_examples(test_path)
    results = cross_validate(train, names, folds=folds, seed=seed, threshold=threshold)
    best = select_best(results)
    model = fit(train, best.name, seed)
    test_metrics = evaluate(model, test, threshold)
    save_model(model, out)
    card = build_card(
        name="lakmoes-opinion-5.2(1)", pipeline=model, candidate=best.name,
        data={"train": train_path, "test": test_path},
        metrics={"test": test_metrics.to_dict(), "cross_validation": [r.to_dict() for r in results]},
        extra={"seed": seed, "folds": folds, "threshold": threshold, "selection": "highest cross-validated F2"},
    )
    card_file = write_card(card, out)
    return TrainReport(best.name, results, test_metrics, out, card_file, len(train), len(test), model)
