"""A body's own units: the capitalised words after ``Afdeling``, ``Team``, ``Directie`` … name a unit, not a person
or a supplier ("Aan: Afdeling Water Groen", "Team Bos Beheer", "het programma Vitale Wijken")."""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT

_UNIT = regex.compile(
    r"(?i)(?<![\p{L}])(?:afdeling|directie|team|sector|cluster|unit|dienst|programma|project|werkgroep|bureau|"
    r"stafafdeling|divisie|eenheid|regio|district)[ ]+(?:\p{Lu}[\p{L}-]*[ ]+){0,3}\Z"
)


def unit_before(text: str, start: int) -> bool:
    """A unit word (``Afdeling``, ``Team``, ``Directie`` …), and at most three capitalised words, right before
    ``start`` on its line: what starts there goes on with the unit's name."""
    return _UNIT.search(text, max(0, start - 80), start, timeout=SCAN_TIMEOUT) is not None
