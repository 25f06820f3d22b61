"""The CLI under hostile input: `redact` honours max_text_chars, deep HTML and symlink loops end cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app
from tests.reliability import hostile


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cfg") / "lakmoes.toml"
    path.write_text('deny_list = ["Jansen"]\nenabled_recognizers = ["NlDenyListRecognizer"]\nmax_text_chars = 5000\n')
    return path


def test_redact_refuses_a_text_over_max_text_chars(tmp_path: Path, config: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_text("Geachte heer Jansen. " * 1000)
    result = CliRunner().invoke(app, ["redact", str(path), "--config", str(config)])
    assert result.exit_code == 1
    assert "te groot (21000 tekens, maximum 5000; grens max_text_chars)" in result.stderr
    assert result.stdout == ""


def test_redact_still_redacts_a_text_within_the_limit(tmp_path: Path, config: Path) -> None:
    path = tmp_path / "kort.txt"
    path.write_text("Geachte heer Jansen.")
    result = CliRunner().invoke(app, ["redact", str(path), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Geachte heer [5.1(2)e]."


def test_analyze_deep_html_gives_suggestions_not_a_traceback(tmp_path: Path, config: Path) -> None:
    path = tmp_path / "diep.html"
    path.write_bytes(hostile.deep_html(100_000))
    result = CliRunner().invoke(app, ["analyze", str(path), "--json", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert [s["text"] for s in json.loads(result.stdout)["suggestions"]] == ["Jansen"]
    assert "Traceback" not in result.output


def test_analyze_walks_a_folder_with_a_symlink_loop(tmp_path: Path, config: Path) -> None:
    folder = tmp_path / "verzoek"
    (folder / "sub").mkdir(parents=True)
    (folder / "brief.txt").write_text("Geachte heer Jansen,")
    (folder / "sub" / "lus").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "zelf").symlink_to(folder / "sub" / "zelf")
    result = CliRunner().invoke(app, ["analyze", str(folder), "--json", "--jobs", "1", "--config", str(config)])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert line["document"].endswith("brief.txt") and [s["text"] for s in line["suggestions"]] == ["Jansen"]
