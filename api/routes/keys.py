"""API key management (admin): create, list, revoke."""

from __future__ import annotations

import logging
from datetime import timedelta

from fastapi import APIRouter

from api import crud
from api.deps import AdminDep, SessionDep
from api.models import utcnow
from api.schemas.bounds import Id
from api.schemas.keys import KeyCreate, KeyCreated, KeyPublic

router = APIRouter(prefix="/v1/keys", tags=["keys"])
logger = logging.getLogger(__name__)


@router.post("", status_code=201, response_model=KeyCreated)
def create_key(body: KeyCreate, key: AdminDep, session: SessionDep) -> KeyCreated:
    """A new key; its secret is in this answer only."""
    expires_at = utcnow() + timedelta(days=body.expires_in_days) if body.expires_in_days else None
    row, secret = crud.create_api_key(session=session, name=body.name, role=body.role, expires_at=expires_at)
    logger.info("key created", extra={"key_id": row.id, "role": row.role, "by": key.name})
    return KeyCreated(**KeyPublic.model_validate(row).model_dump(), key=secret)


@router.get("", response_model=list[KeyPublic])
def list_keys(_key: AdminDep, session: SessionDep) -> list[KeyPublic]:
    """All keys without their secrets."""
    return [KeyPublic.model_validate(row) for row in crud.list_api_keys(session=session)]


@router.delete("/{key_id}", response_model=KeyPublic)
def revoke_key(key_id: Id, key: AdminDep, session: SessionDep) -> KeyPublic:
    """Revoke a key (it stays listed, its name stays in the audit trail)."""
    row = crud.revoke_api_key(session=session, key_id=key_id)
    logger.info("key revoked", extra={"key_id": key_id, "by": key.name})
    return KeyPublic.model_validate(row)
