"""Guess what kind of document a text is (offerte, factuur, brief, e-mail, memo, besluit) from its vocabulary."""

from __future__ import annotations

from typing import Literal

import regex

DocType = Literal["offerte", "factuur", "brief", "email", "memo", "besluit", "other"]
DOC_TYPES: tuple[str, ...] = ("offerte", "factuur", "brief", "email", "memo", "besluit", "other")
# Documents drawn up for internal deliberation (intern beraad): only here 5.2(1) is proposed.
INTERNAL_DOC_TYPES: frozenset[str] = frozenset({"memo", "email"})
# Documents in which a supplier's figures are confidential business data (5.1(1)c).
SUPPLIER_DOC_TYPES: frozenset[str] = frozenset({"offerte", "factuur"})

_FLAGS = regex.IGNORECASE | regex.MULTILINE
# (pattern, weight): a cue counts once, weights add up; headings near the top count double.
_CUES: dict[str, list[tuple[regex.Pattern[str], float]]] = {
    "offerte": [
        (regex.compile(r"\bofferte(?:nummer)?\b", _FLAGS), 3.0),
        (regex.compile(r"\b(?:uurtarief|dagtarief|tarieven|honorarium)\b", _FLAGS), 2.0),
        (regex.compile(r"\b(?:opdrachtnemer|opdrachtgever|geldigheidsduur|algemene voorwaarden)\b", _FLAGS), 1.5),
        (regex.compile(r"\b(?:begroting|kosten|subtotaal|excl\.? btw|totaal)\b", _FLAGS), 1.0),
        (regex.compile(r"\b(?:wij bieden|onze aanpak|plan van aanpak)\b", _FLAGS), 1.0),
    ],
    "factuur": [
        (regex.compile(r"\b(?:factuur(?:nummer|datum)?|bestelbon|inkooporder(?:nummer)?|bestelnummer)\b", _FLAGS), 3.0),
        (regex.compile(r"\b(?:te betalen|vervaldatum|debiteurnummer|betalingstermijn)\b", _FLAGS), 2.0),
        (regex.compile(r"\b(?:btw|subtotaal|totaal)\b", _FLAGS), 0.5),
    ],
    "email": [
        (regex.compile(r"^\s*(?:van|from)\s*:\s*\S", _FLAGS), 2.0),
        (regex.compile(r"^\s*(?:aan|to)\s*:\s*\S", _FLAGS), 1.5),
        (regex.compile(r"^\s*(?:onderwerp|subject)\s*:", _FLAGS), 2.0),
        (regex.compile(r"^\s*(?:verzonden|sent|datum|date)\s*:", _FLAGS), 1.0),
        (regex.compile(r"^\s*(?:cc)\s*:", _FLAGS), 1.0),
    ],
    "memo": [
        (regex.compile(r"\b(?:intern(?:e)? (?:memo|notitie|beraad)|memo|notitie|concept)\b", _FLAGS), 3.0),
        (regex.compile(r"^\s*(?:ter (?:bespreking|besluitvorming|informatie)|advies|beslispunten?)\b", _FLAGS), 2.0),
        (regex.compile(r"\b(?:wij adviseren|ik adviseer|voorstel is|mijn advies|ons advies)\b", _FLAGS), 1.5),
        (regex.compile(r"\b(?:verslag|notulen|actiepunten)\b", _FLAGS), 1.0),
    ],
    "besluit": [
        (regex.compile(r"\b(?:besluit(?:en)?|beslissing op|woo-verzoek|wob-verzoek)\b", _FLAGS), 2.0),
        (regex.compile(r"\b(?:bezwaar|zienswijze|weigeringsgrond(?:en)?|inventarislijst)\b", _FLAGS), 1.5),
        (regex.compile(r"\b(?:college van burgemeester en wethouders|hoogachtend)\b", _FLAGS), 1.0),
    ],
    "brief": [
        (regex.compile(r"^\s*(?:geachte|beste)\b", _FLAGS), 2.0),
        (regex.compile(r"\b(?:ons kenmerk|uw kenmerk|uw brief van|betreft)\b", _FLAGS), 1.5),
        (regex.compile(r"\bmet vriendelijke groet\b", _FLAGS), 1.0),
    ],
}
_HEAD_CHARS = 600
_MIN_SCORE = 2.0


def score_doc_types(text: str) -> dict[str, float]:
    """Cue score per document type; cues in the first lines weigh double."""
    head = text[:_HEAD_CHARS]
    scores: dict[str, float] = {}
    for doc_type, cues in _CUES.items():
        total = 0.0
        for pattern, weight in cues:
            if pattern.search(head, timeout=1.0):
                total += 2 * weight
            elif pattern.search(text, timeout=5.0):
                total += weight
        scores[doc_type] = total
    return scores


def detect_doc_type(text: str) -> str:
    """The most likely document type, or ``"other"`` when no type has enough cues."""
    scores = score_doc_types(text)
    best = max(scores, key=lambda name: (scores[name], -DOC_TYPES.index(name)))
    return best if scores[best] >= _MIN_SCORE else "other"
