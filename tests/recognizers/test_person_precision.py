"""Precision: capitalised Dutch words that are not names never become a PERSON suggestion."""

from __future__ import annotations

import pytest

from recognizers.nl_person import NlPersonRecognizer
from tests.recognizers.assertions import suggested_texts


@pytest.fixture(scope="module")
def person() -> NlPersonRecognizer:
    return NlPersonRecognizer()


NOT_NAMES = [
    # a role followed by a capitalised term, and an initial before a compound noun of rules
    "Loon uit niet verzekeringsplichtige arbeid (bijvoorbeeld Directeur Groot Aandeelhouder)",
    "Eis T. Beveiligingsnormen\n\na. v.",
    # English business words in a signature and a list of firms
    "Met vriendelijke groet,\n\n(geanonimiseerd)\n\nAdviseur\n\nBusiness AJD\n",
    "Cadix\n\n0,23%\n\nVital Performance\n\n0,22%\n",
    # a legal form is no initials, a code's suffix no initial, a linking word no surname
    "Trigion Beveiliging B.V. Falcktoeslag\nalgemene reservetoeslag",
    "Prins B.V. Seniorentoeslag\nGMM luchttechniek B.V. Dienstjarentoeslag\nCAO verpleeg- en verzorgingshuizen",
    "het verschil tussen C22 en C26-I. Waarbij je C26-I maximeert tot C27.",
    # a place by the name it goes by; an article and noun after a sentence that ended inside brackets
    "Regiovestiging Den Bosch 17\nRegiovestiging Doetinchem 6",
    "de nationale wetgeving aan de Richtlijn voldoen.)De Richtlijn maakt ook een wijziging",
    # places, months, days, organisation and policy words
    "In Almere is de Veiligheid in Mei goed geregeld.",
    "Veiligheid en Leefbaarheid staan centraal in Almere Haven.",
    "Op Maandag 3 Juni en Dinsdag 4 Juli vergadert de Raad.",
    "Gemeente Almere\nStafdienst Bestuurszaken\nAfdeling Veiligheid",
    "Het Rijk en de Staat betalen; het Ministerie van Justitie en Veiligheid beslist.",
    "De Rechtbank Midden-Nederland, sector Bestuursrecht, Postbus 16005, 3500 DA Utrecht.",
    "Den Haag en De Bilt liggen niet in Flevoland.",
    "Het Actieprogramma Veiligheid 2014 - 2017 van de Gemeenteraad.",
    # sentence and line starts, headings, lists
    "Netwerkregisseur\n\nDe netwerkregisseur werkt nauw samen met de projectleider.",
    "Formele sleutelfiguren kunnen professionals zijn. Informele sleutelfiguren zijn burgers.",
    "Taken van de netwerkregisseur:\n• Ontsluiten van netwerken\n• Verbinden van partners",
    "1 Inleiding\n1.1 Uw situatie\n1.2 Uw vraag\n2 Visie op de opdracht",
    "Voordeel\n- De analyse levert een beeld op.\nNadeel\n- Geen.",
    "Samenvatting van het gesprek: Franc stelt vast dat er nadelen zijn.",
    "Datum\n7 februari 2017\n\nKenmerk\n\nPagina\n1/3",
    # greetings and headers that hold no name
    "Geachte heer/mevrouw,\n\nWij hebben uw verzoek ontvangen.",
    "Beste collega's,\n\nDe vergadering gaat niet door.",
    "Beste allen, tot morgen.",
    "Gemeente Almere, t.a.v. Juridische zaken bezwaar en beroep, Postbus 200.",
    "Aan: Gemeente Almere\nVan: Team Inkoop\nOnderwerp: Offerte",
    "Aan\nLeden van de Veiligheidsdriehoek\nKopie aan",
    "Hoogachtend,\n\nBurgemeester en wethouders van Almere,\nNamens hen,",
    "Met vriendelijke groet,\n\nGemeente Almere\nAfdeling Veiligheid",
    # function lines and roles without a name
    "Teamleider Inkoop\nAdviseur Veiligheid",
    "De burgemeester en de wethouder van Financiën overleggen met de minister.",
    # addresses, e-mail and web addresses
    "Bezoek ons op www.almere.nl of mail naar J.Jansen@Minvenj.NL.",
    "Neem contact op via almere.nl/contactformulier.",
    "Stadhuisplein 1, 1315 HR Almere.",
    # organisations and abbreviations
    "NCTV, GGD Flevoland en het Veiligheidshuis Almere werken samen.",
    "De offerte van Adviesbureau Noord B.V. is ontvangen.",
    "Uitbetaling via ING Consignatietoeslag en via MR Advies.",  # an acronym is no title without its period
    "Zie Bijlage A. Aanpak en Bijlage B. Planning.",
    # names inside names of streets, funds, firms and offices
    "Het kantoor staat aan de Jan Pieterszoon Coenstraat 12.",
    "Subsidie van het Prins Bernhard Cultuurfonds.",
    "De Jong Adviesgroep BV stuurde een offerte.",
    "De Nationaal Coördinator Terrorismebestrijding en Veiligheid adviseert.",
    # a role after an interfix-like article in a list of those present
    "Aanwezig: de Commissaris van de Koning en de statengriffier.",
    # a ministry's name after a minister's title
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties schreef aan de minister van Sociale Zaken.",
    # a system's name glued to its code
    "UN1054-Leveringenregister 1,0 1,0\nUN1109-Artemis Plateau 1 1,0 1,0",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_capitalised_non_names_are_not_suggested(person: NlPersonRecognizer, text: str) -> None:
    assert suggested_texts(person, text) == []


@pytest.mark.parametrize(
    "word",
    ["Almere", "Veiligheid", "Leefbaarheid", "Januari", "Mei", "Juni", "Gemeente", "Beleid", "Zorg", "Jeugd"],
)
def test_single_capitalised_word_after_a_sentence_start(person: NlPersonRecognizer, word: str) -> None:
    assert suggested_texts(person, f"Het gaat goed. {word} is belangrijk voor ons.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gesprek met B. V. Jansen.", "B. V. Jansen"),
        ("Ik sprak met B.V. Jansen over de aanvraag.", "B.V. Jansen"),  # legal-form letters, not after a firm name
        ("Met B.V. Jansen gesproken.", "B.V. Jansen"),
        ("Contactpersoon: U.A. Stichter", "U.A. Stichter"),
        ("Jean-P. Dupont belde.", "P. Dupont"),
    ],
)
def test_spaced_initials_and_initials_after_a_name_still_count(
    person: NlPersonRecognizer, text: str, name: str
) -> None:
    assert suggested_texts(person, text) == [name]


def test_a_word_used_in_lowercase_elsewhere_is_no_name(person: NlPersonRecognizer) -> None:
    text = "Linda Netwerkregie belde.\nDe netwerkregie is belangrijk."
    assert suggested_texts(person, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Geachte heer Landen-Haring,\n\nUw aanvraag is ontvangen.", "Landen-Haring"),
        ("Ik sprak Lara van Bentheim-Kosten over de zaak.", "Lara van Bentheim-Kosten"),
        ("Teamleider Jan Smit heeft gebeld.", "Jan Smit"),
        ("Zaak 2023-014: Kim-Lee Jansen belde.", "Kim-Lee Jansen"),  # a hyphenated first name, a code before
        ("Geachte heer Beijring,\n\nUw aanvraag is ontvangen.", "Beijring"),  # old spelling before a noun ending
        ("Onze notulist, Ünsever Huijzing, maakte het verslag.", "Ünsever Huijzing"),
    ],
)
def test_double_surnames_and_role_names_still_count(person: NlPersonRecognizer, text: str, name: str) -> None:
    # a noun ending ("-ing", "-kosten") on the second part of a double surname does not make it a word
    assert suggested_texts(person, text) == [name]


@pytest.mark.parametrize(
    "text",
    ["Van Sprang & Tempo 63.843 27 2.365", "Ook Van Dijk & De Vries Advocaten werkt mee.", "Van Beek &Zn. levert."],
)
def test_a_surname_alone_before_an_ampersand_is_a_firm(person: NlPersonRecognizer, text: str) -> None:
    assert suggested_texts(person, text) == []


def test_a_surname_before_an_ampersand_and_a_title_is_still_a_name(person: NlPersonRecognizer) -> None:
    assert "Van Dijk" in suggested_texts(person, "Ik sprak Van Dijk & mw. Jansen.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dat geldt voor PI Lelystad en PI Ter Peel.", []),  # an institution's acronym before a place
        ("Het AZC Ter Apel is vol.", []),
        ("Ik sprak Van den Berg over het AZC.", ["Van den Berg"]),  # no acronym right before it
        ("In het AZC sprak de heer Ter Horst.", ["Ter Horst"]),  # a title anchors it
    ],
)
def test_an_acronym_before_a_capitalised_interfix_names_a_place(
    person: NlPersonRecognizer, text: str, names: list[str]
) -> None:
    assert suggested_texts(person, text) == names


@pytest.mark.parametrize("text", ["Contactpersoon: Aanvragen Verwerken", "Geachte Medewerkers Leveren,"])
def test_verbs_and_plural_nouns_of_general_dutch_are_no_names(person: NlPersonRecognizer, text: str) -> None:
    # Brill-NL's verbs and plural nouns are Dutch words even where deduce's common-word list has none of them
    assert suggested_texts(person, text) == []


@pytest.mark.parametrize("text", ["Contactpersoon: Ayyaruk Flink", "Met vriendelijke groet,\n\nSevican Lijn"])
def test_surnames_that_are_singular_nouns_or_adjectives_stay_names(person: NlPersonRecognizer, text: str) -> None:
    assert suggested_texts(person, text) == [text.rsplit("\n", 1)[-1].split(": ")[-1]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aan: Afdeling Water Groen\nOnderwerp: planning", []),  # a unit's name on a header line
        ("CC: Team Bos Beheer; Jan Jansen", ["Jan Jansen"]),  # the next entry is a person again
        ("Met vriendelijke groet,\n\nTeam Bos Beheer\nProvincie Utrecht", []),
        ("Het programma Piet Vijftigjarig loopt tot 2026.", []),
    ],
)
def test_the_words_after_a_unit_word_name_the_unit(person: NlPersonRecognizer, text: str, names: list[str]) -> None:
    assert suggested_texts(person, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Het zwembad De Houtvaart gaat dicht. Sporthal De Meerkamp blijft open.", []),
        ("Leerlingen van basisschool De Regenboog spelen in woonzorgcentrum De Brink.", []),
        # the facility's name alone, elsewhere in the text
        ("Sporthal De Meerkamp krijgt een nieuwe vloer. Volgens de beheerder is De Meerkamp daarna weer open.", []),
        # after a title it is a person again, and a one-person firm keeps its owner's name
        ("Morgen spreekt mevrouw De Boer in sporthal De Meerkamp.", ["De Boer"]),
        ("Ik sprak met rijschool Jan de Vries.", ["Jan de Vries"]),
        ("Ik zag in het gebouw Jan Jansen lopen.", ["Jan Jansen"]),  # a word too common to name a place
    ],
)
def test_the_words_after_a_facility_word_name_the_facility(
    person: NlPersonRecognizer, text: str, names: list[str]
) -> None:
    assert suggested_texts(person, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Memo\n\nVooruitgang Knoop is een onderwerp voor de volgende vergadering.", []),  # a noun, not a given name
        ("Memo\n\nAbuzar Hofman is er volgende week niet.", ["Abuzar Hofman"]),  # an unlisted given name still is
    ],
)
def test_a_dutch_noun_before_a_surname_is_no_given_name(
    person: NlPersonRecognizer, text: str, names: list[str]
) -> None:
    assert suggested_texts(person, text) == names


def test_a_street_before_its_house_number_and_postcode_is_no_name(person: NlPersonRecognizer) -> None:
    text = "Waterschap Rivierenland, gevestigd te Tiel, De Blomboogerd 1, 4003 BX Tiel"
    assert suggested_texts(person, text) == []
    assert suggested_texts(person, "Ik sprak Van den Berg 1 keer, in 2024.") == ["Van den Berg"]  # no postcode
