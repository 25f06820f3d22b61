"""`lakmoes request run`: a whole request from a folder, every annex written, decisions applied."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from detector.cli import app
from detector.request.local import ANNEXES
from tests.feedback_lines import feedback_line, write_jsonl
from tests.requests.conftest import write_profile

MAIL = "Geachte heer Jan de Vries,\n\nUw verzoek is ontvangen. Mail ons op jan.devries@gmail.com.\n"
MEMO = "Memo aan het college\n\nOverleg gehad met J. de Vries over de brug.\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verzoek")
    (path / "stukken").mkdir()
    (path / "1 mail.txt").write_text(MAIL, encoding="utf-8")
    (path / "stukken" / "2 memo.txt").write_text(MEMO, encoding="utf-8")
    (path / "3 scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    return path


def run(folder: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["request", "run", str(folder), "--out", str(out), "--jobs", "1", *extra])
    return result.exit_code, result.output


def test_every_annex_is_written_and_a_failed_file_is_reported(folder: Path, tmp_path: Path) -> None:
    profile = write_profile(tmp_path / "profiel.toml")
    code, output = run(folder, tmp_path / "uit", "--profile", str(profile), "--subject", "De brug")
    assert code == 1, output  # the scan could not be read: reported, the rest is done
    assert "3 scan.png" in output
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == sorted([*ANNEXES, "verzoek.json"])
    inventory = (tmp_path / "uit" / "inventarislijst.md").read_text(encoding="utf-8")
    assert "| 1 | 1 mail.txt |" in inventory and "Niet beoordeeld" in inventory
    with zipfile.ZipFile(tmp_path / "uit" / "gelakte-documenten.zip") as archive:
        memo = archive.read("0003 2 memo.txt").decode()
    assert "J. de Vries" not in memo  # the memo's spelling of the person from the mail is redacted too
    sitemap = etree.parse(str(tmp_path / "uit" / "diwoo-sitemap.xml"))
    assert len(sitemap.findall(".//{https://standaarden.overheid.nl/diwoo/metadata/}Document")) == 2
    assert "CONCEPT" in (tmp_path / "uit" / "concept-overwegingen.md").read_text(encoding="utf-8")


def test_decisions_are_applied_and_differences_reported(folder: Path, tmp_path: Path) -> None:
    start = MAIL.index("Jan de Vries")
    memo_start = MEMO.index("J. de Vries")
    lines = [
        feedback_line(1, "1 mail.txt", start, "Jan de Vries", "manual", "5.1(2)e"),
        feedback_line(2, "2 memo.txt", memo_start, "J. de Vries", "reject", None),
    ]
    decisions = write_jsonl(tmp_path / "beslissingen.jsonl", lines)
    code, output = run(folder, tmp_path / "uit", "--decisions", str(decisions))
    assert code == 1, output
    assert not (tmp_path / "uit" / "diwoo-sitemap.xml").exists()  # no profile: no publisher
    report = json.loads((tmp_path / "uit" / "consistentie.json").read_text(encoding="utf-8"))
    person = next(r for r in report if r["entity_type"] == "PERSON")
    assert person["outcomes"] == ["5.1(2)e", "openbaar"]
    inventory = (tmp_path / "uit" / "inventarislijst.csv").read_text(encoding="utf-8-sig").splitlines()
    assert inventory[3].split(";")[4] == "Openbaar"  # the memo (after the scan): its only redaction rejected


def test_a_supplier_named_in_the_offer_is_redacted_in_the_memo_too(tmp_path: Path) -> None:
    folder = tmp_path / "verzoek"
    folder.mkdir()
    offer = "Offerte\n\nKwadrantis B.V.\nStationsweg 12\n3511 AB Utrecht\nKvK 12345678\n\nUurtarief € 95,00.\n"
    memo = "Memo aan het college\n\nDe offerte van Kwadrantis ligt ter beoordeling bij het team.\n"
    (folder / "1 offerte.txt").write_text(offer, encoding="utf-8")
    (folder / "2 memo.txt").write_text(memo, encoding="utf-8")
    code, output = run(folder, tmp_path / "uit")
    assert code == 0, output
    with zipfile.ZipFile(tmp_path / "uit" / "gelakte-documenten.zip") as archive:
        redacted = {name: archive.read(name).decode() for name in archive.namelist()}
    memo_out = next(text for name, text in redacted.items() if name.endswith("2 memo.txt"))
    assert "Kwadrantis" not in memo_out and "De offerte van" in memo_out
