"""The inventarislijst: decision per document, grounds in catalogue order, written as xlsx, csv and md."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from detector.batch import DocumentResult
from detector.decisions_file import Decided, DecisionsError, read_decisions
from detector.extract.dates import first_date
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


def _decision(document: str, suggestion: str | None, start: int, end: int, decision: str, ground: str | None) -> str:
    return json.dumps(
        {
            "document_id": document,
            "suggestion_id": suggestion,
            "start": start,
            "end": end,
            "decision": decision,
            "final_ground": ground,
        }  # fmt: skip
    )


def test_decisions_latest_wins_and_rejects_are_not_applied(tmp_path) -> None:
    path = tmp_path / "beslissingen.jsonl"
    path.write_text(
        "\n".join(
            [
                _decision("doc-1", "s1", 0, 6, "accept", "5.1(2)e"),
                _decision("doc-1", "s1", 0, 6, "reject", None),
                _decision("doc-1", "s2", 10, 20, "change_ground", "5.1(1)c"),
                _decision("doc-1", None, 30, 35, "manual", "5.1(2)e"),
                _decision("doc-2", "s9", 1, 4, "reject", None),
            ]
        ),
        encoding="utf-8",
    )
    assert read_decisions(path) == {
        "doc-1": [Decided(10, 20, "5.1(1)c"), Decided(30, 35, "5.1(2)e")],
        "doc-2": [],
    }
    rows = rows_from_export(path)
    assert [(r.document, r.decision, r.grounds, r.redactions) for r in rows] == [
        ("doc-1", "Deels openbaar", ("5.1(1)c", "5.1(2)e"), 2),
        ("doc-2", "Openbaar", (), 0),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{niet json", "geen geldige beslissing"),
        (_decision("d", "s", 0, 5, "maybe", None), "onbekende beslissing 'maybe'"),
        (_decision("d", "s", 0, 5, "accept", None), "'accept' zonder final_ground"),
        (_decision("d", "s", 5, 5, "accept", "5.1(2)e"), "ongeldige offsets 5..5"),
    ],
)
def test_bad_decisions_are_refused(tmp_path, line: str, message: str) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(DecisionsError, match=message):
        read_decisions(path)


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
