"""The ground catalogue carries every code with legal text, motivation, kind and its Wob mapping."""

from __future__ import annotations

import pytest

from detector.grounds import UnknownGround, catalogue, get_ground, ground_codes, wob_to_woo
from detector.grounds_rules import decide
from detector.profile import EMPTY_PROFILE

REQUIRED = ["5.1(1)c", "5.1(1)d", "5.1(1)e", "5.1(2)e", "5.1(2)f", "5.1(2)i", "5.1(5)", "5.2(1)", "buiten scope"]
ALL_OF_5_1_AND_5_2 = [f"5.1(1){c}" for c in "abcde"] + [f"5.1(2){c}" for c in "abcdefghi"] + ["5.1(5)", "5.2(1)"]


@pytest.mark.parametrize("code", sorted(set(REQUIRED + ALL_OF_5_1_AND_5_2)))
def test_every_code_is_complete(code: str) -> None:
    ground = get_ground(code)
    assert ground.code == code
    assert ground.title and ground.legal_text and ground.motivation
    assert ground.kind in {"absolute", "relative", "scope"}
    if code != "buiten scope":
        assert "Woo" in ground.legal_text
        assert "Woo" in ground.motivation


def test_explain_fills_in_what_was_found() -> None:
    text = get_ground("5.1(2)e").explain("naam")
    assert text.startswith("Naam van iemand die niet in de openbaarheid treedt")
    assert "{" not in text
    for code in ground_codes():
        assert "{" not in get_ground(code).explain("gegeven")


def test_wob_mapping() -> None:
    mapping = wob_to_woo()
    assert mapping["10(1)c"] == "5.1(1)c"
    assert mapping["10(2)e"] == "5.1(2)e"
    assert mapping["10(2)g"] == "5.1(5)"
    assert mapping["11(1)"] == "5.2(1)"
    assert len(set(mapping.values())) == len(mapping)  # one Woo code per Wob code


def test_absolute_and_relative() -> None:
    assert get_ground("5.1(1)c").kind == "absolute"
    assert get_ground("5.1(2)e").kind == "relative"
    assert get_ground("buiten scope").kind == "scope"


def test_unknown_ground_names_valid_codes() -> None:
    with pytest.raises(UnknownGround, match=r"5\.1\(2\)e"):
        get_ground("5.1(9)x")
    assert len(catalogue()) == len(ground_codes())


def test_an_address_is_named_for_the_ground_it_gets() -> None:
    supplier = decide("ADDRESS", "overeenkomst", {}, EMPTY_PROFILE)
    person = decide("ADDRESS", "brief", {}, EMPTY_PROFILE)
    assert (supplier.ground, supplier.what) == ("5.1(1)c", "vestigingsadres")
    assert (person.ground, person.what) == ("5.1(2)e", "woonadres")
    assert "vestigingsadres" in supplier.explanation(None) and "Woonadres" in person.explanation(None)
    named = decide("ADDRESS", "overeenkomst", {"what": "bezoekadres"}, EMPTY_PROFILE)
    assert named.what == "bezoekadres"  # a recognizer's own words win


def test_a_reference_in_an_offer_is_the_suppliers_not_a_personal_one() -> None:
    offer, letter = decide("KENMERK", "offerte", {}, EMPTY_PROFILE), decide("KENMERK", "brief", {}, EMPTY_PROFILE)
    assert (offer.ground, offer.what) == ("5.1(1)c", "kenmerk van de leverancier")
    assert (letter.ground, letter.what) == ("5.1(2)e", "persoonlijk briefkenmerk")
    assert "persoonlijk" not in offer.explanation(None)
