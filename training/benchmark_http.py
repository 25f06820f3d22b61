"""``lakmoes benchmark --http``: latency of ``POST /v1/analyze`` for a 2-page letter under concurrent clients.

Starts ``uvicorn api.main:create_app --factory`` on a free loopback port with a throw-away SQLite database,
creates a ``tool`` key with ``lakmoes keys create``, then lets ``clients`` threads send ``requests`` requests
in total (each client keeps its connection open). Only the server process started here is stopped.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from training.gold_format import GoldDoc, read_gold

LETTER_CHARS = 6_000  # about two A4 pages of running text
READY_TIMEOUT_S = 300


def pick_letter(docs: list[GoldDoc], chars: int = LETTER_CHARS) -> GoldDoc:
    """The gold document closest to ``chars`` characters (a letter of about two pages)."""
    if not docs:
        raise ValueError("the gold file holds no documents")
    return min(docs, key=lambda d: (abs(len(d.text) - chars), d.doc_id))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_http_benchmark(gold: Path, clients: int, requests: int, workers: int = 0) -> dict[str, Any]:
    """Start the service (``workers`` analysis workers, 0 = one per core), create a key, fire the requests and
    report the latency figures."""
    letter = pick_letter(read_gold(gold))
    with tempfile.TemporaryDirectory(prefix="lakmoes-bench-") as tmp:
        env = _server_env(Path(tmp))
        env["LAKMOES_API_WORKERS"] = str(workers)
        key = _create_key(env)
        port = free_port()
        spawned = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-P", "-m", "uvicorn", "api.main:create_app", "--factory",
             "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            startup = _wait_ready(base, server) - spawned
            headers = {"Authorization": f"Bearer {key}"}
            body = {"text": letter.text}
            with httpx.Client(base_url=base, headers=headers, timeout=300) as client:
                warmup = _post(client, body)
            if warmup[1] != 200:
                raise RuntimeError(f"POST /v1/analyze answered {warmup[1]} to the first request")
            latencies, statuses, wall = _load(base, headers, body, clients, requests)
            peak = _peak_rss_mb(server.pid)
            worker_peaks = [p for p in map(_peak_rss_mb, _children(server.pid)) if p is not None]
        finally:
            _stop(server)
    ok = [lat for lat, status in zip(latencies, statuses, strict=True) if status == 200]
    values = np.array(ok) if ok else np.array([np.nan])
    return {
        "letter": {"doc_id": letter.doc_id, "characters": len(letter.text), "words": len(letter.text.split())},
        "clients": clients,
        "requests": requests,
        "workers": len(worker_peaks),
        "ok": len(ok),
        "status_counts": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "server_startup_s": startup,
        "warmup_ms": warmup[0] * 1000,
        "p50_ms": float(np.percentile(values, 50)) * 1000,
        "p95_ms": float(np.percentile(values, 95)) * 1000,
        "max_ms": float(values.max()) * 1000,
        "throughput_rps": len(ok) / wall if wall else None,
        "server_peak_rss_mb": peak,
        "worker_peak_rss_mb": max(worker_peaks, default=None),
    }


def _server_env(tmp: Path) -> dict[str, str]:
    """The caller's environment, with a database of our own so no real key store is touched."""
    env = dict(os.environ)
    env["LAKMOES_DATA_DIR"] = str(tmp)
    env["LAKMOES_DATABASE_URL"] = f"sqlite:///{(tmp / 'bench.db').as_posix()}"
    env["LAKMOES_ENVIRONMENT"] = "local"
    env["LAKMOES_LOG_LEVEL"] = "WARNING"
    return env


def _create_key(env: dict[str, str]) -> str:
    command = [sys.executable, "-P", "-c", "from detector.cli import main; main()"]
    done = subprocess.run(
        [*command, "keys", "create", "--role", "tool", "--name", "benchmark"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"lakmoes keys create failed: {done.stderr.strip()[-500:]}")
    return lines[-1].strip()


def _wait_ready(base: str, server: subprocess.Popen[str]) -> float:
    """Poll ``/readyz`` until it answers 200 with every analysis worker warm; return the moment it did."""
    deadline = time.perf_counter() + READY_TIMEOUT_S
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            error = server.stderr.read() if server.stderr else ""
            raise RuntimeError(f"the service stopped with exit code {server.returncode}: {error[-500:]}")
        try:
            answer = httpx.get(f"{base}/readyz", timeout=2)
            workers = answer.json().get("checks", {}).get("workers") or {}
            if answer.status_code == 200 and workers.get("warm", 0) >= workers.get("size", 0):
                return time.perf_counter()
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the service was not ready within {READY_TIMEOUT_S} s")


def _post(client: httpx.Client, body: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        status = client.post("/v1/analyze", json=body).status_code
    except httpx.HTTPError:
        status = 0  # connection error or timeout
    return time.perf_counter() - started, status


def _load(
    base: str, headers: dict[str, str], body: dict[str, str], clients: int, requests: int
) -> tuple[list[float], list[int], float]:
    """``clients`` threads share a budget of ``requests``; return latencies, statuses and wall time."""
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    budget = [requests]

    def client_loop() -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=300) as client:
            while True:
                with lock:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                latency, status = _post(client, body)
                with lock:
                    latencies.append(latency)
                    statuses.append(status)

    threads = [threading.Thread(target=client_loop) for _ in range(max(clients, 1))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses, time.perf_counter() - started


def _children(pid: int) -> list[int]:
    """The process ids of the server's analysis workers (psutil, installed with the bench extra)."""
    try:
        import psutil
    except ImportError:
        return []
    pids = []
    for child in psutil.Process(pid).children(recursive=True):
        try:  # spawned workers run multiprocessing's spawn_main; its resource tracker is no worker
            if "spawn_main" in " ".join(child.cmdline()):
                pids.append(child.pid)
        except psutil.Error:
            continue
    return pids


def _peak_rss_mb(pid: int) -> float | None:
    """The server's peak resident memory (Linux ``VmHWM``), or None where the kernel does not say."""
    status = Path(f"/proc/{pid}/status")
    if not status.is_file():
        return None
    for line in status.read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _stop(server: subprocess.Popen[str]) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=5)


def format_http(report: dict[str, Any]) -> str:
    """The HTTP figures as a Markdown table."""
    letter = report["letter"]
    return "\n".join(
        [
            f"POST /v1/analyze, letter {letter['doc_id']} ({letter['characters']} characters, "
            f"{letter['words']} words), {report['clients']} clients, {report['requests']} requests",
            "",
            "| workers | clients | requests | ok | p50 ms | p95 ms | max ms | req/s | first request ms "
            "| server start-up s | server peak RSS MiB | worker peak RSS MiB |",
            "|" + "---|" * 12,
            f"| {report['workers']} | {report['clients']} | {report['requests']} | {report['ok']} "
            f"| {report['p50_ms']:.0f} "
            f"| {report['p95_ms']:.0f} | {report['max_ms']:.0f} | {report['throughput_rps'] or 0:.2f} "
            f"| {report['warmup_ms']:.0f} | {report['server_startup_s']:.1f} "
            f"| {report['server_peak_rss_mb'] or float('nan'):.0f} "
            f"| {report['worker_peak_rss_mb'] or float('nan'):.0f} |",
            "",
            f"status codes: {report['status_counts']}",
        ]
    )
