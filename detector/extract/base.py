"""Dispatch an input file to the extractor for its format, by its content first and its extension second."""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePath

from detector.document import Document
from detector.extract.errors import ExtractionError
from detector.extract.limits import Limits
from detector.extract.text import decode_text

Extractor = Callable[[bytes, str], Document]

# Magic bytes of formats Lakmoes cannot read, with the advice shown to the user.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "een PNG-afbeelding"),
    (b"\xff\xd8\xff", "een JPEG-afbeelding"),
    (b"GIF8", "een GIF-afbeelding"),
    (b"II*\x00", "een TIFF-afbeelding"),
    (b"MM\x00*", "een TIFF-afbeelding"),
    (b"{\\rtf", "een RTF-bestand"),
    (b"\x1f\x8b", "een gzip-archief"),
    (b"Rar!", "een RAR-archief"),
    (b"7z\xbc\xaf", "een 7-Zip-archief"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIL_HEADERS = (b"received:", b"return-path:", b"mime-version:", b"message-id:", b"from:", b"delivered-to:")
_HTML_START = (b"<!doctype html", b"<html", b"<?xml version", b"<head", b"<body")
_TEXT_SUFFIXES = {".txt", ".md", ".csv", ".text", ".log", ""}


def sniff(data: bytes, name: str, limits: Limits | None = None) -> str:
    """The format of ``data``: ``pdf``, ``docx``, ``eml``, ``msg``, ``html`` or ``text``.

    Raises :class:`ExtractionError` for an empty file or a format Lakmoes does not read, naming what the
    content really is when the extension says otherwise (a PNG renamed ``.pdf``), and for a zip (DOCX)
    that would inflate beyond ``limits`` before anything is decompressed.
    """
    suffix = PurePath(name).suffix.lower()
    if not data:
        raise ExtractionError(f"{name}: het bestand is leeg (0 bytes)")
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            hint = f" (de extensie '{suffix}' klopt niet)" if suffix else ""
            raise ExtractionError(f"{name}: dit is {what}, geen document met tekst{hint}; {_advice(what)}")
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data, name, limits or Limits.from_settings())
    if data.startswith(_OLE_MAGIC):
        if suffix == ".msg" or b"_\x00_\x00s\x00u\x00b\x00s\x00t\x00g" in data[:200_000]:
            return "msg"
        raise ExtractionError(f"{name}: oud Office-formaat (.doc/.xls); sla het op als DOCX of PDF")
    if suffix == ".pdf":
        raise ExtractionError(f"{name}: heet .pdf maar is geen PDF-bestand (de kop '%PDF-' ontbreekt)")
    if suffix in {".docx", ".msg"}:
        raise ExtractionError(f"{name}: heet {suffix} maar de inhoud is geen {suffix[1:].upper()}-bestand")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in {".html", ".htm", ".xhtml"} or stripped.startswith(_HTML_START) and b"<html" in data[:4096].lower():
        return "html"
    if suffix == ".eml" or (suffix not in _TEXT_SUFFIXES and _looks_like_mail(stripped)):
        return "eml"
    return "text"


def _looks_like_mail(head: bytes) -> bool:
    """An RFC 822 message: starts with a header and has at least two of the typical ones."""
    return head.startswith(_MAIL_HEADERS) and sum(h in head for h in _MAIL_HEADERS) >= 2


def _sniff_zip(data: bytes, name: str, limits: Limits) -> str:
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ExtractionError(f"{name}: het zip-bestand (DOCX?) is beschadigd of onvolledig") from None
    _check_inflation(members, name, limits)
    names = {member.filename for member in members}
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise ExtractionError(f"{name}: Excel-bestanden worden niet gelezen; sla het blad op als PDF")
    if "content.xml" in names:
        raise ExtractionError(f"{name}: OpenDocument-bestanden worden niet gelezen; sla het op als DOCX of PDF")
    raise ExtractionError(f"{name}: een zip-archief; pak het uit en analyseer de map")


def _check_inflation(members: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Refuse a zip bomb by its declared sizes (zipfile never inflates a member past its declared size)."""
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped_bytes:
        raise ExtractionError(
            f"{name}: uitgepakt zou het bestand {total} bytes zijn, meer dan de grens "
            f"max_unzipped_bytes = {limits.max_unzipped_bytes} (een zip-bom?)"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > limits.max_zip_ratio:
            raise ExtractionError(
                f"{name}: onderdeel {member.filename!r} pakt {ratio:.0f} keer zo groot uit, meer dan de grens "
                f"max_zip_ratio = {limits.max_zip_ratio} (een zip-bom?)"
            )


def _advice(what: str) -> str:
    if "afbeelding" in what:
        return "een scan heeft eerst OCR nodig (zie docs/formats.md, 'OCR')"
    if "archief" in what:
        return "pak het uit en analyseer de map"
    return "sla het op als DOCX of PDF"


def _extractor(kind: str, ocr_language: str | None, limits: Limits) -> Extractor:
    # Imported here so that reading plain text never loads PDF or Word libraries.
    if kind == "pdf":
        from detector.extract.pdf import extract_pdf

        return functools.partial(extract_pdf, ocr_language=ocr_language)
    if kind == "docx":
        from detector.extract.docx import extract_docx

        return extract_docx
    if kind == "eml":
        from detector.extract.eml import extract_eml

        return functools.partial(extract_eml, limits=limits)
    if kind == "msg":
        from detector.extract.msg import extract_msg

        return functools.partial(extract_msg, limits=limits)
    if kind == "html":
        from detector.extract.html import extract_html

        return extract_html
    return functools.partial(_extract_text, limits=limits)


def _extract_text(data: bytes, name: str, *, limits: Limits) -> Document:
    try:
        text = decode_text(data, max_control_char_ratio=limits.max_control_char_ratio)
    except UnicodeDecodeError as error:
        raise ExtractionError(f"{name}: {error.reason}") from None
    return Document(name=name, text=text, media_type="text/plain")


def extract_bytes(
    data: bytes, name: str, *, ocr_language: str | None = None, limits: Limits | None = None
) -> Document:
    """A :class:`Document` from raw bytes; ``name`` is used for messages and, after the content, the format.

    ``ocr_language`` (settings ``ocr_language``, e.g. ``"nld"``) lets Tesseract read PDF pages without text.
    ``limits`` bound what reading may cost (default: from the process-wide settings).
    Raises :class:`ExtractionError` (message starts with ``name``) for anything that cannot be read.
    """
    limits = limits or Limits.from_settings()
    return _extractor(sniff(data, name, limits), ocr_language, limits)(data, name)


def extract_path(path: Path, *, ocr_language: str | None = None, limits: Limits | None = None) -> Document:
    """A :class:`Document` read from ``path`` (see :func:`extract_bytes`)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractionError(f"{path}: kan niet gelezen worden ({error.strerror})") from None
    return extract_bytes(data, str(path), ocr_language=ocr_language, limits=limits)
