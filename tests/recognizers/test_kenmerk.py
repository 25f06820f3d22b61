"""Kenmerk: label-anchored reference numbers, value on the same or the next line; dates are no kenmerk."""

from __future__ import annotations

import pytest

from recognizers.nl_kenmerk import NlKenmerkRecognizer, is_reference
from tests.recognizers.assertions import analyze, assert_result, found_texts


@pytest.fixture(scope="module")
def kenmerk() -> NlKenmerkRecognizer:
    return NlKenmerkRecognizer()


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Ons kenmerk: 2018/0123-AB\n", "2018/0123-AB", "ons kenmerk"),
        ("Uw kenmerk: Z-22-123456", "Z-22-123456", "uw kenmerk"),
        ("Kenmerk\nU22.04512\nPagina 1", "U22.04512", "kenmerk"),
        ("Ons kenmerk  \n\n  U22.04512  \n", "U22.04512", "ons kenmerk"),
        ("Zaaknummer: Z/2022/001234 betreft uw aanvraag", "Z/2022/001234", "zaaknummer"),
        ("**Zaaknummer:** 123456", "123456", "zaaknummer"),
        ("Briefnummer 2022-0456", "2022-0456", "briefnummer"),
        ("Onze referentie: OFF-2016-77", "OFF-2016-77", "onze referentie"),
        ("in de brief met kenmerk 2016/112233 staat", "2016/112233", "kenmerk"),
        ("Ons kenmerk\nZaak 1234\n\nGeachte heer,", "Zaak 1234", "ons kenmerk"),  # no postcode under it
        # OCR read the letterhead's "Ons" under "kenmerk": the word is not part of the reference
        ("Pagina 3/3\nkenmerk\n\nOns 2025131\n\nToelichting", "2025131", "kenmerk"),
        # the page counter printed beside it is not part of it
        ("Ons kenmerk 2026059 2/2\nPagina", "2026059", "ons kenmerk"),
    ],
)
def test_values_after_labels(kenmerk: NlKenmerkRecognizer, text: str, value: str, label: str) -> None:
    (result,) = analyze(kenmerk, text)
    start = text.index(value)
    assert_result(result, "KENMERK", start, start + len(value), min_score=0.85)
    assert result.recognition_metadata["label"] == label
    assert "ground" not in result.recognition_metadata  # 5.1(2)e, or 5.1(1)c in an offerte, via ground_rules


@pytest.mark.parametrize(
    "text",
    [
        "Ons kenmerk  \n\n\nBijlage(n)",
        "Ons kenmerk  \n[REDACTED]",
        "Uw brief van/kenmerk  \n21 april 2022",
        "Kenmerk \n\n  \n\nPagina \n\n1/3",
        "het kenmerk van dit besluit",
        "kenmerk [REDACTED] >",
        "Ons kenmerk: 5.1(1)c",
        "Briefnummer 2016",
        "Kenmerk: 12-05-2022",
        "Kenmerk\n\n2022 123 is het jaar",
        "Kenmerken netwerkregisseur\n• Aanjager",
        # a letterhead read row by row: the street under the label, its postcode on the next line
        "Ons kenmerk\n\nBuitenom 18\n\n2512 XA 's-Gravenhage",
        "Ons kenmerk\nKerkstraat 12\n",
        "Uw kenmerk\n\nGeachte 4\n\nOp 1 augustus",  # a salutation with an OCR stray, not a reference
    ],
)
def test_no_kenmerk(kenmerk: NlKenmerkRecognizer, text: str) -> None:
    assert found_texts(kenmerk, text) == []


@pytest.mark.parametrize(
    ("value", "ok"),
    [("Z-22-1", True), ("2018", False), ("12-05-2022", False), ("ABCD", False), ("5.1", False), ("U22.04512", True)],
)
def test_is_reference(value: str, ok: bool) -> None:
    assert is_reference(value) is ok
