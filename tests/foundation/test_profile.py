"""The organisation profile: the shipped examples load, bad files give an error that names the problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detector.profile import EMPTY_PROFILE, Official, ProfileError, load_profile
from detector.settings import Settings

PROFILES = Path(__file__).resolve().parents[2] / "profiles"

VALID = """
name = "Provincie Testland"
tooi = "https://identifier.overheid.nl/tooi/id/provincie/pv99"
postbus = ["Postbus 9000, 9900 AA Testhoofdstad"]
mailboxes = ["Post@Testland.nl"]
ibans = ["NL20 INGB 0001 2345 67"]
kenmerk_pattern = '\\bPTL-\\d{6}\\b'

[[officials]]
name = "P. de Gedeputeerde"
role = "gedeputeerde"
from = 2019-04-01
to = 2023-03-31

[policy]
supplier_names = "public"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profiel.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["voorbeeld-gemeente.toml", "voorbeeld-uitvoeringsorganisatie.toml"])
def test_shipped_examples_load(name: str) -> None:
    profile = load_profile(PROFILES / name)
    assert profile.tooi.startswith("https://identifier.overheid.nl/tooi/id/")
    assert profile.officials and profile.ibans and profile.mailboxes and profile.kenmerk_pattern


def test_examples_are_two_different_bodies() -> None:
    municipality = load_profile(PROFILES / "voorbeeld-gemeente.toml")
    agency = load_profile(PROFILES / "voorbeeld-uitvoeringsorganisatie.toml")
    assert municipality.tooi != agency.tooi
    assert {o.name for o in municipality.officials}.isdisjoint(o.name for o in agency.officials)
    assert municipality.policy != agency.policy


def test_values_are_normalised(tmp_path: Path) -> None:
    profile = load_profile(_write(tmp_path, VALID))
    assert profile.ibans == ("NL20INGB0001234567",)
    assert profile.mailboxes == ("post@testland.nl",)
    assert profile.policy.supplier_names == "public"
    assert profile.policy.signatories_public is True  # default
    official = profile.officials[0]
    assert (official.start, official.end) == (date(2019, 4, 1), date(2023, 3, 31))


def test_officials_in_office_by_date(tmp_path: Path) -> None:
    official = load_profile(_write(tmp_path, VALID)).officials[0]
    assert official.in_office(date(2020, 1, 1))
    assert not official.in_office(date(2024, 1, 1))
    assert not official.in_office(date(2019, 3, 31))
    assert official.in_office(None)


def test_profile_is_frozen(tmp_path: Path) -> None:
    profile = load_profile(_write(tmp_path, VALID))
    with pytest.raises(ValueError):
        profile.name = "Anders"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("https://identifier.overheid.nl/tooi/id/provincie/pv99", "http://example.org/x"), "tooi"),
        (("NL20 INGB 0001 2345 67", "NL21 INGB 0001 2345 67"), "mod-97"),
        (("Post@Testland.nl", "postbus-testland.nl"), "not an e-mail address"),
        (("PTL-", "PTL-("), "kenmerk_pattern"),
        (('supplier_names = "public"', 'supplier_names = "soms"'), "policy.supplier_names"),
        (("to = 2023-03-31", "to = 2018-03-31"), "lies before"),
        (('name = "Provincie Testland"', 'name = "Provincie Testland"\nkleur = "blauw"'), "kleur"),
        (("[policy]", "[policy"), "not valid TOML"),
    ],
)
def test_bad_profiles_name_the_problem(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in VALID
    with pytest.raises(ProfileError, match=message) as error:
        load_profile(_write(tmp_path, VALID.replace(old, new)))
    assert "profiel.toml" in str(error.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="profile not found"):
        load_profile(tmp_path / "nergens.toml")


def test_official_without_period_is_always_in_office() -> None:
    official = Official(name="J. Smit", role="burgemeester")
    assert official.in_office(date(1990, 1, 1)) and official.in_office(None)


def test_profile_setting_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAKMOES_PROFILE", str(PROFILES / "voorbeeld-gemeente.toml"))
    assert Settings(_env_file=None).profile == PROFILES / "voorbeeld-gemeente.toml"
    assert Settings(_env_file=None, profile=None).profile is None


def test_empty_profile_has_no_particulars() -> None:
    assert not (EMPTY_PROFILE.addresses or EMPTY_PROFILE.officials or EMPTY_PROFILE.ibans or EMPTY_PROFILE.mailboxes)
