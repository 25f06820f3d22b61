"""Checks on a parsed ``AnalyzerRequest`` before any analysis: what Presidio refuses, with Presidio's messages."""

from __future__ import annotations

from numbers import Real

import regex
from presidio_analyzer import AnalyzerRequest

from api.presidio.analyzer import LANGUAGE
from api.presidio.errors import PresidioError

NO_MATCHING_RECOGNIZERS = "No matching recognizers were found to serve the request."
PARSE_FAILED = "Failed to parse /analyze request for AnalyzerEngine.analyze()."


def check_language(language: str | None) -> None:
    """Lakmoes reads Dutch only; another language gets Presidio's answer for a language it has no recognizers for."""
    if language not in (None, LANGUAGE):
        raise PresidioError(400, NO_MATCHING_RECOGNIZERS)


def analyzed_texts(request: AnalyzerRequest, *, max_chars: int) -> tuple[list[str], bool]:
    """The texts to analyse and whether the request was a batch; 400 (413 when too long) otherwise."""
    if not request.text:
        raise PresidioError(400, "No text provided")
    batch = isinstance(request.text, list)
    texts = request.text if batch else [request.text]
    if not all(isinstance(t, str) for t in texts):
        _refuse("text must be a string or a list of strings")
    if not request.language:
        raise PresidioError(400, "No language provided")
    check_language(request.language)
    _check_fields(request)
    total = sum(len(t) for t in texts)
    if total > max_chars:
        raise PresidioError(413, f"tekst te lang: {total} tekens, hoogstens {max_chars}")
    return texts, batch


def _check_fields(request: AnalyzerRequest) -> None:
    if not _strings(request.entities):
        _refuse("entities must be a list of strings")
    if not _strings(request.context):
        _refuse("context must be a list of strings")
    if not _strings(request.allow_list):
        _refuse("allow_list must be a list of strings")
    if request.allow_list_match not in ("exact", "regex"):
        _refuse("allow_list_match must either be set to 'exact' or 'regex'.")
    threshold = request.score_threshold
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, Real)):
        _refuse("score_threshold must be a number")
    if request.return_decision_process is not None and not isinstance(request.return_decision_process, bool):
        _refuse("return_decision_process must be true or false")
    if isinstance(request.regex_flags, bool) or not isinstance(request.regex_flags, int):
        _refuse("regex_flags must be an integer")
    try:  # the flags Presidio compiles the allow list with; some combinations (V0|V1) raise KeyError
        regex.compile("", flags=request.regex_flags)
    except (ValueError, KeyError, regex.error) as error:
        _refuse(f"regex_flags are not valid: {error}")
    if request.correlation_id is not None and not isinstance(request.correlation_id, str):
        _refuse("correlation_id must be a string")


def _strings(value: object) -> bool:
    return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _refuse(reason: str) -> None:
    raise PresidioError(400, f"{PARSE_FAILED} {reason}")
