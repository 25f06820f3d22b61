"""Schemas of the reviewer's workbench: pages, spans kept public, "this value everywhere" and undo."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class PagePublic(BaseModel):
    """One page of a stored PDF: its number (1-based) and visible size in points, unrotated."""

    number: int
    width: float
    height: float


class KeptPublicOut(BaseModel):
    """A span Lakmoes found but kept public, with the reason."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    document_id: int
    start: int
    end: int
    text: str
    entity_type: str
    reason: str
    score: float


class KeptPublicRedaction(BaseModel):
    """Redact a kept-public span after all: the ground and why."""

    model_config = ConfigDict(extra="forbid")

    ground: str = Field(max_length=40)
    reason: str = Field(min_length=1, max_length=2000)

    @model_validator(mode="after")
    def _check_reason(self) -> KeptPublicRedaction:
        if not self.reason.strip():
            raise ValueError("een weglakking van iets dat openbaar bleef vraagt een reden (reason)")
        return self


class EverywhereCreate(BaseModel):
    """Accept or reject every occurrence of a suggestion's value in the document or the whole request (reject
    needs a reason)."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "reject"]
    scope: Literal["document", "request"] = Field("document", description="this document, or every document "
                                                 "of the Woo request it belongs to")
    reason: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _check_reason(self) -> EverywhereCreate:
        if self.action == "reject" and not (self.reason and self.reason.strip()):
            raise ValueError("'reject' vraagt een reden (reason)")
        return self


class ActionPublic(BaseModel):
    """What a bulk action or an undo changed; ``batch`` groups its audit events."""

    batch: str
    suggestion_ids: list[int]
    redaction_ids: list[int]
