"""Woo request schemas: create, the request with its progress, its documents, the consistency report."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RequestDocumentStatus = Literal["pending", "running", "done", "failed"]


class RequestCreate(BaseModel):
    """JSON input of ``POST /v1/requests``."""

    model_config = ConfigDict(extra="forbid")

    subject: str = Field(min_length=1, max_length=300)
    received_on: date | None = Field(None, description="Date of receipt; default today.")


RequestPhase = Literal["open", "extended", "decided"]


class RequestUpdate(BaseModel):
    """JSON input of ``PATCH /v1/requests/{id}``."""

    model_config = ConfigDict(extra="forbid")

    phase: RequestPhase


class RequestProgressPublic(BaseModel):
    """Documents per analysis status."""

    total: int
    pending: int
    running: int
    done: int
    failed: int


class RequestDocumentPublic(BaseModel):
    """A file of the request and its analysis."""

    id: int
    path: str
    size: int
    status: RequestDocumentStatus
    error: str | None
    attempts: int
    analyses: int
    document_id: int | None = Field(description="The analysed document (GET /v1/documents/{id}) once done.")
    parent_id: int | None = Field(description="The e-mail this attachment came from.")
    document_date: str | None


class RequestPublic(BaseModel):
    """A request with its deadlines and analysis progress; ``failed`` lists up to 100 failed documents."""

    id: int
    subject: str
    received_on: date
    deadline: date
    extended_deadline: date
    phase: RequestPhase = Field(description="open, extended (the term is extended by 2 weeks) or decided.")
    deadline_in_force: date = Field(description="deadline, or extended_deadline once the term is extended.")
    status: Literal["empty", "analysing", "analysed"]
    created_by: str
    created_at: datetime
    progress: RequestProgressPublic
    failed: list[RequestDocumentPublic]


class RequestList(BaseModel):
    """A page of requests."""

    data: list[RequestPublic]
    count: int


class RequestDocumentList(BaseModel):
    """A page of a request's documents."""

    data: list[RequestDocumentPublic]
    count: int


class FilesAdded(BaseModel):
    """Answer of ``POST /v1/requests/{id}/documents``: stored and queued, or skipped as already present."""

    added: list[RequestDocumentPublic]
    skipped: list[str]


class Queued(BaseModel):
    """How many documents were queued again."""

    queued: int


class OccurrencePublic(BaseModel):
    """Where a value was decided and how (a ground code, or ``openbaar``)."""

    document: str
    number: int
    start: int
    end: int
    text: str
    outcome: str


class InconsistencyPublic(BaseModel):
    """A value decided in more than one way across the request."""

    value: str
    entity_type: str
    outcomes: list[str]
    occurrences: list[OccurrencePublic]
