"""Hostile inputs built in code: zip bombs, deep HTML, PDFs with scripts or attachments, huge mails."""

from __future__ import annotations

import io
import zipfile

import pikepdf

from tests.formats import builders

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
_PARAGRAPH = b'<w:p><w:r><w:t>Geachte heer Jansen, dit is regel na regel dezelfde tekst.</w:t></w:r></w:p>' * 16


def zip_bomb(kind: str, inflated_bytes: int) -> bytes:
    """A ``docx``, ``xlsx`` or plain ``zip`` whose main part inflates to ``inflated_bytes`` (streamed, so
    building it costs no memory)."""
    main = {"docx": "word/document.xml", "xlsx": "xl/worksheets/sheet1.xml", "zip": "data/bestand.txt"}[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        if kind == "xlsx":
            archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open(main, "w", force_zip64=True) as member:
            block = _PARAGRAPH * 4096
            remaining = inflated_bytes
            while remaining > 0:
                piece = block[:remaining]
                member.write(piece)
                remaining -= len(piece)
    return buffer.getvalue()


def deep_html(depth: int) -> bytes:
    """A page with ``depth`` nested ``div`` elements around one sentence with a name."""
    return b"<html><body>" + b"<div>" * depth + b"Geachte heer Jansen," + b"</div>" * depth + b"</body></html>"


def pdf_with_javascript_and_attachment() -> bytes:
    """The test letter with an /OpenAction JavaScript and an embedded file."""
    pdf = pikepdf.open(io.BytesIO(builders.letter_pdf()))
    script = pdf.make_indirect(
        pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('Jansen');"))
    )
    pdf.Root.OpenAction = script
    pdf.attachments["geheim.txt"] = pikepdf.AttachedFileSpec(pdf, b"BSN 111222333 van Jansen")
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()
