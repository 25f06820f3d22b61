"""Reviewer decisions, manual redactions and the audit trail."""

from __future__ import annotations

import logging

from fastapi import APIRouter

from api import crud, presenters
from api.deps import ReviewerDep, SessionDep
from api.schemas.bounds import Id
from api.schemas.events import DecisionCreate, EventPublic, RedactionCreate, RedactionPublic
from api.schemas.suggestions import SuggestionPublic

router = APIRouter(prefix="/v1", tags=["decisions"])
logger = logging.getLogger(__name__)


@router.post("/suggestions/{suggestion_id}/decision", response_model=SuggestionPublic)
def decide(suggestion_id: Id, body: DecisionCreate, key: ReviewerDep, session: SessionDep) -> SuggestionPublic:
    """Accept, reject (with reason) or change the ground (with ground and reason). A stale version gives 409."""
    suggestion, event = crud.decide(
        session=session,
        suggestion_id=suggestion_id,
        action=body.action,
        version=body.version,
        ground=body.ground,
        reason=body.reason,
        key=key,
    )
    logger.info("decision", extra={"suggestion_id": suggestion_id, "event_id": event.id, "action": body.action})
    return presenters.one_suggestion(session=session, suggestion=suggestion)


@router.post("/documents/{document_id}/redactions", status_code=201, response_model=RedactionPublic)
def add_redaction(document_id: Id, body: RedactionCreate, key: ReviewerDep, session: SessionDep) -> RedactionPublic:
    """Redact a span Lakmoes missed, with ground and reason."""
    event = crud.add_redaction(
        session=session,
        document_id=document_id,
        start=body.start,
        end=body.end,
        ground=body.ground,
        reason=body.reason,
        entity_type=body.entity_type,
        key=key,
    )
    logger.info("manual redaction", extra={"document_id": document_id, "event_id": event.id})
    document = crud.get_document(session=session, document_id=document_id)
    return presenters.redaction_public(event, document.text)


@router.get("/documents/{document_id}/audit", response_model=list[EventPublic])
def audit(document_id: Id, _key: ReviewerDep, session: SessionDep) -> list[EventPublic]:
    """Every event of the document in order: upload, decisions (who, when, why), manual redactions, deletion.

    Also answers for a deleted document: the trail outlives the content.
    """
    return [EventPublic.model_validate(e) for e in crud.audit_trail(session=session, document_id=document_id)]
