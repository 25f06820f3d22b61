"""DOCX in (paragraphs, table cells, header, hyperlink) and out (markers in the runs, links and authors gone)."""

from __future__ import annotations

import io

import docx
import pytest

from detector.decisions_file import Decided
from detector.docx_redact import merge_spans, redact_docx
from detector.extract import ExtractionError, extract_bytes
from tests.formats import builders

EXPECTED_TEXT = (
    "Geachte heer Jansen,\n"
    "Uw IBAN NL91ABNA0417164300 is bekend.\n"
    "Functie\tUurtarief\n"
    "Senior adviseur\tEUR 125,00\n"
    "Junior adviseur\tEUR 85,00\n"
    "Mail: j.jansen@example.nl\n"
    "Met vriendelijke groet,\tPieter de Vries\n"
    "\n"
    "Behandeld door: Sanne Visser\n"
)


@pytest.fixture(scope="module")
def letter_docx() -> bytes:
    return builders.letter_docx()


def _span(text: str, needle: str, ground: str = "5.1(2)e") -> Decided:
    start = text.index(needle)
    return Decided(start, start + len(needle), ground)


def test_text_has_paragraphs_table_rows_links_and_header(letter_docx: bytes) -> None:
    document = extract_bytes(letter_docx, "brief.docx")
    assert document.text == EXPECTED_TEXT
    assert document.media_type.endswith("wordprocessingml.document")


def test_redacted_docx_has_markers_and_keeps_the_rest(letter_docx: bytes) -> None:
    text = extract_bytes(letter_docx, "brief.docx").text
    spans = [
        _span(text, "Jansen"),
        _span(text, "NL91ABNA0417164300"),  # split over three runs, one of them bold
        _span(text, "EUR 125,00", "5.1(1)c"),
        _span(text, "j.jansen@example.nl"),
        _span(text, "Pieter de Vries"),
        _span(text, "Sanne Visser"),
    ]
    output = redact_docx(letter_docx, spans, name="brief.docx")
    assert extract_bytes(output, "uit.docx").text == (
        "Geachte heer [5.1(2)e],\n"
        "Uw IBAN [5.1(2)e] is bekend.\n"
        "Functie\tUurtarief\n"
        "Senior adviseur\t[5.1(1)c]\n"
        "Junior adviseur\tEUR 85,00\n"
        "Mail: [5.1(2)e]\n"
        "Met vriendelijke groet,\t[5.1(2)e]\n"
        "\n"
        "Behandeld door: [5.1(2)e]\n"
    )
    reopened = docx.Document(io.BytesIO(output))
    assert reopened.core_properties.author == ""
    assert all("mailto" not in rel.target_ref for rel in reopened.part.rels.values())
    assert b"0417164300" not in output and b"Pieter" not in output


def test_mask_keeps_the_length(letter_docx: bytes) -> None:
    text = extract_bytes(letter_docx, "brief.docx").text
    output = redact_docx(letter_docx, [_span(text, "Jansen")], mask=True)
    assert extract_bytes(output, "uit.docx").text.startswith("Geachte heer ██████,\n")


def test_overlapping_spans_merge_their_grounds() -> None:
    spans = [Decided(0, 5, "5.1(2)e"), Decided(3, 9, "5.1(1)c"), Decided(12, 14, "5.1(2)e")]
    assert merge_spans(spans) == [(0, 9, "5.1(2)e/5.1(1)c"), (12, 14, "5.1(2)e")]


def test_span_outside_the_text_is_refused(letter_docx: bytes) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        redact_docx(letter_docx, [Decided(0, 10_000, "5.1(2)e")], name="brief.docx")


def test_tracked_deletion_is_not_text_and_is_removed_on_redaction() -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Zichtbaar ")
    paragraph._p.append(
        parse_xml(
            '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="1" w:author="x">'
            "<w:r><w:delText>Geheime Naam</w:delText></w:r></w:del>"
        )
    )
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    assert extract_bytes(data, "d.docx").text == "Zichtbaar \n"
    output = redact_docx(data, [Decided(0, 9, "5.1(2)e")])
    assert b"Geheime" not in output


def test_broken_docx_is_explained() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<niet-af")
    with pytest.raises(ExtractionError, match=r"^kapot\.docx: het DOCX-bestand is beschadigd"):
        extract_bytes(buffer.getvalue(), "kapot.docx")
