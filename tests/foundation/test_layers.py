"""The layers hold: recognizers/ is a leaf, detector/ needs neither training/ nor api/, and `lakmoes analyze`
loads only what it uses (checked in a fresh interpreter's ``sys.modules``)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imported_packages(path: Path) -> set[str]:
    """Top-level packages a module imports, at module level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(
    ("package", "forbidden", "allowed_files"),
    [
        ("recognizers", {"detector", "training", "api"}, set()),
        ("detector", {"training", "api"}, {"detector/cli.py"}),
    ],
)
def test_imports_run_one_way(package: str, forbidden: set[str], allowed_files: set[str]) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_packages(path) & forbidden)
        for path in (ROOT / package).rglob("*.py")
        if str(path.relative_to(ROOT)) not in allowed_files and _imported_packages(path) & forbidden
    }
    assert offenders == {}


def _modules_after(argv: list[str], stdin: str = "") -> set[str]:
    """The modules loaded after running ``lakmoes argv`` in a fresh interpreter."""
    script = (
        "import sys, json\n"
        "from detector.cli import app\n"
        f"sys.argv = ['lakmoes', *{argv!r}]\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_analyze_loads_neither_the_api_nor_training() -> None:
    loaded = _modules_after(["analyze", "-", "--json"], "Geachte heer Jansen, bel mij op 06-12345678.")
    assert "detector.detector" in loaded and "presidio_analyzer" in loaded  # it did analyse
    unwanted = {m for m in loaded if m.split(".")[0] in {"fastapi", "sqlalchemy", "api", "training", "uvicorn"}}
    assert unwanted == set()


def test_a_training_command_loads_its_package_on_demand() -> None:
    loaded = _modules_after(["evaluate", "--help"])
    assert "training.eval_cli" in loaded and "fastapi" not in loaded
