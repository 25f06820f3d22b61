"""Gold from the released corpora of several bodies, split into fixed ``tune`` / ``dev`` / ``test`` sets.

Two corpora (see ``../shared/corpus/README.md``): the Almere Woo release, one marker document in which every
black box is replaced by its ground code, and UWV's publications, of which a few print the ground code in the
box. Both become gold documents with synthetic values (:mod:`training.gold`), each tagged with its ``body``,
``publication`` and ``doc_type``. The split never cuts a unit in two: a UWV publication (all its documents)
goes to one set; the Almere release is one publication of separately released documents (decision letter,
offertes, memos, …), so there the unit is the released document.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from detector.doctype import detect_doc_type
from training.gold import build_gold
from training.gold_format import GoldDoc
from training.gold_uwv import is_decision_letter, normalise_markers, read_released

ALMERE_DIR = "woo-almere-radicalisering"
ALMERE_FILE = "besluit-en-documenten.md"
UWV_DIR = "uwv-woo-publicaties"
SPLITS = ("tune", "dev", "test")
HELD_OUT = 0.3  # share of a body's units in dev, and again in test (at least one each from three units)


def almere_gold(corpus: Path, seed: int) -> list[GoldDoc]:
    """The Almere release: one marker document cut into its released documents."""
    path = corpus / ALMERE_DIR / ALMERE_FILE
    docs = build_gold([(path.name, path.read_text(encoding="utf-8"))], seed=seed)
    return [_tag(doc, "gemeente-almere", ALMERE_DIR, f"almere-{doc.doc_id}") for doc in docs]


def uwv_gold(corpus: Path, seed: int) -> tuple[list[GoldDoc], Counter[str]]:
    """UWV documents with in-box codes; and counts of what was left out and why."""
    root = corpus / UWV_DIR
    docs: list[GoldDoc] = []
    skipped: Counter[str] = Counter()
    for path in sorted(root.rglob("*.md")):
        rel = path.relative_to(root).as_posix()
        if is_decision_letter(rel):
            skipped["decision letter (grounds quoted)"] += 1
            continue
        released = read_released(path.read_text(encoding="utf-8", errors="replace"), rel)
        text, codes = normalise_markers(released.text)
        if not codes:
            skipped["no in-box code"] += 1
            continue
        # No document boundaries (one file is one document); a code alone on a line that no label explains
        # becomes an ignore region rather than a guessed name.
        built = build_gold([(rel, text)], seed=seed, boundaries=(), guess_lines=False)
        for doc in built:
            if not doc.scored:
                skipped["codes but no value of a known kind"] += 1
                continue
            docs.append(_tag(doc, "uwv", released.publication, f"uwv-{doc.doc_id}"))
    return docs, skipped


def _tag(doc: GoldDoc, body: str, publication: str, doc_id: str) -> GoldDoc:
    return replace(doc, doc_id=doc_id, body=body, publication=publication, doc_type=detect_doc_type(doc.text))


def split_unit(doc: GoldDoc, publications_of_body: int) -> str:
    """The unit kept whole by the split: the publication, or the document for a body with one publication."""
    return doc.doc_id if publications_of_body == 1 else (doc.publication or doc.doc_id)


def split_docs(docs: Sequence[GoldDoc], seed: int) -> dict[str, list[GoldDoc]]:
    """Assign every unit of every body to tune, dev or test; the same seed gives the same split."""
    out: dict[str, list[GoldDoc]] = {name: [] for name in SPLITS}
    for body in sorted({d.body or "" for d in docs}):
        mine = [d for d in docs if (d.body or "") == body]
        publications = len({d.publication for d in mine})
        units = sorted({split_unit(d, publications) for d in mine})
        random.Random(f"{seed}:{body}").shuffle(units)
        held = max(1, round(len(units) * HELD_OUT)) if len(units) >= 3 else 0
        assigned = {u: "test" for u in units[:held]}
        assigned |= {u: "dev" for u in units[held : 2 * held]}
        for doc in mine:
            out[assigned.get(split_unit(doc, publications), "tune")].append(doc)
    return out


def build_splits(corpus: Path, seed: int) -> tuple[dict[str, list[GoldDoc]], Counter[str]]:
    """Gold of both corpora, split; and the counts of UWV documents left out, by reason."""
    for needed in (corpus / ALMERE_DIR / ALMERE_FILE, corpus / UWV_DIR):
        if not needed.exists():
            raise FileNotFoundError(f"{needed} not found: --corpus must hold {ALMERE_DIR}/ and {UWV_DIR}/")
    uwv, skipped = uwv_gold(corpus, seed)
    return split_docs([*almere_gold(corpus, seed), *uwv], seed), skipped


def split_table(splits: dict[str, list[GoldDoc]]) -> list[dict[str, object]]:
    """Per split and body: publications, documents, scored spans and ignore regions."""
    rows: list[dict[str, object]] = []
    for name, docs in splits.items():
        for body in sorted({d.body or "" for d in docs}):
            mine = [d for d in docs if (d.body or "") == body]
            rows.append({
                "split": name,
                "body": body,
                "publications": len({d.publication for d in mine}),
                "documents": len(mine),
                "spans": sum(len(d.scored) for d in mine),
                "ignore_regions": sum(len(d.ignored) for d in mine),
                "words": sum(len(d.text.split()) for d in mine),
            })  # fmt: skip
    return rows
