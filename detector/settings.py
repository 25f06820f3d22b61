"""The one typed configuration for the library, the CLI, the API and training.

Values come, strongest first, from: keyword arguments, ``LAKMOES_*`` environment variables, a ``.env``
file, a TOML file (``lakmoes.toml`` in the working directory, or the path given to :func:`load_settings`),
then the defaults below. Nothing else in Lakmoes reads ``os.environ``.
"""

from __future__ import annotations

import ipaddress
import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

# Settings that became fields of the organisation profile: old name -> where it lives now.
RETIRED = {
    "functional_email_prefixes": "profile mailbox_prefixes",
    "public_roles": "profile public_roles",
    "public_addresses": "profile addresses",
    "own_ibans": "profile ibans",
    "public_signatories": "profile [policy] signatories_public",
}


class Settings(BaseSettings):
    """Lakmoes settings; see ``docs/configuration.md`` for every field."""

    model_config = SettingsConfigDict(
        env_prefix="LAKMOES_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        toml_file="lakmoes.toml",
        frozen=True,
    )

    environment: Literal["local", "production"] = "local"
    spacy_model: str = Field("nl_core_news_lg", description="spaCy pipeline to load; blank('nl') if absent.")
    score_threshold: float = Field(0.5, ge=0.0, le=1.0, description="Suggestions below this score are dropped.")
    enabled_recognizers: list[str] | None = Field(None, description="Recognizer names to run; None = all.")
    disabled_recognizers: list[str] = Field(default_factory=list)
    allow_list: list[str] = Field(default_factory=list, description="Names/organisations never suggested.")
    deny_list: list[str] = Field(default_factory=list, description="Terms always suggested (as 5.1(2)e).")
    profile: Path | None = Field(
        None, description="Organisation profile (TOML, profiles/voorbeeld-gemeente.toml); None = no body's particulars."
    )
    chunk_size: int = Field(100_000, ge=1_000, description="Characters per spaCy/Presidio chunk.")
    opinion_model_path: Path | None = Field(None, description="A .skops opinion model; None = the shipped one.")
    opinion_threshold: float = Field(0.5, ge=0.0, le=1.0)
    data_dir: Path = Field(Path("lakmoes-data"), description="Where the SQLite database and uploads live.")
    database_url: str | None = Field(None, description="SQLAlchemy URL; None = SQLite in data_dir.")
    max_upload_bytes: int = Field(20 * 1024 * 1024, ge=1)
    max_text_chars: int = Field(5_000_000, ge=1, description="Longest text accepted for analysis.")
    max_unzipped_bytes: int = Field(
        100_000_000, ge=1, description="Largest total uncompressed size of a DOCX/XLSX/zip before it is opened."
    )
    max_zip_ratio: int = Field(200, ge=1, description="Largest compression ratio of one member of a DOCX/zip.")
    max_attachment_bytes: int = Field(
        20 * 1024 * 1024, ge=1, description="Larger mail attachments are skipped (with a warning); the mail is read."
    )
    max_control_char_ratio: float = Field(
        0.05, gt=0.0, le=1.0, description="Share of control bytes above which an input is refused as binary."
    )
    ocr_language: str | None = Field(None, description="Tesseract language for scanned PDF pages, e.g. 'nld'.")
    log_level: str = "INFO"
    api_host: str = Field("127.0.0.1", description="Address `lakmoes serve` listens on.")
    api_port: int = Field(8000, ge=1, le=65535, description="Port `lakmoes serve` listens on.")
    api_cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty = off.")
    api_page_size: int = Field(50, ge=1, le=500, description="Default page size of document lists.")
    review_session_minutes: int = Field(
        120, ge=1, le=24 * 60, description="Lifetime of a reviewer page login (server-side session)."
    )
    api_workers: int = Field(
        0, ge=0, description="Analysis worker processes of `lakmoes serve` (one analysis at a time each); 0 = cores."
    )
    analysis_timeout_s: float = Field(
        120.0, gt=0, description="Longest analysis of one request in the service (and longest wait for a worker)."
    )
    presidio_prefix: str = Field(
        "/presidio", pattern=r"^(/[A-Za-z0-9._~-]+)*$", description="Path of the Presidio-compatible endpoints."
    )
    presidio_key_header: str = Field(
        "X-API-Key", min_length=1, description="Header a Presidio client may send its tool key in (besides Bearer)."
    )
    presidio_anonymous: bool = Field(
        False, description="Presidio calls without a key, only from presidio_anonymous_networks."
    )
    presidio_anonymous_networks: list[str] = Field(
        default_factory=list, description="CIDR networks (e.g. 10.0.0.0/8) allowed anonymous Presidio calls."
    )

    @field_validator("presidio_anonymous_networks")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        return [str(ipaddress.ip_network(network.strip(), strict=False)) for network in value]
    tasks: Literal["inprocess", "celery"] = Field(
        "inprocess", description="Who analyses request documents: a thread in the service, or Celery workers."
    )
    broker_url: str = Field("redis://127.0.0.1:6379/0", description="Celery broker (tasks=celery, lakmoes worker).")
    task_queue: str = Field("lakmoes", description="Name of the Celery queue the service and its workers share.")
    broker_visibility_timeout: int = Field(
        3600, ge=1, description="Seconds before a task a lost worker held unacknowledged is delivered again."
    )
    zip_max_files: int = Field(10_000, ge=1, description="Most files one uploaded zip may hold.")
    zip_max_total_bytes: int = Field(
        1024 * 1024 * 1024, ge=1, description="Most bytes all files of one uploaded zip may unpack to."
    )
    zip_max_ratio: int = Field(200, ge=1, description="Highest unpacked/packed size ratio of a zip entry.")
    publication_base_url: str = Field(
        "https://open.example.nl/woo", description="Base URL under which released documents are published."
    )

    @model_validator(mode="before")
    @classmethod
    def _refuse_retired(cls, data: object) -> object:
        given = data if isinstance(data, dict) else {}
        found = [k for k in RETIRED if k in given or f"LAKMOES_{k.upper()}" in os.environ]
        if found:
            moved = "; ".join(f"{k} -> {RETIRED[k]}" for k in found)
            raise ValueError(
                f"setting(s) moved to the organisation profile (docs/configuration.md, 'Profile'): {moved}. "
                "Put them in the profile TOML that LAKMOES_PROFILE names and remove them from the settings."
            )
        return data

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.environment == "production" and self.database_url is None:
            raise ValueError("LAKMOES_DATABASE_URL must be set explicitly when LAKMOES_ENVIRONMENT=production")
        return self

    @property
    def effective_database_url(self) -> str:
        """The configured database URL, or the SQLite file in ``data_dir``."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'lakmoes.db').as_posix()}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            TomlConfigSettingsSource(settings_cls),
            file_secret_settings,
        )


def load_settings(config_file: Path | None = None, **overrides: object) -> Settings:
    """Settings from the environment, optionally reading ``config_file`` (TOML) instead of ``lakmoes.toml``."""
    if config_file is None:
        return Settings(**overrides)
    if not config_file.is_file():
        raise FileNotFoundError(f"config file not found: {config_file}")

    class _FromFile(Settings):
        model_config = SettingsConfigDict(toml_file=config_file)

    # A plain Settings with the resolved values, so it pickles (worker processes get a copy).
    return Settings(**_FromFile(**overrides).model_dump())


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings, read once."""
    return Settings()
