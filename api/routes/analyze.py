"""``POST /v1/analyze``: stateless analysis for the redaction tool."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from api.deps import DetectorDep, SettingsDep, ToolDep
from api.inputs import OPENAPI_BODY, read_input
from api.schemas.analyze import AnalyzeRequest, AnalyzeResponse
from api.schemas.suggestions import SuggestionFields

router = APIRouter(prefix="/v1", tags=["analyze"])

_BODY = {
    "requestBody": {
        **OPENAPI_BODY["requestBody"],
        "content": {
            **OPENAPI_BODY["requestBody"]["content"],
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
        },
    }
}


@router.post("/analyze", response_model=AnalyzeResponse, openapi_extra=_BODY)
async def analyze(request: Request, _key: ToolDep, settings: SettingsDep, detector: DetectorDep) -> AnalyzeResponse:
    """Suggestions for a text (JSON ``{"text", "doc_type"?}``) or a file (multipart ``file``); nothing is stored."""
    given = await read_input(request, settings, AnalyzeRequest)
    analysis = await run_in_threadpool(detector.analyze, given.document, given.doc_type)
    return AnalyzeResponse(
        doc_type=analysis.doc_type, suggestions=[SuggestionFields.from_dict(s.to_dict()) for s in analysis.suggestions]
    )
