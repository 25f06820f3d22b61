"""The app's one Detector, shared by all requests: one analysis at a time, and reloadable."""

from __future__ import annotations

import threading

from detector.detector import Analysis, Detector
from detector.document import Document


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
