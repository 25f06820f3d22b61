"""A public body's representative as party to an agreement stays public; a company's representative does not."""

from __future__ import annotations

import pytest
from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(41)
OFFICIAL, OTHER, PRIVATE = fake.name(), fake.name(), fake.name()

AGREEMENT = f"""\
Partijen:

De Belastingdienst, te dezen rechtsgeldig vertegenwoordigd door de heer {OFFICIAL}, plv. directeur,
hierna te noemen: Afnemer

en

{fake.last_name()} Advies B.V., te dezen vertegenwoordigd door mevrouw {PRIVATE}, directeur, hierna te noemen:
Leverancier
"""


def _persons(detector: Detector, text: str) -> tuple[list[str], dict[str, str]]:
    analysis = detector.run(text, doc_type="overeenkomst")
    proposed = [s.text for s in analysis.suggestions if s.entity_type == "PERSON"]
    public = {s.text: s.reason or "" for s in analysis.public if s.entity_type == "PERSON"}
    return proposed, public


def test_the_public_bodys_representative_stays_public(detector: Detector) -> None:
    proposed, public = _persons(detector, AGREEMENT)
    assert OFFICIAL not in proposed
    assert public[OFFICIAL].startswith("Vertegenwoordigt een overheidsorgaan als partij")


def test_the_companys_representative_is_proposed(detector: Detector) -> None:
    proposed, public = _persons(detector, AGREEMENT)
    assert PRIVATE in proposed and PRIVATE not in public


@pytest.mark.parametrize(
    "text",
    [
        # the clause ended before the name: a new sentence names someone else
        f"De gemeente werd vertegenwoordigd door haar advocaat. Daarna sprak {OTHER} over de klacht.",
        # too far from the cue for one clause
        "De Belastingdienst, vertegenwoordigd door " + "een medewerker van de afdeling, " * 6 + f"en {OTHER}.",
    ],
)
def test_a_name_outside_the_representation_clause_is_proposed(detector: Detector, text: str) -> None:
    proposed, _ = _persons(detector, text)
    assert OTHER in proposed
