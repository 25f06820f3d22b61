"""Suggestions and their review state: the latest decision that was not undone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.crud.documents import gone
from api.crud.events import DECISIONS, STATUS_OF_ACTION, UNDO
from api.errors import NotFound
from api.models import Event, Suggestion


@dataclass(frozen=True)
class SuggestionState:
    """The review state of a suggestion, derived from its latest decision event."""

    status: str
    current_ground: str | None
    reviewer: str | None = None
    reason: str | None = None


def get_suggestion(*, session: Session, suggestion_id: int) -> Suggestion:
    """The suggestion, or :class:`NotFound`, or :class:`Gone` when its document was deleted."""
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise NotFound("suggestie", suggestion_id)
    if suggestion.document.deleted_at is not None:
        raise gone(suggestion.document)
    return suggestion


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
