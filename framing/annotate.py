"""Run several indicators in one pass over a corpus, or over a stream of corpus chunks.

``fr.annotate`` splits each document into sentences, paragraphs and quotations once and hands
that shared analysis to every extractor asked for, instead of each extractor splitting the text
again. Given an iterator of chunks (``fr.read_jsonl(path, chunksize=N)``) and ``out=``, it writes
the spans of each chunk to Parquet as soon as the chunk is done, so memory stays bounded by the
chunk size, not by the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing import lexicons as _lexicons
from framing._mapping import Doc, check_n_jobs, map_docs, show_progress, span_table
from framing._validation import check_choice
from framing.corpus import Corpus, as_corpus
from framing.provenance import attach
from framing.quotes import PRECISIONS

__all__ = ["INDICATORS", "annotate"]

#: The indicators ``annotate`` knows, in the order it runs them.
INDICATORS = ("labels", "quotes", "hedges", "agency")


@dataclass(frozen=True)
class _Indicator:
    name: str
    function: str
    per_doc: Callable[[Any, Any], list[Any]]
    arg: Any
    columns: list[str]
    dtypes: dict[str, Any]
    lexicons: list[Any]
    params: dict[str, Any]


#: The options ``annotate`` passes on, per indicator, with their choices.
OPTIONS: dict[str, dict[str, tuple[str, ...]]] = {"quotes": {"precision": PRECISIONS}}


def _check_options(options: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    checked: dict[str, dict[str, Any]] = {}
    if options is not None and not isinstance(options, Mapping):
        raise TypeError(
            "`options` of annotate must map an indicator to a mapping of its options, such as "
            f"{{'quotes': {{'precision': 'high'}}}}. Got {type(options).__name__} {options!r} instead."
        )
    for key, opts in dict(options or {}).items():
        check_choice("options", key, INDICATORS, owner="annotate")
        if key not in OPTIONS or not isinstance(opts, Mapping):
            known = ", ".join(f"{{{k!r}: {{{o!r}: ...}}}}" for k, v in OPTIONS.items() for o in v)
            raise ValueError(
                f"`options` must map an indicator to a mapping of its options ({known}); got "
                f"{key!r}: {opts!r}. Pass the other options to the indicator's own function."
            )
        for name, value in opts.items():
            check_choice(f"options['{key}']", name, OPTIONS[key], owner="annotate")
            check_choice(f"options['{key}']['{name}']", value, OPTIONS[key][name], owner="annotate")
        checked[key] = dict(opts)
    return checked


def _prepare(name: str, lexicon: Any, options: Mapping[str, Any] | None = None) -> _Indicator:
    """The per-document extractor of one indicator with its rules, compiled once."""
    options = options or {}
    if name == "labels":
        from framing.labels import _LABEL_COLUMNS, _doc_mentions
        from framing.labels import _lexicon as labels_lexicon

        lx = labels_lexicon("syria" if lexicon is None else lexicon)
        return _Indicator(
            name,
            "find_labels",
            _doc_mentions,
            (lx, "labels"),
            _LABEL_COLUMNS[3:],
            {"in_quote": bool},
            [lx],
            {},
        )
    if name == "quotes":
        from framing.quotes import QUOTE_COLUMNS, _cached_rules, _load_domain, _per_doc

        precision = options.get("precision", "standard")

        verbs = _lexicons.load("reporting_verbs")
        roles = _lexicons.load("speaker_roles")
        domain = _load_domain(lexicon)
        cols = [c for c in QUOTE_COLUMNS[3:] if c != "text"]
        dtypes: dict[str, Any] = {
            **dict.fromkeys(("speaker_start", "speaker_end", "cue_start", "cue_end"), "Int64"),
            **dict.fromkeys(("content_start", "content_end"), np.int64),
            "anonymous": bool,
        }
        return _Indicator(
            name,
            "extract_quotes",
            _per_doc(precision),
            _cached_rules(verbs, roles, domain),
            cols,
            dtypes,
            [verbs, roles, domain],
            {"lexicon": domain.name if domain else None, "precision": precision},
        )
    if name == "hedges":
        from framing.hedges import _compile, _hedge_lexicon, _hedges_in

        hx = _hedge_lexicon("hedges" if lexicon is None else lexicon)
        compiled = _compile(hx)
        return _Indicator(
            name,
            "find_hedges",
            _hedges_in,
            compiled,
            ["start", "end", "family", "lemma", "in_quote"],
            {"in_quote": bool},
            [hx, *(compiled.speakers.lexicons if compiled.speakers else ())],
            {"lexicon": hx.name},
        )
    from framing.agency import _COLUMNS, _doc_records, _rules

    ax = _lexicons.load("harm_verbs" if lexicon is None else lexicon)
    if ax.kind != "harm_verbs":
        raise ValueError(
            f"`lexicons['agency']` must be a lexicon of kind 'harm_verbs'; {ax.name!r} is of kind "
            f"{ax.kind!r}. Pass lexicons={{'agency': 'harm_verbs'}} or a file of that kind."
        )
    return _Indicator(
        name,
        "find_agency",
        _doc_records,
        _rules(ax),
        _COLUMNS[3:],
        {
            **dict.fromkeys(("agent_start", "agent_end", "victim_start", "victim_end"), "Int64"),
            "in_quote": bool,
        },
        [ax],
        {"lexicon": ax.name},
    )


def _annotate_doc(text: str, preps: Sequence[tuple[Callable[[Any, Any], list[Any]], Any]]) -> list[list[Any]]:
    """Every indicator's records of one document, sharing one :class:`Doc` analysis."""
    doc = Doc(text)
    return [fn(doc, arg) for fn, arg in preps]


def _chunks(source: Any) -> Iterable[Corpus]:
    if isinstance(source, (Corpus, pd.DataFrame)):
        return [as_corpus(source, parameter="source")]
    if isinstance(source, (str, Path)):
        raise TypeError(
            "`source` must be a Corpus, a DataFrame or an iterator of them, not a path. Got "
            f"{str(source)!r}; read it first, e.g. fr.read_jsonl(path, chunksize=5000)."
        )
    if isinstance(source, Iterable):
        return (as_corpus(c, parameter="source") for c in source)
    raise TypeError(
        "`source` must be a Corpus, a DataFrame or an iterator of them (fr.read_jsonl(path, "
        f"chunksize=N), fr.read_parquet(path, batch_size=N)). Got {type(source).__name__} instead."
    )


def annotate(
    source: Any,
    *,
    indicators: Sequence[str] = INDICATORS,
    lexicons: Mapping[str, Any] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    out: str | Path | None = None,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> dict[str, pd.DataFrame]:
    """Find the spans of several indicators in one pass, optionally streaming them to Parquet.

    Parameters
    ----------
    source : Corpus, DataFrame, or an iterable of them
        The articles: one corpus, or chunks of one, such as ``fr.read_jsonl(path,
        chunksize=5000)`` or ``fr.read_parquet(path, batch_size=5000)``.
    indicators : sequence of str, default ("labels", "quotes", "hedges", "agency")
        Which span tables to make: ``labels`` (:func:`framing.find_labels`), ``quotes``
        (:func:`framing.extract_quotes`), ``hedges`` (:func:`framing.find_hedges`), ``agency``
        (:func:`framing.find_agency`).
    lexicons : mapping, optional
        A lexicon per indicator, e.g. ``{"labels": "syria", "quotes": "syria"}``; missing ones
        take the defaults of the single functions ("syria" for labels, no domain lexicon for
        quotes, "hedges", "harm_verbs").
    options : mapping, optional
        Options of an indicator's single function, per indicator. One is known:
        ``{"quotes": {"precision": "high"}}`` or ``"balanced"`` (see
        :func:`framing.extract_quotes`; default ``"standard"``). Options of an indicator left out of ``indicators`` are an error.
    out : str or Path, optional
        A folder. Each chunk's spans are written as soon as the chunk is done, to
        ``out/<indicator>/part-00000.parquet``, ``part-00001.parquet``, ... (one Parquet dataset
        per indicator, readable with ``pandas.read_parquet(out / "hedges")``); nothing is kept
        in memory. Existing part files there are an error, so a run never mixes with an old one.
    n_jobs : int, default 1
        Worker processes per chunk (joblib); results are identical to ``n_jobs=1``.
    progress : bool or None, default None
        Show a progress bar per chunk; None shows one only on a terminal or in a notebook.

    Returns
    -------
    dict of str to DataFrame
        Without ``out``: each indicator's span table, with the same rows and columns as its
        single function (see those for the columns). With ``out``: each indicator's table of
        written parts, with columns ``part`` (chunk number), ``path``, ``n_docs`` (articles in
        the chunk) and ``n_spans`` (rows written).

    Notes
    -----
    Each document is split into sentences, paragraphs and quotation spans once (a shared
    analysis) and every indicator's pure per-document extractor reads that analysis; the rows
    are the same as those of the single functions. Memory is bounded by the chunk size: one
    chunk's texts and spans at a time (see ``docs/scaling.md`` and the measured peak in
    ``benchmarks/RESULTS.md``).

    Examples
    --------
    >>> import pandas as pd, framing as fr
    >>> docs = pd.DataFrame({"text": ['Rebels reportedly shelled the town, "a disaster," a resident said.'],
    ...                      "outlet": ["Wire"]})
    >>> spans = fr.annotate(docs, indicators=["hedges", "agency"])
    >>> spans["hedges"]["lemma"].tolist(), spans["agency"]["construction"].tolist()
    (['reportedly'], ['active'])
    """
    if isinstance(indicators, str):
        indicators = [indicators]
    chosen = [check_choice("indicators", i, INDICATORS) for i in indicators]
    if not chosen or len(set(chosen)) != len(chosen):
        raise ValueError(
            f"`indicators` must name each of {', '.join(INDICATORS)} at most once, and at least one. "
            f"Got {list(indicators)!r} instead."
        )
    lexicons = dict(lexicons or {})
    for key in lexicons:
        check_choice("lexicons", key, INDICATORS)
    opts = _check_options(options)
    unused = [k for k in opts if k not in chosen]
    if unused:
        raise ValueError(
            f"`options` of annotate has options for {unused[0]!r}, which is not among the indicators "
            f"{chosen!r}; add {unused[0]!r} to `indicators` or drop its options."
        )
    n_jobs = check_n_jobs(n_jobs)
    show = show_progress(progress)
    preps = [_prepare(name, lexicons.get(name), opts.get(name)) for name in chosen]
    folder = Path(out) if out is not None else None
    if folder is not None:
        for p in preps:
            existing = sorted((folder / p.name).glob("part-*.parquet"))
            if existing:
                raise FileExistsError(
                    f"`out` already holds spans ({str(existing[0])!r}); pass an empty or new folder, "
                    "or delete the old parts first."
                )
            (folder / p.name).mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[pd.DataFrame]] = {p.name: [] for p in preps}
    written: dict[str, list[dict[str, Any]]] = {p.name: [] for p in preps}
    pairs = [(p.per_doc, p.arg) for p in preps]
    n_docs = 0
    fingerprints = []
    for part, corpus in enumerate(_chunks(source)):
        docs = corpus.docs
        per_doc = map_docs(
            _annotate_doc, docs["text"].tolist(), pairs, n_jobs=n_jobs, progress=show, desc=f"annotate {part}"
        )
        n_docs += len(docs)
        fingerprints.append(corpus.fingerprint["sha256"])
        for k, p in enumerate(preps):
            spans = span_table(
                docs, [recs[k] for recs in per_doc], p.columns, dtypes=p.dtypes, function=p.function
            )
            if folder is None:
                tables[p.name].append(spans)
                continue
            path = folder / p.name / f"part-{part:05d}.parquet"
            spans.to_parquet(path, index=False)
            written[p.name].append(
                {"part": part, "path": str(path), "n_docs": len(docs), "n_spans": len(spans)}
            )
        del per_doc
    corpus_fp = (
        {"n_docs": n_docs, "sha256": fingerprints[0]}
        if len(fingerprints) == 1
        else {"n_docs": n_docs, "sha256": _combined(fingerprints)}
    )
    result: dict[str, pd.DataFrame] = {}
    for p in preps:
        params = {
            **p.params,
            "n_jobs": n_jobs,
            "via": "annotate",
            "out": None if folder is None else str(folder),
        }
        if folder is None:
            parts = tables[p.name]
            df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0] if parts else _empty(p)
            for c, dt in p.dtypes.items():
                df[c] = df[c].astype(dt)
        else:
            df = pd.DataFrame(written[p.name], columns=["part", "path", "n_docs", "n_spans"])
        result[p.name] = attach(df, function=p.function, params=params, lexicons=p.lexicons, corpus=corpus_fp)
    return result


def _empty(p: _Indicator) -> pd.DataFrame:
    empty = pd.DataFrame(
        {"doc_id": [], "outlet": [], "date": pd.Series([], dtype="datetime64[ns]"), "text": []}
    )
    return span_table(empty, [], p.columns, dtypes=p.dtypes, function=p.function)


def _combined(fingerprints: list[str]) -> str:
    import hashlib

    h = hashlib.sha256()
    for fp in fingerprints:
        h.update(fp.encode())
    return h.hexdigest()
