"""Reviewer page sessions: a random token in the cookie, its SHA-256 in the database, short-lived, revocable.

The API key itself never goes into a cookie. A session answers only while it is not expired, not logged out,
and its key is still active, so revoking a key ends its sessions at once.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.auth import hash_key
from api.crud.keys import key_active
from api.models import ApiKey, ReviewSession, utcnow

COOKIE_NAME = "lakmoes_session"


def open_session(*, session: Session, key: ApiKey, minutes: int) -> str:
    """Start a session for ``key`` lasting ``minutes``; return its token (stored only as a hash)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    expires_at = now + timedelta(minutes=minutes)
    session.add(ReviewSession(token_hash=hash_key(token), key_id=key.id, created_at=now, expires_at=expires_at))
    session.commit()
    return token


def session_key(*, session: Session, token: str) -> ApiKey | None:
    """The active key behind the session ``token``, or None when it is unknown, expired, logged out or its key
    was revoked or expired."""
    row = session.scalar(select(ReviewSession).where(ReviewSession.token_hash == hash_key(token)))
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        return None
    key = session.get(ApiKey, row.key_id)
    return key if key is not None and key_active(key) else None


def close_session(*, session: Session, token: str) -> None:
    """Log out: the token stops working at once, also if a copy of the cookie survives."""
    session.execute(
        update(ReviewSession)
        .where(ReviewSession.token_hash == hash_key(token), ReviewSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    session.commit()
