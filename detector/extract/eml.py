"""E-mail (.eml, RFC 822/MIME) → header block + body text; attachments become their own documents."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from detector.document import Document
from detector.extract.errors import ExtractionError
from detector.extract.html import html_to_text
from detector.extract.limits import Limits
from detector.extract.mail import mail_document
from detector.extract.text import decode_text


def extract_eml(data: bytes, name: str, *, limits: Limits | None = None) -> Document:
    """From/To/Cc/Subject/Date and the body (plain text, else HTML as text), plus attachments."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not message.keys():
        raise ExtractionError(f"{name}: geen e-mailbericht (er zijn geen kopregels)")
    headers = {
        "from": _header(message, "From"),
        "sent": _header(message, "Date"),
        "to": _header(message, "To"),
        "cc": _header(message, "Cc"),
        "subject": _header(message, "Subject"),
    }
    limits = limits or Limits.from_settings()
    return mail_document(name, headers, _body(message, name), _date(message), _attachments(message), limits)


def _header(message: EmailMessage, key: str) -> str:
    try:
        value = message.get(key)
    except (ValueError, IndexError, TypeError):  # a malformed header: fall back to its raw text
        value = next((v for k, v in message.raw_items() if k.lower() == key.lower()), "")
    return " ".join(str(value).split()) if value else ""


def _date(message: EmailMessage) -> datetime | None:
    raw = message.get("Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(str(raw))
    except (TypeError, ValueError):
        return None


def _body(message: EmailMessage, name: str) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or wrong charset: detect it, or say so
        try:
            content = decode_text(part.get_payload(decode=True) or b"")
        except UnicodeDecodeError as error:
            raise ExtractionError(f"{name}: de tekst van het bericht: {error.reason}") from None
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.replace("\r\n", "\n")


def _attachments(message: EmailMessage) -> list[tuple[str, Callable[[], bytes]]]:
    result: list[tuple[str, Callable[[], bytes]]] = []
    for index, part in enumerate(message.iter_attachments(), start=1):
        filename = part.get_filename() or f"bijlage-{index}{_suffix(part)}"
        result.append((filename, lambda p=part: _payload(p)))
    return result


def _suffix(part: Message) -> str:
    return {"message/rfc822": ".eml", "application/pdf": ".pdf", "text/html": ".html"}.get(part.get_content_type(), "")


def _payload(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        return inner.as_bytes() if isinstance(inner, Message) else b""
    return part.get_payload(decode=True) or b""
