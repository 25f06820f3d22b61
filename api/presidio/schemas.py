"""The request bodies of Presidio's protocol, for the OpenAPI page only: the routes parse bodies with
Presidio's own classes (``AnalyzerRequest``, ``AppEntitiesConvertor``), as its servers do."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class PatternSchema(BaseModel):
    """A regular expression of an ad-hoc recognizer."""

    name: str
    regex: str
    score: float = Field(ge=0.0, le=1.0)


class AdHocRecognizerSchema(BaseModel):
    """A pattern or deny-list recognizer used for one request only (Presidio's ``PatternRecognizer``)."""

    name: str | None = None
    supported_language: str = Field("en", description="Must be 'nl' to run; Presidio's default is 'en'.")
    supported_entity: str
    patterns: list[PatternSchema] | None = None
    deny_list: list[str] | None = None
    context: list[str] | None = None


class AnalyzeSchema(BaseModel):
    """``POST /analyze``: the fields of presidio-analyzer's ``AnalyzerRequest``."""

    text: str | list[str] = Field(description="A text, or a list of texts (the answer is then a list of lists).")
    language: Literal["nl"]
    entities: list[str] | None = None
    correlation_id: str | None = None
    score_threshold: float | None = None
    return_decision_process: bool | None = Field(
        None, description="Fill analysis_explanation, with woo_ground, woo_grounds and the Dutch explanation."
    )
    ad_hoc_recognizers: list[AdHocRecognizerSchema] | None = None
    context: list[str] | None = None
    allow_list: list[str] | None = None
    allow_list_match: Literal["exact", "regex"] = "exact"
    regex_flags: int = Field(26, description="Python re flags for allow_list regexes (DOTALL|MULTILINE|IGNORECASE).")


class AnalyzerResultSchema(BaseModel):
    """One result of ``/analyze``, as ``/anonymize`` takes it."""

    entity_type: str
    start: int
    end: int
    score: float
    analysis_explanation: dict[str, Any] | None = None


class AnonymizeSchema(BaseModel):
    """``POST /anonymize``: operators per entity type or ``DEFAULT``, e.g. ``{"DEFAULT": {"type": "woo"}}``."""

    text: str
    anonymizers: dict[str, dict[str, Any]] | None = None
    analyzer_results: list[AnalyzerResultSchema]


def openapi_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` describing a JSON body with ``model``'s schema (nested models written inline)."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return inline(definitions[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    return {"requestBody": {"required": True, "content": {"application/json": {"schema": inline(schema)}}}}
