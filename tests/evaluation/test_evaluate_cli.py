"""``lakmoes evaluate``: the CI floor on the committed dev set, the reports, and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app
from detector.detector import Analysis
from detector.document import Suggestion
from training.eval_cli import default_gold
from training.evaluate import floor_failures
from training.gold_format import GoldDoc, GoldSpan, write_gold

# Just under the figures measured on the multi-body dev split (see docs/evaluation.md); a change that loses
# recall or precision, in total or for one body, fails here. Raise them when the detector improves.
# The 5.2(1) model trained with released passages as negatives (issue 14) traded one template opinion of the
# Almere dev documents (recall 0.833 → 0.819) for precision 0.535 → 0.857.
MIN_RECALL = 0.86
MIN_PRECISION = 0.88
MIN_BY_BODY = {"gemeente-almere": (0.93, 0.91), "uwv": (0.6, 0.75)}  # (recall, precision)
# Each body's dev documents are scored with its own profile (its policy choices, such as Almere redacting every
# supplier name it finds).
PROFILES = Path(__file__).parents[2] / "training" / "data" / "profiles"


@pytest.mark.slow
def test_dev_set_meets_the_floor(tmp_path: Path) -> None:
    out, html = tmp_path / "report.json", tmp_path / "report.html"
    args = ["evaluate", "--gold", str(default_gold()), "--profiles", str(PROFILES)]
    args += ["--out", str(out), "--html", str(html)]
    result = CliRunner().invoke(app, [*args, "--min-recall", str(MIN_RECALL), "--min-precision", str(MIN_PRECISION)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report) == {
        "summary", "by_kind", "by_ground", "by_body", "by_doc_type", "by_body_kind", "confusion", "misses",
        "false_positives", "meta",
    }  # fmt: skip
    assert report["summary"]["gold"] == report["meta"]["gold_spans"]
    for body, (min_recall, min_precision) in MIN_BY_BODY.items():
        figures = report["by_body"][body]
        assert figures["recall"] >= min_recall and figures["precision"] >= min_precision, (body, figures)
    assert len(report["misses"]) == report["summary"]["gold"] - report["summary"]["found"]
    assert len(report["false_positives"]) == report["summary"]["false_positives"]
    assert "TOTAAL" in result.output and "per organisatie:" in result.output and "per documenttype:" in result.output
    page = html.read_text(encoding="utf-8")
    assert "<h1>Lakmoes-evaluatie</h1>" in page and "Verwarring tussen gronden" in page
    assert all(f"<h3>{body}</h3>" in page for body in MIN_BY_BODY)


class _SilentDetector:
    """Stands in for the Detector: proposes one fixed span on every document."""

    def __init__(self, settings: object, disabled_steps: tuple[str, ...] = ()) -> None:
        self.disabled_steps = disabled_steps

    def run(self, text: str, doc_type: str = "auto") -> Analysis:
        return Analysis("memo", [Suggestion(0, 5, text[:5], "PERSON", "5.1(2)e", 0.9, "uitleg", "stub")])

    def info(self) -> dict[str, object]:
        return {"recognizers": ["stub"]}


@pytest.fixture
def tiny_gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    doc = {"doc_id": "d", "text": "Jansen <b> schreef: kosten € 1.250", "spans": [
        {"start": 0, "end": 6, "ground": "5.1(2)e", "kind": "PERSON"},
        {"start": 28, "end": 34, "ground": "5.1(1)c", "kind": "AMOUNT"},
    ]}  # fmt: skip
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_floor_not_met_exits_1(tiny_gold: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("detector.detector.Detector", _SilentDetector)
    html = tmp_path / "r.html"
    args = ["evaluate", "--gold", str(tiny_gold), "--html", str(html), "--min-recall", "0.6", "--min-precision", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "floor not met: recall 0.500 is below the floor 0.600" in result.output
    assert "precision" not in result.output.split("floor not met")[-1]  # precision 1.0 meets its floor
    # Document text is escaped in the HTML report.
    assert "Jansen &lt;b&gt; schreef" in html.read_text(encoding="utf-8")


def test_floors_met_exit_0(tiny_gold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("detector.detector.Detector", _SilentDetector)
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(tiny_gold), "--min-recall", "0.5"])
    assert result.exit_code == 0, result.output


def test_broken_gold_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "d", "text": "abc", "spans": [{"start": 1, "end": 9}]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output


@pytest.mark.parametrize(
    ("summary", "min_recall", "min_precision", "failures"),
    [
        ({"recall": 0.8, "precision": 0.9}, 0.7, 0.9, []),
        ({"recall": 0.6, "precision": 0.9}, 0.7, None, ["recall 0.600 is below the floor 0.700"]),
        ({"recall": None, "precision": None}, 0.1, 0.1, [
            "recall is undefined (nothing to measure), floor is 0.100",
            "precision is undefined (nothing to measure), floor is 0.100",
        ]),
        ({"recall": None, "precision": None}, None, None, []),
    ],
)  # fmt: skip
def test_floor_failures(
    summary: dict, min_recall: float | None, min_precision: float | None, failures: list[str]
) -> None:
    assert floor_failures(summary, min_recall, min_precision) == failures


def test_profiles_score_each_body_with_its_own_profile(tmp_path: Path) -> None:
    """``--profiles DIR``: a body's documents are scored with ``DIR/<body>.toml``; other bodies without one."""
    text = "Uw brief kunt u afgeven op Raadhuisplein 7 in Voorbeeldstad, ook op zaterdag."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(
            json.dumps({"doc_id": f"{body}-1", "body": body, "doc_type": "brief", "text": text, "spans": []}) + "\n"
            for body in ("gemeente-voorbeeld", "provincie-elders")
        ),
        encoding="utf-8",
    )
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "gemeente-voorbeeld.toml").write_text(
        'name = "Gemeente Voorbeeld"\ntooi = "https://identifier.overheid.nl/tooi/id/gemeente/gm9999"\n'
        'addresses = ["Raadhuisplein 7, 1234 AB Voorbeeldstad"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--profiles", str(profiles), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [(fp["doc_id"], fp["kind"], fp["text"]) for fp in report["false_positives"]] == [
        ("provincie-elders-1", "ADDRESS", "Raadhuisplein 7")
    ]
    assert report["meta"]["profiles"] == {"gemeente-voorbeeld": str(profiles / "gemeente-voorbeeld.toml")}
    assert "gemeente-voorbeeld: profiel" in result.output


def flat(output: str) -> str:
    """A usage error's text without the box Typer draws around it."""
    return " ".join(output.replace("│", " ").split())


def test_profiles_needs_a_folder_and_gold(tmp_path: Path, tiny_gold: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(tiny_gold), "--profiles", str(tmp_path / "nee")])
    assert result.exit_code == 2 and "nee is not a folder" in flat(result.output)
    result = CliRunner().invoke(app, ["evaluate", "--released", str(tmp_path), "--profiles", str(tmp_path)])
    assert result.exit_code == 2 and "with --released use --profile" in flat(result.output)


def test_as_request_spreads_a_supplier_over_the_documents_of_one_publication(tmp_path: Path) -> None:
    """``--as-request``: the memo's mention of the supplier that the offer names is found only as one request."""
    offer = "Offerte\n\nKwadrantis B.V.\nStationsweg 12\n3511 AB Utrecht\nKvK 12345678\n"
    memo = "Memo\n\nHet voorstel van Kwadrantis ligt ter beoordeling bij het team.\n"  # no quote word before it
    at = memo.index("Kwadrantis")
    docs = [
        GoldDoc("offer", offer, (), body="b", publication="p", doc_type="offerte"),
        GoldDoc("memo", memo, (GoldSpan(at, at + 10, ("5.1(1)c",), "ORGANIZATION"),), body="b", publication="p"),
    ]
    gold = tmp_path / "gold.jsonl"
    write_gold(docs, gold)
    recall = {}
    for mode in ([], ["--as-request"]):
        out = tmp_path / f"report{len(mode)}.json"
        result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--out", str(out), *mode])
        assert result.exit_code == 0, result.output
        report = json.loads(out.read_text(encoding="utf-8"))
        recall[bool(mode)] = report["summary"]["recall"]
        assert report["meta"]["as_request"] is bool(mode)
    assert recall == {False: 0.0, True: 1.0}


def test_request_with_joins_another_splits_documents_unscored(tmp_path: Path) -> None:
    """``--request-with``: the offer of another split joins the request (its text only), the memo alone is scored."""
    offer = "Offerte\n\nKwadrantis B.V.\nStationsweg 12\n3511 AB Utrecht\nKvK 12345678\n"
    memo = "Memo\n\nHet voorstel van Kwadrantis ligt ter beoordeling bij het team.\n"
    at = memo.index("Kwadrantis")
    scored, joined = tmp_path / "test.jsonl", tmp_path / "tune.jsonl"
    write_gold([GoldDoc("memo", memo, (GoldSpan(at, at + 10, ("5.1(1)c",), "ORGANIZATION"),), body="b",
                        publication="p")], scored)  # fmt: skip
    other = GoldDoc("other", offer, (), body="b", publication="another")  # another publication: not the request
    write_gold([GoldDoc("offer", offer, (), body="b", publication="p", doc_type="offerte"), other], joined)
    reports = {}
    for extra in ([], ["--request-with", str(joined)]):
        out = tmp_path / f"report{len(extra)}.json"
        args = ["evaluate", "--gold", str(scored), "--as-request", "--out", str(out), *extra]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        reports[bool(extra)] = json.loads(out.read_text(encoding="utf-8"))
    assert [reports[k]["summary"]["recall"] for k in (False, True)] == [0.0, 1.0]
    assert reports[True]["meta"]["documents"] == 1 and reports[True]["meta"]["request_with"] == 1
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(scored), "--request-with", str(joined)])
    assert result.exit_code == 2 and "needs --as-request" in flat(result.output)
