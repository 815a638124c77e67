"""Corpus cleaning: HTML, repeated site boilerplate, datelines and bylines (``Corpus.clean``).

Every removal is recorded in a tidy report (one row per outlet, kind and removed text), so a
user can see exactly what was taken out of which outlet's articles.
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, defaultdict
from typing import Any

import pandas as pd

from framing._validation import check_int
from framing.text import normalize

__all__ = ["REPORT_COLUMNS", "clean_docs"]

REPORT_COLUMNS = ["outlet", "kind", "removed", "n_docs", "n_chars", "example_doc_id"]

# -- HTML -------------------------------------------------------------------------------------
_HTML_HINT = re.compile(
    r"<[A-Za-z/!][^<>]*>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
_DROP_ELEMENTS = re.compile(
    r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_TAGS = (
    "p|div|section|article|header|footer|aside|nav|main|figure|figcaption|blockquote|pre|"
    "h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|hr|form|address|center"
)
_BLOCK = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^>]*>", re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*\b[^<>]*>|<![A-Za-z][^<>]*>")
_SPACES_BEFORE_NL = re.compile(r"[ \t]+\n")
_MANY_NL = re.compile(r"\n{3,}")
_MANY_SPACES = re.compile(r"[ \t]{2,}")


def strip_html(text: str) -> str:
    """Remove tags, comments, scripts and styles; decode entities; block tags become blank lines.

    Returns the text unchanged when it holds neither a tag nor an entity.
    """
    if not _HTML_HINT.search(text):
        return text
    out = _COMMENT.sub(" ", text)
    out = _DROP_ELEMENTS.sub(" ", out)
    out = _BR.sub("\n", out)
    out = _BLOCK.sub("\n\n", out)
    out = _TAG.sub("", out)
    out = normalize(html.unescape(out))
    out = _MANY_SPACES.sub(" ", out)
    out = _SPACES_BEFORE_NL.sub("\n", out)
    out = "\n".join(line.strip() for line in out.split("\n"))
    return _MANY_NL.sub("\n\n", out).strip()


# -- datelines and bylines -------------------------------------------------------------------
# "ALEPPO, Syria (GWS) — ", "WASHINGTON — ", "NEW YORK, Nov. 29 (Reuters) - ", "(Reuters) - ",
# "Beirut (AP) — ". A place in capitals needs no agency; a place in title case needs one.
_DASH = r"(?:—|–|--|-)"
_AGENCY = r"\((?:[A-Z][\w&.'’/]*)(?:[ -][A-Z][\w&.'’/]*){0,3}\)"
_CAPS_PLACE = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
_TITLE_PLACE = r"[A-Z][\w.'’]+(?:[ -][A-Z][\w.'’]+){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+){0,2})?"
_DAY = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}{_REGION}{_DAY}\s*(?:{_AGENCY}\s*)?{_DASH}[ \t]+"
    rf"|{_TITLE_PLACE}{_REGION}{_DAY}\s*{_AGENCY}\s*{_DASH}[ \t]+"
    rf"|{_AGENCY}(?:\s*{_DASH})?[ \t]*)(?=\S)"
)
_BYLINE = re.compile(
    r"By\s+[A-Z][\w.'’-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)(?:[A-Z][\w.'’-]*|of|the|and)){0,9}\s*"
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”]\s*$")


def _first_body_line(text: str) -> int:
    """Offset where the article body begins: 0, or after a headline-like first line."""
    first_nl = text.find("\n")
    if first_nl < 0:
        return 0
    first = text[:first_nl].strip()
    if first and len(first.split()) <= 25 and not _SENTENCE_END.search(first):
        rest = text[first_nl:]
        return first_nl + (len(rest) - len(rest.lstrip()))
    return 0


def strip_byline_dateline(text: str, *, bylines: bool, datelines: bool) -> tuple[str, list[tuple[str, str]]]:
    """Remove a byline line and a dateline prefix at the start of the body; keep the sentence."""
    removed: list[tuple[str, str]] = []
    for _ in range(2):  # a byline line may precede the dateline
        start = _first_body_line(text)
        for pos in sorted({0, start}):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            m = _BYLINE.fullmatch(line.rstrip()) if bylines else None
            if m and len(line.split()) <= 12:
                removed.append(("byline", line.strip()))
                rest = text[line_end:]
                text = text[:pos] + rest.lstrip("\n")
                break
            d = _DATELINE.match(text, pos) if datelines else None
            if d and d.end() < line_end:
                removed.append(("dateline", d.group(0).strip()))
                text = text[:pos] + text[d.end() :]
                datelines = False
                break
        else:
            break
    return text, removed


# -- boilerplate ------------------------------------------------------------------------------
def _line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _boilerplate_keys(texts: list[str], *, min_docs: int, min_share: float) -> set[str]:
    """Line keys that occur in at least ``max(min_docs, ceil(min_share * n))`` of the texts."""
    n = len(texts)
    need = max(min_docs, math.ceil(min_share * n))
    if n < need:
        return set()
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update({_line_key(line) for line in t.split("\n") if line.strip()})
    return {k for k, c in counts.items() if c >= need}


def _drop_lines(text: str, keys: set[str]) -> tuple[str, list[str]]:
    kept, removed = [], []
    for line in text.split("\n"):
        if line.strip() and _line_key(line) in keys:
            removed.append(line.strip())
        else:
            kept.append(line)
    if not removed:
        return text, removed
    out = _MANY_NL.sub("\n\n", "\n".join(kept)).strip()
    return out, removed


# -- the whole pass -----------------------------------------------------------------------------
def clean_docs(
    docs: pd.DataFrame,
    *,
    html: bool,
    boilerplate: bool,
    datelines: bool,
    bylines: bool,
    min_outlet_docs: int,
    min_share: float,
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Clean the ``text`` and ``title`` columns of ``docs``.

    Returns the new table, the tidy report and the doc_ids whose text became empty (the caller
    drops and reports them).
    """
    check_int("min_outlet_docs", min_outlet_docs, minimum=2)
    try:
        share = float(min_share)
    except (TypeError, ValueError):
        raise TypeError(f"`min_share` must be a number between 0 and 1. Got {min_share!r} instead.") from None
    if not 0.0 <= share <= 1.0:
        raise ValueError(
            f"`min_share` must be between 0 and 1 (a share of an outlet's articles), e.g. 0.01. "
            f"Got {min_share!r} instead."
        )
    texts = docs["text"].tolist()
    titles = docs["title"].tolist()
    ids = docs["doc_id"].astype(str).tolist()
    outlets = docs["outlet"].astype(str).tolist()
    # (outlet, kind, removed) -> [n_docs, n_chars, example_doc_id]
    tally: dict[tuple[str, str, str], list[Any]] = {}

    def record(i: int, kind: str, what: str, n_chars: int) -> None:
        key = (outlets[i], kind, what)
        row = tally.setdefault(key, [0, 0, ids[i]])
        row[0] += 1
        row[1] += n_chars

    if html:
        for i, t in enumerate(texts):
            new = strip_html(t)
            if new != t:
                record(i, "html", "tags and entities", len(t) - len(new))
                texts[i] = new
            titles[i] = strip_html(titles[i]) if isinstance(titles[i], str) else titles[i]
    if boilerplate:
        by_outlet: dict[str, list[int]] = defaultdict(list)
        for i, o in enumerate(outlets):
            by_outlet[o].append(i)
        for members in by_outlet.values():
            keys = _boilerplate_keys([texts[i] for i in members], min_docs=min_outlet_docs, min_share=share)
            if not keys:
                continue
            for i in members:
                new, removed = _drop_lines(texts[i], keys)
                # one row per distinct line; a line repeated inside one article counts once
                for line in dict.fromkeys(removed):
                    record(i, "boilerplate", line, len(line) * removed.count(line))
                texts[i] = new
    if datelines or bylines:
        for i, t in enumerate(texts):
            new, removed_parts = strip_byline_dateline(t, bylines=bylines, datelines=datelines)
            for kind, what in removed_parts:
                record(i, kind, what, len(what))
            texts[i] = new
    out = docs.copy()
    out["text"] = texts
    out["title"] = titles
    emptied = [ids[i] for i, t in enumerate(texts) if not t.strip()]
    report = pd.DataFrame(
        [(o, k, w, v[0], v[1], v[2]) for (o, k, w), v in tally.items()], columns=REPORT_COLUMNS
    )
    if len(report):
        # Boilerplate lines of one outlet that differ only in case or spacing are one entry.
        report["_key"] = report["removed"].map(_line_key)
        report = (
            report.groupby(["outlet", "kind", "_key"], sort=False)
            .agg(
                removed=("removed", "first"),
                n_docs=("n_docs", "sum"),
                n_chars=("n_chars", "sum"),
                example_doc_id=("example_doc_id", "first"),
            )
            .reset_index()
            .drop(columns="_key")
        )
        report = report.sort_values(["outlet", "kind", "n_docs"], ascending=[True, True, False])
    report = report[REPORT_COLUMNS].reset_index(drop=True)
    report["n_docs"] = report["n_docs"].astype("int64")
    report["n_chars"] = report["n_chars"].astype("int64")
    return out, report, emptied
