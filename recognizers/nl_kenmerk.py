"""Letter and case references (KENMERK), anchored on their label: ``Ons kenmerk:``, ``Zaaknummer`` ….

The value stands on the label's line or on the first non-empty line below it (letterheads put label and value
in two rows). It must look like a reference: 4–40 characters of letters, digits and ``./-_``, with at least
one digit, and not a date or a bare year. The ground follows the document type via ``ground_rules.json``
(a personal briefkenmerk is 5.1(2)e; a supplier's reference in an offerte is 5.1(1)c).
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.name_lists import name_lists
from recognizers.nl_address import STREET_ADDRESS

_LABELS = (
    r"ons kenmerk|uw kenmerk|onze referentie|uw referentie|briefkenmerk|kenmerk|zaaknummer|zaaknr\.?|"
    r"briefnummer|dossiernummer|dossiernr\.?|referentienummer|registratienummer|documentnummer"
)
_VALUE = r"(?P<value>[\p{L}\p{N}](?:[\p{L}\p{N}./_-]|[ ](?=[\p{N}-])){2,39}(?<=[\p{L}\p{N}]))"
_KENMERK = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?P<label>{_LABELS})(?![\p{{L}}])[ \t*_]*:?[*_]*"
    rf"(?P<gap>[ \t]+|[ \t]*(?:\r?\n[ \t]*){{1,4}})"  # same line, or the next non-empty line
    rf"(?:[*_]*){_VALUE}(?![\p{{L}}\p{{N}}./_-])"
)
_WORD_NUMBER = regex.compile(r"\p{Lu}\p{Ll}{2,30}(?:[ -]\p{Lu}?\p{Ll}{1,30}){0,2}[ ]\d{1,5}[ -]?[A-Za-z]?")
_POSTCODE_NEXT = regex.compile(r"[ \t]*(?:\r?\n[ \t]*)+[1-9]\d{3}[ ]?[A-Z]{2}(?![\p{L}\p{N}])")
# A Dutch word before the number ("Ons 2025131" where OCR read "Ons" below "kenmerk", "Geachte 4") is not part of
# the reference; an acronym-like word is ("Woo 2025038").
_LEADING_WORD = regex.compile(r"\p{Lu}\p{Ll}+[ ](?=\p{N})")
_PAGE_AFTER = regex.compile(r"[ ](?P<n>\d{1,3})/(?P<of>\d{1,3})\Z")
_DATE = regex.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$|^(?:19|20)\d{2}$")


class NlKenmerkRecognizer(NlRecognizer):
    """Find reference numbers after a kenmerk/zaaknummer label."""

    ENTITY = "KENMERK"
    CONTEXT = ["kenmerk", "zaaknummer", "briefnummer", "referentie"]
    SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Kenmerk values in ``text``."""
        if not self.wants(entities):
            return []
        results = []
        for m in _KENMERK.finditer(text, timeout=REGEX_TIMEOUT):
            value, start = m.group("value"), m.start("value")
            if (word := _LEADING_WORD.match(value)) and _is_word(word.group()):
                value, start = value[word.end() :], start + word.end()
            if (page := _PAGE_AFTER.search(value)) and int(page["n"]) <= int(page["of"]):
                value = value[: page.start()]  # "2026059 2/2": the page counter printed beside the kenmerk
            if not is_reference(value) or ("\n" in m.group("gap") and not _alone_on_line(text, m.end("value"))):
                continue
            if _street_line(text, value, m.end("value")):
                continue  # "Buitenom 18" above "2512 XA Den Haag": an interleaved address block, not a kenmerk
            label = " ".join(m.group("label").lower().split())
            reason = f"Kenmerk na het label '{label}'"
            results.append(build_result(self, start, start + len(value), self.SCORE, reason, metadata={"label": label}))
        return results


def _is_word(word: str) -> bool:
    return word.strip().lower() in name_lists().non_names


def _alone_on_line(text: str, end: int) -> bool:
    """A value on the line below its label must fill that line (a letterhead row), not start a sentence."""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end == -1 else line_end].strip(" \t*_")


def _street_line(text: str, value: str, end: int) -> bool:
    """A street and house number: a street word (``Kerkstraat 12``), or a word and a number with a postcode on
    the next non-empty line (a letterhead's columns read row by row put the address under a label)."""
    if STREET_ADDRESS.fullmatch(value, timeout=REGEX_TIMEOUT):
        return True
    return bool(_WORD_NUMBER.fullmatch(value) and _POSTCODE_NEXT.match(text, end, min(len(text), end + 200)))


def is_reference(value: str) -> bool:
    """At least one digit, at least 4 characters, not a date or a year, not a Woo ground code."""
    compact = value.replace(" ", "")
    return (
        len(compact) >= 4
        and any(c.isdigit() for c in compact)
        and not _DATE.match(compact)
        and not regex.match(r"^\d{1,2}[.]\d", compact)  # 5.1(2)e-like codes and section numbers
    )
