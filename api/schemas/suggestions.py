"""Suggestion schemas: the CLI JSON fields, plus id, status and version once stored."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["open", "accepted", "rejected", "changed"]


class SuggestionFields(BaseModel):
    """Exactly the fields of ``lakmoes analyze --json`` for one suggestion."""

    start: int
    end: int
    text: str
    entity_type: str
    ground: str
    score: float
    explanation: str
    recognizer: str
    page: int | None = None
    bbox: list[list[float]] | None = None
    grounds: list[str]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SuggestionFields:
        return cls.model_validate(data)


class SuggestionPublic(SuggestionFields):
    """A stored suggestion with its review state (derived from its decision events)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    document_id: int
    status: Status
    version: int
    current_ground: str | None
    reviewer: str | None = None
    reason: str | None = None
