"""A firm named right after its role as supplier, in running text: ``Aannemer Heijmans meldt …``, ``leverancier
Brocacef rekent …``, ``de onderaannemer Van Dijk Groep``.

A supplier's role noun (``aannemer``, ``leverancier``, ``opdrachtnemer``, ``inschrijver`` …) directly followed by
capitalised words names who plays that role. The words count as a name when none is a Dutch word, a place or a
first name (:func:`recognizers.name_tokens.word_shape` ``C`` or ``S``, company words beside them); a person's name
(initials, a title, a first name) is left to the person recognizers, and a public body or a body's own unit is no
supplier, and letters standing for a bidder (``inschrijver A``) are no name. Unlike a ``Leverancier:`` label on a
form, the role in running text is taken only in a sentence that states an amount (``Aannemer Heijmans meldt dat de
stelposten uitkomen op € 16.333``): a report that names a market's suppliers publishes who they are, and a name
found is followed through the whole text.
"""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.business_context import MONEY
from recognizers.name_lists import name_lists, own_list
from recognizers.name_tokens import lowercase_vocabulary, word_shape
from recognizers.org_units import unit_before
from recognizers.sentences import sentence_bounds
from recognizers.supplier_text import Found, is_body_or_person, person_led
from recognizers.term_scan import NearLiteralScan

_INTERFIX_WORDS = frozenset({"van", "de", "der", "den", "ter", "ten", "le", "la"})
_INTERFIXES = r"(?:(?i:van|de|der|den|ter|ten|le|la)[ ]){0,3}"
_LEGAL = r"(?i:b\.v\.|n\.v\.|bv|nv|vof)(?![\p{L}])"
_LEGAL_WORD = regex.compile(_LEGAL)
_WORD = r"[\p{Lu}][\p{L}0-9&'’+-]*"
_ROLES = (
    "aannemer", "leverancier", "opdrachtnemer", "inschrijver", "aanbieder", "dienstverlener", "contractant",
    "installateur", "cateraar", "transporteur",
)  # fmt: skip
_ROLE_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?P<role>(?i:(?:hoofd|onder)?(?:{'|'.join(_ROLES)})))"
    rf"[ ](?P<n>{_INTERFIXES}{_WORD}(?:[ ](?:&[ ])?(?:{_LEGAL}|{_INTERFIXES}{_WORD})){{0,4}})"
)
# Tried only where a role word stands ("hoofd"/"onder" may precede it): a plain scan of every position costs more.
_ROLE_SCAN = NearLiteralScan(
    _ROLE_NAME, [v for r in _ROLES for v in (r, r.capitalize(), r.upper())], reach=len("hoofd")
)


def role_named_firms(text: str) -> list[Found]:
    """Firms named right after a supplier's role noun."""
    lists, generic = name_lists(), own_list("lst_generic_org_word")
    found: list[Found] = []
    for match in _ROLE_SCAN.finditer(text):
        start, name = match.start("n"), match.group("n")
        if not MONEY.search(text, *sentence_bounds(text, start, match.end()), timeout=SCAN_TIMEOUT):
            continue
        words = [w for w in name.split() if w[0].isupper() and w.lower() not in _INTERFIX_WORDS]
        proper = [w for w in words if w.lower() not in generic and not _LEGAL_WORD.fullmatch(w)]
        if not any(len(w) > 2 for w in proper) or person_led(name) or is_body_or_person(words, lists, True):
            continue
        if unit_before(text, start):
            continue
        vocabulary = lowercase_vocabulary(text)  # cached per text; read only when a role stands before a name
        if all(word_shape(w, lists, vocabulary) in {"C", "S"} for w in proper):
            role = match.group("role").lower()
            found.append(Found(start, start + len(name), 0.6, f"naam na de rol '{role}'", True))
    return found
