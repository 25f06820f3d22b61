"""Presidio's POST /analyze under /presidio: every request field, batches, and Presidio's error answers."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Headers
from tests.api.fakes import MEMO

URL = "/presidio/analyze"


def analyze(client: TestClient, headers: Headers, **body: object) -> list:
    response = client.post(URL, json={"text": MEMO, "language": "nl", **body}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def spans(results: list[dict]) -> list[tuple[str, str]]:
    return [(r["entity_type"], MEMO[r["start"] : r["end"]]) for r in results]


def test_lean_answer_has_presidio_keys_and_no_explanation(client: TestClient, tool_headers: Headers) -> None:
    results = analyze(client, tool_headers)
    assert spans(results) == [
        ("PERSON", "Jansen"),
        ("EMAIL_ADDRESS", "j.jansen@voorbeeld.nl"),
        ("NL_BSN", "111222333"),
        ("POLICY_OPINION", "Ik adviseer om scenario 2 niet verder uit te werken."),
    ]
    assert all(set(r) == {"entity_type", "start", "end", "score", "analysis_explanation"} for r in results)
    assert all(r["analysis_explanation"] is None for r in results)


def test_decision_process_carries_ground_and_dutch_explanation(client: TestClient, tool_headers: Headers) -> None:
    bsn = next(r for r in analyze(client, tool_headers, return_decision_process=True) if r["entity_type"] == "NL_BSN")
    explanation = bsn["analysis_explanation"]
    assert explanation["woo_ground"] == "5.1(1)e"
    assert explanation["woo_grounds"] == ["5.1(1)e"]
    assert explanation["textual_explanation"] == "Burgerservicenummer."
    assert explanation["lakmoes_entity_type"] == "NL_BSN"
    assert explanation["score"] == explanation["original_score"] == bsn["score"]


def test_batch_answers_one_list_per_text(client: TestClient, tool_headers: Headers) -> None:
    results = analyze(client, tool_headers, text=["Niets bijzonders.", MEMO, ""])
    assert [len(r) for r in results] == [0, 4, 0]
    assert spans(results[1]) == spans(analyze(client, tool_headers))


def test_entities_and_score_threshold_filter(client: TestClient, tool_headers: Headers) -> None:
    only = analyze(client, tool_headers, entities=["PERSON", "NL_BSN"])
    assert [t for t, _ in spans(only)] == ["PERSON", "NL_BSN"]
    scores = sorted(r["score"] for r in analyze(client, tool_headers))
    cut = (scores[1] + scores[2]) / 2
    kept = analyze(client, tool_headers, score_threshold=cut)
    assert sorted(r["score"] for r in kept) == scores[2:]
    assert analyze(client, tool_headers, score_threshold=scores[-1] + 0.001) == []


def test_allow_list_exact_and_regex_with_flags(client: TestClient, tool_headers: Headers) -> None:
    exact = analyze(client, tool_headers, allow_list=["Jansen"])
    assert "PERSON" not in [t for t, _ in spans(exact)]
    # Presidio's default regex_flags include IGNORECASE; with flags 0 the lowercase pattern no longer matches.
    assert "PERSON" not in [t for t, _ in spans(analyze(client, tool_headers, allow_list=["jans.n"],
                                                         allow_list_match="regex"))]
    kept = analyze(client, tool_headers, allow_list=["jans.n"], allow_list_match="regex", regex_flags=0)
    assert "PERSON" in [t for t, _ in spans(kept)]
    assert analyze(client, tool_headers, allow_list=["jans.n"], allow_list_match="regex",
                   regex_flags=int(re.IGNORECASE))[0]["entity_type"] != "PERSON"


def test_ad_hoc_recognizers_apply_to_that_request_only(client: TestClient, tool_headers: Headers) -> None:
    zaak = {
        "name": "Zaaknummer",
        "supported_language": "nl",
        "supported_entity": "ZAAKNUMMER",
        "patterns": [{"name": "scenario", "regex": r"scenario \d", "score": 0.4}],
    }
    college = {"name": "Bestuur", "supported_language": "nl", "supported_entity": "BESTUUR", "deny_list": ["college"]}
    results = analyze(client, tool_headers, ad_hoc_recognizers=[zaak, college], return_decision_process=True)
    found = {t: text for t, text in spans(results)}
    assert found["ZAAKNUMMER"] == "scenario 2"
    assert found["BESTUUR"] == "college"
    scenario = next(r for r in results if r["entity_type"] == "ZAAKNUMMER")
    assert scenario["analysis_explanation"]["recognizer"] == "Zaaknummer"
    assert scenario["analysis_explanation"]["pattern_name"] == "scenario"
    assert "ZAAKNUMMER" not in [t for t, _ in spans(analyze(client, tool_headers))]


def test_context_words_raise_an_ad_hoc_score(client: TestClient, tool_headers: Headers) -> None:
    """As in Presidio: request context words count as words around the match, against the recognizer's context."""
    zaak = {"name": "Z", "supported_language": "nl", "supported_entity": "ZAAK", "context": ["dossier", "adviseer"],
            "patterns": [{"name": "s", "regex": r"scenario \d", "score": 0.3}]}

    def score(recognizer: dict, **extra: object) -> float:
        results = analyze(client, tool_headers, ad_hoc_recognizers=[recognizer], entities=["ZAAK"], **extra)
        return results[0]["score"]

    plain = {**zaak, "context": ["dossier"]}
    assert score(plain) == pytest.approx(0.3)
    assert score(plain, context=["dossier"]) == pytest.approx(0.65)  # Presidio's boost: +0.35
    assert score(zaak) == pytest.approx(0.65)  # "adviseer" stands just before the match


def test_an_ad_hoc_recognizer_for_another_language_is_ignored_as_in_presidio(
    client: TestClient, tool_headers: Headers
) -> None:
    english = {"name": "E", "supported_language": "en", "supported_entity": "ZAAK", "deny_list": ["college"]}
    assert "ZAAK" not in [t for t, _ in spans(analyze(client, tool_headers, ad_hoc_recognizers=[english]))]


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"language": "nl"}, 400, "No text provided"),
        ({"text": "", "language": "nl"}, 400, "No text provided"),
        ({"text": "De heer Jansen."}, 400, "No language provided"),
        ({"text": "Mr Jansen.", "language": "en"}, 400, "No matching recognizers were found to serve the request."),
        ({"text": "Jansen", "language": "nl", "entities": ["US_SSN"]}, 400,
         "No matching recognizers were found to serve the request."),
        ({"text": 12, "language": "nl"}, 400, "Failed to parse /analyze request"),
        ({"text": ["a", 3], "language": "nl"}, 400, "Failed to parse /analyze request"),
        ({"text": "Jansen", "language": "nl", "score_threshold": "hoog"}, 400, "Failed to parse /analyze request"),
        ({"text": "Jansen", "language": "nl", "allow_list_match": "fuzzy"}, 400, "Failed to parse /analyze request"),
        ({"text": "Jansen", "language": "nl", "allow_list": ["("], "allow_list_match": "regex"}, 400,
         "Failed to parse /analyze request"),
        ({"text": "Jansen", "language": "nl", "ad_hoc_recognizers": [{"name": "zonder entiteit"}]}, 400,
         "Failed to parse /analyze request"),
        ({"text": "Jansen", "language": "nl", "ad_hoc_recognizers": [
            {"supported_entity": "X", "supported_language": "nl", "patterns": [{"name": "p", "regex": "(", "score": 1}]}
        ]}, 400, "Failed to parse /analyze request"),
        # regex V0|V1 together make the regex module raise KeyError (found by schemathesis): a 400, not a 500
        ({"text": "Jansen", "language": "nl", "allow_list": ["Jansen"], "allow_list_match": "regex",
          "regex_flags": 0x2000 | 0x100}, 400, "Failed to parse /analyze request"),
        ({"text": "x" * 20_001, "language": "nl"}, 413, "tekst te lang"),
        ({"text": ["x" * 10_001, "y" * 10_000], "language": "nl"}, 413, "tekst te lang"),
    ],
)
def test_errors_in_presidio_shape(
    client: TestClient, tool_headers: Headers, body: dict, status: int, error: str
) -> None:
    response = client.post(URL, json=body, headers=tool_headers)
    assert response.status_code == status
    assert list(response.json()) == ["error"]
    assert response.json()["error"].startswith(error)


@pytest.mark.parametrize("content", [b"", b"geen json", b"[1, 2]", b'"tekst"'])
def test_a_body_that_is_no_json_object(client: TestClient, tool_headers: Headers, content: bytes) -> None:
    response = client.post(URL, content=content, headers={**tool_headers, "Content-Type": "application/json"})
    assert response.status_code == 400
    assert "error" in response.json()


def test_recognizers_supportedentities_and_health(client: TestClient, tool_headers: Headers) -> None:
    assert client.get("/presidio/recognizers", params={"language": "nl"}, headers=tool_headers).json() == ["fake"]
    entities = client.get("/presidio/supportedentities", params={"language": "nl"}, headers=tool_headers).json()
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "LOCATION", "NL_BSN"} <= set(entities)
    assert "ADDRESS" not in entities and "POSTCODE" not in entities
    assert client.get("/presidio/supportedentities", headers=tool_headers).json() == entities
    for path in ("/presidio/recognizers", "/presidio/supportedentities"):
        other = client.get(path, params={"language": "en"}, headers=tool_headers)
        assert other.status_code == 400
        assert other.json() == {"error": "No matching recognizers were found to serve the request."}
    health = client.get("/presidio/health")
    assert health.status_code == 200
    assert health.headers["content-type"].startswith("text/plain")
