"""Analyse many files: walk folders, run files in parallel worker processes, keep going past broken files.

Each worker process builds its :class:`~detector.detector.Detector` once (in the pool initializer) and then
takes files one by one; results come back in input order. A file that cannot be read gives a
:class:`FileResult` with ``error`` set (the reason, naming the file) instead of stopping the batch.
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
from detector.settings import Settings

logger = logging.getLogger(__name__)
_SKIPPED_PREFIXES = (".", "~$")


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
    try:
        document = extract_path(
            path, ocr_language=detector.settings.ocr_language, limits=Limits.from_settings(detector.settings)
        )
        return FileResult(str(path), tuple(_analyze_all(document, detector, doc_type)))
    except (ExtractionError, ValueError) as error:
        return FileResult(str(path), error=str(error))
    except Exception as error:  # a bug or a library crash on one file must not end the batch
        logger.warning("unexpected %s while analysing a file", type(error).__name__)
        return FileResult(str(path), error=f"{path}: onverwachte fout ({type(error).__name__})")


def analyze_document_result(document: Document, detector: Detector, doc_type: str = "auto") -> DocumentResult:
    """Analyse one extracted document into a :class:`DocumentResult`."""
    check_length(document, detector.settings.max_text_chars)
    analysis = detector.analyze_document(document, doc_type)
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


def _analyze_all(document: Document, detector: Detector, doc_type: str) -> Iterator[DocumentResult]:
    yield analyze_document_result(document, detector, doc_type)
    for attachment in document.attachments:
        yield from _analyze_all(attachment, detector, doc_type)


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
    if workers <= 1:
        detector = detector or Detector(settings)
        for path in files:
            yield analyze_file(path, detector, doc_type)
        return
    context = multiprocessing.get_context("spawn")
    done = 0
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(settings, doc_type)
    ) as pool:
        try:
            for result in pool.map(_run_worker, [str(p) for p in files]):
                done += 1
                yield result
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


def _run_worker(path: str) -> FileResult:
    assert _WORKER is not None, "worker not initialised"
    detector, doc_type = _WORKER
    return analyze_file(Path(path), detector, doc_type)
