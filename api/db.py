"""Database engine and migrations: SQLite in ``data_dir`` by default, PostgreSQL via ``LAKMOES_DATABASE_URL``."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection

from detector.settings import Settings


def make_engine(settings: Settings) -> Engine:
    """An engine for the configured database; creates the SQLite data directory if needed."""
    url = make_url(settings.effective_database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # One writer at a time: wait up to 30 s for the lock instead of failing at once.
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration pointing at the migrations shipped in this package."""
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Create the database or bring it to the newest schema (idempotent)."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
