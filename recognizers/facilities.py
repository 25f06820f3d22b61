"""Places open to the public: the capitalised words right after ``zwembad``, ``sporthal``, ``basisschool`` …
(``lst_facility_word``, also as the end of a longer compound: ``Woonzorgcentrum``) name that place, not a person
("zwembad De Houtvaart", "wijkcentrum De Schakel")."""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.name_lists import listed_or_compound, own_list

_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?P<word>\p{L}{4,40})[ ]\Z")
_COMPOUND_HEAD = 3  # letters before the facility word in a compound ("woon|zorgcentrum")
# Only facility words this long end a compound: "rijschool Jan de Vries" or "Dorpskerk" keep their own reading.
_SHORTEST_IN_COMPOUND = 7


def facility_before(text: str, start: int) -> bool:
    """Whether a facility word (:data:`lst_facility_word`) stands right before ``start``, one space between."""
    match = _WORD_BEFORE.search(text, max(0, start - 42), start, timeout=SCAN_TIMEOUT)
    return match is not None and listed_or_compound(
        match.group("word").lower(), own_list("lst_facility_word"), _COMPOUND_HEAD, _SHORTEST_IN_COMPOUND
    )
