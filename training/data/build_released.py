"""Build ``opinions-released-tune.jsonl`` and ``opinions-released-test.jsonl``: passages of real internal
documents that a body released, as ``fact`` examples for the 5.2(1) classifier; and ``opinions-v2.jsonl``, the
training split (``opinions-v1.jsonl``, the hand-written items of ``handwritten-v2.tsv``, then the tune passages).

What a body published after review was, by its own judgement, no personal policy opinion in intern beraad (or
one it chose to release): a model that marks it costs reviewers time on every real memo. The passages are cut
exactly as the ``opinions`` step cuts and selects them: from the documents whose detected type is internal (memo,
e-mail, chat, verslag) and from the internal sections of other documents (an e-mail annex of a decision
letter). Publications in the ``tune`` split (two in five by a hash of the folder name, never one of the gold dev/test
splits in ``training/data/gold``) go to the training file, the others to the test file, which is
only used to report the rate on real text. At most :data:`PER_DOCUMENT` passages per document (seeded).

Run from the repository root, with the corpus checked out beside it (not needed by tests)::

    python -m training.data.build_released ../shared/corpus/uwv-woo-publicaties
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from detector.doctype import detect_doc_type
from detector.nlp import load_language
from detector.settings import Settings
from detector.steps.base import Resources
from detector.steps.opinions import OpinionStep
from training.data.build_v1 import handwritten_items

HERE = Path(__file__).parent
SEED = 20261201
PER_DOCUMENT = 40
TUNE_FRACTION = 2  # of 5: a publication is in ``tune`` when sha1(name) mod 5 < 2


def held_out_publications() -> frozenset[str]:
    """Publications whose documents are in the gold ``dev`` or ``test`` split: never tuned on."""
    found: set[str] = set()
    for split in ("dev", "test"):
        with (HERE / "gold" / f"{split}.jsonl").open(encoding="utf-8") as handle:
            found |= {json.loads(line).get("publication") or "" for line in handle if line.strip()}
    return frozenset(found)


def in_tune(publication: str, held_out: frozenset[str] = frozenset()) -> bool:
    """The tune/test split of a publication folder, by a hash of its name (stable when folders are added);
    publications of the gold dev/test splits are always test."""
    if publication in held_out:
        return False
    return int(hashlib.sha1(publication.encode()).hexdigest(), 16) % 5 < TUNE_FRACTION


def document_text(path: Path) -> str:
    """A corpus file's text without its front matter."""
    raw = path.read_text("utf-8", errors="replace")
    return raw.split("\n---\n", 1)[1] if raw.startswith("---\n") else raw


def build(corpus: Path, body: str = "uwv") -> dict[str, int]:
    """Write both files for the publications under ``corpus``; return the number of passages per split."""
    nlp, _ = load_language(Settings().spacy_model)
    step = OpinionStep(Resources(settings=Settings(), nlp=nlp))
    rng = random.Random(SEED)
    rows: dict[str, list[dict[str, str]]] = {"tune": [], "test": []}
    held_out = held_out_publications()
    for publication in sorted(p for p in corpus.iterdir() if p.is_dir()):
        split = "tune" if in_tune(publication.name, held_out) else "test"
        for path in sorted(publication.glob("*.md")):
            text = document_text(path)
            doc_type = detect_doc_type(text)
            passages = [" ".join(p.split()) for _, _, p in step.deliberation_passages(text, doc_type)]
            passages = sorted({p for p in passages if len(p.split()) >= 5})
            for index, passage in enumerate(rng.sample(passages, min(PER_DOCUMENT, len(passages)))):
                rows[split].append({
                    "id": f"released-{body}-{path.stem[:60]}-{index}",
                    "text": passage,
                    "label": "fact",
                    "register": doc_type,
                    "case": "released",
                    "source": f"released:{body}",
                    "group": f"released:{body}:{publication.name}",
                })
    for split, items in rows.items():
        with (HERE / f"opinions-released-{split}.jsonl").open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    base = (HERE / "opinions-v1.jsonl").read_text(encoding="utf-8")
    hand = "".join(
        json.dumps({"id": f"v2-hand-{index:04d}", **item}, ensure_ascii=False) + "\n"
        for index, item in enumerate(handwritten_items(HERE / "handwritten-v2.tsv"), start=1)
    )
    released = (HERE / "opinions-released-tune.jsonl").read_text(encoding="utf-8")
    (HERE / "opinions-v2.jsonl").write_text(base + hand + released, encoding="utf-8")
    return {split: len(items) for split, items in rows.items()}


if __name__ == "__main__":
    print(build(Path(sys.argv[1])))
