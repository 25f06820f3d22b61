"""Shared fixtures: heavy engines are built once per session."""

from __future__ import annotations

import pytest

from detector import Detector
from detector.settings import Settings


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Default settings, isolated from any lakmoes.toml or LAKMOES_* of the developer."""
    return Settings(_env_file=None)


@pytest.fixture(scope="session")
def detector(settings: Settings) -> Detector:
    """The default Detector on the offline pipeline."""
    return Detector(settings)
