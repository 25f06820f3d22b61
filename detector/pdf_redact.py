"""A truly redacted PDF: the text under each box is removed, then a black box with the ground code in white.

Public API (the CLI and the review service call it)::

    redactions = redactions_from_spans(document, spans)   # spans: start, end, ground (Suggestion, decision)
    pdf_bytes = redact_pdf(original_bytes, redactions, name="besluit.pdf")

Per page with a box: the glyphs under the box are cut out of the content streams
(:mod:`detector.extract.pdf_content`); then PDFium reads the page again and any character still found
under a box, or an image under a box (a scan), makes Lakmoes *flatten* that page: it is replaced by a
rendered image with the boxes burnt in, so nothing under a box survives. Annotations touching a box,
the document information, XMP metadata and the tag tree (which can hold the removed text) are dropped.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import pikepdf
import pypdfium2 as pdfium
from pdfminer.fontmetrics import FONT_METRICS
from PIL import ImageDraw

from detector.document import Box, Document
from detector.export import Redactable
from detector.extract.errors import ExtractionError
from detector.extract.pdf import open_pdf
from detector.extract.pdf_content import ContentEditor, Rect
from detector.pdfium_lock import PDFIUM_LOCK

# Flattened pages are rendered at 150 dpi.
_FLATTEN_SCALE = 150 / 72
_LABEL_FONT = "Helvetica"
_MIN_LABEL_SIZE = 3.0
_MAX_LABEL_SIZE = 10.0
_TOLERANCE = 0.5
_ROOT_KEYS_DROPPED = ("/Metadata", "/StructTreeRoot", "/MarkInfo", "/PieceInfo")


class RedactionError(ValueError):
    """The redaction cannot be done as asked (a span without a place on a page, a broken PDF)."""


@dataclass(frozen=True)
class PdfRedaction:
    """One black box group: its page (1-based), boxes in layout coordinates and the ground code to print."""

    page: int
    boxes: tuple[Box, ...]
    label: str


@dataclass(frozen=True)
class RedactionReport:
    """What :func:`redact_pdf` did: glyphs removed, pages edited, pages flattened to an image."""

    removed_glyphs: int
    edited_pages: tuple[int, ...]
    flattened_pages: tuple[int, ...]


def redactions_from_spans(document: Document, spans: Iterable[Redactable]) -> list[PdfRedaction]:
    """Boxes for text spans of an extracted PDF ``document`` (one redaction per page part of a span)."""
    if document.layout is None:
        raise RedactionError(f"{document.name}: no page layout; only an extracted PDF can be redacted as PDF")
    result: list[PdfRedaction] = []
    for span in spans:
        for region in document.layout.regions(span.start, span.end):
            result.append(PdfRedaction(region.page, region.boxes, span.ground))
    return result


def redact_pdf(data: bytes, redactions: list[PdfRedaction], *, name: str = "document.pdf") -> bytes:
    """The redacted PDF as bytes (see the module docstring); ``data`` is the original PDF."""
    return redact_pdf_report(data, redactions, name=name)[0]


def redact_pdf_report(
    data: bytes, redactions: list[PdfRedaction], *, name: str = "document.pdf"
) -> tuple[bytes, RedactionReport]:
    """Like :func:`redact_pdf`, also returning a :class:`RedactionReport`."""
    with PDFIUM_LOCK:
        open_pdf(data, name).close()  # same checks and messages as extraction
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        raise RedactionError(f"{name}: het PDF-bestand kan niet bewerkt worden ({error})") from None
    by_page: dict[int, list[PdfRedaction]] = {}
    for redaction in redactions:
        if not 1 <= redaction.page <= len(pdf.pages):
            raise RedactionError(f"{name}: pagina {redaction.page} bestaat niet ({len(pdf.pages)} pagina's)")
        by_page.setdefault(redaction.page, []).append(redaction)
    removed, edited, suspect = 0, [], []
    for number, page_redactions in sorted(by_page.items()):
        page = pdf.pages[number - 1]
        editor = ContentEditor(pdf, [_user_rect(page, box) for r in page_redactions for box in r.boxes])
        if editor.edit_page(page):
            edited.append(number)
        removed += editor.removed
        if editor.images_hit:
            suspect.append(number)
    _drop_metadata(pdf)
    stage = _save(pdf)
    leaking = sorted(set(suspect) | set(_pages_with_text_left(stage, by_page)))
    pdf = pikepdf.open(io.BytesIO(stage))
    if leaking:
        _flatten(pdf, data, {n: by_page[n] for n in leaking})
    for number, page_redactions in by_page.items():
        page = pdf.pages[number - 1]
        _drop_annotations(page, [_user_rect(page, box) for r in page_redactions for box in r.boxes])
        _draw_boxes(pdf, page, page_redactions)
    return _save(pdf), RedactionReport(removed, tuple(edited), tuple(leaking))


def _save(pdf: pikepdf.Pdf) -> bytes:
    buffer = io.BytesIO()
    pdf.save(buffer, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buffer.getvalue()


def _crop(page: pikepdf.Page) -> tuple[float, float, float, float]:
    """The visible box: CropBox within MediaBox (both inherited), as PDFium's ``get_bbox`` gives it."""
    media = _normal(page.mediabox)
    crop = _normal(page.cropbox)
    return max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3])


def _normal(box: pikepdf.Array) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _user_rect(page: pikepdf.Page, box: Box) -> Rect:
    """A layout box (top-left origin in the crop box) as a user-space rectangle, a little enlarged."""
    crop_x0, _, _, crop_y1 = _crop(page)
    x0, top, x1, bottom = box
    return (
        crop_x0 + x0 - _TOLERANCE,
        crop_y1 - bottom - _TOLERANCE,
        crop_x0 + x1 + _TOLERANCE,
        crop_y1 - top + _TOLERANCE,
    )


def _pages_with_text_left(data: bytes, by_page: dict[int, list[PdfRedaction]]) -> list[int]:
    """Pages where PDFium still finds a visible character whose box centre lies under a redaction box."""
    from detector.extract.pdf import extract_pdf

    try:
        document = extract_pdf(data, "check")
    except ExtractionError:  # no text left anywhere: nothing can leak through the text layer
        return []
    layout = document.layout
    assert layout is not None
    leaking: list[int] = []
    for number, redactions in by_page.items():
        index = number - 1
        start = layout.page_starts[index]
        end = layout.page_starts[index + 1] if index + 1 < len(layout.pages) else len(layout)
        boxes = layout.boxes[start:end]
        visible = [not c.isspace() for c in document.text[start:end]]
        centre_x = (boxes[:, 0] + boxes[:, 2]) / 2
        centre_y = (boxes[:, 1] + boxes[:, 3]) / 2
        for redaction in redactions:
            for x0, top, x1, bottom in redaction.boxes:
                inside = (centre_x >= x0) & (centre_x <= x1) & (centre_y >= top) & (centre_y <= bottom)
                if any(flag and seen for flag, seen in zip(inside.tolist(), visible, strict=True)):
                    leaking.append(number)
                    break
            if leaking and leaking[-1] == number:
                break
    return leaking


def _flatten(pdf: pikepdf.Pdf, original: bytes, pages: dict[int, list[PdfRedaction]]) -> None:
    """Replace each page in ``pages`` by an image of the original page with the boxes burnt in."""
    with PDFIUM_LOCK:
        source = pdfium.PdfDocument(original)
    try:
        for number, redactions in pages.items():
            with PDFIUM_LOCK:
                rendered = source[number - 1]
                rendered.set_rotation(0)
                image = rendered.render(scale=_FLATTEN_SCALE, draw_annots=False).to_pil().convert("RGB")
                rendered.close()
            draw = ImageDraw.Draw(image)
            for redaction in redactions:
                for x0, top, x1, bottom in redaction.boxes:
                    box = [v * _FLATTEN_SCALE for v in (x0 - 1, top - 1, x1 + 1, bottom + 1)]
                    draw.rectangle(box, fill=(0, 0, 0))
            page = pdf.pages[number - 1]
            crop_x0, crop_y0, crop_x1, crop_y1 = _crop(page)
            stream = pikepdf.Stream(
                pdf,
                zlib.compress(image.tobytes()),
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Image,
                Width=image.width,
                Height=image.height,
                ColorSpace=pikepdf.Name.DeviceRGB,
                BitsPerComponent=8,
                Filter=pikepdf.Name.FlateDecode,
            )
            page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(LkmPage=stream))
            width, height = crop_x1 - crop_x0, crop_y1 - crop_y0
            content = f"q {width:.4f} 0 0 {height:.4f} {crop_x0:.4f} {crop_y0:.4f} cm /LkmPage Do Q\n"
            page.obj.Contents = pdf.make_stream(content.encode("ascii"))
    finally:
        with PDFIUM_LOCK:
            source.close()


def _drop_metadata(pdf: pikepdf.Pdf) -> None:
    for key in _ROOT_KEYS_DROPPED:
        if key in pdf.Root:
            del pdf.Root[key]
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]


def _drop_annotations(page: pikepdf.Page, rects: list[Rect]) -> None:
    """Remove annotations (links, comments, form fields) whose rectangle touches a redaction box."""
    annotations = page.obj.get("/Annots")
    if not isinstance(annotations, pikepdf.Array):
        return
    kept = pikepdf.Array()
    for annotation in annotations:
        rect = annotation.get("/Rect") if isinstance(annotation, pikepdf.Dictionary) else None
        if rect is not None and len(rect) == 4:
            ax0, ay0, ax1, ay1 = (float(v) for v in rect)
            touches = any(
                min(ax0, ax1) < x1 and x0 < max(ax0, ax1) and min(ay0, ay1) < y1 and y0 < max(ay0, ay1)
                for x0, y0, x1, y1 in rects
            )
            if touches:
                continue
        kept.append(annotation)
    page.obj.Annots = kept


def _draw_boxes(pdf: pikepdf.Pdf, page: pikepdf.Page, redactions: list[PdfRedaction]) -> None:
    """Append black boxes with the ground code in white to the page, after its own content."""
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/" + _LABEL_FONT),
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )  # fmt: skip
    font_name = page.add_resource(pdf.make_indirect(font), pikepdf.Name.Font, prefix="LkmF")
    crop_x0, _, _, crop_y1 = _crop(page)
    commands: list[str] = []
    for redaction in redactions:
        for x0, top, x1, bottom in redaction.boxes:
            x, y, w, h = crop_x0 + x0, crop_y1 - bottom, x1 - x0, bottom - top
            commands.append(f"q 0 0 0 rg {x:.3f} {y:.3f} {w:.3f} {h:.3f} re f Q")
            if redaction.label:
                commands.append(_label(str(font_name), redaction.label, x, y, w, h))
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(("Q\n" + "\n".join(commands) + "\n").encode("latin-1")))


def _label(font_name: str, label: str, x: float, y: float, w: float, h: float) -> str:
    """The ground code centred in a box, in white, shrunk to fit and clipped to the box."""
    widths = FONT_METRICS[_LABEL_FONT][1]
    units = sum(widths.get(char, 556) for char in label) / 1000
    size = max(_MIN_LABEL_SIZE, min(_MAX_LABEL_SIZE, h * 0.75, (w - 1) / units if units else h))
    text_x = x + max(0.5, (w - units * size) / 2)
    text_y = y + (h - size * 0.7) / 2
    escaped = label.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return (
        f"q {x:.3f} {y:.3f} {w:.3f} {h:.3f} re W n BT 1 1 1 rg {font_name} {size:.2f} Tf "
        f"{text_x:.3f} {text_y:.3f} Td ({escaped}) Tj ET Q"
    )
