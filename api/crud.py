"""Database operations. Keyword-only, no HTTP: they raise domain errors from :mod:`api.errors`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session, aliased

from api.auth import Role, hash_key, key_prefix, new_key
from api.errors import Gone, InvalidInput, NotFound, VersionConflict
from api.models import ApiKey, Document, DocumentFile, Event, KeptPublic, Suggestion, utcnow
from detector import document as detector_document
from detector.ground_parser import parse_ground

DECISIONS = ("accept", "reject", "change_ground")
UNDO = "undo"
STATUS_OF_ACTION = {"accept": "accepted", "reject": "rejected", "change_ground": "changed"}
MANUAL_ENTITY = "MANUAL"


# --- API keys -------------------------------------------------------------------------------------------


def create_api_key(*, session: Session, name: str, role: Role) -> tuple[ApiKey, str]:
    """Store a new key for ``name`` with ``role``; return the row and the key (not stored, shown once)."""
    key = new_key()
    row = ApiKey(name=name, role=str(role), key_hash=hash_key(key), prefix=key_prefix(key))
    session.add(row)
    session.commit()
    return row, key


def find_api_key(*, session: Session, key: str) -> ApiKey | None:
    """The active key row for ``key``, or None."""
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(key)))
    return row if row is not None and row.revoked_at is None else None


def list_api_keys(*, session: Session) -> Sequence[ApiKey]:
    """All keys, oldest first (revoked ones included, without secrets)."""
    return session.scalars(select(ApiKey).order_by(ApiKey.id)).all()


def revoke_api_key(*, session: Session, key_id: int) -> ApiKey:
    """Revoke a key; it stays listed (its name is in the audit trail)."""
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound("sleutel", key_id)
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.commit()
    return row


# --- documents and suggestions --------------------------------------------------------------------------


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


@dataclass(frozen=True)
class SuggestionState:
    """The review state of a suggestion, derived from its latest decision event."""

    status: str
    current_ground: str | None
    reviewer: str | None = None
    reason: str | None = None


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
    document = Document(
        title=title,
        filename=filename,
        media_type=media_type,
        doc_type=doc_type,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        created_by=key.name,
        suggestions=[_suggestion_row(s) for s in suggestions],
    )
    session.add(document)
    session.flush()
    session.add_all(_kept_public_row(document.id, span) for span in public)
    if pdf is not None:
        session.add(DocumentFile(document_id=document.id, media_type="application/pdf", data=pdf))
    session.add(Event(document_id=document.id, action="created", reviewer=key.name, key_id=key.id))
    session.commit()
    return document


def _suggestion_row(s: detector_document.Suggestion) -> Suggestion:
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
    document = _document_row(session=session, document_id=document_id)
    if document.deleted_at is not None:
        raise _gone(document)
    return document


def _document_row(*, session: Session, document_id: int) -> Document:
    """The document row, deleted or not, or :class:`NotFound`."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound("document", document_id)
    return document


def _gone(document: Document) -> Gone:
    assert document.deleted_at is not None
    when = document.deleted_at.isoformat(timespec="seconds")
    return Gone(f"document {document.id} is verwijderd ({when}); alleen de audittrail is nog op te vragen")


def get_suggestion(*, session: Session, suggestion_id: int) -> Suggestion:
    """The suggestion, or :class:`NotFound`, or :class:`Gone` when its document was deleted."""
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise NotFound("suggestie", suggestion_id)
    if suggestion.document.deleted_at is not None:
        raise _gone(suggestion.document)
    return suggestion


def document_progress(document: Document) -> Progress:
    """Progress of a loaded document."""
    return Progress(total=len(document.suggestions), decided=sum(1 for s in document.suggestions if s.decided))


def suggestion_states(*, session: Session, document_id: int) -> dict[int, SuggestionState]:
    """The state of every decided suggestion of a document (undecided ones are absent: open).

    The state is the latest decision that was not undone.
    """
    events = session.scalars(
        select(Event)
        .where(Event.document_id == document_id, Event.action.in_((*DECISIONS, UNDO)), Event.suggestion_id.is_not(None))
        .order_by(Event.id)
    ).all()
    standing: dict[int, list[Event]] = {}
    for event in events:
        assert event.suggestion_id is not None
        decisions = standing.setdefault(event.suggestion_id, [])
        if event.action == UNDO:
            decisions[:] = [e for e in decisions if e.id != event.undoes]
        else:
            decisions.append(event)
    return {suggestion_id: _state_of(decisions[-1]) for suggestion_id, decisions in standing.items() if decisions}


def _state_of(event: Event) -> SuggestionState:
    status = STATUS_OF_ACTION[event.action]
    return SuggestionState(status=status, current_ground=event.ground, reviewer=event.reviewer, reason=event.reason)


def open_state(suggestion: Suggestion) -> SuggestionState:
    """The state of a suggestion nobody decided on yet."""
    return SuggestionState(status="open", current_ground=suggestion.ground)


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


# --- decisions and manual redactions --------------------------------------------------------------------


def canonical_ground(code: str) -> str:
    """The catalogue code for a printed ``code`` (``5.1 (2)e`` → ``5.1(2)e``); raises ``UnknownGround``."""
    return parse_ground(code)


def decide(
    *,
    session: Session,
    suggestion_id: int,
    action: str,
    version: int,
    key: ApiKey,
    ground: str | None = None,
    reason: str | None = None,
) -> tuple[Suggestion, Event]:
    """Record a decision if the suggestion is still at ``version``; else raise :class:`VersionConflict`.

    The version bump is the first statement of the transaction, so two concurrent deciders serialise on the
    row (PostgreSQL) or the database lock (SQLite) and the second one sees the new version.
    """
    if action not in DECISIONS:
        raise InvalidInput(f"onbekende actie {action!r}; geldig: {', '.join(DECISIONS)}")
    new_ground = canonical_ground(ground) if action == "change_ground" and ground else None
    bumped = session.execute(
        update(Suggestion)
        .where(Suggestion.id == suggestion_id, Suggestion.version == version)
        .values(version=Suggestion.version + 1, decided=True)
        .execution_options(synchronize_session=False)
    )
    if bumped.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        current = get_suggestion(session=session, suggestion_id=suggestion_id)
        raise VersionConflict(
            f"suggestie {suggestion_id} is intussen beoordeeld (versie {current.version}, "
            f"u stuurde {version}); laad de suggestie opnieuw en beslis dan"
        )
    suggestion = session.get(Suggestion, suggestion_id, populate_existing=True)
    assert suggestion is not None
    # Read after the bump: a deletion that committed first is visible now, and one still running waits
    # for this transaction on the suggestion row.
    document_id = suggestion.document_id
    if session.scalar(select(Document.deleted_at).where(Document.id == document_id)) is not None:
        session.rollback()
        raise _gone(_document_row(session=session, document_id=document_id))
    final_ground = {"accept": suggestion.ground, "reject": None, "change_ground": new_ground}[action]
    event = Event(
        document_id=suggestion.document_id,
        suggestion_id=suggestion.id,
        action=action,
        ground=final_ground,
        reason=reason.strip() if reason else None,
        reviewer=key.name,
        key_id=key.id,
    )
    session.add(event)
    session.commit()
    return suggestion, event


def add_redaction(
    *,
    session: Session,
    document_id: int,
    start: int,
    end: int,
    ground: str,
    reason: str,
    key: ApiKey,
    entity_type: str | None = None,
) -> Event:
    """Record a manual redaction of ``start..end`` with ``ground`` and ``reason``."""
    document = get_document(session=session, document_id=document_id)
    if end > len(document.text):
        raise InvalidInput(f"span {start}..{end} valt buiten de tekst (lengte {len(document.text)})")
    if not document.text[start:end].strip():
        raise InvalidInput(f"span {start}..{end} bevat alleen witruimte")
    if entity_type is not None and entity_type not in (*detector_document.ENTITY_TYPES, MANUAL_ENTITY):
        raise InvalidInput(f"onbekend entity_type {entity_type!r}; geldig: {', '.join(detector_document.ENTITY_TYPES)}")
    event = Event(
        document_id=document_id,
        action="manual",
        ground=canonical_ground(ground),
        reason=reason.strip(),
        start=start,
        end=end,
        entity_type=entity_type or MANUAL_ENTITY,
        reviewer=key.name,
        key_id=key.id,
    )
    session.add(event)
    session.commit()
    return event


def manual_redactions(*, session: Session, document_id: int) -> Sequence[Event]:
    """The manual redaction events of a document that were not undone, in order."""
    return session.scalars(
        select(Event)
        .where(Event.document_id == document_id, Event.action == "manual", not_undone())
        .order_by(Event.id)
    ).all()


def not_undone() -> Any:
    """A condition on :class:`Event`: no ``undo`` event takes it back."""
    undo = aliased(Event)
    return ~select(undo.id).where(undo.undoes == Event.id).exists()


def audit_trail(*, session: Session, document_id: int) -> Sequence[Event]:
    """Every event of a document, in the order they happened; also for a deleted document."""
    _document_row(session=session, document_id=document_id)
    return session.scalars(select(Event).where(Event.document_id == document_id).order_by(Event.id)).all()


@dataclass(frozen=True)
class Redaction:
    """A span to black out in the export, with its ground."""

    start: int
    end: int
    ground: str


def redactions(*, session: Session, document: Document) -> list[Redaction]:
    """Accepted and re-grounded suggestions plus manual redactions, sorted."""
    states = suggestion_states(session=session, document_id=document.id)
    spans = [
        Redaction(s.start, s.end, state.current_ground)
        for s in document.suggestions
        if (state := states.get(s.id)) is not None and state.current_ground is not None
    ]
    spans += [
        Redaction(e.start, e.end, e.ground)
        for e in manual_redactions(session=session, document_id=document.id)
        if e.start is not None and e.end is not None and e.ground is not None
    ]
    return sorted(spans, key=lambda r: (r.start, r.end))


# --- feedback export ------------------------------------------------------------------------------------

CONTEXT_CHARS = 200


def feedback_rows(*, session: Session, batch_size: int = 500) -> Iterator[dict[str, Any]]:
    """One dict per decision, oldest first, in the format of ``docs/feedback-format.md``.

    Deleted documents are left out entirely: their text is gone, and so is their use for retraining; so are
    decisions a reviewer undid.
    """
    query = (
        select(Event, Suggestion, Document.doc_type)
        .join(Document, Document.id == Event.document_id)
        .outerjoin(Suggestion, Suggestion.id == Event.suggestion_id)
        .where(Event.action.in_((*DECISIONS, "manual")), Document.deleted_at.is_(None), not_undone())
        .order_by(Event.id)
        .limit(batch_size)
    )
    texts: dict[int, str] = {}
    last_id = 0
    while rows := session.execute(query.where(Event.id > last_id)).all():
        last_id = rows[-1][0].id
        for event, suggestion, doc_type in rows:
            if event.document_id not in texts:
                if len(texts) >= 32:
                    texts.clear()
                texts[event.document_id] = session.scalars(
                    select(Document.text).where(Document.id == event.document_id)
                ).one()
            yield _feedback_row(event, suggestion, doc_type, texts[event.document_id])


def _feedback_row(event: Event, suggestion: Suggestion | None, doc_type: str, text: str) -> dict[str, Any]:
    start, end = (suggestion.start, suggestion.end) if suggestion is not None else (event.start or 0, event.end or 0)
    return {
        "decision_id": str(event.id),
        "document_id": str(event.document_id),
        "suggestion_id": str(suggestion.id) if suggestion is not None else None,
        "doc_type": doc_type,
        "entity_type": suggestion.entity_type if suggestion is not None else event.entity_type,
        "start": start,
        "end": end,
        "text": text[start:end],
        "context": text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS],
        "suggested_ground": suggestion.ground if suggestion is not None else None,
        "decision": event.action,
        "final_ground": event.ground,
        "reason": event.reason,
        "reviewer": event.reviewer,
        "decided_at": event.created_at.isoformat(timespec="seconds"),
    }
