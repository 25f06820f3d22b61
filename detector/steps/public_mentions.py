"""Names that stay public by the way a text mentions them, for the ``public`` step.

- An author in a literature reference ("Boersema HJ, Hoekstra T, et al.", "zie Van Wijk / Konijnenbelt p. 362",
  "F.M. Noordam e.a., Contra legem, 2019", a reference list with DOIs) published under their own name. A year in
  brackets alone is not enough: "mevrouw X (1965)" may be a birth year.
- A member of parliament or council named with a motion ("motie Wiersma / Heerma", "de leden van de Tweede Kamer
  Wiersma en Heerma hebben een motie ingediend") acts publicly in that role.
- A name inside a public organisation's name with a legal form ("Rijschool Van Oijen B.V.") is part of that name.
- So is a name written right after a word naming the kind of organisation ("Verkeersschool Koos van der Bilt",
  "ROC Menso Alting") or right before one or a company word ("Van Buuren Opleidingen", "Nanny Nina Academy"), and
  a name that opens a line or cell followed by its trade in lowercase up to the line's end or its numbers ("Jan
  Pouls training en verkeersadvies 3.146").
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from detector.document import Span
from recognizers.base import REGEX_TIMEOUT
from recognizers.name_lists import organisation_kind, own_list
from recognizers.sole_traders import opens_line, trade_after

_AFTER_REACH = 160  # past the longest tail the citation pattern reads (its e.a. branch: about 130 characters)
_MOTION_REACH = 120
_SOURCE_REACH = 200
# Right after the name (same line): a citation's tail.
_CITATION_AFTER = regex.compile(
    r"(?i)^[^\n]{0,40}?(?:(?<![\p{L}])et[ \t]al(?![\p{L}])|(?<![\p{L}])pp?\.[ \t]?\d)"
    r"|^[ \t]{0,2}e\.a\.,[\s\S]{0,120}?(?<!\d)(?:19|20)\d\d(?!\d)"  # a PDF may wrap the title: lines too
)
# Near the name: what only a bibliography holds (a DOI, an ISBN, a journal's year;volume(issue)).
_SOURCE_NEAR = regex.compile(
    r"(?i)\bdoi(?:\.org)?\b|\bisbn\b|(?<!\d)(?:19|20)\d\d[;,]?[ \t]?\d{1,4}[ \t]?\(\d{1,3}\)[ \t]?:"
)
_CITATION_REASON = (
    "Auteur in een literatuurverwijzing: de naam staat in een gepubliceerde bron en blijft openbaar."
)
# Before the name: a motion, or members of a representative body, with only names between ("motie Wiersma / ");
# case-sensitive there, so a lowercase word ends the list.
_MOTION_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:motie|kamerleden|raadsleden|statenleden|leden[ \t]van[ \t]de[ \t](?:tweede|eerste)[ \t]kamer)"
    r"(?:[- \t]{1,3}(?:van[ \t]de[ \t]leden[ \t])?)"
    r"(?P<between>(?:[ \t]{0,2}(?:\n[ \t]{0,2}){0,2}(?:\p{Lu}[\p{L}'’.-]{0,25}|van|de|der|den|ten|ter|en|,|/|&)){0,8}"
    r"[ \t]{0,2}(?:\n[ \t]{0,2}){0,2})\Z"  # a table cell may wrap the list of names over lines
)
_MOTION_REASON = (
    "Naam van een volksvertegenwoordiger, genoemd bij een motie of als lid van de vertegenwoordiging; treedt in die "
    "functie in de openbaarheid, de naam blijft openbaar."
)


def citation_reason(span: Span, text: str) -> str | None:
    """Why ``span`` (a name) is an author in a literature reference, or None."""
    after = text[span.end : span.end + _AFTER_REACH]
    if _CITATION_AFTER.search(after, timeout=REGEX_TIMEOUT):
        return _CITATION_REASON
    around = text[max(0, span.start - _SOURCE_REACH) : span.end + _SOURCE_REACH]
    if _SOURCE_NEAR.search(around, timeout=REGEX_TIMEOUT):
        return _CITATION_REASON
    return None


def motion_reason(span: Span, text: str) -> str | None:
    """Why ``span`` is a member of parliament or council named with a motion (on its line or the line above), or
    None."""
    low = max(0, span.start - _MOTION_REACH)
    line_start = text.rfind("\n", low, span.start) + 1 or low
    above = text[low:line_start].rstrip()  # the last non-empty line above
    above_start = text.rfind("\n", low, len(above) + low) + 1 if above else line_start
    before = text[max(above_start, low) : span.start]
    if _MOTION_BEFORE.search(before, timeout=REGEX_TIMEOUT):
        return _MOTION_REASON
    return None


# One space only, on the same line: a table's name and department columns are set apart by more.
_WORD_AFTER = regex.compile(r"[ ](?P<word>\p{Lu}[\p{L}-]{1,30})(?![\p{L}\d])")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d.-])(?P<word>\p{Lu}[\p{L}-]{1,30})[ ]\Z")
_WORD_REACH = 34


class OrganisationWords:
    """Organisation words around a name: the kind of organisation (``lst_org_type_word``, also ending a compound)
    before or after it, or a company word (``lst_generic_org_word``) after it; in a list or table also a one-person
    firm's trade in lowercase, filling the line after the name (``Jan Pouls training en verkeersadvies``)."""

    def __init__(self) -> None:
        self.company = own_list("lst_generic_org_word")

    def reason(self, span: Span, text: str) -> str | None:
        """Why ``span`` (a name) is part of an organisation's name, or None."""
        after = _WORD_AFTER.match(text, span.end, min(len(text), span.end + _WORD_REACH), timeout=REGEX_TIMEOUT)
        if after and (organisation_kind(after.group("word")) or after.group("word").lower() in self.company):
            return _organisation_reason(f"{span.text} {after.group('word')}")
        if (trade := trade_after(text, span.end)) and opens_line(text, span.start):  # recognizers.sole_traders
            return _organisation_reason(f"{span.text} {trade}")
        before = _WORD_BEFORE.search(text, max(0, span.start - _WORD_REACH), span.start, timeout=REGEX_TIMEOUT)
        if before and organisation_kind(before.group("word")):
            return _organisation_reason(f"{before.group('word')} {span.text}")
        return None


def _organisation_reason(name: str) -> str:
    return f"Deel van de naam van de organisatie '{name}', geen persoon; blijft openbaar zoals die naam."


class InsideOrganisation:
    """The public organisation names with a legal form (``Rijschool Van Oijen B.V.`` in a decision's table): a
    name inside one is part of it, not a person. Looked up by bisection, so the step stays linear."""

    def __init__(self, public: list[Span]) -> None:
        names = sorted(
            (s for s in public if s.entity_type == "ORGANIZATION" and s.metadata.get("legal_form")),
            key=lambda s: s.start,
        )
        self.starts = [s.start for s in names]
        self.widest: list[Span] = []  # per position, of the names starting there or before, the one ending last
        for name in names:
            self.widest.append(name if not self.widest or name.end > self.widest[-1].end else self.widest[-1])

    def reason(self, span: Span) -> str | None:
        """Why ``span`` is part of a public organisation's name, or None."""
        index = bisect_right(self.starts, span.start) - 1
        if index < 0 or self.widest[index].end < span.end:
            return None
        return _organisation_reason(self.widest[index].text)
