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


def planted_top_speakers(corpus, precision: str) -> dict:
    """Outlet -> (top speaker category, its count) of the aleppo-2024 corpus (cleaned and
    de-duplicated) with ``fr.extract_quotes(..., lexicon="syria", precision=precision)``, ``unknown``
    left out and ties broken by name, for the answer-key tests of the precision modes."""
    import framing as fr

    key = fr.datasets.answer_key("aleppo-2024")["outlets"]
    quotes = fr.extract_quotes(corpus.clean().dedupe(), lexicon="syria", precision=precision, progress=False)
    share = fr.source_share(quotes, n_boot=100)
    known = share[share.speaker_category != "unknown"]
    top = {}
    for outlet in key:
        rows = known[known.outlet == outlet].sort_values(
            ["count", "speaker_category"], ascending=[False, True]
        )
        top[outlet] = (rows.iloc[0]["speaker_category"], rows.iloc[0]["count"])
    return top


def lexicon_annotation(name: str):
    """A judged sample of the lexicon-precision benchmark (``benchmarks/annotations/<name>``)."""
    import pandas as pd

    return pd.read_csv(ROOT / "benchmarks" / "annotations" / name, comment="#")


CUE_KEY = ["doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]
SPEAKER_KEY = ["doc_id", "speaker_start", "speaker_end", "speaker_category"]


def assert_judged_rows_produced(*, cues=(), speakers=(), precision: str = "standard") -> None:
    """Every judged row of the AllSides annotation frames ``cues`` and ``speakers`` is still
    produced by ``fr.extract_quotes(..., precision=precision)`` with the same offsets and
    stance or category, so the precision recorded for the sample describes this code."""
    import pandas as pd

    import framing as fr

    shared_path("allsides", "media_train.jsonl.gz")
    samples = [(ann, CUE_KEY) for ann in cues] + [(ann, SPEAKER_KEY) for ann in speakers]
    ids = set().union(*(set(ann["doc_id"]) for ann, _ in samples))
    parts = []
    for split in ("train", "valid"):
        df = pd.read_json(shared_path("allsides", f"media_{split}.jsonl.gz"), lines=True)
        parts.append(df[df["ID"].isin(ids)])
    docs = pd.concat(parts, ignore_index=True).drop_duplicates("ID")
    corpus = fr.Corpus.from_dataframe(docs, text="text", outlet="source", doc_id="ID")
    q = fr.extract_quotes(corpus, precision=precision, progress=False)
    for ann, key in samples:
        now = q[key].drop_duplicates().assign(produced=True)
        merged = ann.merge(now, on=key, how="left")
        assert merged["produced"].notna().all(), key[-1]
