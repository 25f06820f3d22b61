"""Guess what kind of document a text is (offerte, factuur, brief, e-mail, memo, besluit) from its vocabulary.

Each type has cues: regexes with a weight in the body and a (higher) weight in the title zone — the first
lines, Markdown headings near the top, and the ``Betreft:``/``Onderwerp:`` line. An e-mail is recognised by
its header block (``Van:``, ``Aan:``, ``Onderwerp:``, ``Verzonden:``), a memo by its ``Aan``/``Van``/``Kopie
aan`` block without colons or its title. Scores add up; the highest wins, ``other`` below a minimum.
A besluit is a letter too: with enough besluit cues it beats ``brief``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

DocType = Literal["offerte", "factuur", "brief", "email", "memo", "besluit", "other"]
DOC_TYPES: tuple[str, ...] = ("offerte", "factuur", "brief", "email", "memo", "besluit", "other")
# Documents drawn up for internal deliberation (intern beraad): only here 5.2(1) is proposed.
INTERNAL_DOC_TYPES: frozenset[str] = frozenset({"memo", "email"})
# Documents in which a supplier's figures are confidential business data (5.1(1)c).
SUPPLIER_DOC_TYPES: frozenset[str] = frozenset({"offerte", "factuur"})

_FLAGS = regex.IGNORECASE | regex.MULTILINE
_TIMEOUT = 10.0
_HEAD_LINES = 20
_MIN_SCORE = 2.0
_BESLUIT_OVER_BRIEF = 4.0


@dataclass(frozen=True)
class Cue:
    """A pattern with its weight in the body and in the title zone (0 = does not count there)."""

    pattern: regex.Pattern[str]
    body: float
    title: float = 0.0


def _cue(pattern: str, body: float, title: float = 0.0) -> Cue:
    return Cue(regex.compile(pattern, _FLAGS), body, title)


_CUES: dict[str, list[Cue]] = {
    "offerte": [
        _cue(r"\bofferte\b|\bprijsopgave\b|\bquotation\b", 1.0, 4.0),
        _cue(
            r"\b(?:deze|onze|de volgende) offerte\b|\bofferte (?:voor|inzake|aan)\b|\bstuur (?:ik|wij|we) u\b|"
            r"\bbieden (?:wij|we) u\b|\bwij bieden\b|\bgeldig(?:heidsduur| tot)\b|\bakkoord met de offerte\b|"
            r"\bofferte(?:nummer|nr)\b",
            3.0,
        ),
        _cue(r"\b(?:uurtarief|dagtarief|dagdeeltarief|tarieven|honorarium)\b|\bper (?:uur|dagdeel)\b", 2.0),
        _cue(r"\b(?:opdrachtnemer|opdrachtgever|algemene voorwaarden|onze aanpak|onze werkwijze)\b", 1.0),
        _cue(r"\b(?:subtotaal|excl\.? btw|incl\.? btw)\b", 1.0),
        _cue(r"^\s*(?:aan|t\.a\.v\.)\s*:?\s*gemeente\b", 0.0, 2.0),
    ],
    "factuur": [
        _cue(r"\b(?:factuur|bestelbon|bestelopdracht|inkooporder|creditnota)\b", 1.0, 5.0),
        _cue(r"\b(?:factuurnummer|factuurdatum|vervaldatum|debiteurnummer|klantnummer|bestelnummer)\b", 3.0),
        _cue(r"\b(?:te betalen|betalingstermijn|binnen \d{1,2} dagen|over te maken|inkoopordernummer)\b", 2.0),
        _cue(r"\b(?:subtotaal|btw)\b", 0.5),
    ],
    "memo": [
        _cue(r"\b(?:intern(?:e)? memo|memo|notitie|nota|verslag|notulen|collegevoorstel|adviesnota)\b", 1.0, 4.0),
        _cue(r"\bconcept\b|\bplan van aanpak\b|\bactieplan\b", 0.5, 3.0),
        _cue(r"^\s*kopie aan\s*$|^\s*(?:cc|kopie)\s*:", 3.0),
        _cue(r"^\s*(?:aan|van)\s*$", 1.5),  # memo header: label alone on its line, value below
        _cue(r"^[#* \t]*(?:aanleiding|argumenten|kanttekeningen|beslispunten|financiële consequenties)\b", 1.5),
        _cue(r"^\s*(?:ter (?:bespreking|besluitvorming|informatie|advisering)|beslispunten?|advies)\b", 2.0),
        _cue(r"\b(?:wij adviseren|ik adviseer|mijn advies|ons advies|voorstel is|intern beraad|vertrouwelijk)\b", 1.5),
        _cue(r"\b(?:actiepunten|afspraken|voor- en nadelen|voordeel|nadeel)\b", 1.0),
    ],
    "besluit": [
        _cue(r"\b(?:besluit|beschikking|raadsbesluit|raadsvoorstel|beslissing op (?:bezwaar|uw))\b", 1.0, 5.0),
        _cue(
            r"\b(?:besluiten (?:wij|we)|hebben (?:wij|we) besloten|besluit op uw|woo-verzoek|wob-verzoek|"
            r"(?:gedeeltelijk )?openbaar te maken)\b",
            3.0,
        ),
        _cue(r"\b(?:bezwaar(?:schrift)?|zienswijze|weigeringsgrond(?:en)?|inventarislijst|in beroep)\b", 2.0),
        _cue(r"\b(?:gelet op|overwegende)\b", 1.5),
    ],
    "brief": [
        _cue(r"^\s*(?:geachte|beste)\b", 2.5),
        _cue(r"\b(?:ons kenmerk|uw kenmerk|uw brief van|betreft)\b", 1.5),
        _cue(r"\b(?:met vriendelijke groet|hoogachtend)\b", 1.5),
        # A letter of the administration itself, also when it is about an offerte.
        _cue(
            r"\b(?:burgemeester en wethouders van|namens (?:deze|hen)|hierbij laten (?:wij|we) u weten|"
            r"in te stemmen met|verlenen (?:wij|we) u de opdracht|opdrachtbevestiging)\b",
            3.0,
        ),
    ],
}
_EMAIL_FIELDS = {
    "from": regex.compile(r"^\s*(?:van|from|afzender)\s*:\s*\S", _FLAGS),
    "to": regex.compile(r"^\s*(?:aan|to)\s*:\s*\S", _FLAGS),
    "subject": regex.compile(r"^\s*(?:onderwerp|subject)\s*:", _FLAGS),
    "sent": regex.compile(r"^\s*(?:verzonden|sent|date)\s*:", _FLAGS),
    "cc": regex.compile(r"^\s*cc\s*:", _FLAGS),
}
_EMAIL_PROOF = regex.compile(
    r"^\s*(?:van|from)\s*:[^\n]{0,200}@|^\s*(?:verzonden|sent)\s*:|^\s*(?:onderwerp|subject)\s*:\s*(?:re|fw|fwd|antw|dr)\s*:",
    _FLAGS,
)
_FORWARDED = regex.compile(r"-{2,}\s*(?:oorspronkelijk bericht|original message|doorgestuurd bericht)", _FLAGS)
_TITLE_LINE = regex.compile(r"^\s*(?:#{1,3}\s|(?:betreft|onderwerp|subject)\s*:?\s)", _FLAGS)


def _title_zone(text: str) -> str:
    """The first non-empty lines plus headings and ``Betreft``/``Onderwerp`` lines of the first page."""
    lines = [line for line in text[:20_000].split("\n") if line.strip()]
    head = lines[:_HEAD_LINES]
    titles = [line for line in lines[_HEAD_LINES : _HEAD_LINES * 4] if _TITLE_LINE.match(line, timeout=_TIMEOUT)]
    return "\n".join(head + titles)


def _email_score(text: str) -> float:
    """A strong score for a mail header block at the top, a weaker one for a forwarded mail inside."""
    head = "\n".join(text[:5_000].split("\n")[:30])
    fields = sum(1 for pattern in _EMAIL_FIELDS.values() if pattern.search(head, timeout=_TIMEOUT))
    score = 0.0
    if fields >= 3 and _EMAIL_PROOF.search(head, timeout=_TIMEOUT):
        score += 8.0
    elif fields >= 3:
        score += 3.0
    if _FORWARDED.search(text, timeout=_TIMEOUT):
        score += 4.0
    return score


def score_doc_types(text: str) -> dict[str, float]:
    """Cue score per document type (``other`` excluded); title-zone cues weigh more than body cues."""
    title = _title_zone(text)
    scores: dict[str, float] = {}
    for doc_type, cues in _CUES.items():
        total = 0.0
        for cue in cues:
            if cue.title and cue.pattern.search(title, timeout=_TIMEOUT):
                total += cue.title
            elif cue.body and cue.pattern.search(text, timeout=_TIMEOUT):
                total += cue.body
        scores[doc_type] = total
    scores["email"] = _email_score(text)
    return {name: scores[name] for name in DOC_TYPES if name in scores}


def detect_doc_type(text: str) -> str:
    """The most likely document type, or ``"other"`` when no type has enough cues."""
    scores = score_doc_types(text)
    if scores["besluit"] >= _BESLUIT_OVER_BRIEF and scores["brief"] > scores["besluit"]:
        scores["besluit"] = scores["brief"] + 0.1
    best = max(scores, key=lambda name: (scores[name], -DOC_TYPES.index(name)))
    return best if scores[best] >= _MIN_SCORE else "other"
