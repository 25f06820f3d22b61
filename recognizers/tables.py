"""Find plain-text tables (Markdown pipes, tabs, or columns aligned with spaces) and their cells, with offsets."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

TableKind = Literal["pipe", "tab", "spaces"]

_RULE_CHARS = frozenset("|-: \t")
_SPACE_GAP = regex.compile(r"[ \t]{2,}")
_MAX_LINE = 2_000


@dataclass(frozen=True)
class Cell:
    """One non-empty cell: offsets of its stripped text in the document, and its column index."""

    start: int
    end: int
    text: str
    column: int


@dataclass(frozen=True)
class Row:
    """One table line with its non-empty cells in column order."""

    start: int
    end: int
    cells: tuple[Cell, ...]

    def cell_in(self, column: int) -> Cell | None:
        """The cell in ``column``, if that cell is not empty."""
        return next((cell for cell in self.cells if cell.column == column), None)


@dataclass(frozen=True)
class Table:
    """Consecutive table lines of one kind; ``rows[0]`` may be a header."""

    kind: TableKind
    rows: tuple[Row, ...]


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out


def _strip_cell(line_start: int, line: str, a: int, b: int, column: int) -> Cell | None:
    raw = line[a:b]
    stripped = raw.strip(" \t\r\u00a0")
    if not stripped:
        return None
    lead = len(raw) - len(raw.lstrip(" \t\r\u00a0"))
    start = line_start + a + lead
    return Cell(start=start, end=start + len(stripped), text=stripped, column=column)


def _split_on(line_start: int, line: str, separator: str) -> list[Cell]:
    cells: list[Cell] = []
    positions = [i for i, char in enumerate(line) if char == separator]
    bounds = [-1, *positions, len(line)]
    offset = 1 if separator == "|" and line.lstrip().startswith("|") else 0
    for column, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        cell = _strip_cell(line_start, line, a + 1, b, column - offset)
        if cell is not None:
            cells.append(cell)
    return cells


def _space_segments(line: str) -> list[tuple[int, int]]:
    """Start/end of text segments separated by two or more spaces (leading indentation ignored)."""
    segments: list[tuple[int, int]] = []
    position = len(line) - len(line.lstrip(" "))
    for gap in _SPACE_GAP.finditer(line, position, timeout=5.0):
        if gap.start() > position:
            segments.append((position, gap.start()))
        position = gap.end()
    if position < len(line.rstrip()):
        segments.append((position, len(line.rstrip())))
    return segments


def _kind(line: str) -> TableKind | None:
    if len(line) > _MAX_LINE or not line.strip():
        return None
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return "pipe"
    if "\t" in line.strip(" ") and not line.startswith("\t" * 8):
        return "tab"
    if ("  " in line or "\t" in line) and len(_space_segments(line)) >= 2:  # most lines have no wide gap
        return "spaces"
    return None


def _space_rows(lines: list[tuple[int, str]]) -> list[Row]:
    """Rows of a space-aligned block: a cell belongs to the first line's column it overlaps most."""
    header = _space_segments(lines[0][1])
    starts = [a for a, _ in header]
    rows: list[Row] = []
    for line_start, line in lines:
        cells: list[Cell] = []
        for a, b in _space_segments(line):
            # Only the header columns from the one left of ``a`` to the one starting before ``b`` can overlap.
            near = range(max(0, bisect_right(starts, a) - 1), max(1, bisect_right(starts, b)))
            column = max(near, key=lambda i: (min(b, header[i][1]) - max(a, header[i][0]), -i))
            cell = _strip_cell(line_start, line, a, b, column)
            if cell is not None:
                cells.append(cell)
        rows.append(Row(start=line_start, end=line_start + len(line), cells=tuple(cells)))
    return rows


def find_tables(text: str) -> list[Table]:
    """Every run of at least two consecutive lines that look like rows of one kind of table.

    Several recognizers read the tables of the same chunk: the last chunk's tables are kept, so it is parsed once.
    """
    return list(_find_tables(text))


def cell_at(text: str, position: int) -> tuple[Table, int, Cell] | None:
    """The table, the row's index in it and the cell whose text starts at ``position``; None outside a cell."""
    starts, rows = _row_index(text)
    i = bisect_right(starts, position) - 1
    if i < 0:
        return None
    table, index, row = rows[i]
    cell = next((c for c in row.cells if c.start == position), None) if position <= row.end else None
    return (table, index, cell) if cell is not None else None


@lru_cache(maxsize=1)
def _row_index(text: str) -> tuple[list[int], list[tuple[Table, int, Row]]]:
    """Row starts in text order, with each row's table and index: one bisect finds the row around an offset."""
    rows = [(table, i, row) for table in _find_tables(text) for i, row in enumerate(table.rows)]
    return [row.start for _, _, row in rows], rows


@lru_cache(maxsize=1)
def _find_tables(text: str) -> tuple[Table, ...]:
    tables: list[Table] = []
    block: list[tuple[int, str]] = []
    block_kind: TableKind | None = None

    def flush() -> None:
        if block_kind is not None and len(block) >= 2:
            tables.append(Table(kind=block_kind, rows=tuple(_rows(block_kind, block))))

    for line_start, line in _lines(text):
        if block_kind == "pipe" and "-" in line and set(line.strip()) <= _RULE_CHARS:
            continue  # |---|---| separator under a Markdown header
        kind = _kind(line)
        if kind is not None and kind == block_kind:
            block.append((line_start, line))
            continue
        flush()
        block, block_kind = ([(line_start, line)], kind) if kind else ([], None)
    flush()
    return tuple(tables)


def _rows(kind: TableKind, block: list[tuple[int, str]]) -> list[Row]:
    if kind == "spaces":
        return _space_rows(block)
    separator = "|" if kind == "pipe" else "\t"
    return [
        Row(start=start, end=start + len(line), cells=tuple(_split_on(start, line, separator))) for start, line in block
    ]
