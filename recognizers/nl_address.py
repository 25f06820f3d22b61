"""Street addresses (ADDRESS: street + house number + toevoeging): private → 5.1(2)e, government ones public.

A street is one to four words ending in a Dutch street word (``-straat``, ``-laan``, ``-plein``, ``Markt`` …).
The ground is left to ``ground_rules.json`` (an address in an offerte is 5.1(1)c). The body's own addresses
(its organisation profile) are kept public by the ``public`` step; a ``Postbus`` is never a person's address and
is not reported at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.business_context import line_end, line_start
from recognizers.name_lists import name_lists
from recognizers.tables import cell_at
from recognizers.term_scan import matches_at

_STREET_WORDS = (
    "straat|straatweg|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|dreef|park|steeg|baan|ring|markt|"
    "plantsoen|boulevard|allee|erf|wal|burgwal|veld|kant|zijde|dam|haven|poort|promenade|passage|oord|"
    "polder|straatje|pleintje|lei|hoven|akker|weide|wei|gaarde|tuin|tuinen|brink|berg|heuvel|horst|"
    "dreef|hage|linie|vaart|wetering|dwarsweg|zoom|rade|wijk"
)
# A street: up to 3 words of at most 31 characters each, then one of at most 41 that ends in a street word.
_WORDS_BEFORE, _WORD_CHARS, _LAST_WORD_CHARS = 3, 31, 41
_ADDRESS = regex.compile(
    r"(?<![\p{L}\p{N}])"
    rf"(?P<street>(?:(?:\p{{Lu}}[\p{{L}}'’.-]{{0,{_WORD_CHARS - 1}}}+|van|de|der|den|het|'t|v\.d\.|aan|op|in|ter|ten)"
    rf"[ \u00a0]){{0,{_WORDS_BEFORE}}}"
    rf"\p{{Lu}}[\p{{L}}'’-]{{0,{_LAST_WORD_CHARS - 1}}}+(?<=(?i:{_STREET_WORDS})))"  # possessive word, then its ending
    r"[ \u00a0](?P<number>[1-9]\d{0,4})"
    r"(?P<suffix>[ \u00a0]?-?[ \u00a0]?(?:[A-Za-z](?![\p{L}])|"
    r"\d{1,4}(?![\p{N}.,]|[ \u00a0]?\p{Lu}{2}(?![\p{L}]))|bis|hs|huis|I{1,3}(?![\p{L}])))?"  # not a postcode
    r"(?![\p{L}\p{N}]|[.,]\d|[ \u00a0]?(?:%|€|euro\b|uur\b|jaar\b|km\b|keer\b|x\b|m2\b|m²))"
)

# Where someone lives, said in words: then any street name counts, with or without a street word ("ik woon op
# Voorhout 9", "woont op Voorhout 9", "wonende aan de Brink 3"); without "op" or "aan" a place is no street
# ("woonachtig Leiden 3").
_NAME_WORD = rf"\p{{Lu}}[\p{{L}}'’.-]{{1,{_WORD_CHARS - 1}}}"
_RESIDENCE = regex.compile(
    r"(?i:\b(?:woon|woont|woonde|wonen|wonend[e]?|woonachtig|woonadres:?)(?:[ \u00a0](?P<on>op|aan))?(?:[ \u00a0]de)?)"
    rf"[ \u00a0](?P<street>{_NAME_WORD}(?:[ \u00a0](?:(?:van|de|der|den|het|'t|aan|op|ter|ten)[ \u00a0]){{0,2}}"
    rf"{_NAME_WORD}){{0,2}})"
    r"[ \u00a0](?P<number>[1-9]\d{0,4})"
    r"(?P<suffix>[ \u00a0]?-?[ \u00a0]?(?:[A-Za-z](?![\p{L}])|bis|hs|huis|I{1,3}(?![\p{L}])))?"
    r"(?![\p{L}\p{N}]|[.,]\d|[ \u00a0]?(?:%|€|euro\b|uur\b|jaar\b|km\b|keer\b|x\b|m2\b|m²))"
)

STREET_ADDRESS = _ADDRESS
_BARE_WORDS = frozenset(_STREET_WORDS.split("|"))
# Every address has a letter, a space and a house number where its street ends: the pattern is tried only within
# reach before such a place, and (for ASCII text, where a case-insensitive match is one of the lowercased text)
# only where the word before it ends in a street word.
_NUMBER_AFTER_WORD = regex.compile(r"(?<=\p{L})[ \u00a0][1-9]")
_STREET_ENDINGS = tuple(_BARE_WORDS)
_LONGEST_STREET_WORD = max(map(len, _STREET_ENDINGS))
_STREET_REACH = _WORDS_BEFORE * (_WORD_CHARS + 1) + _LAST_WORD_CHARS
_MAY_START = regex.compile(r"(?<![\p{L}\p{N}])\S")
# A vowel before "-ring" makes a Dutch noun ("Uitvoering", "Verbetering", "Opsporing", "Monitoring"),
# not the street word "Ring" ("Buitenring", "Oosterring").
_NOUN_RING = regex.compile(r"(?i)[aeiouy]ring\Z")
# A postcode right after the house number, on its line or the next: the words before it are a street whatever they
# end in ("Sophiaring 27, 8011 AB Zwolle").
_POSTCODE_AFTER = regex.compile(r"[ \t]*(?:,[ \t]*|\r?\n[ \t]*)[1-9]\d{3}[ ]?[A-Z]{2}(?![\p{L}])")
# ... or a table's address column ("Naam | Adres | Woonplaats").
_ADDRESS_HEADER = regex.compile(r"(?i)[ \t*_]*(?:woon)?adres|straat(?:naam)?(?:[ \t]+en[ \t]+huisnummer)?[ \t*_:]*")
# Capitalised words before a street that are a sentence start, not part of its name ("Zie Ring 2").
_NOT_STREET_WORDS = frozenset(
    {"zie", "in", "op", "aan", "naar", "bij", "via", "en", "of", "tot", "vanaf", "adres", "woont", "wonende"}
)


# A letterhead or colophon of an organisation: a Postbus, or a visiting/postal address label, near the address.
_OFFICE_CUE = regex.compile(
    r"(?i)\b(?:postbus|antwoordnummer)\b|(?:bezoek|post|vestigings|kantoor|factuur)adres\b|\bvestiging\b"
    # a body's building named alone on a letterhead line ("Provinciehuis" above "Markt 11")
    r"|^[ \t#*]*(?:stad|gemeente|raad|provincie|waterschaps)huis[ \t]*$|^[ \t#*]*(?:gemeente|provincie)kantoor[ \t]*$"
)
# A room or floor after the address on its line ("Groningensingel 1, kamer 2C.013"): an office.
# A numbered room ("2C.013", "4.12") or floor, as offices number them; "kamer 2" alone may be a student's room.
_ROOM_AFTER = regex.compile(
    r"(?i)[ \t]*,?[ \t]*(?:kamer[ \t]+[a-z\d]{1,4}[.-]\d{1,4}|\d{1,2}e[ \t]+(?:verdieping|etage)|"
    r"(?:verdieping|etage)[ \t]+\d{1,2})\b"
)
# A line that addresses a person ends the organisation's block: what follows is the addressee's address.
_ADDRESSEE = regex.compile(r"(?i)^[ \t#*]*(?:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|heer|t\.?a\.?v\.?|aan|geachte)\b")
_OFFICE_LINES = 2
_ADDRESSEE_LINES = 8
# The line that names an organisation as addressee: a legal form, or a public body's or association's name.
_ORGANISATION_LINE = regex.compile(
    r"^[ \t#*]*(?:Stichting|Stg\.?|Vereniging|Coöperatie|Gemeente|Ministerie|Provincie|Waterschap)\b"
    r"|(?<![\p{L}.])(?:B\.V\.?|BV|N\.V\.?|NV|V\.O\.F\.?|VOF)(?![\p{L}])"
)
_STREET_LINE = regex.compile(
    r"^[ \t]*\p{Lu}[\p{L}'.-]{1,40}(?:[ ][\p{L}'.-]{1,30}){0,3}[ ]\d{1,5}[ -]?[A-Za-z]?[ \t]*$"
)
TAV_LINE = regex.compile(r"(?i)^[ \t#*]*(?:t\.?[ ]?a\.?[ ]?v\.?|ter attentie van)")
# Lines a letterhead puts between addressee and address: labels and their dates or references.
_BLOCK_FILLER = regex.compile(
    r"(?i)^[ \t#*]*(?:datum|ons kenmerk|uw kenmerk|uw brief|onderwerp|betreft|bijlagen?|kenmerk|"
    r"\d{1,2}[ ](?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
    r"[ ]\d{4})[ \t:]*$"
)
_LINE_REACH = 400
# Earlier on the address's line, a unit or a public body with its name and a comma or a bar, at most two pieces
# before the address: "Afdeling Vergunningen, Stadhuisplein 1, 1315 HR", "Provincie Utrecht | Archimedeslaan 6 | …".
_UNIT_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:afdeling|directie|team|sector|dienst|bureau|loket|gemeente|provincie|ministerie|"
    r"waterschap|stadhuis|gemeentehuis|provinciehuis|raadhuis|(?:stads|gemeente|provincie|hoofd)kantoor|"
    r"stadswinkel|servicepunt|publiekshal)(?:[ ]\p{Lu}[\p{L}-]{0,30}){0,3}[ \t]*[,|][ \t]*"
    r"(?:[^,|\n]{1,40}[,|][ \t]*){0,2}\Z"
)
_DOT_LEADER = regex.compile(r"(?:\.[ \t]?){5,}|…{3,}")


def street_addresses(text: str) -> Iterator[regex.Match[str]]:
    """What ``STREET_ADDRESS.finditer(text)`` yields, the pattern tried only where an address can start."""
    starts: set[int] = set()
    for number in _NUMBER_AFTER_WORD.finditer(text, timeout=REGEX_TIMEOUT):
        end = number.start()
        word_end = text[max(0, end - _LONGEST_STREET_WORD) : end].rsplit(None, 1)[-1]  # a street word has no space
        if word_end.isascii() and not word_end.lower().endswith(_STREET_ENDINGS):
            continue
        low = max(0, end - _STREET_REACH)
        starts.update(m.start() for m in _MAY_START.finditer(text, low, end, timeout=REGEX_TIMEOUT))
    return matches_at(_ADDRESS, text, starts)


def office_reason(text: str, start: int, end: int) -> str | None:
    """Why an address or postcode is an organisation's office, not a home: a room or floor after it, a unit or public
    body before it on its line, or a Postbus or an address label on one of the two non-empty lines above or below it,
    with no addressee line ("Mevrouw …", "T.a.v.") between."""
    if _ROOM_AFTER.match(text, end, min(len(text), end + 40), timeout=REGEX_TIMEOUT):
        return "Adres van een kantoor (met kamer of verdieping), geen woonadres"
    above = [line for line in text[max(0, start - _LINE_REACH) : start].split("\n")[:-1] if line.strip()]
    below = [line for line in text[end : end + _LINE_REACH].split("\n")[1:] if line.strip()]
    low, high = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
    own_start = text.rfind("\n", low, start) + 1 or low
    if _UNIT_BEFORE.search(text, own_start, start, timeout=REGEX_TIMEOUT):
        return "Adres van een afdeling of vestiging van een organisatie (op dezelfde regel genoemd), geen woonadres"
    line_end = text.find("\n", end, high)
    own_line = text[own_start:start] + text[end : high if line_end == -1 else line_end]
    for lines in (list(reversed(above))[:_OFFICE_LINES], below[:_OFFICE_LINES], [own_line]):
        for line in lines:
            if _ADDRESSEE.match(line, timeout=REGEX_TIMEOUT):
                break
            if _OFFICE_CUE.search(line, timeout=REGEX_TIMEOUT):
                return "Adres van een vestiging van een organisatie (blok met postbus of bezoekadres), geen woonadres"
    return _organisation_addressee(list(reversed(above))[:_ADDRESSEE_LINES])


def _in_address_column(text: str, start: int) -> bool:
    """Whether ``start`` opens a cell under a table's address header (``Adres``, ``Woonadres``, ``Straat``)."""
    found = cell_at(text, start)
    if found is None:
        return False
    table, index, cell = found
    header = table.rows[0].cell_in(cell.column)
    return index > 0 and header is not None and _ADDRESS_HEADER.fullmatch(header.text) is not None


def _in_contents(text: str, start: int, end: int) -> bool:
    """Whether the address is a table of contents' entry: dot leaders (". . . ." or "....") on its own line, or on
    non-empty lines both above and below it (a form's one dotted line for a signature is not enough)."""
    own_start = line_start(text, start)
    if _DOT_LEADER.search(text, own_start, line_end(text, end), timeout=REGEX_TIMEOUT):
        return True
    above = [line for line in text[max(0, start - _LINE_REACH) : own_start].split("\n") if line.strip()][-2:]
    below = [line for line in text[end : end + _LINE_REACH].split("\n")[1:] if line.strip()][:2]
    return all(any(_DOT_LEADER.search(line, timeout=REGEX_TIMEOUT) for line in side) for side in (above, below))


def _organisation_addressee(above: list[str]) -> str | None:
    """An address block that an organisation heads ("Stichting X", "Y B.V."), perhaps "t.a.v." a person, with
    only letterhead labels, dates and the street between (columns read row by row): the organisation's address."""
    for i, line in enumerate(above):
        if _ORGANISATION_LINE.search(line, timeout=REGEX_TIMEOUT):
            return "Adres van een organisatie die de brief ontvangt (geadresseerde), geen woonadres"
        tav = TAV_LINE.match(line, timeout=REGEX_TIMEOUT)
        under_tav = i + 1 < len(above) and TAV_LINE.match(above[i + 1], timeout=REGEX_TIMEOUT)
        filler = _BLOCK_FILLER.match(line, timeout=REGEX_TIMEOUT) or _STREET_LINE.match(line, timeout=REGEX_TIMEOUT)
        if not (tav or under_tav or filler):
            return None
    return None


class NlAddressRecognizer(NlRecognizer):
    """Find street addresses with a house number."""

    ENTITY = "ADDRESS"
    CONTEXT = ["adres", "woonadres", "woont", "wonende", "woonachtig", "bezoekadres", "postadres", "straat"]
    SCORE = 0.75

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Street addresses in ``text``; an office address (near a Postbus or address label): ``owner=organisation``."""
        if not self.wants(entities):
            return []
        results = []
        for m in street_addresses(text):
            start = m.start("street")
            # Leading lowercase words ("de", "van") only belong to the street after a capitalised word.
            words = regex.split(r"[ \u00a0]", text[start : m.start("number")].strip(" \u00a0"))
            while len(words) > 1 and (words[0][:1].islower() or words[0].lower() in _NOT_STREET_WORDS):
                start += len(words.pop(0)) + 1
            end = m.end()
            street = text[start : m.start("number")].strip()
            last = street.split()[-1].lower()
            noun = _NOUN_RING.search(last, timeout=REGEX_TIMEOUT) and not (
                _POSTCODE_AFTER.match(text, end) or _in_address_column(text, start)
            )
            if street.isupper() or last in name_lists().place_words or noun:
                continue  # "LOONVORDERING 12" (a heading), "Rotterdam 5903" (a place and a count), "Uitvoering 2"
            if _in_contents(text, start, end):
                continue  # "1.4 Opslaan ....... 6": a heading and its page in a table of contents
            metadata: dict[str, object] = {}
            if office := office_reason(text, start, end):
                reason = office
                metadata.update(owner="organisation", evidence=reason)
            else:
                reason = "Straat met huisnummer (woon- of vestigingsadres)"
            # A bare street word ("Ring 2", "Park 3") is too often something else: below threshold alone.
            score = 0.45 if text[start : m.start("number")].strip().lower() in _BARE_WORDS else self.SCORE
            results.append(build_result(self, start, end, score, reason, metadata=metadata))
        found = {r.start for r in results}
        for m in _RESIDENCE.finditer(text, timeout=REGEX_TIMEOUT):
            place = m.group("street").split()[-1].lower() in name_lists().place_words
            if m.start("street") not in found and (m.group("on") or not place):
                reason = "Straat met huisnummer waar iemand woont (woonadres)"
                results.append(build_result(self, m.start("street"), m.end(), self.SCORE, reason))
        return results
