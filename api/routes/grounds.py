"""``GET /v1/grounds``: the Woo ground catalogue."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import AnyKeyDep
from api.schemas.grounds import GroundPublic
from detector.grounds import catalogue

router = APIRouter(prefix="/v1", tags=["grounds"])


@router.get("/grounds", response_model=list[GroundPublic])
def grounds(_key: AnyKeyDep) -> list[GroundPublic]:
    """Every ground code with title, legal text, Dutch motivation and old Wob code."""
    return [GroundPublic.model_validate(g) for g in catalogue().values()]
