"""The inventarislijst: one row per document with its decision, the grounds applied and the redactions.

Rows come from reviewed decisions when there are any (JSONL, docs/feedback-format.md), else from the
suggestions of an analysis (``lakmoes analyze --json`` output, or a folder analysed on the spot).
Written as .xlsx (openpyxl), .csv (semicolon-separated, UTF-8 with BOM, as Dutch Excel opens it) or .md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from detector.batch import DocumentResult
from detector.decisions_file import Decided, decisions_for
from detector.grounds import ground_codes

OPENBAAR, DEELS, NIET = "Openbaar", "Deels openbaar", "Niet openbaar"
# Share of a document's visible characters under redactions from which it counts as withheld entirely.
WITHHELD_SHARE = 0.9
COLUMNS = ("Nr.", "Document", "Datum", "Beoordeling", "Weigeringsgronden Woo", "Aantal weglakkingen", "Opmerking")
# Rows that know their document type (a whole request) get this column after "Datum".
TYPE_COLUMN = "Type"


class InventoryError(ValueError):
    """Input the inventory cannot be built from."""


@dataclass(frozen=True)
class InventoryRow:
    """One line of the inventarislijst."""

    number: int
    document: str
    date: str | None
    decision: str
    grounds: tuple[str, ...]
    redactions: int
    remark: str = ""
    doc_type: str | None = None

    def cells(self, *, with_type: bool = False) -> list[object]:
        """The row's values in :func:`columns` order."""
        kind = [self.doc_type or ""] if with_type else []
        return [
            self.number, self.document, self.date or "", *kind, self.decision, "/".join(self.grounds),
            self.redactions, self.remark,
        ]  # fmt: skip


def columns(rows: list[InventoryRow]) -> tuple[str, ...]:
    """:data:`COLUMNS`, with :data:`TYPE_COLUMN` after the date when any row has a document type."""
    if not _with_type(rows):
        return COLUMNS
    return (*COLUMNS[:3], TYPE_COLUMN, *COLUMNS[3:])


def _with_type(rows: list[InventoryRow]) -> bool:
    return any(row.doc_type for row in rows)


def sort_grounds(grounds: Iterable[str]) -> tuple[str, ...]:
    """Unique grounds in catalogue order (unknown codes last, alphabetically)."""
    order = {code: index for index, code in enumerate(ground_codes())}
    unique = set(grounds)
    return tuple(sorted(unique, key=lambda g: (order.get(g, len(order)), g)))


def decide(redactions: int, chars: int | None, redacted_chars: int | None) -> str:
    """Openbaar without redactions; niet openbaar when (nearly) all text is redacted; else deels openbaar."""
    if redactions == 0:
        return OPENBAAR
    if chars and redacted_chars is not None and redacted_chars >= WITHHELD_SHARE * chars:
        return NIET
    return DEELS


def rows_from_results(
    results: Iterable[DocumentResult], decisions: dict[str, list[Decided]] | None = None
) -> list[InventoryRow]:
    """Rows for analysed documents; a document with reviewed decisions uses those instead of its suggestions."""
    rows: list[InventoryRow] = []
    for number, result in enumerate(results, start=1):
        decided = decisions_for(decisions, result.name) if decisions else None
        if decided is not None:
            grounds = [d.ground for d in decided]
            redactions, covered, remark = len(decided), None, "beoordeeld"
        else:
            suggestions = result.record["suggestions"]
            assert isinstance(suggestions, list)
            grounds = [g for s in suggestions for g in s["grounds"]]
            redactions, covered, remark = len(suggestions), result.redacted_chars, "voorstel, niet beoordeeld"
        decision = decide(redactions, result.chars, covered)
        rows.append(
            InventoryRow(
                number,
                _display_name(result.name),
                result.date,
                decision,
                sort_grounds(grounds),
                redactions,
                _remark(decision, remark),
            )
        )
    return rows


def rows_from_export(path: Path) -> list[InventoryRow]:
    """Rows from a JSONL export: ``lakmoes analyze --json`` lines, or reviewed decisions (feedback format)."""
    try:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InventoryError(f"{path}: geen leesbare JSONL-export ({error})") from None
    if not lines:
        raise InventoryError(f"{path}: de export is leeg")
    if all(isinstance(item, dict) and "suggestions" in item for item in lines):
        return _rows_from_analyses(lines)
    if all(isinstance(item, dict) and "decision" in item and "document_id" in item for item in lines):
        from detector.decisions_file import read_decisions

        by_document = read_decisions(path)
        return [
            InventoryRow(
                number,
                document,
                None,
                decide(len(spans), None, None),
                sort_grounds(s.ground for s in spans),
                len(spans),
                "beoordeeld",
            )
            for number, (document, spans) in enumerate(by_document.items(), start=1)
        ]
    raise InventoryError(f"{path}: onbekende export; verwacht 'lakmoes analyze --json' of een beslissingen-export")


def _rows_from_analyses(items: list[dict[str, object]]) -> list[InventoryRow]:
    rows: list[InventoryRow] = []
    for number, item in enumerate(items, start=1):
        suggestions = item["suggestions"]
        assert isinstance(suggestions, list)
        grounds = [g for s in suggestions for g in s.get("grounds") or [s["ground"]]]
        decision = decide(len(suggestions), None, None)
        rows.append(
            InventoryRow(
                number,
                _display_name(str(item["document"])),
                None,
                decision,
                sort_grounds(grounds),
                len(suggestions),
                _remark(decision, "voorstel, niet beoordeeld"),
            )
        )
    return rows


def _display_name(name: str) -> str:
    """The file name, keeping the e-mail it was attached to (``mail.eml/bijlage.pdf``)."""
    parts = PurePath(name).parts
    if len(parts) >= 2 and PurePath(parts[-2]).suffix.lower() in {".eml", ".msg"}:
        return f"{parts[-2]}/{parts[-1]}"
    return parts[-1] if parts else name


def _remark(decision: str, base: str) -> str:
    return f"integraal geweigerd; {base}" if decision == NIET else base


def write_inventory(rows: list[InventoryRow], out: Path) -> None:
    """Write ``rows`` to ``out``; the format follows its extension (.xlsx, .csv, .md)."""
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        out.write_bytes(to_xlsx(rows))
    elif suffix == ".csv":
        out.write_text(to_csv(rows), encoding="utf-8-sig")
    elif suffix == ".md":
        out.write_text(to_markdown(rows), encoding="utf-8")
    else:
        raise InventoryError(f"{out}: kies .xlsx, .csv of .md als extensie")


def to_csv(rows: list[InventoryRow]) -> str:
    """Semicolon-separated values with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    with_type = _with_type(rows)
    writer.writerow(columns(rows))
    writer.writerows(row.cells(with_type=with_type) for row in rows)
    return buffer.getvalue()


def to_markdown(rows: list[InventoryRow]) -> str:
    """A Markdown table with a title line."""
    header, with_type = columns(rows), _with_type(rows)
    lines = ["# Inventarislijst", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = row.cells(with_type=with_type)
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def to_xlsx(rows: list[InventoryRow]) -> bytes:
    """An Excel workbook with one sheet 'Inventarislijst', bold frozen header and fitted columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Inventarislijst"
    with_type = _with_type(rows)
    sheet.append(list(columns(rows)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row.cells(with_type=with_type))
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
