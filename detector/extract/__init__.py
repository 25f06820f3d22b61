"""Turn an input file into text Lakmoes can analyse (and, for layouts, where each character sits)."""

from detector.extract.base import ExtractionError, extract_bytes, extract_path

__all__ = ["ExtractionError", "extract_bytes", "extract_path"]
