"""Whole documents through the Detector: letters, an e-mail thread, a form and a released decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector import Detector
from detector.settings import Settings

FIXTURES = Path(__file__).parent.parent / "fixtures" / "personal"
PROFILE = Path(__file__).parent.parent / "fixtures" / "profiles" / "gemeente-almere.toml"
PERSONAL = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "POSTCODE", "SIGNATURE", "KENMERK"}


@pytest.fixture(scope="module")
def detector() -> Detector:
    """The Detector with the profile of the body these documents come from (its own address stays public)."""
    return Detector(Settings(_env_file=None, profile=PROFILE))


def personal(detector: Detector, name: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(text, entity, ground) of the personal-data suggestions, and (text, entity) of what stayed public."""
    analysis = detector.run((FIXTURES / name).read_text(encoding="utf-8"))
    suggested = [(s.text, s.entity_type, s.ground) for s in analysis.suggestions if s.entity_type in PERSONAL]
    public = [(s.text, s.entity_type) for s in analysis.public if s.entity_type in PERSONAL]
    return suggested, public


def test_letter_to_a_citizen(detector: Detector) -> None:
    suggested, public = personal(detector, "brief_burger.txt")
    e = "5.1(2)e"
    assert suggested == [
        ("A. El Amrani", "PERSON", e),
        ("Lindenlaan 42 B", "ADDRESS", e),
        ("1325 KL Almere", "POSTCODE", e),
        ("Z-22-123456", "KENMERK", e),
        ("2022/0815-AE", "KENMERK", e),
        ("El Amrani", "PERSON", e),
        ("J.M. de Vries", "PERSON", e),
        ("El Amrani", "PERSON", e),
        ("06-12345678", "PHONE_NUMBER", e),
        ("fatima1987@gmail.com", "EMAIL_ADDRESS", e),
        ("De Vries", "PERSON", e),
        ("Linda Schouten", "PERSON", e),
        ("(handtekening)", "SIGNATURE", e),
    ]
    assert ("Jansen-de Boer", "PERSON") in public  # the wethouder
    assert {("Stadhuisplein 1", "ADDRESS"), ("1300 AE Almere", "POSTCODE"), ("14 036", "PHONE_NUMBER")} <= set(public)
    assert ("info@almere.nl", "EMAIL_ADDRESS") in public


def test_email_thread(detector: Detector) -> None:
    suggested, public = personal(detector, "email_thread.txt")
    names = [text for text, entity, _ in suggested if entity == "PERSON"]
    assert names == [
        "Schouten, Linda",
        "Piet Bakker",
        "S. van den Berg",
        "Piet",
        "Van den Berg",
        "Linda",
        "Piet Bakker",
        "Linda Schouten",
        "Linda",
        "Piet Bakker",
    ]
    contacts = [text for text, entity, _ in suggested if entity != "PERSON"]
    assert contacts == ["l.schouten@almere.nl", "p.bakker@adviesbureau-noord.nl", "036-5399999", "06 1234 5678"]
    assert set(public) == {("woo@almere.nl", "EMAIL_ADDRESS"), ("Weerwind", "PERSON")}


def test_form(detector: Detector) -> None:
    suggested, _ = personal(detector, "formulier.txt")
    assert [(text, entity) for text, entity, _ in suggested] == [
        ("Mohammed Yilmaz", "PERSON"),
        ("Kerkstraat 12a", "ADDRESS"),
        ("1234 AB Almere", "POSTCODE"),
        ("+31 (0)6 98765432", "PHONE_NUMBER"),
        ("m.yilmaz@outlook.com", "EMAIL_ADDRESS"),
        ("Z/2022/001234", "KENMERK"),
        ("(handtekening)", "SIGNATURE"),
    ]


def test_released_decision_has_no_personal_suggestions(detector: Detector) -> None:
    suggested, public = personal(detector, "besluit_openbaar.txt")
    assert suggested == []
    names = {text for text, entity in public if entity == "PERSON"}
    assert names == {"Weerwind", "G.A. Van der Steur", "S.M.M. Jansen", "Franc Weerwind"}


@pytest.mark.parametrize("doc_type", ["offerte", "brief"])
def test_kenmerk_ground_follows_the_document_type(detector: Detector, doc_type: str) -> None:
    analysis = detector.run("Ons kenmerk: OFF-2016-77\nGeachte heer Jansen,", doc_type)
    grounds = {s.entity_type: s.ground for s in analysis.suggestions}
    assert grounds["KENMERK"] == ("5.1(1)c" if doc_type == "offerte" else "5.1(2)e")
    assert grounds["PERSON"] == "5.1(2)e"


AGENCY_PROFILE = Path(__file__).parents[2] / "profiles" / "voorbeeld-uitvoeringsorganisatie.toml"


def test_an_agency_letter_follows_the_agency_profile(detector: Detector) -> None:
    """Another kind of body: with its profile its chairman, address and number stay public, its case handler
    and the citizen do not; without it the number stays public as the contact the letter gives for the reader's
    questions ("Heeft u vragen? Mail … of bel …"), and the chairman by the role before the name (a public role for
    every body) instead of by the register."""
    text = (FIXTURES / "besluit_uitvoeringsorganisatie.txt").read_text(encoding="utf-8")
    agency = Detector(Settings(_env_file=None, profile=AGENCY_PROFILE)).run(text)
    suggested = {(s.text, s.entity_type) for s in agency.suggestions}
    public = {s.text: s.reason for s in agency.public}
    assert {("Hendriks", "PERSON"), ("P. Hendriks", "PERSON"), ("R. Dekker", "PERSON")} <= suggested
    assert {("Dorpsstraat 14", "ADDRESS"), ("4321 XY Zandvoorde", "POSTCODE")} <= suggested
    assert public["K.L. Visser"].startswith("Naam van de voorzitter raad van bestuur van Landelijk")
    assert public["Voorbeeldlaan 100"].startswith("Eigen adres van Landelijk Uitvoeringsinstituut Voorbeeld")
    assert public["088-9990000"].startswith("Algemeen telefoonnummer van Landelijk Uitvoeringsinstituut")
    without = Detector(Settings(_env_file=None)).run(text)
    suggested_without = {s.text for s in without.suggestions}
    assert "088-9990000" not in suggested_without
    assert "K.L. Visser" not in suggested_without
    reasons_without = {s.text: s.reason for s in without.public}
    assert reasons_without["088-9990000"].startswith("Contact voor vragen van de lezer ('heeft u vragen?')")
    assert reasons_without["K.L. Visser"] == (
        "Naam van een voorzitter van de raad van bestuur die in die functie in de openbaarheid treedt; "
        "de naam blijft openbaar."
    )
    assert "R. Dekker" in suggested_without  # a 'Behandelaar' signing 'namens' does not act publicly
