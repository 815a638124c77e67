"""The README's tour runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def tour_code() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## A short tour", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks, "the README's 'A short tour' section has no python block"
    return blocks[0]  # the first block is the runnable tour; later ones show the user's own files


def test_readme_keeps_the_two_commands_at_the_top():
    head = README.read_text(encoding="utf-8").split("## ", 1)[0]
    assert "pip install . && framing report aleppo-2024 -o report.html" in head
    assert 'pip install -e ".[test]" && python -m pytest -q' in head


@pytest.mark.slow
def test_readme_tour_runs(tmp_path, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.chdir(tmp_path)  # the tour writes report.html into the working directory
    namespace: dict = {}
    exec(compile(tour_code(), "README.md (A short tour)", "exec"), namespace)
    assert (tmp_path / "report.html").stat().st_size > 10_000
    assert namespace["naming"]["share"].notna().any()
    assert "Computed with framing" in namespace["fr"].provenance(namespace["naming"])
