"""BSN: the regex proposes, the elfproef decides; BSN context raises the score; other labels win."""

from __future__ import annotations

import pytest

from detector import Detector
from recognizers.checksums import elfproef
from recognizers.nl_bsn import NlBsnRecognizer

VALID = ("123456782", "111222333", "945807302", "229262193")


@pytest.fixture(scope="module")
def bsn() -> NlBsnRecognizer:
    return NlBsnRecognizer()


def found(recognizer: NlBsnRecognizer, text: str) -> list[tuple[int, int, float]]:
    results = sorted(recognizer.analyze(text, ["NL_BSN"]), key=lambda r: r.start)
    return [(r.start, r.end, round(r.score, 2)) for r in results]


@pytest.mark.parametrize("number", VALID)
def test_elfproef_accepts_valid_numbers(number: str) -> None:
    assert elfproef(number)


@pytest.mark.parametrize("number", ["123456789", "111222334", "945807303", "000000000", "12345678", "1234567820"])
def test_elfproef_rejects_others(number: str) -> None:
    assert not elfproef(number)


@pytest.mark.parametrize(
    "value",
    [
        "123456782", "123.456.782", "123 456 782", "1234 56 782", "1234.56.782", "945-807-302",
    ],
)
def test_formats_without_context_keep_the_pattern_score(bsn: NlBsnRecognizer, value: str) -> None:
    text = f"Nummer {value} staat op het formulier."
    start = text.index(value)
    assert found(bsn, text) == [(start, start + len(value), 0.55)]


@pytest.mark.parametrize(
    "text",
    [
        "Uw BSN: 123456782",
        "burgerservicenummer 123.456.782",
        "Sofinummer: 1234 56 782",
        "123456782 (bsn van de aanvrager)",
    ],
)
def test_context_raises_the_score(bsn: NlBsnRecognizer, text: str) -> None:
    [(start, end, score)] = found(bsn, text)
    assert text[start:end].replace(".", "").replace(" ", "") == "123456782"
    assert score == 0.95


@pytest.mark.parametrize("value", ["12 34 56 782", "12.34.56.782"])
def test_an_uncommon_grouping_needs_a_bsn_word(bsn: NlBsnRecognizer, value: str) -> None:
    [(_, _, alone)] = found(bsn, f"Nummer {value} in de tabel")
    [(_, _, labelled)] = found(bsn, f"Burgerservicenummer: {value}")
    assert alone < 0.5 <= labelled


@pytest.mark.parametrize(
    "text",
    [
        "BSN: 123456789",  # fails the elfproef
        "BSN: 123.456.789",
        "BSN 1234567820",  # ten digits
        "BSN 12345678",  # eight digits
        "IBAN NL91ABNA0417164300",  # digits inside an IBAN
        "Bel 0612345678 of 036-5399999",
        "Ordernummer: 123456782",  # a nine-digit order number passing the elfproef by chance
        "Ons kenmerk 111222333",
        "RSIN 111222333",
        "Ons kenmerk\n\n## WW 1111.11.110\n\nOnderwerp",  # a letterhead's rows: the label above its value
        "Zaaknummer:\n111222333",
        "Bedrag € 123.456.782,00",
        "123.456.782.100",  # longer dotted number
        "123 456 782 1",
    ],
)
def test_not_suggested(bsn: NlBsnRecognizer, text: str) -> None:
    assert found(bsn, text) == []


def test_bsn_after_another_label_on_the_line_still_counts_when_cued(bsn: NlBsnRecognizer) -> None:
    text = "Kenmerk 2021-77, BSN 123456782"
    assert found(bsn, text) == [(21, 30, 0.95)]


def test_a_bsn_under_its_own_label_or_a_name_counts(bsn: NlBsnRecognizer) -> None:
    assert [start for start, _, _ in found(bsn, "BSN\n111222333")] == [4]
    assert [start for start, _, _ in found(bsn, "Betrokkene\n111222333")] == [11]


def test_detector_gives_5_1_1_e(detector: Detector) -> None:
    text = "Geachte mevrouw,\n\nUw burgerservicenummer (BSN) is 123456782. Het nummer 123456789 klopt niet.\n"
    [suggestion] = [s for s in detector.analyze(text) if s.entity_type == "NL_BSN"]
    assert (suggestion.text, suggestion.ground) == ("123456782", "5.1(1)e")
    assert suggestion.score == pytest.approx(0.95)
    assert "identificatienummer" in suggestion.explanation
