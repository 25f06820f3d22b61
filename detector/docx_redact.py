"""A redacted Word document: each span's text becomes its ground marker ``[5.1(2)e]`` (or █ blocks).

The offsets are those of :func:`detector.extract.docx.extract_docx`; the edit goes into the very ``w:t``
nodes that text came from, so formatting around a span is kept. Also removed from the output: tracked
deletions (they still hold the old text), a hyperlink target under a span, the span's text inside field
codes (``HYPERLINK "mailto:…"``), and the author fields of the document properties.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from docx.oxml.ns import qn

from detector.export import MASK_CHAR, Redactable, marker
from detector.extract.docx import Segment, iter_segments, open_docx, store, text_parts

_DELETED = (qn("w:del"), qn("w:moveFrom"))
_HYPERLINK, _REL_ID, _INSTR = qn("w:hyperlink"), qn("r:id"), qn("w:instrText")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_MIN_FIELD_MATCH = 3


def merge_spans(spans: Iterable[Redactable]) -> list[tuple[int, int, str]]:
    """Overlapping spans merged into ``(start, end, ground)``; merged grounds are joined with ``/``."""
    merged: list[tuple[int, int, list[str]]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1][1]:
            start, end, grounds = merged[-1]
            if span.ground not in grounds:
                grounds.append(span.ground)
            merged[-1] = (start, max(end, span.end), grounds)
        else:
            merged.append((span.start, span.end, [span.ground]))
    return [(start, end, "/".join(grounds)) for start, end, grounds in merged]


def redact_docx(data: bytes, spans: Iterable[Redactable], *, name: str = "document.docx", mask: bool = False) -> bytes:
    """The redacted DOCX as bytes; ``spans`` carry offsets into the extracted text and a ground."""
    document = open_docx(data, name)
    for part, root in text_parts(document):
        for node in [n for n in root.iter(*_DELETED)]:
            node.getparent().remove(node)
        store(part, root)
    segments = list(iter_segments(document))
    length = sum(len(s.text) for s in segments)
    merged = merge_spans(spans)
    for start, end, _ in merged:
        if not 0 <= start < end <= length:
            raise ValueError(f"{name}: span {start}..{end} outside the text (length {length})")
    removed = _apply(segments, merged, mask=mask)
    for part, root in text_parts(document):
        _clean_links_and_fields(part, root, removed)
        store(part, root)
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _apply(segments: list[Segment], merged: list[tuple[int, int, str]], *, mask: bool) -> list[str]:
    """Edit the ``w:t`` nodes under each span; returns the removed texts."""
    edits: dict[int, list[tuple[int, int, str]]] = {}
    removed: list[str] = []
    offsets: list[int] = []
    position = 0
    for segment in segments:
        offsets.append(position)
        position += len(segment.text)
    for start, end, ground in merged:
        placed = False
        parts: list[str] = []
        for index, segment in enumerate(segments):
            seg_start = offsets[index]
            seg_end = seg_start + len(segment.text)
            if seg_end <= start or seg_start >= end:
                continue
            local_start, local_end = max(start, seg_start) - seg_start, min(end, seg_end) - seg_start
            parts.append(segment.text[local_start:local_end])
            if segment.node is None:
                continue
            shown = "" if placed else marker(ground)
            replacement = MASK_CHAR * (local_end - local_start) if mask else shown
            placed = True
            edits.setdefault(index, []).append((local_start, local_end, replacement))
        removed.append("".join(parts))
    for index, changes in edits.items():
        node = segments[index].node
        assert node is not None
        text = segments[index].text
        for local_start, local_end, replacement in sorted(changes, reverse=True):
            text = text[:local_start] + replacement + text[local_end:]
        node.text = text
        node.set(_SPACE, "preserve")
        link = next(node.iterancestors(_HYPERLINK), None)
        if link is not None:
            link.set("lakmoes-redacted", "1")
    return removed


def _clean_links_and_fields(part: object, root: object, removed: list[str]) -> None:
    """Drop hyperlink targets of edited links; replace removed text inside field codes."""
    for link in root.iter(_HYPERLINK):  # type: ignore[attr-defined]
        if link.get("lakmoes-redacted") is None:
            continue
        del link.attrib["lakmoes-redacted"]
        rel_id = link.get(_REL_ID)
        if rel_id is not None:
            del link.attrib[_REL_ID]
            part.drop_rel(rel_id)  # type: ignore[attr-defined]
    needles = [text.strip() for text in removed if len(text.strip()) >= _MIN_FIELD_MATCH]
    for node in root.iter(_INSTR):  # type: ignore[attr-defined]
        value = node.text or ""
        for needle in needles:
            value = value.replace(needle, "[weggelakt]")
        node.text = value
