"""Split a found name into given names/initials and surname, to compare mentions of the same person."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from recognizers.name_lists import NameLists
from recognizers.name_tokens import INITIAL

_INITIALS = regex.compile(rf"^(?:{INITIAL})+$")
# A word, keeping hyphenated double surnames with an interfix together ("Jansen-de Boer").
_WORD = regex.compile(r"[^\s-]+(?:-(?:\p{Ll}{1,3}[ ]){0,2}[^\s-]+)*")


@dataclass(frozen=True)
class NameParts:
    """``given`` names (as written), ``initials`` (first letters, upper) and the ``surname`` with interfix."""

    given: tuple[str, ...]
    initials: str
    surname: str

    @property
    def key(self) -> str:
        """The surname folded for comparison: lowercase, single spaces."""
        return " ".join(self.surname.lower().split())

    def compatible(self, other: NameParts) -> bool:
        """Same surname, and the first initials agree when both mentions have any."""
        if not self.key or self.key != other.key:
            return False
        return not (self.initials and other.initials) or self.initials[0] == other.initials[0]


def split_name(text: str, lists: NameLists) -> NameParts:
    """``"J.M. van der Berg"`` → given (), initials "JM", surname "van der Berg"; reversed "Jansen, Piet" too."""
    if "," in text:
        surname, _, given = text.partition(",")
        text = f"{given.strip()} {surname.strip()}"
    words = _WORD.findall(text.replace(".", ". "))
    if len(words) == 1 and words[0] in lists.first_names and words[0] not in lists.surnames:
        return NameParts(given=(words[0],), initials=words[0][0].upper(), surname="")
    initials = ""
    given: list[str] = []
    index = 0
    while index < len(words) - 1:
        word = words[index]
        if _INITIALS.match(word):
            initials += word[0]
        elif _interfix_at(words, index, lists):
            break
        else:
            given.append(word)
            initials += word[0]
        index += 1
    surname = " ".join(words[index:])
    return NameParts(given=tuple(given), initials=initials.upper(), surname=surname)


def _interfix_at(words: list[str], index: int, lists: NameLists) -> bool:
    rest = " ".join(words[index:]).lower()
    return any(rest.startswith(f"{interfix} ") for interfix in lists.interfixes)
