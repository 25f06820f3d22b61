"""The reviewer web page at ``/review``: log in with a key, list documents, review one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from api import crud, pages, presenters, review_view
from api.auth import Role, allowed
from api.crud import requests as crud_requests
from api.crud import review as review_crud
from api.deps import SessionDep, SettingsDep
from api.models import ApiKey, WooRequest
from api.schemas.bounds import Id
from api.schemas.documents import DocumentPublic
from api.schemas.workbench import KeptPublicOut
from api.sessions import COOKIE_NAME, close_session, open_session, session_key
from detector.layout import PageInfo
from detector.request import consistency

router = APIRouter(prefix="/review", tags=["review page"], include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent.parent / "templates"))
templates.env.globals.update(ground_class=review_view.ground_class)


def _reviewer(request: Request, session: SessionDep) -> ApiKey | None:
    token = request.cookies.get(COOKIE_NAME)
    row = session_key(session=session, token=token) if token else None
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
    """Check the key (role reviewer or admin) and start a short server-side session; the cookie holds only its
    random token (HttpOnly, SameSite=Strict, Secure under https), never the key."""
    row = crud.find_api_key(session=session, key=key.strip())
    if row is None or not allowed(row.role, (Role.REVIEWER,)):
        error = "Onbekende sleutel." if row is None else f"Deze sleutel heeft de rol '{row.role}', niet 'reviewer'."
        return templates.TemplateResponse(request, "login.html", {"error": error}, status_code=401)
    request.state.key_name = row.name
    token = open_session(session=session, key=row, minutes=settings.review_session_minutes)
    response = RedirectResponse("/review", status_code=303)
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=settings.review_session_minutes * 60,
        httponly=True,
        samesite="strict",
        secure=settings.environment == "production" or request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep) -> Response:
    """End the session on the server (a copy of the cookie stops working too) and drop the cookie."""
    if token := request.cookies.get(COOKIE_NAME):
        close_session(session=session, token=token)
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


@router.get("/grounds.css", response_class=PlainTextResponse)
def grounds_css() -> Response:
    """The colour per ground as a stylesheet (the page has no inline styles)."""
    return Response(review_view.grounds_css(), media_type="text/css",
                    headers={"Cache-Control": "public, max-age=3600"})


@router.get("/documents/{document_id}", response_class=HTMLResponse)
async def document_page(document_id: Id, request: Request, session: SessionDep) -> Response:
    """One document: for a PDF its pages with boxes, the text with its highlighted suggestions, what was kept
    public, and the review controls."""
    reviewer = await run_in_threadpool(_reviewer, request, session)
    if reviewer is None:
        return _to_login()

    def load() -> tuple[DocumentPublic, list[KeptPublicOut], bytes | None, WooRequest | None]:
        document = crud.get_document(session=session, document_id=document_id)
        kept = [KeptPublicOut.model_validate(k) for k in review_crud.kept_public(session=session,
                                                                                   document_id=document_id)]
        pdf = review_crud.document_pdf(session=session, document_id=document_id)
        request_id = review_crud.request_of(session=session, document_id=document_id)
        woo_request = session.get(WooRequest, request_id) if request_id is not None else None
        return presenters.document_public(session=session, document=document), kept, pdf, woo_request

    document, kept, pdf, woo_request = await run_in_threadpool(load)
    shown = review_view.pieces(document.text, document.suggestions, document.redactions, kept)
    page_list, overlay = await run_in_threadpool(_page_view, pdf, document, shown)
    context = {
        "reviewer": reviewer,
        "document": document,
        "pieces": shown,
        "hidden": review_view.hidden(shown, document.suggestions),
        "grounds": review_view.grounds_for_picker(),
        "entity_types": sorted({s.entity_type for s in document.suggestions}),
        "kept_count": sum(1 for p in shown if p.kept is not None),
        "pages": page_list,
        "overlay": overlay,
        "woo_request": woo_request,
    }
    return templates.TemplateResponse(request, "document.html", context)


def _page_view(
    pdf: bytes | None, document: DocumentPublic, shown: list[review_view.Piece]
) -> tuple[list[PageInfo], list[review_view.OverlayBox]]:
    """The pages of a PDF and the boxes of every highlighted piece on them (nothing for other formats)."""
    if pdf is None:
        return [], []
    extracted = pages.pdf_document(pdf)
    assert extracted.layout is not None
    overlay: list[review_view.OverlayBox] = []
    for piece in shown:
        if piece.suggestion is not None:
            s = piece.suggestion
            ref, state, start, end = f"s-{s.id}", s.status, s.start, s.end
        elif piece.redaction is not None:
            r = piece.redaction
            ref, state, start, end = f"m-{r.id}", "manual", r.start, r.end
        elif piece.kept is not None:
            k = piece.kept
            ref, state, start, end = f"p-{k.id}", "kept", k.start, k.end
        else:
            continue
        overlay += [review_view.overlay_box(ref, state, b) for b in pages.boxes(extracted, document.text, start, end)]
    return list(extracted.layout.pages), overlay


@router.get("/requests", response_class=HTMLResponse)
def request_list(request: Request, session: SessionDep) -> Response:
    """The Woo requests with their analysis progress and deadlines."""
    reviewer = _reviewer(request, session)
    if reviewer is None:
        return _to_login()
    rows, count = crud_requests.list_requests(session=session, offset=0, limit=500)
    listed = [(row, crud_requests.progress(session=session, request_id=row.id)) for row in rows]
    return templates.TemplateResponse(request, "requests.html", {"reviewer": reviewer, "requests": listed,
                                                                 "count": count})


@router.get("/requests/{request_id}", response_class=HTMLResponse)
async def request_page(request_id: int, request: Request, session: SessionDep) -> Response:
    """One request: its documents with analysis and review progress, the values decided differently across
    documents, and links to the annexes."""
    reviewer = await run_in_threadpool(_reviewer, request, session)
    if reviewer is None:
        return _to_login()

    def load() -> dict[str, object]:
        row = crud_requests.get_request(session=session, request_id=request_id)
        documents, _ = crud_requests.request_documents(session=session, request_id=request_id)
        ids = [d.document_id for d in documents if d.document_id is not None]
        issues = consistency.report(crud_requests.items(session=session, request_id=request_id))
        return {
            "woo_request": row,
            "progress": crud_requests.progress(session=session, request_id=request_id),
            "documents": documents,
            "review": review_crud.review_progress(session=session, document_ids=ids),
            "numbers": {number: d.document_id for number, d in enumerate(documents, start=1)},
            "issues": issues,
        }

    context = await run_in_threadpool(load)
    return templates.TemplateResponse(request, "request.html", {"reviewer": reviewer, **context})
