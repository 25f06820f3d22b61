"""Cost grows linearly with the input: analysing a text eight times as long costs at most ~8 times as much.

Checked as a ratio of CPU times (best of three, so other processes on the machine do not count), never as
seconds: a quadratic step would give a ratio near 64.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detector import Detector
from detector.extract.html import html_to_text
from tests.fuzz import strategies
from training.cost import cpu_seconds

SMALL = 6_000
FACTOR = 8
# Linear work gives FACTOR; fixed costs make it lower, noise a little higher. Quadratic work gives FACTOR².
MAX_RATIO = FACTOR * 2.5


def _sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


units = strategies.dutch_text.filter(lambda text: len(text.strip()) >= 40)


@settings(max_examples=4)
@given(unit=units)
def test_detector_cost_is_linear(detector: Detector, unit: str) -> None:
    small, large = _sized(unit, SMALL), _sized(unit, SMALL * FACTOR)
    ratio = cpu_seconds(detector.analyze, large, repeat=3) / cpu_seconds(detector.analyze, small, repeat=3)
    assert ratio < MAX_RATIO, (ratio, unit[:200])


@settings(max_examples=4)
@given(unit=units, tag=st.sampled_from(["div", "p", "td", "span"]))
def test_html_extraction_cost_is_linear(unit: str, tag: str) -> None:
    piece = f"<{tag}>{unit.replace('<', ' ')}</{tag}>"
    small, large = _sized(piece, SMALL * 4), _sized(piece, SMALL * 4 * FACTOR)
    ratio = cpu_seconds(html_to_text, large, repeat=3) / cpu_seconds(html_to_text, small, repeat=3)
    assert ratio < MAX_RATIO, (ratio, unit[:200])
