"""Who sends a text that quotes its own prices: the supplier, named in the mail's ``Van:``, under the closing, or
under the title of its offer or invoice.

A mail or letter in which the writer prices its own work (``Ons tarief is € 85 per deelnemer``, ``bieden wij u
de werkzaamheden aan voor € 4.000``, ``Wij rekenen € 95 per dagdeel``) comes from a supplier, so the organisation
in its ``Van:`` header, on the lines under ``Met vriendelijke groet`` or on its last line after a blank one (a
plan that ends with its writer's name: ``Onze inzet bedraagt 12 dagen à € 950`` … ``Bresé BV``) is that supplier's
name; so is the organisation on the line under an offer's or invoice's title (``Factuur`` / ``Coolblue``). A
person's name there (initials, a title, a first name, a surname alone) is left to the person recognizers; a public
body or one of its units is never a supplier, and a signature that names a public body is the body's own.
"""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.business_context import mentions_public_body
from recognizers.name_lists import name_lists
from recognizers.org_units import unit_before
from recognizers.supplier_text import ORGANISATION_NAME, Found, person_led

# The writer's own price: named ("ons tarief", "onze offerte"; "onze offerte-aanvraag" is a body's request), or a verb
# with an amount after it in its sentence ("Wij rekenen € 95 per dagdeel", "Meerwerk brengen wij in rekening tegen
# € 95", "Het onderzoek voeren wij uit voor € 8.000"; "wij rekenen op uw begrip" and "wij bieden u een gesprek aan"
# price nothing).
_OWN_PRICE = regex.compile(
    r"(?<![\p{L}])(?:(?:ons|onze)[ ](?:uur|dag)?(?:tarief|tarieven|prijs|prijzen|offerte|prijsopgave|aanbieding)"
    r"(?![\p{L}-])"
    r"|(?:(?:wij|we)[ ](?:rekenen|bieden|offreren|factureren|brengen|voeren)|"
    r"(?:bieden|rekenen|offreren|factureren|brengen|voeren)[ ](?:wij|we)|"
    r"(?:ons|onze)[ ](?:inzet|honorarium))"
    r"(?![\p{L}])[^.!?\n]{0,120}?(?:€|(?<![\p{L}])(?:eur|euro)(?![\p{L}])))",
    regex.IGNORECASE,
)
_FROM = regex.compile(
    r"^[ \t]*(?:Van|From|Afzender)[ \t]*:[ \t]*(?P<v>[^\n<]{2,80}?)[ \t]*(?:<[^\n>]*>)?[ \t]*$", regex.M
)
_CLOSING = regex.compile(
    r"^[ \t]*(?i:(?:met[ ])?(?:(?:vriendelijke|hartelijke|collegiale)[ ])?groet(?:en)?|hoogachtend)"
    r"[ \t]*,?[ \t]*$",
    regex.M,
)
# An offer's or invoice's title as the text's first line.
_TITLE = regex.compile(
    r"\A\s*(?:#{1,3}[ ])?(?i:offerte|prijsopgave|factuur|creditfactuur|creditnota|pro[ -]?forma[ ]factuur|"
    r"orderbevestiging|opdrachtbevestiging)[ \t]*(?:\d[\w/-]*)?[ \t]*$",
    regex.M,
)
_SIGNATURE_LINES = 3  # lines under the closing that may hold the sender's name
_SIGNATURE_REACH = 300  # characters after the closing looked at


def sender_names(text: str) -> list[Found]:
    """The sender's organisation: under an offer's or invoice's title, and, when the text quotes the writer's own
    prices, in its ``Van:`` header and under its closing."""
    found = _under_title(text)
    if not _OWN_PRICE.search(text, timeout=SCAN_TIMEOUT):
        return found
    for match in _FROM.finditer(text, timeout=SCAN_TIMEOUT):
        if organisation_line(match.group("v")):
            found.append(_found(match.start("v"), match.end("v"), "afzender van een bericht met eigen prijzen"))
    blocks = [_lines_after(text, match.end()) for match in _CLOSING.finditer(text, timeout=SCAN_TIMEOUT)]
    if (last := _last_line(text)) and not any(last in block for block in blocks):
        blocks.append([last])  # a plan or offer that ends with its writer's name, without a closing
    for block in blocks:
        if any(mentions_public_body(value) for _, value in block):
            continue  # the body signs itself ("Gemeente Almere / Team Parkeren"): its own prices are public
        for start, value in block:
            if organisation_line(value):
                found.append(_found(start, start + len(value), "ondertekenaar van een brief met eigen prijzen"))
    return found


def _last_line(text: str) -> tuple[int, str] | None:
    """The text's last line, with its offset, when a blank line stands above it (a name signing the text)."""
    end = len(text.rstrip())
    start = text.rfind("\n", max(0, end - _SIGNATURE_REACH), end) + 1
    above = text.rfind("\n", max(0, start - _SIGNATURE_REACH), max(0, start - 1)) + 1
    if start < 2 or text[above : start - 1].strip():
        return None
    value = text[start:end].strip()
    return (start + text[start:end].index(value), value) if value else None


def _under_title(text: str) -> list[Found]:
    """The organisation on the first line under an offer's or invoice's title (``Factuur`` / ``Coolblue``): who
    sends it; the body it is addressed to is a public body and no supplier."""
    title = _TITLE.match(text, timeout=SCAN_TIMEOUT)
    if not title:
        return []
    lines = _lines_after(text, title.end())[:1]
    return [
        _found(start, start + len(value), "afzender van een offerte of factuur")
        for start, value in lines
        if organisation_line(value)
    ]


def _lines_after(text: str, after: int) -> list[tuple[int, str]]:
    """The first lines (with their offsets) of the block under a closing or a title, after blank lines before it."""
    lines: list[tuple[int, str]] = []
    start = after
    for line in text[after : after + _SIGNATURE_REACH].split("\n"):
        value = line.strip()
        if value:
            lines.append((start + line.index(value), value))
        elif lines:
            break  # the blank line after the block
        if len(lines) == _SIGNATURE_LINES:
            break
        start += len(line) + 1
    return lines


def organisation_line(value: str) -> bool:
    """A name line that is no person's name (``Jan Smit``, ``J. Smit``, a listed surname alone), no public body and
    no unit (``Team Inkoop``)."""
    value = value.strip()
    if not ORGANISATION_NAME.fullmatch(value, timeout=SCAN_TIMEOUT) or person_led(value) or mentions_public_body(value):
        return False
    if " " not in value and value in name_lists().surnames:
        return False
    return not unit_before(value, value.find(" ") + 1)


def _found(start: int, end: int, how: str) -> Found:
    """A supplier name found as the sender: business data, followed through the text. Its score is above a name
    in a signature block's (0.85), so the same line is the supplier's name, not a person's."""
    return Found(start, end, 0.9, how, True, business=True)
