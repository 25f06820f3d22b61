"""The reviewer web page at ``/review``: log in with a key, list documents, review one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from api import crud, presenters, review_view
from api.auth import Role, allowed
from api.deps import COOKIE_NAME, SessionDep, SettingsDep
from api.models import ApiKey

router = APIRouter(prefix="/review", tags=["review page"], include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent.parent / "templates"))
templates.env.globals.update(ground_class=review_view.ground_class)
_SESSION_SECONDS = 12 * 3600


def _reviewer(request: Request, session: SessionDep) -> ApiKey | None:
    key = request.cookies.get(COOKIE_NAME)
    row = crud.find_api_key(session=session, key=key) if key else None
    return row if row is not None and allowed(row.role, (Role.REVIEWER,)) else None


def _to_login() -> RedirectResponse:
    return RedirectResponse("/review/login", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    """The login form."""
    return templates.TemplateResponse(request, "login.html", {"error": None})


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request, key: Annotated[str, Form(max_length=200)], session: SessionDep, settings: SettingsDep
) -> Response:
    """Check the key (role reviewer or admin) and keep it in an HttpOnly, SameSite=Strict cookie."""
    row = crud.find_api_key(session=session, key=key.strip())
    if row is None or not allowed(row.role, (Role.REVIEWER,)):
        error = "Onbekende sleutel." if row is None else f"Deze sleutel heeft de rol '{row.role}', niet 'reviewer'."
        return templates.TemplateResponse(request, "login.html", {"error": error}, status_code=401)
    request.state.key_name = row.name
    response = RedirectResponse("/review", status_code=303)
    response.set_cookie(
        COOKIE_NAME,
        key.strip(),
        max_age=_SESSION_SECONDS,
        httponly=True,
        samesite="strict",
        secure=settings.environment == "production",
        path="/",
    )
    return response


@router.post("/logout")
def logout() -> Response:
    """Forget the key."""
    response = _to_login()
    response.delete_cookie(COOKIE_NAME, path="/")
    return response


@router.get("", response_class=HTMLResponse)
def document_list(request: Request, session: SessionDep, status: str | None = None) -> Response:
    """All documents with their progress."""
    reviewer = _reviewer(request, session)
    if reviewer is None:
        return _to_login()
    chosen = status if status in ("open", "in_review", "done") else None
    rows, count = crud.list_documents(session=session, status=chosen, offset=0, limit=500)
    documents = [presenters.summary_from_row(row, progress) for row, progress in rows]
    context = {"reviewer": reviewer, "documents": documents, "count": count, "status": chosen}
    return templates.TemplateResponse(request, "list.html", context)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(document_id: int, request: Request, session: SessionDep) -> Response:
    """One document: the text with its highlighted suggestions, and the review controls."""
    reviewer = _reviewer(request, session)
    if reviewer is None:
        return _to_login()
    document = presenters.document_public(
        session=session, document=crud.get_document(session=session, document_id=document_id)
    )
    shown = review_view.pieces(document.text, document.suggestions, document.redactions)
    context = {
        "reviewer": reviewer,
        "document": document,
        "pieces": shown,
        "hidden": review_view.hidden(shown, document.suggestions),
        "colours": review_view.ground_colours(),
        "grounds": review_view.grounds_for_picker(),
    }
    return templates.TemplateResponse(request, "document.html", context)
