"""Words right before a name that say a person follows: titles, greetings, e-mail headers, roles, sign-offs.

:func:`anchor_before` looks at the text in front of a candidate name and returns the :class:`Anchor` that
introduces it, if any. The anchor text itself is never part of the name span.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.chat_lines import SENDER_BEFORE, TIME_AFTER_SENDER
from recognizers.name_lists import NameLists
from recognizers.name_tokens import INITIAL, line_bounds
from recognizers.tables import cell_at

_WINDOW = 80
ABBREVIATED_TITLES = ("dhr", "mw", "mevr", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "mej", "bc")
_TITLE_WORDS = ("mevrouw", "meneer", "mijnheer", "heer", "mevr")
_TITLE = rf"(?:{'|'.join(ABBREVIATED_TITLES)})\.?"
# Any run of abbreviated titles before a name ("dhr. drs. ", "Mr. Dr. "), for the steps that look back for them.
TITLE_RUN = rf"(?i:{_TITLE}[ \u00a0]+)*"
_TITLES = regex.compile(
    rf"(?i)(?:(?<![\p{{L}}.]){_TITLE}|\b(?:{'|'.join(_TITLE_WORDS)}))"
    rf"(?:[ \u00a0]+(?<![\p{{L}}]){_TITLE})*[ \u00a0]*\Z"
)
_ACRONYM = regex.compile(r"\p{Lu}{2,4}")
_GREETINGS = (
    "geachte", "beste", "lieve", "hoi", "hallo", "hai", "hey", "dag", "goedemorgen", "goedemiddag", "goedenavond"
)  # fmt: skip
_GREETING = regex.compile(rf"(?i)\b(?P<a>{'|'.join(_GREETINGS)})[ \u00a0]+\Z")
_TAV = regex.compile(r"(?i)(?<![\p{L}])(?P<a>t\.?[ ]?a\.?[ ]?v\.?|ter attentie van)[ \t:]*\Z")
_SIGNATURES = ("w.g.", "was getekend", "getekend", "paraaf")
_SIGNED = regex.compile(rf"(?i)(?<![\p{{L}}])(?P<a>{'|'.join(map(regex.escape, _SIGNATURES))})[ \t:]*\Z")
# What a match of each of these patterns ends with before its trailing spaces (or colons), in any case: a window
# that ends otherwise cannot match, and is not searched.
_TITLE_ENDINGS = (*ABBREVIATED_TITLES, *(f"{t}." for t in ABBREVIATED_TITLES), *_TITLE_WORDS)
_TAV_ENDINGS = ("v", "v.", "ter attentie van")
_LONGEST_ENDING = max(map(len, (*_GREETINGS, *_TITLE_ENDINGS, *_TAV_ENDINGS, *_SIGNATURES)))
_LABELS = (
    r"van|aan|cc|bcc|kopie(?: aan)?|afzender|geadresseerde|contactpersoon|contact|behandeld door|naam|"
    r"ingediend door|opgesteld door|auteur|notulist|voorzitter|aanwezig|afwezig|deelnemers|verzonden door|"
    r"ondertekenaar|aanvrager|melder|verzoeker|indiener|klager|inspreker|bezwaarmaker|belanghebbende|betrokkenen?|"
    r"aanwezigen|genodigden|from|to"
)
# What may follow a role before the name: "minister van Veiligheid en Justitie, " (case-sensitive names).
ROLE_OF = r"(?:[ \u00a0]+van(?:[ \u00a0]+(?:de|het))?(?:[ \u00a0]+(?:\p{Lu}[\p{L}-]{1,30}|en|voor)){1,6})?,?"
_HEADER = regex.compile(rf"(?i)^[ \t>*_]*(?P<a>{_LABELS})[ \t*_]*:[*_]*[ \t]")
# A mail sent on someone's behalf ("Verzonden namens Ben Kolen", "Namens Joep Kosten"): a header without a colon.
_ON_BEHALF = regex.compile(r"(?i)^[ \t>*_]*(?P<a>verzonden namens|namens)[ \t]+\Z")
# A reply's quote header: "Op 3 april 2023 om 10:12 schreef Jan Jansen <…>:", "Op … heeft Jan Jansen het volgende
# geschreven:".
_REPLY = regex.compile(r"(?i)^[ \t>*_]*op[ \t][^\n]{4,80}?[ \t](?P<a>schreef|heeft)[ \t]+\Z")
_WRITTEN = regex.compile(r"(?i)\bgeschreven[ \t]*:")
_CAP = r"(?:\p{Lu}['’])?\p{Lu}[\p{Ll}'’]{1,30}"
# The interfixes of Dutch surnames, longest first, for the regexes that match a name's shape.
INTERFIX = r"(?:van der|van den|van de|van 't|in 't|van|de|der|den|ter|ten|'t|el)"
# A name written surname first, as address books print it: "Kuipers, S. (Sanne)", "Vos, Gerda", "Berg, J. van den".
REVERSED_NAME = (
    rf"(?P<surname>{_CAP}(?:-{_CAP})?),[ ]"
    rf"(?:(?:{INITIAL}[ ]?){{1,5}}(?<![ ])"
    rf"(?:[ ]\({_CAP}\))?|(?P<first>{_CAP}(?:-{_CAP})?))(?:[ ]{INTERFIX})?"
)
_REVERSED_UNNAMED = regex.sub(r"\?P<\w+>", "?:", REVERSED_NAME)
# A line holding one name (the names of a list under a label), written first name first or surname first.
_NAME_WORD = r"\p{Lu}[\p{Ll}'’]{1,30}(?:-\p{Lu}?[\p{Ll}'’]{1,30}){0,2}"  # also a double surname: "Rutten-Zevenboom"
_NAME_LINE = regex.compile(
    rf"^[ \t*_>•–-]*(?:(?:(?:\p{{Lu}}\.){{1,5}}[ ]?)?(?:(?:{_NAME_WORD}|van|de|der|den|ter|ten|'t|el)[ ]){{0,4}}"
    rf"{_NAME_WORD}|{_REVERSED_UNNAMED})[ \t,;*_]*$"
)
# A closing and a comma before the name on its line ("Met vriendelijke groet, Jan Jansen").
_CLOSING_BEFORE = regex.compile(r"^[ \t*_]*(?P<c>.{2,40}?)[ \t]*,[ \t]*\Z")
_BARE_LABEL = regex.compile(rf"(?i)^[ \t>*_#]*(?P<a>{_LABELS})[ \t*_]*(?P<colon>:)?[*_]*[ \t]*$")


@dataclass(frozen=True)
class Anchor:
    """What introduces a name: ``kind`` (title, greeting, header, chat, reply, label_line, tav, role, signature,
    signed, context)."""

    kind: str
    text: str
    public_role: bool = False


@lru_cache(maxsize=4)
def _role_regex(roles: frozenset[str]) -> regex.Pattern[str]:
    alternation = "|".join(regex.escape(r) for r in sorted(roles, key=lambda r: (-len(r), r)))
    return regex.compile(rf"(?<![\p{{L}}-])(?P<a>(?i:{alternation})){ROLE_OF}[ \u00a0]+\Z")


@lru_cache(maxsize=4)
def _roles(public_roles: frozenset[str], staff_roles: frozenset[str]) -> frozenset[str]:
    """All roles, as one set built once per pair of lists (the caches below then look it up by identity)."""
    return public_roles | staff_roles


def _role_search(window: str, roles: frozenset[str]) -> regex.Match[str] | None:
    """The role that ends ``window``; skipped without a regex call when an ASCII window holds none of the roles
    (for ASCII text and roles, a case-insensitive match is a substring of the lowercased text)."""
    ascii_roles = _ascii_roles(roles)
    if ascii_roles is not None and window.isascii():
        low = window.lower()
        if not any(role in low for role in ascii_roles):
            return None
    return _role_regex(roles).search(window, timeout=REGEX_TIMEOUT)


@lru_cache(maxsize=4)
def _ascii_roles(roles: frozenset[str]) -> tuple[str, ...] | None:
    """The roles an ASCII text can hold (lowercase ASCII; "coördinator" never matches ASCII text), or None when
    the pre-check would not be exact: a role with an ASCII capital, or with a non-ASCII letter that matches an
    ASCII one regardless of case (the Kelvin sign, the long s)."""
    found = []
    for role in roles:
        if role.isascii() and role == role.lower():
            found.append(role)
        elif role.isascii() or any(_has_ascii_twin(c) for c in role if not c.isascii()):
            return None
    return tuple(found)


def _has_ascii_twin(char: str) -> bool:
    """Whether a non-ASCII letter matches some ASCII character regardless of case."""
    return regex.search(rf"(?i:{regex.escape(char)})", _ASCII, timeout=REGEX_TIMEOUT) is not None


_ASCII = "".join(map(chr, range(128)))


@lru_cache(maxsize=4)
def closing_regex(closings: frozenset[str]) -> regex.Pattern[str]:
    """A line that holds only a closing formula ("Met vriendelijke groet,", "Hoogachtend")."""
    alternation = "|".join(regex.escape(c) for c in sorted(closings, key=lambda c: (-len(c), c)))
    return regex.compile(rf"(?i)^[ \t*_]*(?P<a>{alternation})[ \t*_]*[,.!]?[ \t*_]*$")


def anchor_before(text: str, start: int, lists: NameLists, whole_line: bool) -> Anchor | None:
    """The anchor ending right at ``start``; ``whole_line`` says the candidate name fills its line."""
    window = text[max(0, start - _WINDOW) : start]
    line_start = line_bounds(text, start, start)[0]
    line_prefix = text[line_start:start]
    spaced = window.rstrip(" \u00a0")
    greeting = len(spaced) < len(window) and _may_end_with(spaced, _GREETINGS)
    if greeting and (m := _GREETING.search(window, timeout=REGEX_TIMEOUT)):
        return Anchor("greeting", m.group("a"))
    if _may_end_with(spaced, _TITLE_ENDINGS) and (m := _TITLES.search(window, timeout=REGEX_TIMEOUT)):
        title = m.group().strip()
        if not _ACRONYM.fullmatch(title):  # "ING", "MR" without a period: the bank, the medezeggenschapsraad
            return Anchor("title", title)
    labelled = window.rstrip(" \t:")
    if _may_end_with(labelled, _TAV_ENDINGS) and (m := _TAV.search(window, timeout=REGEX_TIMEOUT)):
        return Anchor("tav", m.group("a"))
    if _may_end_with(labelled, _SIGNATURES) and (m := _SIGNED.search(window, timeout=REGEX_TIMEOUT)):
        return Anchor("signed", m.group("a"))
    if m := _role_search(window, _roles(lists.public_roles, lists.staff_roles)):
        role = m.group("a").lower()
        return Anchor("role", role, public_role=role in lists.public_roles)
    if anchor := header_anchor(text, start):
        return anchor
    closing = closing_regex(lists.closings)
    same_line = _CLOSING_BEFORE.match(line_prefix, timeout=REGEX_TIMEOUT)
    if same_line and closing.match(same_line.group("c"), timeout=REGEX_TIMEOUT):
        return Anchor("signature", same_line.group("c").strip())
    if whole_line and not line_prefix.strip(" \t*_>-•–"):
        return _line_anchor(text, line_start, closing)
    return table_anchor(text, start)


# Words that put a person next to them in running text: "de mail van X", "overleg met X", "volgens X", "ingediend
# door X", and "met X gesproken" with the verb after the name. Weaker than a label: one unknown word after them is
# no name. Not "het advies/de brief/de reactie van X": that is as often a firm or a body ("advies van Pels Rijcken").
_CONTEXT_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?P<a>(?:(?:e-?)?mail|mailtje|appje|notitie|memo|aantekeningen)[ \t]+van|"
    r"(?:gesprek|gesprekken|gesproken|overleg|overlegd|afspraak|contact|afgestemd|gebeld|gemaild|sprak|spreek|belde)"
    r"[ \t]+met|(?:ingediend|ondertekend|aangevraagd|gemeld)[ \t]+door|volgens)[ \t]+\Z"
)
_WITH_BEFORE = regex.compile(r"(?i)(?<![\p{L}])met[ \t]+\Z")
_VERB_AFTER = regex.compile(
    r"(?i)[ \t]+(?:gesproken|gebeld|overlegd|afgesproken|afgestemd|gemaild|contact (?:gehad|opgenomen))(?![\p{L}])"
)


def context_anchor(text: str, start: int, end: int) -> Anchor | None:
    """The words of running text that make ``text[start:end]`` a person (see :data:`_CONTEXT_BEFORE`)."""
    window = text[max(0, start - 40) : start]
    if m := _CONTEXT_BEFORE.search(window, timeout=REGEX_TIMEOUT):
        return Anchor("context", " ".join(m.group("a").lower().split()))
    if _WITH_BEFORE.search(window, timeout=REGEX_TIMEOUT) and (m := _VERB_AFTER.match(text, end, end + 30)):
        return Anchor("context", f"met … {m.group().strip().lower()}")
    return None


def _may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """False when ``text`` is ASCII at its end and does not end with one of the lowercase ``endings`` in any case
    (for ASCII text a case-insensitive match is one of the lowercased text); True otherwise."""
    tail = text[-_LONGEST_ENDING:]
    return not tail.isascii() or tail.lower().endswith(endings)


def sender_after(text: str, start: int, end: int) -> Anchor | None:
    """A Teams sender line: the name opens its line and only the time stands after it (``Vos, Gerda 10:32``,
    ``Koen 09:14``)."""
    line_start = line_bounds(text, start, end)[0]
    time = TIME_AFTER_SENDER.match(text, end, timeout=REGEX_TIMEOUT)
    if text[line_start:start].strip(" \t") or time is None:
        return None
    return Anchor("chat", time.group().strip())


def header_anchor(text: str, start: int) -> Anchor | None:
    """The e-mail or letter header label (``Van:``, ``CC:``, ``Verzonden namens``), a chat message's time stamp or a
    reply's quote header (``Op 3 april 2023 schreef``) that opens the line ``start`` stands on."""
    line_start, line_end = line_bounds(text, start, start)
    prefix = text[line_start:start]
    m = _HEADER.match(prefix, timeout=REGEX_TIMEOUT) or _ON_BEHALF.match(prefix, timeout=REGEX_TIMEOUT)
    if m:
        return Anchor("header", m.group("a"))
    if SENDER_BEFORE.match(prefix, timeout=REGEX_TIMEOUT):
        return Anchor("chat", prefix.strip())  # "[10:32] Femke Lutterveld: …": a chat message's sender
    m = _REPLY.match(prefix, timeout=REGEX_TIMEOUT)
    if m and (m.group("a").lower() == "schreef" or _WRITTEN.search(text, start, line_end, timeout=REGEX_TIMEOUT)):
        return Anchor("reply", m.group("a").lower())
    return None


_TABLE_REACH = 40  # rows under a table's header row that it anchors
_PERSON_COLUMN = regex.compile(
    rf"(?i)^[ \t*_]*(?P<a>{_LABELS}|(?:voor|achter)?naam|naam medewerker|medewerker|behandelaar|persoon|"
    r"deelnemer|ambtenaar)[ \t*_:]*$"
)


def table_anchor(text: str, start: int) -> Anchor | None:
    """The header of the pipe or tab table column whose cell opens at ``start`` when it names persons (``Naam |
    Functie`` over ``Jan Jansen | jurist``), for the first :data:`_TABLE_REACH` rows under the header."""
    found = cell_at(text, start)
    if found is None:
        return None
    table, index, cell = found
    if table.kind == "spaces" or not 0 < index <= _TABLE_REACH:
        return None
    header = table.rows[0].cell_in(cell.column)
    if header is not None and (m := _PERSON_COLUMN.match(header.text, timeout=REGEX_TIMEOUT)):
        return Anchor("label_line", m.group("a").lower())
    return None


def _written_as_label(m: regex.Match[str]) -> bool:
    """A label with a colon, or capitalised (``Aan``): a lowercase ``van`` or ``aan`` alone on its line is a
    preposition that a PDF's columns broke off its sentence."""
    return m.group("colon") is not None or m.group("a")[0].isupper()


def _line_anchor(text: str, line_start: int, closing: regex.Pattern[str]) -> Anchor | None:
    """A name alone on its line, under a bare label (``Aan``) or in a signature block under a closing."""
    previous = [line for line in text[max(0, line_start - 400) : line_start].split("\n") if line.strip()]
    for line in reversed(previous[-8:]):  # a label above a list of names ("Aanwezig:" + one name a line)
        if (m := _BARE_LABEL.match(line, timeout=REGEX_TIMEOUT)) and _written_as_label(m):
            return Anchor("label_line", m.group("a"))
        if not _NAME_LINE.match(line, timeout=REGEX_TIMEOUT):
            break
    for line in reversed(previous[-4:]):
        if m := closing.match(line, timeout=REGEX_TIMEOUT):
            return Anchor("signature", m.group("a"))
    return None
