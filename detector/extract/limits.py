"""The bounds extraction keeps to, taken from the settings; every refusal names the setting it hit."""

from __future__ import annotations

from dataclasses import dataclass

from detector.document import Document
from detector.extract.errors import ExtractionError
from detector.settings import Settings, get_settings


@dataclass(frozen=True)
class Limits:
    """What one input may cost before it is read (see ``docs/configuration.md``)."""

    max_unzipped_bytes: int
    max_zip_ratio: int
    max_attachment_bytes: int
    max_control_char_ratio: float
    max_text_chars: int

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Limits:
        """The limits of ``settings`` (the process-wide settings when None)."""
        settings = settings or get_settings()
        return cls(
            max_unzipped_bytes=settings.max_unzipped_bytes,
            max_zip_ratio=settings.max_zip_ratio,
            max_attachment_bytes=settings.max_attachment_bytes,
            max_control_char_ratio=settings.max_control_char_ratio,
            max_text_chars=settings.max_text_chars,
        )


def check_length(document: Document, max_text_chars: int) -> None:
    """Refuse a document whose text is longer than ``max_text_chars`` (before any analysis)."""
    if len(document.text) > max_text_chars:
        raise ExtractionError(
            f"{document.name}: te groot ({len(document.text)} tekens, maximum {max_text_chars}; "
            "grens max_text_chars)"
        )
