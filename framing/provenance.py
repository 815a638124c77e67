"""Provenance: what produced a result, recorded on the result itself.

Every DataFrame the library returns carries ``df.attrs["framing"]``::

    {"version": "0.1.0", "function": "label_choice", "params": {...},
     "lexicons": {"syria": {"version": "1.0.0", "sha256": "..."}},
     "corpus": {"n_docs": 54, "sha256": "..."}}

:func:`provenance` renders that record as a sentence for a paper's methods section.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

__all__ = ["DocsRef", "attach", "corpus_fingerprint", "provenance"]


class DocsRef:
    """The article table a span table was computed from, kept in ``spans.attrs["docs"]``.

    Aggregates need every article of a group, including those without spans. The reference is
    compared by identity and never copied: pandas compares and deep-copies ``attrs`` when it
    concatenates or copies frames, and a DataFrame there would be ambiguous to compare and
    costly to copy.
    """

    __slots__ = ("frame",)

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)

    def __copy__(self) -> DocsRef:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> DocsRef:
        return self

    def __repr__(self) -> str:
        return f"<DocsRef: {len(self.frame)} articles>"


def _version() -> str:
    from framing import __version__

    return __version__


def corpus_fingerprint(docs: pd.DataFrame) -> dict[str, Any]:
    """``{"n_docs", "sha256"}`` of a corpus table: the hash covers each doc_id and text, in order."""
    h = hashlib.sha256()
    for doc_id, text in zip(docs["doc_id"].astype(str), docs["text"].astype(str)):
        h.update(doc_id.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
        h.update(text.encode("utf-8", "surrogatepass"))
        h.update(b"\x01")
    return {"n_docs": len(docs), "sha256": h.hexdigest()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, pd.Grouper):
        return f"Grouper(key={value.key!r}, freq={getattr(value, 'freq', None)!s})"
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    name = getattr(value, "name", None)
    if isinstance(name, str):
        return name
    return repr(value)


def attach(
    df: pd.DataFrame,
    *,
    function: str,
    params: Mapping[str, Any] | None = None,
    lexicons: Iterable[Any] = (),
    corpus: Any = None,
) -> pd.DataFrame:
    """Record provenance on ``df`` (in place on ``df.attrs``) and return ``df``.

    ``lexicons`` are objects with ``name``, ``version`` and ``sha256`` (a
    :class:`~framing.lexicons.Lexicon`); ``corpus`` is a :class:`~framing.Corpus` or a
    ``{"n_docs", "sha256"}`` mapping.
    """
    lex = {}
    for lx in lexicons:
        if lx is None:
            continue
        lex[lx.name] = {"version": lx.version, "sha256": lx.sha256}
    if corpus is None:
        fp = None
    elif isinstance(corpus, Mapping):
        fp = dict(corpus)
    else:
        fp = corpus.fingerprint
    df.attrs["framing"] = {
        "version": _version(),
        "function": function,
        "params": _jsonable(dict(params or {})),
        "lexicons": lex,
        "corpus": fp,
    }
    return df


def provenance(df: pd.DataFrame) -> str:
    """Render a result's provenance as a methods-section sentence.

    Parameters
    ----------
    df : DataFrame
        A result of a ``framing`` function (it carries ``df.attrs["framing"]``).

    Returns
    -------
    str
        For example: "Computed with framing 0.1.0 (label_choice; by='outlet', n_boot=1000,
        seed=0) on 54 documents (corpus sha256 1a2b3c4d…), using the lexicon syria v1.0.0
        (sha256 9f8e7d6c…)."

    Examples
    --------
    >>> import pandas as pd
    >>> df = attach(pd.DataFrame(), function="demo", params={"seed": 0})
    >>> provenance(df).startswith("Computed with framing")
    True
    """
    rec = df.attrs.get("framing") if hasattr(df, "attrs") else None
    if not rec:
        raise ValueError(
            "`df` carries no framing provenance (df.attrs['framing'] is missing); pass a "
            "DataFrame returned by a framing function, before operations that drop attrs."
        )
    params = ", ".join(f"{k}={v!r}" for k, v in rec.get("params", {}).items())
    parts = [
        f"Computed with framing {rec['version']} ({rec['function']}" + (f"; {params})" if params else ")")
    ]
    corpus = rec.get("corpus")
    if corpus:
        parts.append(f" on {corpus['n_docs']:,} documents (corpus sha256 {corpus['sha256'][:12]}…)")
    lex = rec.get("lexicons") or {}
    if lex:
        names = [f"{n} v{v['version']} (sha256 {v['sha256'][:12]}…)" for n, v in lex.items()]
        word = "lexicon" if len(names) == 1 else "lexicons"
        parts.append(f", using the {word} " + ", ".join(names))
    return "".join(parts) + "."
