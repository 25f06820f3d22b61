"""A whole request run locally from a folder: analyse every file, propose each person in every document,
apply reviewed decisions if given, and write every annex to one output folder.

The CLI (``lakmoes request run``) drives :func:`analyse_folder` and :func:`write_annexes`; the review service
builds the same :class:`RequestItem` list from its database and uses the same annex writers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from detector.batch import DocumentResult, run_batch
from detector.decisions_file import Decided, check_against, decisions_for
from detector.document import Document, Suggestion
from detector.extract import ExtractionError, extract_path
from detector.inventory import write_inventory
from detector.request import besluit, consistency
from detector.request.annexes import inventory_row, publication, released, write_redacted_zip
from detector.request.diwoo import Decision, sitemap
from detector.request.model import RequestItem
from detector.request.spread import spread
from detector.settings import Settings

ANNEXES = (
    "inventarislijst.xlsx", "inventarislijst.csv", "inventarislijst.md", "concept-overwegingen.docx",
    "concept-overwegingen.md", "gelakte-documenten.zip", "consistentie.md", "consistentie.json", "diwoo-sitemap.xml",
)  # fmt: skip


@dataclass(frozen=True)
class Publisher:
    """Who publishes: a TOOI organisation URI (and a name); None means no DiWoo sitemap is written."""

    tooi: str | None
    base_url: str


def analyse_folder(
    folder: Path, files: list[Path], settings: Settings, *, jobs: int, progress: Callable[[int], None] | None = None
) -> list[RequestItem]:
    """Every file of ``folder`` (``collect_files``) analysed, attachments as documents of their own."""
    items: list[RequestItem] = []
    for path, result in zip(files, run_batch(files, settings, jobs=jobs), strict=True):
        if progress is not None:
            progress(1)
        name = path.relative_to(folder).as_posix()
        if result.error:
            items.append(RequestItem(len(items) + 1, name, "", "", "", error=result.error))
            continue
        try:
            extracted = _flatten(extract_path(path, ocr_language=settings.ocr_language))
        except ExtractionError as error:
            items.append(RequestItem(len(items) + 1, name, "", "", "", error=str(error)))
            continue
        content = path.read_bytes()
        for index, (document, analysed) in enumerate(zip(extracted, result.documents, strict=True)):
            shown = name if index == 0 else f"{name}/{Path(document.name).name}"
            items.append(_item(len(items) + 1, shown, document, analysed, content if index == 0 else None))
    return items


def _flatten(document: Document) -> Iterator[Document]:
    yield document
    for attachment in document.attachments:
        yield from _flatten(attachment)


def _item(number: int, name: str, document: Document, analysed: DocumentResult, content: bytes | None) -> RequestItem:
    records = analysed.record["suggestions"]
    assert isinstance(records, list)
    suggestions = tuple(
        Suggestion(**{**s, "bbox": None, "grounds": tuple(s["grounds"])}) for s in records
    )
    return RequestItem(
        number, name, document.text, document.media_type, str(analysed.record["doc_type"]), suggestions, None,
        analysed.date, content,
    )  # fmt: skip


def propagate(items: list[RequestItem]) -> int:
    """Add each person and supplier name of the request to every document that writes it but has no suggestion
    there yet."""
    live = [index for index, item in enumerate(items) if item.error is None]
    documents = [(items[i].name, items[i].text, items[i].doc_type, items[i].suggestions) for i in live]
    added = 0
    for index, new in zip(live, spread(documents), strict=True):
        if new:
            merged = tuple(sorted((*items[index].suggestions, *new), key=lambda s: (s.start, s.end)))
            items[index] = replace(items[index], suggestions=merged)
            added += len(new)
    return added


def apply_decisions(items: list[RequestItem], decisions: dict[str, list[Decided]]) -> int:
    """Attach reviewed decisions (JSONL, docs/feedback-format.md) to the documents they name; returns how many."""
    applied = 0
    for index, item in enumerate(items):
        found = decisions_for(decisions, item.name) if item.error is None else None
        if found is not None:
            check_against(found, item.text, item.name)
            items[index] = replace(item, decided=tuple(found))
            applied += 1
    return applied


def write_annexes(items: list[RequestItem], out: Path, subject: str, publisher: Publisher) -> list[Path]:
    """Write every annex of :data:`ANNEXES` to ``out`` (the DiWoo sitemap only with a publisher)."""
    out.mkdir(parents=True, exist_ok=True)
    rows = [inventory_row(item) for item in items]
    for suffix in ("xlsx", "csv", "md"):
        write_inventory(rows, out / f"inventarislijst.{suffix}")
    uses = besluit.ground_uses(items)
    (out / "concept-overwegingen.docx").write_bytes(besluit.to_docx(uses, subject))
    (out / "concept-overwegingen.md").write_text(besluit.to_markdown(uses, subject), encoding="utf-8")
    with (out / "gelakte-documenten.zip").open("wb") as stream:
        write_redacted_zip(items, stream)
    issues = consistency.report(items)
    (out / "consistentie.md").write_text(consistency.to_markdown(issues), encoding="utf-8")
    (out / "consistentie.json").write_text(consistency.to_json(issues) + "\n", encoding="utf-8")
    written = [out / name for name in ANNEXES[:-1]]
    if publisher.tooi:
        ref = "verzoek"
        base = publisher.base_url.rstrip("/")
        decision = Decision(f"{base}/{ref}/besluit", f"Besluit op Woo-verzoek: {subject}")
        documents = [publication(i, base, ref) for i in items if released(i)]
        (out / "diwoo-sitemap.xml").write_bytes(sitemap(documents, decision, publisher.tooi))
        written.append(out / "diwoo-sitemap.xml")
    (out / "verzoek.json").write_text(json.dumps(_summary(items, subject), ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")  # fmt: skip
    return written


def _summary(items: list[RequestItem], subject: str) -> dict[str, object]:
    return {
        "subject": subject,
        "documents": len(items),
        "failed": [{"number": i.number, "document": i.name, "error": i.error} for i in items if i.error],
    }
