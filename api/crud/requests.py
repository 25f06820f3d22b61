"""Database operations for Woo requests: create, add files, progress, retry, and the documents as annexes see them.

Keyword-only, no HTTP; they raise domain errors from :mod:`api.errors`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api import crud
from api.errors import NotFound, StateConflict
from api.models import ApiKey, Document, RequestDocument, WooRequest, utcnow
from api.models import Suggestion as SuggestionRow
from detector import document as detector_document
from detector.decisions_file import Decided
from detector.request.model import RequestItem

# Art. 4.4 Woo: decide within four weeks of receipt; the term can be extended once by two weeks.
TERM = timedelta(weeks=4)
EXTENSION = timedelta(weeks=2)
STATUSES = ("pending", "running", "done", "failed")


@dataclass(frozen=True)
class RequestProgress:
    """Counts of a request's documents per status."""

    pending: int
    running: int
    done: int
    failed: int
    propagated: int = 0

    @property
    def total(self) -> int:
        return self.pending + self.running + self.done + self.failed

    @property
    def status(self) -> str:
        """``empty`` (no documents), ``analysing`` (documents not yet analysed, or the cross-document pass
        not yet run over all analysed ones) or ``analysed``."""
        if self.total == 0:
            return "empty"
        return "analysing" if self.pending or self.running or self.propagated != self.done else "analysed"


def create_request(*, session: Session, subject: str, received_on: date, key: ApiKey) -> WooRequest:
    """A new request with its legal deadlines."""
    row = WooRequest(
        subject=subject,
        received_on=received_on,
        deadline=received_on + TERM,
        extended_deadline=received_on + TERM + EXTENSION,
        created_by=key.name,
    )
    session.add(row)
    session.commit()
    return row


def get_request(*, session: Session, request_id: int) -> WooRequest:
    """The request, or :class:`NotFound`."""
    row = session.get(WooRequest, request_id)
    if row is None:
        raise NotFound("verzoek", request_id)
    return row


def set_phase(*, session: Session, request_id: int, phase: str) -> WooRequest:
    """Record the request's phase: ``open``, ``extended`` (the decision term is extended) or ``decided``."""
    row = get_request(session=session, request_id=request_id)
    row.status = phase
    session.commit()
    return row


def list_requests(*, session: Session, offset: int, limit: int) -> tuple[Sequence[WooRequest], int]:
    """One page of requests, newest first, and the count."""
    count = session.scalar(select(func.count()).select_from(WooRequest)) or 0
    rows = session.scalars(select(WooRequest).order_by(WooRequest.id.desc()).offset(offset).limit(limit)).all()
    return rows, count


def add_files(
    *, session: Session, request: WooRequest, files: Sequence[tuple[str, bytes]]
) -> tuple[list[RequestDocument], list[str]]:
    """Store files as pending documents; a path already in the request with the same bytes is skipped.

    The same path with other bytes is refused (:class:`StateConflict`) and nothing is stored.
    """
    existing = dict(
        session.execute(
            select(RequestDocument.path, RequestDocument.sha256).where(RequestDocument.request_id == request.id)
        ).all()
    )
    added: list[RequestDocument] = []
    skipped: list[str] = []
    for path, data in files:
        digest = hashlib.sha256(data).hexdigest()
        if path in existing:
            if existing[path] != digest:
                session.rollback()
                raise StateConflict(f"'{path}' staat al in verzoek {request.id} met een andere inhoud")
            skipped.append(path)
            continue
        existing[path] = digest
        row = RequestDocument(request_id=request.id, path=path, sha256=digest, size=len(data), content=data)
        session.add(row)
        added.append(row)
    session.commit()
    return added, skipped


def progress(*, session: Session, request_id: int) -> RequestProgress:
    """How many documents of the request are pending, running, done and failed."""
    counts = dict(
        session.execute(
            select(RequestDocument.status, func.count())
            .where(RequestDocument.request_id == request_id)
            .group_by(RequestDocument.status)
        ).all()
    )
    propagated = session.scalar(select(WooRequest.propagated_done).where(WooRequest.id == request_id)) or 0
    return RequestProgress(**{status: int(counts.get(status, 0)) for status in STATUSES}, propagated=propagated)


def request_documents(
    *, session: Session, request_id: int, status: str | None = None, offset: int = 0, limit: int | None = None
) -> tuple[Sequence[RequestDocument], int]:
    """The request's documents in upload order (optionally one status), one page, and their count."""
    query = select(RequestDocument).where(RequestDocument.request_id == request_id)
    if status is not None:
        query = query.where(RequestDocument.status == status)
    count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(RequestDocument.id).offset(offset).limit(limit)).all()
    return rows, count


def retry(*, session: Session, request_id: int, document_id: int) -> RequestDocument:
    """Put a failed document back in the queue (``pending``); other states give :class:`StateConflict`."""
    row = session.get(RequestDocument, document_id)
    if row is None or row.request_id != request_id:
        raise NotFound("verzoekdocument", document_id)
    reset = session.execute(
        update(RequestDocument)
        .where(RequestDocument.id == document_id, RequestDocument.status == "failed")
        .values(status="pending", error=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if reset.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise StateConflict(f"document {document_id} is niet mislukt (status {row.status}); alleen mislukte "
                            "documenten kunnen opnieuw")
    session.commit()
    session.refresh(row)
    return row


def unfinished_ids(*, session: Session) -> list[int]:
    """Documents of any request still pending or running (to queue again after a restart)."""
    return list(
        session.scalars(
            select(RequestDocument.id).where(RequestDocument.status.in_(("pending", "running")))
            .order_by(RequestDocument.id)
        ).all()
    )


def items(*, session: Session, request_id: int, with_content: bool = False) -> Iterator[RequestItem]:
    """The request's documents in order as :class:`RequestItem` (numbered 1…), with their review state.

    A document with at least one decision counts as reviewed: its redactions are the accepted, re-grounded
    and manual ones; otherwise every suggestion. Failed and unfinished documents come with their reason.
    """
    rows, _ = request_documents(session=session, request_id=request_id)
    for number, row in enumerate(rows, start=1):
        if row.document_id is None:
            reason = row.error or f"nog niet geanalyseerd (status {row.status})"
            yield RequestItem(number, row.path, "", "", "", error=reason)
            continue
        document = session.get(Document, row.document_id)
        assert document is not None
        suggestions = tuple(_suggestion(s) for s in document.suggestions)
        decided = None
        if crud.suggestion_states(session=session, document_id=document.id) or crud.manual_redactions(
            session=session, document_id=document.id
        ):
            decided = tuple(
                Decided(r.start, r.end, r.ground, document.text[r.start : r.end])
                for r in crud.redactions(session=session, document=document)
            )
        content = row.content if with_content and row.parent_id is None else None
        yield RequestItem(
            number, row.path, document.text, document.media_type, document.doc_type, suggestions, decided,
            row.document_date, content,
        )  # fmt: skip
        session.expire(document)
        session.expire(row)  # drop the loaded text and file again: memory stays per document


def _suggestion(row: SuggestionRow) -> detector_document.Suggestion:
    return detector_document.Suggestion(
        start=row.start, end=row.end, text=row.text, entity_type=row.entity_type, ground=row.ground,
        score=row.score, explanation=row.explanation, recognizer=row.recognizer, page=row.page,
        grounds=tuple(row.grounds or ()),
    )  # fmt: skip
