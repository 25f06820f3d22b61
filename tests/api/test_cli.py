"""``lakmoes keys create`` and the database it creates or migrates; ``lakmoes serve`` options."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from api import crud
from api.db import make_engine, migrate
from detector.cli import app
from detector.settings import Settings


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no lakmoes.toml or .env of the developer
    monkeypatch.setenv("LAKMOES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("LAKMOES_DATABASE_URL", raising=False)
    return tmp_path / "data"


def test_keys_create_prints_the_key_alone_on_the_last_line(data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["keys", "create", "--role", "reviewer", "--name", "reviewer-anna"])
    assert result.exit_code == 0, result.output
    key = result.output.rstrip("\n").splitlines()[-1]
    assert key.startswith("lk_") and " " not in key
    assert (data_dir / "lakmoes.db").is_file()
    engine = make_engine(Settings(_env_file=None, data_dir=data_dir))
    with Session(engine) as session:
        row = crud.find_api_key(session=session, key=key)
        assert row is not None and (row.name, row.role) == ("reviewer-anna", "reviewer")
    assert key not in (data_dir / "lakmoes.db").read_bytes().decode("latin-1")
    engine.dispose()


@pytest.mark.parametrize("args", [["--role", "boss", "--name", "x"], ["--role", "tool", "--name", " "],
                                  ["--role", "tool"]])
def test_keys_create_refuses_bad_options(data_dir: Path, args: list[str]) -> None:
    result = CliRunner().invoke(app, ["keys", "create", *args])
    assert result.exit_code == 2
    assert "lk_" not in result.output


def test_migrate_is_idempotent_and_creates_every_table(tmp_path: Path) -> None:
    engine = make_engine(Settings(_env_file=None, data_dir=tmp_path / "fresh"))
    migrate(engine)
    migrate(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"api_keys", "documents", "suggestions", "events", "alembic_version"} <= tables
    engine.dispose()


def test_serve_is_registered() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--host" in result.output
