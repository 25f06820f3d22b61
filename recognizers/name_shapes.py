"""Find Dutch person names in text with lists and rules (no NER needed).

Text is turned into shaped tokens (:mod:`recognizers.name_tokens`); name grammars are regexes over the shape
string. A name is found when an anchor introduces it (title, greeting, e-mail header, role, signature block,
see :mod:`recognizers.name_anchors`) or when its own shape is convincing: initials with a surname
(``J.M. de Vries``), a listed first name with a surname (``Linda Schouten``), or a capitalised interfix with a
listed surname mid-sentence (``Van den Berg``). The span covers the name only, never the title or greeting.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.facilities import facility_before, facility_names
from recognizers.name_anchors import INTERFIX, Anchor, anchor_before, context_anchor, sender_after
from recognizers.name_lists import NameLists, organisation_kind, own_list
from recognizers.name_reversed import reversed_names
from recognizers.name_tokens import (
    Token,
    is_function_word,
    line_bounds,
    lowercase_vocabulary,
    starts_sentence,
    tokenize,
)
from recognizers.org_units import unit_before

# After an anchor: optional initials, up to three names (a place word only after the first: "Femke Lutterveld"),
# optional interfix + surname; or interfix + surname; or initials + a place as surname ("de heer L. Veenendaal").
_ANCHORED = regex.compile(r"I?(?:[FSCA][FSCAP]{0,2}(?:[xY][FSCAP])?|[xY][FSCAP])|IP")
_INITIALS = regex.compile(r"I(?:[xY][FSCAP]|[FSCA])")
# A place word (``P``) counts as a surname right after a listed first name too ("Femke Lutterveld"), and a first
# name that is also a word (``A``) before a listed surname ("Jet Pieters", "Linde Spruit").
_FULL = regex.compile(r"F[FSA]{0,2}(?:[xY][FSCAP]|[FSCAP])|A[xY][SCP]|AS")
_INTERFIX = regex.compile(r"Y[SAC]")
# A first name no list holds (many Turkish, Moroccan, Polish … names) before a listed surname: "Abuzar Hofman",
# "Michał van Dam", and before an interfix and a surname that is also a word or a place ("Aysoy van Doorn").
# Weaker than a listed first name: at most 0.6; never a word with the ending of an adjective or of a kind of
# organisation ("Veldhovense Rij", "Verkeersschool Hielkema").
_UNLISTED_FIRST = regex.compile(r"C(?:[xY]?S|x[AP])")
_NOT_GIVEN_NAME_ENDINGS = ("se", "sche", "isch", "ische", "lijk", "lijke", "ig", "ige")
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:de|het|een)[ \u00a0]+\Z")
# "& Tempo", "& De Vries": the other side of a firm's name right after a surname.
_FIRM_PARTNER = regex.compile(r"[ \u00a0]?&[ \u00a0]?\p{Lu}")
# A house number and a postcode after the words: they name a street ("De Blomboogerd 1, 4003 BX Tiel").
_HOUSE_NUMBER_AFTER = regex.compile(r"[ ]\d{1,5}[ -]?[A-Za-z]?(?:,[ ]?|[ ]|\n)\d{4}[ ]?[A-Z]{2}(?![\p{L}])")
# An acronym right before a capitalised interfix: "PI Ter Peel", "AZC Ter Apel" name a place's institution.
_ACRONYM_BEFORE = regex.compile(r"(?<![\p{L}\d.-])\p{Lu}{2,5}[ \u00a0]\Z")
_AFTER_GREETING = regex.compile(r"[ \t]*(?:[,!]|\r?\n|\Z)")
_POSTNOMINAL = regex.compile(r"[ \t,]*(?:\p{Lu}[\p{L}.]{0,6}[ \t,]*){0,3}$")

# A token a name may start at: not right after a name token (an anchor ends with a non-name word or punctuation,
# never inside a chain of names).
_CHAIN_START = regex.compile(r"(?<![IFSCAYx])[IFSCAYxB]")
_AFTER_INTERFIX = frozenset("FSCAPB")  # what an anchored name needs after a leading interfix
_LEAD = regex.compile(r"I?[xY]?")  # what may stand before a word as surname when no name chain does
_INTERFIXES = regex.compile(r"[xY]{1,2}(?=B)")  # one or two interfixes right before a word as surname
_UNLISTED_GIVEN = regex.compile(r"C[xY]{1,2}B")  # an unlisted given name, interfixes, a word as surname
# Initials, the given name a person goes by in brackets, then the surname with its interfixes.
_CALL_NAME = regex.compile(
    r"(?<![\p{L}.])(?:\p{Lu}\.[ ]?){1,5}\((?P<call>\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?)\)[ ]"
    rf"(?i:(?:{INTERFIX}|te|het|in|op|la|le|al|da|di|du)[ ]){{0,3}}\p{{Lu}}\p{{Ll}}[\p{{L}}'’]{{0,30}}"
    r"(?:-(?:(?:van|de|der|den)[ ]){0,2}\p{Lu}[\p{L}'’]{1,30})?"
)
_CALL_NAME_SCORE = 0.9
_TITLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:heer|mevrouw|mevr\.|mw\.|dhr\.|meneer|mijnheer)[ \u00a0]\Z")
_TITLE_ENDS = frozenset("rRwW.")  # the last characters of the titles of _TITLE_BEFORE, in either case
_ANCHOR_SCORES = {
    "title": 0.9,
    "greeting": 0.9,
    "header": 0.85,
    "chat": 0.85,
    "reply": 0.85,
    "label_line": 0.8,
    "tav": 0.85,
    "role": 0.85,
    "signature": 0.85,
    "signed": 0.85,
    "context": 0.75,
}


@dataclass(frozen=True)
class NameMatch:
    """A found name: offsets, score, how it was found (``kind``) and the anchor that introduced it."""

    start: int
    end: int
    score: float
    kind: str
    anchor: Anchor | None = None


def find_names(text: str, lists: NameLists) -> list[NameMatch]:
    """All names in ``text``, sorted by position, without overlaps."""
    tokens = tokenize(text, lists, lowercase_vocabulary(text))
    shapes = "".join(t.shape for t in tokens)
    found: list[NameMatch] = []
    taken: set[int] = set()
    for start in _CHAIN_START.finditer(shapes, timeout=REGEX_TIMEOUT):
        i, token = start.start(), tokens[start.start()]
        if i in taken or (token.shape == "B" and not _after_title(text, token.start)):
            continue  # a word that is never a name only after a title ("mevrouw Mei")
        if token.shape in "xY" and shapes[i + 1 : i + 2] not in _AFTER_INTERFIX:
            continue  # "de", "van" in running text: neither _ANCHORED nor a word surname can start here
        match = _anchored_match(text, tokens, shapes, i, lists)
        if match is not None:
            found.append(match[0])
            taken.update(range(i, match[1]))
    found, reversed_taken = _with_reversed(text, tokens, found, lists)
    taken |= reversed_taken
    shaped = ((_INITIALS, "initials"), (_FULL, "full"), (_INTERFIX, "interfix"), (_UNLISTED_FIRST, "unlisted"))
    for pattern, kind in shaped:
        for m in pattern.finditer(shapes, timeout=REGEX_TIMEOUT):
            if taken.intersection(range(m.start(), m.end())):
                continue
            end = _outside_proper_noun(pattern, shapes, text, tokens, m.start(), m.end(), lists)
            if end is None:
                continue
            score = _shape_score(kind, text, tokens[m.start() : end], lists)
            if score > 0 and _plausible(text, tokens[m.start()].start, tokens[end - 1].end, lists):
                found.append(NameMatch(tokens[m.start()].start, tokens[end - 1].end, score, kind))
                taken.update(range(m.start(), end))
    found.extend(_in_context(text, tokens, shapes, taken, lists))
    if facilities := facility_names(text):  # "… is De Meerkamp weer open" after "sporthal De Meerkamp"
        found = [n for n in found if (n.anchor is not None and n.anchor.kind == "title")
                 or text[n.start : n.end] not in facilities]
    return sorted(_with_call_names(text, found, lists), key=lambda n: n.start)


def _with_call_names(text: str, found: list[NameMatch], lists: NameLists) -> list[NameMatch]:
    """``found`` with each name written as initials, a listed given name in brackets and the surname ("J.P.
    (Jan-Peter) Verhoef", "K. (Karel) ter Horst") as one span, in place of any parts of it found before."""
    if ".(" not in text and ". (" not in text:
        return found
    names = [
        NameMatch(m.start(), m.end(), _CALL_NAME_SCORE, "initials")
        for m in _CALL_NAME.finditer(text, timeout=REGEX_TIMEOUT)
        if m["call"].split("-")[0] in lists.first_names
    ]
    if not names:
        return found
    kept = [f for f in found if not any(f.start < n.end and n.start < f.end for n in names)]
    return kept + names


def _in_context(
    text: str, tokens: list[Token], shapes: str, taken: set[int], lists: NameLists
) -> list[NameMatch]:
    """Last, names that only the words of running text around them mark as a person ("de mail van X", "overleg
    met X", "volgens X", "met X gesproken"; :func:`recognizers.name_anchors.context_anchor`): two name words, or a
    listed first name or surname alone; never after an article ("volgens de Regeling"). A "van" reads as an
    interfix, so a name right after one is tried here too."""
    found: list[NameMatch] = []
    for i, token in enumerate(tokens):
        if i in taken or token.shape not in "FSCA" or (i > 0 and shapes[i - 1] in "IFSCAY"):
            continue
        if i > 0 and shapes[i - 1] == "x" and tokens[i - 1].text != "van":
            continue
        m = _ANCHORED.match(shapes, i, timeout=REGEX_TIMEOUT)
        if m is None or taken.intersection(range(i, m.end())):
            continue
        last = m.end()
        if last < len(shapes) and shapes[last] == "B" and shapes[last - 1] == "F" and last not in taken:
            last += 1  # a listed first name and a surname that is also a word: "met Senna Koning gesproken"
        body = shapes[i:last]
        if len(body) < 2 and body not in "FS":
            continue  # "de mail van Achmea", "volgens Rijkswaterstaat": one unknown word is no name here
        start, end = token.start, tokens[last - 1].end
        anchor = context_anchor(text, start, end)
        if anchor is not None and _plausible(text, start, end, lists):
            found.append(NameMatch(start, end, _ANCHOR_SCORES["context"], "anchored", anchor))
            taken.update(range(i, last))
    return found


def _outside_proper_noun(
    pattern: regex.Pattern[str], shapes: str, text: str, tokens: list[Token], first: int, end: int, lists: NameLists
) -> int | None:
    """The end of the name from ``first``, or of a shorter one before a lowercase interfix when the longer is part
    of a proper noun: "Aylin Blonk van Triodos Bank" is "Aylin Blonk" of a firm. None if neither is a name."""
    if not _inside_proper_noun(text, tokens, first, end, lists):
        return end
    for stop in range(end - 1, first + 1, -1):
        if (
            shapes[stop] == "x"
            and pattern.fullmatch(shapes, first, stop, timeout=REGEX_TIMEOUT)
            and not _inside_proper_noun(text, tokens, first, stop, lists)
        ):
            return stop
    return None


def _after_title(text: str, start: int) -> bool:
    """A title ("heer", "mevrouw", "dhr.") right before ``start`` (the regex runs only after one space or no-break
    space that follows the last character of a title: most capitalised words have neither)."""
    if text[start - 1 : start] not in (" ", "\u00a0") or text[start - 2 : start - 1] not in _TITLE_ENDS:
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 12), start, timeout=REGEX_TIMEOUT) is not None


def _with_reversed(
    text: str, tokens: list[Token], found: list[NameMatch], lists: NameLists
) -> tuple[list[NameMatch], set[int]]:
    """``found`` with each surname-first name ("Van: Kuipers, S. (Sanne)") as one span in place of the parts it
    overlaps, and the token indices those spans take."""
    names = [
        NameMatch(start, end, _ANCHOR_SCORES[anchor.kind], "anchored", anchor)
        for start, end, anchor in reversed_names(text, lists)
    ]
    if not names:
        return found, set()
    ends = [n.end for n in names]  # in text order and without overlaps, as finditer yields them

    def overlaps(match: NameMatch) -> bool:
        i = bisect_right(ends, match.start)  # the first surname-first name ending after match starts
        return i < len(names) and names[i].start < match.end

    starts = [t.start for t in tokens]
    taken = {i for n in names for i in range(bisect_left(starts, n.start), bisect_left(starts, n.end))}
    return [n for n in found if not overlaps(n)] + names, taken


def _anchored_match(
    text: str, tokens: list[Token], shapes: str, i: int, lists: NameLists
) -> tuple[NameMatch, int] | None:
    """A name starting at token ``i`` that an anchor introduces, with the index after its last token: with a
    Dutch word as its surname when a person label allows it, else the name the shapes make."""
    m = _ANCHORED.match(shapes, i, timeout=REGEX_TIMEOUT)
    shaped = m.end() if m else None
    longer = _word_surname_end(tokens, shapes, i, shaped, lists)
    for last, word_surname in ((longer, True), (shaped, False)):
        if last is not None and (match := _anchored_at(text, tokens, shapes, i, last, lists, word_surname)):
            return match, last
    return None


def _anchored_at(
    text: str, tokens: list[Token], shapes: str, i: int, last: int, lists: NameLists, word_surname: bool
) -> NameMatch | None:
    """The name of tokens ``i`` to ``last`` if an anchor introduces it."""
    body = shapes[i:last]
    start, end = tokens[i].start, tokens[last - 1].end
    rest_of_line = text[end : line_bounds(text, start, end)[1]]
    anchor = anchor_before(text, start, lists, whole_line=bool(_POSTNOMINAL.match(rest_of_line)))
    if anchor is None and body[0] in "FI":
        anchor = sender_after(text, start, end)  # "Koen 09:14": a Teams sender, given name or initials first
    if anchor is None or not _plausible(text, start, end, lists, titled=anchor.kind == "title"):
        return None
    if word_surname and not _word_surname_allowed(anchor, body):
        return None
    if anchor.kind == "header" and body[0] in "xY" and _joins_word_before(text, tokens, i):
        return None  # "Aan: Directie van Beheer": the interfix goes on the word before it, a unit's name
    score = _ANCHOR_SCORES[anchor.kind]
    if _names_a_department(text, start, anchor) and len(body) == 1 and body not in "FS":
        return None  # "T.a.v. Juridische zaken", "Teamleider Inkoop": one unknown word is usually a department
    field = anchor.kind == "role" and not anchor.public_role and body in ("C", "A", "CC", "CA", "AC")
    if field and not (len(body) == 2 and _apposition(text, start, end)):
        return None  # "Medewerker Jeugdzorg", "Consulent Bijstand", "Manager Sales": a field, not a surname
    if anchor.kind == "role" and not anchor.public_role and _word_follows(text, tokens, shapes, last):
        return None  # "Directeur Groot Aandeelhouder": the capitals after the role go on as a term, not a name
    if anchor.kind == "role" and body in ("xA", "xP") and tokens[i].text == "van":
        return None  # "leider van Amsterdam", "docent van Engels": the place or field of a role, not a surname
    if anchor.kind == "role" and not {"F", "I"} & set(body) and _portfolio_between(text, start, anchor.text):
        return None  # "minister van Sociale Zaken": the portfolio goes on; a name after it has a first name or initials
    if anchor.kind == "greeting":
        if not _AFTER_GREETING.match(text, end) or len(body) > 3:
            return None
        score = 0.9 if body[0] in "FI" else 0.75
    return NameMatch(start, end, score, "anchored", anchor)


# A role's portfolio without a comma after it, right before the name: "minister van Binnenlandse ", "wethouder van
# Sport en ".
_PORTFOLIO = regex.compile(
    r"[ \u00a0]+van(?:[ \u00a0]+(?:de|het))?(?:[ \u00a0]+(?:\p{Lu}[\p{L}-]{1,30}|en|voor)){1,6}[ \u00a0]+\Z"
)


def _portfolio_between(text: str, start: int, role: str) -> bool:
    """Whether a portfolio ("van Binnenlandse ") stands between the role ("minister", not "commissaris van de
    Koning", whose "van" is its own) and ``start``."""
    before = text[max(0, start - 120) : start]
    at = before.lower().rfind(role)
    return at != -1 and _PORTFOLIO.match(before, at + len(role), timeout=REGEX_TIMEOUT) is not None


def _apposition(text: str, start: int, end: int) -> bool:
    """Commas around the words after a role ("onze notulist, Ünsever Beijring, maakte"): a person named, not the
    role's field ("Manager Sales")."""
    return text[max(0, start - 3) : start].rstrip(" \u00a0").endswith(",") and text[end : end + 1] in {",", "."}


def _joins_word_before(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i``, a lowercase interfix, follows a capitalised word after one space."""
    return i > 0 and tokens[i].text[0].islower() and tokens[i - 1].text[0].isupper() and (
        text[tokens[i - 1].end : tokens[i].start] == " "
    )


def _word_follows(text: str, tokens: list[Token], shapes: str, last: int) -> bool:
    """Whether a capitalised Dutch word (shape ``B``) follows token ``last - 1`` after one space."""
    return last < len(tokens) and shapes[last] == "B" and text[tokens[last - 1].end : tokens[last].start] == " "


def _word_surname_end(
    tokens: list[Token], shapes: str, first: int, shaped: int | None, lists: NameLists
) -> int | None:
    """The end of a name whose surname is a Dutch word (shape ``B``): right after a first name, initials or an
    interfix ("Tom Koning", "heer De Koning"), or alone after a title ("mevrouw Mei"). None otherwise."""
    end = shaped if shaped is not None else first + len(_LEAD.match(shapes, first).group())  # type: ignore[union-attr]
    if shaped is not None and (interfixes := _INTERFIXES.match(shapes, end)):
        end = interfixes.end()  # "Jan van Wel": the interfixes after the first name stand before the surname
    if end >= len(tokens) or shapes[end] != "B" or (end > first and shapes[end - 1] not in "FIxY"):
        return None
    word = tokens[end].text
    if end == first and not _surname_word(word, lists):
        return None
    return end + 1


# Roles that no one addresses with "mevrouw" or "heer": after a title they are the surname ("mevrouw Koning").
_NEVER_ADDRESSED = frozenset({"koning", "koningin"})


def _surname_word(word: str, lists: NameLists) -> bool:
    """A word alone after a title that is a listed surname and no role or function ("Mei", "Groep", "Koning"; not
    "Burgemeester", "Voorzitter", nor an unlisted noun such as "Informatie")."""
    low = word.lower()
    role = low in lists.public_roles and low not in _NEVER_ADDRESSED
    if role or low in lists.staff_roles or is_function_word(low, lists.staff_roles):
        return False
    return word in lists.surnames


def _word_surname_allowed(anchor: Anchor, body: str) -> bool:
    """A word as surname needs a person label: a title before it ("Geachte mevrouw Vrede"), or a first name,
    initials or interfix before it after a greeting, t.a.v., a header label or a signature's closing."""
    # "Tom Koning", "J. de Koning", an unlisted given name before interfixes ("Urszula van Evelingen"); never an
    # article or a word before them ("de Raad van Bestuur", "Afdeling van Zaken")
    named = "F" in body or "I" in body or _UNLISTED_GIVEN.fullmatch(body) is not None
    if anchor.kind == "title":
        return named or body in ("B", "YB")
    if anchor.kind == "role" and named:
        return True  # "Medewerker P. Kosten", "Inspreker Stijn van Wel": initials or a first name make it a surname
    return named and anchor.kind in {"greeting", "tav", "header", "chat", "reply", "label_line", "signature"}


def _names_a_department(text: str, start: int, anchor: Anchor) -> bool:
    """Headers, t.a.v. and a function line ("Teamleider Inkoop", role + one word) often name a team."""
    if anchor.kind in {"header", "chat", "reply", "tav", "label_line"}:
        return True
    if anchor.kind != "role":
        return False
    line_start, line_end = line_bounds(text, start, start)
    line_prefix = text[line_start:start].strip(" \t*_>").lower()
    rest = text[start:line_end].split(None, 1)[1:]
    return line_prefix.startswith(anchor.text) and not rest


def _inside_proper_noun(text: str, tokens: list[Token], first: int, end: int, lists: NameLists) -> bool:
    """An unanchored name joined to another capitalised word is part of a longer name of a thing
    ("Jan Pieterszoon Coenstraat", "De Jong Adviesgroep", "Prins Bernhard Cultuurfonds"); a function title
    or one of our own non-name words after it ("Linda Schouten Beleidsadviseur") does not count."""
    before = tokens[first - 1] if first > 0 else None
    after = tokens[end] if end < len(tokens) else None
    if before is not None and before.shape in "CA" and not starts_sentence(text, before):
        return True
    if after is None:
        return False
    low = after.text.lower()
    return after.shape in "CA" or (
        after.shape == "B" and low not in lists.non_names and not is_function_word(low, lists.staff_roles)
    )


def _shape_score(kind: str, text: str, tokens: list[Token], lists: NameLists) -> float:
    """Score of an unanchored name from its shape; 0 rejects it."""
    body = "".join(t.shape for t in tokens)
    last = body[-1]
    if kind == "initials":
        if body == "IA" and len(tokens[0].text.rstrip(".")) == 1:
            return 0.45  # "F. Bij D en E", "A. Post": one letter and a word that is also a name
        if "." in tokens[0].text.rstrip(".") or body[1] in "xY" or last in "SFAP":
            return 0.85
        rest = text[tokens[-1].end : line_bounds(text, tokens[-1].end, tokens[-1].end)[1]]
        return 0.45 if starts_sentence(text, tokens[0]) and not rest.strip() else 0.6
    if kind == "full":
        surname, company = tokens[0].text in lists.surnames, tokens[-1].text.lower() in own_list("lst_generic_org_word")
        if len(tokens) == 2 and surname and company:
            return 0.0  # "Jansen Bouw", "Bakker Groep": a surname and a company word name a firm ("Jan Bouw" is one)
        if body in ("FP", "AS"):  # a first name and a place, a first name that is a word and a surname: not
            # after an article ("het Hof Arnhem-Leeuwarden"), and "AS" only for a listed first name ("Jet Pieters")
            article = _ARTICLE_BEFORE.search(text, max(0, tokens[0].start - 8), tokens[0].start)
            first = body == "FP" or tokens[0].text in lists.first_names
            return 0.6 if first and not article else 0.0
        if body[0] == "A":  # "Wessel van den Corput": a name that is also a word, before an interfix
            return 0.6
        return {"S": 0.85, "F": 0.85, "C": 0.75, "A": 0.6, "P": 0.75}[last]
    if kind == "unlisted":
        given = tokens[0].text
        if given.lower().endswith(_NOT_GIVEN_NAME_ENDINGS) or organisation_kind(given):
            return 0.0
        if given.lower() in lists.singular_words:
            return 0.0  # "Vooruitgang Knoop": a Dutch noun or adjective before a surname is no given name
        if body[-1] in "AP" and starts_sentence(text, tokens[0]):
            return 0.0  # "Subsidie van het Prins …": a word or place as surname needs the name mid-sentence
        return 0.55 if starts_sentence(text, tokens[0]) else 0.6
    # Capitalised interfix without first name: "Van den Berg", only with a listed surname at a sentence start.
    if last == "A" and tokens[0].text.lower() in {"de", "het"}:
        return 0.0  # "De Regeling", "De Richtlijn": an article before a word that is also a surname
    if _FIRM_PARTNER.match(text, tokens[-1].end):
        return 0.0  # "Van Sprang & Tempo", "Van Dijk & De Vries Advocaten": a surname alone is one side of a firm
    if _ACRONYM_BEFORE.search(text, max(0, tokens[0].start - 8), tokens[0].start):
        return 0.0  # "PI Ter Peel", "AZC Ter Apel": an institution's acronym before a place's name
    if starts_sentence(text, tokens[0]):
        return 0.55 if last in "SA" else 0.0
    return 0.7 if last in "SA" else 0.55


def _plausible(text: str, start: int, end: int, lists: NameLists, titled: bool = False) -> bool:
    """Reject place names with an interfix ("Den Haag"; after a title it is a surname: "mevrouw De Boer"), the
    words of a unit's name ("Aan: Afdeling Water Groen") or of a facility's ("zwembad De Houtvaart"), a street
    before its house number and postcode, parts of e-mail addresses or URLs, names glued to a code."""
    if (not titled and text[start:end].lower() in lists.places) or unit_before(text, start):
        return False
    if not titled and facility_before(text, start):
        return False  # "zwembad De Houtvaart", "basisschool De Regenboog": a place's name
    if _HOUSE_NUMBER_AFTER.match(text, end, min(len(text), end + 24), timeout=REGEX_TIMEOUT):
        return False  # "De Blomboogerd 1, 4003 BX Tiel": a street without a street word
    left = text[max(0, start - 60) : start].rsplit(None, 1)[-1] if text[max(0, start - 60) : start].strip() else ""
    right = text[end : end + 60].split(None, 1)[0] if text[end : end + 60].strip() else ""
    around = left[-30:] + right[:30]
    touching = (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace())
    if touching and any(mark in around for mark in ("@", "://", "www.")):
        return False
    # glued to a code on its left ("UN1109-Artemis Plateau", "2024/Kim Lee"): the name of a system or a file
    return not (start > 0 and text[start - 1] in "-/_" and any(ch.isdigit() for ch in left))
