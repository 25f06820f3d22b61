"""What every ``lakmoes`` sub-command shares: the ``--config`` and ``--profile`` options, reading settings, logging."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from detector.profile import ProfileError, load_profile
from detector.settings import Settings, load_settings

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML file with settings (default: ./lakmoes.toml if present).")
]
ProfileOption = Annotated[
    Path | None,
    typer.Option("--profile", help="Organisation profile (TOML, see profiles/); default: the setting 'profile'."),
]


def cli_settings(config: Path | None, profile: Path | None = None, **overrides: object) -> Settings:
    """Settings for one command; a bad config or profile file is a usage error (exit 2) naming the problem."""
    if profile is not None:
        overrides["profile"] = profile
    try:
        settings = load_settings(config, **overrides)
    except (FileNotFoundError, ValueError) as error:
        raise typer.BadParameter(str(error), param_hint="--config") from None
    if settings.profile is not None:
        try:
            load_profile(settings.profile)
        except ProfileError as error:
            raise typer.BadParameter(str(error), param_hint="--profile") from None
    return settings


def configure_logging(settings: Settings, presidio_level: int = logging.WARNING) -> None:
    """Log to standard error at the configured level (the CLI is the only place that configures logging)."""
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("presidio-analyzer").setLevel(presidio_level)
