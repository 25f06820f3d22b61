"""``lakmoes profile learn`` drafts a profile from a body's released documents; ``profile check`` validates one.

The released documents are written here, for two bodies (a province and a ministry), with synthetic values.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app
from detector.profile import load_profile
from training.profile_learn import DRAFT_MARKER, draft, gather, kenmerk_shape

TOOI = "https://identifier.overheid.nl/tooi/id/gemeente/gm1"
PROVINCE = {
    "besluit-1.md": (
        "Provincie Voorbeeldland\nPostbus 90150, 5200 MC Voorbeeldstad\nProvinciehuis 1, 5211 AB Voorbeeldstad\n"
        "Ons kenmerk: PV-2023-004512\n\nGeachte heer Jansen,\n\nGedeputeerde Staten hebben besloten.\n"
        "Vragen? Mail woo@provincie-voorbeeld.nl of bel 073 681 28 12.\n\n"
        "Hoogachtend,\nGedeputeerde Staten, namens deze,\ngedeputeerde M.J. van den Heuvel\n"
        "Het bedrag wordt betaald op NL31 KNAB 1720 3614 71.\n"
    ),
    "besluit-2.md": (
        "Provincie Voorbeeldland\nPostbus 90150, 5200 MC Voorbeeldstad\nProvinciehuis 1, 5211 AB Voorbeeldstad\n"
        "Ons kenmerk: PV-2024-000187\n\nDe Commissaris van de Koning W. Koster heeft de vergadering geopend.\n"
        "Contact: woo@provincie-voorbeeld.nl, 073 681 28 12. Ambtelijk contact: e.smit@provincie-voorbeeld.nl\n"
        "Betaling op NL31 KNAB 1720 3614 71 t.n.v. de provincie.\n"
        "Aanwezig: gedeputeerde Bosman en de burgemeester Voorbeeldstad (namens de gemeenten).\n"
    ),
    "inventarislijst.csv": "nr;document;beoordeling\n1;Brief van gedeputeerde M.J. van den Heuvel;openbaar\n",
}
MINISTRY = {
    "nota.txt": "Ministerie van Voorbeeldzaken\nAan: minister Van Dalen\nPostbus 20011, 2500 EA Den Haag\n",
    "brief.txt": "Ministerie van Voorbeeldzaken\nPostbus 20011, 2500 EA Den Haag\nJ. de Wit, staatssecretaris\n",
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_learns_officials_contacts_addresses_and_kenmerk_style() -> None:
    result = draft(gather(PROVINCE.items()))
    assert result.name == "Provincie Voorbeeldland" and result.documents == 3
    # Names next to a public role, a politician by surname alone too; a place after a role is no official.
    assert {(name, role) for name, role, _ in result.officials} == {
        ("M.J. van den Heuvel", "gedeputeerde"),
        ("W. Koster", "commissaris van de koning"),
        ("Bosman", "gedeputeerde"),
    }
    assert result.postbus == [("Postbus 90150, 5200 MC Voorbeeldstad", 2)]
    assert result.addresses == [("Provinciehuis 1, 5211 AB Voorbeeldstad", 2)]
    # The functional mailbox recurs; a civil servant's own address (seen once, personal shape) does not count.
    assert result.mailboxes == [("woo@provincie-voorbeeld.nl", 2)]
    assert result.phone_numbers == [("073 681 28 12", 2)]
    assert result.ibans == [("NL31KNAB1720361471", 2)]
    assert result.kenmerk_pattern == (r"\bPV\-\d{4}\-\d{6}\b", 2)


def test_kenmerk_shape_keeps_literals_and_counts_digits() -> None:
    assert kenmerk_shape("Z/24/001234") == r"\bZ/\d{2}/\d{6}\b"


def test_learn_then_check(tmp_path: Path) -> None:
    folder = _write(tmp_path / "provincie", PROVINCE)
    out = tmp_path / "profiel.toml"
    runner = CliRunner()
    tooi = "https://identifier.overheid.nl/tooi/id/provincie/pv99"
    result = runner.invoke(app, ["profile", "learn", str(folder), "--out", str(out), "--tooi", tooi])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith(DRAFT_MARKER)
    # A draft is refused until a person has reviewed it ...
    refused = runner.invoke(app, ["profile", "check", str(out)])
    assert refused.exit_code == 1 and "still a draft" in refused.output
    # ... and then it is a valid profile in the layers' schema.
    out.write_text("\n".join(line for line in text.splitlines() if not line.startswith("# ")), encoding="utf-8")
    accepted = runner.invoke(app, ["profile", "check", str(out)])
    assert accepted.exit_code == 0, accepted.output
    profile = load_profile(out)
    assert profile.tooi == tooi and profile.ibans == ("NL31KNAB1720361471",)
    assert [o.name for o in profile.officials] == ["M.J. van den Heuvel", "Bosman", "W. Koster"]


def test_learn_prints_a_ministry_draft(tmp_path: Path) -> None:
    folder = _write(tmp_path / "ministerie", MINISTRY)
    result = CliRunner().invoke(app, ["profile", "learn", str(folder)])
    assert result.exit_code == 0, result.output
    assert 'name = "Ministerie van Voorbeeldzaken"' in result.output
    assert '"Postbus 20011, 2500 EA Den Haag",  # 2 documenten' in result.output
    assert 'name = "Van Dalen"' in result.output and 'role = "staatssecretaris"' in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('name = "Gemeente X"\ntooi = "https://example.org/x"\n', "tooi"),
        (f'name = "Gemeente X"\ntooi = "{TOOI}"\nibans = ["NL00ABNA0000000000"]\n', "mod-97"),
        ('name = "Gemeente X"\ntooi = \n', "not valid TOML"),
        (f'name = "Gemeente X"\ntooi = "{TOOI}"\ncolour = "red"\n', "colour"),
    ],
)  # fmt: skip
def test_check_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "profiel.toml"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["profile", "check", str(path)])
    assert result.exit_code == 1
    assert "profiel.toml" in result.output and message in result.output


def test_learn_refuses_a_missing_or_empty_folder(tmp_path: Path) -> None:
    assert CliRunner().invoke(app, ["profile", "learn", str(tmp_path / "nope")]).exit_code == 2
    result = CliRunner().invoke(app, ["profile", "learn", str(tmp_path)])
    assert result.exit_code == 2 and "no .md, .txt or .csv files" in result.output
