"""Contract with the real Presidio libraries: requests as presidio-analyzer's ``AnalyzerRequest`` reads them,
answers that presidio-analyzer's and presidio-anonymizer's own classes take unchanged, with the real Detector."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from presidio_analyzer import AnalysisExplanation, AnalyzerRequest
from presidio_analyzer import RecognizerResult as AnalyzerResult
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult
from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor

from api.main import create_app
from api.presidio.schemas import AnalyzeSchema
from detector import Detector
from detector.export import redact_text
from tests.api.conftest import api_settings

# A synthetic letter (the BSN passes the eleven test, the IBAN is the standard test number).
LETTER = (
    "Geachte heer Bakker,\n\n"
    "Naar aanleiding van uw brief van 3 maart laten wij u het volgende weten. U kunt ons bereiken via "
    "k.bakker@example.nl of 06-12345678. Uw burgerservicenummer 111222333 is bij ons bekend en het bedrag "
    "wordt overgemaakt op rekening NL91ABNA0417164300.\n\n"
    "Met vriendelijke groet,\n\nde afdeling Publiekszaken\n"
)
# Every field presidio-analyzer's AnalyzerRequest reads, all honoured by /presidio/analyze (docs/integration.md).
HONOURED = {
    "text", "language", "entities", "correlation_id", "score_threshold", "return_decision_process",
    "ad_hoc_recognizers", "context", "allow_list", "allow_list_match", "regex_flags",
}


@pytest.fixture(scope="module")
def real(database_url: str, tmp_path_factory: pytest.TempPathFactory, detector: Detector) -> Iterator[TestClient]:
    """The app with the real Detector; keyless Presidio calls allowed from 10.0.0.0/8, where the client is, as a
    deployment for a client that cannot send a key would configure it."""
    settings = api_settings(
        database_url, tmp_path_factory.mktemp("presidio"), presidio_anonymous=True,
        presidio_anonymous_networks=["10.0.0.0/8"],
    )
    with TestClient(create_app(settings, detector=detector), client=("10.20.30.40", 40000)) as client:
        yield client


def analyze(client: TestClient, **body: object) -> list[dict]:
    response = client.post("/presidio/analyze", json={"text": LETTER, "language": "nl", **body})
    assert response.status_code == 200, response.text
    return response.json()


def test_every_field_of_presidios_request_class_is_honoured() -> None:
    """Fails when presidio-analyzer adds a request field, so Lakmoes learns of it (and documents it)."""
    assert set(vars(AnalyzerRequest({}))) == HONOURED
    assert set(AnalyzeSchema.model_fields) == HONOURED
    assert AnalyzeSchema.model_fields["regex_flags"].default == AnalyzerRequest({}).regex_flags


def test_openapi_page_describes_the_bodies(real: TestClient) -> None:
    paths = real.get("/openapi.json").json()["paths"]
    body = paths["/presidio/analyze"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["properties"]) == HONOURED
    assert "$ref" not in json.dumps(body)
    assert "analyzer_results" in json.dumps(paths["/presidio/anonymize"]["post"]["requestBody"])


def test_a_documented_presidio_request_works(real: TestClient) -> None:
    """Presidio's API documentation's 'Enhanced Request', in Dutch; ``supported_entities`` is read by
    ``AnalyzerRequest`` (through ``PatternRecognizer.from_dict``) as Presidio reads it."""
    body = {
        "text": "Ik woon op postcode 1234 AB, zaak Z-2024-0042.",
        "language": "nl",
        "return_decision_process": False,
        "correlation_id": "123e4567-e89b-12d3-a456-426614174000",
        "score_threshold": 0.3,
        "entities": ["ZAAK"],
        "trace": False,
        "ad_hoc_recognizers": [{
            "name": "Zaaknummer", "supported_language": "nl", "context": ["zaak"], "supported_entities": ["ZAAK"],
            "patterns": [{"name": "zaak (weak)", "regex": r"\bZ-\d{4}-\d{4}\b", "score": 0.1}],
        }],
    }
    parsed = AnalyzerRequest(json.loads(json.dumps(body)))
    assert parsed.ad_hoc_recognizers[0].supported_entities == ["ZAAK"]
    response = real.post("/presidio/analyze", json=body)
    assert response.status_code == 200, response.text
    [zaak] = response.json()
    assert body["text"][zaak["start"] : zaak["end"]] == "Z-2024-0042"
    assert zaak["score"] == pytest.approx(0.45)  # 0.1 + Presidio's context boost 0.35 for "zaak"


def test_answer_has_presidio_analyzers_own_keys(real: TestClient) -> None:
    reference = AnalyzerResult("PERSON", 0, 1, 0.5, analysis_explanation=AnalysisExplanation("r", 0.5)).to_dict()
    explanation_keys = set(reference["analysis_explanation"].to_dict())
    keys = set(reference) - {"recognition_metadata"}  # Presidio's server leaves it out too
    results = analyze(real, return_decision_process=True)
    assert results
    for result in results:
        assert set(result) == keys
        assert explanation_keys <= set(result["analysis_explanation"])
        restored = AnalyzerResult.from_json(result)
        assert (restored.entity_type, restored.start, restored.end) == (
            result["entity_type"], result["start"], result["end"]
        )


@pytest.mark.parametrize("decision_process", [False, True])
def test_presidio_anonymizer_takes_the_answer_unchanged(real: TestClient, decision_process: bool) -> None:
    results = analyze(real, return_decision_process=decision_process)
    found = {r["entity_type"] for r in results}
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "NL_BSN", "IBAN_CODE"} <= found
    converted = AppEntitiesConvertor.analyzer_results_from_json(results)
    assert all(isinstance(r, AnonymizerResult) for r in converted)
    anonymized = AnonymizerEngine().anonymize(
        text=LETTER, analyzer_results=converted, operators={"DEFAULT": OperatorConfig("replace", {"new_value": "X"})}
    )
    for value in ("Bakker", "k.bakker@example.nl", "06-12345678", "111222333", "NL91ABNA0417164300"):
        assert value not in anonymized.text
    assert len(anonymized.items) == len(results)


def test_woo_anonymisation_reads_like_lakmoes_redaction(real: TestClient, detector: Detector) -> None:
    results = analyze(real, return_decision_process=True)
    body = {"text": LETTER, "anonymizers": {"DEFAULT": {"type": "woo"}}, "analyzer_results": results}
    answer = real.post("/presidio/anonymize", json=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["text"] == redact_text(LETTER, detector.analyze(LETTER))


def test_docudesk_style_client(real: TestClient) -> None:
    """Exactly what a DocuDesk/OpenRegister-style client sends: no key (allowed from its network), JSON body."""
    payload = {"text": LETTER, "language": "nl", "score_threshold": 0.5, "return_decision_process": False}
    response = real.post(
        "/presidio/analyze",
        content=json.dumps(payload),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    assert response.status_code == 200, response.text
    results = response.json()
    assert isinstance(results, list) and results
    for result in results:
        assert isinstance(result["entity_type"], str) and 0.5 <= result["score"] <= 1.0
        assert LETTER[result["start"] : result["end"]].strip()
    assert "PERSON" in {r["entity_type"] for r in results}
