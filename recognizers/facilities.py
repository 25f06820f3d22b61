"""Places open to the public: the capitalised words right after ``zwembad``, ``sporthal``, ``basisschool`` …
(``lst_facility_word``, also as the end of a longer compound: ``Woonzorgcentrum``) name that place, not a person
("zwembad De Houtvaart", "wijkcentrum De Schakel"), and so does that name alone elsewhere in the text ("Volgens de
beheerder is De Meerkamp weer open")."""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.name_lists import listed_or_compound, own_list
from recognizers.term_scan import occurrences

_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?P<word>\p{L}{4,40})[ ]\Z")
_CAPITALISED = r"\p{Lu}\p{Ll}[\p{L}'’-]{0,30}"
# A word and the capitalised words after it, an article first or not: "sporthal De Meerkamp", "zwembad Het Wedloop"
_NAMED = regex.compile(
    rf"(?<![\p{{L}}])(?P<word>\p{{L}}{{4,40}})[ ](?P<name>(?:(?:De|Het|Den|'t)[ ])?{_CAPITALISED}"
    rf"(?:[ ]{_CAPITALISED}){{0,2}})(?![\p{{L}}])"
)
_MAX_HEAD = 33  # letters a compound may have before its facility word (a word is at most 40 letters)
_WORD_HEAD = regex.compile(rf"(?<![\p{{L}}])\p{{L}}{{1,{_MAX_HEAD}}}\Z")  # the letters of a word before its ending
_COMPOUND_HEAD = 3  # letters before the facility word in a compound ("woon|zorgcentrum")
# Only facility words this long end a compound: "rijschool Jan de Vries" or "Dorpskerk" keep their own reading.
_SHORTEST_IN_COMPOUND = 7


def _is_facility_word(word: str) -> bool:
    return listed_or_compound(word.lower(), own_list("lst_facility_word"), _COMPOUND_HEAD, _SHORTEST_IN_COMPOUND)


def facility_before(text: str, start: int) -> bool:
    """Whether a facility word (:data:`lst_facility_word`) stands right before ``start``, one space between."""
    match = _WORD_BEFORE.search(text, max(0, start - 42), start, timeout=SCAN_TIMEOUT)
    return match is not None and _is_facility_word(match.group("word"))


def facility_names(text: str) -> frozenset[str]:
    """The names written right after a facility word in ``text``, each with every shorter run of its words from the
    first (``De Meerkamp`` of ``sporthal De Meerkamp Noord``)."""
    folded = text.lower()
    if len(folded) != len(text):  # lowering changed the length ("İ"): find the words as written only
        folded = text
    names: set[str] = set()
    for word in own_list("lst_facility_word"):
        for position in occurrences(folded, word + " "):
            end = position + len(word)
            head = _WORD_HEAD.search(text, max(0, position - _MAX_HEAD), position + 1, timeout=SCAN_TIMEOUT)
            match = _NAMED.match(text, head.start() if head else position, timeout=SCAN_TIMEOUT)
            if match is not None and match.end("word") == end and _is_facility_word(match.group("word")):
                words = match.group("name").split()
                lead = 2 if words[0] in {"De", "Het", "Den", "'t"} else 1
                names.update(" ".join(words[:n]) for n in range(lead, len(words) + 1))
    return frozenset(names)
