"""Account numbers printed after an ``IBAN`` label whose mod-97 check fails (IBAN_CODE, lower score).

OCR errors and typos break the check digits, yet the number is still someone's account. After an explicit
``IBAN:``/``IBAN-nummer``/``rekeningnummer (IBAN)`` label a Dutch IBAN shape (``NL`` + 2 digits + 4 letters +
10 digits, spaces allowed) is proposed at a lower score, and the evidence says the check failed. Valid IBANs
are left to ``NlIbanRecognizer``.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.checksums import compact, iban_is_valid

_LABELLED = regex.compile(
    r"(?i)(?<![\p{L}])(?:iban(?:[ -]?(?:nummer|nr\.?))?|rekeningnummer[ \t]*\(iban\))[ \t]*[:.]?[ \t]{0,5}"
    r"(?:\|[ \t]{0,5})?(?:\r?\n[ \t]{0,10})?"
    r"(?P<value>(?-i:NL)[ \t]?\d[ \t]?\d[ \t]?(?-i:[A-Z]{4})(?:[ \t]?\d){10})(?![\p{L}\p{N}])"
)


class NlUncheckedIbanRecognizer(NlRecognizer):
    """Dutch IBAN shapes after an IBAN label whose check digits do not add up."""

    ENTITY = "IBAN_CODE"
    SCORE = 0.6

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Labelled Dutch IBAN shapes that fail mod 97."""
        if not self.wants(entities):
            return []
        results = []
        for m in _LABELLED.finditer(text, timeout=REGEX_TIMEOUT):
            if iban_is_valid(compact(m.group("value"))):
                continue
            evidence = (
                "Rekeningnummer na het label 'IBAN', maar het controlegetal (mod 97) klopt niet: "
                "waarschijnlijk een tik- of OCR-fout; controleer het nummer"
            )
            metadata = {"evidence": evidence, "what": "bankrekeningnummer", "checksum": "failed"}
            start, end = m.span("value")
            results.append(build_result(self, start, end, self.SCORE, evidence, metadata=metadata))
        return results
