"""What a request spreads over its documents: each person (:mod:`.persons`) and each supplier name
(:mod:`.suppliers`) proposed in one document is proposed wherever another document writes it."""

from __future__ import annotations

from collections.abc import Sequence

from detector.document import Suggestion
from detector.request.persons import PersonFinder, persons_of
from detector.request.suppliers import SupplierFinder, suppliers_of

SPREAD_ENTITIES = ("PERSON", "ORGANIZATION")  # the suggestions a request reads to know its persons and suppliers
RequestDocument = tuple[str, str, str, Sequence[Suggestion]]  # name, text, document type, suggestions


class RequestFinder:
    """The persons and supplier names of a request's ``(document name, suggestions)``, to find in any document."""

    def __init__(self, documents: Sequence[tuple[str, Sequence[Suggestion]]]) -> None:
        self.persons = PersonFinder(persons_of(documents))
        self.suppliers = SupplierFinder(suppliers_of(documents))

    def propose(self, text: str, doc_type: str, suggestions: Sequence[Suggestion]) -> list[Suggestion]:
        """New suggestions for a document: mentions not yet covered by its ``suggestions``."""
        people = self.persons.propose(text, suggestions)
        return people + self.suppliers.propose(text, doc_type, [*suggestions, *people])


def spread(documents: Sequence[RequestDocument]) -> list[list[Suggestion]]:
    """The suggestions a request adds to each of its documents, in the order given."""
    finder = RequestFinder([(name, found) for name, _, _, found in documents])
    return [finder.propose(text, doc_type, found) for _, text, doc_type, found in documents]
