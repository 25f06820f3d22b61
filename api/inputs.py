"""Read a text or an uploaded file from a request: JSON ``{"text", …}`` or a multipart ``file``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from api.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
from detector.doctype import DOC_TYPES
from detector.document import Document
from detector.extract import extract_bytes
from detector.extract.limits import Limits
from detector.settings import Settings

# Longest file name stored (the column is 300 characters); longer names are cut, keeping the extension.
MAX_FILENAME = 300

# Documented request bodies for OpenAPI (the handlers read the body themselves to accept both forms).
OPENAPI_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/DocumentCreate"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "title": {"type": "string"},
                        "doc_type": {"type": "string", "default": "auto"},
                    },
                }
            },
        },
    }
}


@dataclass(frozen=True)
class Input:
    """A document to analyse, with what the client said about it."""

    document: Document
    doc_type: str
    title: str | None
    filename: str | None
    pdf: bytes | None = None  # the uploaded bytes when they are a PDF: page images and the redacted PDF


async def read_input(request: Request, settings: Settings, schema: type[BaseModel]) -> Input:
    """Parse the body as JSON (validated by ``schema``) or as a multipart upload; check the limits."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        result = await _from_json(request, schema)
    elif media_type == "multipart/form-data":
        result = await _from_form(request, settings)
    else:
        shown = media_type or "geen Content-Type"
        raise UnsupportedMediaType(f"{shown} wordt niet ondersteund; stuur application/json of multipart/form-data")
    if result.doc_type != "auto" and result.doc_type not in DOC_TYPES:
        raise InvalidInput(f"onbekend doc_type {result.doc_type!r}; geldig: auto, {', '.join(DOC_TYPES)}")
    if len(result.document.text) > settings.max_text_chars:
        raise PayloadTooLarge(
            f"tekst van {len(result.document.text)} tekens is langer dan de grens "
            f"max_text_chars = {settings.max_text_chars}"
        )
    return result


async def _from_json(request: Request, schema: type[BaseModel]) -> Input:
    body = await request.body()
    try:
        data: Any = schema.model_validate_json(body)
    except ValidationError as error:
        raise RequestValidationError(error.errors()) from None
    text: str = data.text
    return Input(
        document=Document(name="tekst", text=text, media_type="text/plain"),
        doc_type=data.doc_type or "auto",
        title=getattr(data, "title", None),
        filename=None,
    )


async def _from_form(request: Request, settings: Settings) -> Input:
    form = await request.form(max_files=1, max_fields=10)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidInput("multipart-verzoek zonder bestand: stuur het document in het veld 'file'")
    data = await upload.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise PayloadTooLarge(f"bestand groter dan de grens max_upload_bytes = {settings.max_upload_bytes} bytes")
    filename = fit_filename(upload.filename or "upload")
    # Off the event loop: reading a large PDF or DOCX must not stop other requests (or /healthz) answering.
    document = await run_in_threadpool(extract_bytes, data, filename, limits=Limits.from_settings(settings))
    doc_type = form.get("doc_type")
    title = form.get("title")
    return Input(
        document=document,
        doc_type=doc_type if isinstance(doc_type, str) and doc_type else "auto",
        title=title if isinstance(title, str) and title else None,
        filename=filename,
        pdf=data if document.media_type == "application/pdf" else None,
    )



def fit_filename(name: str) -> str:
    """``name`` cut to :data:`MAX_FILENAME` characters, keeping its extension (a short one) at the end."""
    if len(name) <= MAX_FILENAME:
        return name
    stem, dot, suffix = name.rpartition(".")
    if dot and stem and len(suffix) <= 10:
        return stem[: MAX_FILENAME - len(suffix) - 2] + "…." + suffix
    return name[: MAX_FILENAME - 1] + "…"
