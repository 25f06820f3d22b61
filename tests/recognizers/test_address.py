"""Addresses and postcodes: private ones proposed (ground by doc type), government ones and Postbus public."""

from __future__ import annotations

import pytest

from recognizers.nl_address import NlAddressRecognizer
from recognizers.nl_postcode import NlPostcodeRecognizer
from tests.cpu_cost import best_cpu
from tests.recognizers.assertions import analyze, assert_result, found_texts, public_texts, suggested_texts


@pytest.fixture(scope="module")
def address() -> NlAddressRecognizer:
    return NlAddressRecognizer()


@pytest.fixture(scope="module")
def postcode() -> NlPostcodeRecognizer:
    return NlPostcodeRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mw. A. El Amrani\nKerkstraat 12a\n1234 AB Almere", "Kerkstraat 12a"),
        ("Zij woont aan de Burgemeester de Monchyplein 3-II te Den Haag.", "Burgemeester de Monchyplein 3-II"),
        ("Adres: Grote Markt 12 bis, 9711 LV Groningen", "Grote Markt 12 bis"),
        ("Hoofdweg 120 - 2", "Hoofdweg 120 - 2"),
        ("Kerkstraat 12, 1234AB", "Kerkstraat 12"),
        ("Jan Pieterszoon Coenstraat 7 A", "Jan Pieterszoon Coenstraat 7 A"),
        ("Het huis op de Lindenlaan 4 is verkocht.", "Lindenlaan 4"),
        # a "-ring" that could be a noun is a street before a postcode, in an address column, or where one lives
        ("De heer Jan Jansen\nSannering 89 bis\n1234 AB Zwolle", "Sannering 89 bis"),
        ("Naam | Adres | Woonplaats\nJan Jansen | Sophiaring 27 | Zwolle", "Sophiaring 27"),
        ("Ik woon op Joliering 145 en heb veel last van de bouw.", "Joliering 145"),
    ],
)
def test_street_addresses(address: NlAddressRecognizer, text: str, expected: str) -> None:
    (result,) = analyze(address, text)
    start = text.index(expected)
    assert_result(result, "ADDRESS", start, start + len(expected), min_score=0.7)
    assert "ground" not in result.recognition_metadata  # the ground follows the document type


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 5 lid 2",
        "de weg 2 keer afleggen",
        "Stadhuisstraat 4 jaar lang",
        "Kerkstraat 12%",
        "Pagina 2/6",
        "Postbus 200",
        "hoofdstuk 3",
        "Kerkstraat",
    ],
)
def test_not_addresses(address: NlAddressRecognizer, text: str) -> None:
    assert suggested_texts(address, text) == []


def test_bare_street_word_scores_below_threshold(address: NlAddressRecognizer) -> None:
    (result,) = analyze(address, "Zie Ring 2 van het plan")
    assert result.score < 0.5


@pytest.mark.parametrize(
    ("text", "expected", "min_score"),
    [
        ("Kerkstraat 12a\n1234 AB Almere", "1234 AB Almere", 0.85),
        ("Kerkstraat 12, 1234AB", "1234AB", 0.85),
        ("wonende te 9711 LV Groningen", "9711 LV Groningen", 0.85),
        ("2500 EH DEN HAAG", "2500 EH DEN HAAG", 0.85),
        ("3512 JE 's-Hertogenbosch", "3512 JE 's-Hertogenbosch", 0.85),
    ],
)
def test_postcodes(postcode: NlPostcodeRecognizer, text: str, expected: str, min_score: float) -> None:
    (result,) = analyze(postcode, text)
    start = text.index(expected)
    assert_result(result, "POSTCODE", start, start + len(expected), min_score=min_score)


def test_lone_postcode_is_below_threshold(postcode: NlPostcodeRecognizer) -> None:
    (result,) = analyze(postcode, "In 2016 en 2017 EN daarna")
    assert result.score < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Postbus 200\n1300 AE Almere",
        "Postbus 200, 1300 AE Almere",
        "Antwoordnummer 123, 1300 VB Almere",
        "Provinciehuis\nMarkt 11\n6811 CG Arnhem",  # a body's building named above its address
        "Stadhuis\nStadhuisplein 1\n1315 HR Almere",
    ],
)
def test_organisation_postcodes_stay_public(postcode: NlPostcodeRecognizer, text: str) -> None:
    assert suggested_texts(postcode, text) == []
    assert len(public_texts(postcode, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "1234 SA Almere", "0123 AB", "12345 AB", "2000 GB opslag", "100 MB", "1234 ab", "NL91ABNA0417164300",
        "CRvB 22 juni 2005, 03/4446 ZW, USZ 2005/311.",  # a court's case number
    ],
)
def test_not_postcodes(postcode: NlPostcodeRecognizer, text: str) -> None:
    assert found_texts(postcode, text) == []


OFFICE_LETTERHEAD = """\
## BEZWAAR EN BEROEP

Kanaalweg 12 3526 KL Utrecht

Postbus 8071 3503 RB Utrecht
"""


def test_office_address_beside_a_postbus_stays_public(
    address: NlAddressRecognizer, postcode: NlPostcodeRecognizer
) -> None:
    assert suggested_texts(address, OFFICE_LETTERHEAD) == []
    assert public_texts(address, OFFICE_LETTERHEAD) == ["Kanaalweg 12"]
    assert suggested_texts(postcode, OFFICE_LETTERHEAD) == []


def test_visiting_address_label_and_a_postbus_split_by_columns_stay_public(postcode: NlPostcodeRecognizer) -> None:
    text = "Bezoekadres\n\nKanaalweg 12\n\n3526 KL Utrecht\n\nRetouradres Postbus 3503 RB Utrecht\n\n8071,"
    assert suggested_texts(postcode, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Medewerker bezwaar\nDirectoraat bezwaar en beroep\nGroningensingel 1, kamer 2C.013\nT 088 123 45 67\n",
        "Bezoekers melden zich op Kanaalweg 12, 3e verdieping.",
        "Kanaalweg 12, verdieping 4",
    ],
)
def test_an_address_with_an_office_room_or_floor_stays_public(address: NlAddressRecognizer, text: str) -> None:
    assert suggested_texts(address, text) == []
    assert len(public_texts(address, text)) == 1


def test_a_building_in_running_text_is_no_letterhead(postcode: NlPostcodeRecognizer) -> None:
    text = "Wij spraken hem op het stadhuis. Hij woont op Dorpsstraat 12, 1234 AB Ergenshuizen."
    assert suggested_texts(postcode, text) == ["1234 AB Ergenshuizen"]


def test_a_student_room_is_still_a_home(address: NlAddressRecognizer) -> None:
    text = "Mevrouw Jansen woont op Groningensingel 1, kamer 2 van het studentenhuis."
    assert suggested_texts(address, text) == ["Groningensingel 1"]


def test_addressee_below_the_letterhead_is_still_suggested(address: NlAddressRecognizer) -> None:
    text = "Postbus 8071\n3503 RB Utrecht\n\nMevrouw S. de Wit\nLindenlaan 42 B\n1325 KL Almere\n"
    assert suggested_texts(address, text) == ["Lindenlaan 42 B"]


@pytest.mark.parametrize("text", ["Rotterdam 5903\nUtrecht 3247", "## 8.3 LOONVORDERING 12", "Eindhoven 65 96"])
def test_place_names_and_headings_are_no_streets(address: NlAddressRecognizer, text: str) -> None:
    assert found_texts(address, text) == []


@pytest.mark.parametrize("noun", ["Uitvoering", "Verbetering", "Opsporing", "Monitoring", "Uitkering"])
def test_nouns_in_ring_are_no_streets(address: NlAddressRecognizer, noun: str) -> None:
    assert found_texts(address, f"Zie hoofdstuk {noun} 12 van de nota.") == []


@pytest.mark.parametrize("street", ["Buitenring", "Oosterring", "Kleine Ring"])
def test_streets_in_ring_are_still_streets(address: NlAddressRecognizer, street: str) -> None:
    assert suggested_texts(address, f"Zij woont aan de {street} 12.") == [f"{street} 12"]


ORGANISATION_ADDRESSEE = """\
Stg Secretariaat Voorbeeld

Datum

t.a.v.

Mare Blaak

10 april 2020

Buitenom 18

ons kenmerk

2512 XA Den Haag
"""


def test_an_organisation_addressee_address_stays_public(postcode: NlPostcodeRecognizer) -> None:
    assert suggested_texts(postcode, ORGANISATION_ADDRESSEE) == []
    assert public_texts(postcode, ORGANISATION_ADDRESSEE) == ["2512 XA Den Haag"]
    text = "Voorbeeld B.V.\nT.a.v. de heer P. de Boer\nKerkstraat 12\n1234 AB Utrecht\n"
    assert public_texts(postcode, text) == ["1234 AB Utrecht"]


@pytest.mark.parametrize(
    "text",
    [
        "Stichting Hulp\nMevrouw A. Jansen\nKerkstraat 12\n1234 AB Utrecht\n",  # a person under the letterhead
        "Stichting Hulp\n\nJ. Jansen\nBuitenom 12\n1234 AB Utrecht\n",  # a name line without t.a.v.
    ],
)
def test_a_person_below_an_organisation_keeps_a_private_address(postcode: NlPostcodeRecognizer, text: str) -> None:
    assert suggested_texts(postcode, text) == ["1234 AB Utrecht"]


@pytest.mark.parametrize(
    "text",
    [
        "1.2 Werkwijze .................. 4\n1.3 Stationslaan 12 .......... 5",
        "Inhoud\n. . . . . . . . . . . . . . .\n## 1. 4 Opslaan 6\n## van gegevens.\n. . . . . . . . . . .",
    ],
)
def test_a_table_of_contents_entry_is_no_address(address: NlAddressRecognizer, text: str) -> None:
    assert suggested_texts(address, text) == []


def test_an_address_above_a_dotted_signature_line_is_still_one(address: NlAddressRecognizer) -> None:
    text = "Naam: J. Jansen\nAdres: Stationslaan 12\nHandtekening: ....................."
    assert suggested_texts(address, text) == ["Stationslaan 12"]



def test_cost_stays_linear_on_one_long_line_of_addresses(address: NlAddressRecognizer) -> None:
    """The table-of-contents check reads a bounded stretch of the line: 4x the addresses on one line costs about
    4x, not 16x (it read the whole line before each address)."""
    unit = "Woont op Kerkstraat 12 in de stad. "
    small = best_cpu(lambda: address.analyze(unit * 1_500, ["ADDRESS"]))
    large = best_cpu(lambda: address.analyze(unit * 6_000, ["ADDRESS"]))
    assert large / small < 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bezwaarmaker woont op Voorhout 9, 2514 EA Den Haag.", ["Voorhout 9"]),  # a street named after a place
        ("Mevrouw woonde op Kerkebuurt 12a.", ["Kerkebuurt 12a"]),  # no street word
        ("wonende aan de Hoge Rijndijk 2 B te Leiden", ["Hoge Rijndijk 2 B"]),
        # where someone lives said with a place, a count or a floor: no street
        ("Hij woont in Almere 3 jaar.", []),
        ("De klant woont in Rotterdam 3 hoog.", []),
        ("woonachtig Leiden 3", []),
    ],
)
def test_where_someone_lives_needs_no_street_word(address: NlAddressRecognizer, text: str, expected: list[str]) -> None:
    assert found_texts(address, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Aanvragen kunnen ook per post: Afdeling Vergunningen, Stadhuisplein 1, 1315 HR Almere.",
        "Gemeente Ede, Bergstraat 4, 6711 AB Ede",
        # an office building of the body (the contact probe's first run proposed it)
        "U kunt de stukken inzien op het stadskantoor, Raadhuisplein 1 te Voorbeeldstad.",
        "Servicepunt Noord, Markt 3, 1234 AB Ede",
    ],
)
def test_an_address_after_a_unit_or_body_on_its_line_stays_public(
    address: NlAddressRecognizer, postcode: NlPostcodeRecognizer, text: str
) -> None:
    assert suggested_texts(address, text) == [] and suggested_texts(postcode, text) == []
    assert public_texts(address, text) != []


def test_an_address_a_team_visited_is_still_a_home(
    address: NlAddressRecognizer, postcode: NlPostcodeRecognizer
) -> None:
    text = "Het team wijkzorg bezocht Kerkstraat 3, 1234 AB Ede."  # the unit is the subject, not the address's owner
    assert suggested_texts(address, text) == ["Kerkstraat 3"]
    assert suggested_texts(postcode, text) == ["1234 AB Ede"]


def test_a_public_bodys_address_in_a_contracts_party_list_stays_public(postcode: NlPostcodeRecognizer) -> None:
    text = "1. Waterschap Rivierenland, gevestigd te Tiel, De Blomboogerd 1, 4003 BX Tiel, hierna: Opdrachtgever;"
    assert suggested_texts(postcode, text) == []


def test_an_office_address_in_a_signature_line_with_bars_stays_public(
    address: NlAddressRecognizer, postcode: NlPostcodeRecognizer
) -> None:
    text = "Pieter Jansen\nSenior beleidsadviseur\nProvincie Utrecht | Archimedeslaan 6 | 3584 BA Utrecht"
    assert suggested_texts(address, text) == [] and suggested_texts(postcode, text) == []
