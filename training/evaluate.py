"""Run the Detector over gold documents and report how well it does (JSON and HTML)."""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from detector.detector import Detector
from detector.document import Suggestion
from detector.request.spread import spread
from training.gold_format import GoldDoc
from training.metrics import UNKNOWN, Prediction, evaluate

FIGURES = ("recall", "precision", "f1", "f2", "ground_accuracy")


def predictions_from_suggestions(suggestions: Iterable[Suggestion]) -> list[Prediction]:
    """Lakmoes suggestions as predictions (their first ground is the one a reviewer sees)."""
    return [Prediction(s.start, s.end, s.entity_type, s.ground, s.recognizer) for s in suggestions]


def run_detector(
    detector: Detector,
    docs: Sequence[GoldDoc],
    by_body: Mapping[str, Detector] | None = None,
    as_request: bool = False,
    request_with: Sequence[GoldDoc] = (),
) -> tuple[list[list[Prediction]], float]:
    """Predictions for every document and the seconds it took.

    ``by_body`` maps a body to the Detector built with that body's profile: its documents are analysed by it, as
    that body would run Lakmoes; documents of other bodies by ``detector``. With ``as_request``, the documents of
    one body and publication are handled as one Woo request: the persons and supplier names proposed in one are
    proposed in the others too (:mod:`detector.request.spread`), as ``lakmoes request run`` and the service do.
    ``request_with`` are more documents of those requests (another split's of the same publication): analysed and
    read by the request like the others, but not scored. Only their text is used, never their gold.
    """
    chosen = by_body or {}
    started = time.perf_counter()
    every = [*docs, *(joining(docs, request_with) if as_request else [])]
    analyses = [chosen.get(doc.body or "", detector).run(doc.text, doc.doc_type or "auto") for doc in every]
    suggestions = [list(a.suggestions) for a in analyses]
    if as_request:
        requests: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, doc in enumerate(every):
            requests[(doc.body or "", doc.publication or doc.doc_id)].append(index)
        for members in requests.values():
            added = spread([(every[i].doc_id, every[i].text, analyses[i].doc_type, suggestions[i]) for i in members])
            for i, new in zip(members, added, strict=True):
                suggestions[i] += new
    predictions = [predictions_from_suggestions(found) for found in suggestions[: len(docs)]]
    return predictions, time.perf_counter() - started


def joining(docs: Sequence[GoldDoc], request_with: Sequence[GoldDoc]) -> list[GoldDoc]:
    """The documents of ``request_with`` that share a body and a publication with one of ``docs``."""
    keys = {(doc.body or "", doc.publication or doc.doc_id) for doc in docs}
    return [d for d in request_with if (d.body or "", d.publication or d.doc_id) in keys]


def profiles_for_bodies(folder: Path, docs: Sequence[GoldDoc]) -> dict[str, Path]:
    """The profile ``<folder>/<body>.toml`` of every body in ``docs`` that has one there."""
    bodies = sorted({doc.body for doc in docs if doc.body})
    return {body: path for body in bodies if (path := folder / f"{body}.toml").is_file()}


def evaluate_detector(
    detector: Detector,
    docs: Sequence[GoldDoc],
    gold_path: Path | None = None,
    by_body: Mapping[str, Detector] | None = None,
    as_request: bool = False,
    request_with: Sequence[GoldDoc] = (),
) -> dict[str, Any]:
    """The full report of ``detector`` on ``docs``: figures, tables, error lists and what was measured.

    With ``by_body``, each listed body's documents are scored by the Detector built with its own profile; with
    ``request_with`` (and ``as_request``), more documents join the requests unscored (:func:`run_detector`).
    """
    predictions, seconds = run_detector(detector, docs, by_body, as_request, request_with)
    report = evaluate(docs, predictions).to_dict()
    report["meta"] = {
        "gold": str(gold_path) if gold_path else None,
        "gold_sha256": _sha256(gold_path) if gold_path else None,
        "documents": len(docs),
        "bodies": dict(sorted(Counter(d.body or UNKNOWN for d in docs).items())),
        "characters": sum(len(d.text) for d in docs),
        "gold_spans": sum(len(d.scored) for d in docs),
        "ignore_regions": sum(len(d.ignored) for d in docs),
        "seconds": round(seconds, 3),
        "lakmoes_version": _version(),
        "detector": detector.info(),
        "profile": _profile_of(detector),
        "profiles": {body: _profile_of(d) for body, d in sorted((by_body or {}).items())},
        "as_request": as_request,
        "request_with": len(joining(docs, request_with)) if as_request else 0,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return report


def _profile_of(detector: Detector) -> str | None:
    """The profile file ``detector`` was built with (a stand-in without settings has none)."""
    profile = getattr(getattr(detector, "settings", None), "profile", None)
    return str(profile) if profile else None


def floor_failures(summary: dict[str, Any], min_recall: float | None, min_precision: float | None) -> list[str]:
    """Messages for every floor the summary does not meet (an undefined figure does not meet a floor)."""
    failures = []
    for name, floor in (("recall", min_recall), ("precision", min_precision)):
        value = summary.get(name)
        if floor is None:
            continue
        if value is None:
            failures.append(f"{name} is undefined (nothing to measure), floor is {floor:.3f}")
        elif value < floor:
            failures.append(f"{name} {value:.3f} is below the floor {floor:.3f}")
    return failures


def format_summary(report: dict[str, Any]) -> str:
    """A plain-text table of the headline figures, per body, document type, kind and ground."""
    lines = [_row("", report["summary"], header=True), _row("TOTAAL", report["summary"])]
    lines += ["", "per organisatie:"] + [_row(b, v) for b, v in report["by_body"].items()]
    lines += ["", "per documenttype:"] + [_row(t, v) for t, v in report["by_doc_type"].items()]
    lines += ["", "per soort:"] + [_row(k, v) for k, v in report["by_kind"].items()]
    lines += ["", "per grond:"] + [_row(g, v) for g, v in report["by_ground"].items()]
    return "\n".join(lines)


def _row(label: str, figures: dict[str, Any], header: bool = False) -> str:
    if header:
        return f"{'':<17}{'gold':>6}{'gevon':>7}{'voorsp':>8}{'FP':>6}" + "".join(f"{f[:9]:>10}" for f in FIGURES)
    values = "".join(f"{_fmt(figures[f]):>10}" for f in FIGURES)
    counts = f"{figures['gold']:>6}{figures['found']:>7}{figures['predicted']:>8}{figures['false_positives']:>6}"
    return f"{label:<17}{counts}{values}"


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def write_html(report: dict[str, Any], path: Path) -> None:
    """Render ``report`` as a self-contained HTML page (all text escaped)."""
    templates = Path(__file__).parent / "templates"
    env = Environment(loader=FileSystemLoader(templates), autoescape=select_autoescape(["html"]))
    env.filters["fmt"] = _fmt
    predicted = sorted({p for row in report["confusion"].values() for p in row})
    html = env.get_template("evaluation.html").render(report=report, figures=FIGURES, predicted=predicted)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version() -> str:
    try:
        return metadata.version("lakmoes")
    except metadata.PackageNotFoundError:
        return "unknown"
