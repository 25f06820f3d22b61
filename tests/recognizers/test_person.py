"""Names: every Dutch name shape is found as one span (the name only), with ground 5.1(2)e."""

from __future__ import annotations

import pytest

from recognizers.nl_person import NlPersonRecognizer
from tests.recognizers.assertions import (
    analyze,
    assert_privacy_metadata,
    assert_result,
    explanation_of,
    suggested_texts,
)


@pytest.fixture(scope="module")
def person() -> NlPersonRecognizer:
    return NlPersonRecognizer()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # initials, interfixes, double surnames
        ("Het rapport is opgesteld door J.M. de Vries van team Jeugd.", ["J.M. de Vries"]),
        ("Het rapport is opgesteld door J. M. de Vries.", ["J. M. de Vries"]),
        ("Aanwezig was ook S.M.M. Jansen namens de afdeling.", ["S.M.M. Jansen"]),
        ("Na overleg met mw. A. El Amrani is besloten.", ["A. El Amrani"]),
        ("Het advies kwam van K. van 't Hof.", ["K. van 't Hof"]),
        ("De notulen zijn van P. ter Horst.", ["P. ter Horst"]),
        ("Mevrouw Jansen-de Boer heeft gebeld.", ["Jansen-de Boer"]),
        ("Daarna sprak Th. van der Berg de raad niet toe.", ["Th. van der Berg"]),
        # titles and salutations: span is the name, not the title
        ("Wij hebben dhr. Bakker gesproken.", ["Bakker"]),
        ("Wij hebben mevrouw Schouten uitgenodigd.", ["Schouten"]),
        ("Het stuk is van drs. ir. K. ter Horst.", ["K. ter Horst"]),
        ("Geachte heer Van der Steur,\n\nHierbij ontvangt u", ["Van der Steur"]),
        ("Geachte mevrouw El Amrani,\n\nU vroeg ons", ["El Amrani"]),
        ("Beste Fatima,\n\nDank voor je bericht.", ["Fatima"]),
        ("Hoi Linda, zie de bijlage.", ["Linda"]),
        # first name + surname without anchor
        ("Vandaag belde Linda Schouten over de subsidie.", ["Linda Schouten"]),
        ("Het overleg met Jan Peter de Vries is verplaatst.", ["Jan Peter de Vries"]),
        ("Ook Fatima El Amrani was aanwezig.", ["Fatima El Amrani"]),
        ("Geachte heer Van Voorhout,", ["Van Voorhout"]),  # a place name is a surname after an interfix
        ("Medio juni 2017\tOpvolger Emma Hendriks", ["Emma Hendriks"]),  # a table cell starts with a capital
        ("onze voorwaarden.\n\nWessel van den Corput\nzijn voor u", ["Wessel van den Corput"]),
        # surname with capitalised interfix mid-sentence
        ("Hierover is contact geweest met Van den Berg en het team.", ["Van den Berg"]),
        # e-mail headers, t.a.v., contactpersoon
        ("Van: Jansen, Piet <p.jansen@almere.nl>\nOnderwerp: verzoek", ["Jansen, Piet"]),
        ("Aan: Linda Schouten; mw. A. El Amrani\nCC: Bakker\n", ["Linda Schouten", "A. El Amrani", "Bakker"]),
        ("Gemeente Almere\nT.a.v. mevrouw S. van den Berg\nPostbus 200", ["S. van den Berg"]),
        ("T.a.v. Linda Schouten", ["Linda Schouten"]),
        ("Contactpersoon: J.M. de Vries\nTelefoon: 036-5399999", ["J.M. de Vries"]),
        ("Aan\n\nFranc Weerwind\n\nKopie aan\n\nBakker", ["Franc Weerwind", "Bakker"]),
        ("**Aanwezig:**\n\nS. Sanders\n\nIskender Doğan\n\n**Onderwerp:** netwerk", ["S. Sanders", "Iskender Doğan"]),
        # signature blocks: closing, name, function line
        ("Met vriendelijke groet,\n\nLinda Schouten\nBeleidsadviseur Veiligheid\n", ["Linda Schouten"]),
        ("Met vriendelijke groet,\nWeerwind\nAdviseur\n", ["Weerwind"]),
        ("Hoogachtend,\n\nNamens hen,\n\nK. Yilmaz\nTeamleider Inkoop", ["K. Yilmaz"]),
        # the function line under the name is no second name, also as a compound ("Themaonderzoeker")
        ("Met vriendelijke groet,\n\nFleur de Graaf\n\nArbeidsdeskundige\n\nUWV", ["Fleur de Graaf"]),
        ("Met vriendelijke groet,\n\nThemaonderzoeker\n\nDirectie Handhaving", []),
        ("Hoogachtend,\n\nnamens deze,\n\nY. Ouali\n\nVerzekeringsarts\n", ["Y. Ouali"]),
        # mail headers without a title, also as the extraction puts them (label and value on their own lines)
        (
            "Van:\n\nSanne Kuipers\n\nVerzonden:\n\nmaandag 3 mei 2021\n\nAan:\n\nJoost Bakker",
            ["Sanne Kuipers", "Joost Bakker"],
        ),
        ("From: Ooms, Kees\nSent: Monday 3 May\nTo: Mulder, Gerda\nSubject: overleg", ["Ooms, Kees", "Mulder, Gerda"]),
        ("Van:\nKlantcontactcentrum\nAan:\nAfdeling Bezwaar en Beroep\nOnderwerp: doorsturen", []),
        # a mail sent on someone's behalf: the surname may be a Dutch word
        ("Verzonden namens Ben Kolen\nOnderwerp: stukken", ["Ben Kolen"]),
        ("Namens Team Handhaving\nOnderwerp: stukken", []),
        # a reply's quote header and a chat message's sender, also with names no list holds
        ("Op 3 april 2023 om 10:12 schreef Özlem Tammerijn <o.t@voorbeeld.nl>:", ["Özlem Tammerijn"]),
        ("Op 3 april 2023 heeft Aral Gervais het volgende geschreven:", ["Aral Gervais"]),
        ("Op 3 april heeft Gemeente Almere besloten. Op 4 april heeft Aral Gervais gebeld.", []),
        ("[10:32] Ünal Arnold: kun jij de stukken sturen?\n12-03-2023, 10:33 - Özakan Friehus: ja", [
            "Ünal Arnold", "Özakan Friehus"]),
        ("[10:32] Inkoop: is er nieuws?\n[10:33] Projectleider Veiligheid: ja", []),
        # a Teams copy: surname first, the time after it on a line of its own
        ("Kuipers, Sanne 10:32\nkun jij de stukken sturen?\nWit, Koen de 10:33\nja", [
            "Kuipers, Sanne", "Wit, Koen de"]),
        # given name first, also the given name alone; never an agenda item before a time
        ("Kuipers, Sanne 10:32\nkun jij de stukken sturen?\nKoen 10:33\nja\nSanne de Wit 10:34\ntop", [
            "Kuipers, Sanne", "Koen", "Sanne de Wit"]),
        ("Opening 09:00\nPauze 10:30\nAfsluiting 12:00", []),
        # a bare label alone on its line: capitalised or with a colon; a lowercase "van" is a preposition that a
        # PDF's columns broke off its sentence
        ("Van\nAral Gervais\nAan\nMahsun Lambregt", ["Aral Gervais", "Mahsun Lambregt"]),
        ("van:\nAral Gervais", ["Aral Gervais"]),
        ("Met ingang\nvan\nDe No Risk\npolis geldt dit.", []),
        # running text that puts a person beside a name no list holds; never one word, an article or a firm
        ("Ik heb vanochtend met Aral Gervais gesproken.", ["Aral Gervais"]),
        ("Dat staat in de mail van Afife Dircken (bijlage).", ["Afife Dircken"]),
        ("Volgens Güneri Cadefau is de termijn verstreken.", ["Güneri Cadefau"]),
        ("Ik heb vanochtend met Senna Koning gesproken.", ["Senna Koning"]),  # a surname that is also a word
        ("Volgens Rijkswaterstaat klopt het; zie de mail van Achmea.", []),
        ("Het advies van Pels Rijcken volgt, volgens de Regeling Samenloop.", []),
        # a table column headed by a person label, a bulleted list under one
        ("| Naam | Functie |\n|---|---|\n| Şükri Kisman | beleidsmedewerker |\n| Aral Gervais | jurist |", [
            "Şükri Kisman", "Aral Gervais"]),
        ("Functie\tNaam\njurist\tAral Gervais", ["Aral Gervais"]),
        ("Omschrijving | Aantal\nTraining Agressie | 12\nLeverancier | Bedrag\nBureau Noord | 95", []),
        ("Betrokkenen:\n- Aylil de Graaf\n- Mahsun Lambregt\n", ["Aylil de Graaf", "Mahsun Lambregt"]),
        ("Aanwezigen\n• Aral Gervais\n• Mahsun Lambregt", ["Aral Gervais", "Mahsun Lambregt"]),
        ("Betrokkenen:\n- Kiki van der Heyden-Maas\n- Ürfettin Opmans\n", [
            "Kiki van der Heyden-Maas", "Ürfettin Opmans"]),
        # a surname that is also a place, a first name that is also a word; not an institution after an article
        ("[10:32] Femke Lutterveld: kun jij de stukken sturen?", ["Femke Lutterveld"]),
        ("Betrokkenen:\n- Jet Pieters\n", ["Jet Pieters"]),
        ("Het Hof Arnhem-Leeuwarden oordeelt anders.", []),
        # a first name no list holds before a listed surname; not an adjective or a kind of organisation
        ("Ik heb met Abuzar Hofman gesproken.", ["Abuzar Hofman"]),
        ("Overleg met Michał van Dam volgt.", ["Michał van Dam"]),
        ("Ik heb met Aysoy van Doorn gesproken.", ["Aysoy van Doorn"]),  # a surname that is also a place
        ("Dhr Jansen belde, daarna Mw Bakker.", ["Jansen", "Bakker"]),  # a title without its period
        # initials that are also a legal form, after a common word or a word that is never a name
        ("Ik had een gesprek met B.V. Jansen. Met N.V. Bakker ook.", ["B.V. Jansen", "N.V. Bakker"]),
        ("Zo is Informeren Burger van belang.", []),
        ("Veldhovense Rij-instructeursopleiding 22.220\nVerkeersschool Hielkema 810", []),
        ("Met vriendelijke groet,\n\nTeam Woo\n", []),
        ("Groet, Linda", ["Linda"]),
        ("w.g. P. Smit", ["P. Smit"]),
        # roles: found here, kept public by the public_roles step
        ("Gesprek met burgemeester Weerwind en wethouder De Jonge.", ["Weerwind", "De Jonge"]),
        ("Dat schreef minister Van der Steur. Ook raadslid Iskender was er.", ["Van der Steur", "Iskender"]),
        ("Volgens docent Kaya en leraar Özdemir gaat het goed.", ["Kaya", "Özdemir"]),
        # a role's place or field after a lowercase "van" is no surname; a surname after "van" is
        ("De leider van Amsterdam en de docent van Engels zwegen.", []),
        ("Schoolleider van Buiten tekende.", []),
        ("Dat zei medewerker van Leeuwen.", ["van Leeuwen"]),
        # initials, the given name in brackets, the surname; a bracketed word that is no given name is no name
        ("Gesprek met de heer mr. J.P. (Jan-Peter) Verhoef over de zaak.", ["J.P. (Jan-Peter) Verhoef"]),
        ("Met vriendelijke groet,\n\nMr. drs. K. (Karel) ter Horst LLM\nSenior jurist", ["K. (Karel) ter Horst"]),
        ("Dhr. A. (Ahmed) El Idrissi belde.", ["A. (Ahmed) El Idrissi"]),
        ("Zie bijlage B. (Overzicht) Kosten", []),
        # a name set off by commas after a staff role; a role's field without commas is no name
        ("Het verslag is gemaakt door onze notulist, Bağdaş Peronne, en rondgestuurd.", ["Bağdaş Peronne"]),
        ("Manager Sales belde.", []),
        ("aan de Voorzitter van de Tweede Kamer der Staten-Generaal d.d. 13 december", []),
    ],
)
def test_name_shapes_are_one_span(person: NlPersonRecognizer, text: str, names: list[str]) -> None:
    assert suggested_texts(person, text) == names


def test_result_has_offsets_ground_and_explanation(person: NlPersonRecognizer) -> None:
    text = "Geachte heer De Vries,\n"
    (result,) = analyze(person, text)
    assert_result(result, "PERSON", text.index("De Vries"), text.index(","), min_score=0.85)
    assert_privacy_metadata(result, text)
    assert explanation_of(result, text).startswith("Naam na de aanspreekvorm 'heer'.")


def test_role_anchor_is_in_metadata(person: NlPersonRecognizer) -> None:
    (public, staff) = analyze(person, "Burgemeester Weerwind en beleidsmedewerker Yilmaz spraken.")
    assert (public.recognition_metadata["role"], public.recognition_metadata["public_role"]) == ("burgemeester", True)
    assert (staff.recognition_metadata["role"], staff.recognition_metadata["public_role"]) == (
        "beleidsmedewerker",
        False,
    )


def test_configured_public_role(person: NlPersonRecognizer) -> None:
    configured = NlPersonRecognizer(extra_public_roles=["Directeur"])
    (result,) = analyze(configured, "Namens directeur Yilmaz.")
    assert result.recognition_metadata["public_role"] is True
    (default,) = analyze(person, "Namens directeur Yilmaz.")
    assert default.recognition_metadata["public_role"] is False


@pytest.mark.parametrize(
    ("text", "max_score"),
    [
        ("A. Inleiding\n", 0.49),  # an enumerated heading, below the threshold
        ("Zie bijlage B. Kerkstraat is de plek.", 0.6),
    ],
)
def test_weak_initial_shapes_score_low(person: NlPersonRecognizer, text: str, max_score: float) -> None:
    assert all(r.score <= max_score for r in analyze(person, text))


def test_only_asked_entities(person: NlPersonRecognizer) -> None:
    assert person.analyze("Linda Schouten belde.", ["EMAIL_ADDRESS"]) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name followed by "van" and a firm's name: the person, not a part of the firm's name
        ("een gesprek met Marijn Levesque en Aylin Blonk van Triodos Bank.", ["Marijn Levesque", "Aylin Blonk"]),
        ("Ook sprak Linda Schouten van de gemeente.", ["Linda Schouten"]),
        # part of a longer proper noun, with no interfix to end the name at: nothing
        ("de Jan Pieterszoon Coenstraat", []),
        ("evidence Maria Cruz Rodriguez-Jareño Evangelia Demou", []),
    ],
)
def test_name_before_van_and_a_firm(person: NlPersonRecognizer, text: str, names: list[str]) -> None:
    assert suggested_texts(person, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname that is a Dutch word or a role word, after a clear person label
        ("Geachte mevrouw Mei,\n\nU vroeg ons", ["Mei"]),
        ("Geachte heer De Koning,\n\nU vroeg ons", ["De Koning"]),
        ("Contactpersoon: Tom Koning", ["Tom Koning"]),
        ("T.a.v. Sanne Dag", ["Sanne Dag"]),
        ("Met vriendelijke groet,\n\nJ. de Koning\nAdviseur", ["J. de Koning"]),
        ("Beste Jan van Wel,\n\nDank voor je mail.", ["Jan van Wel"]),  # interfixes between first name and word
        ("T.a.v. Sanne van der Dag", ["Sanne van der Dag"]),
        # an unlisted given name before interfixes and a word, after a label or greeting
        ("Contactpersoon: Urszula van Evelingen\nTelefoon: 088 123 45 67", ["Urszula van Evelingen"]),
        ("Beste Ignacy van Wel,\n\nDank voor je mail.", ["Ignacy van Wel"]),
        # after a title a place with an interfix, or a role no one is addressed by, is the surname
        ("Geachte mevrouw De Boer,\n\nU vroeg ons", ["De Boer"]),
        ("Mevrouw Koning belde vanochtend.", ["Koning"]),
        ("De heer L. Veenendaal\nKerkstraat 5", ["L. Veenendaal"]),
        # a role before initials or a first name and a word as surname; a citizen's role is one too
        ("Medewerker P. Kosten is vanaf 1 mei afwezig.", ["P. Kosten"]),
        ("Inspreker Stijn van Wel vraagt het college de boom te laten staan.", ["Stijn van Wel"]),
        # filed or signed by: a person in running text, a firm's one word is no name
        ("Het verzoek is ingediend door Senna Koning.", ["Senna Koning"]),
        ("Het verzoek is ingediend door Arcadis.", []),
        # a citizen's role as a label or a table's column header
        ("Indiener: Linde Lucas\nDatum: 4 april 2023", ["Linde Lucas"]),
        ("Nr | Indiener | Datum\n1 | Linde Lucas | 4-4-2023", ["Linde Lucas"]),
        ("Indiener: Arcadis Nederland\nDatum: 4 april 2023", []),
        # a role, a function or an unlisted noun after a title, an article before a body's name: no name
        ("Geachte heer Burgemeester,", []),
        ("Geachte heer Voorzitter,", []),
        ("Geachte heer Informatie,", []),
        ("Hoogachtend,\n\nde Raad\nvan Bestuur", []),
        ("Wij spraken Tom Dag gisteren.", []),  # no person label: the shape alone is too weak
        ("Wij spraken Tom van Dag gisteren.", []),
        ("Beste Raad van Bestuur,", []),
        # an interfix after a word on a header line continues a unit's name
        ("Aan: Directie van Beheer", []),
        ("CC: Afdeling van Zaken; Jan van Dijk", ["Jan van Dijk"]),
    ],
)
def test_word_surnames_after_a_person_label(person: NlPersonRecognizer, text: str, names: list[str]) -> None:
    assert suggested_texts(person, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Wij spraken met Jansen Bouw over de planning.", []),  # a surname and a company word: a firm
        ("Wij spraken met Bakker Groep over de planning.", []),
        ("Wij spraken met Jan Bouw over de planning.", ["Jan Bouw"]),  # a given name before it: a person
    ],
)
def test_a_surname_before_a_company_word_names_a_firm(person: NlPersonRecognizer, text: str, names: list[str]) -> None:
    assert suggested_texts(person, text) == names
