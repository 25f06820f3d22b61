"""Analyse many files: walk folders, run files in parallel worker processes, keep going past broken files.

Each worker process builds its :class:`~detector.detector.Detector` once (in the pool initializer) and then
takes files a few at a time (:data:`FILES_PER_TASK`): it extracts them and analyses all their documents in one
batch (``Detector.analyze_documents``, spaCy's ``nlp.pipe``); results come back in input order. A file that
cannot be read gives a :class:`FileResult` with ``error`` set (the reason, naming the file) instead of stopping
the batch.
E-mail attachments are analysed as documents of their own, named ``mail.eml/attachment.pdf``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from detector.detector import Analysis, Detector
from detector.document import Document
from detector.extract import ExtractionError, extract_path
from detector.extract.dates import find_date
from detector.extract.limits import Limits, check_length
from detector.process import freeze_built_objects
from detector.settings import Settings

logger = logging.getLogger(__name__)
_SKIPPED_PREFIXES = (".", "~$")
FILES_PER_TASK = 8  # files a worker extracts and analyses as one batch


@dataclass(frozen=True)
class DocumentResult:
    """One analysed document: the JSON record of ``lakmoes analyze`` plus what the inventory needs."""

    name: str
    record: dict[str, object]
    date: str | None
    chars: int
    redacted_chars: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileResult:
    """The documents found in one input file, or the reason it could not be read."""

    path: str
    documents: tuple[DocumentResult, ...] = ()
    error: str | None = None


def analysis_record(name: str, analysis: Analysis) -> dict[str, object]:
    """One JSON line of ``lakmoes analyze --json`` (the stable contract: document, doc_type, suggestions)."""
    return {
        "document": name,
        "doc_type": analysis.doc_type,
        "suggestions": [s.to_dict() for s in analysis.suggestions],
    }


def collect_files(paths: list[Path]) -> list[Path]:
    """``paths`` with every folder replaced by the files under it (sorted; hidden and Office lock files skipped)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = (
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(_SKIPPED_PREFIXES) for part in p.relative_to(path).parts)
            )  # fmt: skip
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def default_jobs() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def analyze_file(path: Path, detector: Detector, doc_type: str = "auto") -> FileResult:
    """Extract and analyse one file (and its attachments); never raises for a bad input."""
    return analyze_files([path], detector, doc_type)[0]


def analyze_files(paths: list[Path], detector: Detector, doc_type: str = "auto") -> list[FileResult]:
    """Extract ``paths`` and analyse all their documents (attachments included) as one batch; never raises.

    If the batch fails, the files are analysed again one by one, so that only the file at fault reports it.
    """
    read: list[tuple[Path, list[Document]]] = []
    failed: dict[Path, str] = {}
    for path in paths:
        try:
            read.append((path, _documents(path, detector)))
        except Exception as error:  # noqa: BLE001 - reported per file, in words
            failed[path] = _reason(path, error)
    if len(read) > 1:
        try:
            results = _analyze_read(read, detector, doc_type)
        except Exception:  # noqa: BLE001 - isolate the file at fault below
            results = {path: analyze_files([path], detector, doc_type)[0] for path, _ in read}
    else:
        results = {}
        for path, documents in read:
            try:
                results.update(_analyze_read([(path, documents)], detector, doc_type))
            except Exception as error:  # noqa: BLE001 - a bug or a library crash on one file must not end the batch
                failed[path] = _reason(path, error)
    return [results[p] if p in results else FileResult(str(p), error=failed[p]) for p in paths]


def _documents(path: Path, detector: Detector) -> list[Document]:
    """The file's document and its attachments (depth first), each within the length limit."""
    limits = Limits.from_settings(detector.settings)
    document = extract_path(path, ocr_language=detector.settings.ocr_language, limits=limits)
    documents = list(_flatten(document))
    for item in documents:
        check_length(item, detector.settings.max_text_chars)
    return documents


def _flatten(document: Document) -> Iterator[Document]:
    yield document
    for attachment in document.attachments:
        yield from _flatten(attachment)


def _analyze_read(read: list[tuple[Path, list[Document]]], detector: Detector, doc_type: str) -> dict[Path, FileResult]:
    documents = [document for _, file_documents in read for document in file_documents]
    analyses = iter(detector.analyze_documents(documents, doc_type))
    return {
        path: FileResult(str(path), tuple(document_result(d, next(analyses)) for d in file_documents))
        for path, file_documents in read
    }


def _reason(path: Path, error: Exception) -> str:
    if isinstance(error, (ExtractionError, ValueError)):
        return str(error)
    logger.warning("unexpected %s while analysing a file", type(error).__name__)
    return f"{path}: onverwachte fout ({type(error).__name__})"


def analyze_document_result(document: Document, detector: Detector, doc_type: str = "auto") -> DocumentResult:
    """Analyse one extracted document into a :class:`DocumentResult`."""
    check_length(document, detector.settings.max_text_chars)
    return document_result(document, detector.analyze_document(document, doc_type))


def document_result(document: Document, analysis: Analysis) -> DocumentResult:
    """The :class:`DocumentResult` of an analysed document."""
    covered = set()
    for suggestion in analysis.suggestions:
        covered.update(i for i in range(suggestion.start, suggestion.end) if not document.text[i].isspace())
    warnings = document.metadata.get("warnings") or []
    return DocumentResult(
        name=document.name,
        record=analysis_record(document.name, analysis),
        date=find_date(document),
        chars=sum(not c.isspace() for c in document.text),
        redacted_chars=len(covered),
        warnings=tuple(f"{document.name}: {w}" for w in warnings),
    )


def run_batch(
    files: list[Path],
    settings: Settings,
    *,
    doc_type: str = "auto",
    jobs: int = 1,
    detector: Detector | None = None,
) -> Iterator[FileResult]:
    """Results for ``files`` in their order; with ``jobs > 1`` in that many worker processes."""
    workers = min(jobs, len(files))
    per_task = max(1, min(FILES_PER_TASK, -(-len(files) // max(workers, 1))))
    groups = [files[i : i + per_task] for i in range(0, len(files), per_task)]
    if workers <= 1:
        detector = detector or Detector(settings)
        for group in groups:
            yield from analyze_files(group, detector, doc_type)
        return
    context = multiprocessing.get_context("spawn")
    done = 0
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(settings, doc_type)
    ) as pool:
        try:
            for results in pool.map(_run_worker, [[str(p) for p in group] for group in groups]):
                done += len(results)
                yield from results
        except BrokenProcessPool:
            for path in files[done:]:
                yield FileResult(str(path), error=f"{path}: de verwerking stopte onverwacht (werkproces afgebroken)")


_WORKER: tuple[Detector, str] | None = None


def _init_worker(settings: Settings, doc_type: str) -> None:
    """Entry point of a worker process: its logging goes to stderr (as the CLI's), then the Detector is built.

    Set up before any import that calls ``logging.basicConfig`` itself (deduce logs to stdout), which
    would otherwise mix log lines into the JSON lines on stdout.
    """
    global _WORKER
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(settings.log_level)
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    _WORKER = (Detector(settings), doc_type)
    freeze_built_objects()


def _run_worker(paths: list[str]) -> list[FileResult]:
    assert _WORKER is not None, "worker not initialised"
    detector, doc_type = _WORKER
    return analyze_files([Path(p) for p in paths], detector, doc_type)
