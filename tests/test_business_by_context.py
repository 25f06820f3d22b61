"""Business data by context, not document type: order forms and grant applications hold a supplier's or
applicant's prices and the quantities in the same rows (5.1(1)c); public budgets and benefits stay public;
precision fixes for text other bodies released. Fixtures are written here with Faker nl_NL values."""

from __future__ import annotations

import pytest
from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(1414)
APPLICANT = f"Stichting {fake.last_name()}"
SUPPLIER = fake.company()

GRANT_APPLICATION = f"""\
Aanvraagformulier subsidie maatschappelijke initiatieven 2024

Naam aanvrager: {APPLICANT}

Projectbegroting

| Kostenpost | Aantal deelnemers | Prijs per deelnemer | Totaal |
|---|---|---|---|
| Training weerbaarheid | 15 | € 250 | € 3.750 |
| Locatiehuur | 4 | € 120 | € 480 |
"""

PURCHASE_ORDER = f"""\
OPDRACHTBON

Leverancier: {SUPPLIER}
Inkoopordernummer: 4500123456

Omschrijving\tAantal\tStukprijs\tBedrag
Training agressiehantering\t12\t€ 395,00\t€ 4.740,00
"""

COUNCIL_PROPOSAL = """\
Raadsvoorstel

Het college stelt € 2 miljoen beschikbaar voor de aanpak van armoede. In de programmabegroting 2024 is
€ 75.000 opgenomen.
"""

HANDBOOK = """\
Handboek verrekenen van inkomsten

Hoofdstuk 2 Werkwijze

Je berekent eerst het dagloon. Voorbeeld: de klant krijgt een uitkering van € 822,50 per maand. Zijn loon is
bruto € 1.518,73 per maand. Let op: vraag de loonstroken op via de Medewerker Jeugdzorg of het team
Bijzondere Zaken. Mail de aanvraag naar gegevensdiensten@uwv.example of contactpersoonwoo@uwv.example.
"""


def _amounts(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.ground) for s in detector.analyze(text) if s.entity_type == "AMOUNT"]


def test_grant_application_cost_table_prices_and_quantities(detector: Detector) -> None:
    assert detector.run(GRANT_APPLICATION).doc_type == "subsidieaanvraag"
    assert _amounts(detector, GRANT_APPLICATION) == [
        (value, "5.1(1)c") for value in ("15", "250", "3.750", "4", "120", "480")
    ]


def test_purchase_order_prices_and_quantities(detector: Detector) -> None:
    assert detector.run(PURCHASE_ORDER).doc_type == "opdrachtbon"
    assert _amounts(detector, PURCHASE_ORDER) == [(v, "5.1(1)c") for v in ("12", "395,00", "4.740,00")]


def test_public_budget_stays_public(detector: Detector) -> None:
    assert _amounts(detector, COUNCIL_PROPOSAL) == []


def test_handbook_paragraph_has_nothing_to_redact(detector: Detector) -> None:
    analysis = detector.run(HANDBOOK)
    assert analysis.doc_type == "handboek"
    assert [(s.text, s.entity_type) for s in analysis.suggestions] == []


def test_a_handbooks_worked_example_with_rates_is_adopted_procedure(detector: Detector) -> None:
    """A rate in a handbook's example is no supplier's price: the handbook is published procedure."""
    text = (
        "Werkinstructie garantiebedrag\n\nStap 1\nJe berekent het garantiebedrag.\n\nRekenvoorbeeld:\n"
        "Dit is € 10.672 :12 = € 889 per maand. Dit is € 37,84 excl. btw per dag.\n"
    )
    analysis = detector.run(text)
    assert analysis.doc_type == "handboek"
    assert _amounts(detector, text) == []
    reasons = {p.text: p.reason for p in analysis.public if p.entity_type == "AMOUNT"}
    assert reasons.get("37,84") == "openbaar in een document van het type handboek"


@pytest.mark.parametrize("name", ["Jeugdzorg", "Bijzondere"])
def test_department_words_after_a_function_are_no_names(detector: Detector, name: str) -> None:
    assert all(s.text != name for s in detector.analyze(HANDBOOK, doc_type="memo"))


APPLICATION_LETTER = f"""\
Geachte heer {fake.last_name()},

Conform afspraak ontvangt u hierbij ons voorstel voor de lokale aanpak.

Voor de inzet van een netwerkregisseur vragen wij een bedrag aan van € 22.092,00. Het idee is om hiermee
volgend jaar te starten.
"""


def test_amount_asked_for_in_an_application_letter_is_the_applicants(detector: Detector) -> None:
    """An application in a letter ('vragen wij een bedrag aan van'), whatever the document type."""
    analysis = detector.run(APPLICATION_LETTER)
    assert analysis.doc_type == "brief"
    amounts = [(s.text, s.ground) for s in analysis.suggestions if s.entity_type == "AMOUNT"]
    assert amounts == [("22.092,00", "5.1(1)c")]


GRANT_DECISION = f"""\
Besluit

Burgemeester en wethouders besluiten aan {APPLICANT} een subsidie te verlenen van € 12.000,00, te weten € 250,00
per deelnemer.
"""

SUBSIDY_REGULATION = """\
Subsidieregeling sportstimulering 2024

Artikel 6 Subsidieplafond
Het subsidieplafond bedraagt € 80.000. De subsidie bedraagt ten hoogste € 150 per deelnemer.
"""


GRANT_TO_A_FIRM = """\
Besluit

Wij verlenen Van den Berg & van Oirschot Holding BV een subsidie van € 12.000,00 voor het project, € 77,47 per
deelnemer.
"""


SUBSIDY_SET = """\
Beschikking vaststelling subsidie

Wij stellen de subsidie aan Jansen & Co vast op € 12.000,00, te weten € 77,47 per deelnemer.
"""


SUBSIDY_AWARDED = """\
Besluitenlijst college

Het college besluit Jansen & Co een subsidie van € 12.000,00 toe te kennen, € 77,47 per deelnemer.
"""


SUBSIDY_GRANTED = """\
Besluitenlijst college

Wij kennen Jansen & Co voor 2026 een subsidie van € 12.000,00 toe, te weten € 77,47 per deelnemer.
"""


@pytest.mark.parametrize(
    "text", [GRANT_DECISION, SUBSIDY_REGULATION, GRANT_TO_A_FIRM, SUBSIDY_SET, SUBSIDY_AWARDED, SUBSIDY_GRANTED]
)
def test_a_subsidy_the_body_grants_stays_public_also_per_participant(detector: Detector, text: str) -> None:
    assert _amounts(detector, text) == []
    public = [s for s in detector.run(text).public if s.entity_type == "AMOUNT"]
    assert len(public) == 2 and all("overheid" in s.metadata["evidence"] for s in public)


MINUTES = """\
Verslag overleg subsidies, 4 april 2024

Aanwezig: Team Subsidies

1. Het college besluit de subsidie aan Stichting Buurtwerk Noord vast te stellen op € 40.000.
2. Stichting Buurtwerk Noord stuurde ook een offerte van € 5.000 voor een training.
"""


def test_the_recipient_of_a_subsidy_stays_public_but_not_its_own_offer(detector: Detector) -> None:
    analysis = detector.run(MINUTES)
    assert analysis.doc_type == "verslag"
    proposed = [(s.text, s.ground) for s in analysis.suggestions]
    assert proposed == [("Stichting Buurtwerk Noord", "5.1(1)c"), ("5.000", "5.1(1)c")]  # the offer's sentence
    public = {s.text: s.reason for s in analysis.public}
    assert "Ontvanger van een subsidie" in (public["Stichting Buurtwerk Noord"] or "")
    assert "Subsidie die de overheid verleent" in (public["40.000"] or "")


def test_a_rate_in_an_application_stays_the_applicants(detector: Detector) -> None:
    """The grant cue is the body's wording; an applicant's rate with its own cue stays business data."""
    text = "Wij vragen een subsidie aan. Het tarief van de trainer is € 95 per uur."
    assert _amounts(detector, text) == [("95", "5.1(1)c")]


HANDBOOK_WITH_FIRMS = f"""\
Werkinstructie eigenrisicodragers

Stap 3 Controle
Verzekeraars die de uitkering betalen zijn bekend, zoals {SUPPLIER} en Voorbeeld Verzekeringen B.V. Controleer
in dat geval de polis.
"""


def test_firms_named_in_a_handbook_stay_public(detector: Detector) -> None:
    """A handbook is adopted procedure: the firms it names are no confidential business data of a supplier."""
    analysis = detector.run(HANDBOOK_WITH_FIRMS)
    assert analysis.doc_type == "handboek"
    assert [s.text for s in analysis.suggestions if s.entity_type == "ORGANIZATION"] == []
    assert any(
        "Voorbeeld Verzekeringen B.V." in p.text and p.reason == "openbaar in een document van het type handboek"
        for p in analysis.public
    )


FIRM = f"{fake.last_name().split()[-1].capitalize()} Advies"
MEMO_HEAD = "Memo\n\nAan: directieteam\nVan: team inkoop\nDatum: 3 maart 2024\nOnderwerp: keuze trainingsbureau\n\n"


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (f"{FIRM} vraagt € 4.000 voor de training van het team.", "4.000"),
        (f"Kosten {FIRM}: EUR 12.500,-", "12.500"),
        (f"Het laagste bod was van {FIRM}: € 31.000.", "31.000"),
        ("Inschrijver 2 zit met € 48.200 ruim onder het plafond.", "48.200"),
        # a name without a company word, met only here, asking a price right after it
        ("Vopak vraagt € 83.897,12 voor de hele looptijd.", "83.897,12"),
        ("Bos & van Kempen vraagt € 27.048,74 voor de hele looptijd.", "27.048,74"),
        # no firm found: the words of a quote say it (plurals too, and a price that was "afgegeven")
        ("Het verschil tussen beide aanbiedingen is € 2.985,85.", "2.985,85"),
        ("Ballast Nedam heeft een prijs van € 13.773,04 afgegeven.", "13.773,04"),
        ("De door Ballast Nedam afgegeven prijs van € 9.100 is hoog.", "9.100"),
        ("Wij stellen voor de opdracht te gunnen aan Ballast Nedam voor € 5.112,25.", "5.112,25"),  # an award
        # a firm charging the body, or the body charging along an offer: still the firm's price
        ("Voor de gemeente rekent Ballast Nedam een uurtarief van € 95.", "95"),
        ("De gemeente hanteert het uurtarief van de externe adviseur van € 95.", "95"),
        ("De gemeente rekent met een uurtarief van € 95 voor Ballast Nedam.", "95"),
        ("De gemeente rekent conform de aanbieding van Ballast Nedam € 95 per uur.", "95"),
    ],
)
def test_a_named_firms_price_in_a_memo_is_its_business_data(detector: Detector, sentence: str, amount: str) -> None:
    """Without an offerte or tarief word, a firm's name, a bid or a tenderer beside the amount says whose it is."""
    analysis = detector.run(MEMO_HEAD + sentence)
    assert analysis.doc_type == "memo"
    assert (amount, "5.1(1)c") in _amounts(detector, MEMO_HEAD + sentence)


def test_a_firm_named_with_its_price_is_business_data_in_every_place(detector: Detector) -> None:
    """The amount's sentence names the firm: the name goes with the price, here and where the memo names it again;
    a firm the memo names without a price elsewhere stays public."""
    text = MEMO_HEAD + f"Kosten {FIRM}: EUR 12.500,-\n\nWe vragen {FIRM} om een planning. "
    text += "Stichting Buurtwerk Noord is ook benaderd.\n"
    analysis = detector.run(text)
    firms = [(s.text, s.ground) for s in analysis.suggestions if s.entity_type == "ORGANIZATION"]
    assert firms == [(FIRM, "5.1(1)c"), (FIRM, "5.1(1)c")]
    assert "Stichting Buurtwerk Noord" in {p.text for p in analysis.public}


@pytest.mark.parametrize(
    "sentence",
    [
        "Voor de pilot hebben we € 50.000 gereserveerd in de begroting 2024.",
        "De gemiddelde prijs per herbeoordeling is ca. € 1.100; wij gingen uit van € 900.",  # an own cost price
        "De gemeente heeft de prijs van de parkeervergunning verhoogd naar € 60.",  # a price the body sets
        "Er zijn 40 vergunningen afgegeven; de prijs is € 25 per stuk.",  # a permit issued, not a price
        # the body charging the public, even as a rate or "in rekening"
        "De gemeente hanteert voor de gymzalen een uurtarief van € 32,50 voor verenigingen.",
        "Het waterschap brengt € 12 per aansluiting in rekening.",
    ],
)
def test_own_money_in_a_memo_stays_public(detector: Detector, sentence: str) -> None:
    assert _amounts(detector, MEMO_HEAD + sentence) == []


def test_a_preposition_before_a_firm_with_ampersand_is_not_part_of_its_name(detector: Detector) -> None:
    text = MEMO_HEAD + "Het voorstel van Jansen & Smit kost 18.750 euro."
    firms = [s.text for s in detector.analyze(text) if s.entity_type == "ORGANIZATION"]
    assert firms == ["Jansen & Smit"]


LEVY_RATES = """\
Tarieventabel afvalstoffenheffing 2025

Omschrijving | Tarief
Eenpersoonshuishouden | € 276,58
Totale opbrengst | € 89.560,44
"""


ADOPTED_RATES = """\
Tarieven gymzalen 2026

Vastgesteld door het college van burgemeester en wethouders op 12 november 2025.

Accommodatie | Uurtarief
Gymzaal Noord | € 32,50
Gymzaal Zuid | € 28,00
"""


@pytest.mark.parametrize(
    "text",
    [
        LEVY_RATES,
        ADOPTED_RATES,
        ADOPTED_RATES.replace("door het college van burgemeester en wethouders", "bij raadsbesluit"),
        "Het tarief van de rioolheffing is € 20 per maand.",
        # a rate unit in the row or after the amount is the levy's rate too
        "Tarieven precariobelasting 2026\n\nStandplaats markt per dag | € 12,40\nTerras per seizoen | € 310,00\n",
        "Het tarief van de toeristenbelasting is € 2,10 per persoon per nacht.",
        "Raadsinformatiebrief\n\nDe renovatie kost € 12.000; dat is € 250 per bezoeker meer dan geraamd.",
    ],
)
def test_a_bodys_own_levies_and_project_costs_stay_public(detector: Detector, text: str) -> None:
    assert _amounts(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het uurtarief van de adviseur is € 95 per uur voor de herziening van de afvalstoffenheffing.",
        "Offerte herziening afvalstoffenheffing\n\nOmschrijving | Tarief\nAdviseur | € 95",
        "Offerte herziening afvalstoffenheffing. Ons tarief is € 95.",
        "Het uurtarief van de adviseur voor de afvalstoffenheffing is € 95 per uur.",
        # bids under an adopted award decision stay the bidders' prices
        "Gunningsbesluit\n\nVastgesteld door het college op 3 juni 2025.\n\nInschrijver | Tarief\nSchoonmaak | € 95",
        # an offer stays an offer, whatever organ is said to adopt something above it
        "Offerte onderhoud gymzalen\n\nVastgesteld door het college op 1 oktober 2025.\n\nOmschrijving | Tarief\n"
        "Schoonmaak | € 95",
    ],
)
def test_a_suppliers_rate_beside_a_levy_is_still_business_data(detector: Detector, text: str) -> None:
    assert _amounts(detector, text) == [("95", "5.1(1)c")]
