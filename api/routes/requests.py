"""Woo requests: create, add files or a zip, follow the background analysis, retry, and the annexes."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from api.crud import requests as crud_requests
from api.deps import AnyKeyDep, ReviewerDep, SessionDep, SettingsDep
from api.errors import InvalidInput, PayloadTooLarge
from api.models import RequestDocument, WooRequest
from api.schemas.requests import (
    FilesAdded,
    InconsistencyPublic,
    Queued,
    RequestCreate,
    RequestDocumentList,
    RequestDocumentPublic,
    RequestDocumentStatus,
    RequestList,
    RequestProgressPublic,
    RequestPublic,
    RequestUpdate,
)
from api.tasks import Executor
from detector.inventory import to_csv, to_markdown, to_xlsx
from detector.request import besluit, consistency
from detector.request.annexes import inventory_row, publication, released, write_redacted_zip
from detector.request.archive import ArchiveError, ArchiveLimits, is_zip, safe_path, unpack
from detector.request.diwoo import Decision, DiwooError, sitemap
from detector.request.publisher import publisher_of
from detector.settings import Settings

router = APIRouter(prefix="/v1/requests", tags=["requests"])
_FAILED_SHOWN = 100
_SPOOL_BYTES = 32 * 1024 * 1024
_CHUNK = 1024 * 1024
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _executor(request: Request) -> Executor:
    executor: Executor = request.app.state.executor
    return executor


def _document_public(row: RequestDocument) -> RequestDocumentPublic:
    return RequestDocumentPublic.model_validate(row, from_attributes=True)


def _public(session: SessionDep, row: WooRequest) -> RequestPublic:
    progress = crud_requests.progress(session=session, request_id=row.id)
    failed, _ = crud_requests.request_documents(
        session=session, request_id=row.id, status="failed", limit=_FAILED_SHOWN
    )
    return RequestPublic(
        id=row.id, subject=row.subject, received_on=row.received_on, deadline=row.deadline,
        extended_deadline=row.extended_deadline, phase=row.status,
        deadline_in_force=row.extended_deadline if row.status == "extended" else row.deadline,
        status=progress.status, created_by=row.created_by, created_at=row.created_at,
        progress=RequestProgressPublic(total=progress.total, pending=progress.pending, running=progress.running,
                                       done=progress.done, failed=progress.failed),
        failed=[_document_public(d) for d in failed],
    )  # fmt: skip

# The file answers as OpenAPI documents them (schemathesis checks every answer's content type against this).
_FILES: dict[str, dict[int | str, dict[str, object]]] = {
    "inventory": {200: {"content": {_XLSX: {}, "text/csv": {}, "text/markdown": {}}, "description": "The list."}},
    "overwegingen": {200: {"content": {_DOCX: {}, "text/markdown": {}}, "description": "The concept text."}},
    "zip": {200: {"content": {"application/zip": {}}, "description": "The redacted documents."}},
    "xml": {200: {"content": {"application/xml": {}}, "description": "The DiWoo sitemap."}},
}


@router.post("", status_code=201, response_model=RequestPublic)
def create_request(body: RequestCreate, key: AnyKeyDep, session: SessionDep) -> RequestPublic:
    """A new request: subject and date of receipt (default today); the deadlines follow from the Woo."""
    row = crud_requests.create_request(
        session=session, subject=body.subject.strip(), received_on=body.received_on or date.today(), key=key
    )
    return _public(session, row)


@router.get("", response_model=RequestList)
def list_requests(
    _key: ReviewerDep,
    session: SessionDep,
    settings: SettingsDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> RequestList:
    """Requests, newest first, with their progress."""
    rows, count = crud_requests.list_requests(session=session, offset=offset, limit=limit or settings.api_page_size)
    return RequestList(data=[_public(session, row) for row in rows], count=count)


@router.get("/{request_id}", response_model=RequestPublic)
def get_request(request_id: int, _key: ReviewerDep, session: SessionDep) -> RequestPublic:
    """The request with its progress: documents pending, running, done and failed (with the reasons)."""
    return _public(session, crud_requests.get_request(session=session, request_id=request_id))


@router.patch("/{request_id}", response_model=RequestPublic)
def update_request(request_id: int, body: RequestUpdate, _key: ReviewerDep, session: SessionDep) -> RequestPublic:
    """Set the phase: ``extended`` (the decision term is extended by 2 weeks) or ``decided``, or back to ``open``."""
    return _public(session, crud_requests.set_phase(session=session, request_id=request_id, phase=body.phase))


@router.post(
    "/{request_id}/documents",
    status_code=201,
    response_model=FilesAdded,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["files"],
                        "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                    }
                }
            },
        }
    },
)
async def add_documents(request_id: int, request: Request, key: AnyKeyDep, settings: SettingsDep,
                        session: SessionDep) -> FilesAdded:  # fmt: skip
    """Add files (multipart field ``files``, repeatable); a ``.zip`` is unpacked safely into the request.
    The files are stored and queued for analysis at once; follow them with ``GET /v1/requests/{id}``."""
    row = await run_in_threadpool(crud_requests.get_request, session=session, request_id=request_id)
    files = await _read_files(request, settings)
    added, skipped = await run_in_threadpool(crud_requests.add_files, session=session, request=row, files=files)
    _executor(request).submit([d.id for d in added])
    return FilesAdded(added=[_document_public(d) for d in added], skipped=skipped)


async def _read_files(request: Request, settings: Settings) -> list[tuple[str, bytes]]:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "multipart/form-data":
        raise InvalidInput("stuur de bestanden als multipart/form-data in het veld 'files'")
    form = await request.form(max_files=settings.zip_max_files, max_fields=10)
    uploads = [u for u in form.getlist("files") + form.getlist("file") if isinstance(u, UploadFile)]
    if not uploads:
        raise InvalidInput("geen bestanden: stuur ze in het veld 'files'")
    limits = ArchiveLimits(settings.zip_max_files, settings.zip_max_total_bytes, settings.zip_max_ratio)
    files: list[tuple[str, bytes]] = []
    try:
        for upload in uploads:
            data = await upload.read(settings.max_upload_bytes + 1)
            if len(data) > settings.max_upload_bytes:
                raise PayloadTooLarge(f"bestand groter dan de grens van {settings.max_upload_bytes} bytes")
            name = upload.filename or "upload"
            if is_zip(data, name):
                files += [(f.path, f.data) for f in await run_in_threadpool(lambda d=data: list(unpack(d, limits)))]
            else:
                files.append((safe_path(name), data))
    except ArchiveError as error:
        raise InvalidInput(str(error)) from None
    if len(files) > settings.zip_max_files:
        raise InvalidInput(f"{len(files)} bestanden, meer dan de grens zip_max_files={settings.zip_max_files}")
    return files


@router.get("/{request_id}/documents", response_model=RequestDocumentList)
def list_documents(
    request_id: int,
    _key: ReviewerDep,
    session: SessionDep,
    settings: SettingsDep,
    status: Annotated[RequestDocumentStatus | None, Query()] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> RequestDocumentList:
    """The request's files in upload order, with status, reason and the analysed document's id."""
    crud_requests.get_request(session=session, request_id=request_id)
    rows, count = crud_requests.request_documents(
        session=session, request_id=request_id, status=status, offset=offset, limit=limit or settings.api_page_size
    )
    return RequestDocumentList(data=[_document_public(d) for d in rows], count=count)


@router.post("/{request_id}/documents/{document_id}/retry", status_code=202, response_model=RequestDocumentPublic)
def retry_document(request_id: int, document_id: int, request: Request, _key: ReviewerDep,
                   session: SessionDep) -> RequestDocumentPublic:  # fmt: skip
    """Queue a failed document again (409 when it did not fail)."""
    row = crud_requests.retry(session=session, request_id=request_id, document_id=document_id)
    _executor(request).submit([row.id])
    return _document_public(row)


@router.post("/{request_id}/retry", status_code=202, response_model=Queued)
def retry_request(request_id: int, request: Request, _key: ReviewerDep, session: SessionDep) -> Queued:
    """Queue every failed, pending and running document of the request again (after the broker was down or
    lost its queue); a document that is in fact still running is stored once all the same."""
    crud_requests.get_request(session=session, request_id=request_id)
    failed, _ = crud_requests.request_documents(session=session, request_id=request_id, status="failed")
    for row in failed:
        crud_requests.retry(session=session, request_id=request_id, document_id=row.id)
    queued = [
        row.id
        for status in ("pending", "running")
        for row in crud_requests.request_documents(session=session, request_id=request_id, status=status)[0]
    ]
    _executor(request).submit(queued)
    return Queued(queued=len(queued))


@router.get("/{request_id}/consistency", response_model=list[InconsistencyPublic])
def consistency_report(request_id: int, _key: ReviewerDep, session: SessionDep) -> list[InconsistencyPublic]:
    """Values decided differently in different reviewed documents (redacted here, released there)."""
    crud_requests.get_request(session=session, request_id=request_id)
    issues = consistency.report(crud_requests.items(session=session, request_id=request_id))
    return [InconsistencyPublic.model_validate(i, from_attributes=True) for i in issues]


@router.get("/{request_id}/inventory", response_class=Response, responses=_FILES["inventory"])
def inventory(
    request_id: int,
    _key: ReviewerDep,
    session: SessionDep,
    format: Annotated[Literal["xlsx", "csv", "md"], Query(description="xlsx, csv or md")] = "xlsx",
) -> Response:
    """The inventarislijst of the whole request (number, title, date, type, decision, grounds)."""
    crud_requests.get_request(session=session, request_id=request_id)
    rows = [inventory_row(item) for item in crud_requests.items(session=session, request_id=request_id)]
    filename = f"inventarislijst-verzoek-{request_id}.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if format == "xlsx":
        return Response(to_xlsx(rows), media_type=_XLSX, headers=headers)
    if format == "csv":
        return Response(to_csv(rows).encode("utf-8-sig"), media_type="text/csv; charset=utf-8", headers=headers)
    return Response(to_markdown(rows), media_type="text/markdown; charset=utf-8", headers=headers)


@router.get("/{request_id}/overwegingen", response_class=Response, responses=_FILES["overwegingen"])
def overwegingen(
    request_id: int,
    _key: ReviewerDep,
    session: SessionDep,
    format: Annotated[Literal["docx", "md"], Query(description="docx or md")] = "docx",
) -> Response:
    """CONCEPT of the besluit's "Overwegingen": per ground used, the law, motivation, where, and the weighing."""
    row = crud_requests.get_request(session=session, request_id=request_id)
    uses = besluit.ground_uses(list(crud_requests.items(session=session, request_id=request_id)))
    filename = f"concept-overwegingen-verzoek-{request_id}.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if format == "docx":
        return Response(besluit.to_docx(uses, row.subject), media_type=_DOCX, headers=headers)
    return Response(besluit.to_markdown(uses, row.subject), media_type="text/markdown; charset=utf-8",
                    headers=headers)  # fmt: skip


@router.get("/{request_id}/redacted.zip", response_class=Response, responses=_FILES["zip"])
def redacted_zip(request_id: int, _key: ReviewerDep, session: SessionDep) -> StreamingResponse:
    """Every released document redacted (PDF, DOCX or text), as one zip."""
    crud_requests.get_request(session=session, request_id=request_id)
    # Past 32 MB the zip goes to a temporary file: a request of thousands of PDFs does not sit in memory.
    buffer = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 - closed after streaming
    write_redacted_zip(crud_requests.items(session=session, request_id=request_id, with_content=True), buffer)
    buffer.seek(0)

    def chunks() -> Iterator[bytes]:
        with buffer:
            while chunk := buffer.read(_CHUNK):
                yield chunk

    headers = {"Content-Disposition": f'attachment; filename="verzoek-{request_id}-gelakt.zip"'}
    return StreamingResponse(chunks(), media_type="application/zip", headers=headers)


@router.get("/{request_id}/diwoo.xml", response_class=Response, responses=_FILES["xml"])
def diwoo_sitemap(request_id: int, _key: ReviewerDep, session: SessionDep, settings: SettingsDep) -> Response:
    """The DiWoo sitemap of the released documents (validated against the DiWoo 0.9.8 schema)."""
    row = crud_requests.get_request(session=session, request_id=request_id)
    ref = f"verzoek-{row.id}"
    base = settings.publication_base_url.rstrip("/")
    items = [i for i in crud_requests.items(session=session, request_id=request_id) if released(i)]
    decision = Decision(f"{base}/{ref}/besluit", f"Besluit op Woo-verzoek: {row.subject}")
    try:
        xml = sitemap([publication(i, base, ref) for i in items], decision, str(publisher_of(settings)))
    except DiwooError as error:
        raise InvalidInput(str(error)) from None
    return Response(xml, media_type="application/xml")
