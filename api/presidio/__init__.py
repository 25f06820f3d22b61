"""Presidio-compatible endpoints: tools that call a Presidio analyzer or anonymizer switch to Lakmoes by
changing their base URL (``settings.presidio_prefix``, default ``/presidio``). See docs/integration.md."""

from __future__ import annotations

from fastapi import FastAPI

from api.presidio.errors import PresidioError, presidio_error_response
from api.presidio.routes import router
from detector.settings import Settings


def install(app: FastAPI, settings: Settings) -> None:
    """Mount the endpoints under the configured prefix and answer their errors in Presidio's shape."""
    app.include_router(router, prefix=settings.presidio_prefix)
    app.add_exception_handler(PresidioError, presidio_error_response)
