"""Dutch telephone numbers (PHONE_NUMBER → 5.1(2)e); general numbers (14 0xx, 0800, 0900, 112) stay public.

The regex proposes digit runs with the separators people write (spaces, dashes, dots, ``(036)``, ``+31 (0)6``);
:func:`classify` decides on the normalised digits: a Dutch number has 10 digits starting with 0 (06 = mobile),
international ones 8–15 digits after ``+``/``00``. Dates (also with a version or a time after them), amounts,
postcodes and 9-digit numbers never pass.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.privacy import privacy_evidence
from recognizers.unit_contact import unit_contact

_SEP = r"(?:[ \u00a0]{1,2}|[ \u00a0]?[-.][ \u00a0]?)"
_CANDIDATE = regex.compile(
    r"(?<![\p{L}\p{N}.,/:+-])"
    r"(?:(?:\+|00)[1-9]\d{0,2}" + _SEP + r"?(?:\(0\)" + _SEP + r"?)?|\(0\d{1,3}\)" + _SEP + r"?|0)"
    r"\d{1,4}(?:" + _SEP + r"?\d{1,4}){0,5}"
    r"(?![\p{L}\p{N}]|[.,/-]\d|[ \u00a0]?(?:%|€|euro\b|uur\b))"
)
# Municipal (14 + area code), free and paid service numbers; 112 is too short to ever be a candidate.
_GENERAL = regex.compile(
    r"(?<![\p{L}\p{N}.,/:+-])(?:14[ \u00a0-]?0\d{2,3}|0[89]0[069][ \u00a0-]?\d(?:[ \u00a0-]?\d){3,6})"
    r"(?![\p{L}\p{N}]|[.,/-]\d)"
)
_FAX_BEFORE = regex.compile(r"(?i)\b(?:tele)?fax(?:nummer|nr\.?)?[ \t]*[.:]?[ \t]*\Z")
_POSTBUS = regex.compile(r"(?i)\b(?:postbus|antwoordnummer)[ \u00a0]*\d")
# A date with a four-digit year at the start: "01-03-2017 1.0" is a date and a version, "05-11-2019 10:00" a time.
_DATE_FIRST = regex.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[ \u00a0]?[-./][ \u00a0]?(?:0?[1-9]|1[0-2])[ \u00a0]?[-./][ \u00a0]?(?:19|20)\d\d"
)
# A month, a year and a time: the rest of a date broken over two lines ("Deadline: 10-\n05-2024 15.30").
_MONTH_YEAR_TIME = regex.compile(
    r"(?:0?[1-9]|1[0-2])[ \u00a0]?[-./][ \u00a0]?(?:19|20)\d\d[ \u00a0]{1,2}(?:[01]?\d|2[0-3])[.:][0-5]\d"
)
_CONTEXT_BEFORE = regex.compile(r"(?i)(?:tel|telefoon|mobiel|gsm|fax|bel|nummer|nr|t|m)[.:]?[ \t]*\Z")


def classify(candidate: str) -> tuple[str, float] | None:
    """``(kind, score)`` for a written number, or None when it is no phone number (or starts with a date)."""
    if _DATE_FIRST.match(candidate.lstrip(), timeout=REGEX_TIMEOUT):
        return None
    if _MONTH_YEAR_TIME.fullmatch(candidate.strip(), timeout=REGEX_TIMEOUT):
        return None
    digits = regex.sub(r"\D", "", candidate.replace("(0)", ""))
    international = candidate.lstrip().startswith(("+", "00"))
    if international:
        digits = digits[2:] if candidate.lstrip().startswith("00") else digits
        if digits.startswith("31"):
            national = "0" + digits[2:]
        else:
            return ("buitenlands", 0.6) if 8 <= len(digits) <= 15 else None
    else:
        national = digits
    if len(national) != 10 or not national.startswith("0") or national[1] == "0":
        return None
    if national.startswith(("0800", "0900", "0906", "0909")):
        return None
    if national.startswith("06"):
        return ("mobiel", 0.85)
    return ("vast", 0.7)


def _organisation_number(text: str, start: int, kind: str) -> str | None:
    """Why a number belongs to an organisation: a fax number, or a landline in a letterhead block with a Postbus (a
    desk or team named before it: :func:`recognizers.unit_contact.unit_contact`). A mobile number under the
    Postbus of a mail signature is the writer's own."""
    if _FAX_BEFORE.search(text[max(0, start - 20) : start], timeout=REGEX_TIMEOUT):
        return "Faxnummer van een organisatie, geen persoonsgegeven"
    if kind == "mobiel":
        return None
    paragraph_start = text.rfind("\n\n", 0, start)
    block = text[max(paragraph_start, start - 300, 0) : start]
    if _POSTBUS.search(block, timeout=REGEX_TIMEOUT):
        return "Nummer in het briefhoofd van een organisatie (naast een postbus), geen persoonsgegeven"
    return None


class NlPhoneRecognizer(NlRecognizer):
    """Find Dutch (and international) phone numbers; mark general service numbers public."""

    ENTITY = "PHONE_NUMBER"
    CONTEXT = ["telefoon", "telefoonnummer", "tel", "mobiel", "gsm", "bereikbaar", "bellen", "nummer"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Phone numbers in ``text``; general numbers of organisations carry ``contact=functional``."""
        if not self.wants(entities):
            return []
        results: list[RecognizerResult] = []
        general: list[tuple[int, int]] = []
        for m in _GENERAL.finditer(text, timeout=REGEX_TIMEOUT):
            general.append((m.start(), m.end()))
            reason = "Algemeen nummer (14 + netnummer van een gemeente, 0800 of 0900), geen persoonsgegeven"
            results.append(self._result(m.start(), m.end(), 0.85, reason, public=True))
        for m in _CANDIDATE.finditer(text, overlapped=False, timeout=REGEX_TIMEOUT):
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in general):
                continue
            found = classify(m.group())
            if found is None:
                continue
            kind, score = found
            if reason := _organisation_number(text, start, kind) or unit_contact(text, start, end):
                results.append(self._result(start, end, score, reason, public=True))
                continue
            if _CONTEXT_BEFORE.search(text[max(0, start - 20) : start], timeout=REGEX_TIMEOUT):
                score = min(1.0, score + 0.1)
            results.append(self._result(start, end, score, f"Direct telefoonnummer ({kind})", public=False))
        return results

    def _result(self, start: int, end: int, score: float, reason: str, public: bool) -> RecognizerResult:
        if public:
            metadata = {"contact": "functional", "evidence": reason}
        else:
            metadata = privacy_evidence(reason, "telefoonnummer")
        return build_result(self, start, end, score, reason, metadata=metadata)
