"""The service's worker pool: analyses run in parallel processes, a slow one runs into the time limit without
holding up a small one, and a killed worker is replaced while the service keeps answering."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role
from api.errors import AnalysisTimeout
from api.main import create_app
from api.workers import WorkerPool
from detector import Detector
from detector.document import Document
from detector.settings import Settings
from tests.api.conftest import api_settings

LETTER = (
    "Geachte mevrouw De Vries,\n\nBel mij op 06-12345678 of mail l.schouten@example.nl.\n\n"
    "Met vriendelijke groet,\n\nLinda Schouten"
)
# Far more work than a time limit of a few seconds allows on any machine: about 3 MB of dense, name-rich text.
SENTENCE = "Bel Pieter de Vries op 06-12345678 of mail p.devries@example.nl over dossier 2023/0412-WZ. "
HUGE = (SENTENCE * 20 + "\n\n") * 1_600


def wait_until(condition, what: str, deadline_s: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    """Poll ``condition`` (workers take seconds to start); fail with ``what`` if it never holds."""
    end = time.monotonic() + deadline_s
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"never happened: {what}")
        time.sleep(0.1)


def warm(pool: WorkerPool) -> int:
    return int(pool.info()["workers"]["warm"])  # type: ignore[index]


@pytest.fixture(scope="module")
def pool(settings: Settings) -> Iterator[WorkerPool]:
    workers = WorkerPool(settings, size=2, timeout=600)
    assert "steps" not in workers.info()  # nothing is warm yet: /readyz would answer 503
    wait_until(lambda: warm(workers) == 2, "both workers warm")
    yield workers
    workers.close()


def test_workers_answer_as_the_detector_does(pool: WorkerPool, detector: Detector) -> None:
    document = Document(name="brief", text=LETTER, media_type="text/plain")
    assert pool.analyze(document, "auto") == detector.analyze_document(document, "auto")
    info = pool.info()
    assert info["steps"] == detector.info()["steps"]
    assert info["workers"] == {"size": 2, "warm": 2, "busy": 0, "replaced": 0}


def test_a_slow_request_runs_into_the_limit_without_holding_up_a_small_one(pool: WorkerPool) -> None:
    pool.timeout = 5.0
    outcome: list[BaseException | None] = []

    def slow() -> None:
        try:
            pool.analyze(Document(name="groot", text=HUGE, media_type="text/plain"), "brief")
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)

    thread = threading.Thread(target=slow)
    thread.start()
    wait_until(lambda: pool.info()["workers"]["busy"] == 1, "the slow request is in a worker")  # type: ignore[index]
    small = pool.analyze(Document(name="brief", text=LETTER, media_type="text/plain"), "auto")
    assert thread.is_alive()  # the small one was answered while the slow one still ran
    assert any(s.entity_type == "PHONE_NUMBER" for s in small.suggestions)
    thread.join()
    [error] = outcome
    assert isinstance(error, AnalysisTimeout)
    assert "analysis_timeout_s" in error.message
    wait_until(lambda: warm(pool) == 2, "the stopped worker replaced")
    assert pool.info()["workers"]["replaced"] == 1  # type: ignore[index]
    pool.timeout = 600


def test_a_killed_worker_is_replaced_and_the_pool_keeps_answering(pool: WorkerPool) -> None:
    replaced = pool.info()["workers"]["replaced"]  # type: ignore[index]
    victims = [w.pid for w in list(pool._workers)]  # noqa: SLF001 - the test plays the OOM killer
    os.kill(victims[0], signal.SIGKILL)
    document = Document(name="brief", text=LETTER, media_type="text/plain")
    for _ in range(3):  # whichever worker each request meets, every request is answered
        assert pool.analyze(document, "auto").suggestions
    wait_until(lambda: warm(pool) == 2, "the killed worker replaced")
    assert pool.info()["workers"]["replaced"] == replaced + 1  # type: ignore[index]
    assert victims[0] not in {w.pid for w in pool._workers}  # noqa: SLF001


def test_reload_reaches_the_workers(pool: WorkerPool) -> None:
    assert pool.reload_models() == ["opinions"]
    document = Document(name="brief", text=LETTER, media_type="text/plain")
    assert pool.analyze(document, "auto").suggestions  # the other worker reloads before this job if it gets it


def test_the_service_starts_workers_and_reports_them(tmp_path: Path) -> None:
    settings = api_settings(f"sqlite:///{tmp_path / 'lakmoes.db'}", tmp_path, api_workers=1, analysis_timeout_s=60)
    with TestClient(create_app(settings)) as client:
        wait_until(lambda: client.get("/readyz").status_code == 200, "/readyz answers 200")
        checks = client.get("/readyz").json()["checks"]
        assert checks["workers"]["size"] == 1 and checks["workers"]["warm"] == 1
        with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
            _, key = crud.create_api_key(session=session, name="tool", role=Role.TOOL)
        answer = client.post("/v1/analyze", json={"text": LETTER}, headers={"Authorization": f"Bearer {key}"})
        assert answer.status_code == 200
        assert {s["entity_type"] for s in answer.json()["suggestions"]} >= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
        client.app.state.detector.timeout = 0.01  # type: ignore[attr-defined]
        late = client.post("/v1/analyze", json={"text": HUGE[:200_000]}, headers={"Authorization": f"Bearer {key}"})
        assert late.status_code == 504
        assert late.json()["error"] == "analysis_timeout" and "analysis_timeout_s" in late.json()["message"]


def test_shutting_down_while_a_replacement_starts_raises_nothing(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    pool = WorkerPool(settings, size=1, timeout=600)
    wait_until(lambda: warm(pool) == 1, "the worker warm")
    worker = pool._idle.get()  # noqa: SLF001
    pool._replace(worker, "was replaced by the test")  # noqa: SLF001 - its successor now starts in a thread
    wait_until(lambda: len(pool._workers) == 1, "the successor started")  # noqa: SLF001
    pool.close()  # stops the successor while its start thread still waits for it
    for thread in threading.enumerate():
        if thread.name == "lakmoes-worker-start":
            thread.join(timeout=60)
    assert errors == []
    assert not any(w.process.is_alive() for w in pool._workers)  # noqa: SLF001
