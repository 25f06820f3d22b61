"""A supplier name found in one document is proposed in the other documents of the request."""

from __future__ import annotations

from faker import Faker

from detector.document import Suggestion
from detector.request.mention import RECOGNIZER
from detector.request.spread import RequestFinder
from detector.request.suppliers import SupplierFinder, suppliers_of

fake = Faker("nl_NL")
Faker.seed(5)
FIRM = f"{fake.last_name()} Advies"
PERSON = fake.name()


def organisation(text: str, recognizer: str = "NlSupplierRecognizer", ground: str = "5.1(1)c") -> Suggestion:
    return Suggestion(0, len(text), text, "ORGANIZATION", ground, 0.7, "Leverancier.", recognizer)


def test_the_core_of_a_supplier_name_is_proposed_in_another_document() -> None:
    finder = SupplierFinder(suppliers_of([("offerte.pdf", [organisation(f"{FIRM} B.V.")])]))
    text = f"In het overleg is de offerte van {FIRM} besproken; {FIRM}s aanpak en {FIRM.lower()} niet."
    new = finder.propose(text, "memo", [])
    assert [s.text for s in new] == [FIRM]  # whole words, same case: not inside "…Advies" + "s", not lowercase
    assert new[0].ground == "5.1(1)c" and new[0].recognizer == RECOGNIZER
    assert new[0].explanation.startswith(f"Zelfde leverancier als '{FIRM} B.V.' in offerte.pdf")


def test_a_decision_publishes_the_names_of_the_firms_it_pays() -> None:
    finder = SupplierFinder(suppliers_of([("offerte.pdf", [organisation(f"{FIRM} B.V.")])]))
    assert finder.propose(f"Het college gunt de opdracht aan {FIRM}.", "besluit", []) == []


def test_only_supplier_names_with_a_ground_and_a_core_are_spread() -> None:
    sources = [
        organisation(f"{FIRM} B.V.", recognizer="request_consistency"),  # itself spread: no new evidence
        organisation(f"{FIRM} B.V.", ground="5.1(2)e"),
        organisation("Advies B.V."),  # only generic words
        organisation("www.voorbeeld.nl"),
        organisation("Gemeente Voorbeeld"),  # a public body
    ]
    assert suppliers_of([("a.pdf", sources)]) == []


def test_the_request_finder_spreads_persons_and_suppliers_without_overlap() -> None:
    person = Suggestion(0, len(PERSON), PERSON, "PERSON", "5.1(2)e", 0.9, "Naam.", "test")
    finder = RequestFinder([("offerte.pdf", [organisation(f"{FIRM} B.V."), person])])
    text = f"{PERSON} van {FIRM} stuurde de offerte."
    new = finder.propose(text, "email", [])
    assert [(s.text, s.entity_type) for s in new] == [(PERSON, "PERSON"), (FIRM, "ORGANIZATION")]
    assert finder.propose(text, "email", new) == []
