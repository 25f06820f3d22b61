"""How Lakmoes' cost grows with the document: ``python -m training.bench_scaling 50000 200000``.

Analyses one dense, name-rich synthetic letter (every sentence names someone new; Faker ``nl_NL``) at two sizes
and prints the CPU seconds per recognizer and step at each size and their ratio. A stage that is linear in the
document grows by about the size ratio; one that is quadratic by its square.
"""

from __future__ import annotations

import argparse
import functools
import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from training.cost import dense_letter


def stage_seconds(sizes: list[int]) -> dict[int, Counter[str]]:
    """CPU seconds per recognizer, step, document-type detection and in total, per document size."""
    import detector.detector as detector_module
    from detector.detector import Detector
    from detector.settings import Settings

    spent: Counter[str] = Counter()

    def timed(owner: Any, attribute: str, label: str) -> None:
        original: Callable[..., Any] = getattr(owner, attribute)

        @functools.wraps(original)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - started

        setattr(owner, attribute, wrapper)

    detector = Detector(Settings(_env_file=None))
    for recognizer in detector.registry.recognizers:
        timed(recognizer, "analyze", f"herkenner {recognizer.name}")
    for step in detector.steps:
        timed(type(step), "__call__", f"stap {step.name}")
    timed(detector_module, "detect_doc_type", "documentsoort")
    timed(detector, "run", "totaal")
    detector.run(dense_letter(5_000), "brief")  # warm-up
    result: dict[int, Counter[str]] = {}
    for size in sizes:
        spent.clear()
        detector.run(dense_letter(size), "brief")
        result[size] = Counter(spent)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("small", type=int)
    parser.add_argument("large", type=int)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    result = stage_seconds([args.small, args.large])
    small, large = result[args.small], result[args.large]
    print(f"| stage | CPU s at {args.small:,} chars | CPU s at {args.large:,} chars | ratio |")
    print("|---|---|---|---|")
    for label, seconds in large.most_common():
        if seconds >= 0.01:
            ratio = f"{seconds / small[label]:.1f}x" if small[label] else "n/a"
            print(f"| {label} | {small[label]:.3f} | {seconds:.3f} | {ratio} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
