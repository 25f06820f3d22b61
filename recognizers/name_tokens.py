"""Turn text into name tokens with a one-letter shape each, so name grammars can be written as regexes.

Shapes: ``I`` initials (``J.M.``), ``F`` first name, ``S`` surname from the lists, ``A`` a listed name that is
also a common word or place (``Post``, ``Rijk``), ``P`` a place name (``Voorhout``: a surname only after an
interfix), ``C`` another capitalised word, ``B`` a capitalised word that is never a name (``Veiligheid``,
``Mei``), ``x``/``Y`` a lower/capitalised interfix (``van der``/``Van der``), ``L`` lowercase words and
``|`` a break (punctuation, digits, line ends, wide gaps). ``L`` is one token for a run of lowercase words
one space apart (no interfix after its first): nothing in a name reads the words of such a run one by one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.legal_forms import LEGAL_FORM
from recognizers.name_lists import NameLists

_SPACE = "[ \u00a0]"
_CAP = r"(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’]{1,30}"
INITIAL_LETTERS = r"(?:Chr|Th|Ch|Ph|IJ|\p{Lu})"  # the letters of one initial, as Dutch writes them
INITIAL = INITIAL_LETTERS + r"\."  # one initial: "J.", "Th.", "IJ."
# A lowercase word of running text: not part of an e-mail address, a URL or a file name.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}.@/_-])\p{Ll}[\p{Ll}\p{M}'’-]{1,40}(?![\p{L}\p{N}@_]|[.-][\p{L}\p{N}])")
# Endings of Dutch common nouns and organisation words that surnames (outside the lists) hardly have.
_NOUN_ENDINGS = (
    "heid",
    "ing",
    "ingen",
    "tie",
    "ties",
    "schap",
    "isme",
    "teit",
    "iteit",
    "team",
    "teams",
    "zaken",
    "dienst",
    "beleid",
    "overleg",
    "plan",
    "programma",
    "fonds",
    "centrum",
    "huis",
    "raad",
    "bureau",
    "groep",
    "instituut",
    "afdeling",
    "directie",
    "stichting",
    "vereniging",
    "commissie",
    "netwerk",
    "analyse",
    "rapport",
    "nota",
    "brief",
    "wet",
    "regeling",
    "straat",
    "weg",
    "laan",
    "plein",
    "kade",
    "gracht",
    "markt",
    "aanpak",
    # Organisation words and adjective forms that surnames hardly end in ("Gegevensdiensten", "Technische").
    "diensten",
    "ische",
    "isch",
    "lijke",
    "zame",
    "academy",
    "education",
    "opleidingen",
    "opleiding",
    "centrum",
    "zorg",
    # Compound nouns of forms, rules and roles ("Beveiligingsnormen", "Aandeelhouder", "Werkgevers"); no listed
    # surname is affected: listed names are shaped before these endings are tried.
    "normen",
    "eisen",
    "regels",
    "kosten",
    "gegevens",
    "houder",
    "houders",
    "nemer",
    "nemers",
    "gever",
    "gevers",
    "lijst",
    "formulier",
    "verslag",
    "besluit",
    "middelen",
    "voorwaarden",
    "systeem",
    "portaal",
    "register",
    "gesprek",
    "aanvraag",
    "polis",
    "termijn",
    "rechten",
    "verzoek",
    "procedure",
    "vergoeding",
)


class Token(NamedTuple):
    """One token: its offsets, text and shape letter."""

    start: int
    end: int
    text: str
    shape: str


@lru_cache(maxsize=4)
def _token_regex(interfixes: tuple[str, ...]) -> regex.Pattern[str]:
    ifx = "|".join(regex.escape(i) for i in interfixes)
    hyphen_part = rf"-(?:(?i:{ifx}){_SPACE})?{_CAP}"
    interfix = rf"(?i:{ifx})(?=[ \u00a0]|-)"
    lower = r"\p{Ll}[\p{Ll}\p{M}'’-]{0,40}(?![\p{L}\p{N}])"
    # One group per kind, then the whitespace up to the next token. Lowercase words one space apart come as one
    # run (each of them neither an interfix nor after a letter or digit, as when matched one by one). Other
    # characters run on up to a space or a letter that a word could start with: a letter after a letter or digit
    # starts no word ("AVG", "5e"), and punctuation none.
    return regex.compile(
        rf"(?:(?P<init>(?<![\p{{L}}\p{{N}}.])(?<!\p{{N}}-){INITIAL}(?:{_SPACE}?{INITIAL}){{0,5}}(?!\p{{Ll}}))"
        rf"|(?P<ifx>(?<![\p{{L}}\p{{N}}'’]){interfix})"
        rf"|(?P<word>(?<![\p{{L}}\p{{N}}]){_CAP}(?:{hyphen_part}){{0,2}}(?![\p{{L}}\p{{N}}]))"
        rf"|(?P<lower>(?<![\p{{L}}\p{{N}}]){lower}(?: (?!{interfix}){lower}){{0,{_RUN}}})"
        r"|(?P<other>(?:[^\s\p{L}]+|[^\s])(?:[^\s\p{L}]|(?<=[\p{L}\p{N}])\p{L})*))(?P<gap>\s*)"
    )


_RUN = 50  # at most this many more lowercase words in one run


_LEADING_SPACE = regex.compile(r"\s*")
# The two whole-text scans (the vocabulary and the tokens) run without ``timeout=``: with one, ``regex`` takes
# half as long again over a text, the vocabulary scan over twice as long. Both patterns are linear: every
# repetition is bounded, except in the token pattern's last group, after which nothing can fail (so nothing is
# tried again); tests/test_regex_safety.py runs the name recognizer on 100 kB adversarial inputs.


LINE_REACH = 300  # how far to look for the start or end of a line; longer lines are cut there


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line around ``start..end``, looking at most :data:`LINE_REACH` characters away."""
    low = max(0, start - LINE_REACH)
    line_start = text.rfind("\n", low, start)
    line_start = low if line_start == -1 else line_start + 1
    high = min(len(text), end + LINE_REACH)
    line_end = text.find("\n", end, high)
    return line_start, high if line_end == -1 else line_end


@lru_cache(maxsize=2)
def lowercase_vocabulary(text: str) -> frozenset[str]:
    """Words that occur in lowercase in ``text``: a capitalised unknown word among them is a common noun.

    Cached for the last two texts: the name recognizer and the ``propagate_names`` step read the same text's.
    """
    return frozenset(_LOWER_WORD.findall(text))  # linear: no timeout (see above)


def tokenize(text: str, lists: NameLists, vocabulary: frozenset[str] = frozenset()) -> list[Token]:
    """Name tokens of ``text`` with break tokens (``|``) wherever two tokens are not one space apart.

    One ``findall`` gives each token with the whitespace after it: every non-space character starts a token, so
    the tokens and gaps tile the text after its leading whitespace and the offsets follow from their lengths.
    """
    tokens: list[Token] = []
    # (token groups, gap) -> (word, shape): a word's shape depends only on its kind, the lists and the vocabulary
    known: dict[tuple[str, ...], tuple[str, str]] = {}
    end = _LEADING_SPACE.match(text, timeout=REGEX_TIMEOUT).end()  # type: ignore[union-attr]
    gap = previous_shape = ""
    for groups in _token_regex(lists.interfixes).findall(text):  # linear: no timeout
        start = end
        if tokens and gap not in _JOINING_GAPS and not (gap == "" and previous_shape == "I"):
            tokens.append(Token(start - len(gap), start, gap, "|"))
        if run := groups[3]:  # no name grammar reads inside a run of lowercase words: one token for all
            end, previous_shape = start + len(run), "L"
            tokens.append(Token(start, end, run, "L"))
        else:
            entry = known.get(groups)
            if entry is None:
                entry = known[groups] = _word_and_shape(groups, lists, vocabulary)
            word, shape = entry
            if shape == "I" and LEGAL_FORM.fullmatch(word) and _ends_a_firm_name(text, tokens, gap, lists):
                shape = "|"  # "Beveiliging B.V. Falcktoeslag": a firm's legal form after its name, not initials
            previous_shape = shape
            end = start + len(word)
            tokens.append(Token(start, end, word, shape))
        gap = groups[-1]
        end += len(gap)
    return tokens


def _word_and_shape(groups: tuple[str, ...], lists: NameLists, vocabulary: frozenset[str]) -> tuple[str, str]:
    """The token text and shape of one ``findall`` result: its one non-empty kind group."""
    initials, interfix, word, _, other, _ = groups
    if other:
        return other, "|"
    if word:
        return word, word_shape(word, lists, vocabulary)
    if interfix:
        return interfix, "Y" if interfix[0].isupper() else "x"
    parts = [p.strip(" \u00a0") for p in initials.split(".") if p.strip(" \u00a0")]
    return initials, "I" if all(p in lists.initials for p in parts) else "|"


# Legal forms written like initials (``B.V.``, ``U.A.``: :data:`recognizers.legal_forms.LEGAL_FORM`) end a firm's
# name after a word ("U.A. Stichter" at a line's start, "Met B.V. Jansen" after a sentence's first word that is
# never a name, "gesprek met B.V. Jansen" after a common word, are persons).
_WORDS = frozenset("CSFAPB")  # a capitalised word: a firm's name ends in one


def _ends_a_firm_name(text: str, tokens: list[Token], gap: str, lists: NameLists) -> bool:
    """Whether initials-like letters one space after the last token end a firm's name: after a capitalised word
    inside a sentence, or opening one when it may be a name ("Prins B.V."), or after a lowercase word that is no
    common word ("luchttechniek B.V.")."""
    if not tokens or gap not in _JOINING_GAPS:
        return False
    last = tokens[-1]
    if last.shape == "L":
        return last.text.split()[-1].lower() not in lists.common_words
    if last.shape not in _WORDS:
        return False
    inside = (len(tokens) > 1 and tokens[-2].shape != "|") or not starts_sentence(text, last)
    return inside or last.shape != "B"


# Tokens are one name chain when separated by one space (or nothing after initials).
_JOINING_GAPS = frozenset((" ", "\u00a0"))


def starts_sentence(text: str, token: Token) -> bool:
    """Whether ``token`` starts a sentence, a line or a table cell (asked only of the few tokens it matters for)."""
    start = token.start
    window = text[max(0, start - 4) : start]
    if "\t" in window or "|" in window:  # a table cell starts here
        return True
    before = window.rstrip(" \t\u00a0*#>-•")
    if before.endswith((")", "”", "’")) and before.rstrip(")”’").endswith((".", "!", "?")):
        return True  # "… voldoen.)De Richtlijn": a sentence ended inside the brackets or quotes
    return not before or before.endswith(("\n", ".", "!", "?", ":", ";", "(", '"', "“", "‘"))


# Old spelling that modern Dutch words no longer have, but surnames keep ("Huijzing", "Beijring"): a noun ending
# after it ends a name, not a compound.
_OLD_SPELLING = regex.compile(r"[aeou]ij")


def word_shape(word: str, lists: NameLists, vocabulary: frozenset[str]) -> str:
    """Shape of a capitalised (possibly hyphenated) word."""
    low = word.lower()
    if low in lists.non_names or any(part in lists.non_names for part in low.split("-") if len(part) > 2):
        return "B"
    head = word.split("-")[0]
    listed_first = word in lists.first_names or head in lists.first_names
    listed_surname = word in lists.surnames or head in lists.surnames
    if low in lists.common_words or ((listed_first or listed_surname) and low in vocabulary):
        if listed_first or listed_surname:
            return "A"  # a listed name that is also a word, or that this document writes in lowercase
        return "P" if low in lists.place_words else "B"
    if listed_first:
        return "F"
    if listed_surname:
        return "S"
    last_part = low.rsplit("-", 1)[-1]  # "Bentheim-Kosten": a double surname, not a compound ending in "kosten"
    noun = len(last_part) > 6 and low.endswith(_NOUN_ENDINGS) and not _OLD_SPELLING.search(last_part)
    if low in vocabulary or noun or is_function_word(low, lists.staff_roles):
        return "B"
    return "C"


@lru_cache(maxsize=8192)
def is_function_word(word: str, roles: frozenset[str]) -> bool:
    """A lowercase word that is a staff function, ends in one ("stafmedewerker", "themaonderzoeker") or is one
    letter off from one, as OCR writes it ("xdviseur", "medewerkcr")."""
    return any(
        word.endswith(role) or (len(role) >= 7 and len(word) == len(role) and _one_letter_off(word, role))
        for role in roles
        if len(role) >= 6
    )


def _one_letter_off(word: str, role: str) -> bool:
    return sum(a != b for a, b in zip(word, role, strict=True)) == 1
