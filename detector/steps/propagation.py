"""Suggest every later mention of a person already found: reviewers miss repeats more than first mentions.

From each PERSON span at or above the threshold this step derives the mentions of the same person: the full
name in any casing whose last word keeps its capital (``JAN DE VRIES``, not ``de vries``), the surname alone (with
its interfix in either case: ``Van den Berg`` after ``S. van den Berg``, also with other initials), and the first
given name alone (``Hoi Linda,`` after ``Linda Schouten``). Each new span points to the first mention. Names of
officials kept public are not spread.

The cost is linear in the document: the last words of the mention patterns are found with ``str.find`` (for
at most :data:`_LOOKED_UP_WORDS` words; beyond that all the text's words are indexed once), and each mention
pattern is only tried in a small window before each occurrence of its last word (never scanned over the whole text
per person).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

import regex

from detector.document import Span
from detector.steps.base import Resources, StepContext
from recognizers.base import REGEX_TIMEOUT
from recognizers.name_anchors import TITLE_RUN
from recognizers.name_lists import NameLists, name_lists
from recognizers.name_parts import NameParts, split_name
from recognizers.name_tokens import INITIAL, lowercase_vocabulary

_INITIALS = rf"(?:{INITIAL}[ \u00a0]?){{1,5}}"
_WORD_RUN = regex.compile(r"[\p{L}\p{N}]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_NEWLINE = regex.compile("\n")
_LOOKED_UP_WORDS = 64  # words looked up one by one (a scan of the text each) before all words are indexed at once
_WINDOW = 160  # characters before a pattern's last word in which its titles, initials and given names may start
_GREETING_BEFORE = regex.compile(
    r"(?i)(?:\b(?:geachte|beste|lieve|hoi|hallo|hai|hey|dag|groet|groeten|groetjes)[ ,]+|^[ \t]*)\Z"
)


@dataclass(frozen=True)
class _Person:
    first: Span
    parts: NameParts


class PropagateNamesStep:
    """Add PERSON spans for later mentions (surname alone, first name, other casing) of found persons."""

    name = "propagate_names"

    def __init__(self, resources: Resources) -> None:
        self.threshold = resources.settings.score_threshold
        self.lists: NameLists = name_lists()

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        text = context.text
        public_keys = {split_name(s.text, self.lists).key: s for s in context.public if s.entity_type == "PERSON"}
        public_parts = [split_name(s.text, self.lists) for s in public_keys.values()]
        persons = self._persons(spans, public_parts)
        # A weaker PERSON span at exactly a mention's place is replaced: it gets the higher score and the pointer.
        weaker = {(s.start, s.end): i for i, s in enumerate(spans) if s.entity_type == "PERSON"}
        covered = bytearray(len(text) + 1)  # 1 = a character inside a confident or public span
        for s in [*(s for s in spans if s.score >= self.threshold), *context.public]:
            covered[s.start : s.end] = b"\x01" * (s.end - s.start)
        out = list(spans)
        vocabulary = lowercase_vocabulary(text)
        words = _WordIndex(text)
        tried: set[str] = set()  # a pattern two persons share finds the same mentions: the first person's count
        for person in persons:
            for start, end, score, how in self._mentions(text, person, vocabulary, words, tried):
                index = weaker.get((start, end))
                if index is not None and out[index].score < score and out[index] is not person.first:
                    out[index] = self._span(words, start, end, score, how, person)
                    continue
                if covered.find(1, start, end) != -1:
                    continue
                covered[start:end] = b"\x01" * (end - start)
                out.append(self._span(words, start, end, score, how, person))
        return out

    def _persons(self, spans: list[Span], public_parts: list[NameParts]) -> list[_Person]:
        """One entry per distinct person, with its first (earliest) confident mention."""
        persons: list[_Person] = []
        public = defaultdict(list)
        for parts in public_parts:
            public[parts.key].append(parts)
        by_key: dict[str, list[NameParts]] = defaultdict(list)  # persons with a surname, by surname
        given_only: set[str] = set()  # first given names of persons without a surname
        for span in sorted(spans, key=lambda s: s.start):
            if span.entity_type != "PERSON" or span.score < self.threshold:
                continue
            parts = split_name(span.text, self.lists)
            if any(parts.compatible(p) for p in public.get(parts.key, ())):
                continue
            if parts.key:
                if any(parts.compatible(p) for p in by_key[parts.key]):
                    continue
                by_key[parts.key].append(parts)
            elif parts.given:
                if parts.given[0] in given_only:
                    continue
                given_only.add(parts.given[0])
            persons.append(_Person(span, parts))
        return persons

    def _mentions(
        self, text: str, person: _Person, vocabulary: frozenset[str], words: _WordIndex, tried: set[str]
    ) -> list[tuple[int, int, float, str]]:
        """``(start, end, score, how)`` for every mention of ``person`` in ``text``."""
        found: list[tuple[int, int, float, str]] = []
        full = r"[ \u00a0]+".join(regex.escape(w) for w in person.first.text.split())
        patterns: list[tuple[str, str, float, str]] = [(rf"(?i:{full})", person.first.text, 0.85, "dezelfde naam")]
        surname = person.parts.surname
        if surname and self._distinctive(surname, vocabulary):
            given = "|".join(regex.escape(g) for g in person.parts.given)
            prefix = rf"(?:{_INITIALS}|(?:{given})[ \u00a0]+)?" if given else rf"(?:{_INITIALS})?"
            patterns.append(
                (rf"{TITLE_RUN}{prefix}{_surname_regex(surname, self.lists)}", surname, 0.85, "de achternaam")
            )
        for given in person.parts.given[:1]:
            if self._distinctive(given, vocabulary):
                patterns.append((regex.escape(given), given, 0.7, "de voornaam"))
        for pattern, literal, score, how in patterns:
            if pattern in tried:
                continue
            tried.add(pattern)
            compiled = regex.compile(rf"(?<![\p{{L}}\p{{N}}@.]){pattern}(?![\p{{L}}\p{{N}}]|@|\.\p{{L}})")
            last = _WORD_RUN.findall(literal)[-1:] or [""]
            for m_start, m_end in words.matches(compiled, literal):
                if _lowered_name(text, m_end, last[0]):
                    continue
                start = _skip_titles(text, m_start, m_end)
                boosted = score
                if how == "de voornaam" and _GREETING_BEFORE.search(text[max(0, start - 30) : start]):
                    boosted = 0.85
                found.append((start, m_end, boosted, how))
        return found

    def _distinctive(self, word: str, vocabulary: frozenset[str]) -> bool:
        """A name part safe to search alone: at least 3 letters, not a common word (in our lists or written in
        lowercase elsewhere in this document)."""
        low = word.lower()
        lists = self.lists
        return len(word) >= 3 and not (low in lists.common_words or low in lists.non_names or low in vocabulary)

    def _span(self, words: _WordIndex, start: int, end: int, score: float, how: str, person: _Person) -> Span:
        text = words.text
        line = words.line(person.first.start)
        reason = f"Zelfde persoon als '{person.first.text}' (eerste vermelding op regel {line}), herkend aan {how}"
        return Span(
            start=start,
            end=end,
            text=text[start:end],
            entity_type="PERSON",
            score=score,
            recognizer=self.name,
            metadata={"first_mention": person.first.start, "evidence": reason, "what": "naam"},
        )


class _WordIndex:
    """Where a word (letters and digits, lowercased) ends in the text, and where its lines start.

    A word's ends are looked up when first asked for (``str.find`` on the lowercased text, kept only where the
    occurrence is a whole run of letters and digits): a document has thousands of words, its persons a few."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        # Lowering that changes the length (``İ``) breaks the offsets: then every word is indexed at once.
        self._lowered = lowered if len(lowered) == len(text) else None
        self._ends: dict[str, list[int]] = {} if self._lowered is not None else _all_ends(text)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(m.end() for m in _NEWLINE.finditer(self.text))]

    def line(self, offset: int) -> int:
        """The 1-based line number of ``offset``."""
        return bisect_right(self._line_starts, offset)

    def ends(self, word: str) -> list[int]:
        """The end offsets of the runs of letters and digits that read ``word`` (lowercase) in the text."""
        found = self._ends.get(word)
        if found is None and self._lowered is not None:
            if len(self._ends) < _LOOKED_UP_WORDS:
                found = self._ends[word] = self._find_ends(self._lowered, word)
            else:  # many persons: one index of all words keeps the cost linear
                self._lowered, self._ends = None, _all_ends(self.text)
                found = self._ends.get(word)
        return found or []

    def _find_ends(self, lowered: str, word: str) -> list[int]:
        text = self.text
        found = []
        start = lowered.find(word)
        while start != -1:
            end = start + len(word)
            if (
                (start == 0 or not _WORD_CHAR.match(text, start - 1))
                and (end == len(text) or not _WORD_CHAR.match(text, end))
                and _WORD_RUN.fullmatch(text, start, end)
            ):
                found.append(end)
            start = lowered.find(word, start + 1)
        return found

    def matches(self, compiled: regex.Pattern[str], literal: str) -> list[tuple[int, int]]:
        """The matches of ``compiled`` (which ends with ``literal``) around each occurrence of its last word."""
        runs = _WORD_RUN.findall(literal)
        if not runs:
            return []
        found: dict[tuple[int, int], None] = {}
        reach = len(literal) + _WINDOW
        for end in self.ends(runs[-1].lower()):
            # Two characters past the word: enough for the pattern's lookahead (``.x``, ``@``, a letter).
            window = (max(0, end - reach), min(len(self.text), end + 2))
            for m in compiled.finditer(self.text, *window, timeout=REGEX_TIMEOUT):
                if m.end() == end:
                    found[(m.start(), m.end())] = None
        return list(found)


def _all_ends(text: str) -> dict[str, list[int]]:
    """The end offsets of every run of letters and digits in ``text``, by its lowercase form."""
    ends: dict[str, list[int]] = defaultdict(list)
    for m in _WORD_RUN.finditer(text, timeout=REGEX_TIMEOUT):
        ends[m.group().lower()].append(m.end())
    return dict(ends)


def _surname_regex(surname: str, lists: NameLists) -> str:
    """The surname with its interfix in either case ("van den Berg" / "Van den Berg"), exact otherwise."""
    low = surname.lower()
    for interfix in lists.interfixes:
        if low.startswith(f"{interfix} "):
            rest = surname[len(interfix) + 1 :]
            words = r"[ \u00a0]+".join(regex.escape(w) for w in interfix.split())
            return rf"(?i:{words})[ \u00a0]+{regex.escape(rest)}"
    return regex.escape(surname)


def _lowered_name(text: str, end: int, last_word: str) -> bool:
    """Whether a mention written in another casing ends in a lower-case word where the name has a capital: "de no"
    in "de no-riskpolis" is no mention of "de No", "DE NO" in a heading is."""
    first = end - len(last_word)
    return last_word[:1].isupper() and text[first : first + 1].islower()


def _skip_titles(text: str, start: int, end: int) -> int:
    """Move the start past titles like "mw. " so the span holds the name only."""
    m = regex.match(TITLE_RUN, text[start:end])
    return start + (m.end() if m else 0)
