"""Special categories (5.1(1)d), dates of birth and IBANs with a failed check, on small notes written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from faker import Faker

from recognizers.nl_date_of_birth import NlDateOfBirthRecognizer
from recognizers.nl_iban_unchecked import NlUncheckedIbanRecognizer
from recognizers.nl_special_category import NlSpecialCategoryRecognizer
from tests.recognizers.assertions import analyze, suggested_texts

fake = Faker("nl_NL")
Faker.seed(14)
NAME = fake.name()
BORN = fake.date_of_birth(minimum_age=25, maximum_age=60)

NOTA = f"""\
Nota verzuim team Publiekszaken

Mevrouw {NAME} (geboren op {BORN:%d-%m-%Y}) is sinds maart met een burn-out thuis. Zij gebruikt antidepressiva
en is onder behandeling van een psycholoog. Haar collega is moslim en vraagt ruimte voor het gebed.
Hij is in 2019 veroordeeld en heeft een taakstraf uitgevoerd.
"""


def test_a_nota_with_health_religion_and_criminal_data() -> None:
    results = analyze(NlSpecialCategoryRecognizer(), NOTA)
    found = {(NOTA[r.start : r.end], r.recognition_metadata["category"]) for r in results}
    assert found == {
        ("burn-out", "health"),
        ("antidepressiva", "health"),
        ("psycholoog", "health"),
        ("moslim", "religion"),
        ("veroordeeld", "criminal"),
        ("taakstraf", "criminal"),
    }
    assert all("in een zin over een persoon" in r.recognition_metadata["evidence"] for r in results)


@pytest.mark.parametrize(
    ("text", "term", "category"),
    [
        ("Mevrouw Bakker is vakbondslid.", "vakbondslid", "union"),
        ("Hij is lid van de FNV.", "lid van de FNV", "union"),
        ("Zij sprak met ons over haar politieke voorkeur.", "politieke voorkeur", "politics"),
        ("Hij vertelde dat hij homoseksueel is.", "homoseksueel", "sexuality"),
        ("Van betrokkene zijn vingerafdrukken afgenomen.", "vingerafdrukken", "biometric"),
        ("Hij is positief getest op corona.", "corona", "health"),
        ("Zij is ziek gemeld sinds 3 maart.", "ziek gemeld", "health"),
        # terms the special-category probe (training/special_probe.py) found missing on its first run
        ("Haar dochter wordt behandeld voor een eetstoornis.", "eetstoornis", "health"),
        ("Mevrouw Bakker vast tijdens de ramadan.", "ramadan", "religion"),
        ("De heer Smit is Jehova's getuige.", "Jehova's getuige", "religion"),
        ("Mevrouw Bakker heeft een Turkse achtergrond.", "Turkse achtergrond", "ethnicity"),
        ("Hij zat een celstraf van zes maanden uit.", "celstraf", "criminal"),
        # terms the held-out rows of the probe found missing on their first run
        ("Mevrouw Bakker heeft astma.", "astma", "health"),
        ("De heer Smit heeft een bipolaire stoornis.", "bipolaire stoornis", "health"),
        ("Hij kreeg een voorwaardelijke straf van drie maanden.", "voorwaardelijke straf", "criminal"),
        ("Hij zat tot 2021 in de gevangenis.", "gevangenis", "criminal"),
        ("De heer Smit is lid van de SP.", "lid van de SP", "politics"),
        ("De familie Jansen is van Roma-afkomst.", "Roma-afkomst", "ethnicity"),
    ],
)
def test_the_other_categories_of_the_uavg(text: str, term: str, category: str) -> None:
    results = analyze(NlSpecialCategoryRecognizer(), text)
    assert [(text[r.start : r.end], r.recognition_metadata["category"]) for r in results] == [(term, category)]


def test_a_councillors_party_is_no_special_category() -> None:
    text = "De raadsleden dhr. Smit (VVD) en mw. Yilmaz (GL) stemden tegen."
    assert suggested_texts(NlSpecialCategoryRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bij ziekte of een burn-out van een werknemer betaalt de werkgever twee jaar het loon door.",
        "Een depressie komt vaak voor; de bedrijfsarts beoordeelt de belastbaarheid.",
        "Het aantal veroordelingen is in 2023 gedaald.",
        "Bij een klant met een strafrechtelijk verleden vraag je een VOG op.",  # a handbook's hypothetical client
        "Het gezin is de basis; een gezin met een migratieachtergrond krijgt hulp.",  # no named family
    ],
)
def test_general_text_about_illness_or_crime_names_no_one(text: str) -> None:
    assert suggested_texts(NlSpecialCategoryRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Betrokkene zat tot 2021 in detentie.", "detentie"),  # the word case files use for the person
        ("Uit het dossier blijkt dat hij alcoholverslaafd is.", "alcoholverslaafd"),
        ("De belanghebbende is sinds maart zwanger.", "zwanger"),
        ("Op 3 mei is R. Hendriks aangehouden.", "aangehouden"),  # a person named by initials and surname
        ("Op 3 mei is Th. de Wit aangehouden.", "aangehouden"),  # also with a Dutch two-letter initial
        ("Betrokkene is bekend bij de GGZ.", "bekend bij de GGZ"),
        ("Hij heeft een strafrechtelijk verleden.", "strafrechtelijk verleden"),
    ],
)
def test_the_person_a_case_file_is_about(text: str, term: str) -> None:
    assert suggested_texts(NlSpecialCategoryRecognizer(), text) == [term]


def test_date_of_birth_after_a_label_only() -> None:
    recognizer = NlDateOfBirthRecognizer()
    assert suggested_texts(recognizer, NOTA) == [f"{BORN:%d-%m-%Y}"]
    assert suggested_texts(recognizer, f"Geboortedatum:\n{BORN:%d-%m-%Y}") == [f"{BORN:%d-%m-%Y}"]
    assert suggested_texts(recognizer, f"De vergadering van {BORN:%d-%m-%Y} is verplaatst.") == []


def test_dates_of_birth_in_a_column_under_a_birth_label() -> None:
    recognizer = NlDateOfBirthRecognizer()
    born, decided = f"{BORN:%d-%m-%Y}", "01-02-2024"
    pipes = f"| Naam | Geboortedatum | Besluit |\n|---|---|---|\n| {NAME} | {born} | {decided} |\n| X | {decided} | |\n"
    assert suggested_texts(recognizer, pipes) == [born, decided]  # every date under the label, none beside it
    tabs = f"Naam\tGeb. datum\tBesluit\n{NAME}\t{born}\t{decided}\nY\t1 november 1990\t{decided}\n"
    assert suggested_texts(recognizer, tabs) == [born, "1 november 1990"]
    assert suggested_texts(recognizer, f"| Naam | Datum besluit |\n|---|---|\n| {NAME} | {decided} |\n") == []


def test_a_date_in_brackets_after_a_person_named_with_initials_or_a_title() -> None:
    recognizer = NlDateOfBirthRecognizer()
    born = f"{BORN:%d-%m-%Y}"
    for text in (f"Verdachte: J. de Vries ({born}), wonende te Almere.", f"dhr. K. Smit ({born}) verzoekt"):
        assert suggested_texts(recognizer, text) == [born]
    recent = f"01-02-{date.today().year}"
    assert suggested_texts(recognizer, f"de brief van J. Jansen ({recent})") == []  # too recent for a birth
    assert suggested_texts(recognizer, f"Het Stadhuis ({born}) is gesloten.") == []  # no person named


def test_iban_after_a_label_with_a_failed_check_is_proposed_lower_and_says_so() -> None:
    good = fake.iban()
    broken = good[:-1] + str((int(good[-1]) + 1) % 10)
    recognizer = NlUncheckedIbanRecognizer()
    text = f"IBAN: {broken}\nTen name van {NAME}"
    results = analyze(recognizer, text)
    assert [(text[r.start : r.end], r.score) for r in results] == [(broken, 0.6)]
    assert "controlegetal (mod 97) klopt niet" in results[0].recognition_metadata["evidence"]
    assert analyze(recognizer, f"IBAN: {good}") == []  # a valid one is NlIbanRecognizer's
    assert analyze(recognizer, f"Zaaknummer {broken}") == []  # no IBAN label
