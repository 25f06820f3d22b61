"""Using the library configures no logging and prints nothing on stdout (deduce's import would do both)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import logging, sys
from detector import Detector
Detector().analyze("Geachte heer Jansen, u woont in Almere.")
assert "deduce" not in sys.modules, "deduce imported: its import calls logging.basicConfig(stdout, DEBUG)"
assert not logging.getLogger().handlers, "library code configured the root logger"
"""


def test_detector_leaves_logging_and_stdout_alone() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == ""
