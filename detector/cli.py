"""The ``lakmoes`` command line: thin over :class:`detector.Detector`."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from detector.detector import Analysis, Detector
from detector.doctype import DOC_TYPES
from detector.document import Document
from detector.export import redact_text
from detector.extract import ExtractionError, extract_bytes, extract_path
from detector.grounds import catalogue
from detector.settings import Settings, load_settings

app = typer.Typer(
    name="lakmoes",
    help="Stel weglakkingen voor in Nederlandse overheidsdocumenten, met de Woo-grond erbij.",
    no_args_is_help=True,
    add_completion=False,
)

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML file with settings (default: ./lakmoes.toml if present).")
]
DocTypeOption = Annotated[
    str, typer.Option("--doc-type", help=f"auto, or one of: {', '.join(DOC_TYPES)}.")
]


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except (FileNotFoundError, ValueError) as error:
        raise typer.BadParameter(str(error), param_hint="--config") from None


def _configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)


def _read(path: str) -> Document:
    if path == "-":
        return extract_bytes(sys.stdin.buffer.read(), "-")
    return extract_path(Path(path))


def _check_doc_type(doc_type: str) -> str:
    if doc_type != "auto" and doc_type not in DOC_TYPES:
        raise typer.BadParameter(f"choose auto or one of {', '.join(DOC_TYPES)}", param_hint="--doc-type")
    return doc_type


def _error(message: str) -> None:
    typer.echo(f"lakmoes: error: {message}", err=True)


def analysis_record(name: str, analysis: Analysis) -> dict[str, object]:
    """One JSON line of ``lakmoes analyze --json`` (the stable CLI contract)."""
    return {
        "document": name,
        "doc_type": analysis.doc_type,
        "suggestions": [s.to_dict() for s in analysis.suggestions],
    }


def _print_table(name: str, analysis: Analysis) -> None:
    typer.echo(f"{name}  ({analysis.doc_type}, {len(analysis.suggestions)} suggesties)")
    for s in analysis.suggestions:
        text = s.text.replace("\n", " ")
        typer.echo(f"  {s.start:>7}-{s.end:<7} {s.ground:<12} {s.entity_type:<15} {s.score:4.2f}  {text[:60]}")


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files to analyse; '-' reads standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per input per line.")] = False,
    doc_type: DocTypeOption = "auto",
    config: ConfigOption = None,
) -> None:
    """Analyse documents and print the suggested redactions."""
    doc_type = _check_doc_type(doc_type)
    settings = _settings(config)
    _configure_logging(settings)
    detector = Detector(settings)
    failed = 0
    show_progress = not as_json and len(paths) > 1
    with typer.progressbar(paths, label="analyseren", file=sys.stderr, hidden=not show_progress) as bar:
        for path in bar:
            try:
                document = _read(path)
            except ExtractionError as error:
                _error(str(error))
                failed += 1
                continue
            analysis = detector.run(document.text, doc_type)
            if as_json:
                typer.echo(json.dumps(analysis_record(path, analysis), ensure_ascii=False))
            else:
                _print_table(path, analysis)
    if failed:
        raise typer.Exit(1)


@app.command()
def redact(
    path: Annotated[str, typer.Argument(help="Text file to redact; '-' reads standard input.")],
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    mask: Annotated[bool, typer.Option("--mask", help="█ blocks of equal length instead of ground codes.")] = False,
    doc_type: DocTypeOption = "auto",
    config: ConfigOption = None,
) -> None:
    """Write the text with every suggestion above the threshold replaced by its ground code."""
    doc_type = _check_doc_type(doc_type)
    settings = _settings(config)
    _configure_logging(settings)
    try:
        document = _read(path)
    except ExtractionError as error:
        _error(str(error))
        raise typer.Exit(1) from None
    suggestions = Detector(settings).analyze(document.text, doc_type)
    redacted = redact_text(document.text, suggestions, mask=mask)
    if out is None:
        sys.stdout.write(redacted)
    else:
        out.write_text(redacted, encoding="utf-8")


@app.command()
def doctor(config: ConfigOption = None) -> None:
    """Show which spaCy pipeline, recognizers, steps and models are active."""
    settings = _settings(config)
    _configure_logging(settings)
    info = Detector(settings).info()
    pipeline = info["pipeline"]
    assert isinstance(pipeline, dict)
    typer.echo(f"spaCy model gevraagd : {pipeline['requested']}")
    typer.echo(f"spaCy pipeline actief: {pipeline['loaded']} (componenten: {', '.join(pipeline['components'])})")
    if pipeline["fallback"]:
        typer.echo("LET OP: terugval op de offline pipeline zonder NER; namen komen uit Lakmoes' eigen lijsten.")
    for key, value in info.items():
        if key != "pipeline":
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            typer.echo(f"{key:<21}: {shown}")


@app.command()
def grounds() -> None:
    """List the Woo grounds Lakmoes knows, with their old Wob codes."""
    for ground in catalogue().values():
        typer.echo(f"{ground.code:<13} {ground.wob_code or '-':<7} {ground.kind:<9} {ground.title}")


def main() -> None:
    """Console-script entry point."""
    app()


# The review service (api/): `lakmoes serve`, `lakmoes keys create`.
from api.cli import keys_app, serve  # noqa: E402

app.command()(serve)
app.add_typer(keys_app, name="keys")
