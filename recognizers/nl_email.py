"""E-mail addresses (EMAIL_ADDRESS): personal ones → 5.1(2)e, functional mailboxes (info@, woo@ ...) stay public.

Validation is our own (no network, unlike Presidio's EmailRecognizer which fetches the public suffix list):
local part and domain labels are checked for shape, the top-level domain must be 2–24 letters.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.name_lists import functional_email_prefixes, name_lists
from recognizers.privacy import privacy_evidence
from recognizers.unit_contact import unit_contact

_EMAIL = regex.compile(
    r"(?<![\p{L}\p{N}._%+'-])(?P<local>[\p{L}\p{N}._%+'-]{1,64})@"
    r"(?P<domain>(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}(?P<tld>\p{L}{2,24}))"
    r"(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])"
)
_SEPARATORS = regex.compile(r"[._+-]")
# Letters glued to the address by a character OCR put in its name ("postbus}JZ@"): the mailbox's first part.
_GLUED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}{3,})[}{|\]\[]\Z")
_LETTER_RUNS = regex.compile(r"\p{L}{3,}")
# Parts of mailbox names that no personal address starts or ends with ("contactpersoonwoo@", "postbusJZ@",
# "meldmisbruiknow@", "gegevensdiensten@", "subsidies@", "CentraleMailbox-control@").
_FUNCTIONAL_STEMS = (
    "woo", "wob", "postbus", "secretariaat", "subsidie", "meld", "diensten", "zaken", "loket", "servicedesk",
    "helpdesk", "klantcontact", "contactpersoon", "informatie", "noreply", "bezwaar", "klachten", "vragen",
    "afdeling", "team", "bureau", "centrum", "administratie", "planning", "inkoop", "facturen", "mailbox",
    "beheer", "dossier", "archief", "communicatie", "registratie", "vergunning", "belasting", "handhaving",
    "toezicht", "griffie", "receptie", "financ", "juridisch", "kwaliteit", "service",
)


# A local part of letter runs of three or more, joined by dots or hyphens; a letter alone is an initial ("j.jansen").
_WORDS_ONLY = regex.compile(r"\p{L}{3,}(?:[.-]\p{L}{3,})*")
_COMPOUND_PART = 3  # letters each part of a compound must have ("klanten|service" no, "jeugd|zorg" yes)


@lru_cache(maxsize=1)
def _dutch_words() -> frozenset[str]:
    """The common and the singular words of the lists, joined once (not per mailbox)."""
    lists = name_lists()
    return lists.common_words | lists.singular_words


def _dutch(word: str) -> bool:
    """A Dutch word the lists know (a common or a singular word), or a compound of two, perhaps linked by ``s``."""
    words = _dutch_words()
    if word in words:
        return True
    for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if tail in words and (head in words or (head.endswith("s") and head[:-1] in words)):
            return True
    return False


class NlEmailRecognizer(NlRecognizer):
    """Find e-mail addresses; functional mailboxes carry the evidence ``contact=functional``."""

    ENTITY = "EMAIL_ADDRESS"
    CONTEXT = ["e-mail", "email", "mail", "mailadres", "e-mailadres"]
    SCORE = 0.95

    def __init__(
        self,
        functional_prefixes: Iterable[str] = (),
        context: list[str] | None = None,
        supported_language: str = "nl",
    ) -> None:
        self.functional_prefixes = frozenset(p.lower() for p in functional_prefixes) | functional_email_prefixes()
        super().__init__(context=context, supported_language=supported_language)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Valid e-mail addresses in ``text``."""
        if not self.wants(entities):
            return []
        results = []
        for m in _EMAIL.finditer(text, timeout=REGEX_TIMEOUT):
            local = m.group("local")
            if not valid_local_part(local):
                continue
            glued = _GLUED_BEFORE.search(text, max(0, m.start() - 40), m.start(), timeout=REGEX_TIMEOUT)
            name = glued.group(1) + local if glued else local
            results.append(self._result(m.start(), m.end(), name, unit_contact(text, m.start(), m.end())))
        return results

    def is_functional(self, local: str) -> bool:
        """True for a mailbox of a function or department rather than a person (``info``, ``woo-verzoeken``)."""
        low = local.lower()
        first = _SEPARATORS.split(low, maxsplit=1)[0]
        if low in self.functional_prefixes or first in self.functional_prefixes:
            return True
        runs = _LETTER_RUNS.findall(low)
        lists = name_lists()
        if any(run.capitalize() in lists.first_names or run.capitalize() in lists.surnames for run in runs):
            return False  # a listed first name or surname: a person's address ("jeroen.zakenman@")
        if any(run.startswith(_FUNCTIONAL_STEMS) or run.endswith(_FUNCTIONAL_STEMS) for run in runs):
            return True
        # Dutch words only, no name ("jeugd@", "afval@", "klanten.service@"): what a desk is called, not a person
        return _WORDS_ONLY.fullmatch(low, timeout=REGEX_TIMEOUT) is not None and all(_dutch(run) for run in runs)

    def _result(self, start: int, end: int, local: str, unit: str | None) -> RecognizerResult:
        """A functional mailbox by its name or by the desk or team named before it (``unit``), else personal."""
        if self.is_functional(local) or unit:
            reason = unit or f"Functioneel e-mailadres ({local.lower()}@) van een organisatie, geen persoonsgegeven"
            metadata = {"contact": "functional", "evidence": reason}
        else:
            reason = "Persoonlijk e-mailadres (naam of persoonlijke code vóór de @)"
            metadata = privacy_evidence(reason, "e-mailadres")
        return build_result(self, start, end, self.SCORE, reason, metadata=metadata)


def valid_local_part(local: str) -> bool:
    """No leading, trailing or doubled dot, and at least one letter or digit."""
    return not (local.startswith(".") or local.endswith(".") or ".." in local) and any(c.isalnum() for c in local)
