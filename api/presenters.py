"""Turn table rows into response schemas (so handlers stay one call long and tables never leak)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from api import crud
from api.models import Document, Event, Suggestion
from api.schemas.documents import DocumentCreated, DocumentPublic, DocumentSummary
from api.schemas.events import RedactionPublic
from api.schemas.suggestions import SuggestionPublic


def suggestion_public(suggestion: Suggestion, state: crud.SuggestionState) -> SuggestionPublic:
    """A stored suggestion with its derived state."""
    return SuggestionPublic(
        id=suggestion.id,
        document_id=suggestion.document_id,
        start=suggestion.start,
        end=suggestion.end,
        text=suggestion.text,
        entity_type=suggestion.entity_type,
        ground=suggestion.ground,
        score=suggestion.score,
        explanation=suggestion.explanation,
        recognizer=suggestion.recognizer,
        page=suggestion.page,
        bbox=suggestion.bbox,
        grounds=suggestion.grounds,
        status=state.status,  # type: ignore[arg-type]
        version=suggestion.version,
        current_ground=state.current_ground,
        reviewer=state.reviewer,
        reason=state.reason,
    )


def suggestions_public(*, session: Session, document: Document) -> list[SuggestionPublic]:
    """Every suggestion of ``document`` with its state."""
    states = crud.suggestion_states(session=session, document_id=document.id)
    return [suggestion_public(s, states.get(s.id) or crud.open_state(s)) for s in document.suggestions]


def one_suggestion(*, session: Session, suggestion: Suggestion) -> SuggestionPublic:
    """One suggestion with its state."""
    states = crud.suggestion_states(session=session, document_id=suggestion.document_id)
    return suggestion_public(suggestion, states.get(suggestion.id) or crud.open_state(suggestion))


def redaction_public(event: Event, text: str) -> RedactionPublic:
    """A manual redaction event as shown with its document."""
    assert event.start is not None and event.end is not None and event.ground is not None
    return RedactionPublic(
        id=event.id,
        start=event.start,
        end=event.end,
        text=text[event.start : event.end],
        ground=event.ground,
        entity_type=event.entity_type or crud.MANUAL_ENTITY,
        reason=event.reason or "",
        reviewer=event.reviewer,
        created_at=event.created_at,
    )


def _summary_fields(document: Document) -> dict[str, object]:
    progress = crud.document_progress(document)
    return {
        "id": document.id,
        "title": document.title,
        "filename": document.filename,
        "media_type": document.media_type,
        "doc_type": document.doc_type,
        "created_by": document.created_by,
        "created_at": document.created_at,
        "total": progress.total,
        "decided": progress.decided,
        "open": progress.open,
        "status": progress.status,
    }


def document_public(*, session: Session, document: Document) -> DocumentPublic:
    """The full document view."""
    manual = crud.manual_redactions(session=session, document_id=document.id)
    return DocumentPublic(
        **_summary_fields(document),  # type: ignore[arg-type]
        text=document.text,
        suggestions=suggestions_public(session=session, document=document),
        redactions=[redaction_public(e, document.text) for e in manual],
    )


def document_created(*, session: Session, document: Document) -> DocumentCreated:
    """The answer to an upload."""
    return DocumentCreated(
        id=document.id, doc_type=document.doc_type, suggestions=suggestions_public(session=session, document=document)
    )


def summary_from_row(row: dict[str, object], progress: crud.Progress) -> DocumentSummary:
    """A list entry from :func:`api.crud.list_documents`."""
    return DocumentSummary(
        **row,  # type: ignore[arg-type]
        open=progress.open,
        status=progress.status,  # type: ignore[arg-type]
    )
