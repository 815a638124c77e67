"""Concordances (keyword in context): the sentences behind every count, for teaching and checking."""

from __future__ import annotations

import html
import re
from typing import Any

import pandas as pd

from framing._validation import check_int
from framing.corpus import Corpus, as_corpus
from framing.lexicons import Lexicon, load
from framing.provenance import attach
from framing.stats import group_codes

__all__ = ["Concordance", "kwic", "kwic_html"]

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_COLUMNS = ["doc_id", "outlet", "left", "match", "right", "start", "end"]


class Concordance(pd.DataFrame):
    """A :func:`kwic` table: a DataFrame that notebooks display with the match highlighted.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> table = fr.kwic(pd.DataFrame({"text": ["The regime fell."]}), "regime")
    >>> isinstance(table, fr.Concordance), table[["left", "match", "right"]].values.tolist()
    (True, [['The', 'regime', 'fell']])
    """

    @property
    def _constructor(self) -> type[Concordance]:
        return Concordance

    def _repr_html_(self) -> str | None:
        # A column selection (conc[["outlet", "match"]]) is still a Concordance: show it as a
        # plain table when the highlighted view's columns are gone.
        if not set(_COLUMNS[:5]).issubset(self.columns):
            return super()._repr_html_()
        return kwic_html(self)


def _left(text: str, start: int, window: int) -> str:
    lo = start
    if window > 0:
        # Look back far enough for `window` words, then keep the last `window` of them.
        reach = max(0, start - 40 * window)
        found = list(_WORD.finditer(text, reach, start))[-window:]
        lo = found[0].start() if found else start
    return " ".join(text[lo:start].split())


def _right(text: str, end: int, window: int) -> str:
    hi = end
    if window > 0:
        found = []
        for m in _WORD.finditer(text, end, min(len(text), end + 40 * window)):
            found.append(m)
            if len(found) == window:
                break
        hi = found[-1].end() if found else end
    return " ".join(text[end:hi].split())


def _lexicon_query(query: str, lexicon: Lexicon) -> tuple[str, str | None]:
    actor, _, label = query.partition(":")
    actors = lexicon.actors
    if actor not in actors:
        raise ValueError(
            f"`query` {query!r} names the actor {actor!r}, which is not in lexicon {lexicon.name!r}; "
            f"the actors are: {', '.join(actors)}."
        )
    if label and label not in lexicon.labels(actor):
        raise ValueError(
            f"`query` {query!r} names the label {label!r}, which is not a label of {actor!r}; "
            f"the labels are: {', '.join(lexicon.labels(actor))}."
        )
    return actor, label or None


def kwic(
    corpus: Corpus | pd.DataFrame,
    query: str | re.Pattern[str],
    *,
    window: int = 8,
    by: Any = None,
    lexicon: Lexicon | str | None = None,
    voice: str = "all",
) -> Concordance:
    """Keyword in context: every match of ``query`` with the words around it.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    query : str or compiled regex
        A regular expression or a phrase (matched case-insensitively at word boundaries; a
        string that is not a valid regex is matched literally), or, with ``lexicon``, a label
        ``"actor:label"`` (e.g. ``"armed_opposition:terrorists"``) or an actor ``"actor"``
        (all its labels), found with :func:`framing.find_labels`.
    window : int, default 8
        Words of context on each side.
    by : str or list, optional
        Also return these corpus columns and sort the rows by them (e.g. ``"outlet"``).
    lexicon : Lexicon or str, optional
        An actors lexicon, to query its labels.
    voice : {"all", "own", "quoted"}, default "all"
        For a lexicon query: keep only mentions outside quotes (``"own"``) or inside.

    Returns
    -------
    Concordance
        A DataFrame (shown in notebooks with the match highlighted; :func:`kwic_html` gives the
        HTML) with columns ``doc_id``, ``outlet``, ``left``, ``match``, ``right``, ``start``,
        ``end`` (offsets of the match in the document's text), then the ``by`` columns, and for
        a lexicon query ``actor``, ``label``, ``in_quote``.

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> df = pd.DataFrame({"text": ["Rebel fighters entered the western outskirts of Aleppo on Friday."]})
    >>> fr.kwic(df, "rebel fighters", window=3)[["left", "match", "right"]].values.tolist()
    [['', 'Rebel fighters', 'entered the western']]
    """
    corpus = as_corpus(corpus)
    window = check_int("window", window, minimum=0)
    docs = corpus.docs
    by_cols: list[str] = []
    if by is not None:
        group_codes(docs, by)
        by_cols = [b for b in ([by] if isinstance(by, str) else list(by)) if b not in ("doc_id", "outlet")]
    texts = docs["text"].tolist()
    extra: dict[str, list[Any]] = {}
    lx = None
    if isinstance(query, str) and lexicon is not None:
        from framing.labels import find_labels

        lx = lexicon if isinstance(lexicon, Lexicon) else load(lexicon)
        actor, label = _lexicon_query(query, lx)
        spans = find_labels(corpus, lx, progress=False)
        keep = spans["actor"] == actor
        if label is not None:
            keep &= spans["label"] == label
        if voice != "all":
            from framing._validation import check_choice

            check_choice("voice", voice, ("all", "own", "quoted"), owner="kwic")
            keep &= spans["in_quote"] if voice == "quoted" else ~spans["in_quote"]
        spans = spans[keep]
        row_of = {d: i for i, d in enumerate(docs["doc_id"])}
        hits = [(row_of[d], s, e) for d, s, e in zip(spans["doc_id"], spans["start"], spans["end"])]
        extra = {c: spans[c].tolist() for c in ("actor", "label", "in_quote")}
    else:
        if isinstance(query, re.Pattern):
            rx = query
        elif isinstance(query, str) and query.strip():
            try:
                rx = re.compile(rf"(?<!\w)(?:{query})(?!\w)", re.IGNORECASE)
            except re.error:
                rx = re.compile(rf"(?<!\w){re.escape(query)}(?!\w)", re.IGNORECASE)
        else:
            raise TypeError(
                f"`query` must be a non-empty string (regex, phrase or 'actor:label') or a compiled "
                f"regex. Got {query!r} instead."
            )
        hits = [
            (i, m.start(), m.end())
            for i, t in enumerate(texts)
            for m in rx.finditer(t)
            if m.end() > m.start()
        ]
    rows = [
        {
            "doc_id": docs.at[i, "doc_id"],
            "outlet": docs.at[i, "outlet"],
            "left": _left(texts[i], s, window),
            "match": texts[i][s:e],
            "right": _right(texts[i], e, window),
            "start": s,
            "end": e,
            **{c: docs.at[i, c] for c in by_cols},
        }
        for i, s, e in hits
    ]
    out = Concordance(pd.DataFrame(rows, columns=[*_COLUMNS, *by_cols]))
    for c, values in extra.items():
        out[c] = values
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    if by is not None:
        sort = [by] if isinstance(by, str) else list(by)
        out = Concordance(out.sort_values([*sort, "doc_id", "start"], kind="stable", ignore_index=True))
    params = {"query": query if isinstance(query, str) else query.pattern, "window": window, "by": by}
    attach(out, function="kwic", params=params, lexicons=[lx] if lx is not None else [], corpus=corpus)
    return out


def kwic_html(table: pd.DataFrame, *, max_rows: int = 200) -> str:
    """An HTML table of a :func:`kwic` result with the match highlighted; all text is escaped.

    Parameters
    ----------
    table : DataFrame
        The output of :func:`kwic`.
    max_rows : int, default 200
        Rows shown; the rest are counted in a final line.

    Returns
    -------
    str
        A ``<table>`` (right-aligned left context, bold highlighted match, left-aligned right
        context).

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> t = fr.kwic(pd.DataFrame({"text": ["The <regime> fell."]}), "regime")
    >>> "<mark>regime</mark>" in fr.kwic_html(t)
    True
    """
    needed = ["doc_id", "outlet", "left", "match", "right"]
    if not isinstance(table, pd.DataFrame) or not set(needed) <= set(table.columns):
        cols = ", ".join(map(str, getattr(table, "columns", []))) or type(table).__name__
        raise ValueError(
            f"`table` must be a result of fr.kwic (with the columns {', '.join(needed)}); got {cols}. "
            "Pass fr.kwic(corpus, query)."
        )
    esc = html.escape
    body = []
    for rec in table.head(max_rows).itertuples(index=False):
        r = rec._asdict()
        body.append(
            f"<tr><td>{esc(str(r['doc_id']))}</td><td>{esc(str(r['outlet']))}</td>"
            f"<td style='text-align:right'>{esc(str(r['left']))}</td>"
            f"<td style='text-align:center'><mark>{esc(str(r['match']))}</mark></td>"
            f"<td style='text-align:left'>{esc(str(r['right']))}</td></tr>"
        )
    more = len(table) - max_rows
    tail = f"<p>… {more} more rows</p>" if more > 0 else ""
    return (
        "<table class='framing-kwic'><thead><tr><th>doc_id</th><th>outlet</th><th>left</th>"
        "<th>match</th><th>right</th></tr></thead><tbody>" + "".join(body) + "</tbody></table>" + tail
    )
