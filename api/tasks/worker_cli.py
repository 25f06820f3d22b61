"""``lakmoes worker``: a Celery worker that analyses request documents (on this or any other machine)."""

from __future__ import annotations

from typing import Annotated

import typer

from detector.cli_common import ConfigOption, cli_settings


def worker(
    concurrency: Annotated[int, typer.Option(min=1, help="Documents analysed at the same time (processes).")] = 1,
    pool: Annotated[str, typer.Option(help="prefork (processes), solo (this process) or threads.")] = "prefork",
    config: ConfigOption = None,
) -> None:
    """Start a Celery worker on the broker of the settings (broker_url, default Redis on 127.0.0.1:6379).

    It reads and writes the database of the settings (database_url): run it with the service's settings.
    Each worker process builds its Detector once, on its first document.
    """
    from api.db import make_engine, migrate
    from api.tasks.celery_app import make_celery

    if pool not in ("prefork", "solo", "threads"):
        raise typer.BadParameter("choose prefork, solo or threads", param_hint="--pool")
    settings = cli_settings(config)
    engine = make_engine(settings)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    app = make_celery(settings)
    app.worker_main(
        ["worker", f"--loglevel={settings.log_level}", f"--concurrency={concurrency}", f"--pool={pool}",
         "--without-gossip", "--without-mingle", f"--queues={settings.task_queue}"]
    )  # fmt: skip


