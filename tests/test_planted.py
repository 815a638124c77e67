"""The bundled teaching corpus: the library recovers the framing planted in it (planted.yaml).

Naming is checked in tests/test_labels.py; sourcing in this file once speaker categories land.
Levels (low/medium/high) are relative, so they are checked as orderings of outlet means.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import framing as fr
from tests.conftest import planted_top_speakers

LEVEL = {"low": 0, "medium": 1, "high": 2}


@pytest.fixture(scope="module")
def clean_aleppo(aleppo):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fr.FramingWarning)
        return aleppo.clean().dedupe()


@pytest.fixture(scope="module")
def key():
    return fr.datasets.answer_key("aleppo-2024")["outlets"]


def level_means(values: pd.Series, key: dict, field: str) -> dict[int, float]:
    levels = values.index.map(lambda o: LEVEL[key[o][field]])
    return values.groupby(levels).mean().to_dict()


def test_cleaning_and_dedupe_find_the_planted_boilerplate_and_copies(aleppo, clean_aleppo):
    report = clean_aleppo.report["clean"]
    assert set(report.loc[report.kind == "boilerplate", "outlet"]) == set(aleppo.docs.outlet)
    removed = set(clean_aleppo.report["dedupe"]["doc_id"])
    assert removed == {d for d in aleppo.docs.doc_id if d.endswith("-syndicated")}
    for text in clean_aleppo.docs.text:
        assert "All rights reserved" not in text and "Download the Meridian app" not in text


def test_hedge_levels_are_ordered(clean_aleppo, key):
    rates = fr.hedge_rates(clean_aleppo, n_boot=100)
    per_outlet = rates[(rates.family == "all") & (rates.unit == "per_1000_words")].set_index("outlet")["rate"]
    means = level_means(per_outlet, key, "hedge_level")
    assert means[LEVEL["low"]] < means[LEVEL["medium"]] < means[LEVEL["high"]]
    # Every high-hedging outlet hedges more than every low-hedging one, beyond the CIs.
    table = rates[(rates.family == "all") & (rates.unit == "per_1000_words")].set_index("outlet")
    highs = [o for o in table.index if key[o]["hedge_level"] == "high"]
    lows = [o for o in table.index if key[o]["hedge_level"] == "low"]
    assert min(table.loc[highs, "ci_low"]) > max(table.loc[lows, "ci_high"])


def test_agentless_levels_are_ordered(clean_aleppo, key):
    rates = fr.agency_rates(clean_aleppo, n_boot=100)
    share = rates[rates.agency == "agentless"].set_index("outlet")["share"]
    means = level_means(share, key, "agentless_level")
    assert means[LEVEL["low"]] < means[LEVEL["medium"]] < means[LEVEL["high"]]
    lows = [o for o in share.index if key[o]["agentless_level"] == "low"]
    highs = [o for o in share.index if key[o]["agentless_level"] == "high"]
    assert max(share[lows]) < min(share[highs])


def test_sourcing_planted(aleppo):
    key = fr.datasets.answer_key("aleppo-2024")["outlets"]
    corpus = aleppo.clean().dedupe()
    share = fr.source_share(fr.extract_quotes(corpus, lexicon="syria", progress=False), n_boot=100)
    known = share[share.speaker_category != "unknown"]
    for outlet, planted in key.items():
        rows = known[known.outlet == outlet].sort_values(
            ["count", "speaker_category"], ascending=[False, True]
        )
        assert len(rows), outlet
        top = rows.iloc[0]
        assert top.speaker_category == planted["top_speaker_category"], (
            outlet,
            rows[["speaker_category", "count"]],
        )
        # The planted category leads by a clear count, not by a tie.
        assert top["count"] > rows.iloc[1]["count"], outlet


def test_sourcing_planted_in_high_precision_mode(aleppo):
    """The planted answers above are tested in the default precision="standard". What "high" (the
    fourteenth pass' allowlist, no exception for the answer key) gives, stated here: 6 of the 8
    planted top categories. The Damascus Herald's planted official rests on "officials" and
    "minister", triggers with too few or too imperfect dev rows, so it drops to a tie of small counts;
    at Meridian News Network ngo overtakes the planted civilian ("residents" is not a proven trigger)."""
    key = fr.datasets.answer_key("aleppo-2024")["outlets"]
    top = {outlet: cat for outlet, (cat, _) in planted_top_speakers(aleppo, "high").items()}
    recovered = sorted(o for o in key if top[o] == key[o]["top_speaker_category"])
    assert sorted(set(key) - set(recovered)) == ["Meridian News Network", "The Damascus Herald"]
    assert top["Meridian News Network"] == "ngo"
