"""Is a phone number or e-mail address the contact of a desk, a team or the organisation itself?

Any Dutch body writes its functional contacts in the same words: "neem contact met ons op via …", "de Servicedesk
ERD WW (erdww@…)", "het team … is bereikbaar via …", "… (lokaal tarief)". Such a contact belongs to the
organisation, not to a person. The cue must stand before the value in the same sentence and on the same line, so a
signature block (a name, then "afdeling Financiën", then a direct number) stays personal; a team, department or
office also needs a word that links it to the value ("bereikbaar", "via", a bracket) or must be the display name
before a mail header's "<" ("Team Ruimtelijke Ontwikkeling <tro@…>"), and a person's title or pronoun or a listed
first name between cue and value ("het team Handhaving, mevrouw De Vries, 06-…", "bereikbaar via Jan (06-…)") keeps
the value personal. A letter's contact for the reader's questions ("Heeft u vragen? Mail dan naar …") is the body's
too, unless it names someone or is a mobile number. A body's letterhead or footer line (``Gemeente Ede | Postbus
9022 | parkeren@ede.nl``) holds the body's contacts, unless a person is named on it or in the value itself.
"""

from __future__ import annotations

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.business_context import mentions_public_body
from recognizers.name_lists import name_lists

_REACH = 120
# A desk or the organisation speaking of itself: enough on its own.
_DESK = (
    r"servicedesk|helpdesk|klantenservice|klantcontact\w{0,10}|klanttelefoon\w{0,6}|informatiecentrum|meldpunt|"
    r"contactcentrum|(?:contact|bel|mail|e-mail)[ \t]{1,3}(?:met[ \t]{1,3})?ons|"
    r"ons[ \t]{1,3}(?:algemene[ \t]{1,3})?(?:telefoonnummer|nummer|e-mailadres)"
)
# A team or department: only with a linking word between it and the value.
_UNIT = r"team|afdeling|bureau|loket|secretariaat"
_CUE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:(?P<desk>{_DESK})|(?P<unit>{_UNIT}))(?![\p{{L}}])")
_LINK = regex.compile(r"(?i)(?<![\p{L}])(?:bereikbaar|via)(?![\p{L}])|\(")
# The rest of a mail header's display name that a team or department is: "Team Ruimtelijke Ontwikkeling <tro@…>".
_DISPLAY_NAME = regex.compile(r"[\p{L} &'-]{0,60}<")
_PERSON = regex.compile(
    r"(?i)(?<![\p{L}])(?:mevrouw|mevr\.|mw\.|de heer|dhr\.|meneer|mijn|zijn|haar|contactpersoon)(?![\p{L}])"
)
_CAPITALISED = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}{1,30}(?![\p{L}])")
_SENTENCE_END = regex.compile(r"[.!?](?:[ \t]|$)|\n")
# A line that starts with a body's name and then a bar or a middle dot: a letterhead or footer.
_LETTERHEAD = regex.compile(r"[ \t*#>-]*(?P<body>[\p{L}][\p{L}' -]{1,60}?)[ \t]+[|·•][ \t]")
_INITIALS = regex.compile(r"(?<![\p{L}])(?:\p{L}\.){1,4}[ ]?\p{L}|(?i:behandeld[ \t]door)")
_VALUE_PARTS = regex.compile(r"\p{L}{2,}")
# The question before a reader's contact, right before its sentence: "Heeft u vragen over dit besluit?"
_QUESTIONS = regex.compile(
    r"(?i)(?<![\p{L}])heeft[ \t]u[ \t](?:nog[ \t]|verder[ \t])?(?:vragen|opmerkingen)[^.?!\n]{0,60}\?[ \t]*\Z"
)
_MOBILE = regex.compile(r"(?:\+31|0031|0)[ (-]*6")  # a mobile number is a person's, whatever the sentence says
_SENDS = regex.compile(r"(?i)(?<![\p{L}])(?:mail|e-mail|bel|stuur|neem|schrijf|bereikt)(?![\p{L}])")
_LOCAL_TARIFF = regex.compile(r"(?i)[ \t]{0,3}\(?[ \t]{0,2}lokaal[ \t]tarief")


def unit_contact(text: str, start: int, end: int) -> str | None:
    """Dutch evidence that ``text[start:end]`` is a functional contact, or None."""
    if _LOCAL_TARIFF.match(text, end, min(len(text), end + 30), timeout=REGEX_TIMEOUT):
        return "Algemeen nummer van een organisatie (lokaal tarief), geen persoonsgegeven"
    if body := _letterhead_body(text, start, end):
        return f"Contact in het briefhoofd of de voettekst van '{body}', geen persoonsgegeven"
    window = text[max(0, start - _REACH) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window, timeout=REGEX_TIMEOUT)]
    sentence = window[ends[-1] :] if ends else window
    cues = list(_CUE.finditer(sentence, timeout=REGEX_TIMEOUT))
    if not cues:
        value = text[start:end]
        return None if _names_in_value(value) or _MOBILE.match(value) else _after_questions(window, sentence)
    cue = cues[-1]
    between = sentence[cue.end() :]
    if _PERSON.search(between, timeout=REGEX_TIMEOUT) or _names_someone(between):
        return None
    linked = _LINK.search(between, timeout=REGEX_TIMEOUT) or _DISPLAY_NAME.fullmatch(between, timeout=REGEX_TIMEOUT)
    if cue.group("unit") and not linked:
        return None
    return f"Contact van een team of van de organisatie ('{' '.join(cue.group().split())}'), geen persoonsgegeven"


def _after_questions(window: str, sentence: str) -> str | None:
    """The contact a letter gives for the reader's questions: the sentence before it asks "Heeft u vragen?" and this
    one sends the reader there ("Mail dan naar …", "Bel …"), naming no one."""
    asked = _QUESTIONS.search(window[: len(window) - len(sentence)], timeout=REGEX_TIMEOUT)
    if asked is None or not _SENDS.search(sentence, timeout=REGEX_TIMEOUT):
        return None
    if _PERSON.search(sentence, timeout=REGEX_TIMEOUT) or _names_someone(sentence):
        return None
    return "Contact voor vragen van de lezer ('heeft u vragen?'), geen persoonsgegeven"


def _names_someone(between: str) -> bool:
    """A listed first name between cue and value ("het team is bereikbaar via Jan (06-…)"): a person's contact."""
    first_names = name_lists().first_names
    return any(m.group() in first_names for m in _CAPITALISED.finditer(between, timeout=REGEX_TIMEOUT))


def _letterhead_body(text: str, start: int, end: int) -> str | None:
    """The public body whose letterhead or footer line holds the value (``Gemeente Ede | Postbus 9022 | …``): the
    line starts with the body and sets its parts apart by bars or dots; nobody is named on it before the value, and
    the value itself names no one (``j.devries@…``, ``jan.smit@…``). None otherwise."""
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1 or max(0, start - _REACH)
    head = _LETTERHEAD.match(text, line_start, start, timeout=REGEX_TIMEOUT)
    if head is None or not mentions_public_body(head.group("body")):
        return None
    before = text[head.end() : start]
    if _PERSON.search(before, timeout=REGEX_TIMEOUT) or _names_someone(before) or _INITIALS.search(before):
        return None
    if _names_in_value(text[start:end]):
        return None
    return " ".join(head.group("body").split())


def _names_in_value(value: str) -> bool:
    """Whether a mailbox names someone: initials (``j.devries@``) or a listed first name (``jan.smit@``); a number
    has no letters."""
    local = value.split("@", 1)[0]
    words = " ".join(part.capitalize() for part in _VALUE_PARTS.findall(local))
    return bool(_INITIALS.search(local)) or _names_someone(words)
