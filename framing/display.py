"""The evidence view: one article with every span of every indicator highlighted, as HTML.

``fr.show(corpus, doc_id)`` renders an article in a notebook with the label mentions coloured by
stance, attributions underlined in the colour of their speaker category (speaker in bold, verb in
italics), hedges boxed and harm verbs marked by agency; hovering any word lists every rule that
matched it. ``fr.compare(corpus, doc_a, doc_b)`` puts two articles side by side, for the
classroom: two outlets, one event.

The rendering core reads span tables as the design defines them (``start``/``end`` into the
document's ``text`` plus the extractor's columns) and handles overlapping and nested spans: an
element that would cross another's boundary is split into pieces, so the HTML stays well formed.
All text, including outlet names, titles and lexicon values, is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from framing._palette import CATEGORY_COLORS, OKABE_ITO, STANCE_COLORS
from framing._validation import check_choice, closest
from framing.corpus import Corpus, as_corpus
from framing.provenance import attach
from framing.quotes import PRECISIONS

__all__ = ["INDICATORS", "Evidence", "compare", "show"]

#: Indicator name -> the public function of ``framing`` that extracts its spans.
INDICATORS = {
    "labels": "find_labels",
    "quotes": "extract_quotes",
    "hedges": "find_hedges",
    "agency": "find_agency",
}

_AGENTLESS = {"agentless_passive", "agentless_participle", "event_subject"}
_CONSTRUCTION_TEXT = {
    "active": "a perpetrator is the subject",
    "passive": "passive with the perpetrator in a by-phrase",
    "agentless_passive": "passive, no perpetrator named",
    "agentless_participle": "participle, no perpetrator named",
    "event_subject": "an event or weapon as the causer, no perpetrator",
    "intransitive": "a death or loss with no causer",
}
_HEDGE_COLORS = {
    "reportative": OKABE_ITO["sky_blue"],
    "epistemic": OKABE_ITO["bluish_green"],
    "distancing": OKABE_ITO["vermillion"],
    "unverified": OKABE_ITO["orange"],
    "scare_quote": OKABE_ITO["reddish_purple"],
}
_FALLBACK = "#666666"

_CSS = """
.fr-ev{font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;max-width:48rem;line-height:1.75}
.fr-ev .fr-head{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin-bottom:.4rem}
.fr-ev .fr-title{font-size:1.15rem;font-weight:600;margin:0}
.fr-ev .fr-meta{color:#555;font-size:.85rem}
.fr-ev .fr-body{white-space:pre-wrap;font-size:1rem}
.fr-ev .fr-label{background:var(--fr-bg);border-radius:2px;padding:0 1px}
.fr-ev .fr-quote{border-bottom:2px solid var(--fr-c);padding-bottom:1px}
.fr-ev .fr-speaker{font-weight:700}
.fr-ev .fr-cue{font-style:italic;color:var(--fr-c)}
.fr-ev .fr-hedge{outline:1.5px dashed var(--fr-c);outline-offset:1px}
.fr-ev .fr-harm-agentless{text-decoration:underline wavy var(--fr-c);text-decoration-thickness:1.5px}
.fr-ev .fr-harm-with_agent{text-decoration:underline dotted var(--fr-c);text-decoration-thickness:2px}
.fr-ev .fr-harm-intransitive{text-decoration:underline dotted var(--fr-c)}
.fr-ev .fr-agent{box-shadow:inset 0 -.35em 0 rgba(0,114,178,.18)}
.fr-ev .fr-span{background:rgba(230,159,0,.25)}
.fr-ev sup.fr-badge{font-family:system-ui,sans-serif;font-size:.62rem;background:var(--fr-c);
border-radius:3px;padding:0 3px;margin-left:1px;font-weight:400;font-style:normal}
.fr-ev .fr-legend{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.8rem;color:#333;
border-top:1px solid #ddd;margin-top:.8rem;padding-top:.4rem;line-height:1.9}
.fr-ev .fr-legend b{margin-right:.3rem}
.fr-ev .fr-legend .fr-item{margin-right:.9rem;white-space:nowrap}
.fr-ev .fr-cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
.fr-ev.fr-wide{max-width:96rem}
"""


@dataclass
class _Mark:
    """One highlighted stretch of text: ``css`` classes, a colour, the hover ``title``."""

    start: int
    end: int
    css: str
    color: str
    title: str
    badge: str = ""
    layer: str = ""
    rank: int = 0


@dataclass
class Evidence:
    """An article (or two) rendered with its spans; displays itself in Jupyter.

    Attributes
    ----------
    html : str
        The HTML fragment (a ``<div>`` with its own scoped ``<style>``).
    spans : DataFrame
        Every span that was drawn: ``indicator``, ``doc_id``, ``start``, ``end``, ``text``,
        ``rule`` (the hover text). Carries provenance.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> df = pd.DataFrame({"text": ["Rebels entered Aleppo."], "outlet": ["Wire"]})
    >>> view = fr.show(df, "doc000000", indicators=["labels"])
    >>> view
    <Evidence: 1 span in doc000000>
    >>> view.spans[["indicator", "text"]].values.tolist()
    [['labels', 'Rebels']]
    """

    html: str
    spans: pd.DataFrame = field(repr=False)

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        docs = ", ".join(map(str, pd.unique(self.spans["doc_id"]))) if len(self.spans) else "-"
        n = len(self.spans)
        return f"<Evidence: {n} span{'s' if n != 1 else ''} in {docs}>"

    def save(self, path: str | Path) -> Path:
        """Write a standalone HTML page (no network resources) and return its path."""
        out = Path(path)
        out.write_text(
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>framing evidence</title>"
            f"</head><body>{self.html}</body></html>",
            encoding="utf-8",
        )
        return out


# -- span tables -> marks ---------------------------------------------------------------------
def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _slug(value: Any) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", str(value).lower()).strip("-") or "x"


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and value != value) and value is not pd.NA


def _tint(color: str, alpha: float) -> str:
    c = color.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _ink(color: str) -> str:
    """Black or white text, whichever reads better on ``color`` (WCAG relative luminance)."""
    c = color.lstrip("#")
    if len(c) != 6:
        return "#111111"
    lin = [
        (v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        for v in (int(c[i : i + 2], 16) / 255 for i in (0, 2, 4))
    ]
    lum = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return "#111111" if lum > 0.25 else "#ffffff"


def _layer(table: pd.DataFrame) -> str:
    """Which design contract a span table follows, read from its columns."""
    cols = set(table.columns)
    if {"actor", "label"} <= cols:
        return "labels"
    if "speaker_category" in cols or "cue" in cols:
        return "quotes"
    if "construction" in cols:
        return "agency"
    if "family" in cols:
        return "hedges"
    return "spans"


def _offset(row: Mapping[str, Any], key: str) -> int | None:
    v = row.get(key)
    return int(v) if v is not None and _present(v) else None


def _quoted(row: Mapping[str, Any]) -> str:
    v = row.get("in_quote")
    return " · inside quoted speech (the source's words)" if _present(v) and bool(v) else ""


def _marks_for(table: pd.DataFrame, layer: str, source: str) -> list[_Mark]:
    marks: list[_Mark] = []
    for row in table.to_dict("records"):
        s, e = int(row["start"]), int(row["end"])
        if layer == "labels":
            stance = str(row.get("stance", "") or "")
            color = STANCE_COLORS.get(stance, _FALLBACK)
            title = (
                f"Label “{row['label']}” for {row['actor']} · stance: {stance or 'unknown'}{_quoted(row)} "
                f"· rule: {source}"
            )
            marks.append(
                _Mark(s, e, f"fr-label fr-stance-{_slug(stance)}", _tint(color, 0.28), title, layer=layer)
            )
        elif layer == "quotes":
            cat = str(row.get("speaker_category", "") or "unknown")
            color = CATEGORY_COLORS.get(cat, _FALLBACK)
            speaker = row.get("speaker")
            resolved = row.get("speaker_resolved")
            who = str(speaker) if _present(speaker) and speaker else "no speaker found"
            if _present(resolved) and resolved and resolved != speaker:
                who += f" (= {resolved})"
            cue_stance = row.get("cue_stance")
            # A missing stance: a verb the lexicon does not list, or a negated or hypothetical use.
            stance_text = str(cue_stance) if _present(cue_stance) and cue_stance else "no stance"
            cue = (
                f" · verb: “{row['cue']}” ({stance_text})"
                if _present(row.get("cue")) and row.get("cue")
                else ""
            )
            anon = " · anonymous source" if _present(row.get("anonymous")) and bool(row["anonymous"]) else ""
            title = f"Attribution ({row.get('kind', '?')}) · speaker: {who} · category: {cat}{anon}{cue} · rule: {source}"
            marks.append(_Mark(s, e, f"fr-quote fr-cat-{_slug(cat)}", color, title, layer=layer, rank=0))
            ss, se = _offset(row, "speaker_start"), _offset(row, "speaker_end")
            if ss is not None and se is not None and se > ss:
                marks.append(
                    _Mark(
                        ss, se, "fr-speaker", color, f"Speaker: {who} · category: {cat}{anon}", cat, layer, 1
                    )
                )
            cs, ce = _offset(row, "cue_start"), _offset(row, "cue_end")
            if cs is not None and ce is not None and ce > cs:
                sc = STANCE_COLORS.get(str(cue_stance), "#333333")
                marks.append(
                    _Mark(
                        cs,
                        ce,
                        f"fr-cue fr-cue-{_slug(stance_text)}",
                        sc,
                        f"Reporting verb · stance: {stance_text}",
                        layer=layer,
                        rank=2,
                    )
                )
        elif layer == "hedges":
            family = str(row.get("family", "") or "")
            color = _HEDGE_COLORS.get(family, _FALLBACK)
            lemma = f" · lemma: {row['lemma']}" if _present(row.get("lemma")) else ""
            title = f"Hedge · family: {family}{lemma}{_quoted(row)} · rule: {source}"
            marks.append(_Mark(s, e, f"fr-hedge fr-family-{_slug(family)}", color, title, layer=layer))
        elif layer == "agency":
            cons = str(row.get("construction", "") or "")
            coarse = (
                "agentless"
                if cons in _AGENTLESS
                else ("intransitive" if cons == "intransitive" else "with_agent")
            )
            color = {"agentless": OKABE_ITO["vermillion"], "with_agent": OKABE_ITO["blue"]}.get(
                coarse, "#8C8C8C"
            )
            agent = f" · agent: {row['agent']}" if _present(row.get("agent")) and row.get("agent") else ""
            verb = f"“{row['verb']}”" if _present(row.get("verb")) else "verb"
            title = (
                f"Harm {verb} · construction: {cons} ({_CONSTRUCTION_TEXT.get(cons, cons)}){agent}"
                f"{_quoted(row)} · rule: {source}"
            )
            badge = "no agent" if coarse == "agentless" else ""
            marks.append(_Mark(s, e, f"fr-harm fr-harm-{coarse}", color, title, badge, layer))
            a_s, a_e = _offset(row, "agent_start"), _offset(row, "agent_end")
            if a_s is not None and a_e is not None and a_e > a_s and coarse == "with_agent":
                marks.append(
                    _Mark(a_s, a_e, "fr-agent", color, f"Perpetrator of {verb}", layer=layer, rank=1)
                )
        else:
            extra = [
                c for c in table.columns if c not in ("doc_id", "outlet", "date", "start", "end", "text")
            ]
            info = " · ".join(f"{c}: {row[c]}" for c in extra if _present(row[c]))
            marks.append(
                _Mark(
                    s,
                    e,
                    "fr-span",
                    OKABE_ITO["orange"],
                    f"{source}{' · ' + info if info else ''}",
                    layer=layer,
                )
            )
    return marks


# -- marks -> nested HTML ---------------------------------------------------------------------
def _render(text: str, marks: Sequence[_Mark]) -> str:
    """``text`` as escaped HTML with every mark wrapped in a ``<span>``.

    Marks may overlap or nest. Where one mark ends inside another that opened after it, the
    inner one is closed and reopened around the boundary (split into pieces), so elements never
    cross. Each piece's hover text lists every mark active at that point, outermost first.
    """
    n = len(text)
    for m in marks:
        if not 0 <= m.start <= m.end <= n:
            raise ValueError(
                f"A span ({m.start}, {m.end}) lies outside the article's text of {n} characters; "
                "the span table was made from a different text. Recompute it on this corpus."
            )
    live = [i for i, m in enumerate(marks) if m.end > m.start]
    starts: dict[int, list[int]] = {}
    for i in live:
        starts.setdefault(marks[i].start, []).append(i)
    bounds = sorted({0, n, *(marks[i].start for i in live), *(marks[i].end for i in live)})
    out: list[str] = []
    stack: list[int] = []

    def open_(i: int) -> None:
        m = marks[i]
        title = "\n".join([*(marks[j].title for j in stack), m.title])
        out.append(
            f'<span class="{_esc(m.css)}" style="--fr-c:{m.color};--fr-bg:{m.color}" title="{_esc(title)}">'
        )
        stack.append(i)

    pos = 0
    for b in bounds:
        out.append(_esc(text[pos:b]))
        pos = b
        ending = {i for i in stack if marks[i].end == b}
        reopen: list[int] = []
        while ending & set(stack):
            i = stack.pop()
            out.append("</span>")
            if i in ending:
                if marks[i].badge:
                    out.append(
                        f'<sup class="fr-badge" style="--fr-c:{marks[i].color}">{_esc(marks[i].badge)}</sup>'
                    )
            else:
                reopen.append(i)
        for i in reversed(reopen):
            open_(i)
        for i in sorted(starts.get(b, []), key=lambda k: (-marks[k].end, marks[k].rank)):
            open_(i)
    out.append(_esc(text[pos:]))
    return "".join(out)


def _legend(tables: Mapping[str, pd.DataFrame]) -> str:
    items: list[str] = []

    def swatch(style: str, name: str) -> str:
        return f'<span class="fr-item"><span style="{style}">&nbsp;{_esc(name)}&nbsp;</span></span>'

    if "labels" in tables and len(tables["labels"]):
        stances = [
            s for s in ("delegitimizing", "neutral", "legitimizing") if s in set(tables["labels"]["stance"])
        ]
        stances += sorted({str(s) for s in tables["labels"]["stance"]} - set(stances))
        parts = [swatch(f"background:{_tint(STANCE_COLORS.get(s, _FALLBACK), 0.28)}", s) for s in stances]
        items.append("<div><b>Labels</b> (background: stance) " + "".join(parts) + "</div>")
    if "quotes" in tables and len(tables["quotes"]):
        cats = sorted({str(c) for c in tables["quotes"].get("speaker_category", pd.Series(["unknown"]))})
        parts = [swatch(f"border-bottom:2px solid {CATEGORY_COLORS.get(c, _FALLBACK)}", c) for c in cats]
        items.append(
            "<div><b>Attributions</b> (underline: speaker category; <b>speaker</b>, <i>verb</i>) "
            + "".join(parts)
            + "</div>"
        )
    if "hedges" in tables and len(tables["hedges"]):
        fams = sorted({str(f) for f in tables["hedges"]["family"]})
        parts = [swatch(f"outline:1.5px dashed {_HEDGE_COLORS.get(f, _FALLBACK)}", f) for f in fams]
        items.append("<div><b>Hedges</b> (dashed box: family) " + "".join(parts) + "</div>")
    if "agency" in tables and len(tables["agency"]):
        parts = [
            swatch(f"text-decoration:underline wavy {OKABE_ITO['vermillion']}", "agentless harm"),
            swatch(f"text-decoration:underline dotted {OKABE_ITO['blue']}", "harm with perpetrator"),
            swatch("box-shadow:inset 0 -.35em 0 rgba(0,114,178,.18)", "perpetrator"),
            swatch("text-decoration:underline dotted #8C8C8C", "died (no causer)"),
        ]
        items.append("<div><b>Agency of harm</b> " + "".join(parts) + "</div>")
    others = [k for k in tables if k not in INDICATORS and len(tables[k])]
    if others:
        parts = [swatch("background:rgba(230,159,0,.25)", k) for k in others]
        items.append("<div><b>Other spans</b> " + "".join(parts) + "</div>")
    counts = " · ".join(f"{k}: {len(v)}" for k, v in tables.items())
    hint = "Hover over a highlighted word to see the rule that marked it."
    return f'<div class="fr-legend">{"".join(items)}<div>{_esc(counts)}. {hint}</div></div>'


# -- public -----------------------------------------------------------------------------------
def _indicators(indicators: Any) -> list[str]:
    if isinstance(indicators, str):
        indicators = [indicators]
    try:
        chosen = list(indicators)
    except TypeError:
        raise TypeError(
            f"`indicators` must be a list of indicator names such as ('labels', 'quotes'). Got {indicators!r}."
        ) from None
    for name in chosen:
        check_choice("indicators", name, list(INDICATORS), owner="show")
    return chosen


def _document(corp: Corpus, doc_id: Any, parameter: str) -> Corpus:
    ids = corp.docs["doc_id"].astype(str)
    mask = (ids == str(doc_id)).to_numpy()
    if not mask.any():
        guess = closest(str(doc_id), ids.tolist()[:5000])
        hint = f" Did you mean {guess!r}?" if guess else f" The first ids are: {', '.join(ids.head(3))}."
        raise ValueError(
            f"`{parameter}` {doc_id!r} is not a doc_id of the corpus ({len(ids)} articles).{hint}"
        )
    return corp[mask]


def _check_precision(
    precision: str | None, owner: str, spans: Mapping[str, pd.DataFrame] | None, chosen: list[str]
) -> None:
    """``precision`` is one of PRECISIONS, applies to quotes drawn here, and does not contradict a
    given quote table."""
    if precision is None:
        return
    check_choice("precision", precision, PRECISIONS, owner=owner)
    if "quotes" not in chosen:
        raise ValueError(
            f"`precision` of {owner} applies to the quotes, which are not among the indicators "
            f"{chosen}; add 'quotes' to `indicators` or drop `precision=`."
        )
    table = spans.get("quotes") if isinstance(spans, Mapping) else None
    if isinstance(table, pd.DataFrame):
        made = ((table.attrs.get("framing") or {}).get("params") or {}).get("precision", "standard")
        if made != precision:
            raise ValueError(
                f"`precision` of {owner} is {precision!r}, but spans['quotes'] was made with "
                f"precision={made!r}; drop `precision=` to show the table as it is, or pass a table "
                f"made with fr.extract_quotes(corpus, precision={precision!r})."
            )


def _tables(
    one: Corpus,
    indicators: list[str],
    lexicon: Any,
    spans: Mapping[str, pd.DataFrame] | None,
    precision: str | None = None,
) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    import framing

    doc_id = str(one.docs["doc_id"].iloc[0])
    given = dict(spans or {})
    if not isinstance(spans, (Mapping, type(None))):
        raise TypeError(
            "`spans` must be a dict from indicator name to a span table, e.g. "
            f"{{'labels': fr.find_labels(corpus)}}. Got {type(spans).__name__} instead."
        )
    tables: dict[str, pd.DataFrame] = {}
    sources: dict[str, str] = {}
    for name in [*indicators, *(k for k in given if k not in indicators)]:
        if name in given:
            table = given[name]
            if not isinstance(table, pd.DataFrame) or not {"doc_id", "start", "end"} <= set(table.columns):
                raise ValueError(
                    f"`spans[{name!r}]` must be a span table with doc_id, start and end columns, as returned "
                    f"by fr.{INDICATORS.get(name, 'find_labels')}."
                )
            table = table[table["doc_id"].astype(str) == doc_id]
            function = (table.attrs.get("framing") or {}).get("function") or INDICATORS.get(name, name)
        else:
            function = INDICATORS[name]
            extractor = getattr(framing, function, None)
            if extractor is None:
                raise ValueError(
                    f"`indicators` includes {name!r}, but fr.{function} is not available in this version of "
                    f"framing; leave {name!r} out of `indicators`, or pass its span table as "
                    f"spans={{{name!r}: table}}."
                )
            # One article takes no time: a progress bar per indicator would only clutter the view.
            if name in ("labels",):
                table = extractor(one, lexicon, progress=False)
            elif name == "quotes":
                table = extractor(one, lexicon=lexicon, precision=precision or "standard", progress=False)
            else:
                table = extractor(one, progress=False)
        tables[name] = table
        info = table.attrs.get("framing") or {}
        lex = ", ".join(
            f"{k} {v.get('version', '')}".strip() for k, v in (info.get("lexicons") or {}).items()
        )
        sources[name] = f"fr.{function}" + (f" with lexicon {lex}" if lex else "")
        if (info.get("params") or {}).get("precision") == "high":
            # Say why a category or stance may read "unknown": the allowlist, not the rules.
            sources[name] += " (precision='high': categories and stances off the allowlist are unknown)"
        elif (info.get("params") or {}).get("precision") == "balanced":
            sources[name] += " (precision='balanced': categories and stances of denied triggers are unknown)"
    return tables, sources


def _article(
    one: Corpus, tables: dict[str, pd.DataFrame], sources: dict[str, str]
) -> tuple[str, pd.DataFrame]:
    row = one.docs.iloc[0]
    text = str(row["text"])
    marks: list[_Mark] = []
    for name, table in tables.items():
        marks += _marks_for(table, name if name in INDICATORS else _layer(table), sources[name])
    body = _render(text, marks)
    title = str(row.get("title", "") or "")
    date = row.get("date")
    when = f"{date:%Y-%m-%d}" if _present(date) and hasattr(date, "strftime") and date == date else ""
    meta = " · ".join(
        x for x in (_esc(row.get("outlet", "")), _esc(when), f"doc_id {_esc(row['doc_id'])}") if x
    )
    head = (
        '<div class="fr-head">'
        + (f'<p class="fr-title">{_esc(title)}</p>' if title else "")
        + f'<div class="fr-meta">{meta}</div></div>'
    )
    records = [
        {
            "indicator": m.layer,
            "doc_id": str(row["doc_id"]),
            "start": m.start,
            "end": m.end,
            "text": text[m.start : m.end],
            "rule": m.title,
        }
        for m in marks
    ]
    return head + f'<div class="fr-body">{body}</div>', pd.DataFrame(
        records, columns=["indicator", "doc_id", "start", "end", "text", "rule"]
    )


def show(
    corpus: Corpus | pd.DataFrame,
    doc_id: Any,
    *,
    indicators: Sequence[str] = ("labels", "quotes", "hedges", "agency"),
    lexicon: Any = "syria",
    spans: Mapping[str, pd.DataFrame] | None = None,
    precision: str | None = None,
) -> Evidence:
    """One article with every indicator's spans highlighted, for a notebook.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    doc_id : str
        The article to show.
    indicators : sequence of {"labels", "quotes", "hedges", "agency"}, default all four
        Which extractors to run on the article (:func:`framing.find_labels`,
        :func:`framing.extract_quotes`, :func:`framing.find_hedges`, :func:`framing.find_agency`).
    lexicon : str or Lexicon, default "syria"
        The actors lexicon for labels (and for the speakers' actors of quotes).
    spans : dict from name to DataFrame, optional
        Span tables already computed (on the whole corpus or this article); they are used
        instead of running the extractor. Extra names are drawn too, so any span table with
        ``doc_id``, ``start``, ``end`` can be shown (e.g. ``{"kwic": my_matches}``).
    precision : str, optional
        ``precision`` of :func:`framing.extract_quotes` (one of :data:`framing.quotes.PRECISIONS`)
        when the quotes are extracted here; None means its default, ``"standard"``. With
        ``"high"`` (or ``"balanced"``) a speaker category or verb stance off the allowlist (or on
        the denylist) reads "unknown", and the hover text says why. A quote table given in ``spans`` keeps its own mode: a different
        ``precision`` is an error.

    Returns
    -------
    Evidence
        Displays itself in Jupyter (``_repr_html_``); ``.html`` is the HTML, ``.spans`` the drawn
        spans (``indicator``, ``doc_id``, ``start``, ``end``, ``text``, ``rule``: the hover
        text), ``.save(path)`` writes a standalone page.

    Notes
    -----
    Labels get a background in their stance colour (vermillion delegitimizing, grey neutral,
    blue legitimizing: the colours of :func:`framing.plot_label_shares`); an attribution is
    underlined in its speaker category's colour, with the speaker in bold followed by a badge
    naming the category and the reporting verb in italics coloured by its stance; hedges get a
    dashed box per family; harm verbs without a perpetrator get a wavy vermillion underline and
    a "no agent" badge, those with one a dotted blue underline and their perpetrator a blue
    band. Overlapping spans are nested, split where they cross; the hover text of every piece
    lists all spans covering it, each naming the function and lexicon (version) that produced it.
    All text is HTML-escaped.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["A school was shelled, killing four."], "outlet": ["Wire"]})
    >>> view = fr.show(df, "a", indicators=["agency"])
    >>> view.spans["text"].tolist()
    ['shelled', 'killing']
    """
    corp = as_corpus(corpus)
    chosen = _indicators(indicators)
    _check_precision(precision, "show", spans, chosen)
    one = _document(corp, doc_id, "doc_id")
    tables, sources = _tables(one, chosen, lexicon, spans, precision)
    article, drawn = _article(one, tables, sources)
    out = f'<div class="fr-ev"><style>{_CSS}</style>{article}{_legend(tables)}</div>'
    params = {
        "doc_id": str(doc_id),
        "indicators": chosen,
        "lexicon": getattr(lexicon, "name", lexicon),
        "precision": precision,
    }
    return Evidence(out, attach(drawn, function="show", params=params, corpus=corp))


def compare(
    corpus: Corpus | pd.DataFrame,
    doc_a: Any,
    doc_b: Any,
    *,
    indicators: Sequence[str] = ("labels", "quotes", "hedges", "agency"),
    lexicon: Any = "syria",
    spans: Mapping[str, pd.DataFrame] | None = None,
    precision: str | None = None,
) -> Evidence:
    """Two articles side by side with their spans highlighted: two outlets, one event.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    doc_a, doc_b : str
        The articles, drawn left and right.
    indicators, lexicon, spans, precision
        As in :func:`show`.

    Returns
    -------
    Evidence
        As in :func:`show`, with both articles' spans in ``.spans``.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Wire", "Daily"],
    ...     "text": ["Regime jets shelled the town.", "The town was shelled."]})
    >>> view = fr.compare(df, "a", "b", indicators=["agency"])
    >>> view.spans["doc_id"].tolist()
    ['a', 'a', 'b']
    """
    corp = as_corpus(corpus)
    chosen = _indicators(indicators)
    _check_precision(precision, "compare", spans, chosen)
    columns: list[str] = []
    drawn: list[pd.DataFrame] = []
    merged: dict[str, pd.DataFrame] = {}
    for doc_id, parameter in ((doc_a, "doc_a"), (doc_b, "doc_b")):
        one = _document(corp, doc_id, parameter)
        tables, sources = _tables(one, chosen, lexicon, spans, precision)
        article, spans_drawn = _article(one, tables, sources)
        columns.append(f"<div>{article}</div>")
        drawn.append(spans_drawn)
        for k, v in tables.items():
            merged[k] = pd.concat([merged[k], v]) if k in merged else v
    legend = _legend(merged)
    out = f'<div class="fr-ev fr-wide"><style>{_CSS}</style><div class="fr-cols">{"".join(columns)}</div>{legend}</div>'
    params = {
        "doc_a": str(doc_a),
        "doc_b": str(doc_b),
        "indicators": chosen,
        "lexicon": getattr(lexicon, "name", lexicon),
        "precision": precision,
    }
    table = pd.concat(drawn, ignore_index=True)
    return Evidence(out, attach(table, function="compare", params=params, corpus=corp))
