"""Dispatch an input file to the extractor for its format."""

from __future__ import annotations

from pathlib import Path

from detector.document import Document
from detector.extract.text import decode_text


class ExtractionError(ValueError):
    """An input that cannot be turned into text; the message says why, in terms a user can act on."""


def extract_bytes(data: bytes, name: str) -> Document:
    """A :class:`Document` from raw bytes; ``name`` is used for messages and format detection."""
    if not data:
        raise ExtractionError(f"{name}: het bestand is leeg (0 bytes)")
    try:
        text = decode_text(data)
    except UnicodeDecodeError as error:
        raise ExtractionError(f"{name}: {error.reason}") from None
    return Document(name=name, text=text, media_type="text/plain")


def extract_path(path: Path) -> Document:
    """A :class:`Document` read from ``path``."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractionError(f"{path}: kan niet gelezen worden ({error.strerror})") from None
    return extract_bytes(data, str(path))
