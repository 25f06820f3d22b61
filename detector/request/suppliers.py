"""A supplier's name found in one document of a request is proposed wherever another document writes it.

An offerte names the firm with its legal form ("Voorbeeld Advies B.V."); the memo that weighs the offers writes
"Voorbeeld Advies". From each supplier name proposed under 5.1(1)c (by the supplier recognizer, so with the
evidence of a legal form, a label, a letterhead or a company word) the request takes its core without legal form
(:func:`recognizers.nl_supplier.supplier_core`: not a generic word, not too short) and proposes every whole-word,
same-case mention of it in the other documents, in the document types whose ground rules give a supplier's name
a ground (a decision publishes the names of the firms it pays: not there).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from detector.document import Suggestion
from detector.grounds_rules import decide
from detector.profile import EMPTY_PROFILE
from detector.request.mention import request_suggestion
from recognizers.base import REGEX_TIMEOUT
from recognizers.business_context import mentions_public_body
from recognizers.nl_supplier import supplier_core

GROUND = "5.1(1)c"
SOURCE_RECOGNIZER = "NlSupplierRecognizer"
SCORE = 0.8
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_NOT_A_NAME = regex.compile(r"[\d@/]|www\.|https?:")
_SUPPLIER = {"owner": "supplier"}  # a name proposed as a supplier's in one document is a supplier's in the others


@dataclass(frozen=True)
class Supplier:
    """A supplier name proposed somewhere in the request: the core searched for, as first written, and where."""

    core: str
    text: str
    source: str


def suppliers_of(documents: Iterable[tuple[str, Sequence[Suggestion]]]) -> list[Supplier]:
    """One :class:`Supplier` per distinct core of a supplier name proposed under 5.1(1)c."""
    seen: set[str] = set()
    found: list[Supplier] = []
    for name, suggestions in documents:
        for s in suggestions:
            if s.entity_type != "ORGANIZATION" or s.ground != GROUND or s.recognizer != SOURCE_RECOGNIZER:
                continue
            if _NOT_A_NAME.search(s.text) or not (core := supplier_core(s.text)) or mentions_public_body(core):
                continue
            if core not in seen:
                seen.add(core)
                found.append(Supplier(core, s.text, name))
    return found


class SupplierFinder:
    """Finds the mentions of a set of supplier names in a text (see the module docstring)."""

    def __init__(self, suppliers: Sequence[Supplier]) -> None:
        self._by_word: dict[str, list[tuple[Supplier, regex.Pattern[str]]]] = defaultdict(list)
        for supplier in suppliers:
            pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(supplier.core)}(?![\p{{L}}\p{{N}}])")
            self._by_word[_WORD.findall(supplier.core)[0]].append((supplier, pattern))

    def propose(self, text: str, doc_type: str, suggestions: Sequence[Suggestion]) -> list[Suggestion]:
        """New suggestions for ``text``: mentions of the suppliers not covered by one of ``suggestions``."""
        if not self._by_word or decide("ORGANIZATION", doc_type, _SUPPLIER, EMPTY_PROFILE).ground is None:
            return []
        covered = [(s.start, s.end) for s in suggestions]
        found: list[tuple[int, int, Supplier]] = []
        for word in set(_WORD.findall(text)) & self._by_word.keys():
            for supplier, pattern in self._by_word[word]:
                found.extend((m.start(), m.end(), supplier) for m in pattern.finditer(text, timeout=REGEX_TIMEOUT))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        new: list[Suggestion] = []
        for start, end, supplier in found:
            if any(s < end and start < e for s, e in covered):
                continue
            covered.append((start, end))
            new.append(_suggestion(text, start, end, supplier))
        return new


def _suggestion(text: str, start: int, end: int, supplier: Supplier) -> Suggestion:
    reason = f"Zelfde leverancier als '{supplier.text}' in {supplier.source} (ander document van dit verzoek)"
    return request_suggestion(text, start, end, "ORGANIZATION", GROUND, SCORE, "gegevens van de leverancier", reason)
