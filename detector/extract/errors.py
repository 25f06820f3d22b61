"""The one error every extractor raises for input it cannot turn into text."""

from __future__ import annotations


class ExtractionError(ValueError):
    """An input that cannot be turned into text; the message names the file and says why, so a user can act."""
