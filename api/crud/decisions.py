"""Decisions on suggestions (optimistic version), manual redactions and the audit trail."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.crud.documents import document_row, get_document, gone
from api.crud.events import DECISIONS, MANUAL_ENTITY, not_undone
from api.crud.suggestions import get_suggestion
from api.errors import InvalidInput, VersionConflict
from api.models import ApiKey, Document, Event, Suggestion
from detector import document as detector_document
from detector.ground_parser import parse_ground


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
        raise gone(document_row(session=session, document_id=document_id))
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


def audit_trail(*, session: Session, document_id: int) -> Sequence[Event]:
    """Every event of a document, in the order they happened; also for a deleted document."""
    document_row(session=session, document_id=document_id)
    return session.scalars(select(Event).where(Event.document_id == document_id).order_by(Event.id)).all()
