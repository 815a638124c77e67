"""Shared input validation: one clear sentence per error, naming the parameter and the fix."""

from __future__ import annotations

import difflib
import os
import sys
import warnings
from collections.abc import Iterable, Sequence
from types import FrameType
from typing import Any


class FramingWarning(UserWarning):
    """A recoverable oddity in the input (rows dropped, dates unparsed, bytes replaced)."""


_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _caller_level() -> int:
    """The ``stacklevel`` (counted from :func:`warn`) of the frame that called into framing: the
    caller of the outermost framing frame, i.e. the user's line in a script or notebook cell."""
    frame: FrameType | None = sys._getframe(1)  # warn's own frame is level 1
    level, outermost = 1, 1
    while frame is not None:
        if os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE):
            outermost = level
        frame = frame.f_back
        level += 1
    return outermost + 1


def warn(message: str, *, stacklevel: int | None = None) -> None:
    """Issue a :class:`FramingWarning` shown at the user's call (by default: the line that called
    into framing, not a line of library source); ``stacklevel`` counts from here otherwise."""
    warnings.warn(message, FramingWarning, stacklevel=stacklevel or _caller_level())


def closest(name: str, options: Iterable[str]) -> str | None:
    """The option most similar to ``name`` (case-insensitive), or None."""
    options = [str(o) for o in options]
    lowered = {o.lower(): o for o in options}
    if name.lower() in lowered:
        return lowered[name.lower()]
    hits = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.5)
    return lowered[hits[0]] if hits else None


# Column names that usually hold each corpus field, for suggestions in column errors.
_SYNONYMS = {
    "text": ("body", "content", "article", "full_text", "maintext", "story", "text_body"),
    "outlet": ("source", "publisher", "publication", "media", "site", "domain", "outlet_name"),
    "date": ("published", "publish_date", "pub_date", "published_at", "timestamp", "datetime", "time"),
    "title": ("headline", "heading", "header"),
    "doc_id": ("id", "article_id", "uuid", "uid", "filename", "ID"),
}


def column_error(parameter: str, given: str, columns: Sequence[str]) -> ValueError:
    """The error for a keyword that names a column the data does not have."""
    cols = ", ".join(str(c) for c in columns) or "(none)"
    guess = closest(str(given), columns)
    if guess is None:
        lowered = {str(c).lower(): str(c) for c in columns}
        guess = next((lowered[s.lower()] for s in _SYNONYMS.get(parameter, ()) if s.lower() in lowered), None)
    fix = f" Pass {parameter}={guess!r}." if guess else f" Pass {parameter}=<column> naming one of them."
    return ValueError(
        f"`{parameter}` names a column that is not in the data ({given!r}); the columns are: {cols}.{fix}"
    )


def check_choice(parameter: str, value: Any, options: Iterable[Any], *, owner: str = "") -> Any:
    """Raise the scikit-learn style error when ``value`` is not one of ``options``."""
    options = list(options)
    if value not in options:
        where = f" of {owner}" if owner else ""
        shown = "{" + ", ".join(repr(o) for o in options) + "}"
        guess = closest(str(value), [str(o) for o in options]) if isinstance(value, str) else None
        hint = f" Did you mean {guess!r}?" if guess else ""
        raise ValueError(
            f"The `{parameter}` parameter{where} must be one of {shown}. Got {value!r} instead.{hint}"
        )
    return value


def check_int(parameter: str, value: Any, *, minimum: int | None = None) -> int:
    if isinstance(value, bool) or (not isinstance(value, (int,)) and not hasattr(value, "__index__")):
        raise TypeError(f"`{parameter}` must be an integer. Got {value!r} instead.")
    value = int(value)
    if minimum is not None and value < minimum:
        raise ValueError(f"`{parameter}` must be at least {minimum}. Got {value} instead.")
    return value


def check_probability(parameter: str, value: Any) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise TypeError(f"`{parameter}` must be a number between 0 and 1. Got {value!r} instead.") from None
    if not 0.0 < v < 1.0:
        raise ValueError(
            f"`{parameter}` must be between 0 and 1 (exclusive), e.g. 0.95. Got {value!r} instead."
        )
    return v
