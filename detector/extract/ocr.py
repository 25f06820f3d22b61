"""OCR for PDF pages without a text layer: render with PDFium, read words and boxes with Tesseract.

Optional: needs the ``tesseract`` program and its language data (Debian: ``tesseract-ocr
tesseract-ocr-nld``), and ``ocr_language`` in the settings. Each recognised word becomes characters
sharing out the word's box, so OCR text gets pages and boxes like a text layer does.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from detector.document import Box
from detector.extract.errors import ExtractionError

DPI = 300
_TIMEOUT_SECONDS = 300
_MIN_CONFIDENCE = 0.0


def tesseract_available() -> bool:
    """True when the ``tesseract`` program is on the PATH."""
    return shutil.which("tesseract") is not None


def ocr_page(page: pdfium.PdfPage, language: str, name: str) -> tuple[list[str], list[Box | None]]:
    """Characters and boxes (layout coordinates, points) of one page read by Tesseract."""
    if not tesseract_available():
        raise ExtractionError(f"{name}: OCR gevraagd maar 'tesseract' is niet geïnstalleerd (zie docs/formats.md)")
    scale = DPI / 72
    page.set_rotation(0)  # boxes are in unrotated page space, like those of a text layer
    image = page.render(scale=scale, draw_annots=False).to_pil().convert("L")
    with tempfile.TemporaryDirectory(prefix="lakmoes-ocr-") as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        try:
            completed = subprocess.run(
                ["tesseract", str(path), "stdout", "-l", language, "--dpi", str(DPI), "tsv"],
                capture_output=True,
                timeout=_TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ExtractionError(f"{name}: OCR duurde te lang") from None
    if completed.returncode != 0:
        reason = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["onbekende fout"]
        raise ExtractionError(f"{name}: OCR mislukt ({reason[0]})")
    return _words_to_chars(completed.stdout.decode("utf-8", "replace"), scale)


def _words_to_chars(tsv: str, scale: float) -> tuple[list[str], list[Box | None]]:
    """Tesseract's TSV (one row per word) as characters: spaces between words, line breaks between lines."""
    chars: list[str] = []
    boxes: list[Box | None] = []
    previous_line: tuple[str, str, str] | None = None
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word or float(row.get("conf") or -1) < _MIN_CONFIDENCE:
            continue
        line = (row["block_num"], row["par_num"], row["line_num"])
        if previous_line is not None:
            chars.append(" " if line == previous_line else "\n")
            boxes.append(None)
        previous_line = line
        left, top = int(row["left"]) / scale, int(row["top"]) / scale
        width, height = int(row["width"]) / scale, int(row["height"]) / scale
        step = width / len(word)
        for index, char in enumerate(word):
            chars.append(char)
            boxes.append((left + index * step, top, left + (index + 1) * step, top + height))
    return chars, boxes
