"""ORGANIZATION in running text: '&' names, names listed with a supplier, who delivers, the supplier's web
names; a body's own units, themes and job titles are never a supplier."""

from __future__ import annotations

import pytest

from recognizers.nl_supplier import NlSupplierRecognizer
from tests.recognizers.assertions import found_texts


@pytest.fixture(scope="module")
def supplier() -> NlSupplierRecognizer:
    return NlSupplierRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het profiel en Sprong & van Holland loopt parallel.", ["Sprong & van Holland"]),
        ("een methode van van Heusden & Serra ).", ["van Heusden & Serra"]),
        ("afronden ( Schroeff & Jacquot en Boers Groep B.V. )", ["Schroeff & Jacquot", "Boers Groep B.V."]),
        ("zoals Brizee Advies en Vroegop-Windig.", ["Brizee Advies", "Vroegop-Windig"]),
        ("Marijn Levesque en Aylin Blonk van Triodos Bank.", ["Triodos Bank"]),
        ("met Koninklijke Vermaat en Royal Kuijpers samen", ["Koninklijke Vermaat", "Royal Kuijpers"]),
        ("De aanpak werkt.\n\nDe Efteling levert maatwerk aan de jongeren.", ["De Efteling"]),
        ("Wij werken met Plexa. Plexa levert de training.", ["Plexa", "Plexa"]),
        (
            "Ook Feltzer Groep e-mailt een nieuwsbrief. Via http://www.feltzerweb.nl/nieuws/ kunt u zich abonneren, "
            "of volg @feltzernv.\n\nZie ook www.almere.nl en www.rijksoverheid.nl.",
            ["Feltzer Groep", "feltzerweb", "feltzernv"],
        ),
        ("door Jansen en Zonen B.V. geleverd", ["Jansen en Zonen B.V."]),
        # beside a listed surname, a name that only ends like a Dutch word ("-en") is the firm's other side
        ("het advies van Roosenboom & Diesbergen volgt", ["Roosenboom & Diesbergen"]),
        ("het bod van Jansen & Partners volgt", ["Jansen & Partners"]),  # company words beside a surname
    ],
)
def test_supplier_names_in_running_text(supplier: NlSupplierRecognizer, text: str, expected: list[str]) -> None:
    assert found_texts(supplier, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het Bureau Integriteit onderzoekt de melding.",
        "De Directie Handhaving & Toezicht neemt het over.",
        "De afdeling Zorg & Welzijn en het team Onderzoek & Analyse",
        "het thema Performance & Development",  # two unknown words without a surname: a theme
        "Beheer & Onderhoud levert de planning.",  # company words alone on one side, no surname on the other
        "Wij vragen de Landelijk Adviseurs om advies.",
        "Het team Toezicht Advies meldt dit.",
        "belegd bij kantoor Individueel Onderzoek in Amsterdam",
        "via Team Handhaving Training wordt dit geregeld",
        "door Performance & Development op concernniveau",
        "Contacten Leveren & Services",
        "Het Ministerie van Justitie en Veiligheid B.V.",
        "De Nederlandsche Bank houdt toezicht.",
        "5. Inschrijv levert alle informatie. 6. Inschrijv is akkoord.",  # a sentence's first word only
        "Samenwerking levert veel op.",
        "Jan Jansen en de gemeente Almere leveren.",
    ],
)
def test_units_themes_and_public_bodies_are_no_supplier(supplier: NlSupplierRecognizer, text: str) -> None:
    assert found_texts(supplier, text) == []


def test_a_person_listed_with_a_supplier_is_no_organisation(supplier: NlSupplierRecognizer) -> None:
    assert found_texts(supplier, "zoals Jan Jansen en Brizee Advies.") == ["Brizee Advies"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name met only at a sentence's start, asking a price right after it
        ("Er zijn twee reacties.\n\nVopak vraagt € 83.897,12 voor de hele looptijd.", ["Vopak"]),
        ("Capgemini rekent ongeveer € 95 per uur.", ["Capgemini"]),
        # a firm with '&' of which one side reads as a name, whatever the other side is
        ("Bos & van Kempen vraagt € 27.048,74 voor het geheel.", ["Bos & van Kempen"]),
        ("Doesburg & Shupe levert de software.", ["Doesburg & Shupe"]),
        # a company word beside a place or a listed name that is also a word: a firm even at a sentence's start
        ("Er zijn twee reacties.\n\nLutterveld Groep vraagt € 11.901,39 voor de hele looptijd.", ["Lutterveld Groep"]),
        ("Er zijn twee reacties.\n\nRoyal Wolfswinkel vraagt € 182,82 per uur.", ["Royal Wolfswinkel"]),
        # who made a bid, met only at a sentence's start
        ("Er zijn twee reacties.\n\nRockwool heeft ook een offerte uitgebracht.", ["Rockwool"]),
        ("Sweco heeft een prijs van € 5.000,00 afgegeven.", ["Sweco"]),
        # a listed surname beside a word no list knows: a firm, not a person
        ("Hendrix Genetics heeft een prijs van € 5.000,00 afgegeven.", ["Hendrix Genetics"]),
        # after a bureau word a listed surname is the firm's name, also at a line's start and if it is a word too
        ("Aanvrager: Koninklijke Estey\n\nBegroting", ["Koninklijke Estey"]),
        ("heb je de prijs van Royal van Gemert al?", ["Royal van Gemert"]),
        # an acronym with its price or bid right after it
        ("BAM heeft een prijs van € 5.000,00 afgegeven. DHL vraagt € 300,00.", ["BAM", "DHL"]),
    ],
)
def test_who_asks_a_price_is_a_supplier(supplier: NlSupplierRecognizer, text: str, expected: list[str]) -> None:
    assert found_texts(supplier, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vopak vraagt om een toelichting.",  # asking without a price after the verb
        "Inschrijv vraagt een verlenging.",
        "Het college vraagt € 2 miljoen voor het programma.",  # a public body asks its budget
        "UWV vraagt € 50 eigen bijdrage.",
        "Jan Smit vraagt € 20 voor de lunch.",  # a person, not a firm
        "Markt & Ontwikkeling vraagt € 5.000 voor het project.",  # a department: both sides Dutch words
        "Inkoop Groep vraagt € 5.000 voor het project.",  # a company word beside a Dutch word: a team
        "Onderzoek Groep levert de cijfers.",  # only company words
        "Niemand heeft een offerte gestuurd. Iedereen heeft een prijs genoemd.",  # Dutch words, no names
        "De gemeente heeft een offerte gevraagd.",
        "Jan Jansen heeft een offerte gedaan.",  # a person
        "Jansen heeft een offerte gedaan.",  # one listed surname: as likely a sole trader
        "Bureau Jeugdzorg belt. Koninklijke Bibliotheek is open.",  # a Dutch word after the bureau word
        "Sweco heeft een offerte ontvangen. Arcadis heeft een offerte gevraagd.",  # asked or got one: not the bidder
        "KEMA levert de keuring. IT heeft een offerte uitgebracht.",  # an acronym without a price; two letters
    ],
)
def test_asking_without_a_firm_or_a_price_is_no_supplier(supplier: NlSupplierRecognizer, text: str) -> None:
    assert found_texts(supplier, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De offerte van Raben Group komt uit op € 12.500.", ["Raben Group"]),
        ("Het bod van Arcadis is hoger dan verwacht.", ["Arcadis"]),
        ("Zie de factuur van Qbuzz over maart.", ["Qbuzz"]),
        ("heb je de prijs van Microsoft al?", ["Microsoft"]),  # a supplier's price
        ("De offerte van BAM komt uit op € 4.000,00.", ["BAM"]),
    ],
)
def test_the_name_after_a_suppliers_document_or_bid(
    supplier: NlSupplierRecognizer, text: str, expected: list[str]
) -> None:
    assert found_texts(supplier, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De offerte van Jansen volgt.",  # one listed surname: as likely a sole trader as a firm
        "De offerte van Jan Smit ligt er.",  # a person
        "Bijlage VIII: Offerte van Inschrijver.",  # a contract's defined term
        "De factuur van de Gemeente Almere is betaald.",  # a public body
        "Het voorstel van Arcadis volgt.",  # no supplier's document
        "Het tarief van UWV is hoger. De prijs van Nederland daalt.",  # a public body, a place
    ],
)
def test_no_firm_after_a_suppliers_document(supplier: NlSupplierRecognizer, text: str) -> None:
    assert found_texts(supplier, text) == []
