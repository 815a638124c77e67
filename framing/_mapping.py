"""One way to run a pure per-document extractor over a corpus, and one way to assemble its spans.

Every extractor is a function ``fn(doc, arg) -> list[record]`` of one document (a ``str`` or a
shared :class:`Doc` analysis) and a prepared argument (compiled rules). :func:`map_docs` maps it
over the corpus in chunks, in this process or in joblib (loky) worker processes, with a tqdm
bar when asked; results come back in document order whatever ``n_jobs`` is. :func:`span_table`
turns the per-document records into the design's span table (``doc_id``, ``outlet``, ``date``,
``start``, ``end``, ``text`` and the extractor's columns) and checks every offset.
:func:`is_dask` and :func:`dask_spans` run the same extractors on the partitions of a Dask
DataFrame.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from framing._validation import check_int
from framing.text import _MARK_CANDIDATE, Quote, _quotes, _sentences, paragraphs, sentence_at

__all__ = [
    "Doc",
    "as_doc",
    "check_n_jobs",
    "chunk_size",
    "dask_spans",
    "is_dask",
    "map_docs",
    "show_progress",
    "span_table",
]

#: Upper bound on documents per task: big enough that joblib's per-task cost (pickling the rules
#: and the texts, a round trip to the worker) stays well under 1% of the work, small enough that
#: a progress bar moves and that two workers finish together.
MAX_CHUNK = 250


class Doc:
    """One document's shared analysis: its text and, computed at most once, its sentences,
    paragraphs and quotations, for extractors that run together on the same document."""

    __slots__ = ("__dict__", "text")

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return _sentences(self.text, self.paragraphs)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraphs(self.text)

    @cached_property
    def lower(self) -> str:
        """``text.lower()``, for the extractors that scan the lower-cased text."""
        return self.text.lower()

    @cached_property
    def quotes(self) -> list[Quote]:
        if _MARK_CANDIDATE.search(self.text) is None:
            return []
        return _quotes(self.text, self.paragraphs)

    @cached_property
    def quote_contents(self) -> list[tuple[int, int]]:
        return [(q.content_start, q.content_end) for q in self.quotes]

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """:func:`framing.text.sentence_at` of ``pos``: looked up in the sentences when they have
        been split already, else found by splitting only the line around ``pos``."""
        sents = self.__dict__.get("sentences")
        if sents is None:
            return sentence_at(self.text, pos, self.paragraphs)
        starts = self.__dict__.get("_sentence_starts")
        if starts is None:
            starts = self.__dict__["_sentence_starts"] = [s for s, _ in sents]
        i = bisect.bisect_right(starts, pos) - 1
        return sents[i] if i >= 0 and pos < sents[i][1] else None


def as_doc(doc: str | Doc) -> Doc:
    """The shared analysis of ``doc`` (a new one for a plain string)."""
    return doc if isinstance(doc, Doc) else Doc(doc)


def check_n_jobs(n_jobs: Any) -> int:
    """Validate ``n_jobs``: a positive number of processes, or -1 for all cores."""
    n = check_int("n_jobs", n_jobs)
    if n == 0 or n < -1:
        raise ValueError(
            f"`n_jobs` must be a positive number of processes or -1 for all cores. Got {n} instead."
        )
    return n


def show_progress(progress: bool | None) -> bool:
    """Whether to draw a progress bar: ``None`` means only on a terminal or in a notebook."""
    if progress is not None and not isinstance(progress, (bool, np.bool_)):
        raise TypeError(f"`progress` must be True, False or None (automatic). Got {progress!r} instead.")
    if progress is not None:
        return bool(progress)
    if "ipykernel" in sys.modules:
        return True
    return sys.stderr.isatty()


def chunk_size(n_docs: int, workers: int) -> int:
    """Documents per task: about eight tasks per worker (so uneven chunks even out), at most
    :data:`MAX_CHUNK`."""
    if n_docs <= 0:
        return 1
    return max(1, min(MAX_CHUNK, -(-n_docs // (8 * max(workers, 1)))))


def _run_chunk(fn: Callable[[Any, Any], Any], docs: list[Any], arg: Any) -> list[Any]:
    return [fn(d, arg) for d in docs]


def map_docs(
    fn: Callable[[Any, Any], Any],
    docs: Sequence[Any],
    arg: Any,
    *,
    n_jobs: int = 1,
    progress: bool | None = False,
    desc: str = "documents",
) -> list[Any]:
    """``[fn(d, arg) for d in docs]``, in chunks, optionally in ``n_jobs`` worker processes.

    ``fn`` must be a module-level (picklable) pure function. The result is the same list, in the
    same order, for every ``n_jobs``.
    """
    docs = list(docs)
    workers = 1
    if n_jobs != 1 and len(docs) > 1:
        from joblib import effective_n_jobs

        workers = effective_n_jobs(n_jobs)
    size = chunk_size(len(docs), workers)
    chunks = [docs[i : i + size] for i in range(0, len(docs), size)]
    if workers == 1:
        it: Iterable[list[Any]] = (_run_chunk(fn, c, arg) for c in chunks)
    else:
        from joblib import Parallel, delayed

        it = Parallel(n_jobs=workers, return_as="generator")(delayed(_run_chunk)(fn, c, arg) for c in chunks)
    if show_progress(progress) and chunks:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(chunks), desc=desc, unit="chunk")
    return [recs for part in it for recs in part]


def span_table(
    docs: pd.DataFrame,
    per_doc: Sequence[Sequence[Any]],
    columns: Sequence[str],
    *,
    dtypes: dict[str, Any] | None = None,
    function: str = "extractor",
) -> pd.DataFrame:
    """The span table of per-document records.

    ``per_doc[i]`` holds the records of ``docs.iloc[i]``, each a tuple ``(start, end, *rest)``
    with ``rest`` matching ``columns`` after ``start`` and ``end``, or a dict with those keys.
    The result has ``doc_id``, ``outlet``, ``date``, ``start``, ``end``, ``text``
    (``doc_text[start:end]``) and then ``columns`` (without start/end), in document order.
    Offsets outside the document raise a RuntimeError naming ``function``: an extractor bug,
    never the user's.
    """
    if len(per_doc) != len(docs):
        raise RuntimeError(f"{function} returned {len(per_doc)} results for {len(docs)} documents.")
    rest = [c for c in columns if c not in ("start", "end", "text")]
    counts = np.fromiter((len(r) for r in per_doc), dtype=np.int64, count=len(per_doc))
    idx = np.repeat(np.arange(len(per_doc)), counts)
    recs = [r for rows in per_doc for r in rows]
    body = pd.DataFrame.from_records(recs, columns=["start", "end", *rest]) if recs else None
    start = body["start"].to_numpy(dtype=np.int64) if body is not None else np.zeros(0, np.int64)
    end = body["end"].to_numpy(dtype=np.int64) if body is not None else np.zeros(0, np.int64)
    texts = docs["text"].tolist()
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))[idx]
    bad = (start < 0) | (end < start) | (end > lengths)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise RuntimeError(
            f"{function} produced a span ({start[k]}, {end[k]}) outside document "
            f"{docs['doc_id'].iloc[idx[k]]!r} of length {lengths[k]}; please report this bug."
        )
    spans = [texts[i][s:e] for i, s, e in zip(idx.tolist(), start.tolist(), end.tolist())]
    out = pd.DataFrame(
        {
            "doc_id": docs["doc_id"].to_numpy(dtype=object)[idx],
            "outlet": docs["outlet"].to_numpy(dtype=object)[idx],
            "date": docs["date"].to_numpy()[idx].astype("datetime64[ns]"),
            "start": start,
            "end": end,
            "text": np.array(spans, dtype=object) if spans else np.zeros(0, dtype=object),
        }
    )
    for c in rest:
        if body is None:
            out[c] = np.zeros(0, dtype=object)
        elif body[c].dtype == object or pd.api.types.is_string_dtype(body[c].dtype):
            out[c] = body[c].to_numpy(dtype=object)
        else:
            out[c] = body[c].to_numpy()
    for c, dt in (dtypes or {}).items():
        out[c] = out[c].astype(dt)
    return out


# -- Dask ---------------------------------------------------------------------------------------
def is_dask(data: Any) -> bool:
    """True for a ``dask.dataframe.DataFrame`` (checked without importing Dask)."""
    return type(data).__module__.split(".")[0] == "dask" and hasattr(data, "map_partitions")


def _check_dask_corpus(ddf: Any, parameter: str = "corpus") -> None:
    if "text" not in ddf.columns:
        raise ValueError(
            f"`{parameter}` is a Dask DataFrame without a 'text' column (columns: "
            f"{', '.join(map(str, ddf.columns))}); rename the text column to 'text'."
        )
    if "doc_id" not in ddf.columns:
        raise ValueError(
            f"`{parameter}` is a Dask DataFrame without a 'doc_id' column; partitions cannot "
            "number their rows consistently, so add unique ids first, e.g. "
            "ddf = ddf.assign(doc_id=ddf.index.astype(str)) on a unique index."
        )


def _partition_spans(
    part: pd.DataFrame, func: Callable[..., pd.DataFrame], kwargs: dict[str, Any]
) -> pd.DataFrame:
    out = func(part, **kwargs).reset_index(drop=True)
    out.attrs = {}
    return out


def dask_spans(ddf: Any, func: Callable[..., pd.DataFrame], **kwargs: Any) -> Any:
    """Run the pandas extractor ``func`` on every partition of ``ddf`` (lazily): a Dask
    DataFrame of spans whose partitions are the extractor's span tables."""
    _check_dask_corpus(ddf)
    kwargs = {**kwargs, "n_jobs": 1}
    meta = _partition_spans(ddf._meta.iloc[0:0], func, kwargs)
    return ddf.map_partitions(_partition_spans, func, kwargs, meta=meta, enforce_metadata=False)


def dask_doc_table(ddf: Any, fn: Callable[..., pd.DataFrame], *args: Any) -> pd.DataFrame:
    """Reduce every partition of ``ddf`` to a small per-document table with ``fn(part, *args)``
    (no texts), and collect it: the input of an aggregate's bootstrap, in corpus order."""
    _check_dask_corpus(ddf)
    meta = fn(ddf._meta.iloc[0:0], *args)
    return ddf.map_partitions(fn, *args, meta=meta, enforce_metadata=False).compute().reset_index(drop=True)


def doc_hashes(docs: pd.DataFrame) -> np.ndarray:
    """SHA-256 of each document's id and text, for the fingerprint of a partitioned corpus."""
    import hashlib

    return np.array(
        [
            hashlib.sha256(f"{i}\x00{t}".encode("utf-8", "surrogatepass")).hexdigest()
            for i, t in zip(docs["doc_id"].astype(str), docs["text"].astype(str))
        ],
        dtype=object,
    )


def combined_fingerprint(hashes: Iterable[str]) -> dict[str, Any]:
    """The provenance fingerprint of a corpus seen as per-document hashes (Dask): its size and
    the SHA-256 of the documents' hashes in order. It identifies the corpus as well as the
    one-piece fingerprint does, but is a different number."""
    import hashlib

    h = hashlib.sha256()
    n = 0
    for sha in hashes:
        h.update(str(sha).encode())
        n += 1
    return {"n_docs": n, "sha256": h.hexdigest()}
