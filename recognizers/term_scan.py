"""Search an alternation of listed terms only where one of the terms can start.

``regex`` tries every branch of ``(?i)(?:term1|term2|…)`` at every position of the text: a hundred terms cost
about 0.3 s per megabyte, for a handful of matches. :class:`TermScan` first finds where a term's first word
occurs (``str.find`` on the case-folded text, fast), then tries the pattern only there, in text order, skipping
positions inside the previous match: the same matches as ``pattern.finditer(text)``, as long as every match
starts with the first word of one of the terms, written in any case, and never right after a letter or a
hyphen (the pattern opens with a lookbehind such as ``(?<![\\p{L}\\p{N}-])``). A text whose case folding
changes its length (``ß``, ``İ``) is searched with ``finditer`` as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex

from recognizers.base import REGEX_TIMEOUT

# The pattern allows these between the words of a term, so a multi-word term's first word is followed by one.
TERM_SPACES = " \t\n"


class TermScan:
    """``pattern`` (case-insensitive, every match a term at a word start) with the terms it is built from."""

    def __init__(self, pattern: regex.Pattern[str], terms: Iterable[str]) -> None:
        self.pattern = pattern
        heads: set[str] = set()
        for term in terms:
            first, *rest = term.casefold().split(" ")
            heads.update(first + space for space in TERM_SPACES) if rest else heads.add(first)
        self.heads = tuple(sorted(heads))

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` gives them."""
        folded = text.casefold()
        if len(folded) != len(text):
            yield from self.pattern.finditer(text, timeout=REGEX_TIMEOUT)
            return
        yield from matches_at(self.pattern, text, self._starts(text, folded))

    def _starts(self, text: str, folded: str) -> set[int]:
        """Where a term's first word occurs, not right after a letter or a hyphen (no match starts mid-word)."""
        return {
            position
            for head in self.heads
            for position in occurrences(folded, head)
            if position == 0 or not (text[position - 1].isalpha() or text[position - 1] == "-")
        }


class NearLiteralScan:
    """``pattern`` whose every match starts with a character of ``first`` (any character when None) and holds one
    of ``literals`` (exact case) starting at most ``reach`` characters after the match's start: tried only at such
    positions."""

    def __init__(
        self,
        pattern: regex.Pattern[str],
        literals: Iterable[str],
        reach: int,
        first: str | None = None,
        where: Callable[[str, int], bool] | None = None,
    ) -> None:
        self.pattern = pattern
        self.literals = tuple(sorted(set(literals)))
        self.reach = reach
        self.first = None if first is None else frozenset(first)
        self.where = where  # a test every match's start passes too (``sentence_start``)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` gives them."""
        starts: set[int] = set()
        for literal in self.literals:
            for position in occurrences(text, literal):
                near = range(max(0, position - self.reach), position + 1)
                starts.update(p for p in near if self._may_start(text, p))
        yield from matches_at(self.pattern, text, starts)

    def _may_start(self, text: str, position: int) -> bool:
        """Whether a match may start at ``position``: its character is one of ``first``, and ``where`` holds."""
        if self.first is not None and text[position] not in self.first:
            return False
        return self.where is None or self.where(text, position)


def sentence_start(text: str, position: int) -> bool:
    """Whether ``position`` starts the text, a line, a sentence after ``.``, ``!`` or ``?`` and one space, or a
    message after its sender's colon (``[10:01] Anna: Vopak wil € 95``)."""
    if position == 0 or text[position - 1] == "\n":
        return True
    return position >= 2 and text[position - 1] == " " and text[position - 2] in ".!?:"


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Every position where ``literal`` occurs in ``text`` (overlapping ones included)."""
    position = text.find(literal)
    while position != -1:
        yield position
        position = text.find(literal, position + 1)


def matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` yields (for a pattern that never matches the empty string), given a
    superset of the positions where a match can start: the pattern is tried there in text order, and positions
    inside the previous match are skipped."""
    end = 0
    for position in sorted(starts):
        if position < end:
            continue
        match = pattern.match(text, position, timeout=REGEX_TIMEOUT)
        if match is not None:
            yield match
            end = match.end()
