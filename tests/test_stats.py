import numpy as np
import pandas as pd
import pytest

from framing import stats


def slow_bootstrap(num, den, n_boot, ci, seed):
    """Reference: resample articles one loop at a time with the same random stream."""
    rng = np.random.default_rng(seed)
    n = len(num)
    vals = []
    for _ in range(n_boot):
        idx = rng.integers(0, n, size=n)
        d = den[idx].sum()
        vals.append(num[idx].sum() / d if d > 0 else np.nan)
    a = (1 - ci) / 2
    return np.nanpercentile(vals, [100 * a, 100 * (1 - a)])


def test_bootstrap_matches_slow_reference():
    rng = np.random.default_rng(3)
    num = rng.poisson(2, 40).astype(float)
    den = num + rng.poisson(3, 40)
    fast = stats.bootstrap_ratio(num, den, n_boot=500, ci=0.9, seed=7)
    lo, hi = slow_bootstrap(num, den, 500, 0.9, 7)
    assert float(fast.estimate) == pytest.approx(num.sum() / den.sum())
    assert float(fast.ci_low) == pytest.approx(lo)
    assert float(fast.ci_high) == pytest.approx(hi)


def test_bootstrap_same_seed_same_result_and_2d():
    num = np.array([[1, 0], [0, 2], [3, 1], [1, 1]])
    den = num.sum(axis=1)
    a = stats.bootstrap_ratio(num, den, n_boot=200, seed=1)
    b = stats.bootstrap_ratio(num, den, n_boot=200, seed=1)
    assert np.array_equal(a.ci_low, b.ci_low)
    assert a.estimate.tolist() == pytest.approx([5 / 9, 4 / 9])


def test_bootstrap_zero_denominator_is_nan():
    r = stats.bootstrap_ratio([0, 0], [0, 0], n_boot=100)
    assert np.isnan(r.estimate) and np.isnan(r.ci_low)


def test_bootstrap_rejects_small_n_boot():
    with pytest.raises(ValueError, match=r"`n_boot` must be at least 100\. Got 10 instead\."):
        stats.bootstrap_ratio([1], [1], n_boot=10)


def test_fdr_bh_against_hand_values():
    p = [0.01, 0.02, 0.03, 0.04, 0.5, np.nan]
    # m=5: 0.05, 0.05, 0.05, 0.05, 0.5
    assert stats.fdr_bh(p)[:5].tolist() == pytest.approx([0.05, 0.05, 0.05, 0.05, 0.5])
    assert np.isnan(stats.fdr_bh(p)[5])


@pytest.fixture
def docs():
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "outlet": ["X", "X", "Y", "Z"],
            "date": pd.to_datetime(["2024-11-27", "2024-12-05", "2024-11-28", "2024-11-29"]),
        }
    )


def test_shares_counts_and_empty_group(docs):
    spans = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c"],
            "actor": ["opp", "opp", "opp", "opp"],
            "label": ["rebels", "terrorists", "rebels", "rebels"],
        }
    )
    out = stats.shares(
        spans,
        docs,
        of="label",
        within="actor",
        n_boot=200,
        categories={"opp": ["rebels", "terrorists", "jihadists"]},
    )
    x = out[(out.outlet == "X")].set_index("label")
    assert x.loc["rebels", "count"] == 2 and x.loc["rebels", "total"] == 3
    assert x.loc["rebels", "share"] == pytest.approx(2 / 3)
    assert x.loc["jihadists", "count"] == 0
    assert x.loc["rebels", "n_docs"] == 2
    z = out[out.outlet == "Z"]
    assert len(z) == 3 and z["count"].sum() == 0 and z["share"].isna().all()
    assert list(out.columns) == [
        "outlet",
        "actor",
        "label",
        "count",
        "total",
        "share",
        "ci_low",
        "ci_high",
        "n_docs",
    ]


def test_shares_by_period_grouper(docs):
    spans = pd.DataFrame({"doc_id": ["a", "b"], "label": ["r", "t"]})
    out = stats.shares(spans, docs, of="label", by=["outlet", pd.Grouper(key="date", freq="W")], n_boot=100)
    assert set(out.columns[:2]) == {"outlet", "date"}
    assert out[(out.outlet == "X")]["count"].tolist() == [1, 0, 0, 1]


def test_rates_per_thousand(docs):
    spans = pd.DataFrame({"doc_id": ["a", "a", "c"]})
    out = stats.rates(spans, docs, denominator=np.array([100, 100, 50, 10]), scale=1000, n_boot=100)
    x = out.set_index("outlet")
    assert x.loc["X", "rate"] == pytest.approx(2 / 200 * 1000)
    assert x.loc["Y", "rate"] == pytest.approx(20.0)
    assert x.loc["Z", "count"] == 0


def test_group_codes_missing_column_error(docs):
    with pytest.raises(
        ValueError, match=r"`by` names a column that is not in the data \('outlett'\).*Pass by='outlet'"
    ):
        stats.group_codes(docs, "outlett")
