"""Statistics over articles: cluster bootstrap of ratios of sums, grouped shares and rates, FDR.

Words and spans cluster in articles, so every interval here resamples *articles* (the clusters),
never tokens or spans: a share is the ratio of two sums over the articles of a group, and its
percentile interval comes from resampling those articles with replacement (Efron & Tibshirani
1993, ch. 13; Field & Welsh 2007 on the cluster bootstrap).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from framing._validation import check_int, check_probability, column_error
from framing.provenance import attach

__all__ = [
    "BootstrapResult",
    "bootstrap_ratio",
    "compare_groups",
    "fdr_bh",
    "group_codes",
    "rates",
    "resample_counts",
    "shares",
]

# Largest resample-by-document count matrix built at once (entries); larger jobs are batched.
_MAX_CELLS = 20_000_000


class BootstrapResult(NamedTuple):
    """Point estimate and percentile interval, arrays of the numerator's trailing shape."""

    estimate: np.ndarray
    ci_low: np.ndarray
    ci_high: np.ndarray


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def resample_counts(rng: np.random.Generator, n: int, size: int) -> np.ndarray:
    """How often each of ``n`` articles is drawn in each of ``size`` bootstrap resamples.

    Returns a float array of shape (size, n) whose rows sum to ``n``; ``counts @ x`` gives the
    resampled sums of a per-article quantity ``x``. Shared by every cluster bootstrap of the
    library so that they draw the same resamples from the same seed.

    Examples
    --------
    >>> resample_counts(np.random.default_rng(0), 4, 2).sum(axis=1).tolist()
    [4.0, 4.0]
    """
    # int32 draws give the same values as int64 ones for the same generator (numpy draws
    # bounded integers below 2**32 from 32-bit words either way) and halve the memory traffic.
    dtype = np.int32 if size * n < 2**31 else np.int64
    idx = rng.integers(0, n, size=(size, n), dtype=dtype)
    idx += (np.arange(size, dtype=dtype) * n)[:, None]
    return np.bincount(idx.ravel(), minlength=size * n).reshape(size, n).astype(np.float64)


def bootstrap_ratio(
    numerator: Any,
    denominator: Any,
    *,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | Sequence[int] = 0,
) -> BootstrapResult:
    """Cluster-bootstrap percentile interval for a ratio of sums, ``sum(num) / sum(den)``.

    Rows are clusters (articles). Each of ``n_boot`` resamples draws ``n`` articles with
    replacement; the statistic is recomputed from the resampled sums. All columns of a 2-D
    numerator share the same resamples, so shares of one actor's labels stay consistent.

    Parameters
    ----------
    numerator : array-like, shape (n,) or (n, k)
        Per-article counts (e.g. mentions of one label).
    denominator : array-like, shape (n,) or (n, k)
        Per-article totals (e.g. mentions of all labels of the actor, or words).
    n_boot : int, default 1000
        Number of resamples; at least 100.
    ci : float, default 0.95
        Coverage of the percentile interval.
    seed : int or sequence of int, default 0
        Seed for :func:`numpy.random.default_rng`; the same seed gives the same interval.

    Returns
    -------
    BootstrapResult
        ``estimate``, ``ci_low``, ``ci_high``: arrays of shape () or (k,). NaN where the
        denominator sums to zero; resamples with a zero denominator are left out of the interval.

    Notes
    -----
    Vectorised: the resamples are a (n_boot x n) matrix of article counts ``C`` and the resampled
    sums are ``C @ num`` and ``C @ den``, batched to bound memory. 1,000 resamples of 10,000
    articles take a fraction of a second.

    Examples
    --------
    >>> r = bootstrap_ratio([1, 0, 2, 1], [2, 1, 2, 3], n_boot=200, seed=1)
    >>> float(r.estimate)
    0.5
    """
    n_boot = check_int("n_boot", n_boot, minimum=100)
    ci = check_probability("ci", ci)
    num = np.asarray(numerator, dtype=np.float64)
    den = np.asarray(denominator, dtype=np.float64)
    squeeze = num.ndim == 1
    if squeeze:
        num = num[:, None]
    if den.ndim == 1:
        den = den[:, None]
    if num.ndim != 2 or den.shape[0] != num.shape[0] or den.shape[1] not in (1, num.shape[1]):
        raise ValueError(
            f"`denominator` must have one row per article like `numerator` ({num.shape[0]} rows) "
            f"and 1 or {num.shape[1]} columns. Got shape {den.shape} instead."
        )
    n, k = num.shape
    est = _ratio(num.sum(axis=0), den.sum(axis=0))
    low = np.full(k, np.nan)
    high = np.full(k, np.nan)
    if n > 0:
        try:
            rng = np.random.default_rng(seed)
        except (TypeError, ValueError):
            raise TypeError(
                f"`seed` must be a non-negative integer (or a sequence of them). Got {seed!r} instead; "
                "pass e.g. seed=0."
            ) from None
        stats = _resampled_ratios(num, den, n_boot, rng)
        alpha = (1.0 - ci) / 2.0
        finite = ~np.isnan(stats)
        ok = finite.any(axis=0)
        if ok.any():
            q = np.nanpercentile(stats[:, ok], [100 * alpha, 100 * (1 - alpha)], axis=0)
            low[ok], high[ok] = q[0], q[1]
    low = np.where(np.isnan(est), np.nan, low)
    high = np.where(np.isnan(est), np.nan, high)
    if squeeze:
        return BootstrapResult(est[0], low[0], high[0])
    return BootstrapResult(est, low, high)


def _resampled_ratios(num: np.ndarray, den: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """``n_boot`` x k ratios of sums over resamples (with replacement) of the n rows."""
    n, k = num.shape
    stats = np.empty((n_boot, k))
    batch = max(1, _MAX_CELLS // max(n, 1))
    for b0 in range(0, n_boot, batch):
        b = min(batch, n_boot - b0)
        counts = resample_counts(rng, n, b)
        stats[b0 : b0 + b] = _ratio(counts @ num, counts @ den)
    return stats


def fdr_bh(pvalues: Any) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values); NaN p-values stay NaN.

    Notes
    -----
    ``q_(i) = min_{j >= i} min(1, m p_(j) / j)`` over the sorted p-values (Benjamini & Hochberg
    1995), with ``m`` the number of non-missing p-values.

    Examples
    --------
    >>> fdr_bh([0.01, 0.04, 0.03]).round(3).tolist()
    [0.03, 0.04, 0.04]
    """
    p = np.asarray(pvalues, dtype=np.float64)
    q = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return q
    pv = p[ok]
    order = np.argsort(pv, kind="mergesort")
    ranked = pv[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[ok] = out
    return q


def _by_list(by: Any) -> list[Any]:
    if by is None:
        return []
    if isinstance(by, (str, pd.Grouper)):
        return [by]
    return list(by)


def group_codes(docs: pd.DataFrame, by: Any) -> tuple[np.ndarray, pd.DataFrame]:
    """Map each document to its group.

    Parameters
    ----------
    docs : DataFrame
        The corpus table.
    by : str, pandas.Grouper, list of them, or None
        Grouping column(s); a ``pd.Grouper(key="date", freq="W")`` groups by period. None puts
        every document in one group.

    Returns
    -------
    codes : ndarray of int, one per document
    keys : DataFrame, one row per group, columns named as ``by`` names them
    """
    by_list = _by_list(by)
    for b in by_list:
        key = b.key if isinstance(b, pd.Grouper) else b
        if not isinstance(key, Hashable) or key not in docs.columns:
            raise column_error("by", str(key), list(docs.columns))
    if not by_list:
        return np.zeros(len(docs), dtype=np.int64), pd.DataFrame(index=range(1))
    g = docs.groupby(by_list, sort=True, dropna=False, observed=True)
    codes = g.ngroup().to_numpy(dtype=np.int64)
    keys = g.size().index.to_frame(index=False)
    return codes, keys


def _group_ratio_rows(
    num: np.ndarray,
    den: np.ndarray,
    codes: np.ndarray,
    n_groups: int,
    *,
    n_boot: int,
    ci: float,
    seed: int,
) -> dict[str, np.ndarray]:
    """Per group and column: count, total, ratio, CI, n_docs (articles with total > 0)."""
    seed = check_int("seed", seed, minimum=0)
    k = num.shape[1]
    out = {
        name: np.full((n_groups, k), np.nan)
        for name in ("count", "total", "share", "ci_low", "ci_high", "n_docs")
    }
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(n_groups + 1))
    for g in range(n_groups):
        rows = order[bounds[g] : bounds[g + 1]]
        gn, gd = num[rows], den[rows]
        gd_full = np.broadcast_to(gd, gn.shape)
        res = bootstrap_ratio(gn, gd, n_boot=n_boot, ci=ci, seed=[seed, g])
        out["count"][g] = gn.sum(axis=0)
        out["total"][g] = gd_full.sum(axis=0)
        out["share"][g] = res.estimate
        out["ci_low"][g] = res.ci_low
        out["ci_high"][g] = res.ci_high
        out["n_docs"][g] = (gd_full > 0).sum(axis=0)
    return out


def shares(
    spans: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    of: str | Sequence[str],
    by: Any = "outlet",
    within: str | None = None,
    categories: dict[Any, Sequence[Any]] | Sequence[Any] | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Share of each category among the spans of a group, with article-level bootstrap CIs.

    Parameters
    ----------
    spans : DataFrame
        A span table with ``doc_id`` and the ``of`` (and ``within``) columns.
    docs : DataFrame
        The corpus table (``doc_id`` and the ``by`` columns); every document counts, including
        those with no span, so a group without spans gets rows with count 0 and NaN share.
    of : str
        The category column (e.g. ``"label"``, ``"speaker_category"``).
    by : str, Grouper or list, default "outlet"
        Grouping of documents.
    within : str, optional
        A column that partitions the categories (e.g. ``"actor"``): shares are computed among the
        spans with the same ``within`` value.
    categories : sequence, or dict from ``within`` value to sequence, optional
        All categories to report, including those never seen (count 0). Default: those observed.
    ci, n_boot, seed
        Interval coverage, resamples and seed, as in :func:`bootstrap_ratio`.

    Returns
    -------
    DataFrame
        Columns: the ``by`` columns, ``within`` (if given), ``of``, ``count``, ``total``,
        ``share``, ``ci_low``, ``ci_high``, ``n_docs`` (articles of the group with at least one
        span of that ``within`` value).
    """
    codes, keys = group_codes(docs, by)
    doc_index = pd.Index(docs["doc_id"])
    n_docs = len(docs)
    parts = []
    if within is None:
        blocks: list[tuple[Any, pd.DataFrame]] = [(None, spans)]
    else:
        if isinstance(categories, dict):
            wanted = list(categories)
        else:
            wanted = sorted(spans[within].dropna().unique().tolist(), key=str)
        blocks = [(w, spans[spans[within] == w]) for w in wanted]
    for w, block in blocks:
        if isinstance(categories, dict):
            cats = list(categories.get(w, []))
        elif categories is not None:
            cats = list(categories)
        else:
            cats = []
        seen = block[of].dropna().unique().tolist()
        cats = cats + sorted((c for c in seen if c not in cats), key=str)
        if not cats:
            continue
        cat_index = pd.Index(cats)
        rows = doc_index.get_indexer(block["doc_id"])
        cols = cat_index.get_indexer(block[of])
        ok = (rows >= 0) & (cols >= 0)
        num = np.zeros((n_docs, len(cats)))
        np.add.at(num, (rows[ok], cols[ok]), 1.0)
        den = num.sum(axis=1, keepdims=True)
        res = _group_ratio_rows(num, den, codes, len(keys), n_boot=n_boot, ci=ci, seed=seed)
        for j, cat in enumerate(cats):
            part = keys.copy()
            if within is not None:
                part[within] = w
            part[of] = cat
            for name, arr in res.items():
                part[name] = arr[:, j]
            parts.append(part)
    cols_out = [
        *keys.columns,
        *([within] if within else []),
        of,
        "count",
        "total",
        "share",
        "ci_low",
        "ci_high",
        "n_docs",
    ]
    if not parts:
        return pd.DataFrame(columns=cols_out)
    out = pd.concat(parts, ignore_index=True)
    for c in ("count", "total", "n_docs"):
        out[c] = out[c].astype(np.int64)
    sort_cols = [*keys.columns, *([within] if within else [])]
    if sort_cols:
        out = out.sort_values(sort_cols, kind="stable", ignore_index=True)
    return out[cols_out]


def rates(
    spans: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    denominator: pd.Series | np.ndarray,
    of: str | None = None,
    by: Any = "outlet",
    categories: Sequence[Any] | None = None,
    scale: float = 1.0,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Spans per unit of a per-document denominator (words, sentences), with bootstrap CIs.

    Parameters
    ----------
    spans : DataFrame
        Span table with ``doc_id`` (and ``of``).
    docs : DataFrame
        The corpus table.
    denominator : Series or array, one value per document of ``docs`` (in its order)
        E.g. word counts. Rate = sum(count) / sum(denominator) * scale.
    of : str, optional
        Category column: one rate per category; None counts all spans together.
    scale : float, default 1.0
        E.g. 1000 for a rate per 1,000 words.

    Returns
    -------
    DataFrame
        Columns: the ``by`` columns, ``of`` (if given), ``count``, ``total`` (the summed
        denominator), ``rate``, ``ci_low``, ``ci_high`` (all scaled), ``n_docs`` (documents in
        the group with a positive denominator).
    """
    codes, keys = group_codes(docs, by)
    doc_index = pd.Index(docs["doc_id"])
    den = np.asarray(denominator, dtype=np.float64)
    if den.shape != (len(docs),):
        raise ValueError(
            f"`denominator` must have one value per document ({len(docs)}). Got shape {den.shape}."
        )
    if of is None:
        cats: list[Any] = [None]
        cols = np.zeros(len(spans), dtype=np.int64)
    else:
        cats = list(categories) if categories is not None else []
        cats += sorted((c for c in spans[of].dropna().unique() if c not in cats), key=str)
        cols = pd.Index(cats).get_indexer(spans[of]) if cats else np.zeros(0, dtype=np.int64)
    rows = doc_index.get_indexer(spans["doc_id"])
    ok = (rows >= 0) & (cols >= 0)
    num = np.zeros((len(docs), max(len(cats), 1)))
    np.add.at(num, (rows[ok], cols[ok]), 1.0)
    res = _group_ratio_rows(num, den[:, None], codes, len(keys), n_boot=n_boot, ci=ci, seed=seed)
    parts = []
    for j, cat in enumerate(cats):
        part = keys.copy()
        if of is not None:
            part[of] = cat
        part["count"] = res["count"][:, j].astype(np.int64)
        part["total"] = res["total"][:, j]
        part["rate"] = res["share"][:, j] * scale
        part["ci_low"] = res["ci_low"][:, j] * scale
        part["ci_high"] = res["ci_high"][:, j] * scale
        part["n_docs"] = res["n_docs"][:, j].astype(np.int64)
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    if len(keys.columns):
        out = out.sort_values(list(keys.columns), kind="stable", ignore_index=True)
    return out


def _pair_permutation_diffs(
    num: np.ndarray, den: np.ndarray, n_a: int, n_perm: int, rng: np.random.Generator
) -> np.ndarray:
    """``n_perm`` x k differences of ratios after shuffling which rows belong to group a."""
    m, k = num.shape
    out = np.empty((n_perm, k))
    batch = max(1, _MAX_CELLS // max(m, 1))
    base = np.zeros(m)
    base[:n_a] = 1.0
    tot_num = num.sum(axis=0)
    tot_den = den.sum(axis=0)
    for b0 in range(0, n_perm, batch):
        b = min(batch, n_perm - b0)
        member = rng.permuted(np.broadcast_to(base, (b, m)), axis=1)
        na, da = member @ num, member @ den
        out[b0 : b0 + b] = _ratio(na, da) - _ratio(tot_num - na, tot_den - da)
    return out


def compare_groups(
    spans: pd.DataFrame,
    corpus: Any,
    *,
    of: str = "label",
    within: str | None = "actor",
    by: Any = "outlet",
    categories: dict[Any, Sequence[Any]] | Sequence[Any] | None = None,
    pairs: Sequence[tuple[Any, Any]] | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    n_perm: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Pairwise differences of shares between groups, with bootstrap CIs, permutation p-values
    and Benjamini-Hochberg q-values, all at the article level.

    It takes the span table (not an aggregate) because both the interval and the test resample
    whole articles, which needs each article's counts.

    Parameters
    ----------
    spans : DataFrame
        A span table with ``doc_id``, ``of`` and ``within`` columns, e.g. from
        :func:`framing.find_labels` (filter it first for one voice: ``spans[~spans.in_quote]``).
    corpus : Corpus or DataFrame
        The corpus (or its ``docs`` table) the spans come from; it defines the groups.
    of : str, default "label"
        The category column.
    within : str or None, default "actor"
        The column that partitions categories (shares are among the spans of one actor).
    by : str, Grouper or list, default "outlet"
        The grouping; one row per pair of groups.
    categories : sequence or dict from ``within`` value to sequence, optional
        Categories to report (default: those observed).
    pairs : list of (group, group), optional
        Only these pairs (group values as in ``by``; tuples for several ``by`` columns). Default:
        every pair of groups, in sorted order.
    ci : float, default 0.95
        Coverage of the bootstrap interval of the difference.
    n_boot, n_perm : int, default 1000
        Bootstrap resamples and permutations (each at least 100).
    seed : int, default 0
        Seed; the same seed gives the same table.

    Returns
    -------
    DataFrame
        One row per (``within`` value, category, pair): ``within``, ``of``, the ``by`` columns
        suffixed ``_a`` and ``_b`` (e.g. ``outlet_a``, ``outlet_b``), ``share_a``, ``share_b``,
        ``diff`` (share_a - share_b), ``ci_low``, ``ci_high`` (percentile interval of the
        difference), ``p_value`` (two-sided permutation test), ``q_value`` (BH over all rows),
        ``n_docs_a``, ``n_docs_b`` (articles with at least one span of that ``within`` value).
        ``diff`` and the statistics are NaN when a group has no such span.

    Notes
    -----
    Each share is a ratio of sums over articles. The interval resamples the articles of each
    group independently with replacement (cluster bootstrap; Field & Welsh 2007). The p-value
    shuffles the group membership of the pooled articles of the pair (articles without a span
    of that ``within`` value add nothing to either sum and are left out):
    ``p = (1 + #{|d*| >= |d|}) / (1 + n_perm)`` (Phipson & Smyth 2010). q-values follow
    Benjamini & Hochberg (1995) over every row of the table.

    References
    ----------
    Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery rate. JRSS B, 57(1).
    Field, C. A., & Welsh, A. H. (2007). Bootstrapping clustered data. JRSS B, 69(3).
    Phipson, B., & Smyth, G. K. (2010). Permutation p-values should never be zero. SAGMB 9(1).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"]})
    >>> spans = pd.DataFrame({"doc_id": list("abcd"), "actor": "opp",
    ...                       "label": ["rebels", "rebels", "terrorists", "rebels"]})
    >>> t = compare_groups(spans, docs, n_boot=200, n_perm=200)
    >>> t.loc[t.label == "rebels", ["outlet_a", "outlet_b", "diff"]].values.tolist()
    [['X', 'Y', 0.5]]
    """
    docs = corpus.docs if hasattr(corpus, "docs") else corpus
    if not isinstance(docs, pd.DataFrame) or "doc_id" not in docs.columns:
        raise TypeError(
            "`corpus` must be a Corpus or its docs table (a DataFrame with doc_id and the `by` "
            f"columns). Got {type(corpus).__name__} instead."
        )
    if not isinstance(spans, pd.DataFrame) or "doc_id" not in spans.columns:
        cols = ", ".join(map(str, getattr(spans, "columns", []))) or type(spans).__name__
        raise ValueError(
            "`spans` must be a span table with one row per mention and a doc_id column, e.g. "
            f"fr.find_labels(corpus); got {cols}. compare_groups resamples articles, so pass the "
            "spans, not an aggregate such as fr.label_choice's shares."
        )
    for name, col in (("of", of), ("within", within)):
        if col is not None and col not in spans.columns:
            raise column_error(name, col, list(spans.columns))
    n_boot = check_int("n_boot", n_boot, minimum=100)
    n_perm = check_int("n_perm", n_perm, minimum=100)
    seed = check_int("seed", seed, minimum=0)
    ci = check_probability("ci", ci)
    codes, keys = group_codes(docs, by)
    key_cols = list(keys.columns)
    key_tuples = [tuple(r) for r in keys.itertuples(index=False)]
    lookup = {k: i for i, k in enumerate(key_tuples)}
    if pairs is None:
        pair_idx = [(i, j) for i in range(len(key_tuples)) for j in range(i + 1, len(key_tuples))]
    else:
        pair_idx = []
        for a, b in pairs:
            ta, tb = (a if isinstance(a, tuple) else (a,)), (b if isinstance(b, tuple) else (b,))
            for t in (ta, tb):
                if t not in lookup:
                    shown = ", ".join(repr(k[0] if len(k) == 1 else k) for k in key_tuples)
                    raise ValueError(
                        f"`pairs` names the group {t[0] if len(t) == 1 else t!r}, which is not in "
                        f"the data; the groups are: {shown}."
                    )
            pair_idx.append((lookup[ta], lookup[tb]))
    doc_index = pd.Index(docs["doc_id"])
    if within is None:
        blocks: list[tuple[Any, pd.DataFrame]] = [(None, spans)]
    else:
        wanted = (
            list(categories)
            if isinstance(categories, dict)
            else sorted(spans[within].dropna().unique(), key=str)
        )
        blocks = [(w, spans[spans[within] == w]) for w in wanted]
    alpha = (1.0 - ci) / 2.0
    records: list[dict[str, Any]] = []
    for wi, (w, block) in enumerate(blocks):
        if isinstance(categories, dict):
            cats = list(categories.get(w, []))
        else:
            cats = list(categories) if categories is not None else []
        cats += sorted((c for c in block[of].dropna().unique() if c not in cats), key=str)
        if not cats:
            continue
        rows = doc_index.get_indexer(block["doc_id"])
        cols = pd.Index(cats).get_indexer(block[of])
        ok = (rows >= 0) & (cols >= 0)
        num = np.zeros((len(docs), len(cats)))
        np.add.at(num, (rows[ok], cols[ok]), 1.0)
        den = num.sum(axis=1, keepdims=True)
        for pi, (ga, gb) in enumerate(pair_idx):
            ra = np.flatnonzero((codes == ga) & (den[:, 0] > 0))
            rb = np.flatnonzero((codes == gb) & (den[:, 0] > 0))
            sa = _ratio(num[ra].sum(axis=0), den[ra].sum())
            sb = _ratio(num[rb].sum(axis=0), den[rb].sum())
            diff = sa - sb
            lo = hi = p = np.full(len(cats), np.nan)
            if len(ra) and len(rb):
                rng = np.random.default_rng([seed, wi, pi])
                boot = _resampled_ratios(num[ra], den[ra], n_boot, rng) - _resampled_ratios(
                    num[rb], den[rb], n_boot, rng
                )
                lo, hi = np.percentile(boot, [100 * alpha, 100 * (1 - alpha)], axis=0)
                pooled = np.concatenate([ra, rb])
                perm = _pair_permutation_diffs(num[pooled], den[pooled], len(ra), n_perm, rng)
                extreme = (np.abs(perm) >= np.abs(diff) - 1e-12).sum(axis=0)
                p = (1.0 + extreme) / (1.0 + n_perm)
            for j, cat in enumerate(cats):
                rec: dict[str, Any] = {} if within is None else {within: w}
                rec[of] = cat
                for c, v in zip(key_cols, key_tuples[ga]):
                    rec[f"{c}_a"] = v
                for c, v in zip(key_cols, key_tuples[gb]):
                    rec[f"{c}_b"] = v
                rec.update(
                    share_a=sa[j],
                    share_b=sb[j],
                    diff=diff[j],
                    ci_low=lo[j],
                    ci_high=hi[j],
                    p_value=p[j],
                    n_docs_a=len(ra),
                    n_docs_b=len(rb),
                )
                records.append(rec)
    cols_out = [
        *([within] if within else []),
        of,
        *(f"{c}_a" for c in key_cols),
        *(f"{c}_b" for c in key_cols),
        "share_a",
        "share_b",
        "diff",
        "ci_low",
        "ci_high",
        "p_value",
        "q_value",
        "n_docs_a",
        "n_docs_b",
    ]
    out = pd.DataFrame.from_records(records, columns=[c for c in cols_out if c != "q_value"])
    out.insert(out.columns.get_loc("p_value") + 1, "q_value", fdr_bh(out["p_value"].to_numpy(dtype=float)))
    for c in ("n_docs_a", "n_docs_b"):
        out[c] = out[c].astype(np.int64)
    params = {
        "of": of,
        "within": within,
        "by": by,
        "ci": ci,
        "n_boot": n_boot,
        "n_perm": n_perm,
        "seed": seed,
    }
    return attach(
        out, function="compare_groups", params=params, corpus=corpus if hasattr(corpus, "docs") else None
    )
