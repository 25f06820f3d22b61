"""The gold JSONL format: one document per line with its redaction spans (see ``docs/evaluation.md``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detector.document import ENTITY_TYPES
from detector.grounds import catalogue


class GoldFormatError(ValueError):
    """A gold file that does not follow the format; the message names the line and the problem."""


@dataclass(frozen=True)
class GoldSpan:
    """One redaction in a gold document.

    ``grounds`` holds every ground of the span, ``grounds[0]`` being the one printed first; an ``ignore``
    span marks a region scored neither way (its ground and kind may be unknown).
    """

    start: int
    end: int
    grounds: tuple[str, ...]
    kind: str | None
    ignore: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span offsets {self.start}..{self.end}")
        if not self.ignore and (self.kind is None or not self.grounds):
            raise ValueError(f"span {self.start}..{self.end} is scored but lacks a kind or a ground")

    @property
    def ground(self) -> str | None:
        """The first (printed) ground, or None for an ignore region of unknown ground."""
        return self.grounds[0] if self.grounds else None

    def to_dict(self) -> dict[str, Any]:
        """JSON form; ``grounds`` is only written when there is more than one."""
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "ground": self.ground,
            "kind": self.kind,
            "ignore": self.ignore,
        }
        if len(self.grounds) > 1:
            data["grounds"] = list(self.grounds)
        return data


@dataclass(frozen=True)
class GoldDoc:
    """A gold document: its text and its spans, sorted by position."""

    doc_id: str
    text: str
    spans: tuple[GoldSpan, ...]
    doc_type: str | None = None
    source: str | None = None
    body: str | None = None  # the body that released the document ("gemeente-almere", "uwv")
    publication: str | None = None  # the publication (Woo/Wob release) it belongs to

    @property
    def scored(self) -> tuple[GoldSpan, ...]:
        """The spans that count for recall (not ``ignore``)."""
        return tuple(s for s in self.spans if not s.ignore)

    @property
    def ignored(self) -> tuple[GoldSpan, ...]:
        """The regions scored neither way."""
        return tuple(s for s in self.spans if s.ignore)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of one line."""
        data: dict[str, Any] = {"doc_id": self.doc_id, "text": self.text, "spans": [s.to_dict() for s in self.spans]}
        if self.doc_type:
            data["doc_type"] = self.doc_type
        for key in ("source", "body", "publication"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


def parse_doc(data: Any, where: str = "document") -> GoldDoc:
    """Validate one decoded JSON object and turn it into a :class:`GoldDoc`; raise :class:`GoldFormatError`."""
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(data).__name__}")
    doc_id, text, raw_spans = data.get("doc_id"), data.get("text"), data.get("spans", [])
    if not isinstance(doc_id, str) or not doc_id:
        raise GoldFormatError(f"{where}: 'doc_id' must be a non-empty string")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where} ({doc_id}): 'text' must be a string")
    if not isinstance(raw_spans, list):
        raise GoldFormatError(f"{where} ({doc_id}): 'spans' must be a list")
    for key in ("doc_type", "body", "publication"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise GoldFormatError(f"{where} ({doc_id}): {key!r} must be a string")
    spans = [_parse_span(raw, len(text), f"{where} ({doc_id}) span {i}") for i, raw in enumerate(raw_spans)]
    source = data.get("source")
    return GoldDoc(
        doc_id=doc_id,
        text=text,
        spans=_merge_duplicates(spans),
        doc_type=data.get("doc_type"),
        source=source if isinstance(source, str) else None,
        body=data.get("body"),
        publication=data.get("publication"),
    )


def _parse_span(raw: Any, text_len: int, where: str) -> GoldSpan:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: expected an object")
    start, end = raw.get("start"), raw.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise GoldFormatError(f"{where}: 'start' and 'end' must be integers")
    if not 0 <= start < end <= text_len:
        raise GoldFormatError(f"{where}: offsets {start}..{end} outside the text (length {text_len})")
    ignore = raw.get("ignore", False)
    if not isinstance(ignore, bool):
        raise GoldFormatError(f"{where}: 'ignore' must be true or false")
    grounds = _grounds(raw, where)
    kind = raw.get("kind")
    if kind is not None and kind not in ENTITY_TYPES:
        raise GoldFormatError(f"{where}: unknown kind {kind!r}; valid: {', '.join(ENTITY_TYPES)}")
    if not ignore and (kind is None or not grounds):
        raise GoldFormatError(f"{where}: a scored span needs a 'kind' and a 'ground' (or set 'ignore': true)")
    return GoldSpan(start=start, end=end, grounds=grounds, kind=kind, ignore=ignore)


def _grounds(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    ground = raw.get("ground")
    listed = raw.get("grounds") or ([] if ground is None else [ground])
    if not isinstance(listed, list) or not all(isinstance(g, str) for g in listed):
        raise GoldFormatError(f"{where}: 'grounds' must be a list of ground codes")
    if ground is not None and listed and listed[0] != ground:
        listed = [ground, *[g for g in listed if g != ground]]
    unknown = [g for g in listed if g not in catalogue()]
    if unknown:
        raise GoldFormatError(f"{where}: unknown ground(s) {unknown}; use canonical codes such as '5.1(2)e'")
    return tuple(dict.fromkeys(listed))


def _merge_duplicates(spans: list[GoldSpan]) -> tuple[GoldSpan, ...]:
    """Two entries with the same offsets and kind are one span with both grounds."""
    merged: dict[tuple[int, int, str | None, bool], GoldSpan] = {}
    for span in spans:
        key = (span.start, span.end, span.kind, span.ignore)
        if key in merged:
            old = merged[key]
            merged[key] = GoldSpan(
                span.start, span.end, tuple(dict.fromkeys(old.grounds + span.grounds)), span.kind, span.ignore
            )
        else:
            merged[key] = span
    return tuple(sorted(merged.values(), key=lambda s: (s.start, s.end)))


def read_gold(path: Path) -> list[GoldDoc]:
    """Read and validate a gold JSONL file (blank lines are skipped; doc ids must be unique)."""
    if not path.is_file():
        raise GoldFormatError(f"gold file not found: {path}")
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{where}: not valid JSON ({error.msg})") from None
            doc = parse_doc(data, where)
            if doc.doc_id in seen:
                raise GoldFormatError(f"{where}: duplicate doc_id {doc.doc_id!r}")
            seen.add(doc.doc_id)
            docs.append(doc)
    return docs


def write_gold(docs: Iterable[GoldDoc], path: Path) -> int:
    """Write ``docs`` as JSONL (UTF-8, one document per line); return the number written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for doc in docs:
            handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count
