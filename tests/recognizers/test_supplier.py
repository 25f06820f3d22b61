"""ORGANIZATION: the supplier's name, address and website in a quote; never a public body."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector import Detector
from detector.detector import Analysis
from detector.settings import Settings
from recognizers.nl_supplier import NlSupplierRecognizer

FIXTURES = Path(__file__).parent.parent / "fixtures" / "business"


@pytest.fixture(scope="module")
def supplier() -> NlSupplierRecognizer:
    return NlSupplierRecognizer()


def found(recognizer: NlSupplierRecognizer, text: str) -> list[str]:
    results = sorted(recognizer.analyze(text, ["ORGANIZATION"]), key=lambda r: (r.start, -r.end))
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Offerte van Voorbeeld Advies B.V. voor de gemeente", ["Voorbeeld Advies B.V."]),
        ("Snel & Schoon VOF levert. Snel & Schoon belt.", ["Snel & Schoon VOF", "Snel & Schoon"]),
        ("Namens Stichting Jeugd en Samenleving", ["Stichting Jeugd en Samenleving"]),
        # a foundation's name never ends in a connector
        ("De Stichting Centrum voor Onderzoek van het recht belde.", ["Stichting Centrum voor Onderzoek"]),
        ("Vereniging Vrienden van de Stad voor de regio", ["Vereniging Vrienden van de Stad"]),
        ("Leverancier: Trainingsbureau De Brug", ["Trainingsbureau De Brug"]),
        # a proper name with a company word: inside a sentence, or a known surname at its start
        ("het startgesprek tussen Wolfsdr Advies en de gemeente", ["Wolfsdr Advies"]),
        ("Huisman Groep gaat de sessies leiden.", ["Huisman Groep"]),
        ("De methode van Koninklijke Speijer werkt.", ["Koninklijke Speijer"]),
        ("De banken komen van Koninklijke van Praagh.", ["Koninklijke van Praagh"]),  # interfixes after it
        ("Zie Bureau van Beheer.", []),  # a Dutch word after the interfix: a unit
        # a lowercase "bv" and the European "SE" before a capital or a line end
        ("Voorbeeld Holland bv Eenmalige uitkering", ["Voorbeeld Holland bv"]),
        ("Zeevaart Contractors SE Pensioencompensatie", ["Zeevaart Contractors SE"]),
        # a contract's party list: the item's number is no part of the name
        ("2. Schoonmaakbedrijf Vermeulen B.V., KvK 12345678", ["Schoonmaakbedrijf Vermeulen B.V."]),
        ("Paraaf Convertium B.V. :", ["Convertium B.V."]),  # a form's label is no part of the name
        # a surname's interfix leads the firm's name after a label, a separator or a preposition
        ("Leverancier: van Riet Groep\n", ["van Riet Groep"]),
        ("De offerte van van Kempen BV is laag.", ["van Kempen BV"]),
        ("Partijen: de gemeente en de Korte NV.", ["de Korte NV"]),
        # after a noun the "van" is a preposition, and only the interfix after it leads the name
        ("de prijs van Kempen BV is hoog", ["Kempen BV"]),
        ("de prijs van de Noordmark BV is hoog", ["de Noordmark BV"]),
        # an applicant's organisation after its label; a person applying is left to the person recognizers
        ("Aanvrager: Trespa\n\nBegroting", ["Trespa"]),
        ("Naam aanvrager: van Oudewater Groep\n", ["van Oudewater Groep"]),
        ("Aanvrager: Petra Jansen\nAanvrager: mevr. P. Jansen\nAanvrager: J.P. Smit\n", []),
        # a one-person firm named after its owner and trade, filling its line or cell
        ("Jan Pouls training en verkeersadvies 3.146\n", ["Jan Pouls training en verkeersadvies"]),
        ("| Piet de Vries installatietechniek | € 3.000 |", ["Piet de Vries installatietechniek"]),
        ("De gemeente heeft Jan Pouls advies gevraagd.", []),
        # a capitalised interfix leads a firm's name; a "De" opening a sentence is its article
        ("Wij spraken met Van den Berg BV over de planning.", ["Van den Berg BV"]),
        ("Leverancier: Van den Berg & van Oirschot Holding BV\n", ["Van den Berg & van Oirschot Holding BV"]),
        # more supplier labels
        ("Besteld bij: Fugro\n", ["Fugro"]),
        ("Aannemer: Heijmans Infra\n", ["Heijmans Infra"]),
        ("Naam inschrijver: Omron\n", ["Omron"]),
        # to whom the body awards or gives its order; a compound of a Dutch word and a company word is one too
        ("Wij adviseren te gunnen aan Breman Installatiegroep voor € 2.938,52.", ["Breman Installatiegroep"]),
        ("De stoelen zijn besteld bij Omron.", ["Omron"]),
        # the party an agreement is concluded with; a public body or a person is none
        ("Het contract met DSV loopt op 1 januari af.", ["DSV"]),
        ("Deze overeenkomst is aangegaan met Jansen en Zonen B.V. te Utrecht.", ["Jansen en Zonen B.V."]),
        ("De overeenkomst met de gemeente Almere is getekend.", []),
        ("Het contract met Jan de Vries is getekend.", []),
        # a chat message's firm that wants a price
        ("[10:01] Anna: Esso wil € 95 per uur\n", ["Esso"]),
        # a brand in camel case; a person's "Mc" or "Le" before the inner capital is too short for one
        ("De offerte van FrieslandCampina bedraagt € 12.000.", ["FrieslandCampina"]),
        ("VodafoneZiggo vraagt € 95 per maand.", ["VodafoneZiggo"]),
        ("De offerte van McArthur bedraagt € 12.000.", []),
        # a supplier label in a compound or after an adjective
        ("Voorkeursleverancier: Stichter & Kamp\n", ["Stichter & Kamp"]),
        ("Onderaannemer: Relx\nWinnende inschrijver: Voortman Steel Group\n", ["Relx", "Voortman Steel Group"]),
        ("Huurovereenkomst\n\nVerhuurder: Brocacef\nHuurprijs per maand: € 1.200\n", ["Brocacef"]),
        ("Huurovereenkomst\n\nVerhuurder: Jan de Vries\nHuurprijs per maand: € 1.200\n", []),  # a citizen
        # a ranked list's item: a company name at the start of a line that prices it; a heading alone is none
        ("Rangorde:\n1. Vial Groep, inschrijfsom € 12.000\n", ["Vial Groep"]),
        ("Memo\n\nJuridisch Advies\n\nDe kosten zijn € 5.000.", []),
        # one firm with two trades joined by "en"
        ("te gunnen aan Flynth Adviseurs en Accountants voor € 9.000.", ["Flynth Adviseurs en Accountants"]),
        # an interfix after a conjunction or pronoun leads the name; "de" always does
        ("Afgesproken is dat van der Horst & Chrodtrud het werk doet.", ["van der Horst & Chrodtrud"]),
        ("Hierbij geven wij de Graaf NV opdracht.", ["de Graaf NV"]),
        # a listed surname that is also a word names a firm after a lowercase interfix, not alone
        ("[11:15] Tom: de Pauw Groep heeft gebeld\n", ["de Pauw Groep"]),
        ("Het rapport noemt een Pauw Groep als voorbeeld.", []),
        ("Dit valt onder het convenant van Midden Nederland.", []),
        # a foundation or association named by a compound (Woningstichting, Huurdersvereniging): Dutch words count
        ("Hierbij geven wij Woningstichting Eigen Haard opdracht voor € 12.000.", ["Woningstichting Eigen Haard"]),
        # the firm the body gives its order to, named before "opdracht": a listed surname alone too
        ("Hierbij geven wij Berenschot opdracht voor de werkzaamheden.", ["Berenschot"]),
        ("Hierbij verstrekken wij Mainfreight de opdracht voor het onderzoek.", ["Mainfreight"]),
        ("Daarom geven wij Team Inkoop opdracht om te bestellen.", []),  # a unit of the body
        # after a royal warrant a word ending like a plural is still the name; "Royal" leads, it does not trail
        ("Hierbij verstrekken wij Koninklijke Zwijsen de opdracht voor € 5.000.", ["Koninklijke Zwijsen"]),
        ("Leverancier Royal van de Wiel rekent € 12 per werkplek.", ["Royal van de Wiel"]),
        # after a royal warrant and an interfix a place is a surname; "Royal" is no person's first name there
        ("[10:01] Anna: Koninklijke van Dalem wil € 95 per uur\n", ["Koninklijke van Dalem"]),
        ("Aanvraag subsidie\n\nAanvrager: Royal van Beeck\n", ["Royal van Beeck"]),
        # a listed surname that is also a word, beside a name with "&"; words on both sides are a theme
        ("[11:15] Tom: Vink & Geneart heeft gebeld, ze gaan naar € 95 per uur\n", ["Vink & Geneart"]),
        ("1. Prins & van Breukelveen, inschrijfsom € 4.500\n", ["Prins & van Breukelveen"]),
        ("Zorg & Welzijn rekent € 95 per uur.", []),
        # a place before a company word: a firm in a sentence about its price, not elsewhere
        ("Afgesproken is dat Doesburg Groep het werk uitvoert voor € 44.652.", ["Doesburg Groep"]),
        ("Het overleg met Utrecht Advies over de planning was goed.", []),
        ("Groen & Vink rekent € 95 per uur.", []),
        # a national public body with a royal name is no supplier
        ("De Koninklijke Marechaussee rekent € 12 per uur.", []),
        # an acronym before a company word, in a sentence about a supplier's price only; never a unit
        ("Hierbij geven wij OVG Groep opdracht conform uw offerte voor € 12.000.", ["OVG Groep"]),
        ("Het overleg met OVG Groep was goed.", []),
        ("Afdeling HR Advies rekent € 95 per uur.", []),
        # a bare "van" right after another preposition leads the name, even of a word ending like a plural ...
        ("Wij stellen voor de opdracht te verlenen aan van Ooyen Groep.", ["van Ooyen Groep"]),
        # ... after an article such a word is a noun, and a bare "van" after a noun a preposition
        ("Het overleg met de Vrijwilligers Groep was goed.", []),
        ("Het advies van Vrijwilligers Groep was goed.", []),
        # a hyphenated name with a bureau or company word
        ("Wij betaalden de factuur van Koninklijke West-Francië.", ["Koninklijke West-Francië"]),
        ("Het advies kwam van Vroegop-Windig Advies.", ["Vroegop-Windig Advies"]),
        # to whom the body gives its order; a foundation's name with "van den"
        ("Wij stellen voor de opdracht te verlenen aan Brocacef.", ["Brocacef"]),
        ("Wij hebben opdracht gegeven aan Mainfreight.", ["Mainfreight"]),
        ("de opdracht te verlenen aan Stichting van den Brink voor", ["Stichting van den Brink"]),
    ],
)
def test_names(supplier: NlSupplierRecognizer, text: str, expected: list[str]) -> None:
    assert found(supplier, text) == expected


def test_opdrachtnemer_block(supplier: NlSupplierRecognizer) -> None:
    text = (
        "Opdrachtgever:\nGemeente Almere\nPostbus 200\n\n"
        "## Opdrachtnemer\n"
        "Trainingsbureau De Brug\nKerkstraat 5\n1234 AB Lelystad\nVertegenwoordigd door: J. de Vries\n"
    )
    assert found(supplier, text) == ["Trainingsbureau De Brug", "Kerkstraat 5", "1234 AB Lelystad"]


def test_footer_block_and_later_mentions(supplier: NlSupplierRecognizer) -> None:
    text = (
        "De algemene voorwaarden van NTA zijn van toepassing.\n\n"
        "Onderzoeksbureau NTA B.V. | Dorpsstraat 1 | 9999 ZZ Ergens | www.nta-onderzoek.nl | KvK 87654321\n"
    )
    assert found(supplier, text) == [
        "NTA",
        "Onderzoeksbureau NTA B.V.",
        "Dorpsstraat 1",
        "9999 ZZ Ergens",
        "www.nta-onderzoek.nl",
    ]


def test_letterhead_under_a_legal_name(supplier: NlSupplierRecognizer) -> None:
    text = "Voorbeeld Advies B.V.\nStationsweg 12\n3511 AB Utrecht\nwww.voorbeeldadvies.nl\n\nGeachte heer,\n"
    assert found(supplier, text) == [
        "Voorbeeld Advies B.V.",
        "Stationsweg 12",
        "3511 AB Utrecht",
        "www.voorbeeldadvies.nl",
    ]


def test_a_document_number_under_a_legal_name_is_no_address(supplier: NlSupplierRecognizer) -> None:
    text = "Voorbeeld Advies B.V.\nOfferte nummer 2023-118\nFactuurnummer 2023-0114\nStationsweg 12\n\nGeachte heer,\n"
    assert found(supplier, text) == ["Voorbeeld Advies B.V.", "Stationsweg 12"]


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Almere\nT.a.v. de heer P. Bakker\nPostbus 200\n1300 AE ALMERE",  # addressee, no company data
        "Gemeente Almere | Stadhuisplein 1 | KvK 12345678 | IBAN NL91ABNA0417164300",  # the municipality's own
        "Opdrachtnemer: Gemeente Lelystad",
        "Het Ministerie van Justitie en Veiligheid B.V.",  # a public body, whatever the suffix
        "De opdrachtnemer zal de werkzaamheden uitvoeren.",  # prose, no label block
        "| Omschrijving | Prijs |\n|---|---|\n| Totaal | € 1.000 |\n| 21% btw | € 210 |",  # a price table is no block
        "Wij adviseren een CV van de kandidaat.",
        "Juridisch Advies\n\nHet advies luidt als volgt.",  # a heading, not a company
        "Goed Advies is belangrijk.",
        "Het Advies van de commissie volgt.",
        "Gemeente Almere Advies",
        "Zie bv het rapport van Voorbeeld.",  # "bijvoorbeeld"
        "Gebruik Bv. Voorbeeld als sjabloon.",
        # umbrella associations of public bodies
        "De Vereniging van Nederlandse Gemeenten (VNG) adviseert gemeenten hierover.",
        "Stichting Samenwerkende Waterschappen en de Unie van Waterschappen",
    ],
)
def test_public_bodies_and_prose_not_suggested(supplier: NlSupplierRecognizer, text: str) -> None:
    assert found(supplier, text) == []


def test_in_an_offerte_the_supplier_block_is_5_1_1_c(detector: Detector) -> None:
    text = (FIXTURES / "offerte.md").read_text(encoding="utf-8")
    analysis = detector.run(text)
    assert analysis.doc_type == "offerte"
    organisations = {s.text for s in analysis.suggestions if s.entity_type == "ORGANIZATION"}
    # The letterhead's address is an organisation's, not a home (no ADDRESS/POSTCODE): supplier data all the same.
    assert organisations == {
        "Voorbeeld Advies B.V.",
        "Voorbeeld Advies",
        "www.voorbeeldadvies.nl",
        "Stationsweg 12",
        "3511 AB Utrecht",
    }
    assert {s.ground for s in analysis.suggestions if s.entity_type == "ORGANIZATION"} == {"5.1(1)c"}
    assert not any("Almere" in s.text for s in analysis.suggestions)


def test_outside_a_quote_an_organisation_stays_public(detector: Detector) -> None:
    text = "Besluit op uw Woo-verzoek\n\nVoorbeeld Advies B.V. heeft in 2016 een offerte uitgebracht.\n"
    analysis = detector.run(text)
    assert analysis.doc_type == "besluit"
    assert [s for s in analysis.suggestions if s.entity_type == "ORGANIZATION"] == []
    assert {p.text for p in analysis.public if p.entity_type == "ORGANIZATION"} == {"Voorbeeld Advies B.V."}


def test_an_applicant_led_by_a_royal_warrant_is_a_firm_not_a_person(detector: Detector) -> None:
    text = "Aanvraag subsidie Vitale Wijken 2024\n\nAanvrager: Royal van Beeck\n\nBegroting: € 1.140\n"
    suggestions = detector.run(text).suggestions
    assert [(s.text, s.entity_type, s.ground) for s in suggestions if "Beeck" in s.text] == [
        ("Royal van Beeck", "ORGANIZATION", "5.1(1)c")
    ]


MEMO = "Intern memo\n\nAan\nTeam Veiligheid\n\nDe analyse wordt uitgevoerd door Dekker Consultancy.\n"


def organisations(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(s.text, s.ground) for s in analysis.suggestions if s.entity_type == "ORGANIZATION"]


def test_an_organisation_named_outside_business_data_stays_public_with_its_reason(detector: Detector) -> None:
    mail = (
        "Van: Jan Bakker\nAan: team subsidies\nOnderwerp: aanvraag\n\nHoi, Stichting De Boog heeft gisteren "
        "gebeld over de aanvraag. Vereniging Groen Dorp komt volgende week langs.\n\nGroet, Jan\n"
    )
    for text in (MEMO, mail):
        analysis = detector.run(text)
        assert analysis.doc_type in {"memo", "email"}
        assert organisations(analysis) == []
        public = [p for p in analysis.public if p.entity_type == "ORGANIZATION"]
        assert public and all("geen bedrijfsgegeven" in p.reason for p in public)
    assert {p.text for p in detector.run(mail).public if p.entity_type == "ORGANIZATION"} == {
        "Stichting De Boog", "Vereniging Groen Dorp"
    }


def test_a_name_in_a_sentence_about_its_price_is_business_data_and_so_is_each_later_mention(
    detector: Detector,
) -> None:
    text = (
        "Intern memo\n\nAan\nTeam Veiligheid\n\nDekker Consultancy B.V. heeft voor de training een offerte van "
        "€ 12.500 uitgebracht.\nWe hebben eerder goede ervaringen gehad met Dekker Consultancy.\n"
    )
    analysis = detector.run(text)
    assert analysis.doc_type == "memo"
    assert organisations(analysis) == [("Dekker Consultancy B.V.", "5.1(1)c"), ("Dekker Consultancy", "5.1(1)c")]


def test_a_body_that_redacts_every_supplier_name_gets_it_in_a_memo_too(tmp_path: Path) -> None:
    profile = tmp_path / "profiel.toml"
    profile.write_text(
        'name = "Gemeente Voorbeeld"\ntooi = "https://identifier.overheid.nl/tooi/id/gemeente/gm9999"\n'
        '[policy]\nsupplier_names = "redacted"\n',
        encoding="utf-8",
    )
    analysis = Detector(Settings(_env_file=None, profile=profile)).run(MEMO)
    assert organisations(analysis) == [("Dekker Consultancy", "5.1(1)c")]


BIDS = """\
Beoordeling inschrijvingen

Inschrijver | Prijs | Uurtarief | Score
Rubben Groep | € 73.246,26 | € 326,39 | 8,5
van Arkel & Groen | € 61.000,00 | € 95,00 | 7,0
3W Vastgoed | € 64.500,00 | € 99,00 | 6,5
Gemiddelde score | € 66.248,75 | € 173,46 | 7,3
Totaal | € 198.746,26 | | |
12 | € 0,00 | | |
"""


def test_a_price_tables_supplier_column_holds_names(supplier: NlSupplierRecognizer) -> None:
    assert found(supplier, BIDS) == ["Rubben Groep", "van Arkel & Groen", "3W Vastgoed"]


def test_a_supplier_column_without_a_price_column_names_no_supplier(supplier: NlSupplierRecognizer) -> None:
    text = "Inschrijver | Score | Opmerking\nRubben Groep | 8,5 | goed\nDe Wit | 7,0 | redelijk\n"
    assert found(supplier, text) == []
