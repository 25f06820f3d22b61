"""Dates of birth (DATE_OF_BIRTH) after a birth label: ``geboren op 3 maart 1981``, ``Geboortedatum: 03-03-1981``.

A date alone is no personal data; the label decides. The value may stand after a colon, in the next table
cell or on the next line. The ground is not chosen here (``ground_rules.json``: 5.1(2)e); the metadata carries
the evidence and what the value is.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = (
    rf"(?:\d{{1,2}}[ \u00a0]+(?:{_MONTHS})\.?[ \u00a0]+(?:19|20)\d\d"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})"
)
_LABEL = (
    r"geboortedatum|geb\.?[ \t]?datum|geboren(?:[ \t]+op)?|geb\.|date[ \t]of[ \t]birth|d\.o\.b\.?|"
    r"geboortedag"
)
_BIRTH_DATE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?P<label>{_LABEL})(?:[ \t]+(?:te|in)[ \t]+\p{{Lu}}[\p{{L}}-]{{1,30}},?)?"
    rf"[ \t]{{0,5}}(?:[:|][ \t]{{0,5}})?(?:\r?\n[ \t|]{{0,10}})?(?P<date>{_DATE})(?![\p{{N}}])"
)


class NlDateOfBirthRecognizer(NlRecognizer):
    """Dates that a birth label introduces; the span is the date only, the label stays visible."""

    ENTITY = "DATE_OF_BIRTH"
    CONTEXT = ["geboren", "geboortedatum"]
    SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Each labelled date of birth in ``text``."""
        if not self.wants(entities):
            return []
        results = []
        for m in _BIRTH_DATE.finditer(text, timeout=REGEX_TIMEOUT):
            label = " ".join(m.group("label").split())
            evidence = f"Geboortedatum (na '{label}')"
            metadata = {"evidence": evidence, "what": "geboortedatum", "label": label.lower()}
            results.append(build_result(self, m.start("date"), m.end("date"), self.SCORE, evidence, metadata=metadata))
        return results
