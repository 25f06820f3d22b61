"""One typed configuration: defaults, LAKMOES_* environment, a TOML file, and refusal of unsafe production."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from detector.settings import Settings, load_settings


def test_defaults() -> None:
    s = Settings(_env_file=None)
    assert s.spacy_model == "nl_core_news_lg"
    assert s.score_threshold == 0.5
    assert s.effective_database_url.startswith("sqlite:///")


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAKMOES_SCORE_THRESHOLD", "0.7")
    monkeypatch.setenv("LAKMOES_DENY_LIST", '["Geheime Naam"]')
    s = Settings(_env_file=None)
    assert s.score_threshold == 0.7
    assert s.deny_list == ["Geheime Naam"]


def test_toml_file(tmp_path: Path) -> None:
    config = tmp_path / "lakmoes.toml"
    config.write_text('spacy_model = "nl_core_news_md"\nallow_list = ["Almere"]\nscore_threshold = 0.6\n')
    s = load_settings(config)
    assert s.spacy_model == "nl_core_news_md"
    assert s.allow_list == ["Almere"]
    assert s.score_threshold == 0.6


def test_missing_toml_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="config file not found"):
        load_settings(tmp_path / "nope.toml")


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, score_threshold=1.5)


def test_production_requires_an_explicit_database() -> None:
    with pytest.raises(ValidationError, match="DATABASE_URL"):
        Settings(_env_file=None, environment="production")
    assert Settings(_env_file=None, environment="production", database_url="postgresql://x/y").database_url


def test_settings_from_a_file_pickle_for_worker_processes(tmp_path: Path) -> None:
    import pickle

    config = tmp_path / "lakmoes.toml"
    config.write_text("score_threshold = 0.65\n")
    s = load_settings(config)
    assert type(s) is Settings
    assert pickle.loads(pickle.dumps(s)).score_threshold == 0.65


@pytest.mark.parametrize(
    ("old", "value", "moved_to"),
    [
        ("public_roles", '["dijkgraaf"]', "profile public_roles"),
        ("functional_email_prefixes", '["vaarwegbeheer"]', "profile mailbox_prefixes"),
        ("own_ibans", '["NL38BNGH0285012345"]', "profile ibans"),
        ("public_addresses", '["Raadhuisplein 1"]', "profile addresses"),
        ("public_signatories", "false", "profile [policy] signatories_public"),
    ],
)
def test_settings_moved_to_the_profile_are_refused_by_name(
    old: str, value: str, moved_to: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A body's particulars live in its profile; an old setting is an error that says where it went, not ignored."""
    expected = f"{old} -> {moved_to}"
    config = tmp_path / "lakmoes.toml"
    config.write_text(f"{old} = {value}\n")
    with pytest.raises(ValidationError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        load_settings(config)
    monkeypatch.setenv(f"LAKMOES_{old.upper()}", value)
    with pytest.raises(ValidationError, match="moved to the organisation profile"):
        Settings(_env_file=None)
    monkeypatch.delenv(f"LAKMOES_{old.upper()}")
    assert Settings(_env_file=None).score_threshold == 0.5
