"""The API fixtures of tests/api (one database per session: SQLite, and PostgreSQL when configured)."""

import pytest

from tests.api.conftest import (  # noqa: F401  (pytest finds fixtures by name in this module)
    admin_headers,
    client,
    database_url,
    fake_detector,
    reviewer_headers,
    tool_headers,
)
from tests.formats import builders


@pytest.fixture(scope="session")
def letter_pdf() -> bytes:
    """The two-page test letter of tests/formats."""
    return builders.letter_pdf()
