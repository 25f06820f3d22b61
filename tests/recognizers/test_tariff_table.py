"""Tariff tables: price and quantity cells are suggested, row labels, headers and other tables are not."""

from __future__ import annotations

import pytest

from recognizers.nl_tariff_table import NlTariffTableRecognizer
from recognizers.tables import find_tables
from tests.recognizers.assertions import evidence_ground, public_by_evidence


@pytest.fixture(scope="module")
def tables() -> NlTariffTableRecognizer:
    return NlTariffTableRecognizer()


def found(recognizer: NlTariffTableRecognizer, text: str) -> list[tuple[str, str | None]]:
    results = sorted(recognizer.analyze(text, ["AMOUNT"]), key=lambda r: r.start)
    return [(text[r.start : r.end], evidence_ground(r)) for r in results]


PIPES = """\
| Omschrijving | Tarief | Aantal uur | Totaal |
|---|---:|---:|---:|
| Voorbereiding | € 125,00 | 16 | € 2.000,00 |
| Training dag 1 | € 110,00 | 8 | € 880,00 |
| Totaal |  | 24 | € 2.880,00 |
"""

# The shape of the cost tables in the Almere release (tab-separated, HTML emphasis, % in row labels).
TABS = (
    "Omschrijving\tTarief € per uur\tAantal uur\tTotaal in €\n"
    "<i>Basis netwerkanalyse</i>\t\t\t\n"
    "Interviews\t110\t24\t2.640\n"
    "<b>Subtotaal</b>\t\t24\t2.640\n"
    "8% reistijd en –kosten\t\t\t211,20\n"
    "21% btw\t\t\t598,75\n"
    "<b>Totaal</b>\t\t\t3.449,95\n"
)

ALIGNED = """\
Post            Bedrag      Uren
Voorbereiding    1.000        8
Uitvoering       4.500       36
"""


def test_pipe_table(tables: NlTariffTableRecognizer) -> None:
    rate = "5.1(1)c"
    assert found(tables, PIPES) == [
        ("125,00", rate), ("16", rate), ("2.000,00", rate),
        ("110,00", rate), ("8", rate), ("880,00", rate),
        ("24", rate), ("2.880,00", rate),
    ]  # fmt: skip


def test_tab_table_with_price_rows(tables: NlTariffTableRecognizer) -> None:
    values = [value for value, _ in found(tables, TABS)]
    assert values == ["110", "24", "2.640", "24", "2.640", "211,20", "598,75", "3.449,95"]


def test_aligned_columns_leave_the_ground_to_the_doc_type(tables: NlTariffTableRecognizer) -> None:
    # "Bedrag" is a price header but not a rate: offerte → 5.1(1)c, besluit → public, via ground_rules.json
    assert found(tables, ALIGNED) == [("1.000", None), ("8", None), ("4.500", None), ("36", None)]


@pytest.mark.parametrize("label", ["Voorbereiding", "Training dag 1", "Totaal", "Omschrijving", "Tarief", "Aantal uur"])
def test_labels_and_headers_stay_visible(tables: NlTariffTableRecognizer, label: str) -> None:
    assert label not in [value for value, _ in found(tables, PIPES)]


@pytest.mark.parametrize(
    "text",
    [
        # a table of contents: section numbers and page numbers
        "1\tInleiding\t2\n1.1\tUw situatie\t2\n4.4\tKosten\t10\n4.5\tNazorg\t12\n",
        # a planning table: dates and names, no price header
        "Wat\tWanneer\tWie\nOfferteaanvraag\t29 mei 2017\tJan\nStart\t2018\tPiet\n",
        # figures, but no price header or price row label
        "Jaar\tDeelnemers\n2019\t120\n2020\t95\n",
        # percentages and years in a price table are not amounts
        "Post\tBedrag\tJaar\nIndexatie\t2%\t2019\nKosten\tn.v.t.\t2020\n",
        # dates in a price table
        "Datum\tKosten\n12-03-2021\top aanvraag\n",
        # one line is not a table
        "Totaal\t€ 1.000",
    ],
)
def test_not_suggested(tables: NlTariffTableRecognizer, text: str) -> None:
    assert found(tables, text) == []


def test_find_tables_keeps_offsets() -> None:
    text = "Intro.\n\n" + PIPES + "\nSlot."
    [table] = find_tables(text)
    assert table.kind == "pipe"
    header, *rows = table.rows
    assert [cell.text for cell in header.cells] == ["Omschrijving", "Tarief", "Aantal uur", "Totaal"]
    cell = rows[0].cell_in(3)
    assert cell is not None and text[cell.start : cell.end] == "€ 2.000,00"
    assert rows[2].cell_in(1) is None  # an empty cell


def test_aligned_cells_take_the_column_they_overlap() -> None:
    [table] = find_tables(ALIGNED)
    assert table.kind == "spaces"
    assert [(c.column, c.text) for c in table.rows[1].cells] == [(0, "Voorbereiding"), (1, "1.000"), (2, "8")]



def test_a_table_under_a_bodys_account_title_is_its_spending(tables: NlTariffTableRecognizer) -> None:
    account = "Jaarrekening 2023\n\nOmschrijving | Uurtarief | Kosten\nInhuur derden | € 95,00 | € 62.694,00\n"
    results = tables.analyze(account, ["AMOUNT"])
    assert len(results) == 2 and all(public_by_evidence(r) for r in results)
    # the same table under an application's "Begroting" is the applicant's rates
    application = account.replace("Jaarrekening 2023", "Aanvraag subsidie\n\nBegroting")
    assert [ground for _, ground in found(tables, application)] == ["5.1(1)c", "5.1(1)c"]
