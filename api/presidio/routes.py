"""The Presidio REST endpoints (analyzer and anonymizer on one prefix), answering as Presidio's servers do."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import regex
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from presidio_analyzer import AnalyzerRequest
from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor
from starlette.concurrency import run_in_threadpool

from api.deps import DetectorDep, SettingsDep
from api.presidio import analyzer
from api.presidio.anonymizer import anonymize as anonymize_content
from api.presidio.anonymizer import engine as anonymizer_engine
from api.presidio.auth import PresidioClientDep
from api.presidio.errors import PresidioError
from api.presidio.mapping import supported_entities
from api.presidio.requests import NO_MATCHING_RECOGNIZERS, PARSE_FAILED, analyzed_texts, check_language
from api.presidio.schemas import AnalyzeSchema, AnonymizeSchema, openapi_body
from detector.document import Document

logger = logging.getLogger(__name__)
router = APIRouter(tags=["presidio"])

HEALTH = "Presidio service is up (Lakmoes)"
INVALID_JSON = "Invalid request json"  # Presidio's message for a body that is not a JSON object


async def _json_body(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise PresidioError(400, INVALID_JSON) from None


@router.get("/health", response_class=PlainTextResponse)
def health() -> str:
    """Presidio's health probe: plain text, 200 when the service answers."""
    return HEALTH


@router.post("/analyze", openapi_extra=openapi_body(AnalyzeSchema))
async def analyze(
    request: Request, _client: PresidioClientDep, settings: SettingsDep, detector: DetectorDep
) -> Response:
    """Presidio's ``/analyze``: a list of results for a text, a list of lists for a list of texts."""
    body = await _json_body(request)
    try:
        parsed = AnalyzerRequest(body if isinstance(body, dict) else {})
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise PresidioError(400, f"{PARSE_FAILED} {error}") from None
    texts, batch = analyzed_texts(parsed, max_chars=settings.max_text_chars)
    results = []
    for text in texts:
        if not text.strip():
            results.append([])
            continue
        document = Document(name="presidio", text=text, media_type="text/plain")
        suggestions = (await run_in_threadpool(detector.analyze, document, "auto")).suggestions
        try:
            results.append(
                await run_in_threadpool(
                    analyzer.presidio_results, text, suggestions, parsed, max_length=settings.max_text_chars
                )
            )
        except (ValueError, re.error, regex.error) as error:
            message = NO_MATCHING_RECOGNIZERS if str(error) == NO_MATCHING_RECOGNIZERS else f"{PARSE_FAILED} {error}"
            raise PresidioError(400, message) from None
    logger.info(
        "presidio analyze",
        extra={"correlation_id": parsed.correlation_id, "texts": len(texts), "results": sum(map(len, results))},
    )
    return Response(analyzer.to_json(results, batch=batch), media_type="application/json")


@router.get("/recognizers")
def recognizers(_client: PresidioClientDep, detector: DetectorDep, language: str | None = None) -> list[str]:
    """Names of the recognizers Lakmoes runs (for ``nl``, the only language)."""
    check_language(language)
    names = detector.info().get("recognizers", [])
    return [str(name) for name in names] if isinstance(names, list) else []


@router.get("/supportedentities")
def supportedentities(_client: PresidioClientDep, language: str | None = None) -> list[str]:
    """The Presidio entity names Lakmoes can report (for ``nl``, the only language)."""
    check_language(language)
    return supported_entities()


@router.post("/anonymize", openapi_extra=openapi_body(AnonymizeSchema))
async def anonymize(request: Request, _client: PresidioClientDep) -> Response:
    """Presidio's ``/anonymize`` with its own engine, plus the ``woo`` operator."""
    content = await _json_body(request)
    if not content or not isinstance(content, dict):
        raise PresidioError(400, INVALID_JSON)
    anonymizers = content.get("anonymizers")
    if anonymizers is not None and not (
        isinstance(anonymizers, dict) and all(isinstance(v, dict) for v in anonymizers.values())
    ):
        raise PresidioError(422, "Invalid input, anonymizers must map entity types to operator objects")
    try:
        if anonymizers and AppEntitiesConvertor.check_custom_operator(
            AppEntitiesConvertor.operators_config_from_json({k: dict(v) for k, v in anonymizers.items()})
        ):
            raise PresidioError(400, "Custom type anonymizer is not supported")
        answer = await run_in_threadpool(anonymize_content, content)
    except InvalidParamError as error:
        raise PresidioError(422, error.err_msg) from None
    return Response(answer, media_type="application/json")


@router.get("/anonymizers")
def anonymizers(_client: PresidioClientDep) -> JSONResponse:
    """The operator names ``/anonymize`` accepts (Presidio's, plus ``woo``)."""
    return JSONResponse(anonymizer_engine().get_anonymizers())
