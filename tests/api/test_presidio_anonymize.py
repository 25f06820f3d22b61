"""Presidio's POST /anonymize and GET /anonymizers, with Presidio's operators and the ``woo`` operator."""

from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Headers

TEXT = "Mail Piet Jansen op p.jansen@voorbeeld.nl of bel 0612345678."
PERSON = {"entity_type": "PERSON", "start": 5, "end": 16, "score": 0.9}
EMAIL = {"entity_type": "EMAIL_ADDRESS", "start": 20, "end": 41, "score": 0.9}
PHONE = {"entity_type": "PHONE_NUMBER", "start": 49, "end": 59, "score": 0.9}


def anonymize(client: TestClient, headers: Headers, anonymizers: dict | None, results: list[dict]) -> dict:
    body: dict = {"text": TEXT, "analyzer_results": results}
    if anonymizers is not None:
        body["anonymizers"] = anonymizers
    response = client.post("/presidio/anonymize", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_presidio_operators(client: TestClient, tool_headers: Headers) -> None:
    answer = anonymize(
        client,
        tool_headers,
        {
            "PERSON": {"type": "replace", "new_value": "<NAAM>"},
            "EMAIL_ADDRESS": {"type": "mask", "masking_char": "*", "chars_to_mask": 8, "from_end": False},
            "PHONE_NUMBER": {"type": "redact"},
        },
        [PERSON, EMAIL, PHONE],
    )
    assert answer["text"] == "Mail <NAAM> op ********@voorbeeld.nl of bel ."
    assert {(i["entity_type"], i["operator"], i["text"]) for i in answer["items"]} == {
        ("PERSON", "replace", "<NAAM>"),
        ("EMAIL_ADDRESS", "mask", "********@voorbeeld.nl"),
        ("PHONE_NUMBER", "redact", ""),
    }


def test_default_operator_hash_and_keep(client: TestClient, tool_headers: Headers) -> None:
    answer = anonymize(client, tool_headers, {"DEFAULT": {"type": "hash", "hash_type": "sha256"},
                                              "PHONE_NUMBER": {"type": "keep"}}, [PERSON, PHONE])
    digest = hashlib.sha256(b"Piet Jansen").hexdigest()
    assert digest not in answer["text"]  # presidio-anonymizer salts its hashes
    assert "Piet Jansen" not in answer["text"] and "0612345678" in answer["text"]
    no_config = anonymize(client, tool_headers, None, [PERSON])
    assert no_config["text"] == TEXT.replace("Piet Jansen", "<PERSON>")


def test_woo_operator_writes_the_usual_ground_of_the_entity(client: TestClient, tool_headers: Headers) -> None:
    answer = anonymize(client, tool_headers, {"DEFAULT": {"type": "woo"}}, [PERSON, EMAIL])
    assert answer["text"] == "Mail [5.1(2)e] op [5.1(2)e] of bel 0612345678."
    assert {i["operator"] for i in answer["items"]} == {"woo"}
    assert {i["entity_type"] for i in answer["items"]} == {"PERSON", "EMAIL_ADDRESS"}


def test_woo_operator_prefers_the_given_ground_then_the_analysis(client: TestClient, tool_headers: Headers) -> None:
    iban = "NL91ABNA0417164300"
    text = f"Leverancier rekening {iban} en BSN 111222333."
    results = [
        {"entity_type": "IBAN_CODE", "start": 21, "end": 39, "score": 1.0,
         "analysis_explanation": {"woo_ground": "5.1(1)c"}},
        {"entity_type": "NL_BSN", "start": 47, "end": 56, "score": 1.0},
    ]
    body = {"text": text, "anonymizers": {"DEFAULT": {"type": "woo"}}, "analyzer_results": results}
    answer = client.post("/presidio/anonymize", json=body, headers=tool_headers).json()
    assert answer["text"] == "Leverancier rekening [5.1(1)c] en BSN [5.1(1)e]."
    body["anonymizers"] = {"DEFAULT": {"type": "woo"}, "IBAN_CODE": {"type": "woo", "ground": "10(2)e"}}
    answer = client.post("/presidio/anonymize", json=body, headers=tool_headers).json()
    assert answer["text"] == "Leverancier rekening [5.1(2)e] en BSN [5.1(1)e]."  # Wob code read as its Woo ground


@pytest.mark.parametrize(
    ("anonymizers", "results", "status", "error"),
    [
        ({"DEFAULT": {"type": "woo"}}, [{"entity_type": "US_SSN", "start": 0, "end": 4, "score": 1}], 422,
         "Invalid input, no Woo ground for entity US_SSN"),
        ({"DEFAULT": {"type": "woo", "ground": "7.7(7)z"}}, [PERSON], 422, "onbekende Woo-grond"),
        ({"DEFAULT": {"type": "custom", "lambda": "lambda x: x"}}, [PERSON], 400,
         "Custom type anonymizer is not supported"),
        ({"PERSON": {"type": "teleport"}}, [PERSON], 422, "Invalid operator class 'teleport'."),
        ({"PERSON": {"type": "mask", "masking_char": "*"}}, [PERSON], 422, "Expected parameter chars_to_mask"),
        (None, None, 422, "Invalid input, request must contain analyzer results"),
        (None, [{"entity_type": "PERSON", "end": 4, "score": 1}], 422, "Invalid input, result must contain start"),
        (None, [{"entity_type": "PERSON", "start": 0, "end": 500, "score": 1}], 422, "Invalid analyzer result"),
        (None, ["PERSON"], 422, "Invalid input, analyzer_results must be a list of objects"),
        ({"PERSON": "redact"}, [PERSON], 422, "Invalid input, anonymizers must map"),
    ],
)
def test_errors_in_presidio_shape(
    client: TestClient, tool_headers: Headers, anonymizers: dict | None, results: list | None, status: int, error: str
) -> None:
    body: dict = {"text": TEXT}
    if anonymizers is not None:
        body["anonymizers"] = anonymizers
    if results is not None:
        body["analyzer_results"] = results
    response = client.post("/presidio/anonymize", json=body, headers=tool_headers)
    assert response.status_code == status, response.text
    assert list(response.json()) == ["error"]
    assert response.json()["error"].startswith(error)


@pytest.mark.parametrize("content", [b"", b"{}", b"geen json", b"[]"])
def test_no_json_object_is_a_bad_request(client: TestClient, tool_headers: Headers, content: bytes) -> None:
    response = client.post("/presidio/anonymize", content=content,
                           headers={**tool_headers, "Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"error": "Invalid request json"}


def test_anonymizers_lists_presidio_operators_and_woo(client: TestClient, tool_headers: Headers) -> None:
    names = client.get("/presidio/anonymizers", headers=tool_headers).json()
    assert {"replace", "redact", "mask", "hash", "keep", "encrypt", "woo"} <= set(names)
    assert "surrogate_ahds" not in names  # it would send the text to an Azure service


def test_the_azure_surrogate_operator_is_refused(client: TestClient, tool_headers: Headers) -> None:
    body = {"text": TEXT, "anonymizers": {"DEFAULT": {"type": "surrogate_ahds"}}, "analyzer_results": [PERSON]}
    response = client.post("/presidio/anonymize", json=body, headers=tool_headers)
    assert response.status_code == 422
    assert response.json() == {"error": "Invalid operator class 'surrogate_ahds'."}
