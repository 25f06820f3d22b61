"""A firm named right after its role as supplier, in a sentence that states an amount."""

from __future__ import annotations

import pytest

from recognizers.role_named_firms import role_named_firms
from tests.cpu_cost import best_cpu


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in role_named_firms(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aannemer Mainfreight meldt dat de stelposten uitkomen op € 16.333.", ["Mainfreight"]),
        ("Vorig jaar rekende leverancier Brocacef € 12 per werkplek.", ["Brocacef"]),
        ("De onderaannemer Van Dijk Groep vraagt € 4.000 voor het meerwerk.", ["Van Dijk Groep"]),
        ("Inschrijver Jacobs B.V. bood € 9.500.", ["Jacobs B.V."]),
    ],
)
def test_the_firm_after_its_role(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no amount in the sentence: a report naming a market's suppliers
        "Leverancier Brocacef is marktleider in Nederland.",
        # a bidder's letter, a person, a Dutch word, a public body
        "Inschrijver A bood € 9.500.",
        "Aannemer J. de Vries vraagt € 4.000.",
        "Leverancier Jan Bakker vraagt € 4.000.",
        "Leverancier Prijs Totaal € 4.000",
        "De leverancier Gemeente Almere rekent € 12 per uur.",
    ],
)
def test_no_firm_without_an_amount_or_with_a_person_word_or_body(text: str) -> None:
    assert names(text) == []



def test_cost_stays_linear_on_many_roles() -> None:
    """Each role's sentence is read within its bounds: 4x the text costs about 4x."""
    sentence = "Aannemer Mainfreight meldt een prijs van € 16.333. "
    assert len(role_named_firms(sentence * 1_000)) == 1_000
    small, large = sentence * 1_000, sentence * 4_000
    assert best_cpu(lambda: role_named_firms(large)) / best_cpu(lambda: role_named_firms(small)) < 8
