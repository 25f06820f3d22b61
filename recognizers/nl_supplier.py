"""The supplier's own organisation data in a quote (name, address, website) as ORGANIZATION (5.1(1)c).

Three ways in that need no NER model, and a fourth with one:
- a name with a legal form (``Adviesbureau Voorbeeld B.V.``, ``Stichting Voorbeeld``);
- the ``Opdrachtnemer``/``Leverancier``/``Bedrijfsnaam`` label, with the value after a colon or the lines
  of the block under it;
- the company block in a letterhead or footer: the lines around a KvK, btw or IBAN line
  (``Voorbeeld B.V. | Stationsweg 12 | 3511 AB Utrecht | KvK 12345678``);
- the other party of an agreement (:mod:`recognizers.contract_parties`) and the sender of a text that quotes its
  own prices (:mod:`recognizers.priced_sender`), a one-person firm named after its owner and trade
  (:mod:`recognizers.sole_traders`);
- an organisation found by the pipeline's NER (``nl_core_news_lg``), in a sentence about a price or a quote.
Each supplier name found is then followed through the text (``Voorbeeld`` after ``Voorbeeld B.V.``).
The municipality and other public bodies (``lst_public_body``) are never suggested. Whether an
organisation is redacted follows ``ground_rules.json``: in an offer, order, contract or application 5.1(1)c, elsewhere
only as business data: a name found by its label or in a sentence about a price or quote, and every mention of it,
carries the evidence ``owner=supplier``.
"""

from __future__ import annotations

import string
from dataclasses import replace
from functools import lru_cache

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from recognizers.addressee_firms import addressee_firms
from recognizers.base import SCAN_TIMEOUT, NlRecognizer, build_result
from recognizers.business_context import (
    granted_in_sentence,
    line_end,
    line_start,
    mentions_public_body,
    priced_sentence,
)
from recognizers.contract_parties import contract_parties
from recognizers.legal_forms import LEGAL_FORM
from recognizers.name_lists import NameLists, name_lists, own_list
from recognizers.name_tokens import lowercase_vocabulary, word_shape
from recognizers.org_units import unit_before
from recognizers.priced_names import priced_names
from recognizers.priced_sender import sender_names
from recognizers.role_named_firms import role_named_firms
from recognizers.sole_traders import sole_trader_names
from recognizers.supplier_columns import supplier_column_names
from recognizers.supplier_text import (
    Found,
    acting_names,
    after_person,
    ampersand_names,
    listed_names,
    looks_like_word,
    ner_names,
    person_led,
    proper_firm_word,
    quoted_names,
    web_names,
)
from recognizers.term_scan import NearLiteralScan, sentence_start

# A foundation's name: connectors only between name words, never at its end ("Stichting Jeugd en Gezin voor de
# regio" is "Stichting Jeugd en Gezin").
_FOUNDATION = regex.compile(
    r"(?<![\w])(?:\p{Lu}\p{Ll}{2,20}(?:stichting|vereniging)|Stichting|Vereniging|Coöperatie(?:ve)?)"
    r"(?:(?:[ ](?:van|voor|de|der|den|het|ter|ten|en|&)){0,2}[ ][A-Z0-9][\w&'-]{0,30}){1,5}"
)
_CONNECTORS = frozenset({"van", "voor", "de", "der", "den", "en", "&", "in", "op", "het", "'t", "aan"})
# Interfixes written with a capital lead a surname without a given name: part of a firm's name after them.
_NAME_INTERFIXES = frozenset({"Van", "De", "Den", "Der", "Ter", "Ten"})
_STOP_WORDS = frozenset(
    {
        "de", "het", "een", "aan", "van", "voor", "door", "met", "namens", "bij", "per", "dit", "deze", "die",
        "dat", "wij", "hierbij", "betreft", "offerte", "factuur", "opdrachtnemer", "opdrachtgever", "leverancier",
        "geachte", "beste", "zie", "en", "of", "als", "ook", "graag", "heeft", "is", "naam", "bedrijf", "t.a.v.",
        "paraaf", "handtekening", "ondertekening", "getekend",
    }
)  # fmt: skip
_LABEL = regex.compile(
    r"^[ \t]{0,4}(?:[#*>-]{1,4}[ \t]{0,2})?(?:\*\*)?(?P<label>opdrachtnemer|"
    r"(?:(?:voorkeurs|hoofd|onder)|(?:huidige|nieuwe|beoogde|gekozen|geselecteerde|winnende)[ \t])?"
    r"(?:leverancier|aanbieder|inschrijver|aannemer)|contractant|dienstverlener|besteld[ \t]bij|geleverd[ \t]door|"
    r"crediteur|bedrijfsnaam|handelsnaam|statutaire[ \t]naam|(?P<applicant>(?:subsidie)?aanvrager|verhuurder)|"
    r"naam[ \t](?:leverancier|bedrijf|organisatie|opdrachtnemer|inschrijver|aanbieder|aannemer|"
    r"(?P<applicant>aanvrager)))"
    r"(?:\*\*)?[ \t]{0,3}(?P<colon>:)?(?:\*\*)?[ \t]{0,3}(?P<value>[^\n|\t]{0,80})$",
    regex.IGNORECASE | regex.MULTILINE,
)
_ANCHOR = regex.compile(
    r"(?<![\w])(?:kvk|k\.v\.k\.|kamer van koophandel|btw[- ]?(?:nummer|nr|id)|iban|bic)(?![\w])"
    r"|(?<![A-Z0-9])NL\d{9}B\d{2}(?![A-Z0-9])",
    regex.IGNORECASE,
)
_SEGMENT_SPLIT = regex.compile(r"[ \t]+[|·•–][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]+-[ \t]+")
_ADDRESS = regex.compile(
    r"[A-Z][\w'.-]{1,40}(?:[ -][\w'.-]{1,30}){0,4}[ ]\d{1,5}[ -]?[a-zA-Z]?(?:[ -]\d{1,4})?"
    r"|\d{4}[ ]?[A-Z]{2}(?:[ ]{1,2}[A-Z][\w'-]{1,30}(?:[ -][A-Za-z][\w'-]{1,30}){0,2})?"
    r"|(?i:postbus[ ]\d{1,6})"
)
_WEBSITE = regex.compile(
    r"(?i:(?:https?://)?(?:www\.)?[a-z0-9-]{2,40}\.(?:nl|com|eu|org|net|be|de|info)(?:/\S{0,60})?)"
)
_NAME_LINE = regex.compile(
    r"(?:(?:van|de|der|den|ter|ten)[ ]){0,3}[A-Z0-9][\w&'.,-]{0,40}(?:[ ][\w&'.,()-]{1,40}){0,6}"
)
_PERSONAL = regex.compile(
    r"@|\b(?:tel|telefoon|fax|mobiel|e-?mail|contactpersoon|vertegenwoordigd|t\.a\.v|datum|betreft|kenmerk|"
    r"referentie|pagina|\w{0,15}nummer|nr)\b|(?:\+31|\b0)\d{1,3}[ -]?\d{2,4}[ -]?\d{2,4}|\d{2}-\d{2}-\d{4}",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\S+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;#>*•-])[ \t\u00a0(\"'*_]*\Z")
_BLOCK_UP = 5
_BLOCK_DOWN = 3
_MAX_BLOCK_LINE = 70


class NlSupplierRecognizer(NlRecognizer):
    """Supplier name, address and website in a quote; never a public body."""

    ENTITY = "ORGANIZATION"

    def __init__(self, supported_language: str = "nl", supported_entity: str = ENTITY) -> None:
        super().__init__(supported_language=supported_language, supported_entity=supported_entity)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """Supplier names, labelled supplier blocks and letterhead/footer blocks, then later mentions."""
        found = [*_legal_names(text), *_styled_names(text), *_labelled(text), *_anchored_blocks(text)]
        found.extend([*contract_parties(text), *sender_names(text), *sole_trader_names(text)])
        found.extend([*supplier_column_names(text), *priced_names(text), *addressee_firms(text)])
        found.extend(role_named_firms(text))
        found.extend([*ampersand_names(text), *acting_names(text), *quoted_names(text)])
        if nlp_artifacts is not None:
            found.extend(ner_names(text, nlp_artifacts.entities))
        found = [f for f in found if not mentions_public_body(text[f.start : f.end])]
        names = [f for f in found if f.name]
        found.extend([*listed_names(text, names), *web_names(text, names)])
        found.extend(_mentions(text, found))
        business = [_in_business_data(text, item) for item in found]
        suppliers = _business_names(text, found, business)
        results: dict[tuple[int, int], RecognizerResult] = {}
        for item, in_business in zip(found, business, strict=True):
            item = _with_interfix(text, item)
            key = (item.start, item.end)
            if key not in results or results[key].score < item.score:
                supplier = in_business or supplier_key(text[item.start : item.end]) in suppliers
                results[key] = self._result(text, item, supplier)
        return EntityRecognizer.remove_duplicates(list(results.values()))

    def _result(self, text: str, item: Found, supplier: bool) -> RecognizerResult:
        """The result, with the evidence ``legal_form`` when a legal form proves an organisation's name,
        ``owner=supplier`` when it is business data (``supplier``: :func:`_business_names`), and
        ``owner=grant_recipient`` when its sentence grants it a subsidy (public spending, not a supplier's data)."""
        metadata: dict[str, object] = {"legal_form": True} if item.legal_form else {}
        if supplier:
            metadata["owner"] = "supplier"
        if grant := granted_in_sentence(text, item.start, item.end):
            metadata |= {"owner": "grant_recipient", "evidence": f"Ontvanger van een subsidie die de overheid verleent "
                         f"('{grant}'): openbare besteding, geen bedrijfsgegeven"}
        return build_result(
            self, item.start, item.end, item.score, item.how, metadata=metadata or None, pattern_name=item.how
        )


# A surname's interfix right before a found firm's name ("van Riet Groep", "de Korte NV", "Van den Berg BV"), and
# what may stand before a lowercase "van" for it to belong to the name: a line's start or a separator, a preposition,
# conjunction, pronoun or verb ("de offerte van van Kempen BV", "afgesproken is dat van Dijk BV"); after a noun the
# "van" is a preposition ("de prijs van Kempen BV"), and a shorter interfix is tried ("de prijs van de Noordmark BV").
# Other interfixes always belong to the name ("geven wij de Graaf NV opdracht").
_INTERFIX_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?:[vV]an[ ](?:de|der|den|het|'t)|[vV]an|[dD]e|[dD]er|[dD]en|[tT]er|[tT]en|le|la|du)[ ]\Z"
)
_PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}])(?i:aan|door|met|bij|voor|namens|tussen)[ ]\Z")
_BEFORE_INTERFIX = regex.compile(
    r"(?:^|[:|(\t,;•\"'“‘-]|(?<![\p{L}])(?:van|door|met|bij|voor|aan|namens|en|of|tussen|dan|"
    r"dat|die|wie|wij|we|is|was|zijn|werd|wordt|heeft|hebben))[ \t]{0,3}\Z",
    regex.IGNORECASE | regex.MULTILINE,
)


def _with_interfix(text: str, item: Found) -> Found:
    """``item`` with the interfix that leads its name (``van Riet Groep``, ``Van den Berg BV``), where one does."""
    if not text[item.start : item.start + 1].isupper():
        return item
    window = text[max(0, item.start - 12) : item.start]
    endings = _INTERFIX_BEFORE.finditer(window, overlapped=True, timeout=SCAN_TIMEOUT)  # "van de " and "de "
    for size in sorted({len(m.group()) for m in endings}, reverse=True):
        start = item.start - size
        if text[start].isupper():  # "Van den Berg Groep": written so only as part of a name ...
            if text[start] == "D" and sentence_start(text, start):
                continue  # ... but a "De" opening a sentence is its article ("De Stichting …")
            return replace(item, start=start)
        if not text.startswith("van", start) or _BEFORE_INTERFIX.search(text, max(0, start - 8), start,
                                                                          timeout=SCAN_TIMEOUT):
            return replace(item, start=start)  # "de", "ter" …: only "van" is also a preposition
    return item


def _legal_names(text: str) -> list[Found]:
    """``Naam B.V.``: capitalised words (and connectors) right before a legal form, on the same line."""
    found: list[Found] = []
    for match in LEGAL_FORM.finditer(text, timeout=SCAN_TIMEOUT):
        start = _name_start(text, match.start())
        if start is None:
            continue
        found.append(Found(start, match.end(), 0.7, "naam met rechtsvorm", True, legal_form=True))
        before, after = text[line_start(text, start) : start], text[match.end() : line_end(text, match.end())]
        if not before.strip() and not after.strip():
            # The name alone on its line heads a letterhead block: address and website follow.
            found.extend(_block_lines(text, match.end(), "bedrijfsgegevens in briefhoofd of voettekst", 0.6, down=4))
    for match in _FOUNDATION.finditer(text, timeout=SCAN_TIMEOUT):
        how = "naam van een stichting of vereniging"
        found.append(Found(match.start(), match.end(), 0.7, how, True, legal_form=True))
    return found


_ROYAL = ("Koninklijke", "Royal")  # a royal warrant: what follows is a firm's name, even a word ending like a plural
_BUREAUS = ("Adviesbureau", "Onderzoeksbureau", "Trainingsbureau", "Bureau", *_ROYAL)
# A list item's number before a party in a contract: "1.", "2)", "a."
_ENUMERATION = regex.compile(r"(?:\d{1,3}|[a-z])[.)]")
# The longest name before a company word: name, space, two interfixes with their spaces, name (31 + 1 + 8 + 31).
_STYLED_NAME_CHARS = 71


_ACRONYM = r"[A-Z]{2,5}"  # "OVG Groep", "KPN Zakelijk": an acronym before a company word
_ACRONYM_NAME = regex.compile(_ACRONYM)


@lru_cache(maxsize=1)
def _styled_name() -> NearLiteralScan:
    """``Dekker Consultancy``, ``Huisman Groep``, ``Adviesbureau Rietveld``, ``Koninklijke van Praagh``: a proper name
    with a company word, tried only up to :data:`_STYLED_NAME_CHARS` before a company word or at a bureau word."""
    # "Royal" and "Koninklijke" lead a name ("Leverancier Royal van de Wiel" is no "Leverancier Royal")
    leading = {b.lower() for b in _ROYAL}
    company_words = [w.capitalize() for w in sorted(own_list("lst_generic_org_word") - leading, key=len)[::-1]]
    words = "|".join(regex.escape(w) for w in company_words)
    name = r"[A-Z][a-zà-ÿ'-]{1,30}(?:-[A-Z][a-zà-ÿ']{1,30})?"  # also hyphenated: "West-Francië"
    pattern = regex.compile(
        rf"(?<![\w&])(?P<name>(?:{name}[ ](?:(?:van|de|der|den|ter)[ ]){{0,2}})?{name}|{_ACRONYM})[ ](?:{words})"
        rf"(?:[ ](?:en|&)[ ](?:{words}))?(?![\w])"  # "Flynth Adviseurs en Accountants": one firm, two trades
        rf"|(?<![\w])(?:{'|'.join(_BUREAUS)})[ ](?P<name>(?:(?:van|de|der|den|ter)[ ]){{0,2}}{name})(?![\w])"
    )
    literals = [f" {w}" for w in company_words] + [f"{b} " for b in _BUREAUS]
    return NearLiteralScan(pattern, literals, reach=_STYLED_NAME_CHARS, first=string.ascii_uppercase)


def _styled_names(text: str) -> list[Found]:
    """Company-style names whose proper part is a known surname, or a capitalised word inside a sentence; an
    acronym's (``OVG Groep``) only in a sentence about a supplier's price."""
    lists, vocabulary = name_lists(), lowercase_vocabulary(text)
    found: list[Found] = []
    for match in _styled_name().finditer(text):
        words = match.group("name").split()
        if _ACRONYM_NAME.fullmatch(match.group("name")):
            if priced_sentence(text, match.start(), match.end()) and not unit_before(text, match.start()):
                found.append(Found(match.start(), match.end(), 0.6, "afkorting met bedrijfswoord", True))
            continue
        word = words[-1]
        bureau = match.start() < match.start("name")  # "Koninklijke Kok": after a bureau word a surname is a name
        # ... and so after a lowercase interfix ("de Pauw Groep": written "de pauw" it would be the bird), though not
        # after a bare "van", which is as often a preposition ("het convenant van Midden Nederland"), unless a
        # preposition, conjunction or verb stands before it ("verlenen aan van Ooyen Groep")
        interfix = _INTERFIX_BEFORE.search(text, max(0, match.start() - 12), match.start())
        led = bureau or (interfix is not None and _leads_name(text, interfix))
        # a listed surname after a word that leads a name is one, and so is a place or word after a bureau word and
        # an interfix ("Koninklijke van Dalem")
        surname = word in lists.surnames or (bureau and words[0][0].islower())
        # a place before a company word names a firm in a sentence about its price ("dat Doesburg Groep het werk
        # uitvoert voor € …"); elsewhere it is as often a body's unit or a theme ("Utrecht Advies")
        place = len(words) == 1 and word.lower() in lists.place_words and priced_sentence(text, match.start(),
                                                                                          match.end())
        common = word.lower() in lists.common_words and not (led and surname) and not place
        if common or word.lower() in _STOP_WORDS or unit_before(text, match.start()):
            continue
        offset = match.start("name")
        after_van = interfix is not None and interfix.group().lower().startswith("van") and led
        named = after_van or match.group().startswith(_ROYAL)  # "Koninklijke Zwijsen", "aan van Ooyen Groep"
        while words and not place and (words[0][0].islower() or _word_not_name(words[0], named, lists, vocabulary)):
            interfix_word = words[0][0].islower()
            offset = text.index(words[0], offset) + len(words.pop(0))  # "Ook Feltzer Groep" → "Feltzer Groep"
            if bureau and interfix_word:
                break  # after a bureau word and an interfix a place or word is a surname: "Koninklijke van Dalem"
        if not words:
            continue  # "Landelijk Adviseurs", "Toezicht Advies", "Team Handhaving Training": a unit or a job
        start = match.start() if bureau else text.index(words[0], offset)
        heading = _SENTENCE_START.search(text, line_start(text, start, 20), start)
        if not bureau and word not in lists.surnames and heading and not priced_sentence(text, start, match.end()):
            continue  # "Juridisch Advies" as a heading: a capital at a sentence start proves nothing, unless a
            # price follows in the same sentence ("1. Vial Groep, inschrijfsom € 12.000")
        start = after_person(text, start, words, lists.first_names)
        found.append(Found(start, match.end(), 0.65, "bedrijfsnaam", True))
    return found


def _word_not_name(word: str, named: bool, lists: NameLists, vocabulary: frozenset[str]) -> bool:
    """Whether a capitalised word of a styled name is a Dutch word, not a name; where the name is ``named`` (after
    a "van" that leads it, or after ``Koninklijke``) only a known word or adjective is (``aan van Ooyen Groep``,
    ``Koninklijke Zwijsen``: ending like a plural, still a name there; after an article it is a noun: ``de
    Vrijwilligers Groep``)."""
    if named and word_shape(word, lists, vocabulary) in {"C", "S"}:
        return False
    return looks_like_word(word, lists, vocabulary)


def _leads_name(text: str, interfix: regex.Match[str]) -> bool:
    """Whether the lowercase interfix before a styled name is part of it: any but a bare "van", and that one right
    after another preposition (``verlenen aan van Ooyen Groep``), where it cannot be one itself."""
    if interfix.group().lower() != "van ":
        return True
    start = interfix.start()
    return _PREPOSITION_BEFORE.search(text, max(0, start - 8), start, timeout=SCAN_TIMEOUT) is not None


def _name_start(text: str, form_start: int) -> int | None:
    """Walk back over at most seven name words before a legal form; None if there is no name."""
    words = list(_WORD.finditer(text, line_start(text, form_start, 200), form_start, timeout=1.0))[-7:]
    kept: list[regex.Match[str]] = []
    generic = own_list("lst_generic_org_word")
    for word in reversed(words):
        token = word.group()
        if token[-1] in ",:;(" or not (token[0].isupper() or token[0].isdigit() or token.lower() in _CONNECTORS):
            break
        if _ENUMERATION.fullmatch(token):
            break  # "2. Schoonmaakbedrijf Vermeulen B.V.": a list's number, not part of the name
        if token == "en" and any(proper_firm_word(w.group(), generic) for w in kept):
            break  # "Schroeff & Jacquot en Boers Groep B.V.": two firms ("Jansen en Zonen B.V." is one)
        kept.insert(0, word)
    while kept and kept[0].group().lower() in _CONNECTORS | _STOP_WORDS and kept[0].group() not in _NAME_INTERFIXES:
        kept.pop(0)  # "Offerte van Voorbeeld B.V." → "Voorbeeld B.V."; "Van den Berg BV" keeps its "Van den"
    return kept[0].start() if kept else None


def _labelled(text: str) -> list[Found]:
    """The value after ``Opdrachtnemer:``, or the block of lines under an ``Opdrachtnemer`` heading; after
    ``Aanvrager:`` or ``Verhuurder:`` (a citizen may apply or let) only a value that does not start like a person's
    name."""
    found: list[Found] = []
    for match in _LABEL.finditer(text, timeout=SCAN_TIMEOUT):
        value = match.group("value").strip(" *")
        if match.group("applicant") and (not value or person_led(value)):
            continue  # an applicant or landlord may be a citizen: a person's name is the person recognizers' (5.1(2)e)
        if value and match.group("colon"):
            start = match.start("value") + match.group("value").index(value)
            found.extend(_segments(text, start, start + len(value), 0.8, "opdrachtnemer/leverancier", business=True))
        elif not value:
            how = "gegevens onder 'opdrachtnemer'"
            found.extend(_block_lines(text, match.end(), how, 0.75, down=6, business=True))
    return found


def _anchored_blocks(text: str) -> list[Found]:
    """Name, address and website lines around a KvK/btw/IBAN line (a letterhead or footer)."""
    how = "bedrijfsgegevens in briefhoofd of voettekst"
    found: list[Found] = []
    done_until = 0
    for anchor in _ANCHOR.finditer(text, timeout=SCAN_TIMEOUT):
        if anchor.start() < done_until:
            continue  # another anchor on a line already looked at
        start, end = line_start(text, anchor.start()), line_end(text, anchor.end())
        done_until = end
        if mentions_public_body(text[start:end]):
            continue
        found.extend(_segments(text, start, end, 0.6, how))
        found.extend(_block_lines(text, start - 1, how, 0.6, up=_BLOCK_UP))
        found.extend(_block_lines(text, end, how, 0.6, down=_BLOCK_DOWN))
    return found


def _block_lines(
    text: str, edge: int, how: str, score: float, up: int = 0, down: int = 0, business: bool = False
) -> list[Found]:
    """Short lines above (``up``) or below (``down``) ``edge`` up to a blank line; a public body ends it."""
    lines: list[tuple[int, int]] = []
    position = edge
    for _ in range(up):
        if position <= 0:
            break
        start = line_start(text, position)
        lines.append((start, position))
        position = start - 1
    for _ in range(down):
        if position >= len(text):
            break
        start = position + 1 if text[position] == "\n" else position
        end = line_end(text, start)
        lines.append((start, end))
        position = end
    found: list[Found] = []
    for start, end in lines:
        line = text[start:end]
        if not line.strip() or len(line) > _MAX_BLOCK_LINE or line.rstrip().endswith((".", ":")):
            break
        if mentions_public_body(line):
            break
        found.extend(_segments(text, start, end, score, how, business))
    return found


def _segments(text: str, start: int, end: int, score: float, how: str, business: bool = False) -> list[Found]:
    """The name, address or website parts of ``text[start:end]`` (split on ``|``, ``·``, tabs)."""
    found: list[Found] = []
    position = start
    pieces = [*_SEGMENT_SPLIT.finditer(text, start, end, timeout=1.0), None]
    for separator in pieces:
        piece_end = separator.start() if separator else end
        piece = text[position:piece_end]
        stripped = piece.strip(" *_#>\t\r")
        if stripped:
            a = position + piece.index(stripped)
            kind = _kind(stripped)
            if kind:
                found.append(Found(a, a + len(stripped), score, how, kind == "name", business=business))
        position = separator.end() if separator else end
    return found


def _kind(piece: str) -> str | None:
    """``name``, ``address`` or ``website`` for a piece of a supplier block; None for anything else."""
    if _ANCHOR.search(piece, timeout=1.0) or _PERSONAL.search(piece, timeout=1.0) or mentions_public_body(piece):
        return None
    if _WEBSITE.fullmatch(piece, timeout=1.0):
        return "website"
    if _ADDRESS.fullmatch(piece, timeout=1.0):
        return "address"
    if not any(ch.isdigit() for ch in piece) and _NAME_LINE.fullmatch(piece, timeout=1.0) and len(piece.split()) <= 6:
        return "name"
    return None


def supplier_core(name: str) -> str | None:
    """The searchable part of a supplier name (without legal form); None if too short or too common."""
    core = LEGAL_FORM.sub("", name).strip(" ,.")
    generic = own_list("lst_generic_org_word")
    words = core.split()
    if not words or all(w.lower() in generic or w.lower() in _CONNECTORS for w in words):
        return None
    if len(words) == 1 and (len(core) < 3 or (len(core) < 4 and not core.isupper())):
        return None
    return core


def _with_acronyms(cores: set[str]) -> set[str]:
    """``cores`` and the acronyms inside them ("NTA" in "Onderzoeksbureau NTA"), which are searched for on their own."""
    return cores | {w for core in cores for w in core.split() if len(w) >= 3 and w.isupper() and w.isalpha()}


def _in_business_data(text: str, item: Found) -> bool:
    """Whether ``item`` is business data where it stands: found by a supplier label or NER in a priced sentence, or
    standing in a sentence about a price or quote."""
    return item.business or priced_sentence(text, item.start, item.end)


def supplier_key(name: str) -> str:
    """What two mentions of one supplier share: the core of its name (:func:`supplier_core`), else the name."""
    return supplier_core(name) or name


def _business_names(text: str, found: list[Found], business: list[bool]) -> frozenset[str]:
    """The cores of the names that are business data somewhere in ``text`` (``business``: per item of ``found``,
    :func:`_in_business_data`): each of their mentions is too."""
    names = {supplier_key(text[f.start : f.end]) for f, b in zip(found, business, strict=True) if f.name and b}
    return frozenset(_with_acronyms(names))


def _mentions(text: str, found: list[Found]) -> list[Found]:
    """Later mentions of each supplier name (or its core without legal form), whole words, same case."""
    cores = _with_acronyms({core for f in found if f.name and (core := supplier_core(text[f.start : f.end]))})
    cores = {core for core in cores if not mentions_public_body(core)}
    mentions: list[Found] = []
    for core in sorted(cores, key=len, reverse=True):
        pattern = regex.compile(r"(?<![\w])" + regex.escape(core) + r"(?![\w])")
        for match in pattern.finditer(text, timeout=SCAN_TIMEOUT):
            mentions.append(Found(match.start(), match.end(), 0.6, "eerder gevonden naam van de leverancier", False))
    return mentions
