"""The organisation a letter is addressed to: above T.a.v. in an address block, or named in the salutation."""

from __future__ import annotations

import pytest

from recognizers.addressee_firms import addressee_firms
from tests.cpu_cost import best_cpu


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in addressee_firms(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brocacef\nT.a.v. de heer P. Jansen\nIndustrieweg 12\n3542 AD Utrecht\n", ["Brocacef"]),
        ("Bakker Installatie B.V.\nt.a.v. de administratie\nPostbus 12\n3500 AA Utrecht\n",
         ["Bakker Installatie B.V."]),
        ("Geachte directie van Mainfreight,\n\nHierbij zeggen wij de overeenkomst op.", ["Mainfreight"]),
    ],
)
def test_the_addressed_organisation(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person, a public body or a unit above T.a.v.
        "Jan de Vries\nT.a.v. de heer De Vries\nKerkstraat 1\n1234 AB Dorp\n",
        "Gemeente Utrecht\nT.a.v. afdeling Inkoop\nPostbus 16200\n3500 CE Utrecht\n",
        "Team Inkoop\nT.a.v. mevrouw Smit\nStadhuisplein 1\n1315 HR Almere\n",
        # no postcode in the block: no address block
        "Het projectplan\nT.a.v. de stuurgroep ligt ter inzage.\n",
        # a salutation to a person
        "Geachte heer Van Dijk,\n",
    ],
)
def test_no_organisation_where_a_person_body_or_no_address_block_stands(text: str) -> None:
    assert names(text) == []


_ADDRESS = "Bakker B.V.\nT.a.v. de heer P. Jansen\nIndustrieweg 12\n3542 AD Utrecht\n\nGeachte heer Jansen,\n\n"


@pytest.mark.parametrize(
    ("letter", "supplier"),
    [
        # what the body pays the addressee under an agreement makes it a supplier
        ("Hierbij zeggen wij de overeenkomst op. De maandelijkse vergoeding van € 389,71 vervalt per 1 juli.", True),
        ("Het openstaande bedrag van € 5.318,61 betalen wij binnen dertig dagen.", True),
        # no payment under an agreement, or a subsidy the body sets: not a supplier by this letter
        ("Wij nodigen u uit voor de informatieavond over de nieuwe brug.", False),
        ("De subsidie van € 40.000 wordt vastgesteld. Het openstaande bedrag van € 4.000 betalen wij uit.", False),
    ],
)
def test_a_letter_naming_a_contract_payment_makes_its_addressee_a_supplier(letter: str, supplier: bool) -> None:
    assert [f.business for f in addressee_firms(_ADDRESS + letter)] == [supplier]



def test_cost_stays_linear_on_many_address_blocks() -> None:
    """Each block is read within a bounded stretch, not to the text's end: 4x the blocks cost about 4x."""
    block = "Brocacef\nT.a.v. de heer P. Jansen\nIndustrieweg 12\n3542 AD Utrecht\n"
    assert len(addressee_firms(block * 2_000)) == 2_000
    small, large = block * 2_000, block * 8_000
    assert best_cpu(lambda: addressee_firms(large)) / best_cpu(lambda: addressee_firms(small)) < 8
