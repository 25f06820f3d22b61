"""Domain errors, and the one place that maps them (and framework errors) to JSON error responses."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.logs import request_id_var
from detector.extract import ExtractionError
from detector.grounds import UnknownGround, ground_codes

logger = logging.getLogger(__name__)


INTERNAL_ERROR_MESSAGE = "interne fout; geef het request_id door aan de beheerder"


class DomainError(Exception):
    """An error a client can act on; ``message`` says how, ``details`` adds structured data."""

    def __init__(self, message: str, *, details: list[Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotAuthenticated(DomainError):
    """No API key, or an unknown or revoked one."""


class Forbidden(DomainError):
    """The key's role may not do this."""


class NotFound(DomainError):
    """No such document, suggestion or key."""

    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} {ident} bestaat niet")


class Gone(DomainError):
    """The document was deleted; only its audit trail remains."""


class VersionConflict(DomainError):
    """Someone decided the suggestion after the client read it."""


class StateConflict(DomainError):
    """The resource is not in a state that allows this (e.g. retrying a document that did not fail)."""


class AnalysisTimeout(DomainError):
    """The analysis ran over the configured time limit and was stopped; other requests were not held up."""


class ServiceUnavailable(DomainError):
    """A service Lakmoes depends on (the task broker) does not answer; nothing was lost, try again."""


class PayloadTooLarge(DomainError):
    """The body, file or text is larger than the configured limit."""


class UnsupportedMediaType(DomainError):
    """The request body is neither JSON nor a multipart upload."""


class InvalidInput(DomainError):
    """Well-formed but meaningless input (offsets outside the text, an unknown document type, …)."""


# Domain errors → (status, code). The only place where a status code is chosen for an error.
STATUS: dict[type[Exception], tuple[int, str]] = {
    NotAuthenticated: (401, "not_authenticated"),
    Forbidden: (403, "forbidden"),
    NotFound: (404, "not_found"),
    VersionConflict: (409, "conflict"),
    StateConflict: (409, "conflict"),
    Gone: (410, "gone"),
    PayloadTooLarge: (413, "payload_too_large"),
    UnsupportedMediaType: (415, "unsupported_media_type"),
    InvalidInput: (422, "invalid_input"),
    UnknownGround: (422, "unknown_ground"),
    ExtractionError: (422, "unreadable_document"),
    ServiceUnavailable: (503, "service_unavailable"),
    AnalysisTimeout: (504, "analysis_timeout"),
}


def error_response(status: int, code: str, message: str, details: list[Any] | None = None) -> JSONResponse:
    """The JSON body every error has: ``{"error", "message", "request_id"[, "details"]}``."""
    body: dict[str, Any] = {"error": code, "message": message, "request_id": request_id_var.get()}
    if details is not None:
        body["details"] = details
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


async def _domain(_: Request, exc: Exception) -> JSONResponse:
    status, code = next(v for k, v in STATUS.items() if isinstance(exc, k))
    details = exc.details if isinstance(exc, DomainError) else None
    if isinstance(exc, UnknownGround):
        details = ground_codes()
    message = exc.message if isinstance(exc, DomainError) else str(exc)
    return error_response(status, code, message, details)


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Keep loc/msg/type only: "input" and "ctx" can echo document text back.
    details = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    return error_response(422, "invalid_input", "ongeldige invoer: " + "; ".join(d["msg"] for d in details), details)


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))


async def _unstorable(_: Request, exc: Exception) -> JSONResponse:
    # A value validation let through but the database cannot hold (a number or text too large for its column).
    logger.warning("input the database refused", extra={"error_type": type(exc).__name__})
    return error_response(422, "invalid_input", "ongeldige invoer: een waarde past niet in de database")


async def _unhandled(_: Request, exc: Exception) -> JSONResponse:
    # The exception message may quote document text: log its type and where it happened only.
    frames = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_tb(exc.__traceback__)]
    logger.error("unhandled error", extra={"error_type": type(exc).__name__, "frames": frames[-8:]})
    return error_response(500, "internal_error", INTERNAL_ERROR_MESSAGE)


def install_error_handlers(app: FastAPI) -> None:
    """Register every handler on ``app``."""
    for error_type in STATUS:
        app.add_exception_handler(error_type, _domain)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(DataError, _unstorable)
    app.add_exception_handler(OverflowError, _unstorable)
    app.add_exception_handler(Exception, _unhandled)
