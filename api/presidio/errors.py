"""Errors in Presidio's shape: ``{"error": "<message>"}`` with a status code, as its REST servers answer."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse


class PresidioError(Exception):
    """An error answered as Presidio does; ``message`` is Presidio's own text where Presidio has one."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def presidio_error_response(_: Request, exc: Exception) -> JSONResponse:
    """The JSON body Presidio's servers send on errors (plus ``WWW-Authenticate`` on 401)."""
    assert isinstance(exc, PresidioError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse({"error": exc.message}, status_code=exc.status, headers=headers)
