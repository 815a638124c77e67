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
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.model = model
        self.nb = nb
        self.n_scaled = n_scaled
        self.alpha = alpha

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
        return scale

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

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> NBLinear:
        if self.model not in _MODELS:
            raise ValueError(f"`model` must be one of {_MODELS}. Got {self.model!r} instead.")
        X = sp.csr_matrix(X)
        self.classes_, y_int = np.unique(np.asarray(y), return_inverse=True)
        weight = self._sample_weight(y_int)
        if sample_weight is not None:
            weight = weight * np.asarray(sample_weight, dtype=float)
        targets = [1] if len(self.classes_) == 2 else list(range(len(self.classes_)))
        kinds = {"svm": ["svm"], "logreg": ["logreg"], "both": ["svm", "logreg"]}[self.model]
        scales = [self._scale(X, y_int == k) for k in targets]
        scaled = [X @ sp.diags(s.astype(X.dtype)) if self.nb else X for s in scales]
        tasks = [(i, kind) for i in range(len(targets)) for kind in kinds]
        # Sequential on purpose: liblinear's random coordinate order comes from the C library's
        # global rand(), which concurrent threads would interleave (non-reproducible weights).
        fitted = [
            self._fit_one(kind, scaled[i], (y_int == targets[i]).astype(int), weight) for i, kind in tasks
        ]
        coefs, intercepts = [], []
        for i in range(len(targets)):
            parts = [fitted[t] for t, (j, _) in enumerate(tasks) if j == i]
            if len(parts) == 2:
                # Put the two on a common scale (unit l2 norm of the weights) before averaging.
                norms = [max(float(np.linalg.norm(c)), 1e-12) for c, _ in parts]
                coef = (parts[0][0] / norms[0] + parts[1][0] / norms[1]) / 2
                intercept = (parts[0][1] / norms[0] + parts[1][1] / norms[1]) / 2
            else:
                coef, intercept = parts[0]
            coefs.append(coef * scales[i])
            intercepts.append(intercept)
        self.coef_ = np.vstack(coefs)
        self.intercept_ = np.array(intercepts)
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
