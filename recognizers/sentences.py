"""Where a sentence ends, for the recognizers and steps that look at the sentence around a value.

A sentence ends at ``.``, ``!`` or ``?`` before a space or the end, never after an initial or a title ("S. de Wit",
"Th. Jansen", "dhr. Jansen", "Adviesbureau B.V. vraagt"), or at a blank line. Every look is bounded by ``reach``
characters either way, so no caller scans back to the start of a long text without sentence ends.
"""

from __future__ import annotations

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.name_anchors import ABBREVIATED_TITLES
from recognizers.name_tokens import INITIAL_LETTERS

_NO_END_AFTER = "|".join((*ABBREVIATED_TITLES, "nr", "bijv", "ca"))  # "dhr. Jansen", "nr. 12", "ca. 40"
SENTENCE_END = regex.compile(rf"(?<!(?<![\p{{L}}])(?:{INITIAL_LETTERS}|{_NO_END_AFTER}))[.!?](?:\s|$)|\n[ \t]*\n")
REACH = 300


def sentence_bounds(text: str, start: int, end: int, reach: int = REACH) -> tuple[int, int]:
    """The start and end of the sentence around ``text[start:end]``, at most ``reach`` characters either way."""
    low = max(0, start - reach)
    cuts = [m.end() for m in SENTENCE_END.finditer(text, low, start, timeout=REGEX_TIMEOUT)]
    stop = SENTENCE_END.search(text, end, min(len(text), end + reach), timeout=REGEX_TIMEOUT)
    return (cuts[-1] if cuts else low), (stop.start() if stop else min(len(text), end + reach))


def ends_between(text: str, left: int, right: int) -> bool:
    """Whether a sentence ends between ``left`` and ``right``."""
    return SENTENCE_END.search(text, left, right, timeout=REGEX_TIMEOUT) is not None
