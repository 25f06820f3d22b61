"""The embedded executor: one background thread in the service analyses request documents in order."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from api.analysis import AnalysisService
from api.crud import requests as crud_requests
from api.tasks import jobs
from detector.settings import Settings

logger = logging.getLogger(__name__)
_STOP = -1


class InProcessExecutor:
    """A queue and a daemon thread; on start it queues what a previous run left pending or running."""

    def __init__(self, engine: Engine, detector: AnalysisService, settings: Settings) -> None:
        self.engine = engine
        self.detector = detector
        self.settings = settings
        self._queue: queue.Queue[int] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="lakmoes-requests", daemon=True)
        self._thread.start()
        with Session(engine) as session:
            self.submit(crud_requests.unfinished_ids(session=session))

    def submit(self, request_document_ids: Sequence[int]) -> None:
        for request_document_id in request_document_ids:
            self._queue.put(request_document_id)

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout=60)

    def _run(self) -> None:
        while (request_document_id := self._queue.get()) != _STOP:
            try:
                jobs.analyse(self.engine, self.detector.analyze, request_document_id, self.settings)
                request_id = jobs.request_of(self.engine, request_document_id)
                if request_id is not None:
                    jobs.propagate(self.engine, request_id)
            except Exception:  # noqa: BLE001 - the thread must survive a database hiccup
                logger.exception("request job failed", extra={"request_document_id": request_document_id})
