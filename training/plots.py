"""Figures for the opinion classifier (precision–recall curve, confusion matrix, label counts).

Built on matplotlib's object API (no pyplot state, no backend choice); matplotlib is a development
dependency, so it is imported only when a figure is asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve

from detector.opinion_model import OPINION

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _figure(width: float = 5.0, height: float = 4.0) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise RuntimeError("figures need matplotlib: pip install 'lakmoes[dev]'") from None
    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def pr_curve_figure(labels: list[str], scores: list[float], threshold: float = 0.5, title: str = "") -> Figure:
    """Precision against recall for ``opinion``, with the operating point at ``threshold`` marked."""
    truth = np.array([label == OPINION for label in labels])
    precision, recall, thresholds = precision_recall_curve(truth, scores)
    figure = _figure()
    axes = figure.add_subplot()
    axes.step(recall, precision, where="post", label=f"AP = {average_precision_score(truth, scores):.3f}")
    predicted = np.array(scores) >= threshold
    tp = int((predicted & truth).sum())
    point = (tp / max(int(truth.sum()), 1), tp / max(int(predicted.sum()), 1))
    axes.plot(*point, "o", color="tab:red", label=f"drempel {threshold:.2f}")
    axes.set(xlabel="recall (opinie)", ylabel="precisie (opinie)", xlim=(0, 1.02), ylim=(0, 1.02),
             title=title or "Precisie–recall, 5.2(1)-classifier")
    axes.grid(alpha=0.3)
    axes.legend(loc="lower left")
    return figure


def confusion_figure(confusion: list[list[int]], title: str = "") -> Figure:
    """The 2×2 confusion matrix ([[tn, fp], [fn, tp]]) with counts in the cells."""
    figure = _figure(4.0, 3.5)
    axes = figure.add_subplot()
    matrix = np.array(confusion)
    axes.imshow(matrix, cmap="Blues")
    for (row, column), count in np.ndenumerate(matrix):
        axes.text(column, row, str(count), ha="center", va="center",
                  color="white" if count > matrix.max() / 2 else "black")
    axes.set(xticks=[0, 1], yticks=[0, 1], xticklabels=["feit", "opinie"], yticklabels=["feit", "opinie"],
             xlabel="voorspeld", ylabel="werkelijk", title=title or "Verwarringsmatrix")
    return figure


def counts_figure(rows: list[tuple[str, int, int]], title: str = "") -> Figure:
    """Stacked bars from ``(value, facts, opinions)`` rows (see :func:`training.explore.table`)."""
    figure = _figure(8.0, 4.0)
    axes = figure.add_subplot()
    values = [value for value, _, _ in rows]
    facts = [facts for _, facts, _ in rows]
    axes.bar(values, facts, label="feit")
    axes.bar(values, [opinions for _, _, opinions in rows], bottom=facts, label="opinie")
    axes.set(ylabel="aantal", title=title)
    axes.tick_params(axis="x", labelrotation=60)
    axes.legend()
    return figure


def save_figure(figure: Figure, path: Path) -> Path:
    """Write ``figure`` as PNG (folders are created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
    return path
