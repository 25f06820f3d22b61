"""Schemas of the stateless ``POST /v1/analyze``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from api.schemas.suggestions import SuggestionFields


class AnalyzeRequest(BaseModel):
    """JSON input: the text and optionally its document type (``auto`` detects it)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    doc_type: str = "auto"


class AnalyzeResponse(BaseModel):
    """The suggestions, as the CLI prints them."""

    doc_type: str
    suggestions: list[SuggestionFields]
