"""Precision on released text: how many suggestions Lakmoes makes on text that a body chose to publish.

Everything still readable in a released document was published, so (almost) every suggestion on it is one a
reviewer has to reject. The rate per 1,000 words is what a reviewer feels. Codes printed in black boxes
(``5.1.2e``, ``art. 10 lid 2 sub e Wob``, ``5.1(2)e``) are removed before the analysis: they stand where the
redacted value was, not for released text. Quoted codes (an inventory row, a decision's reasoning) stay.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from detector.document import Suggestion
from training.gold_markers import find_runs
from training.gold_uwv import normalise_markers, read_released
from training.metrics import context

SUFFIXES = (".md", ".txt")
PER_WORDS = 1000


class Analyser(Protocol):
    """What this module needs of the Detector: the resolved document type and the suggestions."""

    def run(self, text: str, doc_type: str = "auto") -> Any: ...


@dataclass(frozen=True)
class ReleasedDoc:
    """A released text ready for analysis, with the number of printed codes taken out."""

    path: str
    publication: str
    text: str
    codes_removed: int


def collect(folder: Path, limit: int | None = None) -> list[Path]:
    """The text files under ``folder`` (sorted); with ``limit``, that many spread evenly over the list."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if limit is None or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def prepare(path: Path, root: Path) -> ReleasedDoc:
    """Read one released file: front matter stripped, printed in-box codes removed."""
    rel = path.relative_to(root).as_posix()
    released = read_released(path.read_text(encoding="utf-8", errors="replace"), rel)
    text, removed = strip_codes(released.text)
    return ReleasedDoc(path=rel, publication=released.publication, text=text, codes_removed=removed)


def strip_codes(text: str) -> tuple[str, int]:
    """``text`` without the ground codes printed where a value was redacted, and how many were removed."""
    normalised, _ = normalise_markers(text)
    out: list[str] = []
    removed = 0
    previous = ""
    for line in normalised.split("\n"):
        runs = [r for r in find_runs(line, previous) if not r.quoted]
        for run in reversed(runs):
            line = line[: run.start] + line[run.end :]
        removed += len(runs)
        out.append(line)
        if line.strip():
            previous = line
    return "\n".join(out), removed


def measure(
    detector: Analyser, docs: Sequence[ReleasedDoc], examples: int = 3
) -> dict[str, Any]:
    """Suggestions per 1,000 words in total, per entity type and per document type, with examples; and the
    count per document (``documents``), so that any subset (e.g. publications a model never saw) can be rated."""
    started = time.perf_counter()
    words = 0
    by_kind: Counter[str] = Counter()
    by_ground: Counter[str] = Counter()
    type_docs: Counter[str] = Counter()
    type_words: Counter[str] = Counter()
    type_hits: Counter[str] = Counter()
    samples: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, Any]] = []
    for doc in docs:
        analysis = detector.run(doc.text)
        suggestions: list[Suggestion] = analysis.suggestions
        count = len(doc.text.split())
        words += count
        type_docs[analysis.doc_type] += 1
        type_words[analysis.doc_type] += count
        type_hits[analysis.doc_type] += len(suggestions)
        rows.append({"document": doc.path, "publication": doc.publication, "doc_type": analysis.doc_type,
                     "words": count, "suggestions": len(suggestions)})  # fmt: skip
        for s in suggestions:
            by_kind[s.entity_type] += 1
            by_ground[s.ground or "(geen)"] += 1
            key = (s.entity_type, s.text.lower())
            if len(samples[s.entity_type]) < examples and key not in seen:
                seen.add(key)
                samples[s.entity_type].append(
                    {"document": doc.path, "doc_type": analysis.doc_type, "ground": s.ground,
                     "recognizer": s.recognizer, **context(doc.text, s.start, s.end)}
                )  # fmt: skip
    total = sum(by_kind.values())
    return {
        "summary": {
            "documents": len(docs),
            "publications": len({d.publication for d in docs}),
            "words": words,
            "suggestions": total,
            "per_1000_words": _rate(total, words),
            "codes_removed": sum(d.codes_removed for d in docs),
            "seconds": round(time.perf_counter() - started, 1),
        },
        "by_kind": {k: {"suggestions": n, "per_1000_words": _rate(n, words)} for k, n in by_kind.most_common()},
        "by_ground": {g: {"suggestions": n, "per_1000_words": _rate(n, words)} for g, n in by_ground.most_common()},
        "by_doc_type": {
            t: {"documents": type_docs[t], "words": type_words[t], "suggestions": type_hits[t],
                "per_1000_words": _rate(type_hits[t], type_words[t])}
            for t in sorted(type_docs)
        },  # fmt: skip
        "examples": dict(samples),
        "documents": rows,
    }


def _rate(count: int, words: int) -> float | None:
    return round(count * PER_WORDS / words, 2) if words else None


def format_released(report: dict[str, Any]) -> str:
    """Plain-text tables of the rates and the examples."""
    s = report["summary"]
    lines = [
        f"{s['documents']} documenten ({s['publications']} publicaties), {s['words']} woorden, "
        f"{s['codes_removed']} gedrukte codes verwijderd, {s['seconds']} s",
        f"{'TOTAAL':<22}{s['suggestions']:>8}{_fmt(s['per_1000_words']):>10}  suggesties, per 1.000 woorden",
        "",
        "per soort:",
    ]
    lines += [f"{k:<22}{v['suggestions']:>8}{_fmt(v['per_1000_words']):>10}" for k, v in report["by_kind"].items()]
    lines += ["", "per documenttype:"]
    for doc_type, v in report["by_doc_type"].items():
        rate = _fmt(v["per_1000_words"])
        size = f"({v['documents']} documenten, {v['words']} woorden)"
        lines.append(f"{doc_type:<22}{v['suggestions']:>8}{rate:>10}  {size}")
    lines += ["", "voorbeelden:"]
    for kind, items in report["examples"].items():
        for item in items:
            shown = f"{item['before'][-40:]}[[{item['text']}]]{item['after'][:40]}"
            lines.append(f"{kind:<16} {shown}  ({item['document']})")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"
