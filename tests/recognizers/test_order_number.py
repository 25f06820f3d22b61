"""ORDER_NUMBER: label-anchored values on the same line, next line, next cell or under a header cell."""

from __future__ import annotations

import pytest

from detector import Detector
from recognizers.nl_order_number import NlOrderNumberRecognizer
from tests.recognizers.assertions import evidence_ground


@pytest.fixture(scope="module")
def orders() -> NlOrderNumberRecognizer:
    return NlOrderNumberRecognizer()


def found(recognizer: NlOrderNumberRecognizer, text: str) -> list[tuple[int, int, str | None]]:
    results = sorted(recognizer.analyze(text, ["ORDER_NUMBER"]), key=lambda r: r.start)
    return [(r.start, r.end, evidence_ground(r)) for r in results]


def at(text: str, value: str, ground: str | None = None) -> tuple[int, int, str | None]:
    start = text.index(value)
    return (start, start + len(value), ground)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ordernummer: 4500012345", "4500012345"),
        ("Bestelnummer 2021/0045-B", "2021/0045-B"),
        ("Inkoopordernummer:\n  PO-778812", "PO-778812"),
        ("Opdrachtnummer: OPD-2019-17", "OPD-2019-17"),
        ("Factuurnummer | F2021-0045 |", "F2021-0045"),
        ("Klantnummer\t10023", "10023"),
        ("Debiteurnummer: D-99812", "D-99812"),
        ("Contractnummer: CT/2020/118", "CT/2020/118"),
        ("Projectnummer: P.2019.044", "P.2019.044"),
        ("Kostenplaats: 6120.4411", "6120.4411"),
        ("Factuur nr. 2021-17.", "2021-17"),
        ("PO-nummer: 4500012345", "4500012345"),
        ("Ordernummer 4500 1234 56 d.d. 3 maart", "4500 1234 56"),
        ("onder vermelding van het volgende kostenplaatsnummer te versturen:\n\n6120440\n", "6120440"),
        ("werkorder\n\nW123456", "W123456"),
    ],
)
def test_value_after_label(orders: NlOrderNumberRecognizer, text: str, value: str) -> None:
    assert found(orders, text) == [at(text, value)]


def test_offertenummer_is_the_suppliers_business_data(orders: NlOrderNumberRecognizer) -> None:
    text = "Offertenummer: OF-2016-0713"
    [(start, end, ground)] = found(orders, text)
    assert (text[start:end], ground) == ("OF-2016-0713", "5.1(1)c")


def test_values_under_header_cells(orders: NlOrderNumberRecognizer) -> None:
    text = "| Factuurnummer | Factuurdatum | Klantnummer |\n|---|---|---|\n| 2021-0045 | 12-03-2021 | 10023 |\n"
    assert found(orders, text) == [at(text, "2021-0045"), at(text, "10023")]


@pytest.mark.parametrize(
    "text",
    [
        "Projectnummer: 2018",  # a year
        "Contractnummer: 12-03-2020",  # a date
        "Factuurnummer: 2020-03-12",
        "Klantnummer: 06-12345678",  # a phone number
        "Debiteurnummer: 1234 AB Almere",  # a postcode
        "Opdrachtnummer: 5.1(2)f",  # a ground code where the value was redacted
        "Projectnummer: art. 5.1 Woo",
        "Ordernummer: 12",  # too short
        "zoals unieke identificatienummers, ordernummers en andere gegevens",
        "Het factuurnummer staat op pagina 3.",
        "Factuurnummer:\nFactuurdatum: 12-03-2021",
        "Ordernummer:\n\n3. Levering",
        "Pagina 2/6, artikel 5.1, 1300 AE Almere, 14 036",
    ],
)
def test_not_suggested(orders: NlOrderNumberRecognizer, text: str) -> None:
    assert found(orders, text) == []


def test_detector_grounds_by_doc_type(detector: Detector) -> None:
    text = "Bestelbon\n\nBestelnummer: 2021-0045\nKostenplaats: 6120.4411\n"

    def orders_in(doc_type: str) -> set[tuple[str, str]]:
        found = detector.analyze(text, doc_type=doc_type)
        return {(s.text, s.ground) for s in found if s.entity_type == "ORDER_NUMBER"}

    assert orders_in("factuur") == {("2021-0045", "5.1(2)f"), ("6120.4411", "5.1(2)f")}
    assert orders_in("offerte") == {("2021-0045", "5.1(1)c"), ("6120.4411", "5.1(1)c")}
