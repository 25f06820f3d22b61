"""Who sends a text that quotes its own prices is the supplier: its organisation in ``Van:`` or under the closing."""

from __future__ import annotations

import pytest

from recognizers.priced_sender import sender_names

LETTER = (
    "Geachte heer Bakker,\n\nNaar aanleiding van ons gesprek bieden wij u de werkzaamheden aan voor € 4.000,00. "
    "Wij rekenen € 95,00 per dagdeel.\n\nMet vriendelijke groet,\n\n{signature}\n\nBijlage: planning"
)


def senders(text: str) -> list[str]:
    return [text[f.start : f.end] for f in sender_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Van: Mammoet\nAan: Team Inkoop\n\nOns tarief is € 85,00 per deelnemer.", ["Mammoet"]),
        ("Van: Hurks Bouw <info@hurks.nl>\n\nOnze prijs voor het geheel is € 1.200.", ["Hurks Bouw"]),
        (LETTER.format(signature="Jan Smit\nArriva"), ["Arriva"]),  # the person above it is the person recognizers'
        (LETTER.format(signature="Verbeek & Zonen B.V."), ["Verbeek & Zonen B.V."]),
        # other closings: "Hartelijke groet", "Groeten", "Met collegiale groet"
        ("Voor de training rekenen wij € 206 per persoon.\n\nHartelijke groet,\nArriva", ["Arriva"]),
        ("Wij rekenen € 95,00 per dagdeel.\n\nGroeten,\n\nArriva", ["Arriva"]),
        # the verb before "wij", and the work done for a price
        ("Meerwerk brengen wij in rekening tegen € 95 per uur.\n\nMet vriendelijke groet,\n\nArriva", ["Arriva"]),
        ("Het onderzoek voeren wij uit voor € 8.000.\n\nMet vriendelijke groet,\n\nArriva", ["Arriva"]),
        # a plan that ends with its writer's name after a blank line, without a closing
        ("Plan van aanpak\n\nOnze inzet bedraagt 12 dagen à € 950 per dag.\n\nBresé BV", ["Bresé BV"]),
        # the line under an offer's or invoice's title
        ("Offerte\n\nCisco\nOfferte nummer 2023-118\n\nTraining | € 85,00", ["Cisco"]),
        ("# FACTUUR 2024-07\nBMW Nederland\nDatum: 3 april", ["BMW Nederland"]),
    ],
)
def test_the_sender_of_own_prices_is_the_supplier(text: str, expected: list[str]) -> None:
    assert senders(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Van: Mammoet\nAan: Team Inkoop\n\nHun tarief is € 85,00 per deelnemer.",  # someone else's price
        LETTER.format(signature="J. Smit"),  # a person signs
        LETTER.format(signature="Smit"),  # a surname alone: a person
        "Van: Petra de Vries\n\nOns tarief is hoger.\n\nMet vriendelijke groet,\n\nGemeente Almere\nTeam Parkeren",
        "Van: Team Inkoop\nAan: Jansen\n\nOnze offerte volgt.",  # a unit of the body
        "Factuur\n\nGemeente Almere\nt.a.v. Team Inkoop\n\nAdvies | € 85,00",  # addressed to the body
        "Factuur\n\nJ. Jansen\nKerkstraat 1",  # a person invoicing
        "Verslag\n\nArriva\nOns tarief stijgt.",  # no offer or invoice title, and no closing
        "Van: Arriva\n\nIn onze offerte-aanvraag vroegen wij om een prijs.",  # the body's request, not its price
        "Van: Stichting Buurtwerk\n\nWij rekenen op uw steun. Wij bieden jongeren een plek.",  # no price at all
        "Van: Arriva\n\nWij voeren de controle uit in mei.",  # work without a price
        "Plan van aanpak\n\nOnze inzet is groot.\n\nBresé BV",  # the writer's effort, no price
        "Onze inzet bedraagt 12 dagen à € 950 per dag.\nBresé BV",  # no blank line above the last line
    ],
)
def test_no_supplier_sender(text: str) -> None:
    assert senders(text) == []
