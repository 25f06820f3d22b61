"""KvK numbers after their label, and Dutch btw-ids validated by checksum."""

from __future__ import annotations

import pytest

from recognizers.checksums import btw_is_valid
from recognizers.nl_btw import NlBtwRecognizer
from recognizers.nl_kvk import NlKvkRecognizer


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    results = sorted(recognizer.analyze(text, recognizer.supported_entities), key=lambda r: r.start)
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KvK 12345678", "12345678"),
        ("KvK-nummer: 1234 5678", "1234 5678"),
        ("K.v.K. nr. 12.34.56.78", "12.34.56.78"),
        ("Ingeschreven bij de Kamer van Koophandel te Amsterdam onder nummer 87654321.", "87654321"),
        ("Handelsregister 30123456", "30123456"),
        ("| KvK | 30123456 |", "30123456"),
        ("KvK\n30123456", "30123456"),
        ("Voorbeeld B.V. | KvK 30123456 | IBAN NL91ABNA0417164300", "30123456"),
    ],
)
def test_kvk_after_label(text: str, expected: str) -> None:
    assert found(NlKvkRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ordernummer 12345678",  # no KvK label
        "KvK 123456789",  # nine digits
        "KvK 1234567",  # seven digits
        "KvK 00000000",
        "KvK 12-03-2020",
        "Gemeente Almere, KvK 12345678",  # a public body's own number
        "De KvK heeft in 2018 een rapport uitgebracht",
    ],
)
def test_kvk_not_suggested(text: str) -> None:
    assert found(NlKvkRecognizer(), text) == []


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("NL004495445B01", True),  # RSIN 11-proef
        ("NL000099998B57", True),  # btw-id (2020) by mod 97
        ("NL 0044.95.445.B01", True),
        ("NL123456789B01", False),
        ("NL004495445B00", False),
        ("NL004495446B01", False),
        ("BE0123456789", False),
    ],
)
def test_btw_checksum(value: str, valid: bool) -> None:
    assert btw_is_valid(value) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Btw-nummer: NL004495445B01", ["NL004495445B01"]),
        ("btw NL 0044.95.445.B01 en NL000099998B57", ["NL 0044.95.445.B01", "NL000099998B57"]),
        ("vat nl004495445b01", ["nl004495445b01"]),
    ],
)
def test_btw_found(text: str, expected: list[str]) -> None:
    assert found(NlBtwRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    ["Btw-nummer: NL123456789B01", "NL004495445B011", "XNL004495445B01", "NL004495445", "21% btw"],
)
def test_btw_invalid_not_suggested(text: str) -> None:
    assert found(NlBtwRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    ["Voorbeeld Advies B.V. | KvK 30123456", "Stichting Buurtkracht\nPostbus 12\nKvK-nummer: 41234567"],
)
def test_kvk_of_a_legal_entity_stays_public(text: str) -> None:
    (result,) = NlKvkRecognizer().analyze(text, [])
    assert result.recognition_metadata["owner"] == "organisation"
    assert "Handelsregister" in result.recognition_metadata["evidence"]


def test_kvk_without_a_legal_form_is_suggested() -> None:
    (result,) = NlKvkRecognizer().analyze("J. de Vries Schilderwerken\nKvK 30123456", [])
    assert "owner" not in result.recognition_metadata


def test_legal_entity_kvk_kept_public_by_the_detector(detector) -> None:  # type: ignore[no-untyped-def]
    analysis = detector.run("Voorbeeld Advies B.V.\nKvK 30123456\n\nJ. de Vries Schilderwerken\nKvK 41234567")
    assert [s.text for s in analysis.suggestions if s.entity_type == "NL_KVK"] == ["41234567"]
    assert any(s.text == "30123456" for s in analysis.public)
