"""Guess what kind of document a text is from its vocabulary: what a Woo request really holds.

Types: offers (offerte), invoices (factuur), purchase orders (opdrachtbon, bestelling), agreements
(overeenkomst, contract, SLA, raamovereenkomst), grant applications and grant decisions (subsidieaanvraag,
subsidiebeschikking), decisions (besluit, raadsvoorstel), letters (brief), e-mails, chat exports, memos and
notes, minutes (verslag, notulen, actiepuntenlijst), handbooks and policy documents (handboek, werkinstructie,
protocol, beleidsregel), and ``other``.

Each type has cues: regexes with a weight in the body and a (higher) weight in the title zone — the first
lines, Markdown headings near the top, and the ``Betreft:``/``Onderwerp:`` line. An e-mail is recognised by
its header block (``Van:``, ``Aan:``, ``Onderwerp:``, ``Verzonden:``), a chat export by its lines of
time-stamped messages, a memo by its ``Aan``/``Van``/``Kopie aan`` block without colons or its title. Scores add
up; the highest wins, ``other`` below a minimum. A besluit is a letter too: with enough besluit cues it beats
``brief``. Each cue is searched for as the literal-led branches of its pattern (:mod:`detector.regex_branches`):
the same answer, several times faster than one alternation. A branch that opens with a whole word is only searched
for when that word is among the text's tokens, which are collected once per text.

Every pattern anchors at a line start with ``[ \\t]*`` (never ``\\s*``, which would run over blank lines and
make thousands of empty lines cost quadratic time), and counts with bounded look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, islice
from typing import Literal, get_args

import regex

from detector.regex_branches import branches
from recognizers.base import REGEX_TIMEOUT
from recognizers.chat_lines import CHAT_MESSAGE, sender_lines

DocType = Literal[  # in tie-break order: the more specific type first
    "offerte",
    "factuur",
    "opdrachtbon",
    "overeenkomst",
    "subsidieaanvraag",
    "subsidiebeschikking",
    "besluit",
    "brief",
    "email",
    "chat",
    "memo",
    "verslag",
    "handboek",
    "other",
]
# In this order ties are broken: the more specific type first.
DOC_TYPES: tuple[str, ...] = get_args(DocType)
# Documents drawn up for internal deliberation (intern beraad): only here 5.2(1) is proposed.
INTERNAL_DOC_TYPES: frozenset[str] = frozenset({"memo", "email", "chat", "verslag"})

_FLAGS = regex.IGNORECASE | regex.MULTILINE
_HEAD_LINES = 20
_MIN_SCORE = 2.0
_BESLUIT_OVER_BRIEF = 4.0
_CHAT_LINES = 3


_TOKEN = regex.compile(r"\w+")
# Characters that case-insensitive matching may take for an ASCII letter (Kelvin sign, long s, dotted and dotless i):
# a text with one of them gets no word guard, as its lower-case tokens need not show the words a branch matches.
_FOLDS_TO_ASCII = "\u212a\u017f\u0130\u0131"
# A branch that opens with a whole word: after a word boundary (``\b``, or a line start and spaces, tabs, ``#`` or
# ``*``), lower-case ASCII letters, then a space, a colon, a hyphen, ``\b``, an optional full stop and a space, or
# spaces and tabs up to a colon or the line end, none of them optional. It only matches where that word is a token
# of the text.
_WHOLE_WORD_LEAD = regex.compile(
    r"(?:\\b|\(\?<=\^\[(?:[ #*]|\\t)+\]\*\))(?P<word>[a-z]+)"
    r"(?:[ :-]|\\b|\\\.\? |\[ \\t\]\*[:$])(?![?*+{])"
)


def _lead_word(branch: str) -> str | None:
    """The word a branch's every match starts with, as a whole token, or None."""
    match = _WHOLE_WORD_LEAD.match(branch)
    return match["word"] if match else None


def text_words(text: str) -> frozenset[str] | None:
    """The lower-case tokens (``\\w+``) of ``text``, for :meth:`Cue.found_in`; None when case folding could
    relate a token to a word it does not lower-case to."""
    if any(char in text for char in _FOLDS_TO_ASCII):
        return None
    return frozenset(_TOKEN.findall(text.lower()))  # no timeout: \w+ cannot backtrack, and one costs 4x the scan


@dataclass(frozen=True)
class Cue:
    """A pattern, as the :func:`~detector.regex_branches.branches` it is the union of, with its weight in the
    body and in the title zone (0 = does not count there); ``words`` holds each branch's :func:`_lead_word`."""

    branches: tuple[regex.Pattern[str], ...]
    words: tuple[str | None, ...]
    body: float
    title: float = 0.0

    def found_in(self, text: str, words: frozenset[str] | None = None) -> bool:
        """Whether the pattern occurs in ``text``; with ``words`` (:func:`text_words` of ``text``), a branch whose
        lead word is not among them is not searched for."""
        return any(
            branch.search(text, timeout=REGEX_TIMEOUT)
            for branch, word in zip(self.branches, self.words, strict=True)
            if words is None or word is None or word in words
        )


def _cue(pattern: str, body: float, title: float = 0.0) -> Cue:
    parts = branches(pattern)
    whole = parts == [pattern] and "|" in pattern  # kept whole: a lead word need not start every match
    words = tuple(None if whole else _lead_word(part) for part in parts)
    return Cue(tuple(regex.compile(part, _FLAGS) for part in parts), words, body, title)


_CUES: dict[str, list[Cue]] = {
    "offerte": [
        _cue(r"\bofferte\b|\bprijsopgave\b|\bquotation\b|\bprijsaanbieding\b", 1.0, 4.0),
        _cue(
            r"\b(?:deze|onze|de volgende) offerte\b|\bofferte (?:voor|inzake|aan)\b|\bstuur (?:ik|wij|we) u\b|"
            r"\bbieden (?:wij|we) u\b|\bwij bieden\b|\bgeldig(?:heidsduur| tot)\b|\bakkoord met de offerte\b|"
            r"\bofferte(?:nummer|nr)\b",
            3.0,
        ),
        _cue(r"\b(?:uurtarief|dagtarief|dagdeeltarief|tarieven|honorarium)\b|\bper (?:uur|dagdeel)\b", 2.0),
        _cue(r"\b(?:opdrachtnemer|opdrachtgever|algemene voorwaarden|onze aanpak|onze werkwijze)\b", 1.0),
        _cue(r"\b(?:subtotaal|excl\.? btw|incl\.? btw)\b", 1.0),
        _cue(r"^[ \t]*(?:aan|t\.a\.v\.)[ \t]*:?[ \t]*gemeente\b", 0.0, 2.0),
    ],
    "factuur": [
        _cue(r"\b(?:factuur|creditnota|verkoopfactuur)\b", 1.0, 5.0),
        _cue(r"\b(?:factuurnummer|factuurdatum|vervaldatum|debiteurnummer|klantnummer)\b", 3.0),
        _cue(r"\b(?:te betalen|betalingstermijn|binnen \d{1,2} dagen|over te maken)\b", 2.0),
        _cue(r"\b(?:subtotaal|btw)\b", 0.5),
    ],
    "opdrachtbon": [
        _cue(
            r"\b(?:opdrachtbon|bestelbon|bestelopdracht|bestelling|inkooporder|purchase order|opdrachtformulier|"
            r"opdrachtverstrekking)\b",
            1.0,
            5.0,
        ),
        _cue(r"\b(?:bestelnummer|inkoopordernummer|ordernummer|po-nummer|besteldatum|leverdatum|afleveradres)\b", 3.0),
        _cue(r"\b(?:kostenplaats|stukprijs|eenheidsprijs|prijs per stuk|aantal stuks)\b", 2.0),
    ],
    "overeenkomst": [
        _cue(
            r"^[ \t#*]*(?:[\w-]{1,30}[ \t]){0,3}(?:(?:raam|samenwerkings|dienstverlenings|leverings|mantel|"
            r"verwerkers|licentie|huur|onderhouds|gegevensleverings|inhuur|detacherings)?overeenkomst|contract|"
            r"service ?level ?agreement|(?-i:SLA))\b",
            0.0,
            5.0,
        ),
        _cue(
            r"\b(?:de ondergetekenden|komen (?:het volgende )?overeen|(?:zijn|verklaren te zijn) (?:het volgende )?"
            r"overeengekomen(?=(?: als volgt)? *:)|"
            r"hierna te noemen|partijen (?:komen|verklaren)|aldus overeengekomen|in tweevoud)\b",
            3.0,
        ),
        _cue(r"\b(?:looptijd|opzegtermijn|ontbinding|aansprakelijkheid|boeteclausule|geheimhouding)\b", 1.0),
        _cue(r"\b(?:opdrachtnemer|opdrachtgever|leverancier)\b", 0.5),
    ],
    "subsidieaanvraag": [
        _cue(
            r"\b(?:subsidieaanvraag|aanvraag(?:formulier)? (?:voor )?(?:een )?subsidie|subsidieverzoek|"
            r"aanvraag projectsubsidie)\b",
            1.5,
            5.0,
        ),
        _cue(r"\b(?:(?:project|kosten)begroting|dekkingsplan|eigen bijdrage|cofinanciering|gevraagde subsidie)\b", 2.0),
        _cue(r"\b(?:aanvrager|penvoerder|deelnemers|kosten per deelnemer)\b", 1.0),
    ],
    "subsidiebeschikking": [
        _cue(r"\b(?:subsidiebeschikking|verleningsbeschikking|vaststellingsbeschikking)\b", 1.5, 5.0),
        _cue(
            r"\b(?:verlenen (?:wij|we) u (?:een )?subsidie|subsidie (?:wordt |is )?(?:verleend|vastgesteld)|"
            r"stellen (?:wij|we) (?:de )?subsidie vast|besluiten (?:wij|we) (?:u )?(?:een )?subsidie)\b",
            4.0,
        ),
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
        _cue(r"^[ \t]*(?:geachte|beste)\b", 2.5),
        _cue(r"\b(?:ons kenmerk|uw kenmerk|uw brief van|betreft)\b", 1.5),
        _cue(r"\b(?:met vriendelijke groet|hoogachtend)\b", 1.5),
        # A letter of the administration itself, also when it is about an offerte.
        _cue(
            r"\b(?:burgemeester en wethouders van|namens (?:deze|hen)|hierbij laten (?:wij|we) u weten|"
            r"in te stemmen met|verlenen (?:wij|we) u de opdracht|opdrachtbevestiging)\b",
            3.0,
        ),
    ],
    "memo": [
        _cue(
            r"\b(?:intern(?:e)? memo|memo|\w{0,12}notitie|\w{0,12}nota|collegevoorstel|voorlegger|"
            r"adviesnota|beslisdocument)\b",
            1.0,
            4.0,
        ),
        _cue(r"\bconcept\b|\bplan van aanpak\b|\bactieplan\b", 0.5, 3.0),
        _cue(r"^[ \t]*kopie aan[ \t]*$|^[ \t]*(?:cc|kopie)[ \t]*:", 3.0),
        _cue(r"^[ \t]*(?:aan|van)[ \t]*$", 1.5),  # memo header: label alone on its line, value below
        _cue(r"^[#* \t]*(?:aanleiding|argumenten|kanttekeningen|beslispunten|financiële consequenties)\b", 1.5),
        _cue(r"^[ \t]*(?:ter (?:bespreking|besluitvorming|informatie|advisering)|beslispunten?|advies)\b", 2.0),
        _cue(r"\b(?:wij adviseren|ik adviseer|mijn advies|ons advies|voorstel is|intern beraad|vertrouwelijk)\b", 1.5),
        _cue(r"\b(?:voor- en nadelen|voordeel|nadeel)\b", 1.0),
    ],
    "verslag": [
        _cue(r"\b(?:verslag|notulen|besluitenlijst|actiepuntenlijst|actielijst|conceptverslag)\b", 1.0, 5.0),
        _cue(r"^[ \t*#]*(?:aanwezig|afwezig|afgemeld|notulist|voorzitter|gasten)\b", 2.5),
        _cue(r"\b(?:rondvraag|sluiting|vaststelling (?:van )?(?:het )?verslag|agendapunt|actiepunten)\b", 2.0),
    ],
    "handboek": [
        _cue(
            r"\b(?:handboek(?:en)?|handleiding|(?:werk|invul)?instructies?|werkproces|proces(?:beschrijving|informatie)|"
            r"protocol|beleidsregels?|beleidskader|beleidsstuk|beleidsnota|richtlijn|kennisdocument|factsheet|"
            r"veelgestelde vragen|werkwijzer|standaard|procedure|uitvoeringsregels?|wetsuitleg|programma van eisen|"
            r"controleplan|toetsingskader)\b",
            0.0,
            5.0,
        ),
        _cue(r"^[#* \t]*(?:stap \d{1,2}|inhoud(?:sopgave)?|hoofdstuk \d{1,2}|werkwijze|doelgroep|reikwijdte)\b", 1.5),
        _cue(r"\b(?:je (?:kunt|moet|doet|controleert|beoordeelt|registreert|legt)|let op:|in dit hoofdstuk)\b", 2.0),
        _cue(r"\b(?:zie (?:ook )?(?:paragraaf|hoofdstuk|bijlage)|versie \d{1,2}(?:\.\d{1,2})?)\b", 1.0),
        _cue(r"^[#* \t]*(?:reken)?voorbeeld(?:en)?(?: \d{1,2})?[ \t]*:?[ \t]*$", 3.0),  # a worked example's heading
    ],
}
# A memo that names its kind alone on its first line ("Memo", "Interne notitie"): that name outweighs an offer's words
# further down the head ("De offerte van X bedraagt …"). Only the word alone: "Offerte inzet X" on a letter's first
# line is its subject, and "Nota van inlichtingen" is a tender's document.
_MEMO_NAME = regex.compile(r"^[#* \t]*(?:interne?[ \t]+)?(?:memo|notitie|nota)[ \t*:]*$", _FLAGS)
_MEMO_NAME_WEIGHT = 2.0
_EMAIL_FIELDS = {
    "from": regex.compile(r"^[ \t#*>]*(?:van|from|afzender)[ \t]*:", _FLAGS),
    "to": regex.compile(r"^[ \t#*>]*(?:aan|to)[ \t]*:", _FLAGS),
    "subject": regex.compile(r"^[ \t#*>]*(?:onderwerp|subject)[ \t]*:", _FLAGS),
    "sent": regex.compile(r"^[ \t#*>]*(?:verzonden|sent|date)[ \t]*:", _FLAGS),
    "cc": regex.compile(r"^[ \t#*>]*cc[ \t]*:", _FLAGS),
}
_EMAIL_PROOF = regex.compile(
    r"^[ \t#*>]*(?:van|from)[ \t]*:[^\n]{0,200}@|^[ \t#*>]*(?:verzonden|sent)[ \t]*:|"
    r"^[ \t#*>]*(?:onderwerp|subject)[ \t]*:[ \t]*(?:re|fw|fwd|antw|dr)[ \t]*:",
    _FLAGS,
)
_FORWARDED = regex.compile(r"-{2,}[ \t]*(?:oorspronkelijk bericht|original message|doorgestuurd bericht)", _FLAGS)
_TITLE_LINE = regex.compile(r"^[ \t]*(?:#{1,3}[ \t]|(?:betreft|onderwerp|subject)[ \t]*:?[ \t])", _FLAGS)
_CHAT_TITLE = regex.compile(r"\b(?:chat(?:gesprek|bericht(?:en)?|export)?|teams-?chat|whatsapp)\b", _FLAGS)


def _title_zone(text: str) -> str:
    """The first non-empty lines plus headings and ``Betreft``/``Onderwerp`` lines of the first page."""
    lines = [line for line in text[:20_000].split("\n") if line.strip()]
    head = lines[:_HEAD_LINES]
    titles = [line for line in lines[_HEAD_LINES : _HEAD_LINES * 4] if _TITLE_LINE.match(line, timeout=REGEX_TIMEOUT)]
    return "\n".join(head + titles)


def _names_itself_memo(text: str) -> bool:
    """Whether the first non-empty line holds only a memo's kind (:data:`_MEMO_NAME`)."""
    first = next((line for line in text[:2_000].split("\n") if line.strip()), "")
    return _MEMO_NAME.match(first, timeout=REGEX_TIMEOUT) is not None


def _email_score(text: str) -> float:
    """A strong score for a mail header block at the top, a weaker one for a forwarded mail inside."""
    head = "\n".join(text[:5_000].split("\n")[:30])
    fields = sum(1 for pattern in _EMAIL_FIELDS.values() if pattern.search(head, timeout=REGEX_TIMEOUT))
    score = 0.0
    if fields >= 3 and _EMAIL_PROOF.search(head, timeout=REGEX_TIMEOUT):
        score += 8.0
    elif fields >= 3:
        score += 3.0
    if _FORWARDED.search(text, timeout=REGEX_TIMEOUT):
        score += 4.0
    return score


def _chat_score(text: str, title: str) -> float:
    """Time-stamped message lines or Teams sender lines (at least three in the first 20,000 characters) make a chat
    export."""
    head = text[:20_000]
    lines = chain(CHAT_MESSAGE.finditer(head, timeout=REGEX_TIMEOUT), sender_lines(head))
    messages = sum(1 for _ in islice(lines, 3 * _CHAT_LINES))
    if messages < _CHAT_LINES:
        return 0.0
    return 3.0 + messages + (3.0 if _CHAT_TITLE.search(title, timeout=REGEX_TIMEOUT) else 0.0)


def score_doc_types(text: str) -> dict[str, float]:
    """Cue score per document type (``other`` excluded); title-zone cues weigh more than body cues."""
    title = _title_zone(text)
    words = text_words(text)
    scores: dict[str, float] = {}
    for doc_type, cues in _CUES.items():
        total = 0.0
        for cue in cues:
            if cue.title and cue.found_in(title):
                total += cue.title
            elif cue.body and cue.found_in(text, words):
                total += cue.body
        scores[doc_type] = total
    if _names_itself_memo(text):
        scores["memo"] += _MEMO_NAME_WEIGHT
    scores["email"] = _email_score(text)
    scores["chat"] = _chat_score(text, title)
    return {name: scores[name] for name in DOC_TYPES if name in scores}


def detect_doc_type(text: str) -> str:
    """The most likely document type, or ``"other"`` when no type has enough cues."""
    scores = score_doc_types(text)
    if scores["besluit"] >= _BESLUIT_OVER_BRIEF and scores["brief"] > scores["besluit"]:
        scores["besluit"] = scores["brief"] + 0.1
    best = max(scores, key=lambda name: (scores[name], -DOC_TYPES.index(name)))
    return best if scores[best] >= _MIN_SCORE else "other"
