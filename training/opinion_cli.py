"""CLI commands for the 5.2(1) opinion classifier: ``lakmoes train opinion``, ``lakmoes retrain opinion`` and
``lakmoes classify-opinion``. Registered on the ``lakmoes`` app in :mod:`detector.cli`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from detector.cli_common import ConfigOption, cli_settings
from detector.feedback import FeedbackError
from detector.opinion_model import OPINION, ModelLoadError, load_model, opinion_scores
from training.feedback import retrain_opinion_model
from training.opinion import CANDIDATES
from training.plots import pr_curve_figure, save_figure
from training.train import DEFAULT_TEST, DEFAULT_TRAIN, DataError, Metrics, load_examples, train_opinion_model

train_app = typer.Typer(help="Train a model.", no_args_is_help=True)
retrain_app = typer.Typer(help="Retrain a model from reviewers' decisions.", no_args_is_help=True)

SeedOption = Annotated[int, typer.Option("--seed", help="Random seed: the same inputs and seed give the same model.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")]
TestOption = Annotated[Path, typer.Option("--test", help="Fixed held-out test split (JSONL).")]
OutOption = Annotated[Path, typer.Option("--out", help="Where to write the .skops model (its card goes beside it).")]
_BATCH = 256


def _fail(message: str) -> typer.Exit:
    typer.echo(f"lakmoes: error: {message}", err=True)
    return typer.Exit(2)


def _metrics_line(label: str, m: Metrics) -> str:
    (tn, fp), (fn, tp) = m.confusion
    return (f"{label:<22} P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f} F2={m.f2:.3f} AP={m.average_precision:.3f}"
            f"  [tn={tn} fp={fp} fn={fn} tp={tp}]")


@train_app.command("opinion")
def train_opinion(
    out: OutOption,
    data: Annotated[Path, typer.Option("--data", help="Training split (JSONL with text and label).")] = DEFAULT_TRAIN,
    test: TestOption = DEFAULT_TEST,
    candidate: Annotated[
        list[str] | None, typer.Option("--candidate", help=f"Limit to these candidates: {', '.join(CANDIDATES)}.")
    ] = None,
    folds: Annotated[int, typer.Option("--folds", min=2, help="Cross-validation folds.")] = 5,
    seed: SeedOption = 0,
    pr_curve: Annotated[
        Path | None, typer.Option("--pr-curve", help="Also save the test precision-recall curve as PNG here.")
    ] = None,
    as_json: JsonOption = False,
    config: ConfigOption = None,
) -> None:
    """Cross-validate the candidates, keep the best by F2, evaluate on the test split and save the model."""
    settings = cli_settings(config)
    try:
        report = train_opinion_model(data, test, out, candidates=candidate, folds=folds, seed=seed,
                                     threshold=settings.opinion_threshold)
    except (DataError, ValueError) as error:
        raise _fail(str(error)) from None
    if pr_curve is not None:
        examples = load_examples(test)
        scores = opinion_scores(report.model, [e.text for e in examples])
        figure = pr_curve_figure([e.label for e in examples], scores, settings.opinion_threshold,
                                 title=f"5.2(1)-classifier ({report.chosen}), test ({len(examples)} items)")
        save_figure(figure, pr_curve)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    typer.echo(f"cross-validation ({folds} folds, {report.train_count} examples, "
               f"threshold {settings.opinion_threshold}):")
    for result in report.cross_validation:
        mark = "*" if result.name == report.chosen else " "
        typer.echo(f" {mark}" + _metrics_line(result.name, result.metrics))
    typer.echo(f"held-out test ({report.test_count} examples), {report.chosen}:")
    typer.echo("  " + _metrics_line("test", report.test))
    typer.echo(f"model: {report.model_path}\ncard:  {report.card_path}")


@retrain_app.command("opinion")
def retrain_opinion(
    feedback: Annotated[Path, typer.Option("--feedback", help="Decisions export (JSONL, docs/feedback-format.md).")],
    out: OutOption,
    data: Annotated[Path, typer.Option("--data", help="Base training split to merge with.")] = DEFAULT_TRAIN,
    test: TestOption = DEFAULT_TEST,
    model: Annotated[
        Path | None, typer.Option("--model", help="Current model, measured as 'before' (default: settings).")
    ] = None,
    merged_out: Annotated[Path | None, typer.Option("--merged-out", help="Also write the merged set here.")] = None,
    seed: SeedOption = 0,
    as_json: JsonOption = False,
    config: ConfigOption = None,
) -> None:
    """Turn reviewed 5.2(1) decisions into examples, merge, retrain, and compare before/after on the test split."""
    settings = cli_settings(config)
    try:
        report = retrain_opinion_model(
            feedback, out, base_path=data, test_path=test, before_model=model or settings.opinion_model_path,
            seed=seed, threshold=settings.opinion_threshold, merged_out=merged_out,
        )
    except (FeedbackError, DataError, ModelLoadError, ValueError) as error:
        raise _fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    merged = report.merge
    typer.echo(f"feedback: {report.feedback_lines} decisions → {report.feedback_examples} examples "
               f"({merged.added} new, {merged.relabelled} relabelled, {merged.duplicates} duplicates, "
               f"{merged.held_out} kept out because they are in the test split)")
    for reason, count in sorted(report.skipped.items()):
        typer.echo(f"  skipped {count}: {reason}")
    typer.echo(f"retrained {report.candidate} on {len(merged.examples)} examples (seed {seed}):")
    typer.echo("  " + _metrics_line("before", report.before))
    typer.echo("  " + _metrics_line("after", report.after))
    typer.echo(f"model: {report.model_path}\ncard:  {report.card_path}")


def read_passages(lines: Iterable[str]) -> Iterator[tuple[int, str | None, str | None]]:
    """``(line number, passage, error)`` per non-blank line: plain text, or a JSON object with a ``text`` field."""
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            yield number, line, None
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, None, f"line {number}: invalid JSON ({error.msg})"
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            yield number, None, f"line {number}: JSON object without a string field 'text'"
        else:
            yield number, text, None


def classify_opinion(
    model: Annotated[Path | None, typer.Option("--model", help="A .skops model (default: settings).")] = None,
    threshold: Annotated[
        float | None, typer.Option("--threshold", min=0.0, max=1.0, help="Default: settings.opinion_threshold.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Read passages from standard input, one per line (text, or JSON with "text"); print
    {"text", "opinion", "score"} per line. Bad lines are reported on standard error (exit 1)."""
    settings = cli_settings(config)
    cutoff = settings.opinion_threshold if threshold is None else threshold
    try:
        classifier = load_model(model or settings.opinion_model_path)
    except ModelLoadError as error:
        raise _fail(str(error)) from None
    errors = 0
    batch: list[str] = []

    def flush() -> None:
        for text, score in zip(batch, opinion_scores(classifier, batch), strict=True):
            typer.echo(json.dumps({"text": text, OPINION: score >= cutoff, "score": round(score, 4)},
                                  ensure_ascii=False))
        batch.clear()

    for _, text, error in read_passages(sys.stdin):
        if error is not None:
            flush()  # keep the output in input order around the bad line
            typer.echo(f"lakmoes: error: {error}", err=True)
            errors += 1
            continue
        assert text is not None
        batch.append(text)
        if len(batch) >= _BATCH:
            flush()
    flush()
    if errors:
        raise typer.Exit(1)

