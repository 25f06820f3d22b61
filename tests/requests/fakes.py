"""A deterministic stand-in for the Detector, for request tests about storage, progress and annexes."""

from __future__ import annotations

import re
import threading

from detector.detector import Analysis
from detector.document import Document, Suggestion

# (pattern, entity type, ground)
_RULES = (
    (r"\bJan de Vries\b", "PERSON", "5.1(2)e"),
    (r"\b[\w.]+@voorbeeld\.nl\b", "EMAIL_ADDRESS", "5.1(2)e"),
    (r"\bordernummer \d+\b", "ORDER_NUMBER", "5.1(2)f"),
    (r"Ik adviseer [^.]{1,200}\.", "POLICY_OPINION", "5.2(1)"),
)


class RequestFakeDetector:
    """Finds a few fixed patterns; counts analyses; raises on a text with ``BOEM`` (an analysis that crashes)."""

    def __init__(self) -> None:
        self.analysed: list[str] = []
        self._lock = threading.Lock()

    def analyze_document(self, document: Document, doc_type: str = "auto") -> Analysis:
        if "BOEM" in document.text:
            raise RuntimeError("analyse crasht")
        with self._lock:
            self.analysed.append(document.name)
        suggestions = sorted(
            (
                Suggestion(m.start(), m.end(), m.group(0), entity, ground, 0.9, "Uitleg.", "fake")
                for pattern, entity, ground in _RULES
                for m in re.finditer(pattern, document.text)
            ),
            key=lambda s: s.start,
        )
        return Analysis(doc_type="memo" if doc_type == "auto" else doc_type, suggestions=suggestions)

    def info(self) -> dict[str, object]:
        return {"pipeline": {"loaded": "fake"}, "recognizers": ["fake"], "steps": []}

    def reload_models(self) -> list[str]:
        return []
