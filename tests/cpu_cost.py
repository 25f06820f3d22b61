"""CPU time of one call, for cost-growth tests that compare a ratio of two such times, never an absolute time."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu(call: Callable[[], object], tries: int = 2) -> float:
    """The best of ``tries`` CPU times of ``call()`` in seconds (at least 0.1 ms, so a ratio never divides by 0)."""
    best = float("inf")
    for _ in range(tries):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)
