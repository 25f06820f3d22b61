"""Logs: one structured line per request with its request id; never document or suggestion text."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.logs import JsonFormatter
from tests.api.conftest import Headers

SECRET_TEXT = "Ik adviseer om Zwanenburg-Oost te sluiten. De heer Jansen (j.jansen@voorbeeld.nl) weet ervan."


class Capture(logging.Handler):
    """Formats each record when it is emitted, as the real handler does (the request id is read then)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture()
def log_lines() -> Iterator[list[str]]:
    handler = Capture()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def test_requests_are_logged_with_id_and_without_text(client: TestClient, tool_headers: Headers,
                                                      reviewer_headers: Headers, log_lines: list[str]) -> None:
    created = client.post("/v1/documents", headers={**tool_headers, "X-Request-ID": "req-test-1"},
                          json={"text": SECRET_TEXT, "title": "Geheime titel"})
    assert created.status_code == 201
    assert created.headers["x-request-id"] == "req-test-1"
    suggestion = created.json()["suggestions"][0]
    client.post(f"/v1/suggestions/{suggestion['id']}/decision", headers=reviewer_headers,
                json={"action": "reject", "version": 0, "reason": "Zwanenburg-Oost is openbaar"})
    client.post("/v1/analyze", headers=tool_headers, json={"text": SECRET_TEXT})
    client.post("/v1/analyze", headers={**tool_headers, "Content-Type": "application/json"},
                content=b'{"text": "Zwanenburg-Oost')

    lines = list(log_lines)
    assert lines
    for forbidden in ("Zwanenburg", "Jansen", "voorbeeld.nl", "Geheime titel", "adviseer"):
        assert not any(forbidden in line for line in lines), forbidden
    requests = [json.loads(line) for line in lines if json.loads(line)["logger"] == "api.requests"]
    first = next(r for r in requests if r["request_id"] == "req-test-1")
    assert (first["method"], first["path"], first["status"], first["key"]) == ("POST", "/v1/documents", 201,
                                                                               "redactietool")
    assert all(len(r["request_id"]) >= 8 for r in requests)
    decision = next(json.loads(x) for x in lines if json.loads(x)["message"] == "decision")
    assert decision["suggestion_id"] == suggestion["id"] and decision["action"] == "reject"


def test_request_id_is_generated_and_bad_ones_replaced(client: TestClient) -> None:
    generated = client.get("/healthz").headers["x-request-id"]
    assert len(generated) == 32
    replaced = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"}).headers["x-request-id"]
    assert replaced != "bad id with spaces" and len(replaced) == 32


def test_error_bodies_carry_the_request_id(client: TestClient) -> None:
    response = client.get("/v1/documents", headers={"X-Request-ID": "abc-123"})
    assert response.status_code == 401
    assert response.json()["request_id"] == "abc-123"
