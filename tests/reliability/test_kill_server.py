"""kill -9 of `lakmoes serve` during decisions on PostgreSQL loses no acknowledged decision.

Four clients decide suggestions as fast as the server answers; the server process is killed with SIGKILL at
random moments (at least 5 times) and restarted, until at least 500 decisions were acknowledged with 200.
A decision whose request died with the server is sent again (200, or 409 if it had been committed).
Every acknowledged decision must then be in the audit trail, and no suggestion may have two decisions.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role
from api.db import make_engine, migrate
from detector.settings import Settings
from tests.api.conftest import postgres_database

DECISIONS = 500
KILLS = 5
CLIENTS = 4
LETTER = "Overleg met Jansen.\n" * 150  # 150 suggestions per document (the deny list finds each 'Jansen')


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_database("lakmoes_kill") as url:
        yield url


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`lakmoes serve` as a child process that can be killed with SIGKILL and started again."""

    def __init__(self, database_url: str, data_dir: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "LAKMOES_DATABASE_URL": database_url,
            "LAKMOES_DATA_DIR": str(data_dir),
            "LAKMOES_API_PORT": str(self.port),
            "LAKMOES_ENABLED_RECOGNIZERS": '["NlDenyListRecognizer"]',
            "LAKMOES_DENY_LIST": '["Jansen"]',
            "LAKMOES_LOG_LEVEL": "WARNING",
            "LAKMOES_API_WORKERS": "1",
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, path: str = "/healthz") -> None:
        """Start and wait until ``path`` answers 200 (``/readyz`` also waits for the analysis workers)."""
        lakmoes = Path(sys.executable).parent / "lakmoes"
        self.process = subprocess.Popen(
            [str(lakmoes), "serve"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}{path}", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"lakmoes serve did not answer {path} within 180 s")

    def kill(self) -> None:
        """SIGKILL to the server and the worker processes it started (its own process group), nothing else."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


@pytest.mark.timeout(1200)
def test_kill_9_during_decisions_loses_no_acknowledged_decision(postgres_url: str, tmp_path: Path) -> None:
    engine = make_engine(Settings(_env_file=None, database_url=postgres_url))
    migrate(engine)
    with Session(engine) as session:
        _, tool = crud.create_api_key(session=session, name="kill-tool", role=Role.TOOL)
        _, reviewer = crud.create_api_key(session=session, name="kill-reviewer", role=Role.REVIEWER)
    server = Server(postgres_url, tmp_path)
    server.start("/readyz")
    suggestion_ids: list[int] = []
    for _ in range(5):
        created = httpx.post(f"{server.url}/v1/documents", json={"text": LETTER},
                             headers={"X-API-Key": tool}, timeout=60)
        assert created.status_code == 201, created.text
        suggestion_ids += [s["id"] for s in created.json()["suggestions"]]
    assert len(suggestion_ids) >= DECISIONS + 100
    random.Random(19).shuffle(suggestion_ids)

    acknowledged: list[int] = []
    lock = threading.Lock()
    todo = iter(suggestion_ids)
    stop = threading.Event()

    def client() -> None:
        with httpx.Client(headers={"X-API-Key": reviewer}, timeout=10) as http:
            while not stop.is_set():
                with lock:
                    suggestion = next(todo, None)
                if suggestion is None:
                    return
                answer = None
                while answer is None and not stop.is_set():
                    try:
                        answer = http.post(f"{server.url}/v1/suggestions/{suggestion}/decision",
                                           json={"action": "accept", "version": 0})
                    except httpx.HTTPError:  # the server died mid-request: not acknowledged, send it again
                        time.sleep(0.1)
                if answer is not None and answer.status_code == 200:
                    with lock:
                        acknowledged.append(suggestion)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    kills = 0
    chance = random.Random(5)
    try:
        while kills < KILLS or len(acknowledged) < DECISIONS:
            # Kill at a random moment once another ~100 decisions were acknowledged since the last restart.
            target = len(acknowledged) + chance.randint(60, 140)
            while len(acknowledged) < target and any(thread.is_alive() for thread in threads):
                time.sleep(0.01)
            time.sleep(chance.uniform(0.0, 0.2))
            server.kill()
            kills += 1
            server.start()
            if kills > 20 or not any(thread.is_alive() for thread in threads):
                break
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        server.kill()
    assert kills >= KILLS and len(acknowledged) >= DECISIONS, (kills, len(acknowledged))

    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT suggestion_id, count(*) FROM events WHERE action = 'accept' GROUP BY suggestion_id")
        ).all()
    engine.dispose()
    stored = {suggestion: count for suggestion, count in rows}
    lost = [s for s in acknowledged if s not in stored]
    assert lost == [], f"{len(lost)} acknowledged decisions lost"
    assert all(count == 1 for count in stored.values()), "a suggestion was decided twice"
    print(f"kill -9: {kills} kills, {len(acknowledged)} acknowledged decisions, {len(stored)} stored, 0 lost")
