"""The self-contained HTML report: one file, no network resources."""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from framing import __version__
from framing.corpus import Corpus, as_corpus
from framing.provenance import attach, provenance

__all__ = ["report"]

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#666;font-size:.9rem}
p.provenance{background:#f6f6f6;padding:.6rem .8rem;border-left:3px solid #999;font-size:.9rem}
"""


def _table(df: Any) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    rows = []
    for rec in df.itertuples(index=False):
        cells = []
        for v in rec:
            cls = " class='num'" if isinstance(v, (int, float)) else ""
            text = "" if v is None else (f"{v:%Y-%m-%d}" if hasattr(v, "strftime") and v == v else str(v))
            cells.append(f"<td{cls}>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def report(corpus: Corpus | Any, *, lexicon: str = "syria", path: str | Path = "report.html") -> Path:
    """Write a self-contained HTML report on ``corpus`` and return its path.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    lexicon : str, default "syria"
        The actors lexicon used by the naming section.
    path : str or Path, default "report.html"
        Where to write the file.

    Returns
    -------
    Path
        The written file.
    """
    corpus = as_corpus(corpus)
    summary = corpus.summary()
    attach(summary, function="report", params={"lexicon": lexicon}, corpus=corpus)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        "<h1>Framing report</h1>",
        f"<p class='meta'>framing {html.escape(__version__)} · generated {generated} · {len(corpus)} articles</p>",
        "<h2>Corpus</h2>",
        _table(summary),
        "<h2>Methods</h2>",
        f"<p class='provenance'>{html.escape(provenance(summary))}</p>",
    ]
    doc = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Framing report</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )
    out = Path(path)
    out.write_text(doc, encoding="utf-8")
    return out
