"""The decision's annexes for a whole request, from its :class:`RequestItem` list: the inventory rows, the
redacted documents as one zip, and the publications for the DiWoo sitemap.

Redacted documents reuse the existing redaction code: PDF (text removed, box with the ground code),
DOCX (``[ground]`` in the text runs), anything else as text with ``[ground]`` markers. Only released
documents (openbaar, deels openbaar) go into the zip; documents that failed are listed in its
``niet-verwerkt.txt``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import IO

from detector.decisions_file import Decided
from detector.docx_redact import redact_docx
from detector.export import redact_text
from detector.extract import ExtractionError, extract_bytes
from detector.extract.docx import MEDIA_TYPE as DOCX_MEDIA_TYPE
from detector.inventory import NIET, InventoryRow, decide, sort_grounds
from detector.pdf_redact import RedactionError, redact_pdf, redactions_from_spans
from detector.request.diwoo import Publication
from detector.request.model import RequestItem

NOT_ASSESSED = "Niet beoordeeld"


def inventory_row(item: RequestItem) -> InventoryRow:
    """The inventory line of one document: decision from its redactions, grounds actually applied."""
    title = PurePosixPath(item.name).name
    if item.error is not None:
        return InventoryRow(item.number, title, item.date, NOT_ASSESSED, (), 0, item.error, item.doc_type or "-")
    spans = item.redactions
    covered = _covered(spans, len(item.text))
    decision = decide(len(spans), len(item.text.strip()) or None, covered)
    remark = "beoordeeld" if item.reviewed else "voorstel, niet beoordeeld"
    if decision == NIET:
        remark = f"integraal geweigerd; {remark}"
    return InventoryRow(
        item.number, title, item.date, decision, sort_grounds(s.ground for s in spans), len(spans), remark,
        item.doc_type,
    )  # fmt: skip


def _covered(spans: Iterable[Decided], length: int) -> int:
    marks = bytearray(length)
    for span in spans:
        end = min(span.end, length)
        marks[span.start : end] = b"\x01" * max(0, end - span.start)
    return sum(marks)


def released(item: RequestItem) -> bool:
    """Whether the document is (partly) made public."""
    return item.error is None and inventory_row(item).decision != NIET


def redacted_file(item: RequestItem) -> tuple[str, bytes]:
    """The redacted document as ``(file name, bytes)``: PDF and DOCX from the original file, else text."""
    stem = f"{item.number:04d} {PurePosixPath(item.name).stem}"
    spans = list(item.redactions)
    if item.content is not None and item.media_type == "application/pdf":
        try:
            document = extract_bytes(item.content, item.name)
            if document.text == item.text:
                return f"{stem}.pdf", redact_pdf(item.content, redactions_from_spans(document, spans), name=item.name)
        except (ExtractionError, RedactionError):
            pass
    if item.content is not None and item.media_type == DOCX_MEDIA_TYPE:
        try:
            return f"{stem}.docx", redact_docx(item.content, spans, name=item.name)
        except (ExtractionError, ValueError):
            pass
    return f"{stem}.txt", redact_text(item.text, spans).encode("utf-8")


def write_redacted_zip(items: Iterable[RequestItem], out: IO[bytes]) -> int:
    """Write the released documents, redacted, as a zip to ``out``; returns how many went in."""
    count = 0
    failures: list[str] = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in items:
            if item.error is not None:
                failures.append(f"{item.number}\t{item.name}\t{item.error}")
                continue
            if not released(item):
                continue
            name, data = redacted_file(item)
            archive.writestr(name, data)
            count += 1
        if failures:
            archive.writestr("niet-verwerkt.txt", "\n".join(failures) + "\n")
    return count


def publication(item: RequestItem, base_url: str, request_ref: str) -> Publication:
    """The DiWoo entry of a released document."""
    return Publication(
        url=f"{base_url.rstrip('/')}/{request_ref}/documenten/{item.number}",
        title=PurePosixPath(item.name).stem or item.name,
        date=item.date,
        identifier=f"{request_ref}-document-{item.number}",
    )
