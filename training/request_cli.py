"""``lakmoes request generate`` (synthetic documents) and ``lakmoes request benchmark`` (documents/s, memory)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def generate(
    count: Annotated[int, typer.Argument(min=1, help="How many documents.")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write them to (created).")],
    seed: Annotated[int, typer.Option(help="The same seed gives the same documents.")] = 16,
) -> None:
    """Write COUNT synthetic documents of one Woo request (Faker nl_NL; persons recur in other spellings)."""
    from training.synthetic_request import write

    paths = write(count, out, seed)
    typer.echo(f"{len(paths)} documenten → {out}", err=True)


def benchmark(
    documents: Annotated[int, typer.Option("--documents", min=1, help="Documents in the measured request.")] = 1000,
    executor: Annotated[str, typer.Option(help="celery (Redis + lakmoes worker) or inprocess.")] = "celery",
    workers: Annotated[int, typer.Option(min=1, help="lakmoes worker processes (celery).")] = 1,
    broker_url: Annotated[str, typer.Option(help="Redis for celery.")] = "redis://127.0.0.1:6379/0",
) -> None:
    """Run one request through `lakmoes serve` (and workers) and print documents per second and peak memory."""
    from training.request_benchmark import run_request_benchmark

    if executor not in ("celery", "inprocess"):
        raise typer.BadParameter("choose celery or inprocess", param_hint="--executor")
    typer.echo(run_request_benchmark(documents, executor, workers, broker_url=broker_url).line())


def register(app: typer.Typer) -> None:
    """Add both commands to the ``lakmoes request`` group."""
    app.command("generate")(generate)
    app.command("benchmark")(benchmark)
