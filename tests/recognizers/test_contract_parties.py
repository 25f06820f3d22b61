"""The other party of an agreement: defined as its supplier, or beside the public body in the agreement's title."""

from __future__ import annotations

import pytest

from recognizers.contract_parties import contract_parties


def parties(text: str) -> list[str]:
    return [text[f.start : f.end] for f in contract_parties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # defined as the supplier: Dutch words are a name here, and the seat after the comma is not
        ("Partijen: de gemeente en Technische Unie, hierna: Opdrachtnemer.", ["Technische Unie"]),
        (
            "De ondergetekenden:\n1. De gemeente Almere, hierna te noemen: de Gemeente;\n"
            '2. Jansen Installatietechniek B.V., gevestigd te Utrecht, hierna te noemen: "Opdrachtnemer";',
            ["Jansen Installatietechniek B.V."],
        ),
        # beside a public body in the agreement's title, up to what the agreement is about
        ("Service Level Agreement\n\nTussen de gemeente en Philips\n\nDienst | Prijs", ["Philips"]),
        (
            "Overeenkomst tussen gemeente Almere en Stichting Wonen en Zorg inzake huisvesting",
            ["Stichting Wonen en Zorg"],
        ),
        ("Overeenkomst van opdracht tussen de gemeente en van Vliet bv", ["van Vliet bv"]),
        # listed under "Partijen:" beside a public body
        ("Dienstverleningsovereenkomst\n\nPartijen:\n1. de gemeente Deventer\n2. Brocacef\n\nDe vergoeding",
         ["Brocacef"]),
        ("Partijen:\n- Gemeente Zwolle\n- Brocacef B.V., vertegenwoordigd door: J. Jansen\n", ["Brocacef B.V."]),
    ],
)
def test_the_other_party_is_found(text: str, expected: list[str]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. De gemeente Almere, hierna te noemen: de Gemeente;",  # the body itself, and no supplier role
        "3. Jan de Vries, hierna te noemen: Leverancier.",  # a person: left to the person recognizers
        "Convenant tussen de gemeente Almere en de provincie Flevoland",  # two public bodies
        "Tussen de gemeente en Opdrachtnemer is afgesproken dat het werk klaar is.",  # the role word, then a sentence
        "De samenwerking tussen de gemeente en Humanitas loopt goed.",  # no agreement named
        "Het overleg tussen Jansen en Humanitas over het contract.",  # no public body beside it
        "Partijen:\n1. Brocacef\n2. Mainfreight\n",  # listed parties, none a public body
        "Partijen:\n1. de gemeente Deventer\n2. Jan de Vries\n",  # a person beside the body
    ],
)
def test_no_party(text: str) -> None:
    assert parties(text) == []
