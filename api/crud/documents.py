"""Documents: store with suggestions and spans kept public, list with progress, get, delete (tombstone)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from api.errors import Gone, NotFound
from api.models import ApiKey, Document, DocumentFile, Event, KeptPublic, Suggestion, utcnow
from detector import document as detector_document


@dataclass(frozen=True)
class Progress:
    """Counts and derived status of one document."""

    total: int
    decided: int

    @property
    def open(self) -> int:
        return self.total - self.decided

    @property
    def status(self) -> str:
        if self.decided == self.total:
            return "done"
        return "open" if self.decided == 0 else "in_review"


def create_document(
    *,
    session: Session,
    text: str,
    title: str,
    filename: str | None,
    media_type: str,
    doc_type: str,
    suggestions: Sequence[detector_document.Suggestion],
    key: ApiKey,
    public: Sequence[detector_document.Span] = (),
    pdf: bytes | None = None,
) -> Document:
    """Store a document with its suggestions, the spans kept public, its PDF (if it was one) and the
    ``created`` audit event."""
    document = add_document(
        session=session, text=text, title=title, filename=filename, media_type=media_type, doc_type=doc_type,
        suggestions=suggestions, created_by=key.name, key_id=key.id, public=public, pdf=pdf,
    )  # fmt: skip
    session.commit()
    return document


def add_document(
    *,
    session: Session,
    text: str,
    title: str,
    filename: str | None,
    media_type: str,
    doc_type: str,
    suggestions: Sequence[detector_document.Suggestion],
    created_by: str,
    key_id: int | None,
    public: Sequence[detector_document.Span] = (),
    pdf: bytes | None = None,
) -> Document:
    """Like :func:`create_document`, inside the caller's transaction (flushed, not committed); ``created_by``
    is the key's name or the background worker's."""
    document = Document(
        title=title,
        filename=filename,
        media_type=media_type,
        doc_type=doc_type,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        created_by=created_by,
        suggestions=[suggestion_row(s) for s in suggestions],
    )
    session.add(document)
    session.flush()
    session.add_all(_kept_public_row(document.id, span) for span in public)
    if pdf is not None:
        session.add(DocumentFile(document_id=document.id, media_type="application/pdf", data=pdf))
    session.add(Event(document_id=document.id, action="created", reviewer=created_by, key_id=key_id))
    return document


def suggestion_row(s: detector_document.Suggestion) -> Suggestion:
    """The table row of a suggestion (not yet added to a session)."""
    data = s.to_dict()
    return Suggestion(
        start=s.start,
        end=s.end,
        text=s.text,
        entity_type=s.entity_type,
        ground=s.ground,
        grounds=data["grounds"],
        score=data["score"],
        explanation=s.explanation,
        recognizer=s.recognizer,
        page=s.page,
        bbox=data["bbox"],
    )


def _kept_public_row(document_id: int, span: detector_document.Span) -> KeptPublic:
    return KeptPublic(
        document_id=document_id,
        start=span.start,
        end=span.end,
        text=span.text,
        entity_type=span.entity_type,
        reason=span.reason or "openbaar gelaten",
        score=round(span.score, 4),
        recognizer=span.recognizer,
    )


def _progress_query() -> Any:
    counts = (
        select(
            Suggestion.document_id.label("document_id"),
            func.count().label("total"),
            func.sum(case((Suggestion.decided, 1), else_=0)).label("decided"),
        )
        .group_by(Suggestion.document_id)
        .subquery()
    )
    total = func.coalesce(counts.c.total, 0)
    decided = func.coalesce(counts.c.decided, 0)
    status = case((total == decided, "done"), (decided == 0, "open"), else_="in_review")
    columns = (Document.id, Document.title, Document.filename, Document.media_type, Document.doc_type,
               Document.created_by, Document.created_at)
    query = (
        select(*columns, total.label("total"), decided.label("decided"))
        .outerjoin(counts, counts.c.document_id == Document.id)
        .where(Document.deleted_at.is_(None))
    )
    return query, status


def list_documents(
    *, session: Session, status: str | None, offset: int, limit: int
) -> tuple[list[tuple[dict[str, Any], Progress]], int]:
    """One page of documents (newest first, deleted ones left out) with their progress, and the count."""
    query, status_expr = _progress_query()
    if status is not None:
        query = query.where(status_expr == status)
    count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(query.order_by(Document.id.desc()).offset(offset).limit(limit)).mappings().all()
    page = [(dict(row), Progress(total=int(row["total"]), decided=int(row["decided"]))) for row in rows]
    return page, count


def get_document(*, session: Session, document_id: int) -> Document:
    """The document, or :class:`NotFound`, or :class:`Gone` when it was deleted."""
    document = document_row(session=session, document_id=document_id)
    if document.deleted_at is not None:
        raise gone(document)
    return document


def document_row(*, session: Session, document_id: int) -> Document:
    """The document row, deleted or not, or :class:`NotFound`."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound("document", document_id)
    return document


def gone(document: Document) -> Gone:
    assert document.deleted_at is not None
    when = document.deleted_at.isoformat(timespec="seconds")
    return Gone(f"document {document.id} is verwijderd ({when}); alleen de audittrail is nog op te vragen")


def document_progress(document: Document) -> Progress:
    """Progress of a loaded document."""
    return Progress(total=len(document.suggestions), decided=sum(1 for s in document.suggestions if s.decided))


def delete_document(*, session: Session, document_id: int, key: ApiKey) -> Event:
    """Erase a document's content but keep its audit trail, and record the ``document_deleted`` event.

    Cleared: the text, title and filename, and every suggestion's text and explanation. Kept: the row as a
    tombstone (``deleted_at``, ``deleted_by``), ``sha256`` (proves which text the decisions were about),
    the suggestions' offsets, types, grounds and scores, and every event with its reviewer, time and reason.
    Deleting again raises :class:`Gone`.
    """
    document = get_document(session=session, document_id=document_id)
    # Suggestions first: their row locks make a concurrent decision either finish before this or see the
    # deletion (see :func:`decide`).
    session.execute(
        update(Suggestion)
        .where(Suggestion.document_id == document_id)
        .values(text="", explanation="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(KeptPublic)
        .where(KeptPublic.document_id == document_id)
        .values(text="")
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(DocumentFile).where(DocumentFile.document_id == document_id))
    document.text = ""
    document.title = ""
    document.filename = None
    document.deleted_at = utcnow()
    document.deleted_by = key.name
    event = Event(document_id=document_id, action="document_deleted", reviewer=key.name, key_id=key.id)
    session.add(event)
    session.commit()
    session.expire_all()
    return event
