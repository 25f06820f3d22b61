"""PDF with a text layer → text in reading order plus a box per character (pypdfium2, Apache-2.0/BSD-3).

PDFium gives the characters in the order the page draws them, with its own inserted spaces and line
breaks, and a *loose* box per character (the full font height, so boxes of one line line up). Pages are
opened and closed one at a time; only the numpy arrays of the :class:`~detector.layout.Layout` grow.
"""

from __future__ import annotations

import ctypes
import unicodedata

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from detector.document import Box, Document
from detector.extract.errors import ExtractionError
from detector.extract.ocr import ocr_page
from detector.layout import LayoutBuilder, PageInfo, same_line
from detector.pdfium_lock import PDFIUM_LOCK

MEDIA_TYPE = "application/pdf"
# PDFium marks a hyphen it found at a line end with U+0002; these code points carry no text.
_SOFT_HYPHEN = 0x02
_DROPPED = {0x00, 0x0D, 0xFFFE, 0xFFFF}
# A page with fewer characters than this holding an image is reported as scanned (no text layer).
_MIN_TEXT_CHARS = 10


def check_complete(data: bytes, name: str) -> None:
    """Refuse bytes that are not a whole PDF: another format, or a file cut off before ``%%EOF``."""
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(f"{name}: dit is geen PDF-bestand (de kop '%PDF-' ontbreekt)")
    if b"%%EOF" not in data[-2048:]:
        raise ExtractionError(
            f"{name}: het PDF-bestand is onvolledig (afgebroken, '%%EOF' ontbreekt aan het eind); "
            "download of exporteer het opnieuw"
        )


def open_pdf(data: bytes, name: str) -> pdfium.PdfDocument:
    """Open ``data`` with PDFium, turning its failures into an :class:`ExtractionError` that says why."""
    check_complete(data, name)
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise ExtractionError(
                f"{name}: het PDF-bestand is met een wachtwoord beveiligd; lever een onbeveiligde versie aan"
            ) from None
        if "security" in message:
            raise ExtractionError(f"{name}: het PDF-bestand gebruikt een onbekende beveiliging") from None
        raise ExtractionError(f"{name}: het PDF-bestand is beschadigd en kan niet gelezen worden") from None


def extract_pdf(data: bytes, name: str, *, ocr_language: str | None = None) -> Document:
    """Text and layout of a PDF; a PDF without any text layer (a scan) raises :class:`ExtractionError`.

    With ``ocr_language`` (e.g. ``"nld"``), pages without a text layer are read by Tesseract instead.
    """
    builder = LayoutBuilder()
    scanned: list[int] = []
    ocr_pages: list[int] = []
    index = 0
    with PDFIUM_LOCK:
        pdf = open_pdf(data, name)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    kind = _add_page(page, index + 1, builder, ocr_language, name)
                    (ocr_pages if kind == "ocr" else scanned if kind == "scan" else []).append(index + 1)
                finally:
                    page.close()
            page_count = len(pdf)
        except pdfium.PdfiumError:  # a damaged page object (found by tests/fuzz)
            raise ExtractionError(f"{name}: pagina {index + 1} van het PDF-bestand is beschadigd") from None
        finally:
            pdf.close()
    text, layout = builder.build()
    if page_count == 0:
        raise ExtractionError(f"{name}: het PDF-bestand heeft geen pagina's")
    if not text.replace("\f", "").strip():
        raise ExtractionError(
            f"{name}: de PDF heeft geen tekstlaag (een scan?); zet er eerst tekst in met OCR "
            "(zie docs/formats.md, 'OCR')"
        )
    metadata: dict[str, object] = {"pages": page_count}
    if ocr_pages:
        metadata["ocr_pages"] = ocr_pages
    if scanned:
        metadata["warnings"] = [f"pagina {', '.join(map(str, scanned))} zonder tekstlaag (scan?) niet geanalyseerd"]
    return Document(name=name, text=text, media_type=MEDIA_TYPE, layout=layout, metadata=metadata)


def _has_image(page: pdfium.PdfPage) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _add_page(page: pdfium.PdfPage, number: int, builder: LayoutBuilder, ocr_language: str | None, name: str) -> str:
    """Add one page's characters; returns ``text``, ``scan`` (no text layer) or ``ocr`` (read by OCR)."""
    # The visible box (CropBox within MediaBox, inherited from the page tree); the other getters do not inherit.
    crop_x0, crop_y0, crop_x1, crop_y1 = page.get_bbox()
    width, height = crop_x1 - crop_x0, crop_y1 - crop_y0
    builder.start_page(PageInfo(number, round(width, 2), round(height, 2), page.get_rotation()))
    textpage = page.get_textpage()
    try:
        chars, boxes = _page_chars(textpage, crop_x0, crop_y1)
    finally:
        textpage.close()
    kind = "text"
    if sum(not c.isspace() for c in chars) < _MIN_TEXT_CHARS and _has_image(page):
        kind = "scan"
        if ocr_language:
            chars, boxes = ocr_page(page, ocr_language, f"{name} pagina {number}")
            kind = "ocr"
    _add_chars(builder, chars, boxes)
    return kind


def _page_chars(textpage: pdfium.PdfTextPage, crop_x0: float, crop_y1: float) -> tuple[list[str], list[Box | None]]:
    """Characters of one page (ligatures split) and their boxes, ``None`` for inserted ones."""
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    chars: list[str] = []
    boxes: list[Box | None] = []
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in _DROPPED:
            continue
        char = "-" if code == _SOFT_HYPHEN else chr(code)
        if char == "\n" or pdfium_c.FPDFText_IsGenerated(raw, index):
            chars.append(char)
            boxes.append(None)
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(rect)):
            chars.append(char)
            boxes.append(None)
            continue
        box = (rect.left - crop_x0, crop_y1 - rect.top, rect.right - crop_x0, crop_y1 - rect.bottom)
        expanded = unicodedata.normalize("NFKC", char) if 0xFB00 <= code <= 0xFB06 else char
        step = (box[2] - box[0]) / len(expanded)
        for offset, part in enumerate(expanded):
            chars.append(part)
            boxes.append((box[0] + offset * step, box[1], box[0] + (offset + 1) * step, box[3]))
    return chars, boxes


def _add_chars(builder: LayoutBuilder, chars: list[str], boxes: list[Box | None]) -> None:
    """Hand one page's characters to ``builder``, marking where a new line starts."""
    new_line = np.zeros(len(chars), dtype=bool)
    array = np.full((len(chars), 4), np.nan, dtype=np.float32)
    previous: Box | None = None
    pending_break = False
    for index, (char, box) in enumerate(zip(chars, boxes, strict=True)):
        if box is None:
            pending_break = pending_break or char == "\n"
            continue
        array[index] = box
        if previous is None or pending_break or not same_line(previous, box):
            new_line[index] = True
        previous, pending_break = box, False
    builder.add_chars("".join(chars), array, new_line)
