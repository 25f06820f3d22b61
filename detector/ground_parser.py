"""Parse ground codes as real documents print them (Woo, Wob, OCR variants) into canonical codes."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from detector.grounds import UnknownGround, catalogue, wob_to_woo

# OCR confuses these characters with the ones a ground code can hold.
_LID_OCR = {"l": "1", "I": "1", "i": "1", "f": "1", "|": "1"}
_LETTER_OCR = {"€": "c", "¢": "c", "©": "c", "j": "i"}

_CODE = regex.compile(
    r"""
    (?P<woo>(?<![\w.])[5Ss]\s{0,2}[.,]\s{0,2}(?P<art>[12])
        (?:\s{0,2}\(\s{0,2}(?P<lid>[0-9lIif|])\s{0,2}\)|\s{1,2}lid\s{1,2}(?P<lid_word>\d))?
        (?:\s{0,2}(?:sub|onder)\s{1,2})?(?P<letter>[a-j€¢©](?![a-z]))?)
    |(?P<wob>(?<![\w.])(?P<wart>1[01])\s{0,2}\(\s{0,2}(?P<wlid>[0-9lI])\s{0,2}\)\s{0,2}(?P<wletters>[a-j]{1,2})?(?![a-z]))
    |(?P<scope>buiten[\s\-]{1,3}(?:de\s{1,2})?(?:scope|reikwijdte))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_FILLER = regex.compile(
    r"^(?:[\s/,;&:+.\-()\[\]]|\b(?:en|of|and|integraal|geheel|deels|geweigerd|art|artikel|woo|wob|redacted)\b)*$",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedGrounds:
    """Canonical codes found in one printed ground string, with the string as it was."""

    original: str
    codes: tuple[str, ...]


def parse_grounds(text: str) -> ParsedGrounds:
    """Parse ``text`` such as ``"5.1 (2)e/ 5.1(1)c"`` or ``"10(2)g"``; raise :class:`UnknownGround`."""
    codes: list[str] = []
    rest: list[str] = []
    last = 0
    for match in _CODE.finditer(text, timeout=1.0):
        rest.append(text[last : match.start()])
        last = match.end()
        code = _canonical(match)
        if code not in codes:
            codes.append(code)
    rest.append(text[last:])
    if not codes or not _FILLER.match("".join(rest)):
        raise UnknownGround(text.strip())
    return ParsedGrounds(original=text, codes=tuple(codes))


def parse_ground(text: str) -> str:
    """Parse exactly one code and return it canonical; raise :class:`UnknownGround` otherwise."""
    parsed = parse_grounds(text)
    if len(parsed.codes) != 1:
        raise UnknownGround(text.strip())
    return parsed.codes[0]


def _canonical(match: regex.Match[str]) -> str:
    """Turn one regex match into a canonical catalogue code."""
    if match.group("scope"):
        return "buiten scope"
    if match.group("woo"):
        lid = match.group("lid") or match.group("lid_word")
        lid = _LID_OCR.get(lid, lid) if lid else None
        letter = match.group("letter")
        letter = _LETTER_OCR.get(letter, letter.lower()) if letter else ""
        code = f"5.{match.group('art')}" + (f"({lid})" if lid else "") + letter
    else:
        wlid = _LID_OCR.get(match.group("wlid"), match.group("wlid"))
        letters = (match.group("wletters") or "").lower()
        # OCR sometimes doubles a letter ("10(2)je"): the last one is the printed letter.
        wob = f"{match.group('wart')}({wlid})" + letters[-1:]
        code = wob_to_woo().get(wob, "")
        if not code:
            raise UnknownGround(match.group(0))
    if code not in catalogue():
        raise UnknownGround(match.group(0))
    return code
