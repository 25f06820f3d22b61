"""API keys: create (shown once), find, list, revoke."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import Role, hash_key, key_prefix, new_key
from api.errors import NotFound
from api.models import ApiKey, utcnow


def create_api_key(
    *, session: Session, name: str, role: Role, expires_at: datetime | None = None
) -> tuple[ApiKey, str]:
    """Store a new key for ``name`` with ``role`` (valid until ``expires_at``, or until revoked when None);
    return the row and the key (not stored, shown once)."""
    key = new_key()
    row = ApiKey(name=name, role=str(role), key_hash=hash_key(key), prefix=key_prefix(key), expires_at=expires_at)
    session.add(row)
    session.commit()
    return row, key


def find_api_key(*, session: Session, key: str) -> ApiKey | None:
    """The active key row for ``key`` (not revoked, not expired), or None."""
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(key)))
    return row if row is not None and key_active(row) else None


def key_active(row: ApiKey) -> bool:
    """True while ``row`` is neither revoked nor expired (checked on every request: revocation is immediate)."""
    return row.revoked_at is None and (row.expires_at is None or row.expires_at > utcnow())


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
