"""Dutch postcodes (POSTCODE, ``1234 AB`` + place): a private address → 5.1(2)e; a Postbus postcode stays public.

The ground is left to ``ground_rules.json`` (a supplier's postcode in an offerte is 5.1(1)c). A postcode right
after a ``Postbus``/``Antwoordnummer`` belongs to an organisation: it carries the evidence ``owner=organisation``
and ``ground_rules.json`` keeps it public. The body's own addresses (its profile) are the ``public`` step's.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.nl_address import STREET_ADDRESS, office_reason

# Letters SA, SD and SS are never issued; units written after numbers are excluded too.
POSTCODE = regex.compile(
    r"(?<![\p{L}\p{N}.,-])(?<!\d/)(?P<code>[1-9]\d{3}[ \u00a0]?(?!SA|SD|SS|GB|MB|KB|TB|KM|CM|MM|KG|EU|KW|MW|GW|PK|HZ)"
    r"[A-Z]{2})(?![\p{L}\p{N}])"
    r"(?P<place>,?[ \u00a0]{1,2}(?:'[st]-)?\p{Lu}[\p{L}'’-]{1,30}"
    r"(?:[ \u00a0](?:aan[ \u00a0]den?[ \u00a0])?\p{Lu}[\p{L}-]{1,30})?)?"
)
# "Postbus 200, ", also with the number lost to column extraction ("Postbus 1040 HG") or a heading between.
_ORGANISATION_BOX = regex.compile(
    r"(?i)\b(?:postbus|antwoordnummer)[ \u00a0]*(?:\d{1,6})?[ \t,]*(?:(?:\r?\n[ \t#]*){1,3}(?:\d{1,6}[ \t,]*)?)?\Z"
)


class NlPostcodeRecognizer(NlRecognizer):
    """Find ``1234 AB`` postcodes, with the place name when it follows on the same line.

    Alone (no place, no street before it) a postcode scores below the threshold; context words lift it.
    """

    ENTITY = "POSTCODE"
    CONTEXT = ["postcode", "adres", "woonplaats", "woonadres", "woonachtig", "wonende"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Postcodes in ``text``; the postcode of a Postbus or antwoordnummer carries ``owner=organisation``."""
        if not self.wants(entities):
            return []
        results = []
        for m in POSTCODE.finditer(text, timeout=REGEX_TIMEOUT):
            end = m.end("place") if m.group("place") and not _is_word(m.group("place")) else m.end("code")
            after_street = STREET_ADDRESS.search(text[max(0, m.start() - 60) : m.start()], timeout=REGEX_TIMEOUT)
            score = 0.85 if end > m.end("code") or after_street else 0.45
            reason = _box_reason(text, m.start(), end)
            metadata = {"owner": "organisation", "evidence": reason} if reason else {}
            explanation = reason or "Postcode (met plaats) van een adres"
            results.append(build_result(self, m.start(), end, score, explanation, metadata=metadata))
        return results


def _box_reason(text: str, start: int, end: int) -> str | None:
    """Why the postcode is an organisation's: it follows a Postbus or antwoordnummer, or an office address."""
    if _ORGANISATION_BOX.search(text[max(0, start - 60) : start], timeout=REGEX_TIMEOUT):
        return "Postcode van een postbus of antwoordnummer: adres van een organisatie, geen persoonsgegeven"
    return office_reason(text, start, end)


def _is_word(place: str) -> bool:
    """A 'place' that is really a lowercase-led word or a sentence start after a comma (``, Utrecht`` is kept)."""
    return place.strip(", \u00a0")[:1].islower()
