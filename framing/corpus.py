"""The Corpus: one row per article, with readers and writers for common formats."""

from __future__ import annotations

import gzip
import html
import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing._validation import _SYNONYMS, column_error, warn
from framing.provenance import corpus_fingerprint
from framing.text import normalize

__all__ = [
    "Corpus",
    "as_corpus",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_texts",
]

CORE_COLUMNS = ("doc_id", "text", "outlet", "date", "title")
_BIG_TEXT = 1_000_000


class Corpus:
    """A collection of news articles: ``corpus.docs`` has one row per article.

    Columns: ``doc_id`` (str, unique), ``text`` (str, Unicode-normalised once, see
    :func:`framing.text.normalize`), ``outlet`` (str), ``date`` (datetime64, may be NaT),
    ``title`` (str, may be empty), then any metadata columns of the input, unchanged.

    Build one with :meth:`from_dataframe`, :func:`read_csv`, :func:`read_jsonl`,
    :func:`read_parquet`, :func:`read_texts` or :func:`framing.datasets.load`. A Corpus is
    immutable in use: every method returns a new Corpus.

    Attributes
    ----------
    docs : DataFrame
        The article table.
    report : dict
        What construction and later steps did to the input: ``"dropped"`` (list of
        ``{"doc_id", "reason"}``), ``"outlet_missing"``, ``"dates_unparsed"``, and the reports of
        :meth:`clean` and :meth:`dedupe` when they ran.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> df = pd.DataFrame({"body": ["Rebels entered Aleppo.", "The army withdrew."],
    ...                    "source": ["Wire", "Herald"]})
    >>> corpus = fr.Corpus.from_dataframe(df, text="body", outlet="source")
    >>> corpus
    <Corpus: 2 articles, 2 outlets>
    >>> corpus.docs[["doc_id", "outlet"]].values.tolist()
    [['doc000000', 'Wire'], ['doc000001', 'Herald']]
    """

    def __init__(self, docs: pd.DataFrame, *, report: Mapping[str, Any] | None = None) -> None:
        missing = [c for c in CORE_COLUMNS if c not in docs.columns]
        if missing:
            raise ValueError(
                f"`docs` lacks the corpus columns {missing}; build a Corpus with "
                "Corpus.from_dataframe(df, text=..., outlet=...) instead."
            )
        self._docs = docs.reset_index(drop=True)
        self.report: dict[str, Any] = dict(report or {})
        self._fingerprint: dict[str, Any] | None = None

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_dataframe(
        cls,
        df: pd.DataFrame,
        *,
        text: str = "text",
        outlet: str | None = None,
        date: str | None = None,
        title: str | None = None,
        doc_id: str | None = None,
        dayfirst: bool | None = None,
    ) -> Corpus:
        """Build a Corpus from a DataFrame, naming the columns that hold each field.

        Parameters
        ----------
        df : DataFrame
            One row per article. It is not modified.
        text : str, default "text"
            Column with the article text.
        outlet, date, title, doc_id : str, optional
            Columns with the outlet name, publication date, headline and a unique id. None uses
            the column of that name when the data has one; otherwise outlet is "unknown", date is
            NaT, title is "" and doc_ids are made from row order ("doc000000", ...).
        dayfirst : bool, optional
            How numeric dates with the year last ("01/02/2024", "01.02.24") are read. None
            (default) decides from the column: a first number above 12 in any row makes the
            whole column day first; otherwise month first, with a warning when some dates could
            be read either way. True reads them all day first, False all month first; a date
            impossible in the given order (a 13th month) becomes NaT and is counted.

        Returns
        -------
        Corpus

        Notes
        -----
        Rows whose text is missing, empty or only whitespace are dropped, counted in a
        :class:`FramingWarning` and listed in ``corpus.report["dropped"]``. Texts are
        Unicode-normalised (NFC, newlines, spaces); offsets of every extractor index the
        normalised text. Dates that cannot be parsed become NaT and are counted in a warning.

        Examples
        --------
        >>> import pandas as pd
        >>> df = pd.DataFrame({"body": ["Rebels entered Aleppo."], "source": ["Wire"]})
        >>> Corpus.from_dataframe(df, text="body", outlet="source").docs.outlet.tolist()
        ['Wire']
        >>> df = pd.DataFrame({"text": ["Rebels entered Aleppo."], "date": ["01/12/2024"]})
        >>> Corpus.from_dataframe(df, dayfirst=True).docs.date.dt.strftime("%Y-%m-%d").tolist()
        ['2024-12-01']
        """
        fields = {"text": text, "outlet": outlet, "date": date, "title": title, "doc_id": doc_id}
        return cls._from_dataframe(df, fields, dayfirst=dayfirst)

    @classmethod
    def _from_dataframe(
        cls,
        df: pd.DataFrame,
        fields: dict[str, str | None],
        *,
        dayfirst: bool | None = None,
        date_state: dict[str, Any] | None = None,
    ) -> Corpus:
        """:meth:`from_dataframe` with its column keywords as ``fields`` (text, outlet, date,
        title, doc_id), and ``date_state`` carrying the day/month evidence of earlier chunks of
        the same file (see :func:`_parse_dates`)."""
        if isinstance(dayfirst, np.bool_):  # e.g. a value read from a NumPy array or a DataFrame
            dayfirst = bool(dayfirst)
        if dayfirst is not None and not isinstance(dayfirst, bool):
            raise TypeError(
                f"`dayfirst` must be True (31/12/2024), False (12/31/2024) or None (decide from "
                f"the column); got {dayfirst!r}."
            )
        if not isinstance(df, pd.DataFrame):
            raise TypeError(
                f"`df` must be a pandas DataFrame with one row per article. Got "
                f"{type(df).__name__} instead; for a file use fr.read_csv / fr.read_jsonl."
            )
        columns = list(df.columns)
        chosen: dict[str, str | None] = {}
        for field, given in fields.items():
            if given is not None:
                if given not in df.columns:
                    raise column_error(field, given, columns)
                chosen[field] = given
            else:
                chosen[field] = field if field in df.columns else None
        report: dict[str, Any] = {"dropped": [], "n_input": len(df)}
        n = len(df)
        # A column that looks like the outlet or the date but was not named: say so rather than
        # give every article outlet 'unknown' (or no date) without a word.
        lowered = {str(c).lower(): str(c) for c in columns}
        for field, what in (("outlet", "outlet 'unknown'"), ("date", "no date")):
            if chosen[field] is None:
                like = next((lowered[w] for w in _SYNONYMS[field] if w in lowered), None)
                if like is not None:
                    warn(
                        f"No `{field}` column was named and there is none called {field!r}, so every "
                        f"article gets {what}; the column {like!r} looks like one: pass {field}={like!r}."
                    )

        # doc_id
        if chosen["doc_id"] is not None:
            raw_ids = df[chosen["doc_id"]]
            if raw_ids.isna().any():
                where = int(np.flatnonzero(raw_ids.isna().to_numpy())[0])
                raise ValueError(
                    f"`doc_id` column {chosen['doc_id']!r} has missing values (first at row "
                    f"{where}); fill them or pass doc_id=None to number the rows."
                )
            ids = raw_ids.astype(str).to_numpy()
        else:
            ids = np.array([f"doc{i:06d}" for i in range(n)], dtype=object)
        dup = pd.Series(ids).duplicated(keep=False)
        if dup.any():
            example = ids[int(np.flatnonzero(dup.to_numpy())[0])]
            raise ValueError(
                f"`doc_id` values must be unique; {int(dup.sum())} rows share an id (e.g. "
                f"{example!r}). De-duplicate the data or pass doc_id=None to number the rows."
            )

        # text
        raw_text = df[chosen["text"]]
        texts: list[str | None] = []
        for i, value in enumerate(raw_text.tolist()):
            if value is None or (isinstance(value, float) and np.isnan(value)):
                texts.append(None)
            elif isinstance(value, bytes):
                texts.append(normalize(value.decode("utf-8", errors="replace")))
            elif isinstance(value, str):
                texts.append(normalize(value))
            else:
                raise TypeError(
                    f"`text` column {chosen['text']!r} must hold strings; row {i} holds "
                    f"{type(value).__name__} {value!r}. Convert it, e.g. "
                    f"df[{chosen['text']!r}].astype(str), or pass the right column."
                )
        keep = np.array([t is not None and t.strip() != "" for t in texts], dtype=bool)
        for j in np.flatnonzero(~keep):
            i = int(j)
            reason = "missing text" if texts[i] is None else "empty text"
            report["dropped"].append({"doc_id": str(ids[i]), "reason": reason})
        big = sum(1 for t in texts if t is not None and len(t) > _BIG_TEXT)
        if big:
            report["large_texts"] = big

        # outlet
        if chosen["outlet"] is not None:
            out_raw = df[chosen["outlet"]]
            missing_outlet = out_raw.isna() | (out_raw.astype(str).str.strip() == "")
            outlets = out_raw.astype(str).str.strip().where(~missing_outlet, "unknown").to_numpy()
            report["outlet_missing"] = int(missing_outlet.sum())
        else:
            outlets = np.array(["unknown"] * n, dtype=object)
            report["outlet_missing"] = 0

        # date
        if chosen["date"] is not None:
            dates, bad = _parse_dates(df[chosen["date"]], dayfirst=dayfirst, state=date_state)
            report["dates_unparsed"] = bad
        else:
            dates = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
            report["dates_unparsed"] = 0

        # title
        if chosen["title"] is not None:
            titles = df[chosen["title"]].fillna("").astype(str).map(normalize).to_numpy()
        else:
            titles = np.array([""] * n, dtype=object)

        docs = pd.DataFrame(
            {
                "doc_id": pd.array(ids, dtype=object),
                "text": pd.array([t if t is not None else "" for t in texts], dtype=object),
                "outlet": pd.array(outlets, dtype=object),
                "date": dates.to_numpy(),
                "title": pd.array(titles, dtype=object),
            }
        )
        used = {c for c in chosen.values() if c is not None}
        for c in df.columns:
            if c not in used and c not in docs.columns:
                docs[c] = df[c].to_numpy()
        docs = docs.loc[keep].reset_index(drop=True)
        if report["dropped"]:
            warn(
                f"{len(report['dropped'])} of {n} rows were dropped because their text was "
                f"missing or empty (e.g. doc_id {report['dropped'][0]['doc_id']!r}); they are "
                "listed in corpus.report['dropped']."
            )
        if report["outlet_missing"]:
            warn(f"{report['outlet_missing']} rows have no outlet and were given outlet 'unknown'.")
        if report["dates_unparsed"]:
            order = ""
            if dayfirst is not None:
                order = (
                    f" With dayfirst={dayfirst}, a numeric date impossible in that order (such as "
                    f"{'02/13/2024' if dayfirst else '13/02/2024'}) is one of them; if the column is "
                    f"the other way round, pass dayfirst={not dayfirst} instead, or no order to decide "
                    "from the column."
                )
            warn(
                f"{report['dates_unparsed']} dates could not be parsed and became NaT; check "
                f"the `date` column ({chosen['date']!r}).{order}"
            )
        return cls(docs, report=report)

    # -- basic protocol -----------------------------------------------------------------------
    @property
    def docs(self) -> pd.DataFrame:
        """The article table (a copy is not made: do not modify it in place)."""
        return self._docs

    @property
    def fingerprint(self) -> dict[str, Any]:
        """``{"n_docs", "sha256"}`` over doc ids and texts, for provenance (computed once)."""
        if self._fingerprint is None:
            self._fingerprint = corpus_fingerprint(self._docs)
        return self._fingerprint

    def __len__(self) -> int:
        return len(self._docs)

    def __iter__(self) -> Iterator[pd.Series]:
        """Iterate over articles as rows (Series with doc_id, text, outlet, date, title, ...)."""
        for _, row in self._docs.iterrows():
            yield row

    def __getitem__(self, key: Any) -> Corpus:
        """Filter with a boolean mask (Series or array) over the articles."""
        if isinstance(key, (pd.Series, np.ndarray, list)):
            mask = np.asarray(key)
            if mask.dtype != bool or len(mask) != len(self._docs):
                raise TypeError(
                    f"A Corpus is filtered with a boolean mask of length {len(self._docs)}, e.g. "
                    "corpus[corpus.docs.outlet == 'Wire']. Got "
                    f"{mask.dtype} of length {len(mask)}."
                )
            return self._derive(self._docs.loc[mask])
        raise TypeError(
            f"A Corpus is filtered with a boolean mask, e.g. corpus[corpus.docs.outlet == 'Wire']; "
            f"got {type(key).__name__}. For one article use corpus.docs.set_index('doc_id').loc[id]."
        )

    def query(self, expr: str, **kwargs: Any) -> Corpus:
        """Filter with :meth:`pandas.DataFrame.query`, e.g. ``corpus.query("outlet == 'Wire'")``."""
        return self._derive(self._docs.query(expr, **kwargs))

    def sample(self, n: int, *, seed: int = 0) -> Corpus:
        """A random sample of ``n`` articles (without replacement), reproducible by ``seed``."""
        if n > len(self._docs):
            raise ValueError(
                f"`n` ({n}) is larger than the corpus ({len(self._docs)} articles); pass n <= "
                f"{len(self._docs)}."
            )
        return self._derive(self._docs.sample(n=n, random_state=seed).sort_index())

    def _derive(self, docs: pd.DataFrame, **report: Any) -> Corpus:
        rep = dict(self.report)
        rep.update(report)
        return Corpus(docs.reset_index(drop=True), report=rep)

    @property
    def outlets(self) -> list[str]:
        """The outlets, sorted."""
        return sorted(self._docs["outlet"].unique().tolist())

    def summary(self) -> pd.DataFrame:
        """Articles, words and date range per outlet."""
        from framing.text import count_words

        d = self._docs.assign(n_words=self._docs["text"].map(count_words))
        out = (
            d.groupby("outlet", sort=True)
            .agg(
                n_docs=("doc_id", "size"),
                n_words=("n_words", "sum"),
                first=("date", "min"),
                last=("date", "max"),
            )
            .reset_index()
        )
        return out

    def __repr__(self) -> str:
        d = self._docs
        dates = d["date"].dropna()
        span = f", {dates.min():%Y-%m-%d}..{dates.max():%Y-%m-%d}" if len(dates) else ""
        n, k = len(d), d["outlet"].nunique()
        return f"<Corpus: {n} article{'s' if n != 1 else ''}, {k} outlet{'s' if k != 1 else ''}{span}>"

    def _repr_html_(self) -> str:
        d = self._docs
        dates = d["date"].dropna()
        span = f"{dates.min():%Y-%m-%d} – {dates.max():%Y-%m-%d}" if len(dates) else "no dates"
        counts = d["outlet"].value_counts().sort_index()
        rows = "".join(
            f"<tr><td>{html.escape(str(o))}</td><td style='text-align:right'>{c}</td></tr>"
            for o, c in counts.items()
        )
        return (
            "<div class='framing-corpus'><strong>Corpus</strong>: "
            f"{len(d)} article{'s' if len(d) != 1 else ''}, {len(counts)} outlet{'s' if len(counts) != 1 else ''}, "
            f"{html.escape(span)}"
            "<table><thead><tr><th>outlet</th><th>articles</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )

    # -- cleaning, de-duplication, stories ----------------------------------------------------
    def clean(
        self,
        *,
        html: bool = True,
        boilerplate: bool = True,
        datelines: bool = True,
        bylines: bool = True,
        min_outlet_docs: int = 3,
        min_share: float = 0.01,
    ) -> Corpus:
        """Strip HTML, repeated site boilerplate, datelines and bylines; report what went.

        Parameters
        ----------
        html : bool, default True
            Remove tags, comments, scripts and styles and decode entities (``&amp;`` -> ``&``) in
            ``text`` and ``title``. Block tags (``<p>``, ``<div>``, ``<li>``, headings, ...)
            become blank lines so paragraphs survive; ``<br>`` becomes a newline.
        boilerplate : bool, default True
            Remove lines (newline-separated) that repeat, after case folding and whitespace
            collapsing, across at least ``max(min_outlet_docs, ceil(min_share * n))`` of the
            ``n`` articles of the same outlet: "Share", "Leave A Reply", newsletter promos,
            copyright lines.
        datelines : bool, default True
            Remove a dateline prefix at the start of the body ("(Reuters) - ", "ALEPPO, Syria
            (GWS) — ", "WASHINGTON — "), keeping the sentence it opens.
        bylines : bool, default True
            Remove a "By Jane Doe and John Roe" line at the start of the body.
        min_outlet_docs : int, default 3
            Fewest articles of one outlet a line must occur in to count as boilerplate (at
            least 2: a line that occurs in only one article is never removed).
        min_share : float, default 0.01
            Share of the outlet's articles a line must also occur in (for large outlets).

        Returns
        -------
        Corpus
            A new corpus with cleaned ``text`` and ``title``; other columns unchanged. Its
            ``report["clean"]`` is a DataFrame with one row per outlet, kind and removed
            text: ``outlet``; ``kind`` (``html``, ``boilerplate``, ``dateline``, ``byline``);
            ``removed`` (the removed line or prefix; "tags and entities" for HTML);
            ``n_docs`` (articles it was removed from); ``n_chars`` (characters removed);
            ``example_doc_id`` (one article it was removed from).

        Notes
        -----
        Boilerplate is found by repetition within an outlet, never by a word list, so that a
        sentence written once is never lost. Articles whose text is empty after cleaning are
        dropped, counted in a :class:`FramingWarning` and listed in ``report["dropped"]``.
        Syndicated copies published twice by one outlet repeat all their lines: run
        :meth:`dedupe` first on such data. The cleaned text is normalised again
        (:func:`framing.text.normalize`), so offsets of later extractors index it.

        Examples
        --------
        >>> import pandas as pd
        >>> df = pd.DataFrame({"text": [f"Story {i} here.\\nShare" for i in range(3)], "outlet": "W"})
        >>> c = Corpus.from_dataframe(df).clean()
        >>> c.docs.text.tolist(), c.report["clean"].removed.tolist()
        (['Story 0 here.', 'Story 1 here.', 'Story 2 here.'], ['Share'])
        """
        from framing._clean import clean_docs
        from framing.provenance import attach

        params: dict[str, Any] = {
            "html": html,
            "boilerplate": boilerplate,
            "datelines": datelines,
            "bylines": bylines,
            "min_outlet_docs": min_outlet_docs,
            "min_share": min_share,
        }
        docs, report, emptied = clean_docs(self._docs, **params)
        attach(report, function="Corpus.clean", params=params, corpus=self)
        keep = ~docs["doc_id"].astype(str).isin(emptied)
        dropped = list(self.report.get("dropped", []))
        if emptied:
            dropped += [{"doc_id": d, "reason": "empty after cleaning"} for d in emptied]
            warn(
                f"{len(emptied)} articles were empty after cleaning and were dropped (e.g. doc_id "
                f"{emptied[0]!r}); they are listed in corpus.report['dropped']."
            )
        return self._derive(docs.loc[keep.to_numpy()], clean=report, dropped=dropped)

    def dedupe(self, threshold: float = 0.8, *, keep: str = "first", shingle: int = 5) -> Corpus:
        """Find near-duplicate articles (syndicated wire copy, re-posts) and drop or mark them.

        Parameters
        ----------
        threshold : float, default 0.8
            Jaccard similarity of the two texts' sets of word shingles, in (0, 1], at or above
            which two articles are copies. Titles are not compared: syndicated copies often
            change the headline.
        keep : {"first", "all"}, default "first"
            "first" keeps the earliest copy of each group (by date, then corpus order; NaT
            dates count as latest) and drops the others; "all" keeps every article and only
            marks the copies.
        shingle : int, default 5
            Words per shingle (case-folded ``\\w+`` runs).

        Returns
        -------
        Corpus
            A new corpus with a ``duplicate_of`` column: the doc_id of the earliest copy of the
            article's group, or NA for an original (and for every article kept by
            ``keep="first"``). ``report["dedupe"]`` is a DataFrame with one row per copy:
            ``doc_id``, ``outlet``, ``date``, ``title``, ``duplicate_of``,
            ``duplicate_outlet`` (outlet of the earliest copy), ``similarity`` (the highest
            Jaccard similarity to another article of its group) and ``removed`` (bool).

        Notes
        -----
        Groups are the connected components of the graph of pairs at or above ``threshold``,
        so a chain of revisions (A~B, B~C) is one group. The similarity join is exact: candidate
        pairs come from prefix filtering over shingles ordered by rarity [1]_ [2]_, which cannot
        miss a pair above the threshold, and each candidate is verified with its exact Jaccard
        similarity. On the 28,946 AllSides articles it runs in seconds (see
        ``benchmarks/RESULTS.md``).

        References
        ----------
        .. [1] Chaudhuri, Ganti & Kaushik (2006). A primitive operator for similarity joins in
           data cleaning. ICDE.
        .. [2] Bayardo, Ma & Srikant (2007). Scaling up all pairs similarity search. WWW.

        Examples
        --------
        >>> import pandas as pd
        >>> text = "Rebels entered the city of Aleppo on Friday, a monitor said."
        >>> df = pd.DataFrame({"text": [text, text + " More soon."], "outlet": ["A", "B"],
        ...                    "date": ["2024-11-29", "2024-11-30"]})
        >>> c = Corpus.from_dataframe(df).dedupe(0.7, keep="all")
        >>> c.docs.duplicate_of.tolist()
        [<NA>, 'doc000000']
        """
        from framing._dedupe import find_duplicates
        from framing.provenance import attach

        docs, report = find_duplicates(self._docs, threshold=threshold, keep=keep, shingle=shingle)
        attach(
            report,
            function="Corpus.dedupe",
            params={"threshold": threshold, "keep": keep, "shingle": shingle},
            corpus=self,
        )
        if keep == "first":
            docs = docs.loc[docs["duplicate_of"].isna().to_numpy()]
        return self._derive(docs, dedupe=report)

    def stories(
        self,
        window_days: float = 3,
        threshold: float = 0.2,
        *,
        one_per_outlet: bool = False,
        name_weight: float = 1.0,
        title_weight: float = 0.5,
    ) -> Corpus:
        """Cluster articles that report the same event, across outlets, into stories.

        Parameters
        ----------
        window_days : float, default 3
            Two articles can only be linked directly when their dates are at most this many
            days apart (articles without a date are compared with all).
        threshold : float, default 0.2
            Average cosine similarity, in (0, 1], at or above which two clusters merge
            (average linkage). Lower values make bigger stories.
        one_per_outlet : bool, default False
            Never put two articles of the same outlet in one story. Right for data built as
            one article per outlet per event (BASIL); leave off when outlets publish
            follow-ups on the same event.
        name_weight : float, default 1.0
            Weight of the block of names and numbers (capitalised words not at a sentence
            start, figures) relative to the block of all words; 0 switches it off.
        title_weight : float, default 0.5
            Weight of the block of title words; 0 switches it off.

        Returns
        -------
        Corpus
            A new corpus with ``story_id`` (int, numbered by each story's first article in
            corpus order; an article alone is a story of one) and ``story_size`` (articles
            in the story) columns.

        Notes
        -----
        Each article is a TF-IDF vector (sublinear tf, English stop words removed) made of
        three l2-normalised blocks: its words, its names and numbers (weighted by
        ``name_weight``) and its title words (``title_weight``), normalised again. Cosine
        similarities within the date window form a sparse graph (pairs below
        ``threshold / 4`` are dropped as negligible; missing pairs count as 0), clustered by
        average linkage (UPGMA) [1]_ until no two clusters average ``threshold``. On BASIL
        (100 events x 3 outlets) the defaults reach an adjusted Rand index of 0.98 (see
        ``benchmarks/RESULTS.md``).

        References
        ----------
        .. [1] Sokal & Michener (1958). A statistical method for evaluating systematic
           relationships. University of Kansas Science Bulletin 38.

        Examples
        --------
        >>> import pandas as pd
        >>> df = pd.DataFrame({
        ...     "text": ["Rebels captured Aleppo airport on Friday.",
        ...              "Aleppo airport was captured by rebels on Friday.",
        ...              "Floods hit Valencia after record rain."],
        ...     "outlet": ["A", "B", "A"], "date": ["2024-11-29", "2024-11-29", "2024-10-30"]})
        >>> Corpus.from_dataframe(df).stories().docs.story_id.tolist()
        [0, 0, 1]
        """
        from framing._stories import cluster_stories

        docs = cluster_stories(
            self._docs,
            window_days=window_days,
            threshold=threshold,
            one_per_outlet=one_per_outlet,
            name_weight=name_weight,
            title_weight=title_weight,
        )
        return self._derive(docs)

    # -- writers ------------------------------------------------------------------------------
    def to_parquet(self, path: str | Path) -> None:
        """Write the article table to a Parquet file (read back with :func:`read_parquet`)."""
        self._docs.to_parquet(path, index=False)

    def to_jsonl(self, path: str | Path) -> None:
        """Write one JSON object per line (``.gz`` compresses); dates as ISO strings."""
        d = self._docs.copy()
        d["date"] = d["date"].map(lambda x: None if pd.isna(x) else x.isoformat())
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "wt", encoding="utf-8") as fh:
            for rec in d.to_dict(orient="records"):
                fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")


# A numeric date with the year last: 31/12/2024, 01.02.24, 3-4-2024 (day and month in either order).
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")


def _day_month_order(
    values: pd.Series, *, dayfirst: bool | None = None, state: dict[str, Any] | None = None
) -> pd.Series:
    """Numeric dates with the year last, rewritten month first when they are day first.

    pandas reads "31/12/2024" day first but "01/02/2024" month first, so a day-first column
    would be read half one way and half the other. With ``dayfirst=None`` a first number above
    12 in any row marks the column as day first; when no row decides, month first is kept and a
    warning says so. ``state`` carries that evidence from one chunk of a file to the next, so a
    chunked read decides as a whole read would, and warns when a later chunk shows that earlier
    chunks were read the wrong way round. With ``dayfirst`` True or False every such date is
    read in that order, and one impossible in it (a 13th month) is set to missing.
    """
    text = values.astype("string")
    parts = text.str.extract(_NUMERIC_DATE)
    matched = parts[0].notna()
    if not matched.any():
        return values
    first, second = parts.loc[matched, 0].astype(int), parts.loc[matched, 2].astype(int)
    swapped = (
        parts.loc[matched, 2]
        + parts.loc[matched, 1]
        + parts.loc[matched, 0]
        + parts.loc[matched, 1]
        + parts.loc[matched, 3]
        + text[matched].str.replace(_NUMERIC_DATE, "", regex=True)
    )
    if dayfirst is not None:
        month = second if dayfirst else first
        rewritten = (swapped if dayfirst else text[matched]).astype(object)
        rewritten[month > 12] = None
        values = values.astype(object).copy()
        values[matched] = rewritten
        return values
    state = {} if state is None else state
    here_day, here_month = bool((first > 12).any()), bool((second > 12).any())
    day_first = here_day or bool(state.get("day_first"))
    month_first = here_month or bool(state.get("month_first"))
    if day_first and not month_first:
        values = values.astype(object).copy()
        values[matched] = swapped.astype(object)
        if here_day and not state.get("day_first") and state.get("ambiguous_read"):
            example = str(text[matched][first > 12].iloc[0]).strip()
            warn(
                f"The `date` column is day first ({example!r} in a later chunk), but earlier chunks "
                "had already read dates whose day and month could be either way round month first; "
                "read the file again with dayfirst=True."
            )
    elif day_first and month_first:
        if not state.get("warned_mixed"):
            warn(
                "The `date` column mixes day-first (31/12/2024) and month-first (12/31/2024) dates; "
                "each was read in the order its numbers allow, and ambiguous ones (01/02/2024) "
                "month first. Pass dayfirst=True or dayfirst=False to read them all one way, or "
                "write dates as 2024-12-31."
            )
        state["warned_mixed"] = True
    elif not month_first and (first != second).any():
        state["ambiguous_read"] = True
        if not state.get("warned_ambiguous"):
            example = str(text[matched][(first != second)].iloc[0]).strip()
            warn(
                f"The `date` column has dates such as {example!r} whose day and month could be "
                "either way round; they were read month first. If they are day first, pass "
                "dayfirst=True (or write dates as 2024-12-31)."
            )
        state["warned_ambiguous"] = True
    state["day_first"], state["month_first"] = day_first, month_first
    return values


def _parse_dates(
    values: pd.Series, *, dayfirst: bool | None = None, state: dict[str, Any] | None = None
) -> tuple[pd.Series, int]:
    present = values.notna() & (values.astype(str).str.strip() != "")
    if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
        values = _day_month_order(values.where(present), dayfirst=dayfirst, state=state)
    parsed = pd.to_datetime(values.where(present), errors="coerce", format="mixed", utc=True)
    parsed = parsed.dt.tz_convert(None).astype("datetime64[ns]")
    bad = int((present & parsed.isna()).sum())
    return parsed.reset_index(drop=True), bad


def as_corpus(data: Any, *, parameter: str = "corpus") -> Corpus:
    """Accept a Corpus or a DataFrame with the corpus columns; anything else is a clear error."""
    if isinstance(data, Corpus):
        return data
    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise ValueError(
                f"`{parameter}` is a DataFrame without a 'text' column (columns: "
                f"{', '.join(map(str, data.columns))}); build a corpus first with "
                "fr.Corpus.from_dataframe(df, text='your_text_column', outlet=...)."
            )
        made_by = (data.attrs.get("framing") or {}).get("function") if isinstance(data.attrs, dict) else None
        if made_by and {"doc_id", "start", "end"} <= set(data.columns):
            raise ValueError(
                f"`{parameter}` is a span table made by fr.{made_by} (one row per span, its 'text' the "
                "span's), not a table of articles; pass the corpus it was made from instead."
            )
        return Corpus.from_dataframe(data)
    raise TypeError(
        f"`{parameter}` must be a framing Corpus or a pandas DataFrame with a 'text' column. "
        f"Got {type(data).__name__} instead; load data with fr.read_csv, fr.read_jsonl or "
        "fr.datasets.load."
    )


# -- readers ----------------------------------------------------------------------------------
def _read_text_file(path: Path, parameter: str = "path") -> str:
    if not path.exists():
        raise FileNotFoundError(f"`{parameter}` names a file that does not exist: {str(path)!r}.")
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    if not raw.strip():
        raise ValueError(f"`{parameter}` names an empty file: {str(path)!r}; pass a file with articles.")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with a byte-order mark, e.g. a spreadsheet's "Unicode text" export.
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        n_bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
        warn(
            f"{str(path)!r} is not valid UTF-8: {n_bad} undecodable byte sequences were replaced "
            "by U+FFFD. Re-encode the file as UTF-8 to keep those characters."
        )
        return text


def read_csv(
    path: str | Path,
    *,
    text: str = "text",
    outlet: str | None = None,
    date: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    dayfirst: bool | None = None,
    **read_kwargs: Any,
) -> Corpus:
    """Read a CSV file (one row per article) into a Corpus.

    Column keywords and ``dayfirst`` are those of :meth:`Corpus.from_dataframe`; ``read_kwargs`` go to
    :func:`pandas.read_csv` (e.g. ``sep="\\t"``). Invalid UTF-8 is replaced and counted in a
    warning.

    Examples
    --------
    >>> import tempfile, os
    >>> from pathlib import Path
    >>> p = os.path.join(tempfile.mkdtemp(), "a.csv")
    >>> _ = Path(p).write_text("text,outlet\\nRebels advanced.,Wire\\n")
    >>> len(read_csv(p))
    1
    """
    raw = _read_text_file(Path(path))
    df = pd.read_csv(io.StringIO(raw), **read_kwargs)
    if "sep" not in read_kwargs and "delimiter" not in read_kwargs and len(df.columns) == 1:
        header = str(df.columns[0])
        found = next((d for d in (";", "\t", "|") if d in header), None)
        if found is not None and text not in df.columns:
            raise ValueError(
                f"`sep`: {str(path)!r} separates its columns with {found!r}, not commas (header "
                f"{header!r}); pass sep={found!r}."
            )
    return Corpus.from_dataframe(
        df, text=text, outlet=outlet, date=date, title=title, doc_id=doc_id, dayfirst=dayfirst
    )


def _chunk_corpus(
    records: list[dict[str, Any]] | pd.DataFrame,
    first_row: int,
    fields: dict[str, str | None],
    dayfirst: bool | None,
    date_state: dict[str, Any],
) -> Corpus:
    """One chunk of a streamed file as a Corpus; without a doc_id column, ids continue the row
    numbering of the whole file ("doc000000", ...), the ids a full read would give."""
    df = records if isinstance(records, pd.DataFrame) else pd.DataFrame.from_records(records)
    kw = dict(fields)
    if kw["doc_id"] is None and "doc_id" not in df.columns:
        df = df.assign(_framing_row=[f"doc{first_row + i:06d}" for i in range(len(df))])
        kw["doc_id"] = "_framing_row"
    return Corpus._from_dataframe(df, kw, dayfirst=dayfirst, date_state=date_state)


def _check_chunk(parameter: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(
            f"`{parameter}` must be a positive number of articles per chunk, e.g. {parameter}=5000, "
            f"or None to read everything at once. Got {value!r} instead."
        )
    return int(value)


def _json_record(p: Path, lineno: int, line: str) -> dict[str, Any]:
    """One JSON Lines record, or a one-sentence error naming the file and line."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{str(p)!r} line {lineno} is not valid JSON ({exc.msg}); each line must be one JSON object."
        ) from None
    if not isinstance(rec, dict):
        raise ValueError(
            f"{str(p)!r} line {lineno} holds a {type(rec).__name__}, not a JSON object; each "
            "line must be one article object."
            + (
                " For a file that holds one JSON array of articles, use "
                "fr.Corpus.from_dataframe(pd.read_json(path), text=...)."
                if isinstance(rec, list)
                else ""
            )
        )
    return rec


def _jsonl_records(p: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The objects of a JSON Lines file, read line by line (bounded memory), with line numbers."""
    if not p.exists():
        raise FileNotFoundError(f"`path` names a file that does not exist: {str(p)!r}.")
    opener: Any = gzip.open if p.suffix == ".gz" else open
    n_bad = 0
    with opener(p, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("utf-8", errors="replace")
                n_bad += 1
            if line.strip():
                yield lineno, _json_record(p, lineno, line)
    if n_bad:
        warn(
            f"{str(p)!r} is not valid UTF-8: {n_bad} lines had undecodable bytes, replaced by "
            "U+FFFD. Re-encode the file as UTF-8 to keep those characters."
        )


def _iter_jsonl(
    p: Path, chunksize: int, fields: dict[str, str | None], dayfirst: bool | None
) -> Iterator[Corpus]:
    batch: list[dict[str, Any]] = []
    first = 0
    date_state: dict[str, Any] = {}
    for _, rec in _jsonl_records(p):
        batch.append(rec)
        if len(batch) == chunksize:
            yield _chunk_corpus(batch, first, fields, dayfirst, date_state)
            first += len(batch)
            batch = []
    if batch:
        yield _chunk_corpus(batch, first, fields, dayfirst, date_state)


def read_jsonl(
    path: str | Path,
    *,
    text: str = "text",
    outlet: str | None = None,
    date: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    dayfirst: bool | None = None,
    chunksize: int | None = None,
) -> Any:
    """Read a JSON Lines file (``.jsonl`` or ``.jsonl.gz``), one article object per line.

    Parameters
    ----------
    path : str or Path
        The file; ``.gz`` files are decompressed.
    text, outlet, date, title, doc_id : str, optional
        Column names, as in :meth:`Corpus.from_dataframe`.
    dayfirst : bool, optional
        Order of numeric dates such as "01/02/2024", as in :meth:`Corpus.from_dataframe`. When
        chunks are read and it is None, the order found in one chunk holds for the chunks after
        it; if a later chunk shows the column is day first after earlier chunks were read month
        first, a warning says to read the file again with ``dayfirst=True``.
    chunksize : int, optional
        Read the file lazily and yield Corpus chunks of ``chunksize`` articles (the last may be
        smaller), so a corpus larger than memory can be processed chunk by chunk (see
        :func:`framing.annotate`). Without ``doc_id``, ids number the rows of the whole file, as
        a full read would; uniqueness of given ids is checked within each chunk only.

    Returns
    -------
    Corpus, or an iterator of Corpus chunks when ``chunksize`` is given.

    Examples
    --------
    >>> import tempfile, os
    >>> from pathlib import Path
    >>> p = os.path.join(tempfile.mkdtemp(), "a.jsonl")
    >>> _ = Path(p).write_text('{"text": "Rebels advanced.", "outlet": "Wire"}\\n' * 5)
    >>> read_jsonl(p).docs.outlet.tolist()[:1]
    ['Wire']
    >>> [len(c) for c in read_jsonl(p, chunksize=2)]
    [2, 2, 1]
    """
    p = Path(path)
    fields = {"text": text, "outlet": outlet, "date": date, "title": title, "doc_id": doc_id}
    if chunksize is not None:
        return _iter_jsonl(p, _check_chunk("chunksize", chunksize), fields, dayfirst)
    raw = _read_text_file(p)
    records = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            records.append(_json_record(p, lineno, line))
    return Corpus._from_dataframe(pd.DataFrame.from_records(records), fields, dayfirst=dayfirst)


def _iter_parquet(
    p: Path, batch_size: int, fields: dict[str, str | None], dayfirst: bool | None
) -> Iterator[Corpus]:
    import pyarrow.dataset as ds

    first = 0
    date_state: dict[str, Any] = {}
    for batch in ds.dataset(p, format="parquet").to_batches(batch_size=batch_size):
        if batch.num_rows == 0:
            continue
        yield _chunk_corpus(batch.to_pandas(), first, fields, dayfirst, date_state)
        first += batch.num_rows


def read_parquet(
    path: str | Path,
    *,
    text: str = "text",
    outlet: str | None = None,
    date: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    dayfirst: bool | None = None,
    batch_size: int | None = None,
) -> Any:
    """Read a Parquet file or dataset folder into a Corpus.

    Parameters
    ----------
    path : str or Path
        A Parquet file or a folder of them (a dataset).
    text, outlet, date, title, doc_id : str, optional
        Column names, as in :meth:`Corpus.from_dataframe`.
    dayfirst : bool, optional
        Order of numeric dates such as "01/02/2024"; see :func:`read_jsonl`.
    batch_size : int, optional
        Read lazily (pyarrow record batches) and yield Corpus chunks of at most ``batch_size``
        articles. Without ``doc_id``, ids number the rows of the whole dataset.

    Returns
    -------
    Corpus, or an iterator of Corpus chunks when ``batch_size`` is given.

    Examples
    --------
    >>> import tempfile, os, pandas as pd
    >>> p = os.path.join(tempfile.mkdtemp(), "a.parquet")
    >>> pd.DataFrame({"text": ["Rebels advanced."] * 3, "outlet": "Wire"}).to_parquet(p)
    >>> [len(c) for c in read_parquet(p, batch_size=2)]
    [2, 1]
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"`path` names a file that does not exist: {str(p)!r}.")
    fields = {"text": text, "outlet": outlet, "date": date, "title": title, "doc_id": doc_id}
    if batch_size is not None:
        return _iter_parquet(p, _check_chunk("batch_size", batch_size), fields, dayfirst)
    return Corpus._from_dataframe(pd.read_parquet(p), fields, dayfirst=dayfirst)


def read_texts(folder: str | Path, *, pattern: str = "*.txt") -> Corpus:
    """Read a folder of plain-text articles, one file per article.

    The outlet is the name of the sub-folder a file is in (files directly in ``folder`` get
    outlet "unknown"); the doc_id is the file name without its extension (the relative path when
    two files share a name). Files are read as UTF-8; invalid bytes are replaced and counted.

    Examples
    --------
    >>> import tempfile, os
    >>> from pathlib import Path
    >>> root = tempfile.mkdtemp(); os.mkdir(os.path.join(root, "Wire"))
    >>> _ = Path(os.path.join(root, "Wire", "a1.txt")).write_text("Rebels advanced.")
    >>> c = read_texts(root); (c.docs.doc_id[0], c.docs.outlet[0])
    ('a1', 'Wire')
    """
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(
            f"`folder` is not a folder: {str(root)!r}; pass the folder that holds the .txt files."
        )
    files = sorted(p for p in root.rglob(pattern) if p.is_file())
    if not files:
        raise ValueError(
            f"`folder` {str(root)!r} holds no files matching {pattern!r}; pass the folder with "
            "one .txt file per article (in sub-folders named after outlets)."
        )
    stems = pd.Series([p.stem for p in files])
    clash = stems.duplicated(keep=False).to_numpy()
    rows = []
    for p, c in zip(files, clash):
        rel = p.relative_to(root)
        outlet = rel.parts[-2] if len(rel.parts) > 1 else "unknown"
        did = rel.with_suffix("").as_posix() if c else p.stem
        raw = p.read_bytes()
        try:
            txt = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            txt = raw.decode("utf-8", errors="replace")
            warn(f"{str(p)!r} is not valid UTF-8; undecodable bytes were replaced by U+FFFD.")
        rows.append({"doc_id": did, "text": txt, "outlet": outlet, "path": rel.as_posix()})
    return Corpus.from_dataframe(pd.DataFrame(rows))
