"""Notebooks stay thin and are committed without outputs (CI executes them with nbmake: `make test`)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


def test_the_three_notebooks_exist() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01-explore-data.ipynb", "02-train-opinion.ipynb", "03-retrain-from-feedback.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_are_stripped_and_no_logic_is_defined(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        assert cell.outputs == [] and cell.execution_count is None
        lines = cell.source.splitlines()
        assert not [line for line in lines if line.lstrip().startswith(("def ", "class ", "lambda"))]
