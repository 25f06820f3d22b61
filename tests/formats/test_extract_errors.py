"""Every unreadable input gets an ExtractionError naming the file and saying why; readable text decodes right."""

from __future__ import annotations

import io
import zipfile

import pytest

from detector.extract import ExtractionError, extract_bytes, extract_path
from detector.extract.base import sniff
from tests.formats import builders


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "leeg.pdf", "leeg.pdf: het bestand is leeg (0 bytes)"),
        (
            builders.png_bytes(),
            "scan.pdf",
            "scan.pdf: dit is een PNG-afbeelding, geen document met tekst (de extensie '.pdf' klopt niet)",
        ),
        (
            b"%PDF-1.4\n1 0 obj << >> endobj\n",
            "kapot.pdf",
            "kapot.pdf: het PDF-bestand is onvolledig (afgebroken, '%%EOF' ontbreekt",
        ),
        (b"Gewone tekst, geen PDF.", "nep.pdf", "nep.pdf: heet .pdf maar is geen PDF-bestand"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "oud.doc", "oud.doc: oud Office-formaat (.doc/.xls)"),
        (b"{\\rtf1\\ansi Jansen}", "brief.rtf", "brief.rtf: dit is een RTF-bestand"),
        (b"PK\x03\x04kapot", "brief.docx", "brief.docx: het zip-bestand (DOCX?) is beschadigd of onvolledig"),
        (bytes(range(256)) * 4, "data.txt", "data.txt: dit lijkt een binair bestand, geen tekst"),
        ("CafÃ© met Ã©Ã©n crÃ¨me".encode(), "brief.txt", "brief.txt: de tekst is dubbel gecodeerd"),
    ],
)
def test_unreadable_input_is_explained(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ExtractionError) as caught:
        extract_bytes(data, name)
    assert str(caught.value).startswith(message)


def test_encrypted_pdf_asks_for_an_unprotected_copy() -> None:
    with pytest.raises(ExtractionError, match=r"^brief\.pdf: het PDF-bestand is met een wachtwoord beveiligd"):
        extract_bytes(builders.encrypted_pdf(), "brief.pdf")


def test_truncated_pdf_is_refused(letter_pdf: bytes) -> None:
    with pytest.raises(ExtractionError, match="onvolledig"):
        extract_bytes(letter_pdf[: len(letter_pdf) // 2], "half.pdf")


def test_scan_without_text_layer_points_to_ocr() -> None:
    with pytest.raises(ExtractionError, match=r"^scan\.pdf: de PDF heeft geen tekstlaag \(een scan\?\).*OCR"):
        extract_bytes(builders.scan_pdf(), "scan.pdf")


def test_missing_file_names_the_path(tmp_path) -> None:
    with pytest.raises(ExtractionError, match="weg.txt: kan niet gelezen worden"):
        extract_path(tmp_path / "weg.txt")


def test_excel_and_opendocument_are_named() -> None:
    for member, expected in (("xl/workbook.xml", "Excel-bestanden"), ("content.xml", "OpenDocument-bestanden")):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(member, "<x/>")
        with pytest.raises(ExtractionError, match=expected):
            extract_bytes(buffer.getvalue(), "bestand.zip")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Gemeente Almere, café à la carte, één".encode(), "Gemeente Almere, café à la carte, één"),
        ("\ufeffMet BOM: Müller".encode(), "Met BOM: Müller"),
        (
            "Geachte heer Müller, de kosten zijn € 125,-. Met vriendelijke groet.".encode("cp1252"),
            "Geachte heer Müller, de kosten zijn € 125,-. Met vriendelijke groet.",
        ),
        ("Geachte mevrouw Çelik, één vraag.".encode("utf-16"), "Geachte mevrouw Çelik, één vraag."),
    ],
)
def test_text_encodings_are_detected(data: bytes, expected: str) -> None:
    document = extract_bytes(data, "brief.txt")
    assert document.text == expected
    assert document.media_type == "text/plain"
    assert document.layout is None


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.7 ...", "zonder-extensie", "pdf"),
        (b"<!DOCTYPE html><html><body>Hoi</body></html>", "pagina", "html"),
        (b"<p>Hoi</p>", "pagina.htm", "html"),
        (b"Received: from x\nFrom: a@b.nl\nSubject: x\n\nHoi", "bericht.mail", "eml"),
        (b"From: a@b.nl\n\nHoi", "notitie.txt", "text"),
        (b"Van: Jan\nAan: Piet\n", "-", "text"),
    ],
)
def test_format_is_sniffed_from_content_then_extension(data: bytes, name: str, kind: str) -> None:
    assert sniff(data, name) == kind
