"""Run `lakmoes worker` processes against a real Redis for the Celery tests and the benchmark."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_reachable(url: str = REDIS_URL) -> bool:
    """Whether a Redis server answers PING at ``url``."""
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except (redis.RedisError, OSError):
        return False


def unique_queue() -> str:
    """A queue name no other test run shares."""
    return f"lakmoes-test-{os.getpid()}-{secrets.token_hex(4)}"


def drop_queue(queue: str, url: str = REDIS_URL) -> None:
    """Remove what a test left in its queue."""
    import redis

    redis.Redis.from_url(url).delete(queue)


def worker_env(database_url: str, data_dir: Path, queue: str, **extra: str) -> dict[str, str]:
    """The environment of a worker process: the test's database, broker and queue."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAKMOES_")}
    env.update(
        LAKMOES_DATABASE_URL=database_url, LAKMOES_DATA_DIR=str(data_dir), LAKMOES_BROKER_URL=REDIS_URL,
        LAKMOES_TASK_QUEUE=queue, LAKMOES_LOG_LEVEL="WARNING", **extra,
    )  # fmt: skip
    return env


def start_worker(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    """``lakmoes worker`` as a child process (its output goes to ``log``)."""
    lakmoes = Path(sys.executable).with_name("lakmoes")
    with log.open("ab") as out:
        return subprocess.Popen([str(lakmoes), "worker", *args], env=env, stdout=out, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a worker this test started (TERM, then KILL after 20 s)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def workers(env: dict[str, str], log: Path, count: int, *args: str) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``count`` worker processes for the duration of the block."""
    started = [start_worker(env, log, *args) for _ in range(count)]
    try:
        yield started
    finally:
        for process in started:
            stop(process)
