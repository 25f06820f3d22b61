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
    ],
)
def test_look_alikes_are_still_proposed(detector: Detector, text: str) -> None:
    assert C in _proposed(detector, text)
