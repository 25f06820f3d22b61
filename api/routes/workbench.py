"""The reviewer's workbench API: page images and the redacted PDF, spans kept public, "this value everywhere"
and undo of the last action."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from api import crud, pages, presenters
from api.crud import review as review_crud
from api.deps import ReviewerDep, SessionDep
from api.errors import NotFound
from api.schemas.events import RedactionPublic
from api.schemas.workbench import ActionPublic, EverywhereCreate, KeptPublicOut, KeptPublicRedaction, PagePublic

router = APIRouter(prefix="/v1", tags=["review workbench"])
logger = logging.getLogger(__name__)
_PNG = {200: {"content": {"image/png": {}}, "description": "The page as a PNG."}}
_PDF = {200: {"content": {"application/pdf": {}}, "description": "The redacted PDF."}}


def _pdf(session: SessionDep, document_id: int) -> bytes:
    data = review_crud.document_pdf(session=session, document_id=document_id)
    if data is None:
        raise NotFound("PDF van document", document_id)
    return data


@router.get("/documents/{document_id}/pages", response_model=list[PagePublic])
async def list_pages(document_id: int, _key: ReviewerDep, session: SessionDep) -> list[PagePublic]:
    """The pages of an uploaded PDF with their size in points (404 when the document was not a PDF)."""
    data = await run_in_threadpool(_pdf, session, document_id)
    document = await run_in_threadpool(pages.pdf_document, data)
    assert document.layout is not None
    return [PagePublic(number=p.number, width=p.width, height=p.height) for p in document.layout.pages]


@router.get("/documents/{document_id}/pages/{number}.png", response_class=Response, responses=_PNG)
async def page_image(document_id: int, number: int, _key: ReviewerDep, session: SessionDep) -> Response:
    """Page ``number`` (1-based) of the uploaded PDF as a PNG, unrotated, at 108 dpi."""
    data = await run_in_threadpool(_pdf, session, document_id)
    png = await run_in_threadpool(pages.page_png, data, number)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/documents/{document_id}/redacted.pdf", response_class=Response, responses=_PDF)
async def redacted_pdf(document_id: int, _key: ReviewerDep, session: SessionDep) -> Response:
    """The uploaded PDF with every accepted, re-grounded and manual span removed and boxed with its ground."""

    def build() -> bytes:
        data = _pdf(session, document_id)
        document = crud.get_document(session=session, document_id=document_id)
        return pages.redacted_pdf(data, document.text, list(crud.redactions(session=session, document=document)))

    body = await run_in_threadpool(build)
    filename = f"document-{document_id}-gelakt.pdf"
    return Response(body, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/documents/{document_id}/kept-public", response_model=list[KeptPublicOut])
def kept_public(document_id: int, _key: ReviewerDep, session: SessionDep) -> list[KeptPublicOut]:
    """What Lakmoes found in the document but kept public (officials acting publicly, functional contacts)."""
    crud.get_document(session=session, document_id=document_id)
    return [KeptPublicOut.model_validate(s) for s in review_crud.kept_public(session=session, document_id=document_id)]


@router.post("/kept-public/{span_id}/redaction", status_code=201, response_model=RedactionPublic)
def redact_kept_public(
    span_id: int, body: KeptPublicRedaction, key: ReviewerDep, session: SessionDep
) -> RedactionPublic:
    """Redact a span Lakmoes kept public, with a ground and a reason (a manual redaction in the audit)."""
    event = review_crud.redact_kept_public(
        session=session, span_id=span_id, ground=body.ground, reason=body.reason, key=key
    )
    logger.info("kept-public redacted", extra={"document_id": event.document_id, "event_id": event.id})
    document = crud.get_document(session=session, document_id=event.document_id)
    return presenters.redaction_public(event, document.text)


@router.post("/suggestions/{suggestion_id}/everywhere", response_model=ActionPublic)
def decide_everywhere(
    suggestion_id: int, body: EverywhereCreate, key: ReviewerDep, session: SessionDep
) -> ActionPublic:
    """Accept or reject every occurrence of this suggestion's value in the document or in its whole Woo request:
    one audited decision per occurrence, each naming the bulk action (``bulk``) and sharing one ``batch``."""
    action = review_crud.decide_everywhere(
        session=session, suggestion_id=suggestion_id, action=body.action, reason=body.reason, scope=body.scope,
        key=key,
    )
    logger.info("bulk decision", extra={"suggestion_id": suggestion_id, "count": len(action.suggestion_ids)})
    return ActionPublic(**vars(action))


@router.post("/documents/{document_id}/undo", response_model=ActionPublic)
def undo(document_id: int, key: ReviewerDep, session: SessionDep) -> ActionPublic:
    """Take back your last standing action in the document (a decision, a manual redaction or a whole bulk
    action). Nothing is deleted: an ``undo`` event is appended per event taken back."""
    action = review_crud.undo_last(session=session, document_id=document_id, key=key)
    logger.info("undo", extra={"document_id": document_id, "count": len(action.suggestion_ids)})
    return ActionPublic(**vars(action))
