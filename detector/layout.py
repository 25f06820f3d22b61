"""Where the characters of an extracted text sit on the pages: ``str`` offsets → page (1-based) + boxes.

A :class:`Layout` holds, per character of ``Document.text``, a box in PDF points with the origin at the
top-left of the page's visible area (CropBox), before the page's ``/Rotate`` is applied:
``(x0, top, x1, bottom)``. Characters the extractor inserted itself (line breaks, page breaks) have no box.
Boxes are stored in numpy arrays, so a 200-page document costs a few MB, not a Python object per character.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from detector.document import Box, Suggestion

# Two boxes are on the same line when their vertical ranges overlap by at least this share of the smaller.
_SAME_LINE_OVERLAP = 0.5


@dataclass(frozen=True)
class PageInfo:
    """One page: its number (1-based), visible size in points and its ``/Rotate`` (0, 90, 180, 270)."""

    number: int
    width: float
    height: float
    rotation: int = 0


@dataclass(frozen=True)
class Region:
    """The part of a span on one page: the page number and one box per line the span covers there."""

    page: int
    start: int
    end: int
    boxes: tuple[Box, ...]


@dataclass(frozen=True, eq=False)
class Layout:
    """Character boxes for a text.

    ``boxes`` is a float32 array of shape ``(len(text), 4)`` (NaN where a character has no box), ``lines``
    an int32 array with a line number per character (increasing through the document), and
    ``page_starts[i]`` the offset of the first character of ``pages[i]``.
    """

    pages: tuple[PageInfo, ...]
    page_starts: tuple[int, ...]
    boxes: np.ndarray
    lines: np.ndarray

    def __post_init__(self) -> None:
        if len(self.pages) != len(self.page_starts):
            raise ValueError("one start offset is needed per page")
        if self.boxes.shape != (len(self.lines), 4):
            raise ValueError(f"boxes shape {self.boxes.shape} does not match {len(self.lines)} characters")
        if list(self.page_starts) != sorted(self.page_starts):
            raise ValueError("page start offsets must increase")

    def __len__(self) -> int:
        return len(self.lines)

    def page_index(self, offset: int) -> int:
        """Index into ``pages`` of the page holding the character at ``offset``."""
        if not 0 <= offset < len(self):
            raise ValueError(f"offset {offset} outside the text (length {len(self)})")
        return int(np.searchsorted(np.asarray(self.page_starts), offset, side="right")) - 1

    def page_of(self, offset: int) -> int:
        """The 1-based page number of the character at ``offset``."""
        return self.pages[self.page_index(offset)].number

    def regions(self, start: int, end: int) -> list[Region]:
        """The span ``start..end`` cut at page breaks, each part with one box per line.

        A part that holds no character with a box (only inserted line breaks) is left out.
        """
        if not 0 <= start < end <= len(self):
            raise ValueError(f"span {start}..{end} outside the text (length {len(self)})")
        result: list[Region] = []
        first, last = self.page_index(start), self.page_index(end - 1)
        for index in range(first, last + 1):
            part_start = max(start, self.page_starts[index])
            part_end = min(end, self.page_starts[index + 1]) if index + 1 < len(self.pages) else end
            boxes = self.line_boxes(part_start, part_end)
            if boxes:
                result.append(Region(self.pages[index].number, part_start, part_end, boxes))
        return result

    def line_boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """One box per line: the union of the boxes of the characters ``start..end`` on that line."""
        boxes = self.boxes[start:end]
        lines = self.lines[start:end]
        has_box = ~np.isnan(boxes[:, 0])
        result: list[Box] = []
        for line in dict.fromkeys(lines[has_box].tolist()):
            chosen = boxes[has_box & (lines == line)]
            result.append(
                (
                    round(float(chosen[:, 0].min()), 2),
                    round(float(chosen[:, 1].min()), 2),
                    round(float(chosen[:, 2].max()), 2),
                    round(float(chosen[:, 3].max()), 2),
                )
            )
        return tuple(result)


class LayoutBuilder:
    """Collects text and boxes page by page while an extractor walks a document."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._boxes: list[np.ndarray] = []
        self._lines: list[np.ndarray] = []
        self._pages: list[PageInfo] = []
        self._starts: list[int] = []
        self._line = 0

    def start_page(self, page: PageInfo) -> None:
        """Begin a new page; from the second page on a page break (``\\n\\f\\n``) is inserted first."""
        if self._pages:
            self.add_text("\n\f\n")
        self._pages.append(page)
        self._starts.append(self._length)
        self._line += 1

    def add_text(self, text: str) -> None:
        """Characters without a box (inserted separators)."""
        if not text:
            return
        self._append(text, np.full((len(text), 4), np.nan, dtype=np.float32), np.full(len(text), -1, np.int32))
        self._line += text.count("\n")

    def add_chars(self, text: str, boxes: np.ndarray, new_line: np.ndarray) -> None:
        """Characters with boxes; ``new_line[i]`` is True where character ``i`` starts a new line."""
        if len(text) != len(boxes) or len(text) != len(new_line):
            raise ValueError("one box and one line flag per character")
        lines = self._line + np.cumsum(new_line, dtype=np.int64).astype(np.int32)
        self._append(text, boxes.astype(np.float32), lines)
        if len(text):
            self._line = int(lines[-1])

    def _append(self, text: str, boxes: np.ndarray, lines: np.ndarray) -> None:
        self._parts.append(text)
        self._boxes.append(boxes)
        self._lines.append(lines)
        self._length += len(text)

    @property
    def char_count(self) -> int:
        """Characters collected so far."""
        return self._length

    def build(self) -> tuple[str, Layout]:
        """The text and its :class:`Layout`."""
        boxes = np.concatenate(self._boxes) if self._boxes else np.zeros((0, 4), np.float32)
        lines = np.concatenate(self._lines) if self._lines else np.zeros(0, np.int32)
        return "".join(self._parts), Layout(tuple(self._pages), tuple(self._starts), boxes, lines)


def same_line(previous: Box, current: Box) -> bool:
    """True when two boxes are on one text line (their vertical ranges overlap enough, and no jump back)."""
    overlap = min(previous[3], current[3]) - max(previous[1], current[1])
    smaller = min(previous[3] - previous[1], current[3] - current[1])
    if smaller <= 0:
        return abs(previous[3] - current[3]) < 1.0 and current[0] >= previous[0] - 1.0
    return overlap >= _SAME_LINE_OVERLAP * smaller and current[0] >= previous[0] - 1.0


def place(suggestions: list[Suggestion], text: str, layout: Layout) -> list[Suggestion]:
    """``suggestions`` with ``page`` and ``bbox`` filled from ``layout``.

    A suggestion crossing a page break becomes one suggestion per page, each with the part of the text on
    that page (inserted separators at its edges trimmed); one without any boxed character keeps no page.
    """
    placed: list[Suggestion] = []
    for suggestion in suggestions:
        regions = layout.regions(suggestion.start, suggestion.end)
        if not regions:
            placed.append(suggestion)
            continue
        for region in regions:
            start, end = region.start, region.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            placed.append(
                replace(suggestion, start=start, end=end, text=text[start:end], page=region.page, bbox=region.boxes)
            )
    return placed
