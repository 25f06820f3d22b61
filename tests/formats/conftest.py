"""Fixtures for the format tests: documents built in code, and a Detector that finds a fixed list of names."""

from __future__ import annotations

import pytest

from detector import Detector
from detector.settings import Settings
from tests.formats import builders

DENY = ["Jansen", "Pieter de Vries", "Annemarie Verhoeven-Smit", "Sanne Visser", "Femke Mulder"]


@pytest.fixture(scope="session")
def deny_settings() -> Settings:
    """Only the deny-list recognizer, so suggestions do not depend on the other recognizers."""
    return Settings(_env_file=None, deny_list=DENY, enabled_recognizers=["NlDenyListRecognizer"])


@pytest.fixture(scope="session")
def deny_detector(deny_settings: Settings) -> Detector:
    """A Detector that suggests exactly the names in :data:`DENY` (ground 5.1(2)e)."""
    return Detector(deny_settings)


@pytest.fixture(scope="session")
def letter_pdf() -> bytes:
    """The two-page letter of :func:`builders.letter_pdf`."""
    return builders.letter_pdf()
