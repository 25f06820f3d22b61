"""`lakmoes analyze DIR`, `redact` for PDF/DOCX/text with decisions, `inventory`; batches in worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.batch import collect_files, run_batch
from detector.cli import app
from detector.extract import extract_bytes
from detector.settings import Settings
from tests.feedback_lines import feedback_line, write_jsonl
from tests.formats import builders
from tests.formats.conftest import DENY


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("config") / "lakmoes.toml"
    path.write_text(
        f'enabled_recognizers = ["NlDenyListRecognizer"]\ndeny_list = {json.dumps(DENY)}\nlog_level = "WARNING"\n'
    )
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory, letter_pdf: bytes) -> Path:
    root = tmp_path_factory.mktemp("woo")
    (root / "1a brief.pdf").write_bytes(letter_pdf)
    (root / "2a nota.docx").write_bytes(builders.letter_docx())
    (root / "sub").mkdir()
    (root / "sub" / "3a mail.eml").write_bytes(
        builders.mail_eml(attachment=b"Notitie van Sanne Visser", attachment_name="notitie.txt")
    )
    (root / "sub" / "4a leeg.txt").write_bytes(b"")
    (root / "5a scan.pdf").write_bytes(builders.png_bytes())
    (root / ".verborgen.txt").write_text("Jansen")
    (root / "~$nota.docx").write_bytes(b"lock")
    return root


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_collect_files_walks_folders_and_skips_hidden(folder: Path) -> None:
    assert [p.relative_to(folder).as_posix() for p in collect_files([folder])] == [
        "1a brief.pdf",
        "2a nota.docx",
        "5a scan.pdf",
        "sub/3a mail.eml",
        "sub/4a leeg.txt",
    ]


def test_analyze_folder_continues_past_broken_files(runner: CliRunner, folder: Path, config: Path) -> None:
    result = runner.invoke(app, ["analyze", str(folder), "--json", "--jobs", "1", "--config", str(config)])
    assert result.exit_code == 1
    records = _lines(result.stdout)
    names = [Path(r["document"]).name for r in records]
    assert names == ["1a brief.pdf", "2a nota.docx", "3a mail.eml", "notitie.txt"]
    assert set(records[0]) == {"document", "doc_type", "suggestions"}
    pdf_texts = [(s["text"], s["page"]) for s in records[0]["suggestions"]]
    assert pdf_texts == [("Jansen", 1)]
    assert all(s["bbox"] for s in records[0]["suggestions"])
    assert [s["text"] for s in records[3]["suggestions"]] == ["Sanne Visser"]
    assert "2 van 5 bestanden niet gelezen" in result.stderr
    assert "4a leeg.txt: het bestand is leeg (0 bytes)" in result.stderr
    assert "5a scan.pdf: dit is een PNG-afbeelding" in result.stderr


def test_batch_in_two_worker_processes_keeps_order(folder: Path, deny_settings: Settings) -> None:
    files = collect_files([folder])
    results = list(run_batch(files, deny_settings, jobs=2))
    assert [Path(r.path).name for r in results] == [p.name for p in files]
    assert [r.error is None for r in results] == [True, True, False, True, False]
    (pdf_document,) = results[0].documents
    assert [s["text"] for s in pdf_document.record["suggestions"]] == ["Jansen"]
    assert pdf_document.date == "2021-03-12"


def test_redact_pdf_with_decisions(runner: CliRunner, tmp_path: Path, letter_pdf: bytes, config: Path) -> None:
    source = tmp_path / "brief.pdf"
    source.write_bytes(letter_pdf)
    text = extract_bytes(letter_pdf, "brief.pdf").text
    start, iban = text.index("Jansen"), text.index("NL91ABNA0417164300")
    lines = [
        feedback_line(1, "brief", start, "Jansen", "accept", "5.1(2)e"),
        feedback_line(2, "brief", iban, "NL91ABNA0417164300", "reject", None),
    ]
    decisions = write_jsonl(tmp_path / "beslissingen.jsonl", lines)
    out = tmp_path / "brief-gelakt.pdf"
    result = runner.invoke(
        app, ["redact", str(source), "--out", str(out), "--decisions", str(decisions), "--config", str(config)]
    )
    assert result.exit_code == 0, result.output
    redacted = extract_bytes(out.read_bytes(), "uit.pdf").text
    assert "Jansen" not in redacted and "NL91ABNA0417164300" in redacted and "5.1(2)e" in redacted


def test_redact_refuses_decisions_of_another_document(runner: CliRunner, tmp_path: Path, config: Path) -> None:
    source = tmp_path / "brief.txt"
    source.write_text("Geachte heer Jansen,")
    decisions = write_jsonl(tmp_path / "b.jsonl", [feedback_line(1, "brief", 0, "Anders!", "manual", "5.1(2)e")])
    result = runner.invoke(app, ["redact", str(source), "--decisions", str(decisions), "--config", str(config)])
    assert result.exit_code == 1
    assert "de beslissingen horen niet bij dit document" in result.stderr


def test_redact_docx_and_text_without_decisions(runner: CliRunner, tmp_path: Path, config: Path) -> None:
    source = tmp_path / "nota.docx"
    source.write_bytes(builders.letter_docx())
    out = tmp_path / "nota-gelakt.docx"
    assert runner.invoke(app, ["redact", str(source), "--out", str(out), "--config", str(config)]).exit_code == 0
    text = extract_bytes(out.read_bytes(), "uit.docx").text
    assert "Geachte heer [5.1(2)e]," in text and "Behandeld door: [5.1(2)e]" in text
    text_file = tmp_path / "brief.txt"
    text_file.write_text("Geachte heer Jansen,\n")
    result = runner.invoke(app, ["redact", str(text_file), "--config", str(config)])
    assert result.stdout == "Geachte heer [5.1(2)e],\n"


def test_redact_pdf_needs_out(runner: CliRunner, tmp_path: Path, letter_pdf: bytes, config: Path) -> None:
    source = tmp_path / "brief.pdf"
    source.write_bytes(letter_pdf)
    result = runner.invoke(app, ["redact", str(source), "--config", str(config)])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_inventory_of_a_folder(runner: CliRunner, folder: Path, tmp_path: Path, config: Path) -> None:
    out = tmp_path / "inventarislijst.csv"
    result = runner.invoke(app, ["inventory", str(folder), "--out", str(out), "--jobs", "1", "--config", str(config)])
    assert result.exit_code == 1  # two files could not be read, and say so
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == [
        "1;1a brief.pdf;2021-03-12;Deels openbaar;5.1(2)e;1;voorstel, niet beoordeeld",
        "2;2a nota.docx;;Deels openbaar;5.1(2)e;4;voorstel, niet beoordeeld",
        "3;3a mail.eml;2017-03-14;Deels openbaar;5.1(2)e;2;voorstel, niet beoordeeld",
        "4;3a mail.eml/notitie.txt;;Deels openbaar;5.1(2)e;1;voorstel, niet beoordeeld",
    ]


def test_inventory_refuses_unknown_output(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["inventory", str(folder), "--out", str(tmp_path / "lijst.pdf")])
    assert result.exit_code == 2
