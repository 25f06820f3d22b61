"""``lakmoes build-gold``, ``lakmoes evaluate`` and ``lakmoes benchmark``: registered on the main CLI."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from detector.cli_common import ConfigOption, cli_settings, configure_logging
from training.gold_format import GoldDoc, GoldFormatError, read_gold

if TYPE_CHECKING:
    from detector.detector import Detector

DEV_GOLD = "data/gold/dev.jsonl"



def default_gold() -> Path:
    """The committed dev set shipped with the package."""
    return Path(__file__).parent / DEV_GOLD


def _read_gold(path: Path) -> list[GoldDoc]:
    try:
        return read_gold(path)
    except GoldFormatError as error:
        raise typer.BadParameter(str(error), param_hint="--gold") from None


def build_gold_command(
    marker_files: Annotated[list[Path], typer.Argument(help="Marker documents (text with ground codes).")],
    out: Annotated[Path, typer.Option("--out", help="Gold JSONL file to write.")],
    seed: Annotated[int, typer.Option("--seed", help="Seed for the synthetic values.")] = 13,
    boundary: Annotated[
        list[str] | None, typer.Option("--boundary", help="Regex on a raw line that starts a new document.")
    ] = None,
) -> None:
    """Turn marker documents into gold data: codes become synthetic values with their ground."""
    from training.gold import build_gold
    from training.gold_format import write_gold
    from training.gold_markers import DEFAULT_BOUNDARIES

    sources = []
    for path in marker_files:
        try:
            sources.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            raise typer.BadParameter(f"cannot read {path}: {error}", param_hint="MARKER_FILES") from None
    docs = build_gold(sources, seed=seed, boundaries=tuple(boundary) if boundary else DEFAULT_BOUNDARIES)
    write_gold(docs, out)
    scored = sum(len(d.scored) for d in docs)
    ignored = sum(len(d.ignored) for d in docs)
    typer.echo(f"{len(docs)} documenten, {scored} spans, {ignored} genegeerde gebieden → {out}")


def gold_build_command(
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder with the Almere and UWV corpora.")],
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Folder for tune.jsonl, dev.jsonl and test.jsonl.")] = Path(
        "training/data/gold"
    ),
    seed: Annotated[int, typer.Option("--seed", help="Seed for the synthetic values and the split.")] = 13,
) -> None:
    """Build multi-body gold from the released corpora and split it by publication into tune/dev/test."""
    from training.gold_corpus import build_splits, split_table
    from training.gold_format import write_gold

    try:
        splits, skipped = build_splits(corpus, seed)
    except (OSError, UnicodeDecodeError) as error:
        raise typer.BadParameter(str(error), param_hint="--corpus") from None
    for name, docs in splits.items():
        write_gold(docs, out_dir / f"{name}.jsonl")
    typer.echo(f"{'split':<6}{'body':<17}{'publ.':>6}{'docs':>6}{'spans':>7}{'ignore':>8}{'words':>9}")
    for row in split_table(splits):
        typer.echo(
            f"{row['split']:<6}{row['body']:<17}{row['publications']:>6}{row['documents']:>6}"
            f"{row['spans']:>7}{row['ignore_regions']:>8}{row['words']:>9}"
        )
    typer.echo("UWV-documenten niet gebruikt: " + ", ".join(f"{why} {n}" for why, n in sorted(skipped.items())))
    typer.echo(f"→ {out_dir}")


def evaluate_command(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold JSONL file (default: the dev split).")] = None,
    released: Annotated[
        Path | None,
        typer.Option("--released", help="Instead: a folder of text a body released; suggestions per 1,000 words."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="With --released: analyse at most this many documents.")
    ] = None,
    examples: Annotated[int, typer.Option("--examples", min=0, help="With --released: examples per entity type.")] = 3,
    out: Annotated[Path | None, typer.Option("--out", help="Write the full report as JSON here.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the report as HTML here.")] = None,
    min_recall: Annotated[
        float | None, typer.Option("--min-recall", min=0.0, max=1.0, help="Exit 1 when recall is lower.")
    ] = None,
    min_precision: Annotated[
        float | None, typer.Option("--min-precision", min=0.0, max=1.0, help="Exit 1 when precision is lower.")
    ] = None,
    disable_step: Annotated[
        list[str] | None, typer.Option("--disable-step", help="Run without this post-processing step.")
    ] = None,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Organisation profile (TOML) of the body that wrote the documents.")
    ] = None,
    profiles: Annotated[
        Path | None,
        typer.Option(
            "--profiles",
            help="Folder of profiles named <body>.toml: each body's gold documents are scored with its own profile "
            "(other bodies with --profile or none).",
        ),
    ] = None,
    as_request: Annotated[
        bool,
        typer.Option(
            "--as-request",
            help="Handle each body's documents of one publication as one Woo request: persons and supplier names "
            "found in one document are proposed in the others (as `lakmoes request run` does).",
        ),
    ] = False,
    request_with: Annotated[
        list[Path] | None,
        typer.Option(
            "--request-with",
            help="With --as-request: a gold file whose documents of the same body and publication join the "
            "requests unscored, as the rest of the real request (their text only, never their gold).",
        ),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Measure recall, precision, F1/F2 and ground accuracy on gold, or the suggestion rate on released text."""
    from detector.detector import Detector
    from training.evaluate import floor_failures, profiles_for_bodies

    gold_only = gold is not None or min_recall is not None or min_precision is not None or html or as_request
    if released is not None and gold_only:
        message = "--released cannot be combined with --gold, --html, --as-request or floors"
        raise typer.BadParameter(message, param_hint="--released")
    if released is not None and profiles is not None:
        message = "--profiles scores gold per body; with --released use --profile"
        raise typer.BadParameter(message, param_hint="--profiles")
    if profiles is not None and not profiles.is_dir():
        raise typer.BadParameter(f"{profiles} is not a folder", param_hint="--profiles")
    if released is not None and not released.is_dir():
        raise typer.BadParameter(f"{released} is not a folder", param_hint="--released")
    docs = _read_gold(gold or default_gold()) if released is None else []
    if request_with and not as_request:
        raise typer.BadParameter("--request-with needs --as-request", param_hint="--request-with")
    joined = [doc for path in request_with or () for doc in _read_gold(path)]
    settings = cli_settings(config, profile)
    configure_logging(settings, logging.ERROR)
    try:
        detector = Detector(settings, disabled_steps=tuple(disable_step or ()))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--disable-step") from None
    by_body = {
        body: Detector(cli_settings(config, path), disabled_steps=tuple(disable_step or ()))
        for body, path in (profiles_for_bodies(profiles, docs) if profiles is not None else {}).items()
    }
    failures: list[str] = []
    if released is not None:
        report = _released_report(detector, released, limit, examples)
    else:
        report = _gold_report(detector, docs, gold or default_gold(), html, by_body, as_request, joined)
        failures = floor_failures(report["summary"], min_recall, min_precision)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    for failure in failures:
        typer.echo(f"lakmoes: floor not met: {failure}", err=True)
    if failures:
        raise typer.Exit(1)


def _gold_report(
    detector: Detector,
    docs: list[GoldDoc],
    gold: Path,
    html: Path | None,
    by_body: dict[str, Detector],
    as_request: bool = False,
    request_with: list[GoldDoc] | None = None,
) -> dict[str, Any]:
    from training.evaluate import evaluate_detector, format_summary, write_html

    report = evaluate_detector(detector, docs, gold, by_body, as_request, request_with or [])
    for body, path in report["meta"]["profiles"].items():
        typer.echo(f"{body}: profiel {path}")
    typer.echo(format_summary(report))
    if html is not None:
        write_html(report, html)
    return report


def _released_report(detector: Detector, folder: Path, limit: int | None, examples: int) -> dict[str, Any]:
    from training.released import collect, format_released, measure, prepare

    files = collect(folder, limit)
    if not files:
        raise typer.BadParameter(f"no .md or .txt files under {folder}", param_hint="--released")
    report = measure(detector, [prepare(path, folder) for path in files], examples)
    report["summary"]["folder"] = str(folder)
    typer.echo(format_released(report))
    return report


def benchmark_command(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold JSONL file (default: the dev set).")] = None,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Passes over the texts per system.")] = 1,
    systems: Annotated[
        str, typer.Option("--systems", help="Comma-separated: lakmoes, presidio, deduce, spacy.")
    ] = "lakmoes,presidio,deduce,spacy",
    profile: Annotated[
        str | None, typer.Option("--profile", help="Also profile this system (cProfile) and show its stages.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write the full results as JSON here.")] = None,
    http: Annotated[bool, typer.Option("--http", help="Measure POST /v1/analyze over HTTP instead.")] = False,
    clients: Annotated[int, typer.Option("--clients", min=1, help="Concurrent HTTP clients.")] = 4,
    requests: Annotated[int, typer.Option("--requests", min=1, help="HTTP requests in total.")] = 40,
    workers: Annotated[
        int, typer.Option("--workers", min=0, help="HTTP: analysis workers of the service (0 = one per core).")
    ] = 0,
    memory_docs: Annotated[
        int, typer.Option("--memory-docs", min=0, help="Also run this many distinct documents and record memory.")
    ] = 0,
    unseen: Annotated[
        bool,
        typer.Option(
            "--unseen",
            help="Each pass in a fresh process warmed on the tune split: the texts are new to every system.",
        ),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Compare speed, memory and quality of Lakmoes, Presidio (Dutch default), deduce and the spaCy tokenizer."""
    from training.bench_systems import SYSTEM_NAMES

    gold = gold or default_gold()
    _read_gold(gold)  # fail early, with the line number, on a broken file
    chosen = tuple(s.strip() for s in systems.split(",") if s.strip())
    unknown = sorted(set(chosen) - set(SYSTEM_NAMES))
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown system(s) {unknown}; choose from {', '.join(SYSTEM_NAMES)}", param_hint="--systems"
        )
    if profile is not None and profile not in chosen:
        raise typer.BadParameter(f"--profile must name one of the benchmarked systems {chosen}", param_hint="--profile")
    if http:
        try:
            from training.benchmark_http import format_http, run_http_benchmark
        except ImportError as error:
            typer.echo(f"lakmoes: error: the HTTP benchmark needs {error.name}: pip install 'lakmoes[bench]'", err=True)
            raise typer.Exit(1) from None
        try:
            report = run_http_benchmark(gold, clients, requests, workers)
        except RuntimeError as error:
            typer.echo(f"lakmoes: error: {error}", err=True)
            raise typer.Exit(1) from None
        typer.echo(format_http(report))
    else:
        from training.benchmark import (
            format_batch_and_memory,
            format_kinds,
            format_profile,
            format_table,
            run_benchmark,
        )

        warmup = default_gold().with_name("tune.jsonl") if unseen else None
        if warmup is not None and warmup.resolve() == gold.resolve():
            raise typer.BadParameter("--unseen warms up on the tune split: benchmark another file", param_hint="--gold")
        report = run_benchmark(gold, chosen, repeat, config, profile, memory_docs, warmup)
        machine = report["machine"]
        typer.echo(
            f"{report['gold']['documents']} documenten, {report['gold']['words']} woorden, {repeat}x; "
            f"{machine['cpu_count']} cores, {machine['memory_gib']} GiB, Python {machine['python']}, "
            f"load {machine.get('load_average_1m')}"
            + ("; elke pass in een nieuw proces, opgewarmd op de tune-split" if unseen else "")
        )
        typer.echo(format_table(report))
        typer.echo("")
        typer.echo(format_kinds(report))
        if batch_and_memory := format_batch_and_memory(report):
            typer.echo("")
            typer.echo(batch_and_memory)
        if profile:
            typer.echo("")
            typer.echo(format_profile(report))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add the evaluation commands to the ``lakmoes`` CLI."""
    app.command("build-gold")(build_gold_command)
    gold_app = typer.Typer(help="Gold data: build the multi-body splits.", no_args_is_help=True)
    gold_app.command("build")(gold_build_command)
    app.add_typer(gold_app, name="gold")
    app.command("evaluate")(evaluate_command)
    app.command("benchmark")(benchmark_command)
