"""The tutorial notebooks run top to bottom on the bundled corpus and are committed without outputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 120  # seconds per cell; each whole notebook takes well under a minute

nbformat = pytest.importorskip("nbformat")


def test_the_five_tutorials_are_there():
    names = [p.name for p in NOTEBOOKS]
    for prefix in ("01_quickstart", "02_naming", "03_sourcing", "04_classifiers", "05_lesson"):
        assert any(n.startswith(prefix) for n in names), f"no notebook starting with {prefix!r} in {names}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    import json

    raw = json.loads(path.read_text(encoding="utf-8"))
    missing = [i for i, cell in enumerate(raw["cells"]) if not cell.get("id")]
    assert not missing, f"{path.name}: cells {missing} have no id (nbformat 4.5 needs one per cell)"
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a code cell has outputs; strip them before committing"
            assert cell.execution_count is None, f"{path.name}: a code cell has an execution count"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path, monkeypatch):
    pytest.importorskip("ipykernel")
    nbclient = pytest.importorskip("nbclient")
    if path.name.startswith("04_"):
        pytest.importorskip("framing.models", reason="framing.models is not in this checkout")
    # The kernel imports this checkout of framing and runs in a scratch folder, so files the
    # notebooks write (the report, a CSV, a saved model) never land in the repository.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on the first error
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "error"
    ]
    assert errors == []
    assert all(c.execution_count is not None for c in nb.cells if c.cell_type == "code")
