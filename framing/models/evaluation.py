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
from framing.text import tokens

__all__ = ["boilerplate_baseline", "evaluate", "grouped_splits"]

SUMMARY_COLUMNS = ["metric", "class", "mean", "std", "ci_low", "ci_high", "n_folds"]
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
) -> list[dict[str, Any]]:
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
    return [
        {**base, "metric": m, "class": c, "value": v}
        for m, c, v in _fold_metrics(y_test, pred, labels, multilabel)
    ]


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
    n_jobs: int | None = None,
) -> pd.DataFrame:
    """Cross-validate a text classifier with grouped folds and report metrics with intervals.

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
    n_jobs : int or None, default None
        Folds fitted in parallel with joblib (results are identical to ``n_jobs=1``).

    Returns
    -------
    DataFrame
        Summary (default), one row per metric and class: ``metric`` (``accuracy``,
        ``macro_f1``, ``micro_f1`` for multi-label, ``f1`` per class), ``class`` (the class or
        label for ``f1``, else None), ``mean`` over folds, ``std`` (sample standard deviation),
        ``ci_low``, ``ci_high``, ``n_folds``. With ``per_fold=True``: ``fold``, ``metric``,
        ``class``, ``value``, ``n_train``, ``n_test``, ``n_train_groups``, ``n_test_groups``.

    Notes
    -----
    Single-label targets use :class:`~sklearn.model_selection.StratifiedGroupKFold` (class
    proportions kept as far as the groups allow), multi-label targets shuffled
    :class:`~sklearn.model_selection.GroupKFold`. Every split is checked: a group in both parts
    raises. The interval is mean ± t(1-α/2, k-1)·sd/√k over the k fold scores. Folds share
    training data, so this interval is optimistic: no unbiased estimator of the variance of
    K-fold cross-validation exists (Bengio & Grandvalet 2004); read it as a range of fold-to-fold
    variation, not a sampling interval.

    References
    ----------
    Bengio, Y., & Grandvalet, Y. (2004). No unbiased estimator of the variance of K-fold
    cross-validation. *JMLR*, 5, 1089-1105.

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
    folds = pd.DataFrame([r for fold in results for r in fold], columns=FOLD_COLUMNS)
    params = {
        "target": target,
        "groups": groups,
        "cv": cv,
        "seed": seed,
        "confidence": confidence,
        "estimator": type(estimator).__name__,
    }
    if per_fold:
        return attach(folds, function="models.evaluate", params={**params, "per_fold": True}, corpus=data)
    rows = []
    for (metric, cls), part in folds.groupby(["metric", "class"], sort=False, dropna=False):
        v = part["value"].to_numpy(dtype=float)
        k = len(v)
        mean = float(v.mean())
        sd = float(v.std(ddof=1)) if k > 1 else float("nan")
        half = float(_st.t.ppf(0.5 + confidence / 2, k - 1) * sd / np.sqrt(k)) if k > 1 else float("nan")
        rows.append(
            {
                "metric": metric,
                "class": None if pd.isna(cls) else cls,
                "mean": mean,
                "std": sd,
                "ci_low": mean - half,
                "ci_high": mean + half,
                "n_folds": k,
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
