"""Dump every suggestion and public span Lakmoes gives, to check that a speed change changes no output.

``python -m training.output_dump > before.txt``, make the change, dump again and compare the two files: they
must be identical. Texts: the gold splits (the test split is read only for this identity check, never to
tune), ``examples/*.txt``, the test fixtures and two dense letters (:func:`training.cost.dense_letter`).
Each text is analysed with no profile and with each body's profile, with the detected and the gold document
type, one at a time and through ``Detector.analyze_many``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from detector.detector import Analysis, Detector
from detector.settings import Settings
from training.cost import dense_letter

GOLD_SPLITS = ("tune", "dev", "test")
PROFILES = {
    "none": None,
    "almere": Path("training/data/profiles/gemeente-almere.toml"),
    "uwv": Path("training/data/profiles/uwv.toml"),
}
DENSE_SIZES = (20_000, 60_000)


def texts(root: Path) -> list[tuple[str, str, str]]:
    """``(name, text, gold document type or "auto")`` of every text the dump covers."""
    found = []
    for split in GOLD_SPLITS:
        for line in (root / "training/data/gold" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found.append((row["doc_id"], row["text"], row.get("doc_type") or "auto"))
    files = sorted(root.glob("examples/*.txt")) + sorted(root.glob("tests/fixtures/**/*.txt"))
    files += sorted(root.glob("tests/fixtures/**/*.md"))
    found += [(str(path.relative_to(root)), path.read_text(encoding="utf-8"), "auto") for path in files]
    found += [(f"dense{size}", dense_letter(size), "auto") for size in DENSE_SIZES]
    return found


def lines(tag: str, name: str, analysis: Analysis) -> Iterator[str]:
    """One line for the text, then one per suggestion (``S``) and per public span (``P``)."""
    yield f"{tag} {name} {analysis.doc_type}"
    for s in analysis.suggestions:
        yield f" S {s.start} {s.end} {s.entity_type} {s.ground} {s.grounds} {s.score:.4f} {s.recognizer} " + (
            s.explanation
        )
    for p in analysis.public:
        yield f" P {p.start} {p.end} {p.entity_type} {p.score:.4f} {p.recognizer} {p.reason}"


def dump(root: Path, out: TextIO) -> None:
    """Write the dump of every text under every configuration to ``out``."""
    cases = texts(root)
    for tag, profile in PROFILES.items():
        detector = Detector(Settings(_env_file=None, profile=root / profile if profile else None))
        for name, text, doc_type in cases:
            out.writelines(f"{line}\n" for line in lines(f"{tag}-auto", name, detector.run(text)))
            if doc_type != "auto":
                out.writelines(f"{line}\n" for line in lines(f"{tag}-gold", name, detector.run(text, doc_type)))
        for (name, _, _), analysis in zip(cases, detector.analyze_many(t for _, t, _ in cases), strict=True):
            out.writelines(f"{line}\n" for line in lines(f"{tag}-many", name, analysis))


if __name__ == "__main__":
    dump(Path.cwd(), sys.stdout)
