"""Decision, manual redaction and audit event schemas."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.schemas.bounds import MAX_INT

Action = Literal["accept", "reject", "change_ground"]


class DecisionCreate(BaseModel):
    """A reviewer's decision; ``version`` is the suggestion's version as the reviewer saw it."""

    model_config = ConfigDict(extra="forbid")

    action: Action
    version: int = Field(ge=0, le=MAX_INT, description="The suggestion's `version` as read; a stale one gives 409.")
    ground: str | None = Field(None, max_length=40, description="The new ground (change_ground only).")
    reason: str | None = Field(None, max_length=2000, description="Required for reject and change_ground.")

    @model_validator(mode="after")
    def _check_fields(self) -> DecisionCreate:
        if self.action in ("reject", "change_ground") and not (self.reason and self.reason.strip()):
            raise ValueError(f"'{self.action}' vraagt een reden (reason)")
        if self.action == "change_ground" and not self.ground:
            raise ValueError("'change_ground' vraagt de nieuwe grond (ground)")
        if self.action != "change_ground" and self.ground is not None:
            raise ValueError(f"'{self.action}' neemt geen grond; gebruik change_ground")
        return self


class RedactionCreate(BaseModel):
    """A span the reviewer redacts by hand, with its ground and reason."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, le=MAX_INT)
    end: int = Field(gt=0, le=MAX_INT)
    ground: str = Field(max_length=40)
    reason: str = Field(min_length=1, max_length=2000)
    entity_type: str | None = Field(None, max_length=40)

    @model_validator(mode="after")
    def _check_span(self) -> RedactionCreate:
        if self.end <= self.start:
            raise ValueError("end moet groter zijn dan start")
        if not self.reason.strip():
            raise ValueError("een handmatige weglakking vraagt een reden (reason)")
        return self


class EventPublic(BaseModel):
    """One audit event; ``action`` is ``created``, ``accept``, ``reject``, ``change_ground``, ``manual``,
    ``undo`` or ``document_deleted``. ``bulk`` names the bulk action an event belongs to, ``batch`` groups the
    events of one action, ``undoes`` is the event an ``undo`` takes back."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    document_id: int
    suggestion_id: int | None
    action: str
    ground: str | None
    reason: str | None
    start: int | None
    end: int | None
    reviewer: str
    created_at: datetime
    bulk: str | None = None
    batch: str | None = None
    undoes: int | None = None


class RedactionPublic(BaseModel):
    """A manual redaction as shown with its document."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    start: int
    end: int
    text: str
    ground: str
    entity_type: str
    reason: str
    reviewer: str
    created_at: datetime
