"""The other party of an agreement, named as the agreement names it: business data wherever the contract stands.

- the party the agreement defines as its supplier: ``Jansen Techniek, hierna te noemen: "Opdrachtnemer"``;
- the party beside a public body in the agreement's title: ``Overeenkomst tussen de gemeente en Technische Unie``;
- the party an agreement is concluded with: ``Deze overeenkomst wordt gesloten met Aalberts Industries``, ``het
  contract met DSV loopt af``;
- the party listed beside a public body under ``Partijen:`` or ``De ondergetekenden:`` (``1. de gemeente Deventer``
  / ``2. Brocacef B.V., gevestigd te Utrecht``).

The context is strong, so the name may be Dutch words (``Technische Unie``). A public body is never such a party's
business data, the role word itself (``tussen de gemeente en Opdrachtnemer``) is no name, and a name led by a first
name is a person's (``Jan de Vries``), left to the person recognizers.
"""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.business_context import line_end, line_start, mentions_public_body
from recognizers.supplier_text import ORGANISATION_NAME, Found, person_led
from recognizers.term_scan import NearLiteralScan

_ROLES = ("opdrachtnemer", "leverancier", "aanbieder", "inschrijver", "contractant", "dienstverlener")
_ROLE = rf"(?i:{'|'.join(_ROLES)})"
_DEFINED = regex.compile(
    rf",[ ]{{1,2}}(?i:hierna)(?:[ ](?i:te[ ]noemen|genoemd))?[ ]?:?[ ]?[\"“'‘]?(?i:de[ ])?{_ROLE}(?![\p{{L}}])"
)
# Where a party starts on its line: after a colon, "en", a semicolon, "tussen" or a list item's number.
_PARTY_START = regex.compile(r"(?:^|:[ ]+|[ ]en[ ]+|;[ ]+|(?i:tussen)[ ]+|^[ \t]*(?:\d{1,2}|[a-z])[.)][ ]+)", regex.M)
_BETWEEN = regex.compile(r"(?<![\p{L}])(?i:tussen)[ ](?P<body>[^\n]{2,80}?)[ ]en[ ](?P<n>[^\n]{2,80})")
_NAME_END = regex.compile(
    r"[ ]?(?:[,;(]|[ ](?:inzake|betreffende|voor|over|ten[ ]behoeve|met[ ]betrekking)\b)|\.?[ ]*\Z"
)
_AGREEMENT = regex.compile(
    r"(?i:overeenkomst|contract|service[ ]level[ ]agreement|(?<![\p{L}])sla(?![\p{L}])|convenant)"
)
_ABOVE = 2  # lines above a "tussen … en …" line that may hold the agreement's title
# Each alternative opens with the agreement's word; the scan tries the pattern only where one stands.
_CONCLUDED = regex.compile(
    r"(?<![\p{L}])(?i:(?:raam)?overeenkomst|contract)"
    r"(?:(?:[ ]\p{Ll}{1,20}){0,3}?[ ](?i:gesloten|aangegaan|afgesloten)[ ]met[ ]"
    r"|(?<=(?<![\p{L}])(?i:de|deze|het|dit|een|onze)[ ](?i:(?:raam)?overeenkomst|contract))[ ]met[ ])(?=\S)"
)
_AGREEMENT_WORDS = ("overeenkomst", "contract")
_CONCLUDED_SCAN = NearLiteralScan(
    _CONCLUDED, [v for w in _AGREEMENT_WORDS for v in (w, w.capitalize(), w.upper())], reach=len("raam")
)
# The heading over an agreement's list of parties, and how many lines under it may hold one.
_PARTIES_HEADING = regex.compile(r"^[ \t#*]{0,6}(?i:partijen|de[ ]ondergetekenden)[ \t*]{0,3}:?[ \t*]{0,3}$", regex.M)
_PARTY_LINES = 6
_ITEM_START = regex.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|[-•*])[ \t]+")
_TRAILING_CONNECTORS = regex.compile(r"(?:[ ](?:van|de|der|den|en|voor|in|op))+\Z")


def contract_parties(text: str) -> list[Found]:
    """The agreement's other party: defined as its supplier, or beside the public body in its title."""
    found: list[Found] = []
    for match in _DEFINED.finditer(text, timeout=SCAN_TIMEOUT):
        start = _party_start(text, match.start())
        party = _party(text, start, match.start())
        if party:
            found.append(Found(*party, 0.75, "partij die de overeenkomst 'opdrachtnemer' noemt", True, business=True))
    for match in _BETWEEN.finditer(text, timeout=SCAN_TIMEOUT):
        title_from = line_start(text, match.start())
        for _ in range(_ABOVE):
            title_from = line_start(text, max(0, title_from - 1))
        if not mentions_public_body(match.group("body")):
            continue
        if not _AGREEMENT.search(text, title_from, line_end(text, match.end()), timeout=SCAN_TIMEOUT):
            continue
        end = match.start("n") + _NAME_END.search(match.group("n"), timeout=SCAN_TIMEOUT).start()  # type: ignore[union-attr]
        party = _party(text, match.start("n"), end)
        if party:
            found.append(Found(*party, 0.7, "partij naast de overheid in een overeenkomst", True, business=True))
    for match in _CONCLUDED_SCAN.finditer(text):
        name = ORGANISATION_NAME.match(text, match.end(), line_end(text, match.end()), timeout=SCAN_TIMEOUT)
        if name is None:
            continue
        end = name.start() + len(_TRAILING_CONNECTORS.sub("", name.group().rstrip(".")))
        party = _party(text, name.start(), end)
        if party:
            found.append(Found(*party, 0.7, "partij met wie de overeenkomst is gesloten", True, business=True))
    seen = {(f.start, f.end) for f in found}  # a listed party the agreement also defines is found once
    for match in _PARTIES_HEADING.finditer(text, timeout=SCAN_TIMEOUT):
        found.extend(f for f in _listed_parties(text, match.end()) if (f.start, f.end) not in seen)
    return found


def _listed_parties(text: str, after: int) -> list[Found]:
    """The parties on the lines under a ``Partijen:`` heading, when one of them is a public body: the others."""
    lines: list[tuple[int, int]] = []
    newline = text.find("\n", after, after + 10)  # the heading's own line ends within a few characters
    start = newline + 1 if newline != -1 else len(text)
    while start < len(text) and len(lines) < _PARTY_LINES:
        end = line_end(text, start)
        if text[start:end].strip():
            lines.append((start, end))
        elif lines:
            break  # the blank line after the list
        start = end + 1
    if not any(mentions_public_body(text[a:b]) for a, b in lines):
        return []
    found = []
    for start, end in lines:
        item = _ITEM_START.match(text, start, end, timeout=SCAN_TIMEOUT)
        party = _party(text, item.end() if item else start, end)
        if party:
            found.append(Found(*party, 0.7, "partij naast de overheid in een overeenkomst", True, business=True))
    return found


def _party_start(text: str, end: int) -> int:
    """Where the party that ends at ``end`` starts on its line."""
    start = line_start(text, end)
    starts = [m.end() for m in _PARTY_START.finditer(text, start, end, timeout=SCAN_TIMEOUT)]
    return max(starts, default=start)


def _party(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The party's name in ``text[start:end]`` up to its first comma ("Jansen B.V., gevestigd te Utrecht"), or
    None when that is no organisation's name."""
    value = text[start:end]
    cut = value.find(",")
    value = value[:cut] if cut != -1 else value
    stripped = value.strip(" \t\"“”'‘’*")
    if not stripped or not ORGANISATION_NAME.fullmatch(stripped, timeout=SCAN_TIMEOUT) or "@" in stripped:
        return None
    if stripped.lower() in _ROLES or mentions_public_body(stripped):
        return None
    if person_led(stripped):
        return None  # "Jan de Vries": a person
    begin = start + value.index(stripped)
    return begin, begin + len(stripped)
