"""The national register of bewindspersonen: a cabinet member named in full stays public for every body; a surname
or initials alone, or a name outside the cabinet's period, do not."""

from __future__ import annotations

from datetime import date

from detector import Detector
from detector.national_register import national_officials, same_person
from recognizers.name_lists import name_lists
from recognizers.name_parts import split_name


def _persons(detector: Detector, text: str) -> tuple[list[str], dict[str, str]]:
    analysis = detector.run(text)
    public = {s.text: s.reason or "" for s in analysis.public if s.entity_type == "PERSON"}
    return [s.text for s in analysis.suggestions if s.entity_type == "PERSON"], public


def test_a_minister_named_without_a_title_stays_public(detector: Detector) -> None:
    suggested, public = _persons(detector, "Meibrief UWV 2021 – Wouter Koolmees")
    assert suggested == []
    assert public["Wouter Koolmees"].startswith("Naam van een bewindspersoon: minister (kabinet-Rutte III)")


def test_a_surname_or_initials_alone_is_anyone(detector: Detector) -> None:
    text = "Mevrouw De Vries belde over haar uitkering. A. de Vries stuurde een brief. Jan Rutte ook."
    suggested, public = _persons(detector, text)
    assert {"De Vries", "A. de Vries", "Jan Rutte"} <= set(suggested)
    assert public == {}


def test_only_in_the_cabinets_period() -> None:
    lists = name_lists()
    mention = split_name("Wouter Koolmees", lists)
    periods = [o for o in national_officials() if same_person(mention, split_name(o.name, lists))]
    assert periods and all(o.in_office(date(2021, 5, 1)) for o in periods)
    assert not any(o.in_office(date(2015, 1, 1)) for o in periods)


def test_every_entry_names_a_person_a_role_and_a_start() -> None:
    officials = national_officials()
    assert len(officials) > 50
    assert all(len(o.name.split()) >= 2 and o.role.startswith(("minister", "staatssecretaris")) for o in officials)
    assert all(o.start is not None for o in officials)


def test_an_undated_text_names_no_cabinet_member_by_the_register(detector: Detector) -> None:
    # A citizen may bear a minister's name: without a date or a year in the cabinet's period, the name is proposed.
    suggested, public = _persons(detector, "Gisteren belde Femke Wiersma over haar aanvraag.")
    assert suggested == ["Femke Wiersma"] and public == {}


def test_a_year_outside_the_cabinets_period_does_not_date_the_mention(detector: Detector) -> None:
    suggested, public = _persons(detector, "Jaarverslag 2019 – Femke Wiersma")
    assert suggested == ["Femke Wiersma"] and public == {}


def test_a_year_the_text_names_dates_the_mention(detector: Detector) -> None:
    _, public = _persons(detector, "Meibrief UWV 2021 – Wouter Koolmees")
    assert "in 2021, een jaar dat het document noemt" in public["Wouter Koolmees"]


def test_a_minister_of_an_earlier_cabinet_in_a_text_of_its_period(detector: Detector) -> None:
    # kabinet-Rutte II (2012-2017): a full name in a text that names a year of that period stays public
    suggested, public = _persons(detector, "Brief van 12 maart 2016 aan Ard van der Steur over de aanpak.")
    assert suggested == []
    assert public["Ard van der Steur"].startswith("Naam van een bewindspersoon: minister (kabinet-Rutte II)")
