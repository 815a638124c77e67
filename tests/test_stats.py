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


# -- compare_groups ------------------------------------------------------------------------------
def slow_compare(num_a, den_a, num_b, den_b, n_perm, seed):
    """Reference permutation p-value: shuffle group labels of the pooled articles one at a time."""
    rng = np.random.default_rng(seed)
    num = np.concatenate([num_a, num_b])
    den = np.concatenate([den_a, den_b])
    d0 = num_a.sum() / den_a.sum() - num_b.sum() / den_b.sum()
    hits = 0
    for _ in range(n_perm):
        perm = rng.permutation(len(num))
        a, b = perm[: len(num_a)], perm[len(num_a) :]
        d = num[a].sum() / den[a].sum() - num[b].sum() / den[b].sum()
        hits += abs(d) >= abs(d0) - 1e-12
    return (1 + hits) / (1 + n_perm)


@pytest.fixture
def two_outlets():
    rng = np.random.default_rng(5)
    rows = []
    for i in range(60):
        outlet = "X" if i < 30 else "Y"
        p = 0.8 if outlet == "X" else 0.3
        for _ in range(rng.integers(1, 5)):
            rows.append(
                {"doc_id": f"d{i}", "actor": "opp", "label": "rebels" if rng.random() < p else "terrorists"}
            )
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(61)], "outlet": ["X"] * 30 + ["Y"] * 30 + ["Z"]})
    return pd.DataFrame(rows), docs


def test_compare_groups_difference_ci_and_p(two_outlets):
    spans, docs = two_outlets
    t = stats.compare_groups(spans, docs, pairs=[("X", "Y")], n_boot=500, n_perm=500, seed=1)
    r = t[t.label == "rebels"].iloc[0]
    sx = spans[spans.doc_id.isin(docs.doc_id[:30])]
    sy = spans[spans.doc_id.isin(docs.doc_id[30:60])]
    share_x = (sx.label == "rebels").mean()
    share_y = (sy.label == "rebels").mean()
    assert r["diff"] == pytest.approx(share_x - share_y)
    assert r["ci_low"] < r["diff"] < r["ci_high"] and r["ci_low"] > 0
    assert r["p_value"] < 0.01 and r["q_value"] >= r["p_value"]
    assert (r["n_docs_a"], r["n_docs_b"]) == (30, 30)
    # Permutation p-value of a small case agrees with a slow reference within Monte Carlo error.
    counts = spans.assign(r=spans.label == "rebels").groupby("doc_id")["r"].agg(["sum", "size"])
    ids = docs.doc_id[:30], docs.doc_id[30:60]
    ref = slow_compare(
        counts.loc[ids[0], "sum"].to_numpy(float), counts.loc[ids[0], "size"].to_numpy(float),
        counts.loc[ids[1], "sum"].to_numpy(float), counts.loc[ids[1], "size"].to_numpy(float), 500, 2,
    )  # fmt: skip
    assert abs(ref - r["p_value"]) < 0.02


def test_compare_groups_null_case_and_empty_group(two_outlets):
    spans, docs = two_outlets
    t = stats.compare_groups(spans, docs, n_boot=200, n_perm=200, seed=0)
    assert len(t) == 2 * 3  # 2 labels x 3 pairs
    z = t[(t.outlet_b == "Z")]
    assert z["diff"].isna().all() and z["p_value"].isna().all() and (z["n_docs_b"] == 0).all()
    same = stats.compare_groups(
        spans.assign(label="rebels"), docs, pairs=[("X", "Y")], n_boot=200, n_perm=200
    )
    assert same["diff"].iloc[0] == 0 and same["p_value"].iloc[0] == 1.0
    again = stats.compare_groups(spans, docs, n_boot=200, n_perm=200, seed=0)
    pd.testing.assert_frame_equal(t, again)


def test_compare_groups_bad_input(two_outlets):
    spans, docs = two_outlets
    with pytest.raises(
        ValueError,
        match=r"`pairs` names the group 'W', which is not in the data; the groups are: 'X', 'Y', 'Z'\.",
    ):
        stats.compare_groups(spans, docs, pairs=[("X", "W")])
    with pytest.raises(ValueError, match=r"`n_perm` must be at least 100\. Got 5 instead\."):
        stats.compare_groups(spans, docs, n_perm=5)
    with pytest.raises(ValueError, match=r"`of` names a column that is not in the data \('lable'\)"):
        stats.compare_groups(spans, docs, of="lable")


def test_compare_groups_refuses_an_aggregate_table_in_one_sentence():
    docs = pd.DataFrame({"doc_id": list("ab"), "outlet": ["X", "Y"]})
    aggregate = pd.DataFrame({"outlet": ["X"], "actor": ["opp"], "label": ["rebels"], "share": [1.0]})
    with pytest.raises(
        ValueError,
        match=r"^`spans` must be a span table with one row per mention and a doc_id column, e\.g\. "
        r"fr\.find_labels\(corpus\); got outlet, actor, label, share\. .*not an aggregate",
    ):
        stats.compare_groups(aggregate, docs)


@pytest.mark.parametrize("seed, error", [("x", TypeError), (1.5, TypeError), (-1, ValueError)])
def test_a_bad_seed_is_named(seed, error):
    docs = pd.DataFrame({"doc_id": list("ab"), "outlet": ["X", "Y"]})
    spans = pd.DataFrame({"doc_id": list("ab"), "actor": "opp", "label": ["rebels", "terrorists"]})
    with pytest.raises(error, match=r"^`seed` must be"):
        stats.shares(spans, docs, of="label", seed=seed)
    with pytest.raises(error, match=r"^`seed` must be"):
        stats.compare_groups(spans, docs, seed=seed)
    with pytest.raises(
        TypeError, match=r"^`seed` must be a non-negative integer \(or a sequence of them\)\. Got 'x'"
    ):
        stats.bootstrap_ratio([1, 0], [1, 1], seed="x")
