"""Cost grows linearly with the input: analysing a text eight times as long costs at most ~8 times as much.

Checked as a ratio of CPU times (best of three, so other processes on the machine do not count), never as
seconds: a quadratic step would give a ratio near 64.
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from detector import Detector
from detector.extract.html import html_to_text
from tests.fuzz import strategies

SMALL = 6_000
FACTOR = 8
# Linear work gives FACTOR; fixed costs make it lower, noise a little higher. Quadratic work gives FACTOR².
MAX_RATIO = FACTOR * 2.5


def _cost(function, text: str) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        function(text)
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


def _sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


units = strategies.dutch_text.filter(lambda text: len(text.strip()) >= 40)


@settings(max_examples=4)
@given(unit=units)
def test_detector_cost_is_linear(detector: Detector, unit: str) -> None:
    small, large = _sized(unit, SMALL), _sized(unit, SMALL * FACTOR)
    ratio = _cost(detector.analyze, large) / _cost(detector.analyze, small)
    assert ratio < MAX_RATIO, (ratio, unit[:200])


@settings(max_examples=4)
@given(unit=units, tag=st.sampled_from(["div", "p", "td", "span"]))
def test_html_extraction_cost_is_linear(unit: str, tag: str) -> None:
    piece = f"<{tag}>{unit.replace('<', ' ')}</{tag}>"
    small, large = _sized(piece, SMALL * 4), _sized(piece, SMALL * 4 * FACTOR)
    ratio = _cost(html_to_text, large) / _cost(html_to_text, small)
    assert ratio < MAX_RATIO, (ratio, unit[:200])
