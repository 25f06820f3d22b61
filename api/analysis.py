"""What the routes analyse with: a pool of worker processes (:mod:`api.workers`), or one in-process Detector.

Both offer the same three methods (:class:`AnalysisService`); the service runs the pool, tests hand
``create_app`` a Detector, which :class:`SharedDetector` runs one analysis at a time.
"""

from __future__ import annotations

import threading
from typing import Protocol

from detector.detector import Analysis, Detector
from detector.document import Document


class AnalysisService(Protocol):
    """Analyse extracted documents, reload the models, say what is loaded (blocking calls)."""

    def analyze(self, document: Document, doc_type: str) -> Analysis: ...

    def reload_models(self) -> list[str]: ...

    def info(self) -> dict[str, object]: ...

    def close(self) -> None: ...


class SharedDetector:
    """Wraps the Detector built in the lifespan. A lock keeps analyses and a model reload from interleaving."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self._lock = threading.Lock()

    def analyze(self, document: Document, doc_type: str) -> Analysis:
        """Analyse an extracted document (blocking; routes call it from the thread pool)."""
        with self._lock:
            return self.detector.analyze_document(document, doc_type)

    def reload_models(self) -> list[str]:
        """Load newly trained models without a restart (``Detector.reload_models``)."""
        with self._lock:
            return self.detector.reload_models()

    def info(self) -> dict[str, object]:
        """What is loaded (for ``/readyz``)."""
        return self.detector.info()

    def close(self) -> None:
        """Nothing to stop: the Detector belongs to the caller."""
