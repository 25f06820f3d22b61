"""Reading and writing the gold JSONL format, and the errors for files that break it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.gold_format import GoldDoc, GoldFormatError, GoldSpan, read_gold, write_gold


def write_lines(path: Path, *objects: object) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def line(spans: list[dict], text: str = "Geachte heer Jansen,", doc_id: str = "d1") -> dict:
    return {"doc_id": doc_id, "text": text, "spans": spans}


def test_round_trip(tmp_path: Path) -> None:
    docs = [
        GoldDoc(
            "d1",
            "T.a.v. Anna de Vries, kosten € 1.250,00.",
            (
                GoldSpan(7, 20, ("5.1(2)e",), "PERSON"),
                GoldSpan(31, 39, ("5.1(1)c", "5.1(2)f"), "AMOUNT"),
            ),
            source="brief.md:1",
        ),
        GoldDoc("d2", "Buiten scope passage.", (GoldSpan(0, 20, ("buiten scope",), None, ignore=True),)),
    ]
    path = tmp_path / "gold.jsonl"
    assert write_gold(docs, path) == 2
    assert read_gold(path) == docs
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first["spans"][0] == {"start": 7, "end": 20, "ground": "5.1(2)e", "kind": "PERSON", "ignore": False}
    assert first["spans"][1]["grounds"] == ["5.1(1)c", "5.1(2)f"]


def test_same_offsets_twice_is_one_span_with_two_grounds(tmp_path: Path) -> None:
    spans = [
        {"start": 13, "end": 19, "ground": "5.2(1)", "kind": "POLICY_OPINION", "ignore": False},
        {"start": 13, "end": 19, "ground": "5.1(2)i", "kind": "POLICY_OPINION", "ignore": False},
    ]
    (doc,) = read_gold(write_lines(tmp_path / "g.jsonl", line(spans)))
    assert doc.spans == (GoldSpan(13, 19, ("5.2(1)", "5.1(2)i"), "POLICY_OPINION"),)


def test_blank_lines_are_skipped_and_spans_sorted(tmp_path: Path) -> None:
    spans = [
        {"start": 8, "end": 12, "ground": "5.1(2)e", "kind": "PERSON"},
        {"start": 0, "end": 7, "ground": None, "kind": None, "ignore": True},
    ]
    path = tmp_path / "g.jsonl"
    path.write_text("\n" + json.dumps(line(spans)) + "\n\n", encoding="utf-8")
    (doc,) = read_gold(path)
    assert [(s.start, s.ignore) for s in doc.spans] == [(0, True), (8, False)]
    assert doc.spans[0].ground is None


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([1, 2], "expected a JSON object"),
        ({"text": "x", "spans": []}, "'doc_id' must be a non-empty string"),
        (line([{"start": 5, "end": 99, "ground": "5.1(2)e", "kind": "PERSON"}]), r"offsets 5..99 outside the text"),
        (line([{"start": 5, "end": 5, "ground": "5.1(2)e", "kind": "PERSON"}]), r"offsets 5..5"),
        (line([{"start": "5", "end": 9, "ground": "5.1(2)e", "kind": "PERSON"}]), "must be integers"),
        (line([{"start": 0, "end": 7, "ground": "5.1(9)z", "kind": "PERSON"}]), r"unknown ground\(s\) \['5.1\(9\)z'\]"),
        (line([{"start": 0, "end": 7, "ground": "5.1(2)e", "kind": "NAME"}]), "unknown kind 'NAME'"),
        (line([{"start": 0, "end": 7, "ground": "5.1(2)e", "kind": None}]), "needs a 'kind' and a 'ground'"),
        (line([{"start": 0, "end": 7, "ground": None, "kind": "PERSON"}]), "needs a 'kind' and a 'ground'"),
        (line([{"start": 0, "end": 7, "ground": "5.1(2)e", "kind": "PERSON", "ignore": "yes"}]), "true or false"),
    ],
)
def test_bad_lines_are_refused_with_their_line_number(tmp_path: Path, obj: object, message: str) -> None:
    path = write_lines(tmp_path / "g.jsonl", line([], doc_id="ok"), obj)
    with pytest.raises(GoldFormatError, match=message) as error:
        read_gold(path)
    assert str(error.value).startswith("g.jsonl:2")


def test_invalid_json_and_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc_id": "a", "text": ""}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"g.jsonl:2: not valid JSON"):
        read_gold(path)
    with pytest.raises(GoldFormatError, match="duplicate doc_id 'd1'"):
        read_gold(write_lines(path, line([]), line([])))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="gold file not found"):
        read_gold(tmp_path / "nope.jsonl")
