"""Suppliers named in a price table's column: ``Inschrijver | Prijs | Score`` with a firm in each row.

A table whose header names the party that bids, supplies or is paid (``Inschrijver``, ``Leverancier``,
``Aanbieder``, ``Opdrachtnemer``, ``Aannemer``, ``Crediteur``, ``Bedrijf`` …) and has a price column
(:data:`recognizers.nl_tariff_table.PRICE_HEADER`) holds a supplier's name in that column of each row: a table of
bids, of quotes compared, of invoices paid. A total row and a cell of figures only are no names; the supplier
recognizer drops cells that name a public body.
"""

from __future__ import annotations

import regex

from recognizers.nl_tariff_table import PRICE_HEADER
from recognizers.supplier_text import Found
from recognizers.tables import Table, find_tables

_SUPPLIER_HEADER = regex.compile(
    r"(?:naam[ \t]{1,2})?(?:inschrijver|leverancier|aanbieder|opdrachtnemer|aannemer|crediteur|bedrijf|"
    r"bedrijfsnaam|firma|bieder|dienstverlener|contractant)s?(?:naam)?",
    regex.IGNORECASE,
)
# A total's or an average's row, or a cell of figures only ("3W Vastgoed" is a name)
_NOT_A_NAME = regex.compile(
    r"(?:(?:sub)?totaal|gemiddeld)\w*(?:\W.*)?|[\d\s.,€%*()/-]+", regex.IGNORECASE | regex.DOTALL
)
_MAX_NAME = 80


def supplier_column_names(text: str) -> list[Found]:
    """The cells under a supplier header in tables that also have a price column."""
    found: list[Found] = []
    for table in find_tables(text):
        column = _supplier_column(table)
        if column is None:
            continue
        for row in table.rows[1:]:
            cell = row.cell_in(column)
            if cell is None or len(cell.text) > _MAX_NAME or _NOT_A_NAME.fullmatch(cell.text.strip()):
                continue
            how = "naam in de kolom van inschrijvers of leveranciers van een prijstabel"
            found.append(Found(cell.start, cell.end, 0.7, how, True, business=True))
    return found


def _supplier_column(table: Table) -> int | None:
    """The column whose header names a supplier, when another header names a price; None otherwise."""
    header = table.rows[0].cells
    supplier = next((c.column for c in header if _SUPPLIER_HEADER.fullmatch(c.text.strip("*: "))), None)
    if supplier is None or not any(PRICE_HEADER.search(c.text) for c in header if c.column != supplier):
        return None
    return supplier
