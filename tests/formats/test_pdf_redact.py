"""The redacted PDF has the characters under each box really removed, a black box with the ground code
in white, and the text around it unchanged and in place."""

from __future__ import annotations

import io

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pytest

from detector.decisions_file import Decided
from detector.extract import extract_bytes
from detector.pdf_redact import PdfRedaction, RedactionError, redact_pdf, redact_pdf_report, redactions_from_spans
from tests.formats import builders


def _spans(text: str, *needles: str, ground: str = "5.1(2)e") -> list[Decided]:
    spans = []
    for needle in needles:
        start = text.index(needle)
        spans.append(Decided(start, start + len(needle), ground))
    return spans


def _redact(data: bytes, *needles: str, ground: str = "5.1(2)e"):
    document = extract_bytes(data, "in.pdf")
    redactions = redactions_from_spans(document, _spans(document.text, *needles, ground=ground))
    output, report = redact_pdf_report(data, redactions)
    return output, report, redactions


def _pdfplumber_text(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _all_stream_bytes(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return b"\n".join(obj.read_bytes() for obj in pdf.objects if isinstance(obj, pikepdf.Stream))


def _words(data: bytes, page: int = 0) -> dict[str, tuple[float, float]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {w["text"]: (round(w["x0"], 2), round(w["top"], 2)) for w in pdf.pages[page].extract_words()}


REDACTED = ("Jansen", "NL91ABNA0417164300", "Pieter\nde Vries", "Annemarie\n\f\nVerhoeven-Smit")
GONE = ("Jansen", "NL91ABNA", "0417164300", "Pieter", "Vries", "Annemarie", "Verhoeven")
KEPT = ("Geachte heer", "is bij ons bekend.", "Contactpersoon:", ", beleidsadviseur.", "Wethouder Karin Bakker",
        "Senior adviseur EUR 125,00", "Met vriendelijke groet,", ", teamleider.")  # fmt: skip


@pytest.fixture(scope="module")
def redacted_letter(letter_pdf: bytes):
    return _redact(letter_pdf, *REDACTED)


def test_text_extraction_finds_no_redacted_string_but_all_text_around(redacted_letter) -> None:
    output, report, _ = redacted_letter
    for text in (extract_bytes(output, "uit.pdf").text, "\n".join(_pdfplumber_text(output))):
        for gone in GONE:
            assert gone not in text
        for kept in KEPT:
            assert kept in text
    assert report.flattened_pages == ()
    assert report.edited_pages == (1, 2)
    assert report.removed_glyphs >= sum(len(n.replace("\n", "").replace("\f", "").replace(" ", "")) for n in REDACTED)


def test_the_characters_are_gone_from_the_file_itself(redacted_letter) -> None:
    output, _, _ = redacted_letter
    raw = _all_stream_bytes(output) + output
    for gone in (b"Jansen", b"NL91ABNA0417164300", b"Pieter", b"Annemarie", b"Verhoeven"):
        assert gone not in raw


def test_each_box_carries_the_ground_code(redacted_letter) -> None:
    output, _, redactions = redacted_letter
    boxes = sum(len(r.boxes) for r in redactions)
    assert boxes == 6
    pages = _pdfplumber_text(output)
    assert sum(page.count("5.1(2)e") for page in pages) == boxes


def test_surrounding_words_stay_in_place(letter_pdf: bytes, redacted_letter) -> None:
    output, _, _ = redacted_letter
    before, after = _words(letter_pdf), _words(output)
    for word in ("Geachte", "bekend.", "beleidsadviseur.", "Uurtarief", "125,00", "groet,"):
        assert after[word] == pytest.approx(before[word], abs=0.05)


def test_box_is_black_and_the_page_elsewhere_white(redacted_letter) -> None:
    output, _, redactions = redacted_letter
    pdf = pdfium.PdfDocument(output)
    image = pdf[0].render(scale=2).to_pil().convert("L")
    x0, top, x1, bottom = redactions[0].boxes[0]
    assert image.getpixel((int(x0 * 2) + 2, int(top + bottom))) < 40
    assert image.getpixel((500 * 2, 300 * 2)) > 240
    pdf.close()


def test_document_metadata_is_dropped(redacted_letter, letter_pdf: bytes) -> None:
    output, _, _ = redacted_letter
    assert b"Pieter de Vries" in letter_pdf  # the author field of the original
    with pikepdf.open(io.BytesIO(output)) as pdf:
        assert "/Author" not in pdf.docinfo


def test_embedded_truetype_font_and_link_annotation() -> None:
    output, report, _ = _redact(builders.truetype_pdf(), "j.jansen@example.nl", "Femke Mulder")
    (text,) = _pdfplumber_text(output)
    assert "jansen" not in text and "Femke" not in text and "Mulder" not in text
    assert "Mail naar" in text and "voor vragen." in text and "Met groet," in text
    assert report.flattened_pages == ()
    with pikepdf.open(io.BytesIO(output)) as pdf:
        assert len(pdf.pages[0].obj.get("/Annots", [])) == 0
    assert b"mailto" not in _all_stream_bytes(output) + output


def test_two_byte_cid_font() -> None:
    output, report, _ = _redact(builders.cid_pdf(), "Müller-Ørsted", "Daan de Wit")
    text = extract_bytes(output, "uit.pdf").text
    assert "Müller" not in text and "Daan" not in text and "Wit" not in text
    assert "Geachte mevrouw" in text and ", uw zaak 2021-0042." in text and "Met vriendelijke groet," in text
    assert report.flattened_pages == ()


def test_kerning_spacing_and_scaling_operators() -> None:
    content = (
        b"BT /F1 12 Tf 72 700 Td [(Naam: ) -200 (Jan) 120 ( Jansen)] TJ ( woont hier.) Tj ET\n"
        b"BT /F1 10 Tf 14 TL 72 650 Td 150 Tz 1 Tc 5 Tw 2 Ts (Tweede regel met Petra Smit erin.) Tj"
        b" (Derde regel.) ' ET"
    )
    data = builders.raw_pdf(content)
    original = extract_bytes(data, "in.pdf").text
    assert original == "Naam: Jan Jansen woont hier.\nTweede regel met Petra Smit erin.\nDerde regel."
    output, report, _ = _redact(data, "Jan Jansen", "Petra Smit")
    assert extract_bytes(output, "uit.pdf").text.split("\n")[:3] == [
        "Naam: woont hier.",
        "Tweede regel met erin.",
        "Derde regel.",
    ]
    before, after = _words(data), _words(output)
    for word in ("Naam:", "woont", "hier.", "erin.", "Derde", "regel."):
        assert after[word] == pytest.approx(before[word], abs=0.05)
    assert report.flattened_pages == ()


def test_shared_form_is_redacted_on_its_page_only() -> None:
    data = builders.form_pdf()
    document = extract_bytes(data, "in.pdf")
    first = document.text.index("Sanne Visser")
    redactions = redactions_from_spans(document, [Decided(first, first + 12, "5.1(2)e")])
    output = redact_pdf(data, redactions)
    page_one, page_two = _pdfplumber_text(output)
    assert "Sanne" not in page_one and "Behandeld door" in page_one and "Pagina 1" in page_one
    assert "Behandeld door Sanne Visser" in page_two


def test_text_on_an_image_flattens_the_page() -> None:
    output, report, _ = _redact(builders.image_under_text_pdf(), "Joost Hendriks")
    assert report.flattened_pages == (1,)
    (text,) = _pdfplumber_text(output)
    assert "Joost" not in text and "Hendriks" not in text
    assert text.strip() == "5.1(2)e"  # only the label: the page is now an image
    with pikepdf.open(io.BytesIO(output)) as pdf:
        assert list(pdf.pages[0].images) == ["/LkmPage"]


def test_boxes_without_label_with_mask(letter_pdf: bytes) -> None:
    output, _, _ = _redact(letter_pdf, "Jansen", ground="")
    assert "5.1(2)e" not in "".join(_pdfplumber_text(output))
    assert "Jansen" not in "".join(_pdfplumber_text(output))


def test_redaction_outside_the_document_is_refused(letter_pdf: bytes) -> None:
    with pytest.raises(RedactionError, match="pagina 3 bestaat niet"):
        redact_pdf(letter_pdf, [PdfRedaction(3, ((10.0, 10.0, 20.0, 20.0),), "5.1(2)e")], name="brief.pdf")


def test_only_extracted_pdfs_can_be_redacted_as_pdf() -> None:
    document = extract_bytes(b"Geachte heer Jansen,", "brief.txt")
    with pytest.raises(RedactionError, match="only an extracted PDF"):
        redactions_from_spans(document, _spans(document.text, "Jansen"))


def test_encrypted_pdf_cannot_be_redacted() -> None:
    from detector.extract import ExtractionError

    with pytest.raises(ExtractionError, match="wachtwoord"):
        redact_pdf(builders.encrypted_pdf(), [], name="brief.pdf")


def test_crop_box_offsets_layout_and_redaction() -> None:
    data = builders.raw_pdf(
        b"BT /F1 12 Tf 72 700 Td (Dossier van Jan Jansen, afgerond.) Tj ET", crop_box=[50, 100, 545, 742]
    )
    document = extract_bytes(data, "in.pdf")
    start = document.text.index("Jan Jansen")
    (region,) = document.layout.regions(start, start + 10)
    left = 72 - 50 + builders.text_width("Dossier van ", size=12)
    assert region.boxes[0][0] == pytest.approx(left, abs=0.6)
    assert region.boxes[0][1] < 742 - 700 < region.boxes[0][3]  # the baseline, 42 pt below the crop top
    assert document.layout.pages[0].width == pytest.approx(495)
    output, report, _ = _redact(data, "Jan Jansen")
    assert extract_bytes(output, "uit.pdf").text.startswith("Dossier van , afgerond.")
    assert report.flattened_pages == ()
