"""Names written surname first, in e-mail headers, lists of names and Teams sender lines: ``Kuipers, S. (Sanne)``,
``Vos, Gerda``.

The order is what address books and distribution lists print (``Van: Bakker, J.M. (Jan)``,
``CC: Vos, Gerda; Kuipers, S.``). Outside a header line or a list of names under a label the same shape is
usually a reference (``Smith, P. (2010)``), so a match counts only there. The first-name side must be initials
(optionally with the first name in brackets) or a listed first name.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.name_anchors import REVERSED_NAME, Anchor, anchor_before, header_anchor, sender_after
from recognizers.name_lists import NameLists
from recognizers.name_tokens import line_bounds

# Not inside a list of names in the usual order ("Aanwezig: Jeroen Mulder, Lotte Visser"): no name word right
# before the surname or right after the first name; no year after it ("Smith, P. (2010)": a reference).
_REVERSED = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,'’-])(?<!\p{{L}}[ ]){REVERSED_NAME}(?![\p{{L}}\p{{N}}@]|[ ]?\(\d|[ ]\p{{Lu}})"
)


def reversed_names(text: str, lists: NameLists) -> Iterator[tuple[int, int, Anchor]]:
    """``(start, end, anchor)`` of each surname-first name on a header line or alone on a line under a label."""
    for m in _REVERSED.finditer(text, timeout=REGEX_TIMEOUT):
        if _plausible(m, lists):
            anchor = (
                header_anchor(text, m.start())
                or _list_anchor(text, m.start(), m.end(), lists)
                or sender_after(text, m.start(), m.end())
            )
            if anchor is not None:
                yield m.start(), m.end(), anchor


def _plausible(m: regex.Match[str], lists: NameLists) -> bool:
    """The surname is no word that is never a name, nor a place; a written-out first name is a listed one."""
    surname = m.group("surname").lower()
    if surname in lists.non_names or surname in lists.place_words:
        return False
    first = m.group("first")
    return first is None or first in lists.first_names or first.split("-")[0] in lists.first_names


def _list_anchor(text: str, start: int, end: int, lists: NameLists) -> Anchor | None:
    """The label above a name that fills its line (``Aanwezig:`` / ``Kuipers, S.`` / ``Vos, Gerda``)."""
    line_start, line_end = line_bounds(text, start, end)
    before, after = text[line_start:start], text[end:line_end]
    if before.strip(" \t*_>-") or after.strip(" \t,;*_"):
        return None
    anchor = anchor_before(text, start, lists, whole_line=True)
    return anchor if anchor is not None and anchor.kind == "label_line" else None
