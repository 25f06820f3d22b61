"""Health, readiness, model reload, OpenAPI and the ground catalogue."""

from __future__ import annotations

from fastapi.testclient import TestClient

from detector.grounds import catalogue
from tests.api.conftest import Headers
from tests.api.fakes import FakeDetector


def test_healthz_and_readyz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"
    assert ready.json()["checks"]["database"] == "ok" and ready.json()["checks"]["models"] == "ok"


def test_readyz_is_503_without_database(client: TestClient) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    from sqlalchemy import create_engine

    client.app.state.engine = create_engine("sqlite:////nonexistent-dir/x.db")  # type: ignore[attr-defined]
    try:
        response = client.get("/readyz")
    finally:
        client.app.state.engine = engine  # type: ignore[attr-defined]
    assert response.status_code == 503
    assert response.json()["status"] == "not_ready"
    assert response.json()["checks"]["database"].startswith("fout")


def test_models_reload(client: TestClient, admin_headers: Headers, fake_detector: FakeDetector) -> None:
    before = fake_detector.reloads
    response = client.post("/v1/models/reload", headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["reloaded"] == ["opinions"]
    assert fake_detector.reloads == before + 1


def test_grounds(client: TestClient, reviewer_headers: Headers) -> None:
    grounds = client.get("/v1/grounds", headers=reviewer_headers).json()
    assert [g["code"] for g in grounds] == list(catalogue())
    privacy = next(g for g in grounds if g["code"] == "5.1(2)e")
    assert privacy["wob_code"] == "10(2)e" and privacy["kind"] == "relative"


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/v1/analyze", "/v1/documents", "/v1/documents/{document_id}", "/v1/documents/{document_id}/redacted",
        "/v1/documents/{document_id}/audit", "/v1/documents/{document_id}/redactions",
        "/v1/suggestions/{suggestion_id}/decision", "/v1/feedback/export", "/v1/grounds", "/v1/models/reload",
        "/healthz", "/readyz",
    } <= set(paths)
    assert "multipart/form-data" in paths["/v1/documents"]["post"]["requestBody"]["content"]
