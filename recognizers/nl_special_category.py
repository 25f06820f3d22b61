"""Special categories of personal data (SPECIAL_CATEGORY): health, religion, ethnic origin, criminal data, and the
other categories of § 3.1 UAVG: political opinions, trade union membership, sex life or orientation, genetic and
biometric data.

A term from ``lst_special_<category>`` (``burn-out``, ``moslim``, ``Marokkaanse afkomst``, ``veroordeeld``,
``vakbondslid``) is found only in a sentence that is about a person: a title or pronoun (``mevrouw``, ``hij``,
``haar``), ``deze cliënt``, or initials and a surname. A handbook sentence about illness in general ("bij ziekte van
de werknemer") names no one and is left alone. The span is the term; the metadata says which
category, so the ground step (``ground_rules.json``: 5.1(1)d) and the explanation can name it.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.name_anchors import INTERFIX
from recognizers.name_lists import own_list
from recognizers.name_tokens import INITIAL
from recognizers.sentences import sentence_bounds
from recognizers.term_scan import TermScan

CATEGORIES = {
    "health": "gegevens over de gezondheid",
    "religion": "godsdienst of levensovertuiging",
    "ethnicity": "ras of etnische afkomst",
    "criminal": "strafrechtelijke gegevens",
    "politics": "politieke opvattingen",
    "union": "lidmaatschap van een vakbond",
    "sexuality": "seksueel leven of seksuele gerichtheid",
    "biometric": "genetische of biometrische gegevens",
}
# Words that make a sentence about one person: a title, a personal pronoun, a word for the person a file is
# about, or a named family ("de familie Jansen"). Generic nouns ("de werknemer", "een klant") are left out:
# handbooks use them for everyone.
_PERSON = regex.compile(
    r"(?i)(?<![\p{L}])(?:mevrouw|mevr\.|mw\.|de heer|dhr\.|meneer|hij|zij|haar|hem|ik|mijn|"
    r"medewerkster|zijn (?:zoon|dochter|vrouw|partner)|betrokkene|belanghebbende|bezwaarmaker|appellant|"
    r"(?:deze|die|onze|mijn|uw) (?:cliënt|client|klant|werknemer|medewerker|collega|bewoner|leerling|patiënt))"
    r"(?![\p{L}])"
    # a person named by initials and surname ("verdachte R. Hendriks"), a family or household by its surname
    rf"|(?-i:(?<![\p{{L}}])(?:{INITIAL}[ ]?){{1,4}}(?:{INTERFIX}[ ]){{0,2}}\p{{Lu}}\p{{Ll}}+)"
    rf"|(?-i:(?<![\p{{L}}])(?:[Ff]amilie|[Gg]ezin)[ ](?:{INTERFIX}[ ]){{0,2}}\p{{Lu}}\p{{Ll}}+)"
)


@lru_cache(maxsize=1)
def _terms() -> TermScan:
    """One alternation of all terms, each in a named group per category, longest first."""
    parts = []
    every_term: list[str] = []
    for category in CATEGORIES:
        terms = sorted(own_list(f"lst_special_{category}"), key=len, reverse=True)
        alternation = "|".join(regex.escape(t).replace(r"\ ", r"[ \t\n]+") for t in terms)
        parts.append(rf"(?P<{category}>{alternation})")
        every_term += terms
    pattern = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}-])(?:{'|'.join(parts)})(?:s|en)?(?![\p{{L}}\p{{N}}-])")
    return TermScan(pattern, every_term)


class NlSpecialCategoryRecognizer(NlRecognizer):
    """Health, religion, ethnic origin and criminal data in a sentence about a person."""

    ENTITY = "SPECIAL_CATEGORY"
    SCORE = 0.7

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Each special-category term in a sentence that is about a person."""
        if not self.wants(entities):
            return []
        results = []
        for m in _terms().finditer(text):
            left, right = sentence_bounds(text, m.start(), m.end())
            if not _PERSON.search(text, left, right, timeout=REGEX_TIMEOUT):
                continue
            category = m.lastgroup or "health"
            what = CATEGORIES[category]
            term = " ".join(m.group().split())
            evidence = f"Bijzonder persoonsgegeven ({what}: '{term}') in een zin over een persoon"
            metadata = {"evidence": evidence, "what": what, "category": category}
            results.append(build_result(self, m.start(), m.end(), self.SCORE, evidence, metadata=metadata))
        return results
