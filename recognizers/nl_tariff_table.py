"""Prices and quantities in tariff tables (Markdown pipes, tabs, aligned columns) as AMOUNT.

A table is a price table when a header reads like one (``Tarief``, ``Uurtarief``, ``Kosten``, ``Bedrag``,
``Prijs``, ``Totaal``, ``Aantal uren``, ``Dagdelen``) or a row label does (``Subtotaal``, ``21% btw``,
``Reiskosten``). Numeric cells in such columns or rows are suggested; the row label itself
(``Voorbereiding``, ``Training dag 1``) and the header stay visible. Tables of contents are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from presidio_analyzer import RecognizerResult

from recognizers.base import NlRecognizer, build_result
from recognizers.business_context import price_evidence, public_heading
from recognizers.nl_amount import MAGNITUDE, NUMBER
from recognizers.tables import Cell, Row, Table, find_tables

_FLAGS = regex.IGNORECASE
PRICE_HEADER = regex.compile(
    r"tarie(?:f|ven)|prijs|prijzen|kosten|bedrag|totaal|subtotaal|\bbtw\b|€|\beur\b|\beuro\b|honorarium|"
    r"vergoeding|budget",
    _FLAGS,
)
_QUANTITY_HEADER = regex.compile(
    r"\baantal\b|\buren\b|\buur\b|\bdagen\b|\bdagdel(?:en)?\b|\bdagdeel\b|\bstuks\b", _FLAGS
)
# Headers that make every figure under them a supplier's rate or effort, whatever the document type.
_RATE_HEADER = regex.compile(
    r"tarie(?:f|ven)|per uur|per dag|\baantal (?:uur|uren|dagen|dagdelen)\b|\bdagdelen\b|prijs per|stukprijs|"
    r"eenheidsprijs|kosten per", _FLAGS
)
_PRICE_ROW = regex.compile(
    r"totaal|\bbtw\b|kosten|tarie(?:f|ven)|bedrag|prijs|korting|honorarium|vergoeding|opslag|reistijd",
    _FLAGS,
)
_TAGS = regex.compile(r"</?[a-zA-Z]{1,6}>")
_NUMBER = regex.compile(NUMBER + MAGNITUDE, _FLAGS)
_S = r"[ \t\u00a0]{0,3}"
_CURRENCY = r"(?:€|eur\b|euro\b)"
_UNIT = (
    r"(?:(?:uur|uren|u|dagen|dag|dagdelen|dagdeel|stuks|x|keer|sessies|fte|p/u)\b|st\b\.?|"
    r"per[ \t](?:uur|dag|dagdeel|stuk)\b)"
)
_BTW_NOTE = r"\(?(?:excl|incl|exclusief|inclusief)\.?[ \t]{0,2}btw\)?"
# A value cell: optional "ca." and currency, a figure (or a range), then only ",-", currency, a unit, "excl. btw".
_VALUE_CELL = regex.compile(
    rf"(?:ca\.?|circa)?{_S}(?:{_CURRENCY}{_S})?(?P<first>{NUMBER}{MAGNITUDE})"
    rf"(?:{_S}(?:-|–|—|tot|à){_S}(?:{_CURRENCY}{_S})?(?P<last>{NUMBER}{MAGNITUDE}))?"
    rf"(?:,-{{1,2}})?{_S}(?:{_CURRENCY}{_S})?(?:{_UNIT}{_S})?(?:{_BTW_NOTE})?{_S}\*?",
    _FLAGS,
)
_SECTION_NUMBER = regex.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?(?:\s|$)")
_YEAR = regex.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class _Value:
    start: int
    end: int


def _value_in(cell: Cell, text: str) -> _Value | None:
    """The figure in a cell that holds only a figure (with currency/unit), else None."""
    raw = _TAGS.sub(lambda m: " " * len(m.group()), text[cell.start : cell.end])
    lead = len(raw) - len(raw.lstrip())
    match = _VALUE_CELL.fullmatch(raw.strip(), timeout=1.0)
    if match is None:
        return None
    if match.group("last") is None and _YEAR.fullmatch(match.group("first")) and "€" not in raw:
        return None
    end = match.end("last") if match.group("last") is not None else match.end("first")
    return _Value(cell.start + lead + match.start("first"), cell.start + lead + end)


def _is_header(row: Row, text: str) -> bool:
    return all(_value_in(cell, text) is None for cell in row.cells)


def _is_contents(table: Table) -> bool:
    """A table of contents: most rows start with a section number (``4.4``) and end in a page number."""
    numbered = sum(1 for row in table.rows if row.cells and _SECTION_NUMBER.match(row.cells[0].text))
    return numbered * 2 >= len(table.rows)


class NlTariffTableRecognizer(NlRecognizer):
    """Price and quantity cells of tariff tables; never the row label."""

    ENTITY = "AMOUNT"
    SCORE = 0.9

    def __init__(self, supported_language: str = "nl", supported_entity: str = ENTITY, score: float = SCORE) -> None:
        self.score = score
        super().__init__(supported_language=supported_language, supported_entity=supported_entity)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """One result per price or quantity cell of every price table in ``text``."""
        results: list[RecognizerResult] = []
        for table in find_tables(text):
            if not _is_contents(table):
                results.extend(self._table_results(table, text))
        return results

    def _table_results(self, table: Table, text: str) -> list[RecognizerResult]:
        header = table.rows[0] if _is_header(table.rows[0], text) else None
        columns: dict[int, bool] = {}  # column -> is a rate/effort column (supplier's, whatever the doc type)
        for cell in header.cells if header else ():
            if PRICE_HEADER.search(cell.text) or _QUANTITY_HEADER.search(cell.text):
                columns[cell.column] = bool(_RATE_HEADER.search(cell.text))
        rate_table = any(columns.values())
        public = public_heading(text, table.rows[0].start)  # "Tarieventabel afvalstoffenheffing": the body's own
        results: list[RecognizerResult] = []
        for row in table.rows[1:] if header else table.rows:
            values = {cell: _value_in(cell, text) for cell in row.cells}
            labels = [cell for cell, value in values.items() if value is None]
            price_row = any(_PRICE_ROW.search(cell.text) for cell in labels)
            for cell, value in values.items():
                if value is None or not (price_row or cell.column in columns):
                    continue
                result = self._result(text, value, rate_table, public)
                if result is not None:
                    results.append(result)
        return results

    def _result(self, text: str, value: _Value, rate_table: bool, public: dict[str, str]) -> RecognizerResult:
        if public:
            metadata = public
        elif rate_table:
            metadata = {"owner": "supplier", "what": "prijs of aantal uren in de prijstabel van een leverancier"}
        else:
            metadata = price_evidence(text, value.start, value.end)
        return build_result(self, value.start, value.end, self.score, "Cel in een prijstabel", metadata=metadata)
