"""Shared fixtures: seeded randomness, closed figures, and the path to the shared real data."""

from __future__ import annotations

import os
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (the suite is a gate: a run must not pass or
# fail by luck). `HYPOTHESIS_PROFILE=explore python -m pytest` searches with fresh random draws.
settings.register_profile("framing", derandomize=True, print_blob=True)
settings.register_profile("explore", max_examples=500, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "framing"))

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))


def shared_path(*parts: str) -> Path:
    """Path inside the shared real data; skips the test with a reason when it is absent."""
    p = SHARED_DATA.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared real data not available at {p} (set FRAMING_SHARED_DATA)")
    return p


@pytest.fixture(autouse=True)
def _seed_and_close():
    random.seed(0)
    np.random.seed(0)
    yield
    try:
        import matplotlib.pyplot as plt

        plt.close("all")
    except ImportError:  # pragma: no cover
        pass


@pytest.fixture(scope="session")
def aleppo():
    import framing as fr

    if "aleppo-2024" not in fr.datasets.available():
        pytest.skip("the aleppo-2024 corpus is not bundled in this checkout")
    return fr.datasets.load("aleppo-2024")
