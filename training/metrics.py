"""Span-level scores of predictions against gold: recall by coverage, precision on released text, grounds.

* A gold span counts as **found** when the predictions together cover at least ``min_coverage`` (50 %) of it.
* A prediction is a **false positive** when it overlaps no gold span and no ignore region (it would black out
  released text). Predictions that only touch ignore regions are scored neither way.
* Rows per kind, per ground, per body, per document type and per body and kind count the same way.
* **Ground accuracy** is over found spans: the ground of the prediction that overlaps the gold span most must
  be one of the gold span's grounds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from training.gold_format import GoldDoc, GoldSpan

CONTEXT_CHARS = 60
MIN_COVERAGE = 0.5
UNKNOWN = "(onbekend)"  # body or document type a gold document does not name
_FLAT = str.maketrans("\n\t", "  ")


@dataclass(frozen=True)
class Prediction:
    """A proposed redaction, from Lakmoes or from another system mapped to Lakmoes kinds and grounds."""

    start: int
    end: int
    kind: str
    ground: str | None
    source: str = ""  # recognizer or system label, shown in the error lists

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid prediction offsets {self.start}..{self.end}")


@dataclass
class Counts:
    """Raw counts behind one row of figures."""

    gold: int = 0
    found: int = 0
    ground_correct: int = 0
    predicted: int = 0  # predictions that are scored (not only on ignore regions)
    false_positives: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.ground_correct += other.ground_correct
        self.predicted += other.predicted
        self.false_positives += other.false_positives

    def figures(self) -> dict[str, Any]:
        """Counts plus recall, precision, F1, F2 and ground accuracy (None where undefined)."""
        recall = _ratio(self.found, self.gold)
        precision = _ratio(self.predicted - self.false_positives, self.predicted)
        return {
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "false_positives": self.false_positives,
            "recall": recall,
            "precision": precision,
            "f1": f_beta(precision, recall, 1.0),
            "f2": f_beta(precision, recall, 2.0),
            "ground_accuracy": _ratio(self.ground_correct, self.found),
        }


@dataclass
class Evaluation:
    """Everything :func:`evaluate` measured, ready for the JSON and HTML reports."""

    total: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_ground: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_body: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_doc_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_body_kind: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counts)))
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    ignored_predictions: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary, per kind, per ground, confusion table and error lists."""
        return {
            "summary": {
                **self.total.figures(),
                "documents": self.documents,
                "ignored_predictions": self.ignored_predictions,
            },
            "by_kind": {k: self.by_kind[k].figures() for k in sorted(self.by_kind)},
            "by_ground": {g: self.by_ground[g].figures() for g in sorted(self.by_ground)},
            "by_body": {b: self.by_body[b].figures() for b in sorted(self.by_body)},
            "by_doc_type": {t: self.by_doc_type[t].figures() for t in sorted(self.by_doc_type)},
            "by_body_kind": {
                b: {k: kinds[k].figures() for k in sorted(kinds)} for b, kinds in sorted(self.by_body_kind.items())
            },
            "confusion": {g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())},
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


def f_beta(precision: float | None, recall: float | None, beta: float) -> float | None:
    """F-beta; None when precision or recall is undefined, 0.0 when both are zero."""
    if precision is None or recall is None:
        return None
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def evaluate(
    docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Prediction]], min_coverage: float = MIN_COVERAGE
) -> Evaluation:
    """Score ``predictions[i]`` against ``docs[i]`` for every document."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} gold documents but {len(predictions)} prediction lists")
    result = Evaluation(documents=len(docs))
    for doc, preds in zip(docs, predictions, strict=True):
        _score_doc(doc, list(preds), result, min_coverage)
    return result


def _score_doc(doc: GoldDoc, preds: list[Prediction], result: Evaluation, min_coverage: float) -> None:
    scored, ignored = doc.scored, doc.ignored
    body, doc_type = doc.body or UNKNOWN, doc.doc_type or UNKNOWN
    doc_rows = (result.total, result.by_body[body], result.by_doc_type[doc_type])
    for span in scored:
        overlapping = [p for p in preds if p.start < span.end and span.start < p.end]
        coverage = _covered(span, overlapping) / (span.end - span.start)
        found = coverage >= min_coverage
        best = max(overlapping, key=lambda p: (_overlap(p, span), -p.start), default=None)
        correct = found and best is not None and best.ground in span.grounds
        kind = span.kind or "?"
        rows = [*doc_rows, result.by_kind[kind], result.by_body_kind[body][kind]]
        rows += [result.by_ground[g] for g in span.grounds]
        for row in rows:
            row.gold += 1
            row.found += found
            row.ground_correct += correct
        if found and best is not None:
            gold_ground = best.ground if correct else span.grounds[0]
            result.confusion[gold_ground or "?"][best.ground or "(geen)"] += 1
        else:
            result.misses.append(_miss(doc, span, coverage, best))
    for pred in preds:
        on_gold = any(pred.start < s.end and s.start < pred.end for s in scored)
        on_ignore = any(pred.start < s.end and s.start < pred.end for s in ignored)
        if not on_gold and on_ignore:
            result.ignored_predictions += 1
            continue
        kind_rows = (result.by_kind[pred.kind], result.by_body_kind[body][pred.kind])
        for row in (*doc_rows, *kind_rows, result.by_ground[pred.ground or "(geen)"]):
            row.predicted += 1
            row.false_positives += not on_gold
        if not on_gold:
            result.false_positives.append(_false_positive(doc, pred))


def _overlap(pred: Prediction, span: GoldSpan) -> int:
    return max(0, min(pred.end, span.end) - max(pred.start, span.start))


def _covered(span: GoldSpan, preds: Iterable[Prediction]) -> int:
    """Characters of ``span`` covered by the union of ``preds``."""
    intervals = sorted((max(p.start, span.start), min(p.end, span.end)) for p in preds)
    covered, reach = 0, span.start
    for start, end in intervals:
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return covered


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> dict[str, str]:
    """The span with ``chars`` characters either side (newlines and tabs shown as spaces)."""
    return {
        "before": text[max(0, start - chars) : start].translate(_FLAT),
        "text": text[start:end].translate(_FLAT),
        "after": text[end : end + chars].translate(_FLAT),
    }


def _miss(doc: GoldDoc, span: GoldSpan, coverage: float, best: Prediction | None) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "body": doc.body,
        "start": span.start,
        "end": span.end,
        "kind": span.kind,
        "grounds": list(span.grounds),
        "coverage": round(coverage, 3),
        "nearest_prediction": None if best is None else {"kind": best.kind, "ground": best.ground},
        **context(doc.text, span.start, span.end),
    }


def _false_positive(doc: GoldDoc, pred: Prediction) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "body": doc.body,
        "start": pred.start,
        "end": pred.end,
        "kind": pred.kind,
        "ground": pred.ground,
        "source": pred.source,
        **context(doc.text, pred.start, pred.end),
    }
