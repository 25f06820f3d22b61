"""The `lakmoes` CLI contract: JSON lines, stdin, exit codes 0/1/2, doctor, redact, grounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app

CONTRACT_KEYS = {"start", "end", "text", "entity_type", "ground", "score", "explanation", "recognizer", "page", "bbox"}
LETTER = "Geachte heer Zwartkop,\n\nUw dossier is besproken met Zwartkop en collega's.\n"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cfg") / "lakmoes.toml"
    path.write_text('deny_list = ["Zwartkop"]\n', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docs") / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_analyze_json_contract(runner: CliRunner, config: Path, letter: Path) -> None:
    result = runner.invoke(app, ["analyze", str(letter), "--json", "--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["document"] == str(letter)
    assert record["doc_type"] == "brief"
    denied = [s for s in record["suggestions"] if s["recognizer"] == "NlDenyListRecognizer"]
    assert [(s["start"], s["end"], s["text"]) for s in denied] == [(13, 21, "Zwartkop"), (52, 60, "Zwartkop")]
    for s in record["suggestions"]:
        assert set(s) >= CONTRACT_KEYS
        assert LETTER[s["start"] : s["end"]] == s["text"]
        assert s["page"] is None and s["bbox"] is None
    assert denied[0]["ground"] == "5.1(2)e"
    assert denied[0]["explanation"].endswith("(art. 5.1 lid 2 sub e Woo).")


def test_analyze_reads_stdin(runner: CliRunner, config: Path) -> None:
    result = runner.invoke(app, ["analyze", "-", "--json", "--config", str(config)], input=LETTER)
    assert result.exit_code == 0
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert record["document"] == "-"
    assert any(s["text"] == "Zwartkop" for s in record["suggestions"])


def test_unreadable_input_exit_1_and_others_still_processed(runner: CliRunner, config: Path, letter: Path) -> None:
    missing = letter.parent / "bestaat-niet.txt"
    result = runner.invoke(app, ["analyze", str(missing), str(letter), "--json", "--config", str(config)])
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    naming = [line for line in result.stderr.splitlines() if str(missing) in line]
    assert len(naming) == 1 and naming[0].startswith("lakmoes: error: ")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["document"] for r in records] == [str(letter)]


def test_binary_input_is_refused_with_a_message(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = runner.invoke(app, ["analyze", str(binary), "--json"])
    assert result.exit_code == 1
    assert str(binary) in result.stderr


def test_usage_errors_exit_2(runner: CliRunner, letter: Path) -> None:
    assert runner.invoke(app, ["analyze", str(letter), "--doc-type", "roman"]).exit_code == 2
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    assert runner.invoke(app, ["analyze", str(letter), "--bestaat-niet"]).exit_code == 2


def test_doc_type_can_be_forced(runner: CliRunner, config: Path, letter: Path) -> None:
    result = runner.invoke(app, ["analyze", str(letter), "--json", "--doc-type", "memo", "--config", str(config)])
    assert json.loads(result.stdout.splitlines()[0])["doc_type"] == "memo"


def test_doctor_reports_the_fallback(runner: CliRunner) -> None:
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0
    assert "nl_core_news_lg" in result.stdout
    assert "blank:nl" in result.stdout
    assert "terugval" in result.stdout
    assert "opinion.skops" in result.stdout  # the 5.2(1) model in use


def test_redact_with_markers_and_mask(runner: CliRunner, config: Path, letter: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = runner.invoke(app, ["redact", str(letter), "--out", str(out), "--config", str(config)])
    assert result.exit_code == 0
    redacted = out.read_text(encoding="utf-8")
    assert "Zwartkop" not in redacted
    assert "Geachte heer [5.1(2)e]," in redacted
    masked = runner.invoke(app, ["redact", str(letter), "--mask", "--config", str(config)]).stdout
    assert "Zwartkop" not in masked and "████████" in masked


def test_grounds_lists_the_catalogue(runner: CliRunner) -> None:
    result = runner.invoke(app, ["grounds"])
    assert result.exit_code == 0
    assert "5.1(2)e" in result.stdout and "10(2)e" in result.stdout and "buiten scope" in result.stdout


def test_bad_profile_is_a_usage_error(runner: CliRunner, letter: Path, tmp_path: Path) -> None:
    profile = tmp_path / "kapot.toml"
    profile.write_text('name = "Gemeente X"\ntooi = "geen-uri"\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(letter), "--profile", str(profile)])
    assert result.exit_code == 2
    assert "tooi" in result.output and "kapot.toml" in result.output
