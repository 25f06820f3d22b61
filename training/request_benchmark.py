"""Benchmark a whole request through the review service: documents per second and peak memory.

Starts ``lakmoes serve`` (SQLite in a temporary folder) and, for ``--executor celery``, that many
``lakmoes worker`` processes on Redis; uploads the generated documents as one zip to ``POST /v1/requests``
and polls ``GET /v1/requests/{id}`` until every document is done or failed. A warm-up request first lets
each worker build its Detector, so the figure is the steady rate. Memory is the peak resident set size of
each process (sampled every poll, children included).
"""

from __future__ import annotations

import io
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from training.synthetic_request import generate


@dataclass(frozen=True)
class RequestBenchmark:
    """What one run measured."""

    executor: str
    workers: int
    documents: int
    done: int
    failed: int
    seconds: float
    server_peak_mb: float
    worker_peak_mb: tuple[float, ...]

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        workers = ", ".join(f"{m:.0f}" for m in self.worker_peak_mb) or "-"
        return (
            f"executor={self.executor} workers={self.workers} documents={self.documents} done={self.done} "
            f"failed={self.failed} seconds={self.seconds:.1f} documents/s={self.per_second:.2f} "
            f"server_peak_MB={self.server_peak_mb:.0f} worker_peak_MB=[{workers}]"
        )


def _zip(count: int, seed: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in generate(count, seed):
            archive.writestr(name, text)
    return buffer.getvalue()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(process: subprocess.Popen[bytes]) -> float:
    import psutil

    try:
        proc = psutil.Process(process.pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20
    except psutil.Error:
        return 0.0


def run_request_benchmark(
    documents: int, executor: str, workers: int, *, seed: int = 16, broker_url: str = "redis://127.0.0.1:6379/0"
) -> RequestBenchmark:
    """One measured request of ``documents`` generated documents (see the module docstring)."""
    import httpx

    lakmoes = str(Path(sys.executable).with_name("lakmoes"))
    with tempfile.TemporaryDirectory(prefix="lakmoes-bench-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LAKMOES_")}
        env.update(
            LAKMOES_DATA_DIR=tmp, LAKMOES_TASKS=executor, LAKMOES_BROKER_URL=broker_url, LAKMOES_LOG_LEVEL="WARNING",
            LAKMOES_TASK_QUEUE=f"lakmoes-bench-{secrets.token_hex(4)}", LAKMOES_MAX_UPLOAD_BYTES=str(200 * 2**20),
        )  # fmt: skip
        key = subprocess.run([lakmoes, "keys", "create", "--role", "admin", "--name", "bench"], env=env,
                             capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]  # fmt: skip
        port = _free_port()
        log = open(Path(tmp) / "processes.log", "ab")  # noqa: SIM115 - closed below
        server = subprocess.Popen([lakmoes, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
        pool = [
            subprocess.Popen([lakmoes, "worker", "--concurrency", "1"], env=env, stdout=log, stderr=log)
            for _ in range(workers if executor == "celery" else 0)
        ]
        peaks = {p.pid: 0.0 for p in [server, *pool]}
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"},
                              timeout=300)  # fmt: skip
        try:
            _wait_ready(client)

            def measure(count: int, warm_seed: int) -> tuple[float, dict[str, object]]:
                request_id = client.post("/v1/requests", json={"subject": "Benchmark"}).json()["id"]
                start = time.perf_counter()
                response = client.post(f"/v1/requests/{request_id}/documents",
                                       files=[("files", ("verzoek.zip", _zip(count, warm_seed)))])  # fmt: skip
                response.raise_for_status()
                while True:
                    body: dict[str, object] = client.get(f"/v1/requests/{request_id}").json()
                    for process in [server, *pool]:
                        peaks[process.pid] = max(peaks[process.pid], _rss_mb(process))
                    if body["status"] == "analysed":
                        return time.perf_counter() - start, body
                    if server.poll() is not None or any(p.poll() is not None for p in pool):
                        raise RuntimeError(f"a process stopped; see {tmp}/processes.log")
                    time.sleep(0.5)

            measure(max(2, 2 * workers), seed + 1)  # warm-up: every worker builds its Detector
            seconds, body = measure(documents, seed)
        finally:
            client.close()
            for process in [*pool, server]:
                process.terminate()
            for process in [*pool, server]:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
            log.close()
    progress = body["progress"]
    assert isinstance(progress, dict)
    return RequestBenchmark(
        executor, workers if executor == "celery" else 0, documents, int(progress["done"]), int(progress["failed"]),
        seconds, peaks[server.pid], tuple(peaks[p.pid] for p in pool),
    )  # fmt: skip


def _wait_ready(client: object, timeout: float = 180) -> None:
    import httpx

    assert isinstance(client, httpx.Client)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if client.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise RuntimeError("lakmoes serve did not become ready")
