"""Outlook .msg → like .eml. Needs the optional extra ``msg`` (extract-msg, GPL-3.0): see docs/formats.md."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from detector.document import Document
from detector.extract.errors import ExtractionError
from detector.extract.html import html_to_text
from detector.extract.limits import Limits
from detector.extract.mail import mail_document


def extract_msg(data: bytes, name: str, *, limits: Limits | None = None) -> Document:
    """Headers, body and attachments of an Outlook message."""
    try:
        library = importlib.import_module("extract_msg")
    except ImportError:
        raise ExtractionError(
            f"{name}: .msg-bestanden vragen de optionele extra 'msg' (pip install 'lakmoes[msg]'); "
            "of sla het bericht in Outlook op als .eml"
        ) from None
    try:
        message = library.openMsg(data, delayAttachments=False)
    except Exception as error:  # extract-msg raises many unrelated types for a broken file
        raise ExtractionError(f"{name}: het .msg-bestand is beschadigd ({type(error).__name__})") from None
    try:
        headers = {
            "from": _clean(message.sender),
            "sent": _clean(message.date),
            "to": _clean(message.to),
            "cc": _clean(message.cc),
            "subject": _clean(message.subject),
        }
        body = (message.body or "").replace("\r\n", "\n")
        if not body.strip() and getattr(message, "htmlBody", None):
            body = html_to_text(message.htmlBody)
        sent = message.date if isinstance(message.date, datetime) else None
        return mail_document(name, headers, body, sent, _attachments(message), limits or Limits.from_settings())
    finally:
        message.close()


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _attachments(message: Any) -> list[tuple[str, Callable[[], bytes]]]:
    result: list[tuple[str, Callable[[], bytes]]] = []
    for index, attachment in enumerate(message.attachments, start=1):
        data = attachment.data
        if hasattr(data, "exportBytes"):  # an embedded message: its bytes as a .msg of its own
            result.append((f"bijlage-{index}.msg", lambda d=data: d.exportBytes()))
        elif isinstance(data, bytes):
            filename = attachment.longFilename or attachment.shortFilename or f"bijlage-{index}"
            result.append((filename, lambda d=data: d))
    return result
