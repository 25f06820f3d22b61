"""Adversarial 100k-character inputs: every personal-data recognizer returns (no regex timeout, no crash)."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from recognizers.nl_address import NlAddressRecognizer
from recognizers.nl_email import NlEmailRecognizer
from recognizers.nl_kenmerk import NlKenmerkRecognizer
from recognizers.nl_person import NlPersonRecognizer
from recognizers.nl_phone import NlPhoneRecognizer
from recognizers.nl_postcode import NlPostcodeRecognizer
from recognizers.nl_signature import NlSignatureRecognizer

INPUTS = {
    "capitalised words": "Aa " * 33_000,
    "initials": "J. " * 33_000,
    "interfixes": "van " * 25_000,
    "hyphenated": "Ab-" * 33_000,
    "at signs": "a@" * 50_000,
    "digits and dashes": "0-" * 50_000,
    "street words": "Kerkstraat " * 9_000,
    "labels": "Kenmerk:\n" * 11_000,
    "one long line of dots": "." * 100_000,
}


@pytest.fixture(scope="module")
def recognizers() -> list[EntityRecognizer]:
    return [
        NlPersonRecognizer(),
        NlEmailRecognizer(),
        NlPhoneRecognizer(),
        NlAddressRecognizer(),
        NlPostcodeRecognizer(),
        NlSignatureRecognizer(),
        NlKenmerkRecognizer(),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(INPUTS))
def test_adversarial_input_finds_nothing(recognizers: list[EntityRecognizer], name: str) -> None:
    text = INPUTS[name]
    for recognizer in recognizers:
        results = recognizer.analyze(text, recognizer.supported_entities)
        assert [r for r in results if r.score >= 0.5] == [], recognizer.name
