"""API fuzzing with schemathesis against our own OpenAPI document: every operation, bounded, in CI.

Each generated request is sent with a fresh admin key (so a generated ``DELETE /v1/keys/{id}`` cannot lock the
run out) to an app holding a few documents; the answer must not be a 5xx, must have the documented content
type and, for documented statuses, match the response schema. On SQLite and, when configured, PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from api.auth import Role
from api.main import create_app
from tests.api.conftest import api_settings, make_key, upload
from tests.api.fakes import MEMO, FakeDetector

EXAMPLES_PER_OPERATION = 10
CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzzed_app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The app (lifespan running) with documents, suggestions and a decision to find."""
    settings = api_settings(database_url, tmp_path_factory.mktemp("fuzz"), max_upload_bytes=200_000,
                            max_text_chars=50_000)
    app = create_app(settings, detector=FakeDetector())  # type: ignore[arg-type]
    with TestClient(app) as client:
        tool = {"X-API-Key": make_key(client, Role.TOOL, "fuzz-tool")}
        for _ in range(3):
            upload(client, tool, MEMO)
        yield client


def test_every_operation_answers_without_5xx_and_to_its_schema(fuzzed_app: TestClient) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzzed_app.app)
    failures: list[str] = []
    cases: dict[str, int] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        cases[operation.label] = 0

        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        @given(case=operation.as_strategy())
        def run(case: schemathesis.Case) -> None:
            cases[operation.label] += 1  # noqa: B023  (run is called at once, in this iteration)
            key = make_key(fuzzed_app, Role.ADMIN, "fuzz-admin")
            try:
                response = case.call(headers={"Authorization": f"Bearer {key}"})
            except Exception as error:  # noqa: BLE001  (the app raised: a 500 with a traceback)
                failures.append(f"{operation.label} -> raised {type(error).__name__}: {str(error)[:200]}")  # noqa: B023
                return
            try:
                case.validate_response(response, checks=CHECKS)
            except (AssertionError, BaseExceptionGroup) as error:  # every failure is collected, then reported
                failures.append(f"{operation.label} -> {response.status_code}: {str(error)[:300]}")  # noqa: B023

        run()
    print(f"schemathesis: {len(cases)} operations, {sum(cases.values())} cases, {len(failures)} failures")
    assert len(cases) >= 30 and all(cases.values()), cases
    assert failures == [], "\n".join(sorted(set(failures))[:20])
