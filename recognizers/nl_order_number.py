"""Order, invoice, customer, contract and project numbers after their label, as ORDER_NUMBER (5.1(2)f).

Label-anchored only: ``Ordernummer``, ``Bestelnummer``, ``Inkoopordernummer``, ``Opdrachtnummer``,
``Factuurnummer``, ``Klantnummer``, ``Debiteurnummer``, ``Contractnummer``, ``Offertenummer``,
``Projectnummer``, ``Kostenplaats`` (also ``nr.``/``no.`` forms). The value may follow on the same line, in
the next table cell, on a next line, or under the label in a table's header row. An offertenummer is the
supplier's own number: 5.1(1)c. Dates, years, phone numbers and postcodes after a label are refused.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, RecognizerResult

from recognizers.labelled import VALUE_SEPARATOR, LabelledValueRecognizer
from recognizers.tables import find_tables

_STEM_WORDS = (
    "inkooporder", "order", "bestel", "opdracht", "factuur", "klant", "debiteuren", "debiteur", "crediteuren",
    "crediteur", "contract", "offerte", "project", "relatie", "werkorder", "po",
)  # fmt: skip
_STEMS = "|".join(_STEM_WORDS)
LABEL = (
    rf"(?:(?:{_STEMS})(?:[ -]?(?:nummer|nr\.?|no\.?)|[ ]?\#)|kostenplaats(?:nummer|[ -]?nr\.?)?|werkorder|"
    r"inkooporder)"
)
# A few lowercase words may stand between label and colon: "kostenplaatsnummer te versturen:".
_WORDS_BEFORE_COLON = r"(?:[ \t]{1,3}[a-z][a-z ]{0,30}(?=[ \t]{0,3}:))?"
_VALUE = (
    r"(?P<value>(?=[A-Za-z0-9./_-]{0,40}\d)"
    r"(?:\d{2,6}(?:[ ]\d{2,6}){1,3}(?![\w.-])|[A-Za-z0-9][A-Za-z0-9./_-]{0,38}[A-Za-z0-9]))"
)
_DATE = regex.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_PHONE = regex.compile(r"(?:\+31|0031|0)[ -]?\d{1,3}[ -]?\d{3}[ -]?\d{2,4}[ -]?\d{0,4}")
_POSTCODE_AFTER = regex.compile(r"[ ]?[A-Z]{2}\b")
_ARTICLE = regex.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
_LABEL_CELL = regex.compile(rf"(?:</?[a-z]{{1,6}}>)*(?P<label>{LABEL})[ \t]*:?(?:</?[a-z]{{1,6}}>)*", regex.IGNORECASE)


def is_plain_value(value: str, text_after: str) -> bool:
    """True unless ``value`` is really a date, a year, an article, a phone number or a postcode's digits."""
    if len(value) < 3 or text_after.startswith("("):
        return False
    if _DATE.fullmatch(value) or _YEAR.fullmatch(value) or _ARTICLE.fullmatch(value):
        return False
    digits = sum(ch.isdigit() for ch in value)
    if digits == 10 and _PHONE.fullmatch(value):
        return False
    return not (len(value) == 4 and value.isdigit() and _POSTCODE_AFTER.match(text_after))


class NlOrderNumberRecognizer(LabelledValueRecognizer):
    """Values after an order/invoice/customer/contract/project-number label."""

    ENTITY = "ORDER_NUMBER"
    PATTERNS = [
        Pattern(
            "label_value",
            rf"(?<![\w-])(?P<label>{LABEL})(?![\w]){_WORDS_BEFORE_COLON}{VALUE_SEPARATOR}{_VALUE}",
            0.85,
        ),
    ]
    LABEL_WORDS = (*_STEM_WORDS, "kostenplaats")
    CONTEXT: list[str] = []

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        supported_language: str = "nl",
        supported_entity: str = ENTITY,
    ) -> None:
        super().__init__(patterns=patterns, supported_language=supported_language, supported_entity=supported_entity)

    def accept(self, text: str, match: regex.Match[str]) -> bool:
        return is_plain_value(match.group("value"), text[match.end("value") : match.end("value") + 4])

    def metadata(self, text: str, match: regex.Match[str]) -> dict[str, str]:
        return _label_metadata(match.group("label"))

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """Label-and-value matches, plus values under a label in a table's header row."""
        results = super().analyze(text, entities, nlp_artifacts)
        seen = {(r.start, r.end) for r in results}
        for table in find_tables(text):
            for header, row in zip(table.rows, table.rows[1:], strict=False):
                for cell in header.cells:
                    label = _LABEL_CELL.fullmatch(cell.text)
                    below = row.cell_in(cell.column)
                    if label is None or below is None or (below.start, below.end) in seen:
                        continue
                    value = regex.fullmatch(_VALUE, below.text)
                    if value and is_plain_value(below.text, text[below.end : below.end + 4]):
                        seen.add((below.start, below.end))
                        meta = _label_metadata(label.group("label"))
                        results.append(self.result(below.start, below.end, 0.8, "table_header", meta))
        return results


def _label_metadata(label: str) -> dict[str, str]:
    """Evidence ``label=offertenummer`` (the supplier's own number); ``ground_rules.json`` gives the ground."""
    if label.lower().startswith("offerte"):
        return {"label": "offertenummer", "what": "offertenummer van de leverancier"}
    return {}
