"""PDFium is not thread-safe: extraction, page rendering and redaction from many threads at once give the
same results as one after another, because every call into it holds the one process-wide lock."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

from detector.extract import extract_bytes
from detector.pdf_redact import redact_pdf, redactions_from_spans
from detector.pdfium_lock import PDFIUM_LOCK
from tests.formats.builders import letter_pdf, many_pages_pdf


def _extract(data: bytes) -> tuple[str, int]:
    document = extract_bytes(data, "brief.pdf")
    assert document.layout is not None
    return document.text, len(document.layout.pages)


def test_threads_extract_and_redact_as_one_thread_does() -> None:
    letter, pages = letter_pdf(), many_pages_pdf(6)
    expected = {"letter": _extract(letter), "pages": _extract(pages)}
    document = extract_bytes(letter, "brief.pdf")
    word = document.text.split()[0]
    start = document.text.index(word)
    span = SimpleNamespace(start=start, end=start + len(word), ground="5.1(2)e")
    jobs = [("letter", letter), ("pages", pages)] * 12
    with ThreadPoolExecutor(max_workers=8) as pool:
        extracted = list(pool.map(lambda job: (job[0], _extract(job[1])), jobs))
        redacted = list(pool.map(lambda _: redact_pdf(letter, redactions_from_spans(document, [span])), range(8)))
    assert all(result == expected[kind] for kind, result in extracted)
    before = document.text.count(word)
    assert all(extract_bytes(pdf, "gelakt.pdf").text.count(word) == before - 1 for pdf in redacted)


def test_the_lock_is_reentrant_so_callers_may_hold_it() -> None:
    expected = _extract(letter_pdf())
    with PDFIUM_LOCK:
        assert _extract(letter_pdf()) == expected
