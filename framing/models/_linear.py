"""The linear model inside ``FramingClassifier``: NB-SVM style one-vs-rest linear models.

Each binary problem (one class against the rest) scales the sparse n-gram columns by their
naive-Bayes log-count ratio before fitting a linear SVM and a logistic regression on the
scaled matrix (Wang & Manning 2012); the two models' weights are averaged after putting them
on a common scale. The ratio is folded back into the weights, so ``coef_`` applies to the
unscaled features and prediction is one sparse product.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

_MODELS = ("svm", "logreg", "both")


def log_count_ratio(X: sp.csr_matrix, positive: np.ndarray, *, alpha: float = 1.0) -> np.ndarray:
    """Naive-Bayes log-count ratio of each column for a binary split of the rows.

    ``r_j = log((p_j / |p|_1) / (q_j / |q|_1))`` with ``p = alpha + sum of binarised rows of
    the positive class`` and ``q`` the same over the other rows (Wang & Manning 2012, eq. 1).
    """
    present = X.copy()
    present.data = np.ones_like(present.data)
    p = alpha + np.asarray(present[positive].sum(axis=0)).ravel()
    q = alpha + np.asarray(present[~positive].sum(axis=0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


class NBLinear(ClassifierMixin, BaseEstimator):
    """One-vs-rest linear classifier on NB-scaled features (internal to FramingClassifier).

    Parameters
    ----------
    C : float
        Inverse regularisation strength of both linear models.
    class_weight : "balanced", dict or None
        Per-class sample weights (computed over all classes, as in scikit-learn).
    model : {"svm", "logreg", "both"}
        Linear SVM (squared hinge), logistic regression, or the average of the two.
    nb : bool
        Scale the first ``n_scaled`` columns by the log-count ratio.
    n_scaled : int or None
        Number of leading (sparse, non-negative) columns to scale; None: all.
    alpha : float
        Smoothing of the log-count ratio.
    char_cols : (int, int) or None
        Column range of the character n-gram block, whose scale is multiplied by
        ``char_weight`` (after NB scaling; the weight is folded back into ``coef_``).
    char_weight : float
        Weight of the ``char_cols`` block; with an l2 penalty, a weight ``w`` is the same as
        dividing that block's penalty by ``w**2``.
    cue_cols : (int, int) or None
        Column range of the bias-cue block, whose scale is multiplied by ``cue_weight``.
    cue_weight : float
        Weight of the ``cue_cols`` block (as ``char_weight``).
    """

    def __init__(
        self,
        *,
        C: float = 0.5,
        class_weight: Any = "balanced",
        model: str = "both",
        nb: bool = True,
        n_scaled: int | None = None,
        alpha: float = 1.0,
        char_cols: tuple[int, int] | None = None,
        char_weight: float = 1.0,
        cue_cols: tuple[int, int] | None = None,
        cue_weight: float = 1.0,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.model = model
        self.nb = nb
        self.n_scaled = n_scaled
        self.alpha = alpha
        self.char_cols = char_cols
        self.char_weight = char_weight
        self.cue_cols = cue_cols
        self.cue_weight = cue_weight

    def _sample_weight(self, y_int: np.ndarray) -> np.ndarray:
        k = len(self.classes_)
        if self.class_weight is None:
            return np.ones(len(y_int))
        if isinstance(self.class_weight, str):
            counts = np.bincount(y_int, minlength=k).astype(float)
            weights = len(y_int) / (k * np.maximum(counts, 1.0))
        else:
            weights = np.array([float(self.class_weight.get(c, 1.0)) for c in self.classes_])
        return weights[y_int]

    def _scale(self, X: sp.csr_matrix, positive: np.ndarray) -> np.ndarray:
        scale = np.ones(X.shape[1])
        if self.nb:
            n = X.shape[1] if self.n_scaled is None else int(self.n_scaled)
            if n > 0:
                scale[:n] = log_count_ratio(X[:, :n], positive, alpha=self.alpha)
        if self.char_cols is not None and self.char_weight != 1.0:
            lo, hi = self.char_cols
            scale[lo:hi] *= self.char_weight
        if self.cue_cols is not None and self.cue_weight != 1.0:
            lo, hi = self.cue_cols
            scale[lo:hi] *= self.cue_weight
        return scale

    def _scaled(self) -> bool:
        return (
            bool(self.nb)
            or (self.char_cols is not None and self.char_weight != 1.0)
            or (self.cue_cols is not None and self.cue_weight != 1.0)
        )

    def _fit_one(
        self, kind: str, X: sp.csr_matrix, target: np.ndarray, weight: np.ndarray
    ) -> tuple[np.ndarray, float]:
        if kind == "svm":
            est: Any = LinearSVC(C=self.C, max_iter=5000, random_state=0)
        else:
            # The dual problem is much faster than the primal when features outnumber documents.
            est = LogisticRegression(
                C=self.C * 10, solver="liblinear", dual=True, max_iter=1000, random_state=0
            )
        est.fit(X, target, sample_weight=weight)
        return est.coef_[0], float(est.intercept_[0])

    def fit_parts(
        self, X: Any, y: Any, *, kinds: tuple[str, ...] | None = None, sample_weight: Any = None
    ) -> dict[str, Any]:
        """Fit the linear models of ``kinds`` (default: those of ``model``) without combining them.

        Returns ``{"classes": ..., kind: (coef, intercept, norms)}`` with one row per
        one-vs-rest target; ``coef`` applies to the unscaled features, ``norms`` are the l2
        norms of the weights on the scaled features (the scale of :func:`combine_parts`).
        """
        X = sp.csr_matrix(X)
        classes, y_int = np.unique(np.asarray(y), return_inverse=True)
        self.classes_ = classes
        weight = self._sample_weight(y_int)
        if sample_weight is not None:
            weight = weight * np.asarray(sample_weight, dtype=float)
        targets = [1] if len(classes) == 2 else list(range(len(classes)))
        if kinds is None:
            kinds = tuple({"svm": ["svm"], "logreg": ["logreg"], "both": ["svm", "logreg"]}[self.model])
        scales = [self._scale(X, y_int == k) for k in targets]
        scaled = [X @ sp.diags(s.astype(X.dtype)) if self._scaled() else X for s in scales]
        parts: dict[str, Any] = {"classes": classes}
        # Sequential on purpose: liblinear's random coordinate order comes from the C library's
        # global rand(), which concurrent threads would interleave (non-reproducible weights).
        for kind in kinds:
            fitted = [
                self._fit_one(kind, scaled[i], (y_int == targets[i]).astype(int), weight)
                for i in range(len(targets))
            ]
            parts[kind] = (
                np.vstack([c * scales[i] for i, (c, _) in enumerate(fitted)]),
                np.array([b for _, b in fitted]),
                np.array([max(float(np.linalg.norm(c)), 1e-12) for c, _ in fitted]),
            )
        return parts

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> NBLinear:
        if self.model not in _MODELS:
            raise ValueError(f"`model` must be one of {_MODELS}. Got {self.model!r} instead.")
        X = sp.csr_matrix(X)
        parts = self.fit_parts(X, y, sample_weight=sample_weight)
        self.coef_, self.intercept_ = combine_parts(parts, self.model)
        self.n_features_in_ = X.shape[1]
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "coef_")
        scores = np.asarray(sp.csr_matrix(X) @ self.coef_.T) + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict(self, X: Any) -> np.ndarray:
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]


def combine_parts(parts: dict[str, Any], model: str) -> tuple[np.ndarray, np.ndarray]:
    """(coef, intercept) of ``model`` from the output of :meth:`NBLinear.fit_parts`.

    ``"both"`` averages the SVM and the logistic regression after dividing each one's weights
    (and intercept) by the l2 norm of its weights on the scaled features.
    """
    if model != "both":
        coef, intercept, _ = parts[model]
        return coef, intercept
    (c1, b1, n1), (c2, b2, n2) = parts["svm"], parts["logreg"]
    coef = (c1 / n1[:, None] + c2 / n2[:, None]) / 2
    return coef, (b1 / n1 + b2 / n2) / 2


def tune_offsets(scores: np.ndarray, y_int: np.ndarray, *, rounds: int = 3, grid: int = 100) -> np.ndarray:
    """Offsets added to the linear scores that maximise F1 on (out-of-fold) scores.

    ``scores`` is (n,) for a binary problem (offset on the positive class's score; the
    objective is the macro-F1 of the two classes) or (n, k) for one-vs-rest scores (one offset
    per class, argmax decision, objective macro-F1 over the k classes, maximised by coordinate
    ascent, ``rounds`` passes over the classes, worst-F1 class first). Candidate offsets are the negated score
    quantiles at ``grid`` evenly spaced levels (binary) or of the score gaps to the best other
    class (multi-class), plus zero; ties keep the offset closest to zero.
    """
    from sklearn.metrics import f1_score

    levels = np.linspace(0.0, 1.0, grid + 1)[1:-1]
    if scores.ndim == 1:
        candidates = np.unique(np.concatenate([[0.0], -np.quantile(scores, levels)]))
        best, best_f1 = 0.0, -1.0
        for c in candidates[np.argsort(np.abs(candidates), kind="stable")]:
            f1 = f1_score(y_int, (scores + c > 0).astype(int), average="macro", zero_division=0)
            if f1 > best_f1 + 1e-12:
                best, best_f1 = float(c), f1
        return np.array([best])
    k = scores.shape[1]
    labels = np.arange(k)
    offsets = np.zeros(k)

    def score_of(off: np.ndarray) -> float:
        pred = np.argmax(scores + off, axis=1)
        return float(f1_score(y_int, pred, labels=labels, average="macro", zero_division=0))

    current = score_of(offsets)
    for _ in range(rounds):
        changed = False
        # Worst class first: the classes that the scores starve get their offset before the
        # others move (a greedy pass in a fixed order can lock in a frequent class's gain).
        per_class = f1_score(
            y_int, np.argmax(scores + offsets, axis=1), labels=labels, average=None, zero_division=0
        )
        for j in np.argsort(per_class, kind="stable"):
            shifted = scores + offsets
            others = np.delete(shifted, j, axis=1).max(axis=1)
            gap = others - scores[:, j]  # offset of class j at which it starts to win each row
            candidates = np.unique(np.concatenate([[offsets[j]], np.quantile(gap, levels) + 1e-9]))
            for c in candidates[np.argsort(np.abs(candidates), kind="stable")]:
                trial = offsets.copy()
                trial[j] = c
                f1 = score_of(trial)
                if f1 > current + 1e-12:
                    offsets, current, changed = trial, f1, True
        if not changed:
            break
    return offsets - offsets.mean()


def _grid_candidates(base: NBLinear, grid: dict[str, Any]) -> list[dict[str, Any]]:
    """Candidate settings of ``grid`` (keys C, model, char_weight and optionally cue_weight and
    nb), ``base``'s own first."""
    from itertools import product

    keys = ["C", "model", "char_weight", *(k for k in ("cue_weight", "nb") if k in grid)]
    own = {k: getattr(base, k) for k in keys}
    candidates = [own]
    for combo in product(*(list(grid.get(k, [own[k]])) for k in keys)):
        cand = dict(zip(keys, combo))
        if cand not in candidates:
            candidates.append(cand)
    return candidates


def _decision_f1(scores: np.ndarray, y_int: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    pred = (scores[:, 0] > 0).astype(int) if scores.shape[1] == 1 else np.argmax(scores, axis=1)
    labels = np.arange(max(scores.shape[1], 2))
    return float(f1_score(y_int, pred, labels=labels, average="macro", zero_division=0))


class CalibratedLinear(ClassifierMixin, BaseEstimator):
    """An :class:`NBLinear` with cross-validated calibration and tuned decision offsets.

    The out-of-fold scores of ``cv`` stratified folds (shuffled, seed 0; grouped by the
    ``groups`` given to :meth:`fit` when there are any) serve up to three times: with ``grid``,
    they choose the NBLinear setting (``C``, ``model``, ``char_weight``) whose out-of-fold
    decisions have the highest macro-F1 (the estimator's own setting first, kept on ties); they
    fit one calibration map per one-vs-rest column (a one-feature logistic regression for
    ``"sigmoid"`` (Platt 1999), isotonic regression for ``"isotonic"``); and, with ``tune``,
    they choose the offsets of :func:`tune_offsets`, which are added to the intercepts of the
    model refitted on all the data (so ``decision_function`` and ``predict`` include them and
    ``predict`` stays the sign / argmax of the scores). Internal to FramingClassifier.
    """

    def __init__(
        self,
        estimator: Any = None,
        *,
        method: str = "sigmoid",
        cv: int = 2,
        tune: bool = False,
        grid: dict[str, Any] | None = None,
    ) -> None:
        self.estimator = estimator
        self.method = method
        self.cv = cv
        self.tune = tune
        self.grid = grid

    def _folds(self, y_int: np.ndarray, groups: Any) -> list[tuple[np.ndarray, np.ndarray]]:
        from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

        dummy = np.zeros(len(y_int))
        if groups is None:
            folds = StratifiedKFold(int(self.cv), shuffle=True, random_state=0)
            return list(folds.split(dummy, y_int))
        grouped = StratifiedGroupKFold(int(self.cv), shuffle=True, random_state=0)
        return [(tr, te) for tr, te in grouped.split(dummy, y_int, np.asarray(groups)) if len(te)]

    def fit(self, X: Any, y: Any, groups: Any = None) -> CalibratedLinear:
        from sklearn.base import clone
        from sklearn.isotonic import IsotonicRegression

        X = sp.csr_matrix(X)
        self.classes_, y_int = np.unique(np.asarray(y), return_inverse=True)
        k = len(self.classes_)
        base = self.estimator if self.estimator is not None else NBLinear()
        n_cols = 1 if k == 2 else k
        folds = self._folds(y_int, groups)
        if self.grid is None:
            oof = np.zeros((X.shape[0], n_cols))
            for train, test in folds:
                est = clone(base).fit(X[train], y_int[train])
                oof[test] = est.decision_function(X[test]).reshape(len(test), n_cols)
            self.selected_ = {"C": base.C, "model": base.model, "char_weight": base.char_weight}
            self.selection_scores_: list[tuple[dict[str, Any], float]] = []
        else:
            candidates = _grid_candidates(base, self.grid)
            oofs = [np.zeros((X.shape[0], n_cols)) for _ in candidates]
            # One fit per (C, char weight) gives the SVM, the LR and their average.
            fits: dict[tuple[tuple[str, Any], ...], list[int]] = {}
            for i, cand in enumerate(candidates):
                fits.setdefault(tuple((k, v) for k, v in cand.items() if k != "model"), []).append(i)
            for train, test in folds:
                for setting, members in fits.items():
                    models = {candidates[i]["model"] for i in members}
                    kinds = tuple(kd for kd in ("svm", "logreg") if kd in models or "both" in models)
                    est = clone(base).set_params(**dict(setting))
                    parts = est.fit_parts(X[train], y_int[train], kinds=kinds)
                    for i in members:
                        coef, intercept = combine_parts(parts, candidates[i]["model"])
                        scores = np.asarray(X[test] @ coef.T) + intercept
                        oofs[i][test] = scores.reshape(len(test), n_cols)
            f1s = [_decision_f1(o, y_int) for o in oofs]
            best = 0
            for i, f1 in enumerate(f1s):
                if f1 > f1s[best] + 1e-12:
                    best = i
            self.selected_ = dict(candidates[best])
            self.selection_scores_ = list(zip(candidates, f1s))
            base = clone(base).set_params(**self.selected_)
            oof = oofs[best]
        self.estimator_ = clone(base).fit(X, y_int)
        if self.tune:
            self.offsets_ = tune_offsets(oof[:, 0] if n_cols == 1 else oof, y_int)
        else:
            self.offsets_ = np.zeros(n_cols)
        self.estimator_.intercept_ = self.estimator_.intercept_ + self.offsets_
        oof = oof + self.offsets_
        self.calibrators_ = []
        for j in range(n_cols):
            positive = (y_int == 1) if n_cols == 1 else (y_int == j)
            cal: Any
            if self.method == "isotonic":
                cal = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
                cal.fit(oof[:, j], positive.astype(float))
            else:
                cal = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000)
                cal.fit(oof[:, [j]], positive.astype(int))
            self.calibrators_.append(cal)
        self.n_features_in_ = X.shape[1]
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "estimator_")
        return self.estimator_.decision_function(X)

    def _column_proba(self, j: int, scores: np.ndarray) -> np.ndarray:
        cal = self.calibrators_[j]
        if isinstance(cal, LogisticRegression):
            return cal.predict_proba(scores.reshape(-1, 1))[:, 1]
        return np.asarray(cal.predict(scores), dtype=float)

    def predict_proba(self, X: Any) -> np.ndarray:
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p = self._column_proba(0, scores)
            return np.column_stack([1.0 - p, p])
        proba = np.column_stack([self._column_proba(j, scores[:, j]) for j in range(scores.shape[1])])
        total = proba.sum(axis=1, keepdims=True)
        # A row whose calibrated columns are all zero (isotonic) gets the uniform distribution.
        uniform = np.full_like(proba, 1.0 / proba.shape[1])
        return np.where(total > 0, proba / np.where(total > 0, total, 1.0), uniform)

    def predict(self, X: Any) -> np.ndarray:
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]
