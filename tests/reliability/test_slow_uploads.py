"""Slow request bodies hold no database connection: 20 uploads that never finish sending (more than the
pool's 5 + 10 connections) leave every database route answering."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy.orm import Session

from api import crud
from api.auth import Role
from api.main import create_app
from detector.settings import Settings
from tests.api.fakes import FakeDetector

SLOW_UPLOADS = 20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """The app in uvicorn on a free port (SQLite), with a tool and a reviewer key."""
    settings = Settings(_env_file=None, data_dir=tmp_path)
    app = create_app(settings, detector=FakeDetector())  # type: ignore[arg-type]
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    while not server.started:
        time.sleep(0.05)
    with Session(app.state.engine) as session:
        _, tool = crud.create_api_key(session=session, name="traag", role=Role.TOOL)
        _, reviewer = crud.create_api_key(session=session, name="lezer", role=Role.REVIEWER)
    try:
        yield url, tool, reviewer
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_slow_uploads_do_not_exhaust_the_connection_pool(served: tuple[str, str, str]) -> None:
    url, tool, reviewer = served
    port = int(url.rsplit(":", 1)[1])
    sockets = []
    for _ in range(SLOW_UPLOADS):
        sock = socket.create_connection(("127.0.0.1", port))
        head = (
            "POST /v1/documents HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {tool}\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            "Content-Length: 1000000\r\n\r\n"
            '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        )
        sock.sendall(head.encode() + b"Geachte heer Jansen, " * 10)  # ... and the rest never comes
        sockets.append(sock)
    try:
        time.sleep(1.0)  # every slow upload is authenticated and reading its body by now
        with httpx.Client(headers={"X-API-Key": reviewer}, timeout=10) as client:
            for _ in range(5):
                assert client.get(f"{url}/v1/documents").status_code == 200
                assert client.get(f"{url}/v1/grounds").status_code == 200
    finally:
        for sock in sockets:
            sock.close()
