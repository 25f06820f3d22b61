"""A 200-page PDF is extracted, analysed and (partly) redacted within a bounded amount of memory.

Measured in a child process (peak RSS per phase, Linux VmHWM), not timed: see memory_probe.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_200_pages_in_bounded_memory() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "tests.formats.memory_probe", "200", "10"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    numbers = json.loads(completed.stdout.strip().splitlines()[-1])
    assert numbers["pages"] == 200
    assert numbers["suggestions"] == 200 * 45
    # Per character: 4 float32 box coordinates + an int32 line number = 20 bytes.
    assert numbers["layout_mb"] == pytest.approx(numbers["chars"] * 20 / 2**20, rel=0.01)
    assert numbers["extract_growth_mb"] < 100
    assert numbers["peak_mb"] - numbers["after_load_mb"] < 200
