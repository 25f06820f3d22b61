"""The CLI contract: classify-opinion (stdin → JSON lines), train opinion and retrain opinion."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from detector.cli import app

runner = CliRunner()


def test_classify_opinion_reads_text_and_json_lines() -> None:
    stdin = (
        "Ons advies is scenario 2.\n"
        '{"text": "Het college heeft op 3 mei besloten de ozb te verhogen.", "id": 7}\n'
        "\n"
        "Het zou goed zijn om de buurt eerder te betrekken.\n"
    )
    result = runner.invoke(app, ["classify-opinion", "--threshold", "0.5"], input=stdin)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == [
        "Ons advies is scenario 2.",
        "Het college heeft op 3 mei besloten de ozb te verhogen.",
        "Het zou goed zijn om de buurt eerder te betrekken.",
    ]
    assert all(set(r) == {"text", "opinion", "score"} for r in records)
    assert all(isinstance(r["score"], float) and 0.0 <= r["score"] <= 1.0 for r in records)
    assert [r["opinion"] for r in records] == [True, False, True]
    assert all(r["opinion"] == (r["score"] >= 0.5) for r in records)


def test_classify_opinion_reports_bad_lines_and_keeps_the_rest() -> None:
    stdin = '{"tekst": "x"}\nOns advies is scenario 2.\n{kapot\n{"text": 5}\n'
    result = runner.invoke(app, ["classify-opinion"], input=stdin)
    assert result.exit_code == 1
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["Ons advies is scenario 2."]
    assert "line 1: JSON object without a string field 'text'" in result.stderr
    assert "line 3: invalid JSON" in result.stderr
    assert "line 4: JSON object without a string field 'text'" in result.stderr


def test_classify_opinion_threshold_one_flags_nothing() -> None:
    result = runner.invoke(app, ["classify-opinion", "--threshold", "1.0"], input="Ons advies is scenario 2.\n")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["opinion"] is (record["score"] >= 1.0)


def test_classify_opinion_with_a_missing_model(tmp_path: Path) -> None:
    result = runner.invoke(app, ["classify-opinion", "--model", str(tmp_path / "none.skops")], input="x\n")
    assert result.exit_code == 2
    assert "opinion model not found" in result.stderr


def test_train_and_retrain_commands(tiny: dict[str, Path]) -> None:
    out = tiny["dir"] / "cli" / "opinion.skops"
    trained = runner.invoke(app, ["train", "opinion", "--data", str(tiny["train"]), "--test", str(tiny["test"]),
                                  "--out", str(out), "--folds", "2", "--candidate", "logreg", "--json"])
    assert trained.exit_code == 0, trained.stderr
    report = json.loads(trained.stdout)
    assert report["chosen"] == "logreg" and report["train_count"] == 24 and report["test_count"] == 6
    assert out.is_file() and out.with_name("opinion.card.json").is_file()

    again = tiny["dir"] / "cli" / "retrained.skops"
    retrained = runner.invoke(app, ["retrain", "opinion", "--feedback", str(tiny["feedback"]), "--data",
                                    str(tiny["train"]), "--test", str(tiny["test"]), "--model", str(out),
                                    "--out", str(again)])
    assert retrained.exit_code == 0, retrained.stderr
    assert "5 decisions → 4 examples (3 new, 0 relabelled, 0 duplicates, 1 kept out" in retrained.stdout
    assert "before" in retrained.stdout and "after" in retrained.stdout and again.is_file()


def test_retrain_with_a_broken_export(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{kapot\n", encoding="utf-8")
    result = runner.invoke(app, ["retrain", "opinion", "--feedback", str(broken), "--out", str(tmp_path / "m.skops")])
    assert result.exit_code == 2
    assert "broken.jsonl:1: geen geldige JSON" in result.stderr
    assert not (tmp_path / "m.skops").exists()
