"""Run as a script: process a long PDF and print the peak memory (VmHWM) of each phase, as JSON.

Used by test_memory.py in a child process, so the numbers are this work's alone:
``python -m tests.formats.memory_probe PAGES REDACTED_PAGES``.
"""

from __future__ import annotations

import json
import logging
import sys


def _reset_peak() -> None:
    """Set the peak RSS (VmHWM) back to the current RSS (Linux: /proc/self/clear_refs, value 5)."""
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def _status_mb(key: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(key)


def _current_mb() -> float:
    return _status_mb("VmRSS")


def _peak_mb() -> float:
    return _status_mb("VmHWM")


def main(pages: int, redact_pages: int) -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)  # a script: keep library debug logs quiet
    from detector import Detector
    from detector.extract import extract_bytes
    from detector.pdf_redact import redact_pdf, redactions_from_spans
    from detector.settings import Settings
    from tests.formats.builders import many_pages_pdf

    data = many_pages_pdf(pages)
    _reset_peak()
    start = _current_mb()
    document = extract_bytes(data, "lang.pdf")
    extract_peak = _peak_mb()
    detector = Detector(Settings(_env_file=None, deny_list=["Jansen"], enabled_recognizers=["NlDenyListRecognizer"]))
    detector.analyze("Jansen")
    _reset_peak()
    loaded = _current_mb()
    analysis = detector.analyze_document(document)
    redacted = redact_pdf(
        data, redactions_from_spans(document, [s for s in analysis.suggestions if s.page <= redact_pages])
    )
    layout = document.layout
    print(
        json.dumps(
            {
                "pages": document.metadata["pages"],
                "chars": len(document.text),
                "suggestions": len(analysis.suggestions),
                "layout_mb": round((layout.boxes.nbytes + layout.lines.nbytes) / 2**20, 2),
                "pdf_mb": round(len(data) / 2**20, 2),
                "redacted_mb": round(len(redacted) / 2**20, 2),
                "extract_growth_mb": round(extract_peak - start, 1),
                "after_load_mb": round(loaded, 1),
                "peak_mb": round(_peak_mb(), 1),
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
