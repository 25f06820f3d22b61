"""Supplier names in running text, without a legal form or a label: the shapes a firm's name takes.

- two names joined by ``&`` (``Sprong & van Holland``, ``Schroeff & Jacquot``): a partnership's name;
- a name listed with a supplier name already found (``zoals Brizee Advies en Vroegop-Windig``);
- a name that is the subject of what a supplier does (``De Efteling levert maatwerk``, ``… offreert``);
- an organisation the NER model found, in a sentence about a price or a quote (``Atos vraagt € 48.000``);
- the web domain or social-media handle in a paragraph that names a found supplier
  (``Feltzer Groep e-mailt een nieuwsbrief. Via www.feltzer.nl …``, ``@feltzergroep``).

Each side must look like a name, not a Dutch word (``Zorg & Welzijn``, ``Onderzoek & Analyse`` are a body's
units or themes), nor a public body, a place or a first name (``Jan Jansen`` is a person). A body's own units
(``Afdeling X``, ``Team Y``, ``Directie Z``) are never a supplier (:func:`recognizers.org_units.unit_before`).
:func:`after_person` and :func:`proper_firm_word` help it cut a firm's name from a person's or another firm's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.tokens import Span

from recognizers.base import SCAN_TIMEOUT
from recognizers.business_context import mentions_public_body, priced_sentence
from recognizers.name_anchors import INTERFIX
from recognizers.name_lists import NameLists, listed_or_compound, name_lists, own_list
from recognizers.name_tokens import lowercase_vocabulary, word_shape
from recognizers.org_units import unit_before
from recognizers.term_scan import NearLiteralScan, sentence_start


@dataclass(frozen=True)
class Found:
    """A supplier value: offsets, score, how it was found, whether it is a name to follow through the text, whether
    a legal form (B.V., Stichting …) proves it is an organisation's name, and whether the way it was found already
    makes it business data (a supplier label, a sentence about a price)."""

    start: int
    end: int
    score: float
    how: str
    name: bool
    legal_form: bool = False
    business: bool = False


_PART_CHARS = 31  # a capitalised word, or each part of a hyphenated one
# A capitalised word, or a hyphenated pair of them ("Vroegop-Windig"): the unit every firm-name shape is built of.
CAPITALISED = rf"\p{{Lu}}[\p{{Ll}}'’]{{1,{_PART_CHARS - 1}}}(?:-\p{{Lu}}[\p{{Ll}}'’]{{1,{_PART_CHARS - 1}}})?"
_CAP_CHARS = 2 * _PART_CHARS + 1
_SIDE = rf"(?:{INTERFIX}[ ])?{CAPITALISED}"
# A word before a lowercase "van" that makes it a preposition ("het voorstel van Jansen & Smit"); after a
# preposition, conjunction, pronoun or verb ("een methode van van Heusden & Serra", "is dat van der Horst & Smit")
# the "van" is the interfix of the name.
_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?!(?:van|door|met|bij|voor|aan|namens|en|of|dat|die|wie|wij|we|is|was|zijn|werd|wordt|heeft|"
    r"hebben)[ ])\p{L}+[ ]\Z"
)
_AMPERSAND = regex.compile(rf"(?<![\w&-])(?P<a>{_SIDE})[ ]&[ ](?P<b>{_SIDE})(?![\w&-])")
# A name of one to three capitalised words (an article before it is not part of it).
# A brand written in camel case ("FrieslandCampina", "HaskoningDHV"): no Dutch word and, with three lowercase letters
# or more before the inner capital, no person's name either ("McArthur", "LeBlanc" have fewer).
_CAMEL = r"\p{Lu}\p{Ll}{3,30}\p{Lu}\p{L}{1,30}"
_NAME_WORD = rf"(?:{_CAMEL}|{CAPITALISED})"
_NAME = rf"(?:De[ ]|de[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
_ACRONYM = r"\p{Lu}{3,6}"  # "BAM", "KEMA": a firm's name where a supplier's document or bid names it
# What a bidder did with its bid ("heeft een offerte uitgebracht"); asking for or judging one is the body's part.
_BID_MADE = (
    r"(?:uitgebracht|afgegeven|ingediend|gedaan|gestuurd|verstuurd|toegestuurd|aangeboden|opgesteld|ingeleverd|"
    r"geoffreerd|neergelegd)(?![\p{L}])"
)
_LISTED_AFTER = regex.compile(rf"(?:[ ]?,[ ]|[ ](?:en|of)[ ])(?P<n>{_NAME})(?=[ ]?(?:[.,;:)\n]|\Z)|[ ](?:en|of)[ ])")
_LISTED_BEFORE = regex.compile(rf"(?<![\p{{L}}'’-])(?P<n>{_NAME})(?:[ ]?,[ ]|[ ](?:en|of)[ ])\Z")
_SUPPLIER_VERBS = ("levert", "leveren", "offreert", "offreren", "biedt", "bieden", "verzorgt", "factureert")
# Verbs that make a supplier only with the price right after them: "Vopak vraagt € 83.000", "Esso wil € 95".
_PRICING_VERBS = ("vraagt", "vragen", "rekent", "rekenen", "wil", "willen")
# A supplier's document or bid and whose it is: "de offerte van Raben Group", "het bod van Arcadis".
_QUOTE_NOUNS = (
    "offerte", "prijsopgave", "aanbieding", "factuur", "inschrijving", "bod", "prijsvoorstel", "prijs", "uurtarief",
    "tarief",
)  # fmt: skip
_SUPPLIER_VERB = regex.compile(
    rf"(?:^|(?<=[.!?:][ ]))(?P<n>(?:De[ ]|Het[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
    rf"|(?P<a>{_SIDE})[ ]&[ ](?P<b>{_SIDE})"
    rf"|(?P<acronym>{_ACRONYM}))[ ]"
    rf"(?:(?:{'|'.join(_SUPPLIER_VERBS)})(?![\p{{L}}])"
    rf"|(?P<priced>{'|'.join(_PRICING_VERBS)})[ ](?:(?:ongeveer|circa|ruim|bijna|slechts)[ ])?(?:€|EUR\b|euro\b)"
    # a bid made: "Kragten heeft een offerte uitgebracht", "Arcadis heeft een prijs van € 40.000 afgegeven"
    rf"|(?P<bid>heeft|hebben)[ ](?:(?:een|de|het|zijn|haar|hun|ook|nu|al|inmiddels)[ ]){{1,2}}"
    rf"(?:{'|'.join(_QUOTE_NOUNS)})(?![\p{{L}}])(?:[ ](?:[^ .!?\n]|\.(?=\d)){{1,30}}){{0,8}}?[ ]{_BID_MADE})",
    regex.M,
)
# The words that may follow a pricing verb: its literals are verb and word, since "wil" and "vragen" are everywhere.
_PRICE_WORDS = ("€", "EUR", "euro", "ongeveer", "circa", "ruim", "bijna", "slechts")
# Tried only within a name's length (an article and three words) before one of the verbs.
_SUPPLIER_VERB_SCAN = NearLiteralScan(
    _SUPPLIER_VERB,
    [f" {verb}" for verb in (*_SUPPLIER_VERBS, "heeft", "hebben")]
    + [f" {verb} {word}" for verb in _PRICING_VERBS for word in _PRICE_WORDS],
    reach=len("Het ") + 3 * _CAP_CHARS + 2,
    where=sentence_start,  # the pattern's own anchor: a line's or a sentence's start ("heeft" is everywhere)
)
# ... or to whom the body awards or gives its order: "te gunnen aan Breman Installatiegroep", "besteld bij Fugro".
_AWARDED = (
    r"(?:te[ ])?(?:gunnen|gegund|gunt|gunde)[ ]aan|(?:besteld|bestellen|bestelt|bestelde|bestellingen?)[ ]bij|"
    r"opdracht[ ](?:te[ ])?(?:verlenen|verleend|verleent|verleende|geven|gegeven|geeft|gaf)[ ]aan"
)
_QUOTE_OF = regex.compile(
    rf"(?<![\p{{L}}])(?P<q>(?i:(?:{'|'.join(_QUOTE_NOUNS)})[ ]van|{_AWARDED}))[ ]"
    rf"(?P<n>{_NAME}|{_ACRONYM}(?:[ ]{CAPITALISED})?)(?![\p{{L}}'’-])"
)
# " van " after a document or price; the award and order cues by their own letters ("aan" and "bij" are everywhere).
_AWARD_LITERALS = ("unnen aan ", "egund aan ", "gunt aan ", "gunde aan ", "esteld", "estellen bij ", "estelt bij ",
                   "estelde bij ", "estelling", "opdracht ")  # fmt: skip
_QUOTE_OF_SCAN = NearLiteralScan(_QUOTE_OF, [" van ", *_AWARD_LITERALS], reach=len("prijsvoorstel"))
# ... or to whom the body gives its order with the name before it: "Hierbij geven wij Berenschot opdracht voor …",
# "verstrekken wij DAF Trucks de opdracht".
_GIVEN = regex.compile(
    rf"(?<![\p{{L}}])(?P<q>(?i:geven|verstrekken|verlenen|gunnen)[ ](?i:wij|we)(?:[ ](?i:hierbij|daarom|nu))?)[ ]"
    rf"(?P<n>{_NAME}|{_ACRONYM}(?:[ ]{CAPITALISED})?)[ ](?:de[ ])?opdracht(?![\p{{L}}])"
)
_GIVEN_SCAN = NearLiteralScan(_GIVEN, [" wij ", " we ", " Wij ", " We "], reach=len("verstrekken"))
_INSIDE = regex.compile(r"\p{Ll}[,]?[ ](\p{Lu}[\p{Ll}'’]{1,30})(?![\p{L}])")
_DOMAIN = regex.compile(
    r"(?<![\w.@-])(?:https?://)?(?:www\.)?(?P<n>[a-z0-9][a-z0-9-]{1,40})\.(?:nl|com|eu|org|net|be|de|info)(?![\w-])",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"(?<![\w.@])@(?P<n>[A-Za-z0-9_]{3,30})(?![\w@]|\.\w)")
# The words of a web domain that say it is a government site, not a supplier's.
_PUBLIC_DOMAIN = regex.compile(r"(?i)overheid|gemeente|provincie|rijks|ministerie|politie|waterschap")
_ADJECTIVE = regex.compile(r"(?i)(?:lijke?|ische?|ieve?|ief|eel|ele|aal|ale)\Z")
# Endings of Dutch verbs and plurals and of English nouns that an unlisted name hardly has ("Leveren",
# "Performance", "Development", "Services").
_WORD_ENDING = regex.compile(r"(?i)(?:en|ment|ance|ence|tion|sion|ship|ity|ices)\Z")


def looks_like_word(word: str, lists: NameLists, vocabulary: frozenset[str]) -> bool:
    """A capitalised Dutch word or adjective (``Landelijk``, ``Toezicht``, ``Analyse``), not a name."""
    if word in lists.surnames:
        return False
    shape = word_shape(word, lists, vocabulary)
    if shape == "C" and _WORD_ENDING.search(word, timeout=SCAN_TIMEOUT):
        return True
    return shape in "BP" or _ADJECTIVE.search(word, timeout=SCAN_TIMEOUT) is not None


def _without_company_words(words: list[str], generic: frozenset[str]) -> list[str]:
    """The words of a name that are no company words (``Raben`` of ``Raben Group``), nor compounds ending in one
    (``Breman`` of ``Breman Installatiegroep``)."""
    return [w for w in words if not _company_word(w.lower(), generic)]


_COMPANY_COMPOUND = 4  # letters of a company word in a compound, and of the word before it ("installatie|groep")


def _company_word(word: str, generic: frozenset[str]) -> bool:
    """A company word, or a compound of a Dutch word and one (``installatiegroep``, ``schoonmaakdiensten``)."""
    return listed_or_compound(word, generic, _COMPANY_COMPOUND, shortest=_COMPANY_COMPOUND)


@dataclass(frozen=True)
class _Side:
    """One side of ``X & Y``: its capitalised words, whether they read as a name (company words alone do not),
    whether they are company words only (``Beheer``, ``Partners``, ``Zonen``) and whether one is a listed surname."""

    words: list[str]
    named: bool
    company: bool
    surname: bool


def _sides(
    match: regex.Match[str], lists: NameLists, vocabulary: frozenset[str], generic: frozenset[str]
) -> list[_Side]:
    """The two sides (groups ``a`` and ``b``) of a firm's name with ``&``."""
    sides = []
    for group in ("a", "b"):
        words, interfix = _split(match.group(group))
        company = bool(words) and not _without_company_words(words, generic)
        named = not company and _name_like(words, lists, vocabulary, interfix, person_first=False)
        sides.append(_Side(words, named, company, any(w in lists.surnames for w in words)))
    return sides


def _unknown_words(words: list[str], lists: NameLists, vocabulary: frozenset[str]) -> bool:
    """Words no list or this text knows (shape ``C``), whatever their ending, and no adjective."""
    return bool(words) and all(
        word_shape(w, lists, vocabulary) == "C" and not _ADJECTIVE.search(w, timeout=SCAN_TIMEOUT) for w in words
    )


def is_body_or_person(words: list[str], lists: NameLists, person_first: bool) -> bool:
    """A public body, or (with ``person_first``) led by a first name: "Jan Jansen" is a person; in
    "Ernst & Young" a first name is a side of a firm's name."""
    if not words or mentions_public_body(" ".join(words)):
        return True
    return person_first and words[0] in lists.first_names and words[0] not in lists.surnames


def _name_like(
    words: list[str], lists: NameLists, vocabulary: frozenset[str], after_interfix: bool, person_first: bool = True
) -> bool:
    """Capitalised words that read as a name: none a Dutch word, no public body, no person's first name."""
    if is_body_or_person(words, lists, person_first):
        return False
    shapes = [word_shape(w, lists, vocabulary) for w in words]
    if after_interfix:  # "van Holland": after an interfix a place or a word is a surname
        return "B" not in shapes[:-1]
    return not any(looks_like_word(w, lists, vocabulary) for w in words) and "A" not in shapes[-1:]


def _split(name: str) -> tuple[list[str], bool]:
    """The capitalised words of a name side and whether an interfix stands before them."""
    words = name.split()
    interfix = any(w[0].islower() for w in words)
    return [w for w in words if w[0].isupper() and w not in {"De", "Het"}], interfix


def ampersand_names(text: str) -> list[Found]:
    """``X & Y`` and ``X & van Y`` where both sides read as names; beside a listed surname, a word that only ends
    like a Dutch word or company words read as one too (``Roosenboom & Diesbergen``, ``Bakker & Zonen``), and a
    listed surname that is also a word reads as one beside a name (``Vink & Geneart``), but words or company words
    alone on both sides are a unit or a theme (``Beheer & Onderhoud``, ``Groen & Vink``)."""
    lists, vocabulary = name_lists(), lowercase_vocabulary(text)
    generic = own_list("lst_generic_org_word")
    found: list[Found] = []
    for match in _AMPERSAND.finditer(text, timeout=SCAN_TIMEOUT):
        sides = _sides(match, lists, vocabulary, generic)
        unknown = [side.company or _unknown_words(side.words, lists, vocabulary) for side in sides]
        # each side a name; or company words or unknown words beside a name with a listed surname ("Bakker & Zonen");
        # or a listed surname beside a name ("Vink & Geneart")
        if not all(sides[i].named or (sides[1 - i].named and (unknown[i] and sides[1 - i].surname or sides[i].surname))
                   for i in (0, 1)):
            continue
        if unit_before(text, match.start()):
            continue
        start = match.start()
        if text.startswith("van ", start) and _WORD_BEFORE.search(text, max(0, start - 40), start):
            start += 4  # "het voorstel van Jansen & Smit": the preposition, not an interfix (that would be "Van")
        found.append(Found(start, match.end(), 0.65, "bedrijfsnaam met '&'", True))
    return found


def listed_names(text: str, names: list[Found]) -> list[Found]:
    """Names listed with a found supplier name (``A en B``, ``A, B en C``), in the same sentence."""
    lists, vocabulary = name_lists(), lowercase_vocabulary(text)
    found: list[Found] = []
    for name in names:
        after = _LISTED_AFTER.match(text, name.end, timeout=SCAN_TIMEOUT)
        before = _LISTED_BEFORE.search(text, max(0, name.start - 100), name.start, timeout=SCAN_TIMEOUT)
        for match in (m for m in (after, before) if m):
            words, _ = _split(match.group("n"))
            if len(words) == 1 and word_shape(words[0], lists, vocabulary) == "S" and "-" not in words[0]:
                continue  # one listed surname ("Jansen") is as likely a person
            if _name_like(words, lists, vocabulary, after_interfix=False):
                found.append(Found(match.start("n"), match.end("n"), 0.6, "genoemd samen met een leverancier", True))
    return found


def quoted_names(text: str) -> list[Found]:
    """The name after a supplier's document, bid or price (``de offerte van Raben Group``, ``het bod van Arcadis``,
    ``de prijs van KEMA``), after an award or order (``te gunnen aan Omron``, ``besteld bij Fugro``) or given an order
    (``geven wij Berenschot opdracht``): business data wherever it stands. A person's name, one listed surname or a
    public body is left to others."""
    lists, vocabulary = name_lists(), lowercase_vocabulary(text)
    generic = own_list("lst_generic_org_word")
    found: list[Found] = []
    for match in [*_QUOTE_OF_SCAN.finditer(text), *_GIVEN_SCAN.finditer(text)]:
        words, _ = _split(match.group("n"))
        alone = word_shape(words[0], lists, vocabulary) if len(words) == 1 else ""
        if alone == "F" or (alone == "S" and match.re is _QUOTE_OF):
            continue  # "de offerte van Jansen": a sole trader or a firm (priced_names takes it beside a price); "geven
            # wij Jansen opdracht" gives an order to whichever it is
        core = _without_company_words(words, generic)  # "Raben Group": the company word is no test
        if core and _name_like(core, lists, vocabulary, after_interfix=False):
            how = f"naam na '{' '.join(match.group('q').lower().split())}'"
            found.append(Found(match.start("n"), match.end("n"), 0.6, how, True, business=True))
    return found


def acting_names(text: str) -> list[Found]:
    """A name unknown to the lists as the subject of a supplier's verb (``De Efteling levert maatwerk``,
    ``Lutterveld Groep levert``), of a verb asking a price right after it (``Vopak vraagt € 83.000``), or of a bid
    made (``Kragten heeft een offerte uitgebracht``, ``BAM heeft een prijs afgegeven``)."""
    lists, vocabulary = name_lists(), lowercase_vocabulary(text)
    generic = own_list("lst_generic_org_word")
    found: list[Found] = []
    for match in _SUPPLIER_VERB_SCAN.finditer(text):
        words, _ = _split(match.group("n"))
        article = match.group("n").split()[0] in {"De", "Het"}
        core = _without_company_words(words, generic)  # "Lutterveld Groep": the company word says firm
        styled = 0 < len(core) < len(words)
        said = match.group("priced") or match.group("bid")  # the price or bid right after it says supplier
        if match.group("acronym") and not said:
            continue  # "BAM levert": an acronym is a firm only with its price or bid ("BAM vraagt € 4.000")
        bare = not article and words and not styled and not said and not match.group("a")
        if bare and words[0] not in capitalised_inside(text):
            continue  # "Inschrijv levert": a sentence's first word, never written as a name inside a sentence
        if match.group("a"):  # "Bos & van Kempen levert": one side that reads as a name makes it a firm
            sides = _sides(match, lists, vocabulary, generic)
            proper = any(side.named for side in sides)
            if any(side.company for side in sides):  # "Beheer & Onderhoud levert": company words need a surname
                proper = proper and any(side.surname for side in sides)
        elif styled:  # beside a company word a place or a listed name is a firm's name too, a Dutch word is not
            proper = all(word_shape(w, lists, vocabulary) not in "BF" for w in core)
        elif not article and len(words) > 1:  # "Hendrix Genetics": a surname beside an unknown word is a firm
            shapes = {word_shape(w, lists, vocabulary) for w in words}
            proper = "C" in shapes and shapes <= {"C", "S"}
        else:
            proper = all(_proper(w, lists, vocabulary, article) for w in words)
        if proper and not is_body_or_person(words, lists, True):
            found.append(Found(match.start("n"), match.end("n"), 0.6, "naam van wie levert of offreert", True))
    return found


def ner_names(text: str, entities: Iterable[Span]) -> list[Found]:
    """Organisations the statistical NER found (``nl_core_news_lg``; the offline pipeline has none) in a sentence
    about a supplier's price or quote: "Atos vraagt € 48.000", "de offerte van Raben Group". An organisation named
    elsewhere (an association, a ministry, a programme) is no supplier's data."""
    found: list[Found] = []
    for entity in entities:
        start, end = entity.start_char, entity.end_char
        if entity.label_ != "ORGANIZATION" or mentions_public_body(text[start:end]) or unit_before(text, start):
            continue
        if priced_sentence(text, start, end):
            how = "organisatie (NER) in een zin over een prijs of offerte"
            found.append(Found(start, end, 0.6, how, True, business=True))
    return found


def _proper(word: str, lists: NameLists, vocabulary: frozenset[str], article: bool) -> bool:
    """A word unknown to the lists; after an article (``De Efteling``) any capitalised word that is no Dutch word
    this text or the lists know (a sentence's first word is capitalised anyway, so alone it must be unknown)."""
    if not article:
        return word_shape(word, lists, vocabulary) == "C"
    low = word.lower()
    return low not in lists.common_words and low not in vocabulary and low not in lists.non_names


@lru_cache(maxsize=2)
def capitalised_inside(text: str) -> frozenset[str]:
    """Capitalised words that stand after a lowercase word, inside a sentence: proper names (read once per text,
    as :func:`recognizers.name_tokens.lowercase_vocabulary` is, for the supplier rules that ask it)."""
    return frozenset(m.group(1) for m in _INSIDE.finditer(text, timeout=SCAN_TIMEOUT))


def web_names(text: str, names: list[Found]) -> list[Found]:
    """The name in a web domain or handle in a paragraph that also names a found supplier."""
    lists = name_lists()
    found: list[Found] = []
    done: set[int] = set()
    for name in names:
        start = text.rfind("\n\n", max(0, name.start - 600), name.start)
        start = start + 2 if start != -1 else max(0, name.start - 600)
        end = text.find("\n\n", name.end, name.end + 600)
        end = end if end != -1 else min(len(text), name.end + 600)
        if start in done:
            continue
        done.add(start)
        for pattern, how in ((_DOMAIN, "webadres van de leverancier"), (_HANDLE, "account van de leverancier")):
            for match in pattern.finditer(text, start, end, timeout=SCAN_TIMEOUT):
                label = match.group("n")
                if label.lower() in lists.common_words or _PUBLIC_DOMAIN.search(label) or mentions_public_body(label):
                    continue
                found.append(Found(match.start("n"), match.end("n"), 0.6, how, False))
    return found


def after_person(text: str, start: int, words: list[str], first_names: frozenset[str]) -> int:
    """Where the firm's name starts when a person's name leads into it: "Aylin Blonk van Triodos Bank" →
    "Triodos Bank" (the surname and ``van`` belong to the person before it)."""
    before = text[max(0, start - 31) : start].split()
    if len(words) < 2 or not before or before[-1] not in first_names:
        return start
    return text.index(words[-1], start)


# An organisation's name on a line of its own or as a defined value: capitalised words, with interfixes, connectors
# and a lowercase legal form between or after them, never a sentence ("van Vliet bv", "Stichting Wonen en Zorg").
ORGANISATION_NAME = regex.compile(
    r"(?:(?:van|de|der|den|ter|ten|'t|le|la)[ ]){0,3}[\p{Lu}0-9][\p{L}0-9&'’.+/-]*"
    r"(?:[ ](?:[\p{Lu}0-9&(][\p{L}0-9&'’.+()/-]*|van|de|der|den|en|voor|in|op|bv|b\.v\.|nv|n\.v\.|vof)){0,5}"
)
_PERSON_START = regex.compile(r"(?:\p{Lu}\.){1,4}|(?i:dhr|mevr|mw|de[ ]heer|mevrouw)(?![\p{L}])")


def person_led(value: str) -> bool:
    """Whether ``value`` starts like a person's name: initials (``J.``), a title or a listed first name that is no
    surname (``Jan de Vries``; ``Ernst`` is both) and no word that never is a name (``Royal van Beeck``)."""
    if _PERSON_START.match(value, timeout=SCAN_TIMEOUT):
        return True
    lists = name_lists()
    first = value.split()[0] if value.split() else ""
    return first in lists.first_names and first not in lists.surnames and first.lower() not in lists.non_names


def proper_firm_word(word: str, generic: frozenset[str]) -> bool:
    """A capitalised word of a firm's own name: no company word (``Groep``), no Dutch word (``Veiligheid``)."""
    return word[0].isupper() and word.lower() not in generic and not looks_like_word(word, name_lists(), frozenset())
