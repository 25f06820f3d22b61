"""Document schemas: create, list entry, list page, full view."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.events import RedactionPublic
from api.schemas.suggestions import SuggestionPublic

DocumentStatus = Literal["open", "in_review", "done"]


class DocumentCreate(BaseModel):
    """JSON input of ``POST /v1/documents``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    title: str | None = Field(None, max_length=300)
    doc_type: str = "auto"


class DocumentSummary(BaseModel):
    """A list entry: no text; progress counts and the derived status."""

    id: int
    title: str
    filename: str | None
    media_type: str
    doc_type: str
    created_by: str
    created_at: datetime
    total: int
    decided: int
    open: int
    status: DocumentStatus


class DocumentList(BaseModel):
    """One page of documents and the total matching count."""

    data: list[DocumentSummary]
    count: int


class DocumentPublic(DocumentSummary):
    """The full document: text, suggestions with their status, and manual redactions."""

    text: str
    suggestions: list[SuggestionPublic]
    redactions: list[RedactionPublic]


class DocumentCreated(BaseModel):
    """Answer to an upload: the new id and the stored suggestions."""

    id: int
    doc_type: str
    suggestions: list[SuggestionPublic]
