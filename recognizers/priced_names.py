"""A name the lists do not know, inside a sentence that states a supplier's price: the firm that price is of.

Without the NER model nothing else finds an unlisted firm that stands where no label, legal form or company word
marks it: "De inschrijving van Brocacef, € 12.000, was de laagste", "Vorig jaar rekende Mainfreight € 95 per uur".

- The sentence holds an amount and a supplier's cue, and no public money
  (:func:`recognizers.business_context.priced_sentence`).
- A run of capitalised words counts when none of them is a Dutch word, a place or a first name
  (:func:`recognizers.name_tokens.word_shape` ``C``, or a listed surname beside such a word: ``Hendrix Genetics``).
  Listed surnames alone count only right after a word naming a party (``de offerte van Jacobs``, ``dat Jacobs het
  werk uitvoert``), or heading a list item that prices them, even a surname that is also a word
  (``1. Hoogvliet, inschrijfsom € 4.500``). A name after a title or initials, a public body and a body's own unit
  are left alone.
- The run follows a lowercase word, or heads a list item that it then prices (``1. Brocacef, …``), or opens a
  sentence (or a chat message) as the subject of a finite verb (``Mainfreight heeft gebeld, ze gaan naar € 95``)
  or while the text also writes its first word capitalised inside a sentence (a capital at a sentence's start
  proves nothing else). After a figure or another capitalised word it is a table's cell, not a name.
"""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.business_context import MONEY, priced_sentence
from recognizers.name_lists import name_lists
from recognizers.name_tokens import lowercase_vocabulary, word_shape
from recognizers.org_units import unit_before
from recognizers.sentences import sentence_bounds
from recognizers.supplier_text import CAPITALISED, Found, capitalised_inside, is_body_or_person
from recognizers.term_scan import sentence_start

_RUN = regex.compile(
    rf"(?<![\p{{L}}\d&'’.-])(?P<n>{CAPITALISED}(?:[ ](?:(?:van|de|der|den|ter|ten)[ ]){{0,2}}{CAPITALISED}){{0,2}})"
    rf"(?![\p{{L}}\d'’-])"
)
# A title, initials or a first-name abbreviation right before the name: a person's (left to the person recognizers).
_PERSON_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?i:heer|mevrouw|mevr|dhr|mw|mr|dr|drs|ir|ing|prof)\.?|(?<![\p{L}])\p{Lu}\.)[ ]\Z"
)
# A listed surname alone is a party to the price only right after a word that names one ("de offerte van Jacobs",
# "gegund aan Heijmans", "dat Jacobs het werk uitvoert"): a firm, or a sole trader, either way not to be published.
_PARTY_BEFORE = regex.compile(r"(?<![\p{L}])(?:van|aan|door|dat|met|bij)[ ]\Z")
_SENTENCE_LEAD = regex.compile(r"[\s\"'“‘(*•-]*\Z")
# Inside a sentence a name follows a lowercase word ("rekende Mainfreight", "van Brocacef"), not a figure or a
# capitalised word as in a table's header or total row ("Omschrijving Tarief", "46.891,00 Subtotaal").
_AFTER_WORD = regex.compile(r"\p{Ll}[,]?[ ]\Z")
# A ranked or listed item that opens with the name: "1. Brocacef, inschrijfsom € 12.000".
_ITEM_LEAD = regex.compile(r"(?:^|\n)[ \t]{0,4}(?:\d{1,2}[.)]|[-•*])[ \t]{1,3}\Z")
_ITEM_NAME_END = regex.compile(r"[ \t]{0,2}[,:–-]")
# Endings of Dutch nouns, plural or not, that a capitalised subject has when it is a word ("Inschrijvers is
# gevraagd", "Aanbieders hebben"), not a firm's name.
_NOUN_ENDING = regex.compile(r"(?i)(?:ers|ingen|ing|heid|ties|tie|en)\Z")
# A finite verb right after a sentence's first words: they are its subject, a name when the lists do not know them.
_SUBJECT_VERB = regex.compile(
    r"[ ](?:heeft|hebben|is|zijn|was|waren|wil|willen|gaat|gaan|komt|komen|zit|zitten|belde|belt|mailde|mailt|stuurt|"
    r"stuurde|vraagt|vroeg|biedt|bood|levert|leverde|rekent|rekende|kan|kon|zal|zou|wordt|werd)(?![\p{L}])"
)


def priced_names(text: str) -> list[Found]:
    """Unlisted names inside the sentences that state a supplier's price."""
    lists, vocabulary = name_lists(), lowercase_vocabulary(text)
    found: list[Found] = []
    for left, right in _priced_stretches(text):
        for match in _RUN.finditer(text, left, right, timeout=SCAN_TIMEOUT):
            start = match.start("n")
            words = [w for w in match.group("n").split() if w[0].isupper()]
            shapes = {word_shape(w, lists, vocabulary) for w in words}
            if not _reads_as_name(text, match, shapes) or is_body_or_person(words, lists, True):
                continue
            if _PERSON_BEFORE.search(text, max(0, start - 8), start) or unit_before(text, start):
                continue
            if _stands_as_name(text, match, words[0]):
                found.append(Found(start, match.end("n"), 0.55, "naam in een zin over de prijs van een leverancier",
                                   True, business=True))
    return found


def _reads_as_name(text: str, match: regex.Match[str], shapes: set[str]) -> bool:
    """Whether words of these shapes (:func:`recognizers.name_tokens.word_shape`) read as a name where they stand:
    unknown words, with listed surnames or not; listed surnames alone after a word naming a party; heading a list
    item that then prices them, even surnames that are also words (``1. Hoogvliet, inschrijfsom € 4.500``)."""
    start = match.start("n")
    if shapes <= {"C", "S"} and ("C" in shapes or _PARTY_BEFORE.search(text, max(0, start - 8), start)):
        return True
    return (shapes <= {"C", "S", "A"} and _ITEM_LEAD.search(text, max(0, start - 12), start) is not None
            and _ITEM_NAME_END.match(text, match.end("n")) is not None)


def _stands_as_name(text: str, match: regex.Match[str], first: str) -> bool:
    """Whether the run stands where a name does: after a lowercase word, heading a list item it then prices, or
    opening a sentence when the text also writes its first word capitalised inside a sentence."""
    start = match.start("n")
    if _AFTER_WORD.search(text, max(0, start - 3), start):
        return True
    if _ITEM_LEAD.search(text, max(0, start - 12), start):
        return _ITEM_NAME_END.match(text, match.end("n")) is not None
    lead = _SENTENCE_LEAD.fullmatch(text, sentence_bounds(text, start, start + 1)[0], start)
    if not (lead or sentence_start(text, start)):
        return False  # after a figure or a capitalised word: a table's cells, not a sentence
    if _SUBJECT_VERB.match(text, match.end("n")) and not _NOUN_ENDING.search(first):
        return True  # "Mainfreight heeft gebeld": an unknown word before a finite verb is the sentence's subject
    # "Vervolgens" or "Inschrijver" opening a sentence: written so only there
    return first in capitalised_inside(text)


def _priced_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of text made of sentences with an amount that :func:`priced_sentence` calls a supplier's price,
    overlapping sentences joined, so each name is looked at once."""
    sentences: dict[tuple[int, int], bool] = {}
    for money in MONEY.finditer(text, timeout=SCAN_TIMEOUT):
        bounds = sentence_bounds(text, money.start(), money.end())
        if bounds not in sentences:
            sentences[bounds] = priced_sentence(text, money.start(), money.end())
    stretches: list[tuple[int, int]] = []
    for left, right in sorted(bounds for bounds, priced in sentences.items() if priced):
        if stretches and left <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], right))
        else:
            stretches.append((left, right))
    return stretches
