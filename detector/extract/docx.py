"""DOCX → text (python-docx, MIT): body, tables, text boxes, headers, footers, footnotes, endnotes, comments.

Each paragraph becomes one line; the cells of a table row are joined with a tab, so a tariff table keeps
one row per line. The walk (:func:`iter_segments`) is shared with :mod:`detector.docx_redact`, which edits
the very ``w:t`` nodes the text came from, so offsets found in the text land on the right characters.
Tracked deletions (``w:del``, ``w:moveFrom``) are not part of the visible text and are skipped.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from detector.document import Document
from detector.extract.errors import ExtractionError

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Parts holding text, in the order their text is appended (after the main document).
_TEXT_PARTS = ("header", "footer", "footnotes", "endnotes", "comments")
_P, _T, _TC, _TR = qn("w:p"), qn("w:t"), qn("w:tc"), qn("w:tr")
_DELETED = (qn("w:del"), qn("w:moveFrom"))
_SEPARATORS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_TEXT_TAGS = (_T, *_SEPARATORS)
# What a damaged package raises while it is opened or walked (found by tests/fuzz with flipped bytes).
_BROKEN = (
    PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, zlib.error, EOFError,
    NotImplementedError, OSError,
)  # fmt: skip


@dataclass
class Segment:
    """A piece of the text: a ``w:t`` node (editable) or an inserted separator (``node`` is None)."""

    text: str
    node: etree._Element | None = None


def open_docx(data: bytes, name: str) -> docx.document.Document:
    """Open ``data`` with python-docx; a broken or encrypted file raises :class:`ExtractionError`."""
    try:
        return docx.Document(io.BytesIO(data))
    except _BROKEN:
        raise ExtractionError(f"{name}: het DOCX-bestand is beschadigd of geen Word-document") from None


def text_parts(document: docx.document.Document) -> list[tuple[Part, etree._Element]]:
    """``(part, root element)`` of the main document and every other part with text, in text order."""
    main = document.part
    others: list[tuple[str, Part]] = []
    for part in main.package.iter_parts():
        stem = str(part.partname).rsplit("/", 1)[-1]
        kind = next((k for k in _TEXT_PARTS if stem.startswith(k)), None)
        if kind is not None and part is not main:
            others.append((f"{_TEXT_PARTS.index(kind)}{part.partname}", part))
    result = [(main, main.element)]
    for _, part in sorted(others, key=lambda item: item[0]):
        result.append((part, _element(part)))
    return result


def _element(part: Part) -> etree._Element:
    element = getattr(part, "element", None)
    if element is not None:
        return element
    # Generic parts (footnotes, endnotes) are kept as bytes: parse once and remember the tree.
    cached = getattr(part, "_lakmoes_element", None)
    if cached is None:
        cached = etree.fromstring(part.blob)
        part._lakmoes_element = cached  # type: ignore[attr-defined]
    return cached


def store(part: Part, element: etree._Element) -> None:
    """Write an edited generic part back (XML parts serialise their element themselves)."""
    if getattr(part, "element", None) is None:
        part._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def iter_segments(document: docx.document.Document) -> Iterator[Segment]:
    """The text of ``document`` as segments; joined they give :func:`extract_docx`'s text."""
    for index, (_, root) in enumerate(text_parts(document)):
        if index:
            yield Segment("\n")
        for paragraph in root.iter(_P):
            yield from _paragraph_segments(paragraph)
            yield Segment(_separator(paragraph))


def _paragraph_segments(paragraph: etree._Element) -> Iterator[Segment]:
    for node in paragraph.iter(*_TEXT_TAGS):
        if _owner(node) is not paragraph or any(True for _ in node.iterancestors(*_DELETED)):
            continue
        if node.tag == _T:
            if node.text:
                yield Segment(node.text, node)
        else:
            yield Segment(_SEPARATORS[node.tag])


def _owner(node: etree._Element) -> etree._Element | None:
    return next(node.iterancestors(_P), None)


def _separator(paragraph: etree._Element) -> str:
    """A tab after the last paragraph of a cell that has a next cell in its row, else a line break."""
    cell = paragraph.getparent()
    if cell is None or cell.tag != _TC or paragraph is not cell.findall(_P)[-1]:
        return "\n"
    row = cell.getparent()
    if row is None or row.tag != _TR:
        return "\n"
    cells = row.findall(_TC)
    return "\t" if cell is not cells[-1] else "\n"


def extract_docx(data: bytes, name: str) -> Document:
    """Text of a Word document (see the module docstring for what is included)."""
    document = open_docx(data, name)
    try:
        text = "".join(segment.text for segment in iter_segments(document))
    except _BROKEN:
        raise ExtractionError(f"{name}: een onderdeel van het DOCX-bestand is beschadigd") from None
    if not text.strip():
        raise ExtractionError(f"{name}: het Word-document bevat geen tekst")
    return Document(name=name, text=text, media_type=MEDIA_TYPE)
