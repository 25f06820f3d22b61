"""TermScan and NearLiteralScan find exactly what ``finditer`` over the whole pattern finds, only faster."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from recognizers.nl_special_category import _terms
from recognizers.nl_supplier import _styled_name
from recognizers.supplier_text import _SUPPLIER_VERB_SCAN
from recognizers.term_scan import TermScan

TERMS = ["burn-out", "kanker", "borstkanker", "marokkaanse afkomst", "in voorlopige hechtenis", "hiv", "ptss"]
PATTERN = regex.compile(
    r"(?i)(?<![\p{L}\p{N}-])(?:"
    + "|".join(regex.escape(t).replace(r"\ ", r"[ \t\n]+") for t in sorted(TERMS, key=len, reverse=True))
    + r")(?:s|en)?(?![\p{L}\p{N}-])"
)
SCAN = TermScan(PATTERN, TERMS)


def _spans(matches) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij heeft BORSTKANKER en een Burn-Out.", ["BORSTKANKER", "Burn-Out"]),
        ("Hij is van Marokkaanse\n\tafkomst; zat in  voorlopige\nhechtenis.", ["Marokkaanse\n\tafkomst",
                                                                                "in  voorlopige\nhechtenis"]),
        ("hiv-test, anti-kanker, 3kanker, kankers, kankeren, hivs", ["kankers", "kankeren", "hivs"]),
        ("Straße: kanker", ["kanker"]),  # case folding lengthens the text: finditer is used
        ("ptssptss PTSS", ["PTSS"]),
        ("", []),
    ],
)
def test_the_same_matches_as_finditer(text: str, expected: list[str]) -> None:
    assert _spans(SCAN.finditer(text)) == _spans(PATTERN.finditer(text))
    assert [m.group() for m in SCAN.finditer(text)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["kanker", "Borst", "KANKER", "burn", "-out", "hiv", "in", "voorlopige", "hechtenis", "s",
                         "en", " ", "\n", "\t", "-", "3", "é", "ß", "ſ", "İ", "ptss", ".", "marokkaanse", "afkomst"]),
        max_size=30,
    )
)
def test_the_same_matches_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    assert _spans(SCAN.finditer(text)) == _spans(PATTERN.finditer(text))


def test_the_special_category_terms_are_found_where_finditer_finds_them() -> None:
    scan = _terms()
    text = "Mevrouw is Overspannen. Hij heeft een ALCOHOLVERSLAVING en is moslim; zij is zwanger (migratieachtergrond)."
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
    assert [m.lastgroup for m in scan.finditer(text)] == ["health", "health", "religion", "health", "ethnicity"]


LONGEST = "A" + "a" * 30 + " ter den " + "B" + "b" * 30  # the longest name part the supplier pattern allows


@pytest.mark.parametrize(
    "text",
    [
        f"Offerte van {LONGEST} Groep en Dekker Consultancy.",
        f"{LONGEST} Groep",
        "Adviesbureau Rietveld, Bureau Zuid, Royal Dekker en Koninklijke Dekker; De Vries van der Berg Advies",
        "Huisman Groepen, Huisman-Groep, groep Huisman, Huisman  Groep",
        "",
    ],
)
def test_company_names_are_found_where_finditer_finds_them(text: str) -> None:
    scan = _styled_name()
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))


def test_the_longest_name_is_found_whole() -> None:
    assert [m.group("name") for m in _styled_name().finditer(f"x {LONGEST} Groep")] == [LONGEST]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Dekker", "Huis", "man", " ", "  ", "van", "der", " Groep", "Advies", "Bureau", "bureau",
                         "Koninklijke", "Royal", "-", "&", "é", "\n", "Consultancy", "A", "x", "Nederland"]),
        max_size=25,
    )
)
def test_company_names_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    scan = _styled_name()
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))


LONGEST_SUBJECT = "Het " + " ".join(["A" + "a" * 30 + "-B" + "b" * 30] * 3)  # article and three two-part words


@pytest.mark.parametrize(
    "text",
    [
        f"Vorig jaar. {LONGEST_SUBJECT} levert maatwerk.",
        f"{LONGEST_SUBJECT} biedt",
        "De Efteling levert. Het Bureau bieden, x. Feltzer Groep offreert\nSprong Holland factureert; aanbieden",
        "De Efteling leveranciers. De Efteling  levert. de Efteling levert. Ä Öz verzorgt",
        # bids: only at a line's or sentence's start ("heeft" stands everywhere)
        "Rockwool heeft een offerte uitgebracht. Daarna heeft BAM een prijs afgegeven. BAM heeft de prijs gedaan!"
        " Sweco heeft een offerte\nHurks & van Dam hebben een bod van € 5.000 ingediend",
        "",
    ],
)
def test_supplier_verbs_are_found_where_finditer_finds_them(text: str) -> None:
    assert _spans(_SUPPLIER_VERB_SCAN.finditer(text)) == _spans(_SUPPLIER_VERB_SCAN.pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["BAM", "Rockwool", " heeft", " hebben", " een", " offerte", " prijs", " uitgebracht",
                         " afgegeven", ". ", "! ", "\n", " ", "De", " levert", " vraagt €", "&", " van"]),
        max_size=25,
    )
)
def test_supplier_verbs_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    assert _spans(_SUPPLIER_VERB_SCAN.finditer(text)) == _spans(_SUPPLIER_VERB_SCAN.pattern.finditer(text))
