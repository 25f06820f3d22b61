"""Pages of a stored PDF for the reviewer: each page as a PNG (pypdfium2), the PDF's layout to place boxes,
and the redacted PDF. Rendered pages and layouts are cached in memory, bounded, keyed by the PDF's hash (so a
deleted document's pages can only be served after its row is checked)."""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from dataclasses import dataclass

import pypdfium2 as pdfium

from api.errors import InvalidInput, NotFound
from detector.document import Box, Document
from detector.export import Redactable
from detector.extract import extract_bytes
from detector.pdf_redact import redact_pdf, redactions_from_spans
from detector.pdfium_lock import PDFIUM_LOCK

# 1.5 × 72 dpi = 108 dpi: a A4 page is 893 px wide, sharp enough to read and small enough to send.
RENDER_SCALE = 1.5
_CACHE_BYTES = 48 * 1024 * 1024
_LAYOUTS = 8


@dataclass(frozen=True)
class PageBox:
    """Where a span sits on a page: 1-based page number and a box in points (x0, top, x1, bottom)."""

    page: int
    box: Box


class _Bounded(OrderedDict[tuple[str, int], bytes]):
    """Least-recently-used PNGs, at most ``limit`` bytes in total."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.size = 0

    def get_png(self, key: tuple[str, int]) -> bytes | None:
        png = self.get(key)
        if png is not None:
            self.move_to_end(key)
        return png

    def put(self, key: tuple[str, int], png: bytes) -> None:
        if len(png) > self.limit:
            return
        self[key] = png
        self.size += len(png)
        while self.size > self.limit:
            _, dropped = self.popitem(last=False)
            self.size -= len(dropped)


_png_cache = _Bounded(_CACHE_BYTES)
_layout_cache: OrderedDict[str, Document] = OrderedDict()
_cache_lock = threading.Lock()


def pdf_key(data: bytes) -> str:
    """The cache key of a PDF: its SHA-256."""
    return hashlib.sha256(data).hexdigest()


def page_png(data: bytes, number: int) -> bytes:
    """Page ``number`` (1-based) of the PDF as a PNG at :data:`RENDER_SCALE`, unrotated like the layout."""
    key = (pdf_key(data), number)
    with _cache_lock:
        cached = _png_cache.get_png(key)
    if cached is not None:
        return cached
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            if not 1 <= number <= len(pdf):
                raise NotFound("pagina", number)
            page = pdf[number - 1]
            page.set_rotation(0)
            image = page.render(scale=RENDER_SCALE, draw_annots=True).to_pil().convert("RGB")
            page.close()
        finally:
            pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    png = buffer.getvalue()
    with _cache_lock:
        _png_cache.put(key, png)
    return png


def pdf_document(data: bytes) -> Document:
    """The PDF extracted again (text + layout), as at upload; cached for the last few PDFs."""
    key = pdf_key(data)
    with _cache_lock:
        if key in _layout_cache:
            _layout_cache.move_to_end(key)
            return _layout_cache[key]
    document = extract_bytes(data, "document.pdf")
    with _cache_lock:
        _layout_cache[key] = document
        while len(_layout_cache) > _LAYOUTS:
            _layout_cache.popitem(last=False)
    return document


def boxes(document: Document, text: str, start: int, end: int) -> list[PageBox]:
    """The boxes of ``start..end`` on the pages; none when the PDF no longer gives the stored ``text``."""
    if document.layout is None or document.text != text or not 0 <= start < end <= len(text):
        return []
    return [PageBox(region.page, box) for region in document.layout.regions(start, end) for box in region.boxes]


def redacted_pdf(data: bytes, text: str, spans: list[Redactable]) -> bytes:
    """The PDF with ``spans`` (offsets into the stored ``text``) really removed and boxed with their ground."""
    document = pdf_document(data)
    if document.text != text:
        raise InvalidInput("de PDF geeft niet meer dezelfde tekst als bij het uploaden; download de tekstversie")
    return redact_pdf(data, redactions_from_spans(document, spans), name="document.pdf")
