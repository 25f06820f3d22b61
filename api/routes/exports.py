"""Exports: the redacted text of a document, and the JSONL feedback for retraining."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse, StreamingResponse
from sqlalchemy.orm import Session

from api import crud
from api.deps import AdminDep, ReviewerDep, SessionDep
from api.schemas.bounds import Id
from detector.export import redact_text

router = APIRouter(prefix="/v1", tags=["exports"])


@router.get("/documents/{document_id}/redacted", response_class=PlainTextResponse)
def redacted(
    document_id: Id,
    _key: ReviewerDep,
    session: SessionDep,
    mask: Annotated[bool, Query(description="█ blocks instead of ground codes")] = False,
) -> PlainTextResponse:
    """The text with every accepted (or re-grounded, or manual) span replaced by its ground code."""
    document = crud.get_document(session=session, document_id=document_id)
    text = redact_text(document.text, crud.redactions(session=session, document=document), mask=mask)
    filename = f"document-{document.id}-gelakt.txt"
    return PlainTextResponse(text, headers={"Content-Disposition": f'inline; filename="{filename}"'})


@router.get("/feedback/export", response_class=StreamingResponse)
def feedback_export(_key: AdminDep, session: SessionDep) -> StreamingResponse:
    """Every decision as one JSON line, oldest first (format: docs/feedback-format.md)."""

    def lines(db: Session) -> Iterator[str]:
        for row in crud.feedback_rows(session=db):
            yield json.dumps(row, ensure_ascii=False) + "\n"

    return StreamingResponse(
        lines(session),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="lakmoes-feedback.jsonl"'},
    )
