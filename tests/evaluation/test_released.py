"""``lakmoes evaluate --released``: suggestion rates on released text, printed codes taken out first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from detector.cli import app
from detector.document import Suggestion
from training.released import ReleasedDoc, collect, measure, prepare, strip_codes


@dataclass
class _Analysis:
    doc_type: str
    suggestions: list[Suggestion]


class _CapitalsDetector:
    """Stands in for the Detector: every capitalised word is a PERSON; a text with 'Aan:' is an e-mail."""

    def __init__(self, settings: object = None, disabled_steps: tuple[str, ...] = ()) -> None:
        self.texts: list[str] = []

    def run(self, text: str, doc_type: str = "auto") -> _Analysis:
        self.texts.append(text)
        found = [
            Suggestion(m.start(), m.end(), m.group(), "PERSON", "5.1(2)e", 0.9, "uitleg", "stub")
            for m in regex.finditer(r"\b[A-Z][a-z]+\b", text)
        ]
        return _Analysis("email" if "Aan:" in text else "brief", found)

    def info(self) -> dict[str, object]:
        return {}


def test_printed_codes_are_removed_quoted_ones_stay() -> None:
    text = "Aan:\n\nart. 10 lid 2 sub e Wob\n\nT.a.v. 5.1(2)e\n\nonder vermelding van 5.1.2.e.\n"
    stripped, removed = strip_codes(text)
    assert removed == 2
    assert stripped == "Aan:\n\n\n\nT.a.v. \n\nonder vermelding van 5.1.2.e.\n"


def test_rates_per_thousand_words_per_kind_and_doc_type() -> None:
    docs = [
        ReleasedDoc("p1/a.md", "p1", "Aan: de raad van de provincie " + "tekst " * 94, 0),  # 100 words, 1 capital
        ReleasedDoc("p2/b.md", "p2", "Geachte Jansen en Pietersen, " + "woord " * 296, 1),  # 300 words, 3
    ]
    report = measure(_CapitalsDetector(), docs, examples=2)
    assert report["summary"] == {
        "documents": 2, "publications": 2, "words": 400, "suggestions": 4, "per_1000_words": 10.0,
        "codes_removed": 1, "seconds": report["summary"]["seconds"],
    }  # fmt: skip
    assert report["by_kind"] == {"PERSON": {"suggestions": 4, "per_1000_words": 10.0}}
    assert report["by_doc_type"]["email"] == {"documents": 1, "words": 100, "suggestions": 1, "per_1000_words": 10.0}
    assert report["by_doc_type"]["brief"]["per_1000_words"] == 10.0
    assert [e["text"] for e in report["examples"]["PERSON"]] == ["Aan", "Geachte"]
    assert [(d["publication"], d["words"], d["suggestions"]) for d in report["documents"]] == [
        ("p1", 100, 1), ("p2", 300, 3)
    ]


def test_limit_spreads_the_sample(tmp_path: Path) -> None:
    for n in range(10):
        (tmp_path / f"p{n}").mkdir()
        (tmp_path / f"p{n}" / "doc.md").write_text("tekst", encoding="utf-8")
    (tmp_path / "p0" / "scan.pdf").write_bytes(b"%PDF")
    assert [p.parent.name for p in collect(tmp_path, 5)] == ["p0", "p2", "p4", "p6", "p8"]
    assert len(collect(tmp_path)) == 10


def _corpus(root: Path) -> Path:
    bodies = {  # three bodies' released texts, as a crawler stores them
        "2024-provincie-besluit": "Geachte heer,\n\nDe Gedeputeerde Staten besluiten.\n\n5.1.2e\n\nHoogachtend,\n",
        "2023-ministerie-nota": "Aan: de minister\n\nWij adviseren instemming.\n\nart. 11 lid 1 Wob\n",
        "2022-gemeente-brief": "Beste inwoner,\n\nUw aanvraag is ontvangen.\n",
    }
    for publication, body in bodies.items():
        folder = root / publication
        folder.mkdir(parents=True)
        front = f"---\npublication_slug: {publication}\nocr_used: false\n---\n\n"
        (folder / "document.md").write_text(front + body + "---\nBron: [x](https://example.org)\n", encoding="utf-8")
    return root


def test_prepare_strips_front_matter_and_codes(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "corpus")
    doc = prepare(root / "2024-provincie-besluit" / "document.md", root)
    assert doc.publication == "2024-provincie-besluit" and doc.codes_removed == 1
    assert "publication_slug" not in doc.text and "5.1" not in doc.text and "Bron:" not in doc.text


def test_released_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("detector.detector.Detector", _CapitalsDetector)
    root = _corpus(tmp_path / "corpus")
    out = tmp_path / "released.json"
    result = CliRunner().invoke(app, ["evaluate", "--released", str(root), "--limit", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["documents"] == 2 and report["summary"]["folder"] == str(root)
    assert "per 1.000 woorden" in result.output and "per documenttype:" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--released", "{root}", "--gold", "x.jsonl"], "cannot be combined"),
        (["--released", "{root}/2022-gemeente-brief/document.md"], "is not a folder"),
        (["--released", "{empty}"], "no .md or .txt files"),
    ],
)
def test_released_command_refuses_bad_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.setattr("detector.detector.Detector", _CapitalsDetector)
    root = _corpus(tmp_path / "corpus")
    (tmp_path / "empty").mkdir()
    filled = [a.format(root=root, empty=tmp_path / "empty") for a in args]
    result = CliRunner().invoke(app, ["evaluate", *filled])
    assert result.exit_code == 2
    assert message in result.output
