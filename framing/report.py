"""The self-contained HTML report: one file, figures inlined as SVG, no network resources.

``fr.report(corpus)`` and ``framing report INPUT -o FILE`` run the whole pipeline on a corpus
(cleaning, de-duplication, naming, sourcing, hedging, agency, distinctive vocabulary) and write
one HTML page a researcher can attach to a paper's supplement or a teacher can hand out: each
finding with its confidence interval, a few evidence snippets from the articles, and the
provenance sentences for a methods section.
"""

from __future__ import annotations

import html
import io
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing import __version__
from framing._validation import FramingWarning, check_choice, check_int
from framing.corpus import Corpus, as_corpus
from framing.lexicons import Lexicon
from framing.lexicons import load as load_lexicon
from framing.provenance import attach, provenance
from framing.quotes import PRECISIONS
from framing.text import count_words

__all__ = ["report"]

_CSS = """
:root{--ink:#1f2328;--muted:#656d76;--rule:#d8dee4;--soft:#f6f8fa;--accent:#0072B2}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;
 max-width:66rem;margin:2rem auto;padding:0 1.2rem;color:var(--ink);line-height:1.55;font-size:16px}
h1{font-size:2rem;margin:0 0 .2rem}h2{font-size:1.4rem;border-bottom:1px solid var(--rule);
 padding-bottom:.25rem;margin-top:2.4rem}h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
.meta{color:var(--muted);font-size:.9rem;margin:0}
nav{background:var(--soft);border:1px solid var(--rule);border-radius:6px;padding:.5rem .9rem;margin:1.2rem 0}
nav a{margin-right:1rem;color:var(--accent);text-decoration:none}
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.92rem}
th,td{padding:.3rem .65rem;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figcaption{color:var(--muted);font-size:.88rem}
.finding{background:#fff;border-left:4px solid var(--accent);padding:.2rem .9rem;margin:.8rem 0}
.snip{font-size:.9rem;margin:.25rem 0;color:#333}.snip .src{color:var(--muted);font-size:.8rem;margin-right:.4rem}
mark{background:#fde68a;padding:0 .1rem;border-radius:2px}
p.provenance{background:var(--soft);padding:.6rem .8rem;border-left:3px solid #999;font-size:.88rem}
.note{color:var(--muted);font-size:.88rem}
"""


# -- small HTML helpers ------------------------------------------------------------------------
def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        if pd.isna(value):
            return "–"
        return f"{value:.2f}" if abs(value) < 1000 else f"{value:,.0f}"
    if value is pd.NaT:
        return "–"
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return f"{value:,}"  # 26,627 words, as in the text above the table
    return str(value)


_HEADERS = {
    "ci_low": "95% CI low",
    "ci_high": "95% CI high",
    "n_docs": "articles",
    "per_1000_words": "per 1,000 words",
    "doc_id": "article",
}


#: Columns whose values are lexicon keys (labels, actors, categories): shown as words.
_KEY_COLUMNS = frozenset({"actor", "label", "speaker_category", "category", "cue_stance", "stance", "family"})


def _table(df: pd.DataFrame) -> str:
    # Column names read as words ("speaker category", "95% CI low"), not as Python identifiers,
    # and so do lexicon keys in the cells ("armed groups", "international org").
    head = "".join(f"<th>{_esc(_HEADERS.get(str(c), str(c).replace('_', ' ')))}</th>" for c in df.columns)
    keys = [str(c) in _KEY_COLUMNS for c in df.columns]
    rows = []
    for rec in df.itertuples(index=False):
        cells = []
        for v, key in zip(rec, keys, strict=True):
            if key and isinstance(v, str):
                v = v.replace("_", " ")
            numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
            cells.append(f"<td{' class=num' if numeric else ''}>{_esc(_fmt(v))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _svg(draw: Callable[..., Any], *, width: float = 8.0, height: float = 4.5) -> str:
    """Draw on a new figure and return it as inline SVG (text as paths: no font downloads)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"svg.fonttype": "path", "font.size": 10}):
        fig, ax = plt.subplots(figsize=(width, height))
        try:
            result = draw(ax=ax)
            figure = getattr(result, "figure", None) or getattr(result, "fig", None) or fig
            if figure is not fig:
                plt.close(fig)
            figure.tight_layout()
            buf = io.StringIO()
            figure.savefig(buf, format="svg", bbox_inches="tight")
        finally:
            plt.close("all")
    svg = buf.getvalue()
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg[svg.index("<svg") :], flags=re.S)
    return svg


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{_esc(caption)}</figcaption></figure>"


def _snippet(text: str, start: int, end: int, *, width: int = 110) -> str:
    """The span in its context, trimmed to whole words, with the span marked."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    if start - width > 0:
        left = "…" + left[left.find(" ") + 1 :] if " " in left else left
    if end + width < len(text):
        right = (right[: right.rfind(" ")] if " " in right else right) + "…"
    left = re.sub(r"\s+", " ", left)
    right = re.sub(r"\s+", " ", right)
    return f"{_esc(left)}<mark>{_esc(text[start:end])}</mark>{_esc(right)}"


def _snippets(spans: pd.DataFrame, texts: pd.Series, *, n: int = 3) -> str:
    out = []
    for row in spans.head(n).itertuples(index=False):
        text = texts[row.doc_id]
        out.append(
            f"<p class='snip'><span class='src'>{_esc(row.outlet)} · {_esc(row.doc_id)}</span>"
            f"{_snippet(text, int(row.start), int(row.end))}</p>"
        )
    return "".join(out)


@contextmanager
def _quiet() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FramingWarning)
        yield


#: What each ``precision`` of extract_quotes means, for the Methods section (a mode without an
#: entry is named only).
_PRECISION_METHODS = {
    "standard": " (every speaker category and verb stance the rules give)",
    "high": (
        " (a speaker category or verb stance only where its trigger is on the allowlist of triggers "
        "judged right on development rows; the others are 'unknown' or have no stance)"
    ),
    "balanced": (
        " (the rules' speaker categories and verb stances, except those of a short denylist of "
        "triggers judged mostly wrong on development rows, which are 'unknown' or have no stance)"
    ),
}


# -- sections ----------------------------------------------------------------------------------
class _Report:
    def __init__(
        self,
        corpus: Corpus,
        lexicon: Lexicon,
        *,
        n_boot: int,
        seed: int,
        max_outlets: int,
        precision: str = "standard",
    ) -> None:
        self.corpus = corpus
        self.precision = precision
        counts = corpus.docs["outlet"].value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="stable")
        self.n_outlets = len(counts)
        self.shown = set(counts.index[:max_outlets])
        self.lexicon = lexicon
        self.n_boot = n_boot
        self.seed = seed
        self.texts = corpus.docs.set_index("doc_id")["text"]
        self.methods: list[str] = []
        self.sections: list[tuple[str, str, str]] = []

    def focus(self, df: pd.DataFrame) -> pd.DataFrame:
        """Rows of the outlets shown in tables and figures (those with the most articles)."""
        if self.n_outlets <= len(self.shown) or "outlet" not in df.columns:
            return df
        return df[df["outlet"].isin(self.shown)]

    def add(self, anchor: str, title: str, body: str) -> None:
        self.sections.append((anchor, title, body))

    def cite(self, df: pd.DataFrame) -> None:
        if df.attrs.get("framing"):
            self.methods.append(provenance(df))


def _corpus_section(r: _Report, original: Corpus) -> None:
    docs = r.corpus.docs
    words = docs["text"].map(count_words)
    summary = (
        docs.assign(words=words)
        .groupby("outlet", sort=True)
        .agg(articles=("doc_id", "size"), words=("words", "sum"), first=("date", "min"), last=("date", "max"))
        .reset_index()
    )
    attach(summary, function="report.summary", params={}, corpus=r.corpus)
    dates = docs["date"].dropna()
    span = f"{dates.min():%d %b %Y} to {dates.max():%d %b %Y}" if len(dates) else "undated"
    n_docs, n_outlets = len(docs), docs["outlet"].nunique()
    parts = [
        f"<p>{n_docs:,} article{'s' if n_docs != 1 else ''} from {n_outlets} "
        f"outlet{'s' if n_outlets != 1 else ''}, {int(words.sum()):,} words, {_esc(span)}.</p>",
        _table(r.focus(summary)),
    ]
    if r.n_outlets > len(r.shown):
        parts.append(
            f"<p class='note'>Tables and figures show the {len(r.shown)} outlets with the most articles; "
            f"all {r.n_outlets} outlets enter the statistics. The full tables come from the command line "
            "(<code>framing labels|quotes|hedges|agency|keyness INPUT -o table.csv</code>).</p>"
        )
    clean = original.report.get("_report_clean")
    if isinstance(clean, pd.DataFrame) and len(clean):
        by_kind = (
            clean.groupby(["outlet", "kind"], sort=True)["n_docs"].sum().unstack(fill_value=0).reset_index()
        )
        parts.append(
            "<h3>Cleaning</h3><p>Site boilerplate (lines repeated across an outlet's articles) and "
            "datelines removed, articles affected per outlet:</p>" + _table(r.focus(by_kind))
        )
    dup = original.report.get("_report_dedupe")
    if isinstance(dup, pd.DataFrame):
        if len(dup):
            shown = dup[["doc_id", "outlet", "duplicate_of", "duplicate_outlet", "similarity"]]
            parts.append(
                f"<h3>De-duplication</h3><p>{len(dup)} near-duplicate copies (syndicated or "
                "republished text, word-shingle Jaccard ≥ 0.8) were set aside so that no story "
                "counts twice:</p>" + _table(shown.head(30))
            )
        else:
            parts.append("<h3>De-duplication</h3><p>No near-duplicate articles were found.</p>")
    dropped = original.report.get("dropped") or []
    if dropped:
        parts.append(f"<p class='note'>{len(dropped)} input rows had no text and were left out.</p>")
    r.add("corpus", "Corpus", "".join(parts))


def _dominant(table: pd.DataFrame, key: str, *, by: str = "outlet") -> pd.DataFrame:
    """Per group, the category with the largest share (ties: first in order), with its CI."""
    t = table.dropna(subset=["share"]).sort_values([by, "share"], ascending=[True, False], kind="stable")
    top = t.groupby(by, sort=True).head(1)
    out = top[[by, key, "share", "ci_low", "ci_high", "total", "n_docs"]].rename(
        columns={"total": "mentions"}
    )
    return out.reset_index(drop=True)


def _contested_actors(
    table: pd.DataFrame, lexicon: Lexicon, *, most: int = 4
) -> tuple[list[str], list[tuple[str, str, int, int]]]:
    """Actors whose dominant own-voice labels differ between outlets in stance (most mentioned
    first), and a summary of the others (actor, label, outlets, mentions)."""
    contested: list[tuple[int, str]] = []
    others: list[tuple[str, str, int, int]] = []
    for actor in lexicon.actors:
        sub = table[(table["actor"] == actor) & (table["total"] > 0)]
        if sub.empty:
            continue
        dom = _dominant(sub, "label")
        mentions = int(dom["mentions"].sum())
        stances = {lexicon.stance(actor, label) for label in dom["label"]}
        if dom["label"].nunique() > 1 and len(stances) > 1:
            contested.append((mentions, actor))
        else:
            others.append((actor, str(dom["label"].iloc[0]), len(dom), mentions))
    contested.sort(key=lambda t: -t[0])
    return [a for _, a in contested[:most]], sorted(others, key=lambda t: -t[3])


def _naming_section(r: _Report) -> None:
    from framing.kwic import kwic
    from framing.labels import find_labels, label_choice
    from framing.plotting import plot_label_shares

    # The report has its own progress bar; the extractors' bars would only add noise to it.
    spans = find_labels(r.corpus, r.lexicon, progress=False)
    table = label_choice(r.corpus, r.lexicon, n_boot=r.n_boot, seed=r.seed, spans=spans)
    r.cite(table)
    own = spans[~spans["in_quote"]]
    actors, others = _contested_actors(r.focus(table), r.lexicon)
    parts = [
        "<p>Which word does each outlet use, in its own voice (outside quotation marks), for the same "
        "actor? Shares are of all label mentions of that actor in the outlet; intervals are 95% "
        "cluster-bootstrap intervals over articles. Shown are the actors whose dominant labels differ "
        "in stance between outlets (delegitimizing, neutral, legitimizing).</p>"
    ]
    if spans.empty:
        parts.append(
            f"<p class='note'>The lexicon {_esc(r.lexicon.name)} v{_esc(r.lexicon.version)} found no "
            "label of its actors in these articles. For another topic, pass an actors lexicon of your "
            "own (<code>lexicon=</code>, or <code>--lexicon</code> on the command line; notebook 02 "
            "shows how to extend one).</p>"
        )
    elif not actors:
        parts.append(
            "<p class='note'>No actor is named with different dominant labels by different outlets.</p>"
        )
    for actor in actors:
        sub = r.focus(table[table["actor"] == actor])
        height = 1.6 + 0.42 * sub["outlet"].nunique()
        svg = _svg(
            partial(plot_label_shares, sub, actor=actor, lexicon=r.lexicon, kind="stacked"), height=height
        )
        parts.append(f"<h3>{_esc(actor.replace('_', ' '))}</h3>")
        parts.append(
            _figure(svg, f"Label shares for {actor.replace('_', ' ')} per outlet (own voice), with 95% CIs.")
        )
        dom = _dominant(sub, "label")
        parts.append(_table(dom))
        evidence = []
        for row in dom.itertuples(index=False):
            hits = own[(own["outlet"] == row.outlet) & (own["actor"] == actor) & (own["label"] == row.label)]
            evidence.append(_snippets(hits, r.texts, n=1))
        parts.append("<div class='finding'>" + "".join(evidence) + "</div>")
    if others:
        parts.append(
            "<h3>Other actors</h3><p>Named with the same dominant label by every outlet that names them:</p>"
            + _table(pd.DataFrame(others, columns=["actor", "label", "outlets", "mentions"]))
        )
    if actors:
        k = kwic(
            r.corpus,
            f"{actors[0]}:{_dominant(table[table['actor'] == actors[0]], 'label')['label'].iloc[0]}",
            lexicon=r.lexicon,
            window=8,
        )
        r.cite(k)
    r.add("naming", "Naming", "".join(parts))


def _sourcing_section(r: _Report) -> None:
    from framing.plotting import plot_cue_stance, plot_source_shares
    from framing.quotes import cue_stance_by_speaker, extract_quotes, source_share

    quotes = extract_quotes(r.corpus, lexicon=r.lexicon, precision=r.precision, progress=False)
    shares = source_share(quotes, n_boot=r.n_boot, seed=r.seed)
    stance = cue_stance_by_speaker(quotes, n_boot=r.n_boot, seed=r.seed)
    r.cite(shares)
    shares, stance = r.focus(shares), r.focus(stance)
    parts = [
        f"<p>{len(quotes):,} attributions (direct and indirect quotes, 'according to') were found. "
        "Whom does each outlet let speak, and with which verb does it introduce them?</p>",
        *_precision_note(r, quotes),
        _figure(
            _svg(lambda ax: plot_source_shares(shares, ax=ax)),
            "Share of attributions by speaker category, per outlet.",
        ),
    ]
    known = shares[(shares["speaker_category"] != "unknown") & (shares["count"] > 0)]
    parts.append("<p>Most quoted speaker category per outlet (among identified speakers):</p>")
    parts.append(_table(_dominant(known, "speaker_category")))
    unplaced = sorted(set(shares["outlet"]) - set(known["outlet"]), key=str)
    if unplaced:
        parts.append(
            "<p class='note'>No attribution could be given a speaker category in "
            f"{_esc(', '.join(map(str, unplaced)))}.</p>"
        )
    if (stance["cue_stance"] == "distancing").any():
        parts.append(
            _figure(
                _svg(lambda ax: plot_cue_stance(stance, ax=ax)),
                "Share of attributions introduced with a distancing verb (claimed, alleged, ...), by speaker category.",
            )
        )
    distancing = quotes[quotes["cue_stance"].isin(["distancing", "emotive"])]
    if len(distancing):
        parts.append("<div class='finding'><p>Distancing and emotive reporting verbs in use:</p>")
        for outlet, rows in distancing.groupby("outlet", sort=True):
            row = rows.iloc[0]
            text = r.texts[row.doc_id]
            parts.append(
                f"<p class='snip'><span class='src'>{_esc(outlet)} · {_esc(row.doc_id)}</span>"
                f"{_snippet(text, int(row.cue_start), int(row.cue_end))}</p>"
            )
        parts.append("</div>")
    r.add("sourcing", "Sourcing", "".join(parts))


def _precision_note(r: _Report, quotes: pd.DataFrame) -> list[str]:
    """A note on what ``precision="high"`` changes in the sourcing section."""
    if r.precision != "high":
        return []
    unknown = float((quotes["speaker_category"] == "unknown").mean()) if len(quotes) else 0.0
    no_stance = float(quotes["cue_stance"].isna().mean()) if len(quotes) else 0.0
    return [
        f"<p class='note'>Attributions were extracted with <code>precision={r.precision!r}</code>: a "
        "speaker category or verb stance is kept only where the rule that gave it was proven right "
        f"on judged development rows, so {unknown:.0%} of the attributions have no speaker category "
        f"('unknown') and {no_stance:.0%} no verb stance, and the share kept differs between outlets. "
        "Read the tables below as examples of well-identified speakers, not as a comparison of "
        "outlets; for that, run the report with the default "
        "<code>precision='standard'</code>.</p>"
    ]


def _hedges_section(r: _Report) -> None:
    from framing.hedges import find_hedges, hedge_rates
    from framing.plotting import plot_rates

    spans = find_hedges(r.corpus, progress=False)
    rates = hedge_rates(r.corpus, n_boot=r.n_boot, seed=r.seed, progress=False)
    r.cite(rates)
    per_words = r.focus(rates[rates["unit"] == "per_1000_words"])
    families = [f for f in per_words["family"].unique() if f != "all"]
    overall = per_words[per_words["family"] == "all"].sort_values("rate", ascending=False)
    parts = [
        "<p>Hedges and distancing markers (reportedly, may, allegedly, could not be independently "
        "verified, scare quotes) per 1,000 words, in the outlet's own voice and in quotes. Scare "
        "quotes are few and rough: the rules keep only a quoted one- or two-word phrase after "
        "'the', or one evaluative word before its noun, in a sentence with nobody to have used it "
        "(about 3 per 1,000 opinion-heavy articles, none in straight news reports), and on fresh "
        "text about three in four of them are the outlet's own distancing (see the evidence "
        "below).</p>",
        _figure(
            _svg(
                lambda ax: plot_rates(per_words, categories=families, ax=ax),
                height=1.6 + 0.55 * per_words["outlet"].nunique(),
            ),
            "Hedges per 1,000 words by family, with 95% CIs.",
        ),
        _table(
            overall[["outlet", "count", "rate", "ci_low", "ci_high", "n_docs"]].rename(
                columns={"rate": "per_1000_words"}
            )
        ),
    ]
    own = spans[~spans["in_quote"]]
    if len(own):
        parts.append("<div class='finding'>")
        for _, rows in own.groupby("family", sort=True):
            parts.append(_snippets(rows, r.texts, n=1))
        parts.append("</div>")
    r.add("hedges", "Hedging", "".join(parts))


def _agency_section(r: _Report) -> None:
    from framing.agency import agency_rates, find_agency
    from framing.plotting import plot_rates

    spans = find_agency(r.corpus, progress=False)
    rates = agency_rates(r.corpus, n_boot=r.n_boot, seed=r.seed, agency=spans)
    r.cite(rates)
    rates = r.focus(rates)
    agentless = rates[rates["agency"] == "agentless"].sort_values("share", ascending=False)
    parts = [
        f"<p>{len(spans):,} harm clauses (killed, shelled, struck, died, ...). How often does an outlet "
        'tell a harm without naming who caused it ("was shelled", ", killing four", "an explosion '
        'killed")?</p>',
        _figure(
            _svg(lambda ax: plot_rates(rates, ax=ax)),
            "Share of harm clauses without a perpetrator, with 95% CIs.",
        ),
        _table(
            agentless[["outlet", "count", "total", "share", "ci_low", "ci_high"]].rename(
                columns={"count": "agentless", "total": "harm_clauses"}
            )
        ),
    ]
    examples = spans[
        spans["construction"].isin(["agentless_passive", "agentless_participle", "event_subject"])
        & ~spans["in_quote"]
    ]
    if len(examples):
        parts.append(
            "<div class='finding'>" + _snippets(examples.drop_duplicates("outlet"), r.texts, n=4) + "</div>"
        )
    r.add("agency", "Agency of harm", "".join(parts))


def _keyness_section(r: _Report) -> None:
    import framing

    keyness = getattr(framing, "keyness", None)
    if keyness is None or r.corpus.docs["outlet"].nunique() < 2:
        return
    try:
        table = keyness(r.corpus, min_count=3, stop_words="english")
    except ValueError as exc:
        r.add("keyness", "Distinctive vocabulary", f"<p class='note'>Not computed: {_esc(exc)}</p>")
        return
    r.cite(table)
    stat = "z" if "z" in table.columns else table.columns[-1]
    top = r.focus(table).sort_values(stat, ascending=False).groupby("outlet", sort=True).head(10)
    words = (
        top.groupby("outlet", sort=True)["term"]
        .apply(lambda s: ", ".join(s))
        .reset_index(name="most distinctive words")
    )
    r.add(
        "keyness",
        "Distinctive vocabulary",
        "<p>Words each outlet uses more than the others, by the log-odds ratio with an informative "
        "Dirichlet prior (Monroe, Colaresi & Quinn 2008), highest z first; English stop words "
        "(the, of, it, ...) are left out.</p>" + _table(words),
    )


_SECTIONS: list[tuple[str, Callable[[_Report], None]]] = [
    ("naming", _naming_section),
    ("sourcing", _sourcing_section),
    ("hedging", _hedges_section),
    ("agency", _agency_section),
    ("keyness", _keyness_section),
]


def _progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    return sys.stderr.isatty()


def report(
    corpus: Corpus | pd.DataFrame,
    *,
    lexicon: str | Lexicon = "syria",
    path: str | Path = "report.html",
    clean: bool = True,
    dedupe: bool = True,
    n_boot: int = 1000,
    seed: int = 0,
    title: str = "Framing report",
    max_outlets: int = 20,
    precision: str = "standard",
    progress: bool | None = None,
) -> Path:
    """Write a self-contained HTML report on ``corpus`` and return its path.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    lexicon : str or Lexicon, default "syria"
        The actors lexicon for naming and for the speakers' actors.
    path : str or Path, default "report.html"
        Where to write the file.
    clean, dedupe : bool, default True
        Run :meth:`Corpus.clean` and :meth:`Corpus.dedupe` first (their results are reported).
    n_boot : int, default 1000
        Bootstrap resamples for every interval.
    seed : int, default 0
        Seed of every bootstrap.
    title : str, default "Framing report"
        The page title.
    max_outlets : int, default 20
        Tables and figures show at most this many outlets (those with the most articles); all
        outlets enter the statistics.
    precision : str, default "standard"
        ``precision`` of :func:`framing.extract_quotes` for the sourcing section, one of
        :data:`framing.quotes.PRECISIONS`. ``"high"`` keeps a speaker category or verb stance
        only where its trigger is on the allowlist (more often right, far fewer of them, and a
        different share in each outlet): the section then says so. ``"balanced"`` drops only
        those of a short denylist of triggers. The Methods section names the mode in every case.
    progress : bool, optional
        Show a progress bar; None shows it when standard error is a terminal.

    Returns
    -------
    Path
        The written file: one HTML page, figures inlined as SVG, no network resources.

    Examples
    --------
    >>> import framing as fr  # doctest: +SKIP
    >>> fr.report(fr.datasets.load("aleppo-2024"), path="aleppo.html")  # doctest: +SKIP
    PosixPath('aleppo.html')
    """
    check_int("n_boot", n_boot, minimum=100)
    check_int("max_outlets", max_outlets, minimum=1)
    check_choice("precision", precision, PRECISIONS, owner="report")
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        raise FileNotFoundError(
            f"`path` is in a folder that does not exist ({str(folder)!r}); create the folder first or "
            "pass a path in an existing one."
        )
    original = as_corpus(corpus)
    if len(original) == 0:
        raise ValueError(
            "`corpus` has no articles (none with a non-empty text); there is nothing to report. Check "
            "that the `text` column holds the article texts."
        )
    lex = load_lexicon(lexicon)
    from tqdm.auto import tqdm

    steps = ["cleaning", *(name for name, _ in _SECTIONS)]
    bar = tqdm(total=len(steps), desc="framing report", disable=not _progress(progress), unit="step")
    with _quiet():
        work = original
        if clean:
            work = work.clean()
            original.report["_report_clean"] = work.report.get("clean")
        if dedupe:
            work = work.dedupe()
            original.report["_report_dedupe"] = work.report.get("dedupe")
    bar.update(1)
    r = _Report(work, lex, n_boot=n_boot, seed=seed, max_outlets=max_outlets, precision=precision)
    _corpus_section(r, original)
    for name, section in _SECTIONS:
        bar.set_postfix_str(name)
        with _quiet():
            section(r)
        bar.update(1)
    bar.close()
    for key in ("_report_clean", "_report_dedupe"):
        original.report.pop(key, None)

    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f"<a href='#{a}'>{_esc(t)}</a>" for a, t, _ in r.sections)
    body = [
        f"<h1>{_esc(title)}</h1>",
        f"<p class='meta'>framing {_esc(__version__)} · generated {generated} · lexicon "
        f"{_esc(lex.name)} v{_esc(lex.version)} · quotes precision {_esc(precision)}</p>",
        f"<nav>{nav}<a href='#methods'>Methods</a></nav>",
    ]
    for anchor, heading, content in r.sections:
        body.append(f"<section id='{anchor}'><h2>{_esc(heading)}</h2>{content}</section>")
    methods = "".join(f"<p class='provenance'>{_esc(m)}</p>" for m in r.methods)
    body.append(
        "<section id='methods'><h2>Methods</h2><p>Every interval is a 95% percentile interval from "
        f"{n_boot:,} cluster-bootstrap resamples of articles (seed {seed}): words and spans cluster in "
        "articles, so articles, not words, are resampled. Attributions (sourcing) were extracted "
        f"with precision={precision!r}{_PRECISION_METHODS.get(precision, '')}. Provenance of each table:</p>"
        + methods
        + "</section>"
    )
    doc = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>" + "\n".join(body) + "</body></html>"
    )
    out = Path(path)
    out.write_text(doc, encoding="utf-8")
    return out
