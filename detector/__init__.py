"""Lakmoes: propose Woo redactions (span, entity, ground, score, Dutch explanation) for Dutch documents."""

from detector.detector import Analysis, Detector
from detector.document import Span, Suggestion

__all__ = ["Analysis", "Detector", "Span", "Suggestion"]
__version__ = "0.1.0"
