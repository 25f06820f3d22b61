"""Celery on Redis: the task that analyses one request document, the executor that sends it, the worker.

Tasks are acknowledged late (after the result is in the database) and given back to the queue when a worker
dies (``acks_late``, ``reject_on_worker_lost``); a task that a dead worker held unacknowledged is delivered
again after ``broker_visibility_timeout`` seconds. Because the job is idempotent (:mod:`api.tasks.jobs`), a
second delivery stores nothing twice. One task per worker process at a time (prefetch 1). Results are not
kept in Celery: they land in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from celery import Celery
from kombu.exceptions import OperationalError

from api.errors import ServiceUnavailable
from detector.settings import Settings

TASK_NAME = "lakmoes.analyse_request_document"
_state: dict[str, Any] = {}


def make_celery(settings: Settings) -> Celery:
    """The Celery app for ``settings`` (broker ``broker_url``) with the analysis task registered."""
    app = Celery("lakmoes", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        broker_transport_options={"visibility_timeout": settings.broker_visibility_timeout},
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        task_default_queue=settings.task_queue,
    )

    @app.task(name=TASK_NAME, acks_late=True, reject_on_worker_lost=True)
    def analyse_request_document(request_document_id: int) -> str:
        from api.tasks import jobs

        engine, detector = _worker_state(settings)
        outcome = jobs.analyse(engine, detector.analyze_document, request_document_id, settings)
        request_id = jobs.request_of(engine, request_document_id)
        if request_id is not None:
            jobs.propagate(engine, request_id)
        return outcome

    return app


def _worker_state(settings: Settings) -> tuple[Any, Any]:
    """The database engine and the Detector of this worker process, built on its first task."""
    if "engine" not in _state:
        from api.db import make_engine
        from detector.detector import Detector

        _state["engine"] = make_engine(settings)
        _state["detector"] = Detector(settings)
    return _state["engine"], _state["detector"]


class CeleryExecutor:
    """Sends each document as one task to the broker."""

    def __init__(self, settings: Settings) -> None:
        self.app = make_celery(settings)

    def submit(self, request_document_ids: Sequence[int]) -> None:
        try:
            with self.app.producer_or_acquire() as producer:
                for request_document_id in request_document_ids:
                    self.app.send_task(TASK_NAME, args=[request_document_id], producer=producer)
        except OperationalError as error:
            raise ServiceUnavailable(
                f"de takenbroker antwoordt niet ({type(error).__name__}); de documenten zijn opgeslagen en "
                "blijven 'pending': bied ze opnieuw aan met POST /v1/requests/{id}/retry"
            ) from None

    def close(self) -> None:
        self.app.close()
