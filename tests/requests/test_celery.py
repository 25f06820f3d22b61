"""Celery on a real Redis: the service sends, `lakmoes worker` processes analyse, results land in the database.

Skipped only when no Redis answers on 127.0.0.1:6379 (`.ci/run` starts one). The workers build the real
Detector (offline pipeline), so these tests take a minute.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.auth import Role
from api.main import create_app
from api.models import Document, RequestDocument
from tests.api.conftest import Headers, api_settings, make_key
from tests.requests.conftest import wait_until_analysed, zip_of
from tests.requests.fakes import RequestFakeDetector
from tests.requests.workers import drop_queue, redis_reachable, start_worker, stop, unique_queue, worker_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not redis_reachable(), reason="Redis does not answer on 127.0.0.1:6379 (.ci/run starts it)"),
]
VISIBILITY = 5  # seconds before a task held by a killed worker is delivered again


def letter(number: int, paragraphs: int = 1) -> bytes:
    body = "\n\n".join(
        f"Geachte heer Jan de Vries,\n\nNaar aanleiding van uw brief nummer {number}.{p} over de brug bij de "
        f"Stationsstraat laten wij u weten dat het college het plan bespreekt. Mail naar jan{number}@gmail.com."
        for p in range(paragraphs)
    )
    return f"Brief {number}\n\n{body}\n\nMet vriendelijke groet,\nJ. de Vries\n".encode()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[TestClient, Headers, dict[str, str], Path]]:
    queue = unique_queue()
    database_url = f"sqlite:///{tmp_path / 'lakmoes.db'}"
    settings = api_settings(database_url, tmp_path, tasks="celery", task_queue=queue)
    env = worker_env(database_url, tmp_path, queue, LAKMOES_BROKER_VISIBILITY_TIMEOUT=str(VISIBILITY))
    try:
        with TestClient(create_app(settings, detector=RequestFakeDetector())) as client:  # type: ignore[arg-type]
            headers = {"Authorization": f"Bearer {make_key(client, Role.ADMIN, 'coordinator')}"}
            yield client, headers, env, tmp_path
    finally:
        drop_queue(queue)


def new_request_with(client: TestClient, headers: Headers, files: dict[str, bytes]) -> int:
    request_id = client.post("/v1/requests", json={"subject": "Brug"}, headers=headers).json()["id"]
    response = client.post(f"/v1/requests/{request_id}/documents", files=[("files", ("brieven.zip", zip_of(files)))],
                           headers=headers)  # fmt: skip
    assert response.status_code == 201, response.text
    return request_id


def test_celery_workers_analyse_a_request_and_results_land_in_the_database(setup) -> None:  # type: ignore[no-untyped-def]
    client, headers, env, tmp_path = setup
    request_id = new_request_with(client, headers, {"a.txt": letter(1), "b.txt": letter(2), "kapot.pdf": b"%PDF-1.4"})
    # The service analyses nothing itself: without a worker the documents stay pending.
    time.sleep(1)
    assert client.get(f"/v1/requests/{request_id}", headers=headers).json()["progress"]["pending"] == 3
    worker = start_worker(env, tmp_path / "worker.log", "--pool", "solo")
    try:
        body = wait_until_analysed(client, headers, request_id, timeout=240)
    finally:
        stop(worker)
    assert body["status"] == "analysed", (tmp_path / "worker.log").read_text()[-3000:]
    assert (body["progress"]["done"], body["progress"]["failed"]) == (2, 1)
    assert "kapot.pdf" in body["failed"][0]["error"]
    documents = client.get(f"/v1/requests/{request_id}/documents?status=done", headers=headers).json()["data"]
    analysed = client.get(f"/v1/documents/{documents[0]['document_id']}", headers=headers).json()
    assert any(s["entity_type"] == "EMAIL_ADDRESS" for s in analysed["suggestions"])


def test_a_worker_killed_mid_request_loses_and_duplicates_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    client, headers, env, tmp_path = setup
    count = 24
    request_id = new_request_with(client, headers, {f"brief-{i:02d}.txt": letter(i, 40) for i in range(count)})
    engine = client.app.state.engine  # type: ignore[attr-defined]
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, "--pool", "solo")
    try:
        running: list[int] = []
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            with Session(engine) as session:
                done = session.scalar(select(func.count()).where(RequestDocument.status == "done")) or 0
                running = list(session.scalars(select(RequestDocument.id).where(RequestDocument.status == "running")))
            if done >= 3 and running:
                break
            time.sleep(0.05)
        assert running, log.read_text()[-3000:]
        os.kill(worker.pid, signal.SIGKILL)  # mid-document: one is running
        worker.wait()
        worker = start_worker(env, log, "--pool", "solo")
        body = wait_until_analysed(client, headers, request_id, timeout=300)
    finally:
        stop(worker)
    assert body["status"] == "analysed" and body["progress"]["done"] == count, log.read_text()[-3000:]
    with Session(engine) as session:
        rows = session.scalars(select(RequestDocument).where(RequestDocument.request_id == request_id)).all()
        assert [r.analyses for r in rows] == [1] * count
        killed = [r for r in rows if r.id in running]
        assert all(r.attempts == 2 for r in killed)
        stored = session.scalar(select(func.count()).select_from(Document)) or 0
    assert stored == count  # each document analysed and stored once
