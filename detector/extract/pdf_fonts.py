"""Glyph widths and character codes of PDF fonts, enough to know where each shown glyph lands.

Used by :mod:`detector.extract.pdf_content` to find the glyphs under a redaction box. Covers simple fonts
(Type1, TrueType, Type3 with ``/Widths``; the standard 14 fonts without them, via pdfminer's metrics) and
composite fonts (Type0 with ``/W``, Identity or embedded CMaps). Anything else gets an approximate width;
the redactor checks its own result afterwards, so an approximation cannot leak text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf
import regex
from pdfminer.encodingdb import EncodingDB
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.psparser import LIT

_DEFAULT_WIDTH = 500.0
_STANDARD_ALIASES = {
    "Arial": "Helvetica",
    "Arial-BoldMT": "Helvetica-Bold",
    "ArialMT": "Helvetica",
    "Arial-ItalicMT": "Helvetica-Oblique",
    "TimesNewRomanPSMT": "Times-Roman",
    "Times": "Times-Roman",
    "CourierNewPSMT": "Courier",
}
_CODESPACE = regex.compile(rb"begincodespacerange(.{0,2000}?)endcodespacerange", regex.DOTALL)
_HEX_PAIR = regex.compile(rb"<([0-9A-Fa-f]{2,8})>\s{0,20}<([0-9A-Fa-f]{2,8})>")


@dataclass
class FontMetrics:
    """How to split a shown string into codes, and each code's advance width (text-space units per 1 pt)."""

    widths: dict[int, float] = field(default_factory=dict)
    default_width: float = _DEFAULT_WIDTH / 1000
    # (byte length, first code, last code) of each codespace range; empty = one byte per code.
    ranges: list[tuple[int, int, int]] = field(default_factory=list)

    def codes(self, data: bytes) -> list[tuple[int, bytes]]:
        """``data`` split into ``(code, raw bytes)`` pairs."""
        if not self.ranges:
            return [(byte, bytes([byte])) for byte in data]
        result: list[tuple[int, bytes]] = []
        index = 0
        while index < len(data):
            length = self._length_at(data, index)
            raw = data[index : index + length]
            result.append((int.from_bytes(raw, "big"), raw))
            index += length
        return result

    def _length_at(self, data: bytes, index: int) -> int:
        for length, low, high in self.ranges:
            raw = data[index : index + length]
            if len(raw) == length and low <= int.from_bytes(raw, "big") <= high:
                return length
        return max(1, min(length for length, _, _ in self.ranges))

    def width(self, code: int) -> float:
        """Advance of ``code`` in text space for a 1-point font (before Tc, Tw and Tz)."""
        return self.widths.get(code, self.default_width)


def font_metrics(font: pikepdf.Dictionary) -> FontMetrics:
    """The :class:`FontMetrics` of a font dictionary."""
    subtype = str(font.get("/Subtype", ""))
    if subtype == "/Type0":
        return _composite(font)
    if subtype == "/Type3":
        matrix = [float(v) for v in font.get("/FontMatrix", [0.001, 0, 0, 0.001, 0, 0])]
        return _simple(font, scale=matrix[0])
    return _simple(font, scale=0.001)


def _simple(font: pikepdf.Dictionary, scale: float) -> FontMetrics:
    metrics = FontMetrics()
    descriptor = font.get("/FontDescriptor")
    missing = float(descriptor.get("/MissingWidth", 0)) if isinstance(descriptor, pikepdf.Dictionary) else 0.0
    widths = font.get("/Widths")
    if isinstance(widths, pikepdf.Array) and len(widths):
        first = int(font.get("/FirstChar", 0))
        metrics.widths = {first + i: float(w) * scale for i, w in enumerate(widths)}
        metrics.default_width = missing * scale
        return metrics
    standard = _standard_widths(font)
    if standard is not None:
        metrics.widths = {code: width * scale for code, width in standard.items()}
        metrics.default_width = missing * scale
    return metrics


def _standard_widths(font: pikepdf.Dictionary) -> dict[int, float] | None:
    """Widths by code of a standard 14 font without ``/Widths`` (as reportlab and older tools write)."""
    base = str(font.get("/BaseFont", ""))[1:].split("+")[-1]
    name = _STANDARD_ALIASES.get(base, base)
    if name not in FONT_METRICS or name in {"Symbol", "ZapfDingbats"}:  # built-in encodings: approximate
        return None
    _, by_char = FONT_METRICS[name]
    encoding = font.get("/Encoding")
    base_encoding = "StandardEncoding"
    differences: list[object] = []
    if isinstance(encoding, pikepdf.Name):
        base_encoding = str(encoding)[1:]
    elif isinstance(encoding, pikepdf.Dictionary):
        base_encoding = str(encoding.get("/BaseEncoding", "/StandardEncoding"))[1:]
        for item in encoding.get("/Differences", []):
            differences.append(LIT(str(item)[1:]) if isinstance(item, pikepdf.Name) else int(item))
    by_code = EncodingDB.get_encoding(base_encoding, differences or None)
    return {code: float(by_char[char]) for code, char in by_code.items() if char in by_char}


def _composite(font: pikepdf.Dictionary) -> FontMetrics:
    metrics = FontMetrics(ranges=_codespace(font.get("/Encoding")))
    descendants = font.get("/DescendantFonts")
    if not isinstance(descendants, pikepdf.Array) or not len(descendants):
        metrics.default_width = 1.0
        return metrics
    child = descendants[0]
    metrics.default_width = float(child.get("/DW", 1000)) / 1000
    items = list(child.get("/W", []))
    index = 0
    while index + 1 < len(items):
        first = int(items[index])
        following = items[index + 1]
        if isinstance(following, pikepdf.Array):
            for offset, width in enumerate(following):
                metrics.widths[first + offset] = float(width) / 1000
            index += 2
        elif index + 2 < len(items):
            for code in range(first, int(following) + 1):
                metrics.widths[code] = float(items[index + 2]) / 1000
            index += 3
        else:
            break
    return metrics


def _codespace(encoding: object) -> list[tuple[int, int, int]]:
    """Codespace ranges of a composite font's CMap; two bytes per code for Identity and named CMaps."""
    if isinstance(encoding, pikepdf.Stream):
        found = _CODESPACE.search(encoding.read_bytes())
        if found:
            ranges = [(len(low) // 2, int(low, 16), int(high, 16)) for low, high in _HEX_PAIR.findall(found.group(1))]
            if ranges:
                return sorted(ranges)
    return [(2, 0, 0xFFFF)]
