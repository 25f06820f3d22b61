"""An unlisted name inside a sentence that states a supplier's price is that supplier's name."""

from __future__ import annotations

import pytest

from recognizers.priced_names import priced_names
from tests.cpu_cost import best_cpu


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in priced_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De inschrijving van Brocacef, € 12.000, was de laagste.", ["Brocacef"]),
        ("Vorig jaar rekende Mainfreight € 95 per uur.", ["Mainfreight"]),
        # a listed surname beside an unknown word is a firm's name
        ("De offerte van Hendrix Genetics bedraagt € 12.000.", ["Hendrix Genetics"]),
        # a list item that opens with the name and then prices it
        ("Rangorde:\n1. Brocacef, inschrijfsom € 12.000\n", ["Brocacef"]),
        # ... even a listed surname that is also a word
        ("Rangorde:\n1. Hoogvliet, inschrijfsom € 12.000\n2. Visser, inschrijfsom € 13.500\n", ["Hoogvliet", "Visser"]),
        # a chat message or sentence that opens with the name as the subject of a finite verb
        ("[11:15] Tom: Mainfreight heeft gebeld, ze gaan naar € 95 per uur\n", ["Mainfreight"]),
        # a listed surname alone right after a word naming a party to the price
        ("Afgesproken is dat Jacobs het werk uitvoert voor € 44.652.", ["Jacobs"]),
        ("De offerte van Jacobs bedraagt € 12.000.", ["Jacobs"]),
    ],
)
def test_an_unlisted_name_in_a_priced_sentence(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no supplier's price: no amount, no cue, or public money
        "Vorig jaar werkte Mainfreight voor ons.",
        "Brocacef kreeg een bedankbrief voor de samenwerking van € 0.",
        "Het college stelt € 12.000 beschikbaar; de begroting 2024 van Brocacef is bekend.",
        # a body reporting its own work done for an amount (passive): no supplier's price
        "Het werk van Brocacef wordt uitgevoerd voor € 44.652.",
        # a person's name: a title, initials, a first name, or a listed surname alone
        "De heer Kisman vraagt € 95 per uur voor de offerte.",
        "J. Kisman vraagt € 95 per uur voor de offerte.",
        "Jan Kisman vraagt € 95 per uur voor de offerte.",
        "De offerte van Jansen bedraagt € 12.000.",  # a listed first name too
        "Volgens Jacobs is € 12.000 een redelijke prijs voor de offerte.",  # a surname alone, no party word before
        # Dutch words, a public body, a body's own unit
        "De offerte voor de Ziektewet bedraagt € 12.000.",
        "De offerte van de gemeente Almere bedraagt € 12.000.",
        "De offerte van Team Brocacef bedraagt € 12.000.",
        # an unknown word opening a sentence, never written capitalised inside one
        "Brocacef offerte: € 12.000.",
        # a Dutch noun as the subject
        "Inschrijvers is gevraagd een prijs van € 12.000 te noemen.",
        "Aanbieders hebben een offerte van € 12.000 gestuurd.",
        # a listed surname that is also a word, not heading a list item: a word; a budget's list item: no supplier
        "Volgens Hoogvliet is € 12.000 een redelijke prijs voor de offerte.",
        "Begroting:\n1. Groen, € 400.000\n2. Wegen, € 900.000\n",
    ],
)
def test_no_firm_without_a_priced_sentence_or_with_a_person_or_word(text: str) -> None:
    assert names(text) == []



def test_cost_stays_linear_on_one_long_sentence_of_prices() -> None:
    """Overlapping priced sentences are joined, so each name is judged once: 4x the text costs about 4x."""
    unit = "offerte van Brocacef kost € 12 per uur en Mainfreight vraagt € 13 "
    small_text, large_text = unit * 250, unit * 1_000
    assert len(priced_names(large_text)) == 4 * len(priced_names(small_text)) == 2_000
    assert best_cpu(lambda: priced_names(large_text)) / best_cpu(lambda: priced_names(small_text)) < 8
