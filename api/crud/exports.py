"""What leaves the review store: the redactions to apply, and the feedback rows for retraining."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.crud.decisions import manual_redactions
from api.crud.events import DECISIONS, not_undone
from api.crud.suggestions import suggestion_states
from api.models import Document, Event, Suggestion


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
