"""Saving and loading models with skops (never pickle), with provenance beside the model."""

from __future__ import annotations

import datetime as _dt
import json
import platform
from pathlib import Path
from typing import Any

from framing._validation import warn

__all__ = ["TRUSTED_TYPES", "load", "model_info", "save"]

#: Types :func:`load` trusts beyond skops's defaults (scikit-learn estimators and numpy/scipy
#: containers). Everything else found in a file is refused.
TRUSTED_TYPES = [
    "framing.models.classifier.FramingClassifier",
    "framing.models.features.FramingFeatures",
    "framing.models._linear.NBLinear",
    "framing.models._linear.CalibratedLinear",
    "framing.lexicons.Lexicon",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.svm._classes.LinearSVC",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "builtins.slice",
]


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def save(estimator: Any, path: str | Path) -> Path:
    """Save a fitted estimator with skops, and its provenance in ``<path>.json`` beside it.

    Parameters
    ----------
    estimator : fitted scikit-learn estimator
        Typically a :class:`FramingClassifier`.
    path : str or Path
        Target file, conventionally ending in ``.skops``.

    Returns
    -------
    Path
        The model file. The provenance file ``<path>.json`` holds ``framing_version``,
        ``sklearn_version``, ``python_version``, ``saved_at``, ``estimator`` (class name),
        ``params`` (as strings) and ``training`` (the estimator's ``training_`` record: number
        of documents, sha256 of the training texts, classes, fit time) and ``lexicons`` (name ->
        version and sha256 of the lexicons the fitted model reads, e.g. its ``bias_cues``).

    Examples
    --------
    >>> import tempfile, os
    >>> from framing.models import FramingClassifier
    >>> clf = FramingClassifier(min_df=1, calibration_cv=2).fit(["a b", "c d"] * 2, [0, 1] * 2)
    >>> p = save(clf, os.path.join(tempfile.mkdtemp(), "m.skops"))
    >>> load(p).predict(["a b"]).tolist()
    [0]
    """
    import skops.io as sio
    from sklearn import __version__ as sk_version
    from sklearn.utils.validation import check_is_fitted

    from framing import __version__

    check_is_fitted(estimator)
    target = Path(path)
    if not target.parent.exists():
        raise FileNotFoundError(
            f"`path` is in a folder that does not exist ({str(target.parent)!r}); create it first."
        )
    sio.dump(estimator, target)
    info = {
        "framing_version": __version__,
        "sklearn_version": sk_version,
        "python_version": platform.python_version(),
        "saved_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "estimator": type(estimator).__name__,
        "params": {k: repr(v) for k, v in estimator.get_params(deep=False).items()},
        "training": getattr(estimator, "training_", None),
        "lexicons": {
            lx.name: {"version": lx.version, "sha256": lx.sha256}
            for lx in (estimator._lexicons_used() if hasattr(estimator, "_lexicons_used") else [])
        },
    }
    _sidecar(target).write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
    return target


def model_info(path: str | Path) -> dict[str, Any]:
    """The provenance saved beside a model by :func:`save` (``{}`` when the file is absent)."""
    side = _sidecar(Path(path))
    if not side.exists():
        return {}
    info: dict[str, Any] = json.loads(side.read_text(encoding="utf-8"))
    return info


def load(path: str | Path, *, trusted: list[str] | None = None) -> Any:
    """Load an estimator saved with :func:`save`, refusing any type not known to be safe.

    Parameters
    ----------
    path : str or Path
        The ``.skops`` file.
    trusted : list of str, optional
        Extra fully qualified type names to trust (for your own estimators in the file), added to
        :data:`TRUSTED_TYPES`.

    Returns
    -------
    estimator

    Notes
    -----
    skops reads the file without executing code; types outside scikit-learn's and this list
    raise a ``ValueError`` naming them (inspect a file with ``skops.io.get_untrusted_types``).
    A version of framing or scikit-learn different from the one that saved the model is
    reported with a :class:`~framing.FramingWarning`: predictions may differ.

    Examples
    --------
    See :func:`save`.
    """
    import skops.io as sio
    from sklearn import __version__ as sk_version

    from framing import __version__

    source = Path(path)
    if not source.exists():
        raise FileNotFoundError(f"`path` names a file that does not exist: {str(source)!r}.")
    allowed = TRUSTED_TYPES + list(trusted or [])
    untrusted = [t for t in sio.get_untrusted_types(file=source) if t not in allowed]
    if untrusted:
        raise ValueError(
            f"`path` {str(source)!r} holds types that are not trusted: {', '.join(untrusted)}; if "
            "you trust the file's author, pass them as load(path, trusted=[...])."
        )
    estimator = sio.load(source, trusted=allowed)
    info = model_info(source)
    for name, current in (("framing_version", __version__), ("sklearn_version", sk_version)):
        saved = info.get(name)
        if saved is not None and saved != current:
            warn(
                f"The model in {source.name!r} was saved with {name.split('_')[0]} {saved}; this is "
                f"{current}, so predictions may differ. Retrain or install the saving version."
            )
    return estimator
