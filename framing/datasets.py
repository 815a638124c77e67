"""Bundled corpora, written by this project, loaded by name.

Each corpus is a folder in ``corpora/`` (shipped inside the wheel as ``framing/_corpora``) with
``DATASHEET.md``, an optional answer key ``planted.yaml`` and ``articles/<outlet>/<id>.txt``
files, each opening with a small header::

    title: Rebels reach Aleppo
    date: 2024-11-29
    outlet: Global Wire Service
    ---
    ALEPPO, Syria (GWS) — ...
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from framing._validation import closest
from framing.corpus import Corpus

__all__ = ["answer_key", "available", "datasheet", "load"]


def _root() -> Path:
    packaged = resources.files("framing") / "_corpora"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "corpora"


def available() -> list[str]:
    """Names of the bundled corpora."""
    root = _root()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "articles").is_dir())


def _folder(name: Any) -> Path:
    if isinstance(name, pd.DataFrame):
        raise TypeError(
            "`name` must be the name of a bundled corpus (a string), not a DataFrame. To analyse "
            "your own data, build a corpus with fr.Corpus.from_dataframe(df, text=..., outlet=...)."
        )
    if not isinstance(name, str):
        raise TypeError(f"`name` must be a string naming a bundled corpus. Got {type(name).__name__}.")
    names = available()
    if name not in names:
        guess = closest(name, names)
        hint = f" Did you mean {guess!r}?" if guess else ""
        raise ValueError(
            f"`name` {name!r} is not a bundled corpus; the bundled corpora are: "
            f"{', '.join(names) or '(none)'}.{hint}"
        )
    return _root() / name


def _parse_article(path: Path) -> dict[str, Any]:
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"Bundled article {path.name} lacks the '---' line that ends its header.")
    meta: dict[str, Any] = {}
    for line in head.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    return {
        "doc_id": path.stem,
        "text": body.strip("\n"),
        "outlet": meta.get("outlet", path.parent.name),
        "date": meta.get("date"),
        "title": meta.get("title", ""),
    }


@lru_cache(maxsize=8)
def _load_table(name: str) -> pd.DataFrame:
    folder = _folder(name) / "articles"
    rows = [_parse_article(p) for p in sorted(folder.rglob("*.txt"))]
    return pd.DataFrame(rows)


def load(name: str) -> Corpus:
    """Load a bundled corpus by name.

    Parameters
    ----------
    name : str
        One of :func:`available`, e.g. ``"aleppo-2024"``.

    Returns
    -------
    Corpus
        The articles as published, site boilerplate and syndicated copies included: run
        :meth:`Corpus.clean` and :meth:`Corpus.dedupe` as you would on scraped data.

    Examples
    --------
    >>> corpus = load("aleppo-2024")  # doctest: +SKIP
    """
    return Corpus.from_dataframe(_load_table(name).copy())


def datasheet(name: str) -> str:
    """The corpus's ``DATASHEET.md`` (motivation, composition, what is fictional, uses)."""
    return (_folder(name) / "DATASHEET.md").read_text(encoding="utf-8")


def answer_key(name: str) -> dict[str, Any]:
    """The machine-readable table of framing planted in a teaching corpus (``planted.yaml``)."""
    path = _folder(name) / "planted.yaml"
    if not path.exists():
        raise ValueError(f"`name` {name!r} has no answer key; only teaching corpora carry one.")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data
