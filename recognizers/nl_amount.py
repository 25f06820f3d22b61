"""Amounts of money in Dutch notation (``€ 4.350,00``, ``1.250 euro``, ``€ 1,2 mln``) as AMOUNT.

Whether an amount is redacted depends on whose it is: a supplier's price in an offerte or invoice is a
confidential business figure (5.1(1)c), a public body's own budget is public. This recognizer reports the
evidence the words around the amount give (``owner``): a rate (``per uur``, ``uurtarief``) or a quote is a
supplier's price, an amount next to ``subsidieplafond``, ``Rijksbijdrage`` or ``begroting`` a public figure;
``ground_rules.json`` turns that, or else the document type, into a ground.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, RecognizerResult

from recognizers.addressee_firms import addressee_firms
from recognizers.base import NlPatternRecognizer
from recognizers.business_context import contract_payment, price_evidence

# A Dutch number: thousands with dots, decimals with a comma; never part of a longer number, date or code.
NUMBER = r"(?<![\d.,/-])(?:\d{1,3}(?:\.\d{3}){1,4}|\d{1,9})(?:,\d{1,2})?(?!\d|[.,/-]\d|\(\d)"
MAGNITUDE = r"(?:[ \t\u00a0]?(?:mln|miljoen|mld|mrd|miljard|duizend|k)(?![\w]))?"
CURRENCY = r"(?:€|\bEUR\b|\beuro\b|\bEur\.)"
_GAP = r"[ \t\u00a0]{0,2}"
_RANGE = (
    rf"(?:(?:,-{{1,2}})?{_GAP}(?:-|–|—|tot(?:\s+en\s+met)?|à)(?![\w-]){_GAP}(?:{CURRENCY}{_GAP})?{NUMBER}{MAGNITUDE})?"
)
_VALUE = rf"{NUMBER}{MAGNITUDE}{_RANGE}"
_AMOUNT_LABELS = (
    r"uurtarief|dagtarief|dagdeeltarief|tarief|prijs|totaalprijs|kostprijs|kosten|bedrag|totaalbedrag|"
    r"subtotaal|totaal|honorarium|aanneemsom|inschrijfprijs|offerteprijs|vergoeding|budget|"
    r"aantal\s(?:uren|uur|dagen|dagdelen)"
)
_BTW_NOTE = r"(?:[ \t]{1,3}\(?(?:excl|incl|exclusief|inclusief)\.?[ \t]{0,2}btw\)?)?"
_RATE_UNIT = r"(?:per|p/|/|p\.)[ \t]{0,2}(?:uur|dag|dagdeel|sessie|training|deelnemer|maand)\b"
# A count of what a unit price is paid for ("12 uur à € 95", "3 stuks van € 40"): with the total it tells the price.
_QUANTITY = r"(?<![\d.,/-])\d{1,5}(?:,\d{1,2})?(?![\d.,/-]\d|\d)"
_COUNTED = (
    r"(?:uur|uren|dag|dagen|dagdeel|dagdelen|stuk|stuks|deelnemers|personen|licenties|sessies|trainingen|"
    r"bijeenkomsten|workshops|weken|maanden|keer|m2|m²|m1|meter|strekkende[ \t]meter)"
)
_EACH = r"(?:à|á|a|x|×|tegen|van|maal)"
_QUANTITY_PATTERNS = frozenset({"quantity_at", "quantity_times", "times_quantity"})


class NlAmountRecognizer(NlPatternRecognizer):
    """Money amounts in Dutch notation; the span is the number (with ``mln`` or a range), not ``€`` itself."""

    ENTITY = "AMOUNT"
    FLAGS = regex.IGNORECASE | regex.MULTILINE
    PATTERNS = [
        # € 4.350,00 · EUR 1.250 · €4.350,- · € 1,2 mln · € 1.000 - € 2.000
        Pattern("currency_before", rf"(?=\d)(?<={CURRENCY}{_GAP}){_VALUE}", 0.85),
        # 1.250 euro · 4.350,00 EUR · 12,50 €
        Pattern("currency_after", rf"{_VALUE}(?={_GAP}{CURRENCY}(?!{_GAP}\d))", 0.85),  # "In 2023 € 95": the € is 95's
        # Uurtarief: 95 · Totaal excl. btw: 4.350,00 · Aantal uren: 40
        Pattern("after_label", rf"(?=\d)(?<=\b(?:{_AMOUNT_LABELS}){_BTW_NOTE}[ \t]{{0,3}}:[ \t]{{0,3}}){_VALUE}", 0.7),
        # een tarief van 95 per uur (no currency sign, but a rate)
        Pattern(
            "rate",
            rf"(?=\d)(?<=\b(?:tarief|prijs|kosten|bedraagt|bedragen|kost|à)[ \t]{{1,3}}(?:van[ \t]{{1,3}})?)"
            rf"{_VALUE}(?=[ \t]{{0,2}}{_RATE_UNIT})",
            0.7,
        ),
        # 12 uur à € 95 · 3 stuks van € 40 · 12 x € 95 · € 95 per uur x 12
        Pattern("quantity_at", rf"{_QUANTITY}(?=[ \t]{{1,2}}{_COUNTED}[ \t]{{1,2}}{_EACH}[ \t]{{1,2}}{CURRENCY})", 0.7),
        Pattern("quantity_times", rf"{_QUANTITY}(?=[ \t]{{0,2}}[x×][ \t]{{0,2}}{CURRENCY})", 0.7),
        Pattern(
            "times_quantity",
            rf"(?<={CURRENCY}{_GAP}{NUMBER}(?:[ \t]{{1,2}}{_RATE_UNIT})?[ \t]{{0,2}}[x×][ \t]{{0,2}}){_QUANTITY}",
            0.7,
        ),
    ]
    CONTEXT = ["tarief", "prijs", "kosten", "bedrag", "totaal", "btw", "offerte", "factuur"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """Pattern matches (bare years after a label left out), with the evidence of whose amount it is."""
        results: list[RecognizerResult] = []
        to_firm: bool | None = None  # whether the text is a letter to a firm it pays under an agreement; read once
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if _bare_year(text[result.start : result.end], result):
                continue
            evidence = price_evidence(text, result.start, result.end)
            if not evidence and contract_payment(text, result.start, result.end):
                to_firm = any(firm.business for firm in addressee_firms(text)) if to_firm is None else to_firm
                evidence = {"owner": "supplier", "what": _CONTRACT_WHAT} if to_firm else {}
            if _pattern(result) in _QUANTITY_PATTERNS:
                evidence["what"] = "aantal bij een prijs per eenheid, waaruit die prijs af te leiden is"
            result.recognition_metadata.update(evidence)
            results.append(result)
        return results


_CONTRACT_WHAT = "bedrag uit de overeenkomst met de organisatie aan wie de brief is gericht"


def _bare_year(value: str, result: RecognizerResult) -> bool:
    """A year (``2018``) after a label is never an amount; after ``€`` it is."""
    year = len(value) == 4 and value.isdigit() and value[:2] in {"19", "20"}
    return year and _pattern(result) in {"after_label", "rate"}


def _pattern(result: RecognizerResult) -> str | None:
    """The name of the pattern that found ``result``."""
    return result.analysis_explanation.pattern_name if result.analysis_explanation else None
