"""``GET /v1/suggestions/{id}``: one suggestion with its current status and version."""

from __future__ import annotations

from fastapi import APIRouter

from api import crud, presenters
from api.deps import ReviewerDep, SessionDep
from api.schemas.bounds import Id
from api.schemas.suggestions import SuggestionPublic

router = APIRouter(prefix="/v1/suggestions", tags=["suggestions"])


@router.get("/{suggestion_id}", response_model=SuggestionPublic)
def get_suggestion(suggestion_id: Id, _key: ReviewerDep, session: SessionDep) -> SuggestionPublic:
    """One suggestion (re-read it after a 409 to get the current version)."""
    suggestion = crud.get_suggestion(session=session, suggestion_id=suggestion_id)
    return presenters.one_suggestion(session=session, suggestion=suggestion)
