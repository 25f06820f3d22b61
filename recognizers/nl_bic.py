"""BIC/SWIFT codes next to an IBAN, as IBAN_CODE: the bank block of an account holder goes as one.

A BIC alone names a bank and is public; next to a valid IBAN (within a short distance, as in
``IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A``) it is part of the holder's bank details and takes the
ground of that IBAN. Upper case only, with a real country code in positions 5–6.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, RecognizerResult

from recognizers.base import SCAN_TIMEOUT, NlRecognizer, build_result
from recognizers.checksums import IBAN_LENGTHS, compact
from recognizers.nl_iban import NlIbanRecognizer

_COUNTRIES = "|".join(sorted(IBAN_LENGTHS))
_NEAR = 120
_SHARED = frozenset({"owner", "what", "evidence"})


class NlBicRecognizer(NlRecognizer):
    """BIC codes within a short distance of a valid IBAN; they share its evidence, so they get its ground."""

    ENTITY = "IBAN_CODE"
    PATTERNS = [
        Pattern(
            "bic",
            rf"(?<![A-Za-z0-9])[A-Z]{{4}}(?:{_COUNTRIES})[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{{3}})?(?![A-Za-z0-9])",
            0.9,
        )
    ]

    def __init__(self, supported_language: str = "nl", supported_entity: str = ENTITY) -> None:
        self.ibans = NlIbanRecognizer(supported_language=supported_language)
        self._pattern = regex.compile(self.PATTERNS[0].regex)
        super().__init__(supported_language=supported_language, supported_entity=supported_entity)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """BICs near a valid IBAN, with that IBAN's evidence (its owner) and the IBAN itself (``iban``)."""
        ibans = self.ibans.analyze(text, [self.ENTITY])
        if not ibans:
            return []
        results: list[RecognizerResult] = []
        for match in self._pattern.finditer(text, timeout=SCAN_TIMEOUT):
            start, end = match.span()
            near = [
                r
                for r in ibans
                if max(r.start - end, start - r.end) <= _NEAR
                and "\n\n" not in text[min(r.end, end) : max(r.start, start)]
            ]
            if not near:
                continue
            iban = min(near, key=lambda r: max(r.start - end, start - r.end))
            shared = {k: v for k, v in iban.recognition_metadata.items() if k in _SHARED}
            results.append(self._result(start, end, {**shared, "iban": compact(text[iban.start : iban.end])}))
        return results

    def _result(self, start: int, end: int, metadata: dict[str, str]) -> RecognizerResult:
        reason = "BIC-code naast een rekeningnummer"
        return build_result(self, start, end, self.PATTERNS[0].score, reason, metadata=metadata, pattern_name="bic")
