"""The date of a document, for the inventarislijst: from its metadata, else the first date in its text."""

from __future__ import annotations

import contextlib
from datetime import date

import regex

from detector.document import Document

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WRITTEN = regex.compile(
    r"\b([0-3]?\d)\s{1,3}(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s{1,3}((?:19|20)\d\d)\b",
    regex.IGNORECASE,
)
_NUMERIC = regex.compile(r"\b([0-3]?\d)[-/.]([01]?\d)[-/.]((?:19|20)\d\d)\b")
_ISO = regex.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
# Only the head of a document holds its own date; later dates are usually references.
_HEAD_CHARS = 3000


def find_date(document: Document) -> str | None:
    """ISO 8601 date of ``document``: ``metadata["date"]`` (e-mail), else the first valid date near the top."""
    known = document.metadata.get("date")
    if isinstance(known, str) and known:
        return known
    return first_date(document.text[:_HEAD_CHARS])


def head_date(text: str) -> date | None:
    """The date of a text: the first valid date near its top (where a letter or memo prints its own)."""
    found = first_date(text[:_HEAD_CHARS])
    return date.fromisoformat(found) if found else None


def first_date(text: str) -> str | None:
    """The earliest-placed valid date in ``text`` written as ``12 maart 2021``, ``12-03-2021`` or ``2021-03-12``."""
    found: list[tuple[int, date]] = []
    for match in _WRITTEN.finditer(text, timeout=1.0):
        _add(found, match.start(), int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    for match in _NUMERIC.finditer(text, timeout=1.0):
        _add(found, match.start(), int(match.group(3)), int(match.group(2)), int(match.group(1)))
    for match in _ISO.finditer(text, timeout=1.0):
        _add(found, match.start(), int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return min(found)[1].isoformat() if found else None


def _add(found: list[tuple[int, date]], position: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):  # 31-02-2021 is no date
        found.append((position, date(year, month, day)))
