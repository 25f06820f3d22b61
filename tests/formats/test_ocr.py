"""OCR of scanned PDF pages (optional extra): runs only where tesseract with Dutch data is installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from detector.decisions_file import Decided
from detector.extract import ExtractionError, extract_bytes
from detector.pdf_redact import redact_pdf_report, redactions_from_spans
from tests.formats import builders


def _has_dutch_tesseract() -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return "nld" in listed.stdout.split()


pytestmark = pytest.mark.skipif(not _has_dutch_tesseract(), reason="tesseract with Dutch data (nld) not installed")


@pytest.fixture(scope="module")
def scan() -> bytes:
    return builders.scan_with_text_pdf()


def test_without_ocr_a_scan_is_refused(scan: bytes) -> None:
    with pytest.raises(ExtractionError, match="geen tekstlaag"):
        extract_bytes(scan, "scan.pdf")


def test_ocr_gives_text_pages_and_boxes(scan: bytes) -> None:
    document = extract_bytes(scan, "scan.pdf", ocr_language="nld")
    assert document.text == "Geachte heer Jansen,\nUw aanvraag is ontvangen op 12 maart 2021."
    assert document.metadata["ocr_pages"] == [1]
    start = document.text.index("Jansen")
    (region,) = document.layout.regions(start, start + 6)
    x0, top, x1, bottom = region.boxes[0]
    # The text was drawn at pixel (300, 400) of a 300 dpi page: 72 pt from the left, 96 pt from the top.
    assert 72 < x0 < x1 < 300
    assert 94 < top < bottom < 112


def test_redacting_a_scan_burns_the_box_into_the_image(scan: bytes) -> None:
    document = extract_bytes(scan, "scan.pdf", ocr_language="nld")
    start = document.text.index("Jansen")
    output, report = redact_pdf_report(scan, redactions_from_spans(document, [Decided(start, start + 6, "5.1(2)e")]))
    assert report.flattened_pages == (1,)
    again = extract_bytes(output, "uit.pdf", ocr_language="nld")
    assert "Jansen" not in again.text
    assert "Geachte heer" in again.text and "12 maart 2021" in again.text
