"""What .eml and .msg have in common: the header block Lakmoes analyses, and attachments as documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from detector.document import Document
from detector.extract.errors import ExtractionError
from detector.extract.limits import Limits

MEDIA_TYPE = "message/rfc822"
# Header labels as Dutch mail clients print them in Woo releases ("Van:", "Aan:", ...).
HEADER_LABELS = (("from", "Van"), ("sent", "Verzonden"), ("to", "Aan"), ("cc", "CC"), ("subject", "Onderwerp"))


def header_block(headers: dict[str, str]) -> str:
    """The analysed header lines, one per present header, then a blank line."""
    lines = [f"{label}: {headers[key]}" for key, label in HEADER_LABELS if headers.get(key)]
    return "\n".join(lines) + "\n\n" if lines else ""


def mail_document(
    name: str,
    headers: dict[str, str],
    body: str,
    sent: datetime | None,
    attachments: Iterable[tuple[str, Callable[[], bytes]]],
    limits: Limits,
) -> Document:
    """A :class:`Document` for a message; each attachment is extracted as its own document.

    An attachment that cannot be read, or is larger than ``max_attachment_bytes`` or ``max_text_chars``, is
    not dropped silently: its reason goes to ``metadata["warnings"]``. The message itself is still read.
    """
    from detector.extract.base import extract_bytes

    documents: list[Document] = []
    warnings: list[str] = []
    for filename, load in attachments:
        try:
            data = load()
            if len(data) > limits.max_attachment_bytes:
                raise ExtractionError(
                    f"{name}/{filename}: {len(data)} bytes, groter dan de grens "
                    f"max_attachment_bytes = {limits.max_attachment_bytes}"
                )
            attachment = extract_bytes(data, f"{name}/{filename}", limits=limits)
            if len(attachment.text) > limits.max_text_chars:
                raise ExtractionError(
                    f"{name}/{filename}: {len(attachment.text)} tekens, meer dan de grens "
                    f"max_text_chars = {limits.max_text_chars}"
                )
            documents.append(attachment)
        except ExtractionError as error:
            warnings.append(f"bijlage niet gelezen: {error}")
    text = header_block(headers) + body
    if not text.strip():
        raise ExtractionError(f"{name}: het bericht bevat geen tekst")
    metadata: dict[str, object] = {}
    if sent is not None:
        metadata["date"] = sent.date().isoformat()
    if headers.get("subject"):
        metadata["subject"] = headers["subject"]
    if warnings:
        metadata["warnings"] = warnings
    return Document(name=name, text=text, media_type=MEDIA_TYPE, attachments=tuple(documents), metadata=metadata)
