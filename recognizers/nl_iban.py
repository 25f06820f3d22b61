"""Bank account numbers (IBAN, Dutch and other SEPA countries) as IBAN_CODE, validated by mod-97.

The regex proposes, the checksum decides: a candidate is cut to its country's IBAN length (so a following
word or second IBAN is not swallowed) and must pass mod-97; an invalid one is not reported. Every valid IBAN
is reported with the evidence of its holder (``owner``): ``public_body`` for published accounts of public bodies
(``lst_public_iban``) and accounts named after one, ``private`` for a private person (``t.n.v. de heer …``,
``uw rekening``), ``supplier`` next to a company's KvK/btw number or legal form. ``ground_rules.json`` turns
that (or else the document type) into a ground; the body's own accounts come from its profile.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from presidio_analyzer import Pattern, RecognizerResult

from recognizers.base import SCAN_TIMEOUT, NlPatternRecognizer, build_result
from recognizers.business_context import line_start, mentions_public_body
from recognizers.checksums import IBAN_LENGTHS, compact, iban_is_valid
from recognizers.name_lists import own_list

_OWNER_AFTER = regex.compile(
    r"(?:[ \t,]{1,3}(?:BIC|SWIFT)[: \t]{1,3}[A-Z0-9]{8,11})?[ \t,]{0,3}\(?"
    r"(?:t\.?[ ]?n\.?[ ]?v\.?|ten[ \t]name[ \t]van|van(?:[ \t]de|[ \t]het)?(?=[ \t]))"
    r"[ \t:]{0,3}(?P<owner>[^\n]{0,60})",
    regex.IGNORECASE,
)
_PRIVATE = regex.compile(
    r"\b(?:dhr|mevr|mw|de heer|mevrouw|uw (?:bank)?rekening(?:nummer)?|uw iban|"
    r"(?:aanvrager|verzoeker|belanghebbende|bewoner|cliënt|client|inwoner)s?)\b|"
    r"(?-i:(?<![\w.])[A-Z]\.(?:[A-Z]\.){0,3}[ ]?(?:van |de |der |den |ter |el )?[A-Z][a-z])",
    regex.IGNORECASE,
)
_SUPPLIER = regex.compile(
    r"(?<![\w.])(?:b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|kvk|k\.v\.k\.|btw|handelsregister)(?![\w])"
    r"|\b(?:leverancier|opdrachtnemer|crediteur)",
    regex.IGNORECASE,
)
_HELD_BY = regex.compile(r"\b(?:van|t\.?n\.?v\.?)\s", regex.IGNORECASE)
_BLOCK_LINES = 3
_OWNER_WHAT = {
    "private": "bankrekeningnummer van een privépersoon",
    "supplier": "bankrekeningnummer van de leverancier",
}
_PUBLISHED = "Gepubliceerde rekening van een overheidsorgaan (lijst openbare rekeningen)"
_OWNER_EVIDENCE = {"public_body": "Rekening op naam van een overheidsorgaan, geen persoons- of bedrijfsgegeven"}


@dataclass(frozen=True)
class IbanMatch:
    """A valid IBAN in the text: its offsets and the compact form."""

    start: int
    end: int
    iban: str


def find_ibans(text: str, pattern: regex.Pattern[str]) -> list[IbanMatch]:
    """Every valid IBAN that ``pattern`` proposes, each cut to its country's length."""
    found: list[IbanMatch] = []
    position = 0
    while True:
        match = pattern.search(text, position, timeout=SCAN_TIMEOUT)
        if match is None:
            return found
        cut = _cut_to_length(text, match.start(), match.end())
        if cut is not None and iban_is_valid(text[match.start() : cut]):
            found.append(IbanMatch(match.start(), cut, compact(text[match.start() : cut])))
            position = cut
        else:
            position = match.start() + 1


def _cut_to_length(text: str, start: int, end: int) -> int | None:
    """End offset after exactly the country's IBAN length of characters, at a group boundary; else None."""
    length = IBAN_LENGTHS.get(text[start : start + 2])
    if length is None:
        return None
    count = 0
    for index in range(start, end):
        if text[index] != " ":
            count += 1
            if count == length:
                after = text[index + 1 : index + 2]
                return index + 1 if not after.isalnum() else None
    return None


def _neighbours(text: str, start: int, end: int, lines: int) -> tuple[str, str]:
    """The line holding ``text[start:end]``, and up to ``lines`` lines around it within its paragraph."""
    before = text[max(0, start - 1_000) : start].split("\n")
    after = text[end : end + 1_000].split("\n")
    around: list[str] = []
    for line in reversed(before[-lines - 1 : -1]):
        if not line.strip():
            break
        around.append(line)
    for line in after[1 : lines + 1]:
        if not line.strip():
            break
        around.append(line)
    return before[-1] + text[start:end] + after[0], "\n".join(around)


class NlIbanRecognizer(NlPatternRecognizer):
    """Valid IBANs, with the ground chosen by who holds the account."""

    ENTITY = "IBAN_CODE"
    FLAGS = regex.MULTILINE
    PATTERNS = [Pattern("iban", r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])", 0.5)]
    CONTEXT = ["iban", "rekening", "rekeningnummer", "bankrekening", "bank"]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str = ENTITY,
    ) -> None:
        super().__init__(patterns, context, supported_language, supported_entity)
        self._pattern = regex.compile(self.patterns[0].regex, self.FLAGS)

    def validate_result(self, pattern_text: str) -> bool:
        """True when ``pattern_text`` is a whole valid IBAN."""
        return iban_is_valid(pattern_text)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """Every valid IBAN, with the evidence of who holds it (``owner``); the steps decide what that means."""
        results: list[RecognizerResult] = []
        published = own_list("lst_public_iban")
        for found in find_ibans(text, self._pattern):
            if found.iban in published:
                owner, evidence = "public_body", _PUBLISHED
            else:
                owner = self.owner(text, found)
                evidence = _OWNER_EVIDENCE.get(owner) if owner else None
            metadata: dict[str, str] = {}
            if owner:
                metadata["owner"] = owner
                metadata["what"] = _OWNER_WHAT.get(owner, "bankrekeningnummer")
            if evidence:
                metadata["evidence"] = evidence
            results.append(self._result(found, metadata))
        return results

    def owner(self, text: str, found: IbanMatch) -> str | None:
        """``public_body``, ``private``, ``supplier`` or None (unknown) for the account at ``found``."""
        start_of_line = line_start(text, found.start)
        before = text[max(start_of_line, found.start - 80) : found.start]
        named = _OWNER_AFTER.match(text, found.end, min(len(text), found.end + 80), timeout=1.0)
        owner_text = named.group("owner") if named else ""
        # A short label line ("Gemeente Voorbeeldstad, IBAN") or "rekening van de gemeente" names a public holder.
        held_by = _HELD_BY.search(before[-40:], timeout=1.0)
        if mentions_public_body(owner_text) or (held_by and mentions_public_body(before[held_by.end() - 1 :])):
            return "public_body"
        if found.start - start_of_line <= 50 and mentions_public_body(before):
            return "public_body"
        if _PRIVATE.search(owner_text, timeout=1.0) or _PRIVATE.search(before, timeout=1.0):
            return "private"
        line, around = _neighbours(text, found.start, found.end, _BLOCK_LINES)
        if any(_SUPPLIER.search(part, timeout=1.0) for part in (owner_text, line, around)):
            return "supplier"
        # In an address block ("Gemeente Voorbeeldstad / Postbus 1234 / IBAN …") the account is the body's own.
        return "public_body" if mentions_public_body(around) else None

    def _result(self, found: IbanMatch, metadata: dict[str, str]) -> RecognizerResult:
        reason = "IBAN met geldig mod-97-controlegetal"
        return build_result(
            self, found.start, found.end, 1.0, reason, metadata=metadata, pattern_name="iban", validation_result=True
        )
