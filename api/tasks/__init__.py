"""Background analysis of request documents behind one interface, chosen by the setting ``tasks``.

``inprocess`` (default): a thread in the service, needs nothing else. ``celery``: tasks go to the broker
(Redis) and ``lakmoes worker`` processes, on this or other machines, run them. Either way the job is
:func:`api.tasks.jobs.analyse` followed by :func:`api.tasks.jobs.propagate`, and results land in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import Engine

from api.analysis import AnalysisService
from detector.settings import Settings


class Executor(Protocol):
    """Runs the analysis of request documents somewhere in the background."""

    def submit(self, request_document_ids: Sequence[int]) -> None:
        """Queue the documents (ids of ``request_documents``); returns at once."""

    def close(self) -> None:
        """Stop taking work (the in-process executor finishes the document at hand)."""


def make_executor(settings: Settings, engine: Engine, detector: AnalysisService) -> Executor:
    """The executor the settings ask for."""
    if settings.tasks == "celery":
        from api.tasks.celery_app import CeleryExecutor

        return CeleryExecutor(settings)
    from api.tasks.inprocess import InProcessExecutor

    return InProcessExecutor(engine, detector, settings)
