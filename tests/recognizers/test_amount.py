"""AMOUNT in Dutch notation: the number is the span; the ground follows the words around it and the doc type."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector import Detector
from recognizers.nl_amount import NlAmountRecognizer
from tests.recognizers.assertions import evidence_ground, public_texts

FIXTURES = Path(__file__).parent.parent / "fixtures" / "business"


@pytest.fixture(scope="module")
def amounts() -> NlAmountRecognizer:
    return NlAmountRecognizer()


def found(recognizer: NlAmountRecognizer, text: str) -> list[tuple[str, str | None]]:
    results = sorted(recognizer.analyze(text, ["AMOUNT"]), key=lambda r: r.start)
    return [(text[r.start : r.end], evidence_ground(r)) for r in results]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De prijs is € 4.350,00 excl. btw", "4.350,00"),
        ("Totaal €4.350,- incl. btw", "4.350"),
        ("EUR 1.250 voor het geheel", "1.250"),
        ("een bijdrage van 1.250 euro", "1.250"),
        ("ruim 4.350,00 EUR", "4.350,00"),
        ("Budget € 1,2 mln voor drie jaar", "1,2 mln"),
        ("tussen € 1.000 - € 2.000", "1.000 - € 2.000"),
        ("€ 15.000 tot 20.000", "15.000 tot 20.000"),
        ("Totaal excl. btw: 4.350,00", "4.350,00"),
        ("Aantal uren: 40", "40"),
        ("Budget: 25.000", "25.000"),
        ("€\u00a0950", "950"),
    ],
)
def test_amount_span_is_the_number(amounts: NlAmountRecognizer, text: str, value: str) -> None:
    assert [v for v, _ in found(amounts, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "ground"),
    [
        ("Ons tarief is € 95 per uur.", "95", "5.1(1)c"),
        ("€ 750,- per dagdeel", "750", "5.1(1)c"),
        ("een tarief van 95 per uur", "95", "5.1(1)c"),
        ("Uurtarief: 110", "110", "5.1(1)c"),
        ("De offerte van het bureau bedraagt € 12.000.", "12.000", "5.1(1)c"),
        ("Er is € 3.000 gefactureerd.", "3.000", "5.1(1)c"),
        # no cue: the document type decides (ground_rules.json)
        ("Het budget voor bijeenkomsten is € 15.000.", "15.000", None),
        # a person's income or benefit, even with a rate unit after it: no supplier's tariff
        ("Het maatmaninkomen wordt vastgesteld op € 16,00 per uur.", "16,00", None),
        ("Betrokkene is 30 uur per week in loondienst à € 20,00 per uur.", "20,00", None),
        ("De winst per dag is € 27.", "27", None),
        ("De uitkering is dan € 23,98 per dag.", "23,98", None),
        # a PDF's line wrap (a blank line inside a sentence) does not cut the words around off
        ("De uitkering is\n\ndan € 11,99 per dag.", "11,99", None),
        ("Offerte\n\nHet uurtarief is € 95 per uur.\n\nde uitkering is hoog.", "95", "5.1(1)c"),
        # what a service costs, or hiring an external party, is a supplier's price
        ("De analyse kost € 7.500,- en wordt betaald uit de reserve.", "7.500", "5.1(1)c"),
        # what a public project costs, with public money in its sentence, is no supplier's price
        ("Het project kost € 550 miljoen en wordt gefinancierd uit het Infrastructuurfonds.", "550 miljoen", None),
        ("Voor de inhuur van een externe adviseur is € 16.000 nodig.", "16.000", "5.1(1)c"),
        ("Het onderzoek kosten ons weinig; de begroting 2021 bevat € 5.000.", "5.000", None),
        # a named supplier cue nearer than the income cue still makes it a tariff
        ("Het loon is niet bekend; het uurtarief van de opdrachtnemer is € 95 per uur.", "95", "5.1(1)c"),
        # what a supplier says it charges
        ("Voor de training rekenen wij € 206,09 per persoon.", "206,09", "5.1(1)c"),
        # an amount per person is no supplier's rate by itself (a budget, a fine); nor is what a person pays towards
        # a service
        ("Het budget voor het personeelsuitje is € 50 per persoon.", "50", None),
        ("De boete bedraagt € 100 per persoon.", "100", None),
        ("De eigen bijdrage voor de training is € 20 per persoon.", "20", None),
        # a contractor named in a body's report of what it pays or budgets is no price cue by itself
        ("De aannemer is klaar; het project bleef binnen het krediet van € 3 miljoen.", "3 miljoen", None),
        ("De raad besluit de aannemer € 2 miljoen extra te betalen uit de algemene reserve.", "2 miljoen", None),
    ],
)
def test_ground_from_the_words_around(amounts: NlAmountRecognizer, text: str, value: str, ground: str | None) -> None:
    assert found(amounts, text) == [(value, ground)]


def test_a_rate_nearby_makes_the_next_amount_a_price_too(amounts: NlAmountRecognizer) -> None:
    """A bare 'per dag' in the paragraph points at the supplier when no income or benefit is named."""
    text = "De kosten bedragen € 1.200,00 per dag, de tweedaagse kost € 2.100."
    assert found(amounts, text) == [("1.200,00", "5.1(1)c"), ("2.100", "5.1(1)c")]


@pytest.mark.parametrize(
    "text",
    [
        "De Rijksbijdrage bedraagt € 1,2 mln.",
        "Het subsidieplafond is € 250.000.",
        "In de programmabegroting 2021 is € 75.000 opgenomen.",
        "De leges bedragen € 35.",
    ],
)
def test_public_budget_amounts_stay_public(amounts: NlAmountRecognizer, text: str) -> None:
    (value,) = [v for v, _ in found(amounts, text)]
    assert public_texts(amounts, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Datum: 12-03-2020",
        "Postcode 1300 AE Almere",
        "Bel 06-12345678 of (036) 539 99 12",
        "In 2018 is het beleid herzien.",
        "Budget: 2018",  # a year after a label
        "Op grond van art. 5.1 Woo en artikel 10, lid 2",
        "Pagina 3/11, zie pagina 12",
        "21% btw en 8% reiskosten",
        "1. Inleiding\n2. Aanpak",
        "Aantal deelnemers: 25 personen",
        "€ 5.1(1)c,- en 5.1(1)c euro",  # a redacted amount in a released document
        "Telefoon 14 036, Postbus 200",
        "een looptijd van 3 maanden",
    ],
)
def test_never_an_amount(amounts: NlAmountRecognizer, text: str) -> None:
    assert found(amounts, text) == []


def test_doc_type_decides_when_the_context_does_not(detector: Detector) -> None:
    text = "Het budget voor de bijeenkomsten is € 15.000.\n"
    in_quote = [(s.text, s.ground) for s in detector.analyze(text, doc_type="offerte") if s.entity_type == "AMOUNT"]
    assert in_quote == [("15.000", "5.1(1)c")]
    analysis = detector.run(text, doc_type="besluit")
    assert [s for s in analysis.suggestions if s.entity_type == "AMOUNT"] == []
    assert [(p.text, p.entity_type) for p in analysis.public] == [("15.000", "AMOUNT")]


def test_a_rate_is_the_suppliers_in_any_document(detector: Detector) -> None:
    text = "Intern memo\n\nAan\nTeam Veiligheid\n\nHet bureau rekent € 145 per uur voor de training.\n"
    [amount] = [s for s in detector.analyze(text) if s.entity_type == "AMOUNT"]
    assert (amount.text, amount.ground) == ("145", "5.1(1)c")
    assert "uurtarief" in amount.explanation


def test_council_document_amounts_stay_public(detector: Detector) -> None:
    text = (FIXTURES / "raadsvoorstel.txt").read_text(encoding="utf-8")
    analysis = detector.run(text)
    assert analysis.doc_type == "besluit"
    assert [s for s in analysis.suggestions if s.entity_type == "AMOUNT"] == []


@pytest.mark.parametrize(
    ("text", "quantity", "ground"),
    [
        ("Wij rekenen 12 dagen à € 95,00 per dag.", "12", "5.1(1)c"),
        ("De factuur rekent 48 uur tegen € 95,00.", "48", "5.1(1)c"),
        ("Training: 3 x € 450,00 = € 1.350,00 (offerte)", "3", "5.1(1)c"),
        ("Begeleiding: € 95,00 per uur x 14 = € 1.330,00", "14", "5.1(1)c"),
        # a grant's count goes with the grant: public like its amount
        ("Wij verlenen u een subsidie van 24 deelnemers à € 50,00.", "24", None),
    ],
)
def test_quantity_beside_a_unit_price_goes_with_it(
    amounts: NlAmountRecognizer, text: str, quantity: str, ground: str | None
) -> None:
    assert (quantity, ground) in found(amounts, text)


@pytest.mark.parametrize(
    "text",
    [
        "Betrokkene werkt 30 uur per week à € 20,00 per uur.",  # hours of work, not a count of a unit price
        "Er kwamen 12 deelnemers; de zaal kostte € 400,00.",
        "In 2023 € 95 per uur, vanaf 2024 meer.",
    ],
)
def test_a_count_not_tied_to_a_unit_price_is_no_amount(amounts: NlAmountRecognizer, text: str) -> None:
    values = [value for value, _ in found(amounts, text)]
    assert not any(value in {"30", "12", "2023", "2024"} for value in values)


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        # under a body's account or budget memorandum title the figures are its spending
        ("Jaarrekening 2023\n\nDe inhuur van externen kostte € 1.200.000 in totaal.", None),
        ("Bestuursrapportage 2024\n\nHet uurtarief van de inhuur steeg naar € 95.", None),
        # what a body reports to its council or parliament is public
        ("Beantwoording schriftelijke vragen\n\nDe inhuur kostte € 83.049, gemiddeld € 95 per uur.", None),
        ("Antwoorden op vragen van het raadslid De Vries\n\nHet uurtarief van de inhuur was € 95.", None),
        ("Raadsinformatiebrief\n\nDe externe inhuur kostte dit jaar € 1.200.000.", None),
        # answers to a bidder's questions are no such report
        ("Beantwoording vragen inschrijvers\n\nHet uurtarief van de inhuur is € 95.", "5.1(1)c"),
        # a supplier's offer or invoice named there keeps its price
        ("Jaarverslag 2023\n\nDe offerte van Bakker Groep bedroeg € 12.000.", "5.1(1)c"),
        # a bare "Begroting" is a grant application's cost table too: no such title
        ("Begroting\n\nHet uurtarief van de trainer is € 95.", "5.1(1)c"),
    ],
)
def test_a_bodys_account_title_makes_its_figures_public(
    amounts: NlAmountRecognizer, text: str, ground: str | None
) -> None:
    assert {g for _, g in found(amounts, text)} == {ground}


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        # in a letter to a firm, what the body pays it under an agreement is the firm's contract price
        ("Geachte directie van Royal Keijzer,\n\nDe maandelijkse vergoeding van € 389,71 vervalt.", "5.1(1)c"),
        ("Brocacef\nT.a.v. de heer P. Jansen\nIndustrieweg 12\n3542 AD Utrecht\n\nHet openstaande bedrag van "
         "€ 5.318,61 betalen wij nog.", "5.1(1)c"),
        # the same words in a letter to a person (a councillor's allowance), or under a subsidy: no such evidence
        ("Geachte heer De Vries,\n\nDe maandelijkse vergoeding van € 389,71 voor raadsleden wordt verhoogd.", None),
        ("Geachte bestuur van Stichting Buurtwerk,\n\nDe subsidie van € 40.000 wordt vastgesteld. Het openstaande "
         "bedrag van € 4.000 betalen wij uit.", None),
    ],
)
def test_a_contract_payment_in_a_letter_to_a_firm(amounts: NlAmountRecognizer, text: str, ground: str | None) -> None:
    assert found(amounts, text)[-1] == (text.rsplit("€ ", 1)[1].split()[0], ground)


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        # a total on its own line after a blank line sums the supplier's prices above it
        ("Leverancier | Artikel | Prijs\nBakker Groep | Laptop | € 95,00\n\nTotaal € 1.140,00\n", "5.1(1)c"),
        ("Offertebedragen:\nTraining € 950\n\nTotaal excl. btw: € 1.900\n", "5.1(1)c"),
        # above it nothing about a supplier, or public money: no evidence, the document type decides
        ("Onderdeel | Bedrag\nZaalhuur | € 95,00\n\nTotaal € 1.140,00\n", None),
        ("De leverancier kost de gemeente niets; het subsidieplafond is € 9.000.\n\nTotaal € 1.140,00\n", None),
    ],
)
def test_a_total_line_goes_with_the_prices_above_it(amounts: NlAmountRecognizer, text: str, ground: str | None) -> None:
    assert found(amounts, text)[-1] == (text.rsplit("€ ", 1)[1].strip(), ground)
