"""Typed dependencies: database session, the shared Detector, settings, and the API key with its role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from api import crud
from api.analysis import AnalysisService
from api.auth import Role, allowed
from api.errors import Forbidden, NotAuthenticated
from api.models import ApiKey
from api.sessions import COOKIE_NAME, session_key
from detector.settings import Settings

# The review page sends this header with its (cookie-authenticated) POSTs. A cross-site form cannot set
# a custom header, and scripts on other origins would need CORS, so a cookie alone never authorises a change.
PAGE_HEADER = "X-Lakmoes-Page"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def get_session(request: Request) -> Iterator[Session]:
    """A session per request."""
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


def get_detector(request: Request) -> AnalysisService:
    """The analysis service started once in the lifespan (worker pool, or a Detector given to ``create_app``)."""
    detector: AnalysisService = request.app.state.detector
    return detector


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
DetectorDep = Annotated[AnalysisService, Depends(get_detector)]


def credential(request: Request) -> str | None:
    """The API key sent with the request: Bearer header or X-API-Key."""
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    if key := request.headers.get("x-api-key", "").strip():
        return key
    return None


def page_session(request: Request) -> str | None:
    """The review page's session token from its cookie; for a change only with the page header (CSRF)."""
    token = request.cookies.get(COOKIE_NAME)
    if token and (request.method in _SAFE_METHODS or request.headers.get(PAGE_HEADER)):
        return token
    return None


def current_key(request: Request) -> ApiKey:
    """The active key of the request (from a key header, or the review page's session), or 401.

    Looked up in a session of its own that is closed at once: a route that reads a large body afterwards
    holds no database connection while the client sends it.
    """
    key = credential(request)
    token = None if key is not None else page_session(request)
    if key is None and token is None:
        raise NotAuthenticated("geen API-sleutel: stuur 'Authorization: Bearer <sleutel>' of 'X-API-Key: <sleutel>'")
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        row = crud.find_api_key(session=session, key=key) if key else session_key(session=session, token=token or "")
    if row is None:
        message = "onbekende, verlopen of ingetrokken API-sleutel" if key else "sessie verlopen; log opnieuw in"
        raise NotAuthenticated(message)
    request.state.key_name = row.name
    return row


def require(*roles: Role) -> Callable[[ApiKey], ApiKey]:
    """A dependency that lets keys with one of ``roles`` (or admin) through, and answers 403 otherwise."""

    def check(key: Annotated[ApiKey, Depends(current_key)]) -> ApiKey:
        if not allowed(key.role, roles):
            needed = " of ".join(sorted({*roles, Role.ADMIN}))
            raise Forbidden(f"de rol '{key.role}' mag dit niet; nodig: {needed}")
        return key

    return check


ToolDep = Annotated[ApiKey, Depends(require(Role.TOOL))]
ReviewerDep = Annotated[ApiKey, Depends(require(Role.REVIEWER))]
AdminDep = Annotated[ApiKey, Depends(require(Role.ADMIN))]
AnyKeyDep = Annotated[ApiKey, Depends(require(Role.TOOL, Role.REVIEWER))]
