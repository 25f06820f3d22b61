"""PDF text comes with page numbers and one box per line; suggestions carry them, split at page breaks."""

from __future__ import annotations

import numpy as np
import pytest

from detector import Detector
from detector.document import Suggestion
from detector.extract import extract_bytes
from detector.layout import place
from tests.formats import builders
from tests.formats.builders import FONT_SIZE, PAGE_HEIGHT, text_width


@pytest.fixture(scope="module")
def letter(letter_pdf: bytes):
    return extract_bytes(letter_pdf, "brief.pdf")


def _assert_box(box, *, x0: float, x1: float, baseline_y: float) -> None:
    """``box`` (top-left origin) spans x0..x1 and holds the text line whose baseline is at ``baseline_y`` (PDF)."""
    baseline = PAGE_HEIGHT - baseline_y
    assert box[0] == pytest.approx(x0, abs=0.6)
    assert box[2] == pytest.approx(x1, abs=0.6)
    assert box[1] < baseline - 0.7 * FONT_SIZE
    assert baseline < box[3] < baseline + 0.5 * FONT_SIZE


def test_text_keeps_reading_order_and_table_rows(letter) -> None:
    assert letter.text.startswith("Gemeente Almere, 12 maart 2021\nGeachte heer Jansen,\nUw IBAN NL91ABNA0417164300")
    assert "\nSenior adviseur EUR 125,00\nJunior adviseur EUR 85,00\n" in letter.text
    assert letter.media_type == "application/pdf"
    assert letter.metadata["pages"] == 2


def test_offsets_map_to_page_and_box(letter) -> None:
    layout = letter.layout
    start = letter.text.index("Jansen")
    regions = layout.regions(start, start + len("Jansen"))
    assert [(r.page, r.start, r.end) for r in regions] == [(1, start, start + 6)]
    (box,) = regions[0].boxes
    left = 72 + text_width("Geachte heer ")
    _assert_box(box, x0=left, x1=left + text_width("Jansen"), baseline_y=760)


def test_iban_box(letter) -> None:
    start = letter.text.index("NL91ABNA0417164300")
    (region,) = letter.layout.regions(start, start + 18)
    left = 72 + text_width("Uw IBAN ")
    _assert_box(region.boxes[0], x0=left, x1=left + text_width("NL91ABNA0417164300"), baseline_y=740)


def test_span_wrapping_two_lines_gets_one_box_per_line(letter) -> None:
    start = letter.text.index("Pieter\nde Vries")
    (region,) = letter.layout.regions(start, start + len("Pieter\nde Vries"))
    first, second = region.boxes
    _assert_box(
        first, x0=72 + text_width("Contactpersoon: "), x1=72 + text_width("Contactpersoon: Pieter"), baseline_y=720
    )
    _assert_box(second, x0=72, x1=72 + text_width("de Vries"), baseline_y=706)


def test_span_across_a_page_break_is_cut_per_page(letter) -> None:
    start = letter.text.index("Annemarie")
    end = letter.text.index("Verhoeven-Smit") + len("Verhoeven-Smit")
    first, second = letter.layout.regions(start, end)
    assert (first.page, second.page) == (1, 2)
    assert letter.text[first.start : first.end].strip() == "Annemarie"
    assert letter.text[second.start : second.end] == "Verhoeven-Smit"
    _assert_box(
        first.boxes[0],
        x0=72 + text_width("Met vriendelijke groet, "),
        x1=72 + text_width("Met vriendelijke groet, Annemarie"),
        baseline_y=60,
    )
    _assert_box(second.boxes[0], x0=72, x1=72 + text_width("Verhoeven-Smit"), baseline_y=780)


def test_inserted_separators_have_no_box(letter) -> None:
    layout = letter.layout
    assert len(layout) == len(letter.text)
    newline = letter.text.index("\n")
    page_break = letter.text.index("\f")
    assert np.isnan(layout.boxes[newline]).all()
    assert np.isnan(layout.boxes[page_break]).all()
    assert layout.page_of(page_break + 2) == 2
    assert layout.pages[0].width == pytest.approx(595.28, abs=0.01)


def test_regions_refuse_offsets_outside_the_text(letter) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        letter.layout.regions(0, len(letter.text) + 1)


def test_analyze_document_fills_page_and_bbox(deny_detector: Detector, letter) -> None:
    (suggestion,) = deny_detector.analyze_document(letter).suggestions
    start = letter.text.index("Jansen")
    assert (suggestion.start, suggestion.end, suggestion.text, suggestion.page) == (start, start + 6, "Jansen", 1)
    assert suggestion.bbox == letter.layout.regions(start, start + 6)[0].boxes


def test_place_splits_a_suggestion_at_the_page_break(letter) -> None:
    start = letter.text.index("Annemarie")
    end = letter.text.index("Verhoeven-Smit") + len("Verhoeven-Smit")
    wrapped = letter.text.index("Pieter")
    suggestions = [
        _suggestion(letter.text, start, end),
        _suggestion(letter.text, wrapped, wrapped + len("Pieter\nde Vries")),
    ]
    placed = place(suggestions, letter.text, letter.layout)
    assert [(s.text, s.page, len(s.bbox)) for s in placed] == [
        ("Annemarie", 1, 1),
        ("Verhoeven-Smit", 2, 1),
        ("Pieter\nde Vries", 1, 2),
    ]
    for suggestion in placed:
        assert letter.text[suggestion.start : suggestion.end] == suggestion.text
        assert suggestion.ground == "5.1(2)e"


def _suggestion(text: str, start: int, end: int) -> Suggestion:
    return Suggestion(start, end, text[start:end], "PERSON", "5.1(2)e", 0.9, "Naam.", "test")


def test_analyze_document_without_layout_leaves_page_empty(deny_detector: Detector) -> None:
    document = extract_bytes(b"Geachte heer Jansen,", "brief.txt")
    (suggestion,) = deny_detector.analyze_document(document).suggestions
    assert (suggestion.page, suggestion.bbox) == (None, None)


def test_two_byte_font_text_and_boxes() -> None:
    document = extract_bytes(builders.cid_pdf(), "cid.pdf")
    assert document.text == "Geachte mevrouw Müller-Ørsted, uw zaak 2021-0042.\nMet vriendelijke groet, Daan de Wit"
    start = document.text.index("Müller")
    (region,) = document.layout.regions(start, start + len("Müller-Ørsted"))
    assert region.page == 1 and region.boxes[0][0] > 72
