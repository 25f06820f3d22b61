"""Documents: upload and analyse, list with progress, view, delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from api import crud, presenters
from api.deps import AdminDep, DetectorDep, ReviewerDep, SessionDep, SettingsDep, ToolDep
from api.inputs import OPENAPI_BODY, read_input
from api.schemas.bounds import MAX_INT, Id
from api.schemas.documents import DocumentCreate, DocumentCreated, DocumentList, DocumentPublic, DocumentStatus

router = APIRouter(prefix="/v1/documents", tags=["documents"])


def _title(given: str | None, filename: str | None, text: str) -> str:
    if given and given.strip():
        return given.strip()[:300]
    if filename:
        return filename[:300]
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first_line[:80] or "Document"


@router.post("", status_code=201, response_model=DocumentCreated, openapi_extra=OPENAPI_BODY)
async def create_document(
    request: Request, key: ToolDep, settings: SettingsDep, detector: DetectorDep, session: SessionDep
) -> DocumentCreated:
    """Store a text (JSON) or file (multipart ``file``), analyse it, and return its id and suggestions."""
    given = await read_input(request, settings, DocumentCreate)
    analysis = await run_in_threadpool(detector.analyze, given.document, given.doc_type)

    def store() -> DocumentCreated:
        document = crud.create_document(
            session=session,
            text=given.document.text,
            title=_title(given.title, given.filename, given.document.text),
            filename=given.filename,
            media_type=given.document.media_type,
            doc_type=analysis.doc_type,
            suggestions=analysis.suggestions,
            key=key,
            public=analysis.public,
            pdf=given.pdf,
        )
        return presenters.document_created(session=session, document=document)

    return await run_in_threadpool(store)


@router.get("", response_model=DocumentList)
def list_documents(
    _key: ReviewerDep,
    session: SessionDep,
    settings: SettingsDep,
    status: Annotated[DocumentStatus | None, Query(description="open, in_review or done")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> DocumentList:
    """Documents, newest first, with progress; filter by derived status."""
    rows, count = crud.list_documents(
        session=session, status=status, offset=offset, limit=limit or settings.api_page_size
    )
    return DocumentList(data=[presenters.summary_from_row(row, progress) for row, progress in rows], count=count)


@router.get("/{document_id}", response_model=DocumentPublic)
def get_document(document_id: Id, _key: ReviewerDep, session: SessionDep) -> DocumentPublic:
    """The text, every suggestion with its id, status and version, and the manual redactions."""
    document = crud.get_document(session=session, document_id=document_id)
    return presenters.document_public(session=session, document=document)


@router.delete("/{document_id}", status_code=204)
def delete_document(document_id: Id, key: AdminDep, session: SessionDep) -> Response:
    """Erase the document's content, keep its audit trail (admins only); afterwards it answers 410."""
    crud.delete_document(session=session, document_id=document_id, key=key)
    return Response(status_code=204)
