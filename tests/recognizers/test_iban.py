"""IBAN (mod-97, cut to the country's length, ground by owner) and BIC next to an IBAN."""

from __future__ import annotations

import pytest

from recognizers.checksums import iban_is_valid
from recognizers.nl_bic import NlBicRecognizer
from recognizers.nl_iban import NlIbanRecognizer
from tests.recognizers.assertions import evidence_ground, public_texts


@pytest.fixture(scope="module")
def iban() -> NlIbanRecognizer:
    return NlIbanRecognizer()


def spans(recognizer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    results = sorted(recognizer.analyze(text, [recognizer.supported_entities[0]]), key=lambda r: r.start)
    return [(text[r.start : r.end], evidence_ground(r)) for r in results]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("NL91ABNA0417164300", True),
        ("NL91 ABNA 0417 1643 00", True),
        ("DE89370400440532013000", True),
        ("BE68539007547034", True),
        ("GB29NWBK60161331926819", True),
        ("FR1420041010050500013M02606", True),
        ("NL91ABNA0417164301", False),  # last digit changed
        ("NL91ABNA041716430", False),  # one digit short
        ("XX91ABNA0417164300", False),  # no such country
        ("NL9IABNA0417164300", False),  # letter in the check digits
    ],
)
def test_mod97(value: str, valid: bool) -> None:
    assert iban_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN: NL91ABNA0417164300.", ["NL91ABNA0417164300"]),
        ("Rekeningnummer NL91 ABNA 0417 1643 00", ["NL91 ABNA 0417 1643 00"]),
        ("IBAN DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
        # a following word or a second IBAN is not swallowed
        ("BE68 5390 0754 7034 BIC GEBABEBB", ["BE68 5390 0754 7034"]),
        ("NL91ABNA0417164300 DE89370400440532013000", ["NL91ABNA0417164300", "DE89370400440532013000"]),
    ],
)
def test_valid_ibans_found_whole(iban: NlIbanRecognizer, text: str, expected: list[str]) -> None:
    assert [value for value, _ in spans(iban, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "IBAN NL91ABNA0417164301",  # bad checksum
        "IBAN NL91 ABNA 0417 1643 0",  # too short
        "IBAN NL91ABNA04171643001",  # glued to a further digit
        "code AB12CDEF3456GH7890",  # no such country
        "nl91abna0417164300",  # lower case is not proposed
        "Ordernummer 4500012345, telefoon 0612345678, postcode 1234 AB",
    ],
)
def test_invalid_or_other_numbers_not_suggested(iban: NlIbanRecognizer, text: str) -> None:
    assert spans(iban, text) == []


@pytest.mark.parametrize(
    ("text", "value", "ground"),
    [
        (
            "Het bedrag wordt overgemaakt op NL91 ABNA 0417 1643 00 t.n.v. de heer J. Jansen.",
            "NL91 ABNA 0417 1643 00",
            "5.1(2)e",
        ),
        ("Wij storten de bijdrage op uw rekening NL91ABNA0417164300.", "NL91ABNA0417164300", "5.1(2)e"),
        ("Voorbeeld Advies B.V.\nKvK 30123456\nIBAN NL91ABNA0417164300", "NL91ABNA0417164300", "5.1(1)c"),
        ("Graag betaling op NL91ABNA0417164300 t.n.v. Voorbeeld Advies B.V.", "NL91ABNA0417164300", "5.1(1)c"),
        # owner unknown: ground_rules.json decides by document type
        ("Het rekeningnummer is NL91ABNA0417164300.", "NL91ABNA0417164300", None),
    ],
)
def test_ground_follows_the_owner(iban: NlIbanRecognizer, text: str, value: str, ground: str | None) -> None:
    assert spans(iban, text) == [(value, ground)]


@pytest.mark.parametrize(
    "text",
    [
        "U kunt betalen op rekening NL91ABNA0417164300 t.n.v. Gemeente Almere.",
        "U kunt betalen op rekening NL91ABNA0417164300 van de gemeente Almere.",
        "Gemeente Almere, IBAN NL91ABNA0417164300",
        "Gemeente Almere\nPostbus 200\nIBAN NL91ABNA0417164300",
        "Aanslag betalen op NL86 INGB 0002 4455 88",  # lst_public_iban (Belastingdienst)
    ],
)
def test_public_accounts_stay_public(iban: NlIbanRecognizer, text: str) -> None:
    (value,) = [v for v, _ in spans(iban, text)]
    assert public_texts(iban, text) == [value]


def test_bic_next_to_iban_shares_its_ground() -> None:
    bic = NlBicRecognizer()
    text = "IBAN NL91 ABNA 0417 1643 00 BIC ABNANL2A t.n.v. mevrouw A. de Boer"
    assert spans(bic, text) == [("ABNANL2A", "5.1(2)e")]


@pytest.mark.parametrize(
    "text",
    [
        "BIC ABNANL2A",  # a bank code alone names a bank, which is public
        "IBAN NL91ABNA0417164300\n\nDe bank INGBNL2A verwerkt het verzoek.",  # other paragraph
        "IBAN NL91ABNA0417164300 GEMEENTE VERTROUWELIJK",  # upper-case words are not BICs
        "IBAN NL91ABNA0417164301 BIC ABNANL2A",  # invalid IBAN: nothing to attach to
    ],
)
def test_bic_only_next_to_a_valid_iban(text: str) -> None:
    assert spans(NlBicRecognizer(), text) == []
