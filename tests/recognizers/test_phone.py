"""Phones: every Dutch format; general numbers public; dates, amounts, postcodes and IDs never phones."""

from __future__ import annotations

import pytest

from recognizers.nl_phone import NlPhoneRecognizer, classify
from tests.recognizers.assertions import (
    analyze,
    assert_privacy_metadata,
    assert_result,
    explanation_of,
    found_texts,
    public_by_evidence,
    public_texts,
)


@pytest.fixture(scope="module")
def phone() -> NlPhoneRecognizer:
    return NlPhoneRecognizer()


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("06-12345678", "mobiel"),
        ("06 1234 5678", "mobiel"),
        ("0612345678", "mobiel"),
        ("06-123 456 78", "mobiel"),
        ("+31 6 12345678", "mobiel"),
        ("+31 (0)6 12345678", "mobiel"),
        ("+31612345678", "mobiel"),
        ("0031 6 12345678", "mobiel"),
        ("036-5399999", "vast"),
        ("(036) 539 99 99", "vast"),
        ("020 - 123 45 67", "vast"),
        ("036 539 9999", "vast"),
        ("036.539.99.99", "vast"),
        ("+32 2 123 45 67", "buitenlands"),
    ],
)
def test_formats(phone: NlPhoneRecognizer, number: str, kind: str) -> None:
    text = f"U kunt bellen: {number}. Graag!"
    (result,) = analyze(phone, text)
    start = text.index(number)
    assert_result(result, "PHONE_NUMBER", start, start + len(number), min_score=0.5)
    assert_privacy_metadata(result, text)
    assert f"({kind})" in explanation_of(result, text)


def test_label_before_raises_score(phone: NlPhoneRecognizer) -> None:
    (plain,) = analyze(phone, "nummer is 036-5399999")
    (labelled,) = analyze(phone, "tel. 036-5399999")
    assert labelled.score > plain.score


@pytest.mark.parametrize("number", ["14 036", "14 020", "14036", "0800-1234", "0800 0123456", "0900-1234567"])
def test_general_numbers_stay_public(phone: NlPhoneRecognizer, number: str) -> None:
    text = f"Bel {number} voor vragen."
    assert public_texts(phone, text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Fax (036) 539 99 12",
        "Stadhuisplein 1\nPostbus 200\n1300 AE Almere\nTelefoon (036) 539 99 99",
    ],
)
def test_organisation_numbers_stay_public(phone: NlPhoneRecognizer, text: str) -> None:
    assert [public_by_evidence(r) for r in analyze(phone, text)] == [True]


def test_a_mobile_number_under_a_postbus_is_the_writers_own(phone: NlPhoneRecognizer) -> None:
    text = "Turfmarkt 147 | 2511 DP | Den Haag | Postbus 20011 | 2500 EA | Den Haag\nT 06 12345678\nT 070 426 6426"
    assert [(r.start, public_by_evidence(r)) for r in analyze(phone, text)] == [
        (text.index("06 1"), False),
        (text.index("070"), True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bel 112 bij nood.",
        "Datum: 21-04-2022",
        "op 01-04-2022 om 10.00 uur",
        "12-05-2017 10:00",
        "05-11-2019 10:00 uur",
        "Deadline: 10-\n05-2024 15.30",  # a date broken over two lines, with a time
        "Versie | Datum\n1.0 | 01-03-2017 1.0 concept",
        "09-06-2023 1.2 Definitief",
        "periode 2016–2022 en 2017-2018",
        "1300 AE Almere",
        "€ 1.250,00 per dag",
        "BSN 123456782",
        "IBAN NL91ABNA0417164300",
        "KvK 12345678",
        "Postbus 16005",
        "06-1234567 (te kort)",
        "06-123456789 (te lang)",
        "versie v1.0.2.3",
        "0,50 per stuk",
        "pagina 2/6",
    ],
)
def test_not_phones(phone: NlPhoneRecognizer, text: str) -> None:
    assert found_texts(phone, text) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [("06-12345678", ("mobiel", 0.85)), ("0800-1234567", None), ("0012345", None), ("+31 20 1234567", ("vast", 0.7))],
)
def test_classify(written: str, expected: tuple[str, float] | None) -> None:
    assert classify(written) == expected


def test_long_digit_input(phone: NlPhoneRecognizer) -> None:
    assert found_texts(phone, "0" + "1 " * 50_000) == []
