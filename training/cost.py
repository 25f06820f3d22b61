"""What cost measurements share: a dense, name-rich letter and the CPU seconds of a call.

``python -m training.bench_scaling`` and the linear-cost tests use both, so a benchmark figure and a test bound
are measured on the same text in the same way: CPU time (``time.process_time``), never wall-clock seconds.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from faker import Faker


def dense_letter(chars: int, seed: int = 1) -> str:
    """Sentences that each name a person: greetings, mentions, officials, phone numbers, mail, signatures."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        name = fake.name()
        part = rng.choice(
            [
                f"Geachte heer {name.split()[-1]},\n\n",
                f"Ik sprak {name} over de zaak. ",
                f"Wethouder {name} zegt dat het kan. ",
                f"Bel {name} op 06-{rng.randint(10_000_000, 99_999_999)}. ",
                f"Mail {name.split()[0].lower()}@example.nl.\n",
                f"Met vriendelijke groet,\n\n{name}\n\n",
            ]
        )
        parts.append(part)
        size += len(part)
    return "".join(parts)[:chars]


def cpu_seconds(function: Callable[..., Any], *args: Any, repeat: int = 1) -> float:
    """The least CPU time of ``repeat`` calls of ``function(*args)`` (at least 0.1 ms, so ratios stay finite)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function(*args)
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)
