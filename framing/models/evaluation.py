"""Honest evaluation of text classifiers: grouped cross-validation and a boilerplate baseline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from scipy import stats as _st
from sklearn.base import clone
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GroupKFold, KFold, StratifiedGroupKFold, StratifiedKFold

from framing._validation import check_int, check_probability, column_error
from framing.corpus import Corpus, as_corpus
from framing.provenance import attach
from framing.stats import resample_counts
from framing.text import tokens

__all__ = ["boilerplate_baseline", "evaluate", "grouped_splits"]

SUMMARY_COLUMNS = ["metric", "class", "mean", "std", "ci_low", "ci_high", "n_folds", "n_groups"]
#: Largest block of resampled fold tables built at once (cells).
_BLOCK_CELLS = 2_000_000
FOLD_COLUMNS = ["fold", "metric", "class", "value", "n_train", "n_test", "n_train_groups", "n_test_groups"]


def _targets(docs: pd.DataFrame, target: str | Sequence[str]) -> tuple[np.ndarray | pd.DataFrame, bool]:
    columns = [target] if isinstance(target, str) else list(target)
    if not columns:
        raise ValueError("`target` is empty; pass a column name, or a list of 0/1 columns for multi-label.")
    for c in columns:
        if c not in docs.columns:
            raise column_error("target", c, list(docs.columns))
    missing = docs[columns].isna().any(axis=1)
    if missing.any():
        raise ValueError(
            f"`target` has missing values in {int(missing.sum())} of {len(docs)} documents; filter "
            f"them out first, e.g. corpus[corpus.docs[{columns[0]!r}].notna()]."
        )
    if isinstance(target, str):
        return docs[target].to_numpy(), False
    y = docs[columns]
    if not y.isin([0, 1, True, False]).all().all():
        raise ValueError(
            "`target` lists several columns, which means multi-label, so each must hold only 0/1 or "
            "True/False; convert them first, e.g. df[cols].astype(int)."
        )
    return y.astype(int), True


def grouped_splits(
    y: Any, groups: Any, *, cv: int = 5, seed: int = 0, multilabel: bool = False
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Train/test index pairs where no group is in both parts of a split.

    Stratified by class for single-label ``y`` (:class:`~sklearn.model_selection.StratifiedGroupKFold`),
    plain shuffled :class:`~sklearn.model_selection.GroupKFold` for multi-label; with
    ``groups=None``, (stratified) shuffled K-fold. Raises if a split would share a group.

    Examples
    --------
    >>> splits = grouped_splits(["a", "b"] * 5, list("pqrstpqrst"), cv=5)
    >>> len(splits)
    5
    """
    n = len(y)
    dummy = np.zeros(n)
    if groups is None:
        splitter: Any = (
            KFold(cv, shuffle=True, random_state=seed)
            if multilabel
            else StratifiedKFold(cv, shuffle=True, random_state=seed)
        )
        return [(tr, te) for tr, te in splitter.split(dummy, None if multilabel else y)]
    g = np.asarray(groups)
    n_groups = len(pd.unique(g))
    if n_groups < cv:
        raise ValueError(
            f"`cv` asks for {cv} folds but `groups` has only {n_groups} distinct groups; pass "
            f"cv={max(n_groups, 2)} or a finer grouping column."
        )
    if multilabel:
        splitter = GroupKFold(cv, shuffle=True, random_state=seed)
        splits = list(splitter.split(dummy, None, g))
    else:
        splitter = StratifiedGroupKFold(cv, shuffle=True, random_state=seed)
        splits = list(splitter.split(dummy, y, g))
    for tr, te in splits:
        shared = set(g[tr]) & set(g[te])
        if shared:  # the splitters guarantee this; the check keeps the promise explicit
            raise RuntimeError(f"A split put groups {sorted(shared)[:3]} in both train and test.")
    return splits


def _fold_metrics(
    y_true: Any, y_pred: Any, labels: Sequence[Any], multilabel: bool
) -> list[tuple[str, Any, float]]:
    out: list[tuple[str, Any, float]] = [
        ("accuracy", None, float(accuracy_score(y_true, y_pred))),
        ("macro_f1", None, float(f1_score(y_true, y_pred, average="macro", zero_division=0))),
    ]
    if multilabel:
        out.append(("micro_f1", None, float(f1_score(y_true, y_pred, average="micro", zero_division=0))))
        per = f1_score(y_true, y_pred, average=None, zero_division=0)
    else:
        per = f1_score(y_true, y_pred, labels=list(labels), average=None, zero_division=0)
    out += [("f1", lab, float(v)) for lab, v in zip(labels, per)]
    return out


def _inputs(model: Any, docs: pd.DataFrame, rows: np.ndarray) -> Any:
    """Rows of the corpus for a FramingClassifier (it learns outlet names), texts for others."""
    from framing.models.classifier import FramingClassifier

    part = docs.iloc[rows].reset_index(drop=True)
    return part if isinstance(model, FramingClassifier) else part["text"]


def _run_fold(
    k: int,
    estimator: Any,
    docs: pd.DataFrame,
    y: Any,
    train: np.ndarray,
    test: np.ndarray,
    labels: Sequence[Any],
    multilabel: bool,
    groups: np.ndarray | None,
) -> tuple[list[dict[str, Any]], np.ndarray]:
    model = clone(estimator)
    y_train = y.iloc[train] if isinstance(y, pd.DataFrame) else y[train]
    y_test = y.iloc[test].to_numpy() if isinstance(y, pd.DataFrame) else y[test]
    model.fit(_inputs(model, docs, train), y_train)
    pred = np.asarray(model.predict(_inputs(model, docs, test)))
    base = {
        "fold": k,
        "n_train": len(train),
        "n_test": len(test),
        "n_train_groups": len(pd.unique(groups[train])) if groups is not None else len(train),
        "n_test_groups": len(pd.unique(groups[test])) if groups is not None else len(test),
    }
    rows = [
        {**base, "metric": m, "class": c, "value": v}
        for m, c, v in _fold_metrics(y_test, pred, labels, multilabel)
    ]
    return rows, pred


# -- intervals: a grouped bootstrap of the out-of-fold predictions ---------------------------------
def _unit_cells(
    y_true: Any, y_pred: Any, labels: Sequence[Any], multilabel: bool, unit: np.ndarray, n_units: int
) -> tuple[np.ndarray, int]:
    """Per resampling unit, the counts every metric is computed from (one row per unit).

    Single-label: the unit's confusion matrix (true x predicted, flattened) over ``labels`` plus
    any predicted class outside them. Multi-label: true positives, false positives and false
    negatives per label, then the number of exactly right documents and the number of documents.
    Returns the table and the number of classes of the confusion matrix (the labels for
    multi-label).
    """
    if multilabel:
        t = np.asarray(y_true, dtype=np.int64)
        p = np.asarray(y_pred, dtype=np.int64).reshape(t.shape)
        n_labels = t.shape[1]
        per_doc = np.hstack(
            [
                t & p,
                (1 - t) & p,
                t & (1 - p),
                (t == p).all(axis=1, keepdims=True),
                np.ones((len(t), 1), dtype=np.int64),
            ]
        ).astype(np.float64)
        cells = np.zeros((n_units, per_doc.shape[1]))
        np.add.at(cells, unit, per_doc)
        return cells, n_labels
    classes = list(labels) + [c for c in pd.unique(np.asarray(y_pred, dtype=object)) if c not in set(labels)]
    index = pd.Index(classes)
    ti = index.get_indexer(np.asarray(y_true, dtype=object))
    pi = index.get_indexer(np.asarray(y_pred, dtype=object))
    n_classes = len(classes)
    cells = np.zeros((n_units, n_classes * n_classes))
    np.add.at(cells, (unit, ti * n_classes + pi), 1.0)
    return cells, n_classes


def _f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    """2 TP / (2 TP + FP + FN), 0 where the class is neither true nor predicted (zero_division=0)."""
    den = 2 * tp + fp + fn
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, 2 * tp / np.where(den > 0, den, 1.0), 0.0)


def _metrics_from_cells(F: np.ndarray, n_classes: int, n_labels: int, multilabel: bool) -> list[np.ndarray]:
    """The metrics of :func:`_fold_metrics`, in its order, from summed cells ``F`` (..., cells)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        if multilabel:
            tp = F[..., :n_classes]
            fp = F[..., n_classes : 2 * n_classes]
            fn = F[..., 2 * n_classes : 3 * n_classes]
            exact, n = F[..., 3 * n_classes], F[..., 3 * n_classes + 1]
            f1 = _f1(tp, fp, fn)
            micro = _f1(tp.sum(axis=-1), fp.sum(axis=-1), fn.sum(axis=-1))
            return [exact / n, f1.mean(axis=-1), micro, *np.moveaxis(f1, -1, 0)]
        conf = F.reshape(*F.shape[:-1], n_classes, n_classes)
        tp = np.diagonal(conf, axis1=-2, axis2=-1)
        true, pred = conf.sum(axis=-1), conf.sum(axis=-2)
        f1 = _f1(tp, pred - tp, true - tp)
        # sklearn's macro average without `labels` runs over the classes present in the fold
        present = (true + pred) > 0
        macro = (f1 * present).sum(axis=-1) / present.sum(axis=-1)
        accuracy = tp.sum(axis=-1) / conf.sum(axis=(-2, -1))
        return [accuracy, macro, *np.moveaxis(f1[..., :n_labels], -1, 0)]


def _fold_means(
    weights: np.ndarray,
    cells: np.ndarray,
    fold_of_unit: np.ndarray,
    n_folds: int,
    n_classes: int,
    n_labels: int,
    multilabel: bool,
) -> np.ndarray:
    """Metrics x resamples: each fold's metric on its resampled units, averaged over the folds.

    Fold ``f`` is weighted by the share of its units drawn (``r_f``, 1 when every unit is drawn
    once), so that unit ``weights`` reproduce the plain mean over folds.
    """
    n_units, n_cells = cells.shape
    A = np.zeros((n_units, n_folds))
    A[np.arange(n_units), fold_of_unit] = 1.0
    r = (weights @ A) / A.sum(axis=0)  # resamples x folds
    # units x (folds * cells): each unit's cells in the block of its fold
    M = (A[:, :, None] * cells[:, None, :]).reshape(n_units, n_folds * n_cells)
    F = (weights @ M).reshape(len(weights), n_folds, n_cells)
    out = []
    for m in _metrics_from_cells(F, n_classes, n_labels, multilabel):
        m = np.where(r > 0, np.nan_to_num(m), 0.0)
        out.append((m * r).sum(axis=1) / r.sum(axis=1))
    return np.array(out)


def _grouped_bootstrap(
    y_true: Any,
    y_pred: Any,
    fold: np.ndarray,
    groups: np.ndarray | None,
    labels: Sequence[Any],
    multilabel: bool,
    *,
    n_folds: int,
    n_boot: int,
    confidence: float,
    seed: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Observed fold means, ``ci_low``, ``ci_high`` (one per metric) and the number of units."""
    unit_keys = np.arange(len(fold)) if groups is None else groups
    codes, uniques = pd.factorize(pd.Series(unit_keys, dtype=object), sort=False)
    codes = np.asarray(codes)
    n_units = len(uniques)
    fold_of_unit = np.zeros(n_units, dtype=np.int64)
    fold_of_unit[codes] = fold  # a unit lies in one test fold (grouped_splits checks this)
    cells, n_classes = _unit_cells(y_true, y_pred, labels, multilabel, codes, n_units)
    n_labels = len(labels)
    args = (cells, fold_of_unit, n_folds, n_classes, n_labels, multilabel)
    observed = _fold_means(np.ones((1, n_units)), *args)[:, 0]
    rng = np.random.default_rng(seed)
    batch = max(1, _BLOCK_CELLS // max(n_folds * cells.shape[1] + n_units, 1))
    draws = [
        _fold_means(resample_counts(rng, n_units, min(batch, n_boot - b0)), *args)
        for b0 in range(0, n_boot, batch)
    ]
    stats = np.concatenate(draws, axis=1)
    if n_units < 2:
        nan = np.full(len(observed), np.nan)
        return observed, nan, nan, n_units
    # expanded percentile interval (Hesterberg 2015): Student's t quantile with n_units - 1
    # degrees of freedom and the factor sqrt(n / (n - 1)), turned back into a tail probability
    t = _st.t.ppf(0.5 + confidence / 2, n_units - 1)
    tail = float(_st.norm.cdf(-np.sqrt(n_units / (n_units - 1)) * t))
    low, high = np.quantile(stats, [tail, 1 - tail], axis=1)
    return observed, low, high, n_units


def evaluate(
    estimator: Any,
    corpus: Corpus | pd.DataFrame,
    *,
    target: str | Sequence[str],
    groups: str | None = "outlet",
    cv: int = 5,
    seed: int = 0,
    confidence: float = 0.95,
    per_fold: bool = False,
    n_boot: int = 2000,
    n_jobs: int | None = None,
) -> pd.DataFrame:
    r"""Cross-validate a text classifier with grouped folds and report metrics with intervals.

    Parameters
    ----------
    estimator : scikit-learn classifier
        Fitted anew (a :func:`~sklearn.base.clone`) on each training fold. A
        :class:`FramingClassifier` receives the training rows of ``corpus.docs`` (so it learns
        the training outlets' names to mask); any other estimator receives the ``text`` column.
    corpus : Corpus or DataFrame
        The documents.
    target : str or list of str
        The label column (multi-class), or several 0/1 columns (multi-label, one per label).
    groups : str or None, default "outlet"
        Column whose values never appear in both the training and the test part of a fold
        (outlet, story, event). None: ordinary (stratified) K-fold.
    cv : int, default 5
        Number of folds.
    seed : int, default 0
        Seed of the fold assignment.
    confidence : float, default 0.95
        Level of the intervals.
    per_fold : bool, default False
        Return the per-fold values instead of the summary.
    n_boot : int, default 2000
        Bootstrap resamples of the groups for the intervals (at least 100); drawn from ``seed``,
        so the same seed gives the same intervals.
    n_jobs : int or None, default None
        Folds fitted in parallel with joblib (results are identical to ``n_jobs=1``).

    Returns
    -------
    DataFrame
        Summary (default), one row per metric and class: ``metric`` (``accuracy``,
        ``macro_f1``, ``micro_f1`` for multi-label, ``f1`` per class), ``class`` (the class or
        label for ``f1``, else None), ``mean`` over folds, ``std`` (sample standard deviation
        over folds), ``ci_low`` and ``ci_high`` (grouped bootstrap interval of ``mean``, always
        inside [0, 1]; see Notes), ``n_folds``, ``n_groups`` (groups resampled for the interval:
        distinct values of ``groups``, or documents when ``groups`` is None). With ``per_fold=True``: ``fold``, ``metric``,
        ``class``, ``value``, ``n_train``, ``n_test``, ``n_train_groups``, ``n_test_groups``.

    Notes
    -----
    Single-label targets use :class:`~sklearn.model_selection.StratifiedGroupKFold` (class
    proportions kept as far as the groups allow), multi-label targets shuffled
    :class:`~sklearn.model_selection.GroupKFold`. Every split is checked: a group in both parts
    raises.

    The interval comes from a bootstrap of the pooled out-of-fold predictions (each document
    predicted by the fold model that did not see it) that resamples whole groups with
    replacement (a cluster bootstrap; Davison & Hinkley 1997, sec. 3.8; Field & Welsh 2007). In
    each of ``n_boot`` resamples every fold's metric is recomputed on the fold's resampled
    documents (a group drawn twice counts twice) and the folds are averaged with weights
    :math:`r_f` = (draws of the fold's groups) / (groups in the fold), so that drawing every group
    once gives ``mean`` back. The metric is recomputed, never extrapolated, so the bounds stay
    inside [0, 1]. The bounds are the expanded percentile interval of Hesterberg (2015): the
    percentiles :math:`\Phi(\mp\sqrt{G/(G-1)}\,t_{1-\alpha/2,G-1})` of the resampled values, with
    :math:`G` = ``n_groups``, which widens the plain percentile interval for few groups (at 95%
    and 8 groups the 0.6th and 99.4th percentiles; at 5 groups, the 0.1th and 99.9th). With
    ``groups=None`` the documents are resampled.

    The interval describes the uncertainty from *which groups were tested*, for the fold models
    as fitted; it leaves out the variation from refitting on other training data, for which no
    unbiased estimator exists in K-fold cross-validation (Bengio & Grandvalet 2004). With a
    handful of groups it is wide, and should be: read ``n_groups`` as the sample size.

    References
    ----------
    Bengio, Y., & Grandvalet, Y. (2004). No unbiased estimator of the variance of K-fold
    cross-validation. *JMLR*, 5, 1089-1105.
    Davison, A. C., & Hinkley, D. V. (1997). *Bootstrap Methods and their Application*.
    Cambridge University Press.
    Field, C. A., & Welsh, A. H. (2007). Bootstrapping clustered data. *Journal of the Royal
    Statistical Society B*, 69(3), 369-390.
    Hesterberg, T. C. (2015). What teachers should know about the bootstrap: Resampling in the
    undergraduate statistics curriculum. *The American Statistician*, 69(4), 371-386.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing.models import FramingClassifier
    >>> df = pd.DataFrame({
    ...     "text": ["Rebels shelled the city.", "Militants attacked the town."] * 6,
    ...     "outlet": [f"o{i}" for i in range(6) for _ in range(2)],
    ...     "frame": ["a", "b"] * 6})
    >>> res = evaluate(FramingClassifier(min_df=1, calibration_cv=2), df, target="frame", cv=3)
    >>> res.loc[res.metric == "macro_f1", "mean"].item()
    1.0
    """
    data = as_corpus(corpus)
    docs = data.docs
    cv = check_int("cv", cv, minimum=2)
    check_probability("confidence", confidence)
    n_boot = check_int("n_boot", n_boot, minimum=100)
    y, multilabel = _targets(docs, target)
    g = None
    if groups is not None:
        if groups not in docs.columns:
            raise column_error("groups", groups, list(docs.columns))
        missing = docs[groups].isna()
        if missing.any():
            raise ValueError(
                f"`groups` column {groups!r} has {int(missing.sum())} missing values; fill them (e.g. "
                "with the doc_id, making each such document its own group) or pass another column."
            )
        g = docs[groups].astype(str).to_numpy()
    labels: list[Any] = list(y.columns) if multilabel else sorted(pd.unique(y), key=str)  # type: ignore[union-attr]
    splits = grouped_splits(
        y if not multilabel else np.zeros(len(docs)), g, cv=cv, seed=seed, multilabel=multilabel
    )
    results = Parallel(n_jobs=n_jobs)(
        delayed(_run_fold)(k, estimator, docs, y, tr, te, labels, multilabel, g)
        for k, (tr, te) in enumerate(splits)
    )
    folds = pd.DataFrame([r for rows_k, _ in results for r in rows_k], columns=FOLD_COLUMNS)
    params = {
        "target": target,
        "groups": groups,
        "cv": cv,
        "seed": seed,
        "confidence": confidence,
        "n_boot": n_boot,
        "estimator": type(estimator).__name__,
    }
    if per_fold:
        return attach(folds, function="models.evaluate", params={**params, "per_fold": True}, corpus=data)
    # the out-of-fold predictions, pooled: each document predicted by the model that did not see it
    y_true = y.to_numpy() if isinstance(y, pd.DataFrame) else np.asarray(y)
    fold_of_doc = np.zeros(len(docs), dtype=np.int64)
    y_pred: np.ndarray | None = None
    for k, ((_, te), (_, pred)) in enumerate(zip(splits, results)):
        if y_pred is None:
            y_pred = np.empty((len(docs), *pred.shape[1:]), dtype=pred.dtype if multilabel else object)
        y_pred[te] = pred
        fold_of_doc[te] = k
    observed, low, high, n_units = _grouped_bootstrap(
        y_true,
        y_pred,
        fold_of_doc,
        g,
        labels,
        multilabel,
        n_folds=len(splits),
        n_boot=n_boot,
        confidence=confidence,
        seed=seed,
    )
    rows = []
    groups_of_metrics = list(folds.groupby(["metric", "class"], sort=False, dropna=False))
    if len(groups_of_metrics) != len(observed):  # pragma: no cover - the two follow one list
        raise RuntimeError("The bootstrap and the fold table list different metrics.")
    for i, ((metric, cls), part) in enumerate(groups_of_metrics):
        v = part["value"].to_numpy(dtype=float)
        k = len(v)
        rows.append(
            {
                "metric": metric,
                "class": None if pd.isna(cls) else cls,
                "mean": float(v.mean()),
                "std": float(v.std(ddof=1)) if k > 1 else float("nan"),
                "ci_low": float(low[i]),
                "ci_high": float(high[i]),
                "n_folds": k,
                "n_groups": n_units,
            }
        )
    summary = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    return attach(summary, function="models.evaluate", params=params, corpus=data)


def edges(text: str, n_tokens: int = 30) -> str:
    """The first and last ``n_tokens`` tokens of ``text`` (the whole text when it is short)."""
    spans = tokens(text)
    if len(spans) <= 2 * n_tokens:
        return text
    return text[: spans[n_tokens - 1][1]] + "\n\n" + text[spans[-n_tokens][0] :]


def boilerplate_baseline(
    corpus: Corpus | pd.DataFrame,
    *,
    target: str | Sequence[str],
    estimator: Any = None,
    n_tokens: int = 30,
    groups: str | None = "outlet",
    cv: int = 5,
    seed: int = 0,
    per_fold: bool = False,
    n_jobs: int | None = None,
) -> pd.DataFrame:
    """Evaluate a model that sees only the first and last ``n_tokens`` tokens of each document.

    Headlines, bylines, datelines, sign-offs and site furniture sit at the edges of an article.
    A model restricted to them measures how much of a classifier's score is house style rather
    than framing in the body: compare its ``macro_f1`` with :func:`evaluate` on the full texts.

    Parameters
    ----------
    corpus, target, groups, cv, seed, per_fold, n_jobs
        As in :func:`evaluate` (same folds for the same ``seed``).
    estimator : classifier or None, default None
        The model to fit; None uses ``FramingClassifier()`` with its defaults.
    n_tokens : int, default 30
        Tokens kept at each end (:func:`framing.text.tokens`); shorter documents are kept whole.

    Returns
    -------
    DataFrame
        The table of :func:`evaluate`.

    Examples
    --------
    >>> edges("one two three four five", n_tokens=2)
    'one two\\n\\nfour five'
    """
    from framing.models.classifier import FramingClassifier

    n_tokens = check_int("n_tokens", n_tokens, minimum=1)
    data = as_corpus(corpus)
    docs = data.docs.assign(text=[edges(t, n_tokens) for t in data.docs["text"]])
    model = FramingClassifier() if estimator is None else estimator
    result = evaluate(
        model, Corpus(docs), target=target, groups=groups, cv=cv, seed=seed, per_fold=per_fold, n_jobs=n_jobs
    )
    result.attrs["framing"]["function"] = "models.boilerplate_baseline"
    result.attrs["framing"]["params"]["n_tokens"] = n_tokens
    result.attrs["framing"]["corpus"] = data.fingerprint
    return result
