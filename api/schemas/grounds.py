"""The ground catalogue as JSON."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class GroundPublic(BaseModel):
    """One Woo ground."""

    model_config = ConfigDict(from_attributes=True)

    code: str
    title: str
    kind: str
    wob_code: str | None
    legal_text: str
    motivation: str
