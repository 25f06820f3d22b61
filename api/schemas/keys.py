"""API key schemas; the key itself appears only in the answer that creates it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.auth import Role


class KeyCreate(BaseModel):
    """Who the key is for and what it may do."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100, pattern=r"^[\w.@ -]+$")
    role: Role
    expires_in_days: int | None = Field(None, ge=1, le=3650, description="Valid this many days; none: until revoked.")


class KeyPublic(BaseModel):
    """A key without its secret."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: Role
    prefix: str
    created_at: datetime
    revoked_at: datetime | None
    expires_at: datetime | None = None


class KeyCreated(KeyPublic):
    """A new key, with the secret shown this once."""

    key: str
