"""Multi-body gold: UWV-style printed codes, quoted codes left alone, and a fixed split by publication.

The corpora are small fixtures written here (an Almere-style marker file and a few UWV-style publications);
nothing is read from ``../shared``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app
from training.gold_corpus import ALMERE_DIR, ALMERE_FILE, UWV_DIR, build_splits, split_docs
from training.gold_format import GoldDoc, GoldSpan, read_gold
from training.gold_uwv import is_decision_letter, normalise_markers, read_released

MARKERS = Path(__file__).parent / "data" / "markers.md"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("art. 10 lid 2 sub e Wob", "10(2)e"),
        ("art.101id 2 sub e WOB", "10(2)e"),
        ("art. 10 licl 2 sud e WOB", "10(2)e"),
        ("Art. 10.2.e", "10(2)e"),
        ("10.2.e Wob", "10(2)e"),
        ("art. 11 lid 1 Wob", "11(1)"),
        ("5.1.2e", "5.1(2)e"),
        ("5.1.2.e", "5.1(2)e"),
        ("5. 1. 2e", "5.1(2)e"),
        ("51.2e", "5.1(2)e"),
        ("5.1.2¢", "5.1(2)c"),
        ("5.1.2.e.i", "5.1(2)e en 5.1(2)i"),
        ("art. 10 lid 2 sub e en g Wob", "10(2)e en 10(2)g"),
        ("Eigenaar is de art. 10 lid 2 sub e WOB", "Eigenaar is de 10(2)e"),
        ("5.2.1", "5.2(1)"),
        ("11.1", "11(1)"),
    ],
)
def test_in_box_codes_become_canonical(line: str, expected: str) -> None:
    text, count = normalise_markers(f"Tekst ervoor.\n\n{line}\n\nTekst erna.")
    assert text.split("\n")[2] == expected
    assert count == 1


@pytest.mark.parametrize(
    "text",
    [
        "5.2.1 Score integraal risico",  # a section number
        "11.1 Er is geen actieve monitoring",
        "De WW kent in art. 11 lid 1 een regel.",  # a law cited without Wob or letter
        "Procesmodel Hoger Beroep Deels openbaar (5.1.2.e)",  # an inventory row
        "gemaakt onder vermelding van\n\n5.1.2.e.\n\nvan",  # a decision letter's reasoning
    ],
)
def test_quoted_codes_and_section_numbers_stay(text: str) -> None:
    assert normalise_markers(text) == (text, 0)


def test_a_code_split_over_two_lines_is_joined() -> None:
    text, count = normalise_markers("Rechtmatigheid\n\nArt. 10 lid 2\n\nsub e en g Wob\n\nDaarnaast")
    assert count == 1
    assert text.split("\n")[2] == "10(2)e en 10(2)g" and "sub e" not in text


def test_an_inventory_quotes_all_its_codes() -> None:
    rows = "\n".join(f"{n} Nota {n} Deels openbaar 5.1.2e" for n in range(1, 5))
    assert normalise_markers(rows + "\n\n5.1.2e\n") == (rows + "\n\n5.1.2e\n", 0)


def test_released_text_loses_front_matter_footer_and_control_characters() -> None:
    raw = (
        "---\npublication_slug: 2021-01-01-besluit-x\nocr_used: true\n---\n\nBrief\x00 aan\x0c de raad\n"
        "---\nBron: [Besluit](https://example.org)\n"
    )
    released = read_released(raw, "2021-01-01-besluit-x/bijlage-1.md")
    assert released.text.strip() == "Brief aan de raad"
    assert released.publication == "2021-01-01-besluit-x" and released.ocr


def test_decision_letters_are_recognised_by_name() -> None:
    assert is_decision_letter("p/2021-01-01-besluit-wob-verzoek-x.md")
    assert not is_decision_letter("p/2021-01-01-bijlage-1-bij-besluit-wob-verzoek-x.md")


def _uwv_doc(publication: str, name: str, body: str) -> tuple[str, str]:
    front = f"---\npublication_slug: {publication}\nocr_used: false\n---\n\n"
    return f"{publication}/{name}.md", front + body


PUBLICATIONS = {
    f"2020-0{n}-01-besluit-wob-verzoek-{topic}": [
        _uwv_doc(f"2020-0{n}-01-besluit-wob-verzoek-{topic}", f"2020-0{n}-01-bijlage-1-{topic}", (
            "Van:\n\ndinsdag 3 maart 2020 10:15\n\nAan:\n\nart. 10 lid 2 sub e Wob\n\n"
            f"Onderwerp: {topic}\n\nBeste\n\nart.10 lid 2 sub e WOB\n\nIk stuur je de cijfers.\n\n"
            "art. 10 lid 2 sub e Wob\n\nDe tabel volgt morgen.\n\nart. 11 lid 1 Wob\n\n"
            "Met vriendelijke groet,\n\nart. 10 lid 2 sub e Wob\n\nDirectie Handhaving\n"
        )),
        _uwv_doc(f"2020-0{n}-01-besluit-wob-verzoek-{topic}", f"2020-0{n}-01-besluit-wob-verzoek-{topic}", (
            "Geachte heer,\n\nWaar van toepassing hebben wij namen onleesbaar gemaakt onder vermelding van\n\n"
            "10.2.e\n\nHoogachtend,\n\nde Raad van bestuur\n"
        )),
    ]
    for n, topic in enumerate(("aanbesteding", "handhaving", "herbeoordeling", "verzuim"), start=1)
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / ALMERE_DIR).mkdir()
    shutil.copy(MARKERS, tmp_path / ALMERE_DIR / ALMERE_FILE)
    for docs in PUBLICATIONS.values():
        for rel, text in docs:
            path = tmp_path / UWV_DIR / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return tmp_path


def test_uwv_codes_become_values_or_ignore_regions(corpus: Path) -> None:
    splits, skipped = build_splits(corpus, seed=5)
    uwv = [d for docs in splits.values() for d in docs if d.body == "uwv"]
    assert len(uwv) == 4 and skipped["decision letter (grounds quoted)"] == 4
    for doc in uwv:
        kinds = [(s.kind, s.grounds) for s in doc.spans]
        # Aan: → name; Beste → first name; an unexplained line → ignore; 11(1) → opinion; signature → name
        assert kinds == [
            ("PERSON", ("5.1(2)e",)),
            ("PERSON", ("5.1(2)e",)),
            (None, ("5.1(2)e",)),
            ("POLICY_OPINION", ("5.2(1)",)),
            ("PERSON", ("5.1(2)e",)),
        ]
        assert "Wob" not in doc.text and "art." not in doc.text
        assert doc.publication in PUBLICATIONS and doc.doc_type


def test_split_keeps_publications_whole_and_is_fixed(corpus: Path) -> None:
    first, _ = build_splits(corpus, seed=5)
    again, _ = build_splits(corpus, seed=5)
    assert {k: [d.to_dict() for d in v] for k, v in first.items()} == {
        k: [d.to_dict() for d in v] for k, v in again.items()
    }
    where = {d.publication: name for name, docs in first.items() for d in docs if d.body == "uwv"}
    assert sorted(where.values()) == ["dev", "test", "tune", "tune"]  # 4 publications: 1 test, 1 dev, rest tune
    almere = [d for docs in first.values() for d in docs if d.body == "gemeente-almere"]
    assert {d.publication for d in almere} == {ALMERE_DIR}
    ids = [d.doc_id for docs in first.values() for d in docs]
    assert len(ids) == len(set(ids))


def test_one_publication_body_is_split_by_document() -> None:
    docs = [
        GoldDoc(f"d{i}", "Jan", (GoldSpan(0, 3, ("5.1(2)e",), "PERSON"),), body="provincie", publication="p")
        for i in range(10)
    ]
    splits = split_docs(docs, seed=1)
    assert [len(splits[name]) for name in ("tune", "dev", "test")] == [4, 3, 3]


def test_gold_build_command_writes_three_splits(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold"
    result = CliRunner().invoke(app, ["gold", "build", "--corpus", str(corpus), "--out-dir", str(out), "--seed", "5"])
    assert result.exit_code == 0, result.output
    docs = {name: read_gold(out / f"{name}.jsonl") for name in ("tune", "dev", "test")}
    assert all(d.body and d.publication for split in docs.values() for d in split)
    assert "uwv" in result.output and "gemeente-almere" in result.output


def test_gold_build_command_names_a_missing_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gold", "build", "--corpus", str(tmp_path), "--out-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "woo-almere-radicalisering" in result.output
