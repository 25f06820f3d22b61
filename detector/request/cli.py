"""``lakmoes request run DIR --out OUT/``: a whole Woo request on this machine, with a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

request_app = typer.Typer(help="Een heel Woo-verzoek: analyse, consistentie en alle bijlagen van het besluit.",
                          no_args_is_help=True)  # fmt: skip


@request_app.command("run")
def run(
    folder: Annotated[Path, typer.Argument(help="Folder with the request's documents (walked recursively).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the annexes (created).")],
    profile: Annotated[
        Path | None, typer.Option("--profile", help="Organisation profile (TOML); its tooi is the DiWoo publisher.")
    ] = None,
    decisions: Annotated[
        Path | None, typer.Option("--decisions", help="Reviewed decisions (JSONL, docs/feedback-format.md).")
    ] = None,
    subject: Annotated[str, typer.Option("--subject", help="Subject of the request (titles of the annexes).")] = (
        "Woo-verzoek"
    ),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 = all cores.")] = 0,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file with settings.")] = None,
) -> None:
    """Analyse every document, propose each person in every document, apply decisions if given, and write the
    inventory (xlsx, csv, md), the CONCEPT Overwegingen (docx, md), the redacted documents (zip), the
    consistency report (md, json) and, with a publisher TOOI URI, the DiWoo sitemap."""
    from detector.batch import collect_files, default_jobs
    from detector.cli import _error
    from detector.cli_common import cli_settings, configure_logging
    from detector.decisions_file import read_decisions
    from detector.feedback import FeedbackError
    from detector.request.diwoo import DiwooError
    from detector.request.local import Publisher, analyse_folder, apply_decisions, propagate, write_annexes
    from detector.request.publisher import publisher_of

    if not folder.is_dir():
        raise typer.BadParameter(f"{folder} is geen map", param_hint="DIR")
    settings = cli_settings(config, profile)
    configure_logging(settings)
    try:
        reviewed = read_decisions(decisions) if decisions else None
        tooi = publisher_of(settings, required=False)
        files = collect_files([folder])
        with typer.progressbar(length=len(files), label="analyseren", file=sys.stderr) as bar:
            items = analyse_folder(folder, files, settings, jobs=jobs or default_jobs(), progress=bar.update)
        added = propagate(items)
        applied = apply_decisions(items, reviewed) if reviewed else 0
        written = write_annexes(items, out, subject, Publisher(tooi, settings.publication_base_url))
    except (FeedbackError, DiwooError) as error:
        _error(str(error))
        raise typer.Exit(1) from None
    failed = [i for i in items if i.error]
    typer.echo(f"{len(items)} documenten uit {len(files)} bestanden; {added} voorstellen uit andere documenten van het "
               f"verzoek; {applied} documenten met beslissingen; {len(failed)} mislukt.", err=True)  # fmt: skip
    for item in failed:
        _error(f"document {item.number} ({item.name}): {item.error}")
    if tooi is None:
        typer.echo("lakmoes: geen DiWoo-sitemap: kies een organisatieprofiel (--profile) met de tooi-URI", err=True)
    for path in written:
        typer.echo(str(path))
    if failed:
        raise typer.Exit(1)
