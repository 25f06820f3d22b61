"""The ``lakmoes`` command line: thin over :class:`detector.Detector`."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from detector.batch import (
    DocumentResult,
    analyze_document_result,
    collect_files,
    default_jobs,
    run_batch,
)
from detector.cli_common import ConfigOption, ProfileOption, cli_settings, configure_logging
from detector.decisions_file import Decided, check_against, decisions_for, read_decisions
from detector.detector import Detector
from detector.doctype import DOC_TYPES
from detector.document import Document
from detector.docx_redact import redact_docx
from detector.export import Redactable, redact_text
from detector.extract import ExtractionError, extract_bytes, extract_path
from detector.extract.docx import MEDIA_TYPE as DOCX_MEDIA_TYPE
from detector.extract.limits import Limits, check_length
from detector.feedback import FeedbackError
from detector.grounds import catalogue
from detector.inventory import InventoryError, rows_from_export, rows_from_results, write_inventory
from detector.pdf_redact import RedactionError, redact_pdf, redactions_from_spans
from detector.settings import Settings

# Sub-commands from the packages above the detector (and heavy ones), loaded only when one of them runs or for
# --help: name -> "module:attribute", a Typer app or a command function, or "module:register" for a package
# that adds its own commands with ``register(app)``.
LAZY_COMMANDS: dict[str, str] = {
    "serve": "api.cli:serve",
    "keys": "api.cli:keys_app",
    "worker": "api.tasks.worker_cli:worker",
    "build-gold": "training.eval_cli:register",
    "gold": "training.eval_cli:register",
    "evaluate": "training.eval_cli:register",
    "benchmark": "training.eval_cli:register",
    "profile": "training.profile_cli:profile_app",
    "train": "training.opinion_cli:train_app",
    "retrain": "training.opinion_cli:retrain_app",
    "classify-opinion": "training.opinion_cli:classify_opinion",
    "request": "detector.request.cli:request_app",
}
# Commands another package adds to a lazily loaded group: `lakmoes request generate` and `request benchmark`.
LAZY_EXTENSIONS: dict[str, str] = {"request": "training.request_cli:register"}
_extended: set[str] = set()


class _LazyGroup(TyperGroup):
    """Adds the commands of :data:`LAZY_COMMANDS` the first time one of them is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        for name in LAZY_COMMANDS:
            self._load(name)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def _load(self, name: str) -> None:
        if name in self.commands:
            return
        module, attribute = LAZY_COMMANDS[name].split(":")
        target = getattr(importlib.import_module(module), attribute)
        sub = typer.Typer()
        if attribute == "register":
            target(sub)
        elif isinstance(target, typer.Typer):
            if name in LAZY_EXTENSIONS and name not in _extended:
                module, attribute = LAZY_EXTENSIONS[name].split(":")
                getattr(importlib.import_module(module), attribute)(target)
                _extended.add(name)
            sub.add_typer(target, name=name)
        else:
            sub.command(name)(target)
        for loaded, command in typer.main.get_group(sub).commands.items():
            self.commands.setdefault(loaded, command)


app = typer.Typer(
    name="lakmoes",
    help="Stel weglakkingen voor in Nederlandse overheidsdocumenten, met de Woo-grond erbij.",
    no_args_is_help=True,
    add_completion=False,
    cls=_LazyGroup,
)

DocTypeOption = Annotated[
    str, typer.Option("--doc-type", help=f"auto, or one of: {', '.join(DOC_TYPES)}.")
]


def _read(path: str, settings: Settings) -> Document:
    limits = Limits.from_settings(settings)
    if path == "-":
        return extract_bytes(sys.stdin.buffer.read(), "-", ocr_language=settings.ocr_language, limits=limits)
    return extract_path(Path(path), ocr_language=settings.ocr_language, limits=limits)


def _check_doc_type(doc_type: str) -> str:
    if doc_type != "auto" and doc_type not in DOC_TYPES:
        raise typer.BadParameter(f"choose auto or one of {', '.join(DOC_TYPES)}", param_hint="--doc-type")
    return doc_type


def _error(message: str) -> None:
    typer.echo(f"lakmoes: error: {message}", err=True)


def _emit(result: DocumentResult, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result.record, ensure_ascii=False))
        return
    typer.echo(f"{result.name}  ({result.record['doc_type']}, {len(result.record['suggestions'])} suggesties)")  # type: ignore[arg-type]
    for s in result.record["suggestions"]:  # type: ignore[union-attr]
        text = s["text"].replace("\n", " ")
        page = f"p.{s['page']:<3}" if s["page"] else "     "
        where = f"{s['start']:>7}-{s['end']:<7} {page}"
        typer.echo(f"  {where} {s['ground']:<12} {s['entity_type']:<15} {s['score']:4.2f}  {text[:60]}")


def _report_failures(failures: list[str], total: int) -> None:
    if failures:
        typer.echo(f"lakmoes: {len(failures)} van {total} bestanden niet gelezen:", err=True)
        for message in failures:
            _error(message)


JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Worker processes for folders and many files; 0 = all cores.")
]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to analyse; '-' reads standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document per line.")] = False,
    jobs: JobsOption = 0,
    doc_type: DocTypeOption = "auto",
    config: ConfigOption = None,
    profile: ProfileOption = None,
) -> None:
    """Analyse documents (PDF, DOCX, e-mail, HTML, text) and print the suggested redactions.

    Folders are walked; files run in parallel; a file that cannot be read is reported at the end (exit 1).
    """
    doc_type = _check_doc_type(doc_type)
    settings = cli_settings(config, profile)
    configure_logging(settings)
    failures: list[str] = []
    total = 0
    if "-" in paths:
        detector = Detector(settings)
        total += 1
        try:
            for result in _stdin_results(detector, doc_type):
                _emit(result, as_json)
        except ExtractionError as error:
            failures.append(str(error))
    files = collect_files([Path(p) for p in paths if p != "-"])
    total += len(files)
    jobs = jobs or default_jobs()
    with typer.progressbar(length=len(files), label="analyseren", file=sys.stderr, hidden=len(files) < 2) as bar:
        for result in run_batch(files, settings, doc_type=doc_type, jobs=jobs):
            bar.update(1)
            if result.error:
                failures.append(result.error)
                continue
            for document in result.documents:
                for warning in document.warnings:
                    typer.echo(f"lakmoes: warning: {warning}", err=True)
                _emit(document, as_json)
    _report_failures(failures, total)
    if failures:
        raise typer.Exit(1)


def _stdin_results(detector: Detector, doc_type: str) -> list[DocumentResult]:
    settings = detector.settings
    document = extract_bytes(
        sys.stdin.buffer.read(), "-", ocr_language=settings.ocr_language, limits=Limits.from_settings(settings)
    )
    return [analyze_document_result(d, detector, doc_type) for d in (document, *document.attachments)]


@app.command()
def redact(
    path: Annotated[str, typer.Argument(help="File to redact (.pdf, .docx, or text); '-' reads standard input.")],
    out: Annotated[Path | None, typer.Option("--out", help="Write here (required for PDF and DOCX).")] = None,
    decisions: Annotated[
        Path | None, typer.Option("--decisions", help="Reviewed decisions (JSONL, docs/feedback-format.md).")
    ] = None,
    mask: Annotated[bool, typer.Option("--mask", help="Boxes without ground codes (text: █ blocks).")] = False,
    doc_type: DocTypeOption = "auto",
    config: ConfigOption = None,
    profile: ProfileOption = None,
) -> None:
    """Redact a document: PDF → PDF with the text removed and the ground code in each black box,
    DOCX → DOCX, anything else → text; markers like [5.1(2)e].

    Without --decisions every suggestion above the threshold is applied; with it, the accepted, changed
    and manual redactions of the review (rejected ones are not).
    """
    doc_type = _check_doc_type(doc_type)
    settings = cli_settings(config, profile)
    configure_logging(settings)
    try:
        document = _read(path, settings)
        check_length(document, settings.max_text_chars)
        if decisions is not None:
            found = decisions_for(read_decisions(decisions), path, sole_applies=True)
            if found is None:
                raise FeedbackError(f"{decisions}: geen beslissingen voor {path}")
            check_against(found, document.text, path)
            spans: list[Redactable] = list(found)
        else:
            spans = list(Detector(settings).analyze(document.text, doc_type))
        kind = {"application/pdf": "pdf", DOCX_MEDIA_TYPE: "docx"}.get(document.media_type, "text")
        if kind != "text" and out is None:
            raise typer.BadParameter(f"a redacted {kind.upper()} is binary: give --out FILE", param_hint="--out")
        if kind == "pdf":
            labelled = [Decided(s.start, s.end, "" if mask else s.ground) for s in spans]
            result = redact_pdf(Path(path).read_bytes(), redactions_from_spans(document, labelled), name=path)
        elif kind == "docx":
            result = redact_docx(Path(path).read_bytes(), spans, name=path, mask=mask)
        else:
            redacted = redact_text(document.text, spans, mask=mask)
            if out is None:
                sys.stdout.write(redacted)
                return
            result = redacted.encode("utf-8")
    except (ExtractionError, FeedbackError, RedactionError) as error:
        _error(str(error))
        raise typer.Exit(1) from None
    assert out is not None
    out.write_bytes(result)


@app.command()
def inventory(
    source: Annotated[Path, typer.Argument(help="A folder of documents, or a JSONL export (analyze or decisions).")],
    out: Annotated[Path, typer.Option("--out", help="inventarislijst.xlsx, .csv or .md")],
    decisions: Annotated[
        Path | None, typer.Option("--decisions", help="Reviewed decisions (JSONL) for the documents in a folder.")
    ] = None,
    jobs: JobsOption = 0,
    doc_type: DocTypeOption = "auto",
    config: ConfigOption = None,
    profile: ProfileOption = None,
) -> None:
    """Write the inventarislijst: one row per document with decision, grounds and number of redactions."""
    doc_type = _check_doc_type(doc_type)
    if out.suffix.lower() not in {".xlsx", ".csv", ".md"}:
        raise typer.BadParameter("choose .xlsx, .csv or .md", param_hint="--out")
    settings = cli_settings(config, profile)
    configure_logging(settings)
    failures: list[str] = []
    try:
        if source.is_dir():
            reviewed = read_decisions(decisions) if decisions else None
            files = collect_files([source])
            documents: list[DocumentResult] = []
            progress = typer.progressbar(length=len(files), label="analyseren", file=sys.stderr, hidden=len(files) < 2)
            with progress as bar:
                for result in run_batch(files, settings, doc_type=doc_type, jobs=jobs or default_jobs()):
                    bar.update(1)
                    if result.error:
                        failures.append(result.error)
                    documents.extend(result.documents)
            rows = rows_from_results(documents, reviewed)
            _report_failures(failures, len(files))
        else:
            rows = rows_from_export(source)
        write_inventory(rows, out)
    except (InventoryError, FeedbackError) as error:
        _error(str(error))
        raise typer.Exit(1) from None
    typer.echo(f"{len(rows)} documenten → {out}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command()
def doctor(config: ConfigOption = None, profile: ProfileOption = None) -> None:
    """Show which spaCy pipeline, recognizers, steps and models are active."""
    settings = cli_settings(config, profile)
    configure_logging(settings)
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


if __name__ == "__main__":  # python -m detector.cli, the same as the lakmoes console script
    main()
