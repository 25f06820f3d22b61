"""``POST /v1/analyze`` and uploads with the real Detector: same output as the CLI; limits and bad input."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from detector import Detector
from tests.api.conftest import Headers, api_settings

TEXT = (
    "Geachte heer Jansen,\n\n"
    "U kunt mij bereiken via j.jansen@voorbeeld.nl of 06-12345678.\n"
    "Ik adviseer om scenario 2 niet verder uit te werken.\n"
)


@pytest.fixture(scope="module")
def client(database_url: str, tmp_path_factory: pytest.TempPathFactory, detector: Detector) -> Iterator[TestClient]:
    """The app with the real Detector (built once per session) and small limits."""
    settings = api_settings(database_url, tmp_path_factory.mktemp("data"), max_upload_bytes=50_000,
                            max_text_chars=10_000)
    from api.main import create_app

    with TestClient(create_app(settings, detector=detector)) as test_client:
        yield test_client


def expected(detector: Detector, text: str, doc_type: str = "auto") -> list[dict]:
    return [s.to_dict() for s in detector.run(text, doc_type).suggestions]


def test_analyze_json_matches_the_detector(client: TestClient, tool_headers: Headers, detector: Detector) -> None:
    response = client.post("/v1/analyze", headers=tool_headers, json={"text": TEXT, "doc_type": "brief"})
    assert response.status_code == 200, response.text
    assert response.json() == {"doc_type": "brief", "suggestions": expected(detector, TEXT, "brief")}


def test_analyze_file_matches_the_detector(client: TestClient, tool_headers: Headers, detector: Detector) -> None:
    response = client.post("/v1/analyze", headers=tool_headers,
                           files={"file": ("brief.txt", TEXT.encode("utf-16"), "text/plain")})
    assert response.status_code == 200, response.text
    analysis = detector.run(TEXT)
    assert response.json() == {"doc_type": analysis.doc_type, "suggestions": expected(detector, TEXT)}


def test_analyze_stores_nothing(client: TestClient, tool_headers: Headers, admin_headers: Headers) -> None:
    before = client.get("/v1/documents", headers=admin_headers).json()["count"]
    client.post("/v1/analyze", headers=tool_headers, json={"text": TEXT})
    assert client.get("/v1/documents", headers=admin_headers).json()["count"] == before


def test_upload_stores_the_detector_suggestions(client: TestClient, tool_headers: Headers,
                                                reviewer_headers: Headers, detector: Detector) -> None:
    created = client.post("/v1/documents", headers=tool_headers, json={"text": TEXT}).json()
    document = client.get(f"/v1/documents/{created['id']}", headers=reviewer_headers).json()
    fields = ("start", "end", "text", "entity_type", "ground", "score", "explanation", "recognizer", "page", "bbox",
              "grounds")
    assert [{k: s[k] for k in fields} for s in document["suggestions"]] == expected(detector, TEXT)


def test_pdf_upload_keeps_page_and_box(client: TestClient, tool_headers: Headers, reviewer_headers: Headers) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Contact: j.jansen@voorbeeld.nl")
    pdf.save()
    response = client.post("/v1/documents", headers=tool_headers,
                           files={"file": ("brief.pdf", buffer.getvalue(), "application/pdf")})
    assert response.status_code == 201, response.text
    document = client.get(f"/v1/documents/{response.json()['id']}", headers=reviewer_headers).json()
    assert document["media_type"] == "application/pdf"
    emails = [s for s in document["suggestions"] if s["entity_type"] == "EMAIL_ADDRESS"]
    if not emails:
        pytest.skip("the e-mail recognizer is not registered in this tree")
    assert emails[0]["page"] == 1 and emails[0]["bbox"] and len(emails[0]["bbox"][0]) == 4


@pytest.mark.parametrize(
    ("kwargs", "status", "error"),
    [
        ({"content": b'{"text": "abc"', "headers": {"Content-Type": "application/json"}}, 422, "invalid_input"),
        ({"content": b"[1, 2]", "headers": {"Content-Type": "application/json"}}, 422, "invalid_input"),
        ({"json": {"tekst": "abc"}}, 422, "invalid_input"),
        ({"json": {"text": ""}}, 422, "invalid_input"),
        ({"json": {"text": 5}}, 422, "invalid_input"),
        ({"json": {"text": "abc", "doc_type": "roman"}}, 422, "invalid_input"),
        ({"content": b"tekst", "headers": {"Content-Type": "text/plain"}}, 415, "unsupported_media_type"),
        ({"content": b"tekst"}, 415, "unsupported_media_type"),
        ({"files": {"file": ("leeg.txt", b"", "text/plain")}}, 422, "unreadable_document"),
        ({"files": {"file": ("foto.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")}}, 422,
         "unreadable_document"),
        ({"files": {"file": ("data.txt", bytes(range(256)) * 4, "text/plain")}}, 422, "unreadable_document"),
        ({"data": {"title": "zonder bestand"}, "files": {"other": ("a.txt", b"abc", "text/plain")}}, 422,
         "invalid_input"),
        ({"json": {"text": "x" * 10_001}}, 413, "payload_too_large"),
        ({"files": {"file": ("groot.txt", b"a " * 30_000, "text/plain")}}, 413, "payload_too_large"),
        ({"content": b"x" * 200_000, "headers": {"Content-Type": "application/json"}}, 413, "payload_too_large"),
    ],
    ids=["truncated-json", "json-array", "missing-text", "empty-text", "text-not-string", "bad-doc-type",
         "text-plain", "no-content-type", "empty-file", "png", "binary", "no-file-field", "too-many-chars",
         "file-too-large", "body-too-large"],
)
@pytest.mark.parametrize("path", ["/v1/analyze", "/v1/documents"])
def test_bad_input(client: TestClient, tool_headers: Headers, path: str, kwargs: dict, status: int,
                   error: str) -> None:
    kwargs = dict(kwargs)  # the parameter dicts are shared between runs
    headers = {**tool_headers, **kwargs.pop("headers", {})}
    response = client.post(path, headers=headers, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error
    assert body["message"] and body["request_id"]


def test_messages_name_the_valid_choices(client: TestClient, tool_headers: Headers) -> None:
    response = client.post("/v1/analyze", headers=tool_headers, json={"text": "abc", "doc_type": "roman"})
    assert "memo" in response.json()["message"] and "email" in response.json()["message"]
    binary = client.post("/v1/analyze", headers=tool_headers,
                         files={"file": ("foto.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")})
    assert "PNG" in binary.json()["message"]


def test_models_reload_with_the_real_detector(client: TestClient, admin_headers: Headers, tool_headers: Headers,
                                              detector: Detector) -> None:
    response = client.post("/v1/models/reload", headers=admin_headers)
    assert response.status_code == 200, response.text
    reloadable = [step.name for step in detector.steps if callable(getattr(step, "reload", None))]
    assert response.json()["reloaded"] == reloadable
    assert response.json()["info"]["steps"] == [step.name for step in detector.steps]
    # Analysis still works, with the same result, after the reload.
    after = client.post("/v1/analyze", headers=tool_headers, json={"text": TEXT, "doc_type": "memo"})
    assert after.json()["suggestions"] == expected(detector, TEXT, "memo")
