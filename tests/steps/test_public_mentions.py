"""Authors in a literature reference and members of parliament named with a motion stay public; look-alikes do not."""

from __future__ import annotations

import pytest
from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(27)
A, B, C = fake.last_name(), fake.last_name(), fake.name()


def _public_reasons(detector: Detector, text: str) -> dict[str, str]:
    return {s.text: s.reason or "" for s in detector.run(text, doc_type="memo").public if s.entity_type == "PERSON"}


def _proposed(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.analyze(text, doc_type="memo") if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        f"Zie ook {C} et al. over de belastbaarheid van werkenden.",
        f"Zie {A} / {C}, p. 362.",
        f"27. {C}. Residual work capacity. J Occup Rehabil 2021;31(4):796–806. https://doi.org/10.1007/s10926",
        # a PDF wrapped the title of the book over two lines
        f"is gewaarborgd ({C} e.a., Contra Legem-\n\nuitvoering in het sociaal zekerheidsrecht, Kluwer 1985, p. 64).",
    ],
)
def test_an_author_in_a_reference_stays_public(detector: Detector, text: str) -> None:
    reasons = _public_reasons(detector, text)
    assert "literatuurverwijzing" in reasons[C]
    assert C not in _proposed(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        f"De leden van de Tweede Kamer {A} en {C} hebben een motie ingediend over taakdelegatie.",
        f"Herzien naar aanleiding van motie {A} / {C}.",
        f"Herziene versie naar aanleiding van motie {A}\n\n/ {C}\n2.2 19-02-2021 Definitieve versie",  # a wrapped cell
    ],
)
def test_a_member_of_parliament_with_a_motion_stays_public(detector: Detector, text: str) -> None:
    assert "volksvertegenwoordiger" in _public_reasons(detector, text)[C]


@pytest.mark.parametrize(
    "text",
    [
        f"Overleg met {C} e.a. over de planning van volgende week.",
        f"Mevrouw {C} (1965) woont sinds kort in de gemeente.",
        f"De motie werd besproken met beleidsmedewerker {C} van het team.",
        f"De motie is besproken.\n\n{C} belde daarna.",  # a sentence, not a list of names, on the line above
    ],
)
def test_look_alikes_are_still_proposed(detector: Detector, text: str) -> None:
    assert C in _proposed(detector, text)


SURNAME = fake.last_name()
TRAINING_TABLE = f"""\
Opleider\tOmzet\tCursisten
Rijschool Van {SURNAME} B.V.\t16.705\t10
Stichting {C}\t1.900\t2
"""


def test_a_name_inside_a_public_organisation_name_is_part_of_it(detector: Detector) -> None:
    """In a decision's table the firms' names are public: the person names inside them are too."""
    analysis = detector.run(TRAINING_TABLE, doc_type="besluit")
    assert [s.text for s in analysis.suggestions if s.entity_type == "PERSON"] == []
    reasons = {s.text: s.reason or "" for s in analysis.public if s.entity_type == "PERSON"}
    assert reasons[C].startswith(f"Deel van de naam van de organisatie 'Stichting {C}'")


def test_the_same_name_outside_the_organisation_is_proposed(detector: Detector) -> None:
    text = f"{TRAINING_TABLE}\nDe aanvraag is ingediend door {C}, die in {SURNAME}straat woont."
    assert C in [s.text for s in detector.analyze(text, doc_type="besluit") if s.entity_type == "PERSON"]


FIRST, LAST = fake.first_name(), fake.last_name()
PERSON = f"{FIRST} {LAST}"


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        (f"Verkeersschool {PERSON}\t29.757\t10", f"Verkeersschool {PERSON}"),
        (f"ROC {PERSON}\t1.028\t1", f"ROC {PERSON}"),
        (f"{PERSON} Opleidingen\t45.296\t11", f"{PERSON} Opleidingen"),
        (f"{PERSON} Academy\t0,05%", f"{PERSON} Academy"),
        (f"{PERSON} Consultancy\t3.495", f"{PERSON} Consultancy"),
        # a one-person firm: its owner's name and its trade in lowercase fill the cell
        (f"{PERSON} training en verkeersadvies\t3.146\t4", f"{PERSON} training en verkeersadvies"),
        (f"| {PERSON} installatietechniek | 12 |", f"{PERSON} installatietechniek"),
    ],
)
def test_a_name_beside_an_organisation_word_is_part_of_the_name(
    detector: Detector, line: str, organisation: str
) -> None:
    analysis = detector.run(f"Opleider\tBedrag\tCursisten\n{line}\n", doc_type="besluit")
    assert PERSON not in [s.text for s in analysis.suggestions if s.entity_type == "PERSON"]
    reasons = {s.text: s.reason or "" for s in analysis.public if s.entity_type == "PERSON"}
    assert reasons[PERSON].startswith(f"Deel van de naam van de organisatie '{organisation}'")


@pytest.mark.parametrize(
    "text",
    [
        f"Naam\tAfdeling\n{PERSON}  Onderzoek\n",  # a table's department column, set apart by more than a space
        f"Het verzoek van {PERSON}, school in de buurt, is ontvangen.",  # lowercase and a comma between
        f"Collega {PERSON} van de afdeling Opleidingen belde.",  # the organisation word is not beside the name
        f"De gemeente heeft {PERSON} advies gevraagd.",  # a trade word in a sentence, not opening the line
        f"{PERSON} advies gevraagd over de training.",  # the trade does not end the line
    ],
)
def test_a_name_near_but_not_beside_an_organisation_word_is_proposed(detector: Detector, text: str) -> None:
    assert PERSON in _proposed(detector, text)
