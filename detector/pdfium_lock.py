"""The one process-wide lock around PDFium, which is not thread-safe.

Every call into pypdfium2 (extraction, flattening a redacted page, rendering a page image) holds it, so
threads of the review service and of the in-process request executor never enter PDFium at the same time.
It is re-entrant: a caller holding it may call code that takes it again.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
