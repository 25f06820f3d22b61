"""Database operations of the reviewer's workbench: spans kept public, the stored PDF, "this value everywhere"
and undo. Keyword-only, no HTTP, like :mod:`api.crud`; every change is an appended event."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from api.crud.decisions import add_redaction
from api.crud.documents import Progress, get_document
from api.crud.events import DECISIONS, UNDO, not_undone
from api.crud.suggestions import SuggestionState, get_suggestion, open_state, suggestion_states
from api.errors import InvalidInput, NotFound, VersionConflict
from api.models import ApiKey, Document, DocumentFile, Event, KeptPublic, RequestDocument, Suggestion
from detector.values import value_key

BULK_ACTIONS = {"accept": "accepted", "reject": "rejected"}
SCOPES = ("document", "request")


def kept_public(*, session: Session, document_id: int) -> Sequence[KeptPublic]:
    """The spans of a document Lakmoes found but kept public, in text order."""
    return session.scalars(
        select(KeptPublic).where(KeptPublic.document_id == document_id).order_by(KeptPublic.start, KeptPublic.id)
    ).all()


def get_kept_public(*, session: Session, span_id: int) -> KeptPublic:
    """One kept-public span, or :class:`NotFound`, or ``Gone`` when its document was deleted."""
    span = session.get(KeptPublic, span_id)
    if span is None:
        raise NotFound("openbaar gelaten fragment", span_id)
    get_document(session=session, document_id=span.document_id)
    return span


def redact_kept_public(*, session: Session, span_id: int, ground: str, reason: str, key: ApiKey) -> Event:
    """Overrule Lakmoes: redact a kept-public span with ``ground``; a manual redaction with the span's type."""
    span = get_kept_public(session=session, span_id=span_id)
    return add_redaction(
        session=session,
        document_id=span.document_id,
        start=span.start,
        end=span.end,
        ground=ground,
        reason=reason,
        entity_type=span.entity_type,
        key=key,
    )


def document_pdf(*, session: Session, document_id: int) -> bytes | None:
    """The uploaded PDF of a (not deleted) document, or None when it was not a PDF."""
    get_document(session=session, document_id=document_id)
    return session.scalar(select(DocumentFile.data).where(DocumentFile.document_id == document_id))


@dataclass(frozen=True)
class Action:
    """What one bulk action or undo changed: the suggestions touched and the manual redactions taken back."""

    batch: str
    suggestion_ids: list[int]
    redaction_ids: list[int]


def decide_everywhere(
    *, session: Session, suggestion_id: int, action: str, key: ApiKey, reason: str | None = None,
    scope: str = "document",
) -> Action:
    """Accept or reject every occurrence of the suggestion's value (same entity type and
    :func:`~detector.values.value_key`, so a person in other spellings too) in ``scope``: its document, or every
    (not deleted) document of the Woo request it belongs to. Each occurrence not yet in that state gets its own
    decision event, naming the bulk action in ``bulk`` and sharing one ``batch``; all or none are recorded."""
    if action not in BULK_ACTIONS:
        raise InvalidInput(f"onbekende actie {action!r}; geldig: {', '.join(BULK_ACTIONS)}")
    if scope not in SCOPES:
        raise InvalidInput(f"onbekende reikwijdte {scope!r}; geldig: {', '.join(SCOPES)}")
    if action == "reject" and not (reason and reason.strip()):
        raise InvalidInput("afwijzen vraagt een reden (reason)")
    anchor = get_suggestion(session=session, suggestion_id=suggestion_id)
    value = value_key(anchor.text, anchor.entity_type)
    documents = [anchor.document_id]
    if scope == "request":
        request_id = request_of(session=session, document_id=anchor.document_id)
        if request_id is None:
            raise InvalidInput(f"document {anchor.document_id} hoort niet bij een Woo-verzoek")
        documents = request_document_ids(session=session, request_id=request_id)
    candidates = session.scalars(
        select(Suggestion)
        .join(Document, Document.id == Suggestion.document_id)
        .where(Suggestion.document_id.in_(documents), Suggestion.entity_type == anchor.entity_type,
               Document.deleted_at.is_(None))
        .order_by(Suggestion.document_id, Suggestion.start)
    ).all()
    same = [s for s in candidates if value_key(s.text, s.entity_type) == value]
    states: dict[int, SuggestionState] = {}
    for document_id in {s.document_id for s in same}:
        states.update(suggestion_states(session=session, document_id=document_id))
    todo = [s for s in same if (states.get(s.id) or open_state(s)).status != BULK_ACTIONS[action]]
    batch = uuid.uuid4().hex
    bulk = f"{action}-everywhere:{scope}"
    for suggestion in todo:
        _bump(session, suggestion, decided=True)
        session.add(Event(
            document_id=suggestion.document_id,
            suggestion_id=suggestion.id,
            action=action,
            ground=suggestion.ground if action == "accept" else None,
            reason=reason.strip() if reason else None,
            reviewer=key.name,
            key_id=key.id,
            bulk=bulk,
            batch=batch,
        ))
    session.commit()
    return Action(batch=batch, suggestion_ids=[s.id for s in todo], redaction_ids=[])


def request_of(*, session: Session, document_id: int) -> int | None:
    """The id of the Woo request the document was analysed for, or None."""
    return session.scalar(select(RequestDocument.request_id).where(RequestDocument.document_id == document_id))


def request_document_ids(*, session: Session, request_id: int) -> list[int]:
    """The analysed documents of a request, in upload order."""
    return list(session.scalars(
        select(RequestDocument.document_id)
        .where(RequestDocument.request_id == request_id, RequestDocument.document_id.is_not(None))
        .order_by(RequestDocument.id)
    ).all())


def review_progress(*, session: Session, document_ids: list[int]) -> dict[int, Progress]:
    """Suggestions decided out of the total, per document (documents without suggestions are done)."""
    rows = session.execute(
        select(Suggestion.document_id, func.count(), func.sum(case((Suggestion.decided, 1), else_=0)))
        .where(Suggestion.document_id.in_(document_ids))
        .group_by(Suggestion.document_id)
    ).all()
    counted = {document: Progress(total=int(total), decided=int(decided or 0)) for document, total, decided in rows}
    return {document_id: counted.get(document_id, Progress(0, 0)) for document_id in document_ids}


def _bump(session: Session, suggestion: Suggestion, *, decided: bool) -> None:
    """Raise the suggestion's version from the one read (a concurrent decision makes this a 409)."""
    bumped = session.execute(
        update(Suggestion)
        .where(Suggestion.id == suggestion.id, Suggestion.version == suggestion.version)
        .values(version=Suggestion.version + 1, decided=decided)
        .execution_options(synchronize_session=False)
    )
    if bumped.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise VersionConflict(
            f"suggestie {suggestion.id} is intussen door iemand anders beoordeeld; laad de pagina opnieuw"
        )


def undo_last(*, session: Session, document_id: int, key: ApiKey) -> Action:
    """Take back this reviewer's last action in the document that is still standing: one decision, one
    manual redaction, or every event of one bulk action. Appends an ``undo`` event per event taken back."""
    get_document(session=session, document_id=document_id)
    last = session.scalars(
        select(Event)
        .where(
            Event.document_id == document_id,
            Event.reviewer == key.name,
            Event.action.in_((*DECISIONS, "manual")),
            not_undone(),
        )
        .order_by(Event.id.desc())
        .limit(1)
    ).first()
    if last is None:
        raise InvalidInput("er is geen eigen beslissing in dit document om ongedaan te maken")
    group = (
        [last] if last.batch is None else
        session.scalars(select(Event).where(Event.batch == last.batch, not_undone()).order_by(Event.id)).all()
    )
    batch = uuid.uuid4().hex
    for event in group:
        if event.suggestion_id is not None:
            suggestion = session.get(Suggestion, event.suggestion_id, populate_existing=True)
            assert suggestion is not None
            _bump(session, suggestion, decided=_still_decided(session, suggestion.id, event.id))
        session.add(Event(
            document_id=event.document_id,
            suggestion_id=event.suggestion_id,
            action=UNDO,
            reason=f"ongedaan gemaakt: {event.action}" + (f" ({event.bulk})" if event.bulk else ""),
            reviewer=key.name,
            key_id=key.id,
            bulk=event.bulk,
            batch=batch,
            undoes=event.id,
        ))
    session.commit()
    return Action(
        batch=batch,
        suggestion_ids=[e.suggestion_id for e in group if e.suggestion_id is not None],
        redaction_ids=[e.id for e in group if e.action == "manual"],
    )


def _still_decided(session: Session, suggestion_id: int, undone_id: int) -> bool:
    """Whether the suggestion keeps a standing decision once event ``undone_id`` is taken back."""
    standing = session.scalars(
        select(Event.id).where(
            Event.suggestion_id == suggestion_id, Event.action.in_(DECISIONS), not_undone()
        )
    ).all()
    return any(event_id != undone_id for event_id in standing)
