"""A draft of the besluit's "Overwegingen": per ground actually applied, the law, a motivation, where it was
applied and, for relative grounds, the weighing of interests. Written as Markdown and DOCX, marked CONCEPT.

The legal text and motivation come from the ground catalogue (``detector/data/grounds.json``); the weighing
texts for relative grounds from ``detector/data/weighing.json``. The reviewer finishes the text: this is a
draft, never a decision.
"""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detector.grounds import get_ground
from detector.inventory import sort_grounds
from detector.request.model import RequestItem

DRAFT_MARK = "CONCEPT — ter beoordeling, geen vastgesteld besluit"
_WHAT = {
    "PERSON": "naam", "EMAIL_ADDRESS": "e-mailadres", "PHONE_NUMBER": "telefoonnummer", "ADDRESS": "adres",
    "POSTCODE": "postcode", "IBAN_CODE": "bankrekeningnummer", "NL_BSN": "burgerservicenummer",
    "SIGNATURE": "handtekening", "KENMERK": "kenmerk", "ORDER_NUMBER": "ordernummer", "AMOUNT": "bedrag",
    "ORGANIZATION": "bedrijfsgegeven", "SPECIAL_CATEGORY": "bijzonder persoonsgegeven",
    "POLICY_OPINION": "passage", "NL_KVK": "KvK-nummer", "NL_BTW": "btw-nummer",
}  # fmt: skip


@dataclass(frozen=True)
class GroundUse:
    """How one ground was applied across the request."""

    code: str
    title: str
    kind: str
    legal_text: str
    motivation: str
    weighing: str | None
    count: int
    documents: tuple[int, ...]


@lru_cache(maxsize=1)
def _weighing() -> dict[str, str]:
    data = json.loads(resources.files("detector.data").joinpath("weighing.json").read_text(encoding="utf-8"))
    weighing: dict[str, str] = data["weighing"]
    return weighing


def ground_uses(items: list[RequestItem]) -> list[GroundUse]:
    """The grounds applied in the redactions of ``items``, in catalogue order, with counts and documents."""
    counts: Counter[str] = Counter()
    documents: dict[str, set[int]] = defaultdict(set)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        types = {(s.start, s.end): s.entity_type for s in item.suggestions}
        for span in item.redactions:
            counts[span.ground] += 1
            documents[span.ground].add(item.number)
            kinds[span.ground][types.get((span.start, span.end), "")] += 1
    uses = []
    for code in sort_grounds(counts):
        ground = get_ground(code)
        what = ", ".join(_WHAT[t] for t, _ in kinds[code].most_common() if t in _WHAT) or "gegevens"
        weighing = _weighing().get(code, _weighing()["default"]) if ground.kind == "relative" else None
        uses.append(
            GroundUse(code, ground.title, ground.kind, ground.legal_text, ground.explain(what), weighing,
                      counts[code], tuple(sorted(documents[code])))
        )  # fmt: skip
    return uses


def _where(use: GroundUse) -> str:
    numbers = ", ".join(str(n) for n in use.documents)
    label = "document" if len(use.documents) == 1 else "documenten"
    return f"Toegepast: {use.count} keer, in {label} {numbers} (nummers van de inventarislijst)."


def to_markdown(uses: list[GroundUse], subject: str) -> str:
    """The draft as Markdown."""
    lines = [f"# Overwegingen — {subject}", "", f"**{DRAFT_MARK}**", ""]
    if not uses:
        lines.append("In de documenten is geen informatie onleesbaar gemaakt; er is geen weigeringsgrond toegepast.")
    for use in uses:
        lines += [f"## {use.title} ({use.code})", "", use.legal_text, "", use.motivation, ""]
        if use.weighing:
            lines += ["**Belangenafweging.** " + use.weighing, ""]
        lines += [_where(use), "", f"Deze informatie is onleesbaar gemaakt met de aanduiding {use.code}.", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_docx(uses: list[GroundUse], subject: str) -> bytes:
    """The draft as a Word document (python-docx)."""
    from docx import Document

    document = Document()
    document.core_properties.title = f"CONCEPT Overwegingen — {subject}"
    document.add_heading(f"Overwegingen — {subject}", level=1)
    mark = document.add_paragraph()
    mark.add_run(DRAFT_MARK).bold = True
    if not uses:
        document.add_paragraph("In de documenten is geen informatie onleesbaar gemaakt; er is geen weigeringsgrond "
                               "toegepast.")
    for use in uses:
        document.add_heading(f"{use.title} ({use.code})", level=2)
        document.add_paragraph(use.legal_text)
        document.add_paragraph(use.motivation)
        if use.weighing:
            paragraph = document.add_paragraph()
            paragraph.add_run("Belangenafweging. ").bold = True
            paragraph.add_run(use.weighing)
        document.add_paragraph(_where(use))
        document.add_paragraph(f"Deze informatie is onleesbaar gemaakt met de aanduiding {use.code}.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
