"""A person found in one document of a request is proposed in every document of it, in other spellings too.

From each PERSON suggestion under 5.1(2)e the request knows a person: given names or initials and a surname
with its interfix. In every document it then finds that person written as
``Jan de Vries`` / ``J. de Vries`` / ``J.M. De Vries`` / ``Joop de Vries`` (a given name with the same
initial) / ``de heer De Vries`` (interfix in either case, with a title), ``J. Vries`` (without the interfix)
and ``Vries, J. de`` / ``De Vries, Jan`` (surname first).
A surname alone is not enough across documents (an official of the same name may act publicly elsewhere):
each mention needs matching initials, the given name or a title. Places already suggested are left alone.

Documents are indexed on their words first, so only the persons whose surname occurs in a document are
searched for in it: the cost grows with the documents and the mentions, not documents × persons.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from detector.document import Suggestion
from detector.request.mention import request_suggestion
from detector.values import split_interfix
from recognizers.base import REGEX_TIMEOUT
from recognizers.name_lists import NameLists, name_lists
from recognizers.name_parts import NameParts, split_name

GROUND = "5.1(2)e"
SCORE = 0.85
_SP = r"[ \u00a0]+"
_TITLE = r"(?i:de[ \u00a0]+heer|heer|mevrouw|mevr\.?|mw\.?|dhr\.?|mr\.?|dr\.?|drs\.?|ir\.?)"
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


@dataclass(frozen=True)
class Person:
    """A person proposed somewhere in the request: as first written, where, and split into parts."""

    text: str
    source: str
    parts: NameParts


def persons_of(
    documents: Iterable[tuple[str, Sequence[Suggestion]]], lists: NameLists | None = None
) -> list[Person]:
    """One :class:`Person` per distinct name proposed under 5.1(2)e (surname and first initial), from
    ``(document name, suggestions)`` pairs."""
    lists = lists or name_lists()
    seen: set[tuple[str, str]] = set()
    persons: list[Person] = []
    for name, suggestions in documents:
        for s in suggestions:
            if s.entity_type != "PERSON" or s.ground != GROUND:
                continue
            parts = split_name(s.text, lists)
            if not parts.surname or not (parts.initials or parts.given):
                continue
            key = (parts.key, parts.initials[:1])
            if key not in seen:
                seen.add(key)
                persons.append(Person(s.text, name, parts))
    return persons


class PersonFinder:
    """Finds the mentions of a set of persons in a text (see the module docstring)."""

    def __init__(self, persons: Sequence[Person], lists: NameLists | None = None) -> None:
        self.lists = lists or name_lists()
        self._by_word: dict[str, list[Person]] = defaultdict(list)
        for person in persons:
            self._by_word[person.parts.surname.split()[-1].lower()].append(person)
        self._patterns: dict[int, regex.Pattern[str]] = {}

    def mentions(self, text: str) -> list[tuple[int, int, Person]]:
        """``(start, end, person)`` for every mention in ``text``, in order, without overlaps."""
        words = {m.group(0).lower() for m in _WORD.finditer(text)}
        found: list[tuple[int, int, Person]] = []
        for word in words & self._by_word.keys():
            for person in self._by_word[word]:
                for m in self._pattern(person).finditer(text, timeout=REGEX_TIMEOUT):
                    found.append((m.start("name"), m.end("name"), person))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, Person]] = []
        for start, end, person in found:
            if not kept or start >= kept[-1][1]:
                kept.append((start, end, person))
        return kept

    def propose(self, text: str, suggestions: Sequence[Suggestion]) -> list[Suggestion]:
        """New suggestions for ``text``: mentions of the persons not yet covered by one of ``suggestions``."""
        covered = [(s.start, s.end) for s in suggestions]
        return [
            _suggestion(text, start, end, person)
            for start, end, person in self.mentions(text)
            if not any(s < end and start < e for s, e in covered)
        ]

    def _pattern(self, person: Person) -> regex.Pattern[str]:
        pattern = self._patterns.get(id(person))
        if pattern is None:
            pattern = regex.compile(_person_regex(person.parts, self.lists))
            self._patterns[id(person)] = pattern
        return pattern


def _suggestion(text: str, start: int, end: int, person: Person) -> Suggestion:
    reason = f"Zelfde persoon als '{person.text}' in {person.source} (ander document van dit verzoek)"
    return request_suggestion(text, start, end, "PERSON", GROUND, SCORE, "naam", reason)


def _person_regex(parts: NameParts, lists: NameLists) -> str:
    """One regex with a group ``name`` for every spelling of the person (module docstring)."""
    interfix, bare = split_interfix(parts.surname, lists)
    surname = _words(bare)
    with_interfix = rf"(?i:{_words(interfix)}){_SP}{surname}" if interfix else surname
    firsts = []
    if parts.initials:
        initial = regex.escape(parts.initials[0])
        firsts.append(rf"{initial}\.(?:[ \u00a0]?\p{{Lu}}\.){{0,4}}")
        firsts.append(rf"{initial}\p{{Ll}}{{2,}}")
    if parts.given:
        firsts.append(regex.escape(parts.given[0]))
    first = "(?:" + "|".join(firsts) + ")"
    forms = [
        rf"(?P<name>{first}{_SP}{with_interfix})",
        rf"{_TITLE}{_SP}(?P<name>(?:{first}{_SP})?{with_interfix})",
        rf"(?P<name>{with_interfix},{_SP}{first}(?:{_SP}(?i:{_words(interfix)}))?)" if interfix else "",
        rf"(?P<name>{surname},{_SP}{first}(?:{_SP}(?i:{_words(interfix)}))?)" if interfix else "",
        rf"(?P<name>{first}{_SP}{surname})" if interfix else "",
        rf"(?P<name>{surname},{_SP}{first})" if not interfix else "",
    ]
    body = "|".join(f for f in forms if f)
    return rf"(?<![\p{{L}}\p{{N}}@.])(?:{body})(?![\p{{L}}\p{{N}}]|@|\.\p{{L}})"


def _words(text: str) -> str:
    return _SP.join(regex.escape(w) for w in text.split())
