"""What the browser tests share: the app served by uvicorn in a thread, Debian's Chromium through Playwright,
the axe-core check, and small screenshots for docs/review.md."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from PIL import Image

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 level A and AA, plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SCREENSHOT_DIR_ENV = "LAKMOES_TEST_SCREENSHOT_DIR"


class Live:
    """The app served by uvicorn on 127.0.0.1 and a free port, in a thread."""

    def __init__(self, app: object) -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None,
                                                    access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core in ``page`` (evaluated through the DevTools protocol, so a strict CSP does not stop it) and
    return its violations as ``{"id", "impact", "help", "targets"}``."""
    if not AXE.exists():
        raise FileNotFoundError(f"{AXE} is missing: run `make browser-deps` (npm ci in tests/browser)")
    page.evaluate(AXE.read_text("utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
    ]


def screenshot(page: Any, name: str, fallback: Path) -> Path:
    """A viewport screenshot as a small palette PNG in ``$LAKMOES_TEST_SCREENSHOT_DIR`` (else ``fallback``)."""
    folder = Path(os.environ.get(SCREENSHOT_DIR_ENV) or fallback)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path))
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=96, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
    return path
