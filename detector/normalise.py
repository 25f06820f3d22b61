"""The text recognizers see: control, bidi and invisible format characters become spaces, length kept.

A right-to-left override before a name (``\\u202eJan Jansen``) or a NUL inside a line must not hide what
follows from the recognizers. Every such character is replaced by one space, so each offset found in the
normalised text is the same offset in the text as read; suggestions take their text from the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Kept as they are: the whitespace that structures a document.
_LAYOUT = {"\t", "\n", "\r", "\f", "\v"}
# Bidi embeddings, overrides, isolates and marks; zero-width and other invisible format characters.
_FORMAT_EXTRA = {"\u061c", "\u200e", "\u200f", "\ufeff"}
# Unicode's own line and paragraph separators read as line breaks.
_BREAKS = {"\u2028": "\n", "\u2029": "\n"}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Code point → space for every character that hides text from a recognizer (C0/C1 controls, Cf)."""
    table: dict[int, str] = {}
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)):
        if chr(code) not in _LAYOUT:
            table[code] = " "
    for code in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070)):
        if unicodedata.category(chr(code)) == "Cf":
            table[code] = " "
    for char in _FORMAT_EXTRA:
        table[ord(char)] = " "
    for char, replacement in _BREAKS.items():
        table[ord(char)] = replacement
    return table


@lru_cache(maxsize=1)
def _hidden() -> re.Pattern[str]:
    """Any one character that :func:`_table` replaces (one character class: no backtracking; ``re`` scans it ten
    times faster than ``regex``)."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_table())) + "]")


def for_detection(text: str) -> str:
    """``text`` with control and bidi characters replaced by spaces; ``len`` and every offset unchanged.

    Most texts hold none of them: one scan for such a character is several times faster than translating."""
    if _hidden().search(text) is None:
        return text
    return text.translate(_table())
