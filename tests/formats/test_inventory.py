"""The inventarislijst: decision per document, grounds in catalogue order, written as xlsx, csv and md."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from detector.batch import DocumentResult
from detector.decisions_file import Decided, read_decisions
from detector.extract.dates import first_date
from detector.feedback import FeedbackError
from detector.inventory import (
    COLUMNS,
    InventoryError,
    InventoryRow,
    decide,
    rows_from_export,
    rows_from_results,
    sort_grounds,
    to_csv,
    to_markdown,
    to_xlsx,
    write_inventory,
)
from tests.feedback_lines import feedback_line, write_jsonl


def _result(name: str, grounds: list[list[str]], *, chars: int = 100, redacted: int = 10, date: str | None = None):
    suggestions = [{"ground": g[0], "grounds": g} for g in grounds]
    record = {"document": name, "doc_type": "brief", "suggestions": suggestions}
    return DocumentResult(name, record, date, chars, redacted)


ROWS = [
    InventoryRow(
        1, "1a offerte.pdf", "2016-03-01", "Deels openbaar", ("5.1(1)c", "5.1(2)e"), 4, "voorstel, niet beoordeeld"
    ),
    InventoryRow(2, "2a memo.docx", None, "Openbaar", (), 0, "voorstel, niet beoordeeld"),
]


@pytest.mark.parametrize(
    ("redactions", "chars", "redacted", "expected"),
    [
        (0, 100, 0, "Openbaar"),
        (3, 100, 20, "Deels openbaar"),
        (5, 100, 95, "Niet openbaar"),
        (2, None, None, "Deels openbaar"),
    ],
)
def test_decision(redactions, chars, redacted, expected) -> None:
    assert decide(redactions, chars, redacted) == expected


def test_grounds_follow_the_catalogue() -> None:
    assert sort_grounds(["5.2(1)", "5.1(2)e", "5.1(1)c", "5.1(2)e", "onbekend"]) == (
        "5.1(1)c",
        "5.1(2)e",
        "5.2(1)",
        "onbekend",
    )


def test_rows_from_suggestions_and_reviewed_decisions() -> None:
    results = [
        _result("map/1a offerte.pdf", [["5.1(2)e"], ["5.1(1)c"], ["5.1(2)e", "5.1(1)c"]], date="2016-03-01"),
        _result("map/2a memo.docx", [], redacted=0),
        _result("map/mail.eml/bijlage.pdf", [["5.1(2)e"]], chars=10, redacted=10),
    ]
    decisions = {"2a memo": [Decided(0, 5, "5.2(1)"), Decided(9, 12, "5.1(2)e")]}
    rows = rows_from_results(results, decisions)
    assert [(r.number, r.document, r.date, r.decision, r.grounds, r.redactions, r.remark) for r in rows] == [
        (1, "1a offerte.pdf", "2016-03-01", "Deels openbaar", ("5.1(1)c", "5.1(2)e"), 3, "voorstel, niet beoordeeld"),
        (2, "2a memo.docx", None, "Deels openbaar", ("5.1(2)e", "5.2(1)"), 2, "beoordeeld"),
        (
            3,
            "mail.eml/bijlage.pdf",
            None,
            "Niet openbaar",
            ("5.1(2)e",),
            1,
            "integraal geweigerd; voorstel, niet beoordeeld",
        ),
    ]


def test_csv_is_semicolon_separated() -> None:
    assert to_csv(ROWS).splitlines() == [
        ";".join(COLUMNS),
        "1;1a offerte.pdf;2016-03-01;Deels openbaar;5.1(1)c/5.1(2)e;4;voorstel, niet beoordeeld",
        "2;2a memo.docx;;Openbaar;;0;voorstel, niet beoordeeld",
    ]


def test_markdown_table() -> None:
    lines = to_markdown(ROWS).splitlines()
    assert lines[0] == "# Inventarislijst"
    assert (
        lines[2] == "| Nr. | Document | Datum | Beoordeling | Weigeringsgronden Woo | Aantal weglakkingen | Opmerking |"
    )
    assert (
        lines[4]
        == "| 1 | 1a offerte.pdf | 2016-03-01 | Deels openbaar | 5.1(1)c/5.1(2)e | 4 | voorstel, niet beoordeeld |"
    )


def test_xlsx_reads_back() -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx(ROWS))).active
    assert sheet.title == "Inventarislijst"
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert [c.value for c in sheet[2]] == [
        1,
        "1a offerte.pdf",
        "2016-03-01",
        "Deels openbaar",
        "5.1(1)c/5.1(2)e",
        4,
        "voorstel, niet beoordeeld",
    ]
    assert sheet.freeze_panes == "A2"


def test_write_refuses_other_extensions(tmp_path) -> None:
    with pytest.raises(InventoryError, match="kies .xlsx, .csv of .md"):
        write_inventory(ROWS, tmp_path / "lijst.pdf")


def test_rows_from_an_analyze_export(tmp_path) -> None:
    export = tmp_path / "analyse.jsonl"
    lines = [
        {
            "document": "docs/brief.pdf",
            "doc_type": "brief",
            "suggestions": [{"ground": "5.1(2)e", "grounds": ["5.1(2)e"]}],
        },
        {"document": "docs/nota.txt", "doc_type": "memo", "suggestions": []},
    ]
    export.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    rows = rows_from_export(export)
    assert [(r.document, r.decision, r.grounds, r.redactions) for r in rows] == [
        ("brief.pdf", "Deels openbaar", ("5.1(2)e",), 1),
        ("nota.txt", "Openbaar", (), 0),
    ]


def test_decisions_latest_wins_and_rejects_are_not_applied(tmp_path) -> None:
    lines = [
        feedback_line(1, "doc-1", 0, "Jansen", "accept", "5.1(2)e", suggestion_id="s1"),
        feedback_line(2, "doc-1", 0, "Jansen", "reject", None, suggestion_id="s1"),
        feedback_line(3, "doc-1", 10, "De Vries 1", "change_ground", "5.1(1)c", suggestion_id="s2"),
        feedback_line(4, "doc-1", 30, "Bakker", "manual", "5.1(2)e"),
        feedback_line(5, "doc-2", 1, "Bos", "reject", None, suggestion_id="s9"),
    ]
    path = write_jsonl(tmp_path / "beslissingen.jsonl", lines)
    assert read_decisions(path) == {
        "doc-1": [Decided(10, 20, "5.1(1)c", "De Vries 1"), Decided(30, 36, "5.1(2)e", "Bakker")],
        "doc-2": [],
    }
    rows = rows_from_export(path)
    assert [(r.document, r.decision, r.grounds, r.redactions) for r in rows] == [
        ("doc-1", "Deels openbaar", ("5.1(1)c", "5.1(2)e"), 2),
        ("doc-2", "Openbaar", (), 0),
    ]


def test_a_bad_decisions_export_is_refused_naming_its_line(tmp_path) -> None:
    path = tmp_path / "b.jsonl"
    good = json.dumps(feedback_line(1, "d", 0, "Jansen", "accept", "5.1(2)e"))
    path.write_text(good + "\n" + json.dumps(feedback_line(2, "d", 0, "Jansen", "maybe", None)) + "\n", "utf-8")
    with pytest.raises(FeedbackError, match=r"b\.jsonl:2: onbekende beslissing 'maybe'"):
        rows_from_export(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almere, 12 maart 2021\nBetreft: ...", "2021-03-12"),
        ("Datum: 3-9-2019, verzonden 2020-01-05", "2019-09-03"),
        ("Kenmerk 2021-0042 van 2022-04-21", "2022-04-21"),
        ("Op 31 februari 2021 en 1 mei 2021", "2021-05-01"),
        ("Geen datum, wel 125,00 en 06-12345678", None),
    ],
)
def test_first_date(text: str, expected: str | None) -> None:
    assert first_date(text) == expected
