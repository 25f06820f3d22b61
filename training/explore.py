"""Small helpers the notebooks use to look at the dataset, the model's errors and the Woo corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sklearn.pipeline import Pipeline

from detector.opinion_model import opinion_scores
from training.train import Example

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILE = Path("shared/corpus/woo-almere-radicalisering/besluit-en-documenten.md")


def read_records(path: Path) -> list[dict[str, str]]:
    """All fields of a dataset file (topic, register, case, source, …), one dict per line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def table(records: list[dict[str, str]], key: str) -> list[tuple[str, int, int]]:
    """``(value, facts, opinions)`` per value of ``key``, most frequent first; records without ``key`` (the
    released passages have no topic) count under ``"—"``."""
    counts = Counter((record.get(key, "—"), record["label"]) for record in records)
    values = {value for value, _ in counts}
    rows = [(value, counts[(value, "fact")], counts[(value, "opinion")]) for value in values]
    return sorted(rows, key=lambda row: (-(row[1] + row[2]), row[0]))


def errors(model: Pipeline, examples: list[Example], threshold: float = 0.5) -> list[tuple[str, str, float]]:
    """Misclassified examples as ``(label, text, score)``, most confident mistakes first."""
    scores = opinion_scores(model, [e.text for e in examples])
    wrong = [(e.label, e.text, s) for e, s in zip(examples, scores, strict=True)
             if (s >= threshold) != (e.label == "opinion")]
    return sorted(wrong, key=lambda row: -abs(row[2] - threshold))


def find_corpus() -> Path | None:
    """The corpus Markdown in ``shared/`` beside the repository (as in CI), or None when absent."""
    for base in (REPO_ROOT.parent, REPO_ROOT):
        candidate = base / CORPUS_FILE
        if candidate.is_file():
            return candidate
    return None


def lines_with_code(path: Path, code: str = "5.2(1)") -> list[tuple[int, str]]:
    """``(line number, line)`` of corpus lines where reviewers wrote ``code`` (a redaction with that ground)."""
    lines = path.read_text("utf-8").splitlines()
    return [(number, line.strip()) for number, line in enumerate(lines, start=1) if code in line]
