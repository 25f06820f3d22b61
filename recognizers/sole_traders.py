"""A one-person firm named after its owner and its trade: ``Jan Pouls training en verkeersadvies``.

In a list or table of organisations a person's name followed by lowercase trade words (a company word such as
``training``, ``advies``, ``bouw``, or a compound ending in one: ``verkeersadvies``) up to the cell's or line's end is
the firm's name, not the person's. In a sentence the same words read otherwise ("De gemeente heeft Jan Pouls advies
gevraagd"), so the name must open its line or cell, and the trade end it (numbers, a bar or a bracket may follow).
The supplier recognizer finds the firm; the ``public`` step keeps the person's name inside it public
(:func:`trade_after`, :func:`opens_line`).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.name_anchors import INTERFIX
from recognizers.name_lists import own_list
from recognizers.supplier_text import CAPITALISED, Found

_OPENS = r"(?:^|(?<=\n))[ \t]*(?:[|•*-][ \t]*)?"
_LINE_OPENS = regex.compile(_OPENS + r"\Z")
_ENDS = r"(?=[ \t]*(?:[|(%€\d]|$))"
_TRADE_REACH = 80


@lru_cache(maxsize=1)
def _trade() -> str:
    """Lowercase trade words: a company word, or a compound ending in one, and a second one after ``en`` or ``&``."""
    words = "|".join(regex.escape(w) for w in sorted(own_list("lst_generic_org_word"), key=len, reverse=True))
    one = rf"\p{{Ll}}{{0,20}}(?:{words})"
    return rf"{one}(?:[ ](?:en|&)[ ]{one})?"


@lru_cache(maxsize=1)
def _trade_after() -> regex.Pattern[str]:
    return regex.compile(rf"[ ](?P<trade>{_trade()}){_ENDS}", regex.M)


@lru_cache(maxsize=1)
def _sole_trader() -> regex.Pattern[str]:
    name = rf"{CAPITALISED}[ ](?:{INTERFIX}[ ])?{CAPITALISED}"
    return regex.compile(rf"{_OPENS}(?P<n>{name}[ ]{_trade()}){_ENDS}", regex.M)


def trade_after(text: str, end: int) -> str | None:
    """The lowercase trade right after a name ending at ``end`` that ends its line or cell, or None."""
    match = _trade_after().match(text, end, min(len(text), end + _TRADE_REACH), timeout=SCAN_TIMEOUT)
    return match.group("trade") if match else None


def opens_line(text: str, start: int) -> bool:
    """Whether only a bullet or a bar stands before ``start`` on its line."""
    return _LINE_OPENS.search(text, max(0, start - 8), start, timeout=SCAN_TIMEOUT) is not None


def sole_trader_names(text: str) -> list[Found]:
    """Firms named after their owner and trade, each filling its line or cell."""
    return [
        Found(m.start("n"), m.end("n"), 0.7, "eenmanszaak: naam van de eigenaar met het vak", True)
        for m in _sole_trader().finditer(text, timeout=SCAN_TIMEOUT)
    ]
