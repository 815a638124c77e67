"""Dictionary frames: how often each category of a word dictionary occurs, per article or group.

The built-in ``generic_frames`` dictionary operationalises the five generic news frames of
Semetko & Valkenburg (2000). Users bring their own dictionaries as YAML (kind ``dictionary``)
or as LIWC-style ``.dic`` files (Pennebaker et al. 2015), with multi-word entries and trailing
``*`` wildcards (``terror*``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing import lexicons as _lexicons
from framing._mapping import check_n_jobs, map_docs, span_table
from framing.corpus import Corpus, as_corpus
from framing.lexicons import Lexicon, LexiconError
from framing.provenance import attach
from framing.stats import rates
from framing.text import _WORD

__all__ = ["dictionary_matches", "dictionary_scores", "load_dictionary", "read_dic"]


def read_dic(path: str | Path, *, name: str | None = None) -> Lexicon:
    """Read a LIWC-style ``.dic`` dictionary into a Lexicon of kind ``dictionary``.

    The file opens with a category header between two ``%`` lines, one ``<number> <name>`` per
    line, then one entry per line: the word or phrase, then the numbers of its categories,
    separated by tabs (or spaces)::

        %
        1	conflict
        2	economic
        %
        clash*	1
        war of words	1
        cost*	2

    Parameters
    ----------
    path : str or Path
        The ``.dic`` file (UTF-8).
    name : str, optional
        The lexicon's name in provenance; default the file name without extension.

    Returns
    -------
    Lexicon
        ``kind: dictionary`` with one category per header line, in header order.

    Raises
    ------
    LexiconError
        Naming the file and line of the first problem (no header, an unknown category number,
        an entry without categories, ...).

    Examples
    --------
    >>> import tempfile, os
    >>> from pathlib import Path
    >>> p = os.path.join(tempfile.mkdtemp(), "mine.dic")
    >>> _ = Path(p).write_text("%\\n1\\tconflict\\n%\\nclash*\\t1\\nwar of words\\t1\\n")
    >>> read_dic(p).data["categories"]["conflict"]["entries"]
    ['clash*', 'war of words']
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"`path` names a .dic file that does not exist: {str(path)!r}.")
    src = p.name

    def fail(line_no: int, message: str) -> LexiconError:
        return LexiconError(f"Dictionary {src}, line {line_no}: {message}")

    lines = p.read_text(encoding="utf-8-sig").splitlines()
    numbered = [(i + 1, ln.strip()) for i, ln in enumerate(lines)]
    body = [(n, ln) for n, ln in numbered if ln]
    if not body or body[0][1] != "%":
        n = body[0][0] if body else 1
        raise fail(n, "a .dic file must open with a '%' line that starts the category header.")
    categories: dict[str, str] = {}
    k = 1
    while k < len(body) and body[k][1] != "%":
        n, ln = body[k]
        parts = ln.split(None, 1)
        if len(parts) != 2 or not parts[0].isdigit():
            raise fail(
                n, f"a header line must be a category number and a name, like '1\\tconflict'; got {ln!r}."
            )
        num, cat = parts[0], parts[1].strip()
        if num in categories:
            raise fail(n, f"category number {num} is defined twice (first as {categories[num]!r}).")
        categories[num] = cat
        k += 1
    if k >= len(body):
        raise fail(body[-1][0], "the category header is never closed by a second '%' line.")
    if not categories:
        raise fail(body[k][0], "the category header defines no category.")
    entries: dict[str, list[str]] = {cat: [] for cat in categories.values()}
    for n, ln in body[k + 1 :]:
        fields = ln.split("\t") if "\t" in ln else ln.split()
        if "\t" in ln:
            word, ids = fields[0].strip(), " ".join(fields[1:]).split()
        else:
            j = len(fields)
            while j > 1 and fields[j - 1].isdigit():
                j -= 1
            word, ids = " ".join(fields[:j]), fields[j:]
        if not ids:
            raise fail(
                n, f"the entry {word!r} names no category number; add them after a tab, e.g. '{word}\\t1'."
            )
        for num in ids:
            if num not in categories:
                defined = ", ".join(categories)
                raise fail(
                    n,
                    f"the entry {word!r} names category {num}, which the header does not define (defined: {defined}).",
                )
            if word not in entries[categories[num]]:
                entries[categories[num]].append(word)
    data = {
        "name": name or p.stem,
        "version": "1",
        "kind": "dictionary",
        "description": f"LIWC-style dictionary read from {src}.",
        "sources": [],
        "categories": {cat: {"entries": ents} for cat, ents in entries.items()},
    }
    return Lexicon(data, source=src)


def load_dictionary(dictionary: Any) -> Lexicon:
    """A dictionary from a built-in name, a ``.yaml``/``.dic`` path, a Lexicon or a mapping.

    Parameters
    ----------
    dictionary : str, Path, Lexicon or mapping
        ``"generic_frames"``; a path to a YAML file of kind ``dictionary`` or to a LIWC-style
        ``.dic`` file (:func:`read_dic`); a Lexicon of kind ``dictionary``; or a mapping from
        category name to a list of entries, e.g. ``{"conflict": ["clash*", "war of words"]}``.

    Returns
    -------
    Lexicon

    Examples
    --------
    >>> sorted(load_dictionary({"war": ["war*", "clash*"]}).data["categories"])
    ['war']
    """
    if isinstance(dictionary, Mapping):
        cats = {}
        for cat, ents in dictionary.items():
            if isinstance(ents, str) or not isinstance(ents, (list, tuple)):
                raise TypeError(
                    f"`dictionary` maps each category to a list of entries; category {cat!r} maps "
                    f"to {type(ents).__name__}. Pass e.g. {{{cat!r}: ['word', 'prefix*']}}."
                )
            cats[str(cat)] = {"entries": list(ents)}
        return Lexicon({"name": "custom", "version": "1", "kind": "dictionary", "categories": cats})
    if isinstance(dictionary, (str, Path)) and str(dictionary).lower().endswith(".dic"):
        return read_dic(dictionary)
    if not isinstance(dictionary, (str, Path, Lexicon)):
        raise TypeError(
            "`dictionary` must be a built-in name such as 'generic_frames', a path to a .yaml or "
            f".dic file, a Lexicon or a mapping of category to entries. Got {type(dictionary).__name__}."
        )
    lx = _lexicons.load(dictionary, parameter="dictionary")
    if lx.kind != "dictionary":
        raise ValueError(
            f"`dictionary` must be a lexicon of kind 'dictionary'; {lx.name!r} is of kind {lx.kind!r}. "
            "Pass dictionary='generic_frames', a .dic file or a YAML file with kind: dictionary."
        )
    return lx


@dataclass(frozen=True)
class _Compiled:
    categories: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]


_COMPILED: dict[str, _Compiled] = {}


def _entry_regex(entry: str) -> str:
    parts = []
    for w in entry.lower().split():
        parts.append(re.escape(w[:-1]) + "[^ ]*" if w.endswith("*") else re.escape(w))
    return " ".join(parts)


def _alternation(entries: list[str]) -> str:
    """The entries' regexes as one alternation, in the given order, grouped by first character.

    At one position only the entries that start with that position's character can match, so
    grouping them under their first character lets the regex engine skip all other groups with a
    single comparison, and keeps the order of the entries within the group, i.e. which entry
    wins where several match. (The lexicon schema makes every entry start with a literal
    character: a word is letters, digits, hyphens, apostrophes or dots before an optional
    ``*``.)
    """
    groups: dict[str, list[str]] = {}
    for e in entries:
        head = re.escape(e.lower().split()[0][0])
        groups.setdefault(head, []).append(_entry_regex(e)[len(head) :])
    return "|".join(head + "(?:" + "|".join(rest) + ")" for head, rest in groups.items())


def _compile(lx: Lexicon) -> _Compiled:
    if lx.sha256 not in _COMPILED:
        cats, pats = [], []
        for cat, body in lx.data["categories"].items():
            entries = sorted(set(body.get("entries") or []), key=lambda e: (-len(e), e))
            cats.append(str(cat))
            # Matched on the article's lower-cased words joined by single spaces, with one space
            # added at each end, so that a dictionary word is exactly one of
            # framing.text.words' tokens (as in LIWC). Consuming the space before the entry lets
            # the engine jump from word start to word start instead of trying every character.
            alt = _alternation(entries) if entries else r"(?!x)x"
            pats.append(re.compile(r" (?:" + alt + r")(?= )"))
        _COMPILED[lx.sha256] = _Compiled(tuple(cats), tuple(pats))
    return _COMPILED[lx.sha256]


# framing.text's word pattern as a capturing split: separators and words alternate, so one scan
# gives both the words and, from the lengths, their offsets.
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")", _WORD.flags)


def _scan(text: str, c: _Compiled) -> tuple[list[tuple[int, int, str]], int]:
    """One article: its matches ``(start, end, category)`` in text order, and its number of words
    (:func:`framing.text.count_words`, from the same scan)."""
    parts = _WORD_SPLIT.split(text)
    n = len(parts) // 2
    if not n:
        return [], 0
    tokens = parts[1::2]
    part_len = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    word_start = (np.cumsum(part_len) - part_len)[1::2]
    word_end = word_start + part_len[1::2]
    joined = " ".join(tokens).lower()
    low_len = part_len[1::2]
    if len(joined) != int(low_len.sum()) + n - 1:
        # Lower-casing changed a word's length ("İ" becomes two characters): measure each word.
        lowered = [t.lower() for t in tokens]
        joined = " ".join(lowered)
        low_len = np.fromiter(map(len, lowered), dtype=np.int64, count=n)
    # Start of each word in `joined`, to map matches back to the article's offsets.
    starts = np.cumsum(low_len + 1) - (low_len + 1)
    padded = " " + joined + " "
    found: list[tuple[int, int, int]] = []
    for k, pat in enumerate(c.patterns):
        # A match covers the space before the entry: in `joined` it is [m.start(), m.end() - 1).
        found.extend((m.start(), m.end() - 2, k) for m in pat.finditer(padded))
    if not found:
        return [], n
    arr = np.array(found, dtype=np.int64)
    i = np.searchsorted(starts, arr[:, 0], side="right") - 1
    j = np.searchsorted(starts, arr[:, 1], side="right") - 1
    out = [
        (s, e, c.categories[k])
        for s, e, k in zip(word_start[i].tolist(), word_end[j].tolist(), arr[:, 2].tolist())
    ]
    out.sort(key=lambda r: (r[0], r[1], r[2]))
    return out, n


def _scan_corpus(
    c_obj: Corpus, lx: Lexicon, n_jobs: int
) -> tuple[list[list[tuple[int, int, str]]], np.ndarray]:
    """Every article's matches and the number of words of each article."""
    res = map_docs(_scan, c_obj.docs["text"].tolist(), _compile(lx), n_jobs=n_jobs, desc="dictionary")
    return [r[0] for r in res], np.array([r[1] for r in res], dtype=np.float64)


def _match_table(c_obj: Corpus, per_doc: list[list[tuple[int, int, str]]]) -> pd.DataFrame:
    return span_table(c_obj.docs, per_doc, ["start", "end", "category"], function="dictionary_matches")


def dictionary_matches(
    corpus: Corpus | pd.DataFrame, dictionary: Any = "generic_frames", *, n_jobs: int = 1
) -> pd.DataFrame:
    """Every match of every dictionary category in every article (the evidence behind the scores).

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    dictionary : str, Path, Lexicon or mapping, default "generic_frames"
        See :func:`load_dictionary`.
    n_jobs : int, default 1
        Worker processes (joblib); results do not depend on it.

    Returns
    -------
    DataFrame
        One row per match: ``doc_id``, ``outlet``, ``date``, ``start``, ``end``, ``text``
        (``text[start:end]``, one word or a multi-word entry) and ``category``. A word listed in
        two categories gives one row per category.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"text": ["A war of words over costs."], "outlet": ["A"]})
    >>> dictionary_matches(docs, {"conflict": ["war of words", "war*"]})["text"].tolist()
    ['war of words']
    """
    c_obj = as_corpus(corpus)
    lx = load_dictionary(dictionary)
    n_jobs = check_n_jobs(n_jobs)
    per_doc, _ = _scan_corpus(c_obj, lx, n_jobs)
    out = _match_table(c_obj, per_doc)
    return attach(
        out,
        function="dictionary_matches",
        params={"dictionary": lx.name, "n_jobs": n_jobs},
        lexicons=[lx],
        corpus=c_obj,
    )


def dictionary_scores(
    corpus: Corpus | pd.DataFrame,
    dictionary: Any = "generic_frames",
    *,
    by: Any = None,
    scale: float = 1000.0,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Rates of each dictionary category per article, or per group with article-level CIs.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    dictionary : str, Path, Lexicon or mapping, default "generic_frames"
        See :func:`load_dictionary`.
    by : str, pandas.Grouper, list of them, or None, default None
        None scores each article; a column (e.g. ``"outlet"``) pools the articles of each group
        and adds a bootstrap interval.
    scale : float, default 1000
        Rates are matches per ``scale`` words.
    ci, n_boot, seed
        Interval coverage, resamples and seed (groups only), as in
        :func:`framing.stats.bootstrap_ratio`.
    n_jobs : int, default 1
        Worker processes for matching.

    Returns
    -------
    DataFrame
        With ``by=None``, one row per article and category: ``doc_id``, ``outlet``, ``date``,
        ``category``, ``count`` (matches), ``total`` (words of the article), ``rate``
        (``count / total * scale``; NaN for an article without words).

        With ``by``, one row per group and category: the ``by`` columns, ``category``,
        ``count``, ``total`` (words of the group), ``rate``, ``ci_low``, ``ci_high`` (percentile
        interval over resampled articles) and ``n_docs`` (articles with at least one word).

    Notes
    -----
    As in LIWC (Pennebaker et al. 2015), a word counts once in every category that lists it and
    the denominator is the number of words (:func:`framing.text.count_words`); at one position
    the longest entry wins, so "war of words" counts once, not also as "war*". The group rate is
    a ratio of sums over articles, its interval the article-level cluster bootstrap.

    References
    ----------
    Semetko, H. A. & Valkenburg, P. M. (2000). Framing European politics: A content analysis of
    press and television news. Journal of Communication 50(2), 93-109.
    Pennebaker, J. W., Boyd, R. L., Jordan, K. & Blackburn, K. (2015). The development and
    psychometric properties of LIWC2015. University of Texas at Austin.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"text": ["The clash will cost millions."], "outlet": ["A"]})
    >>> s = dictionary_scores(docs, {"conflict": ["clash*"], "economic": ["cost*", "million*"]})
    >>> s[["category", "count", "rate"]].values.tolist()
    [['conflict', 1, 200.0], ['economic', 2, 400.0]]
    """
    c_obj = as_corpus(corpus)
    lx = load_dictionary(dictionary)
    n_jobs = check_n_jobs(n_jobs)
    per_doc, n_words = _scan_corpus(c_obj, lx, n_jobs)
    docs = c_obj.docs
    cats = list(_compile(lx).categories)
    params = {"dictionary": lx.name, "by": by, "scale": scale}
    if by is None:
        n_docs, n_cats = len(docs), len(cats)
        col = {cat: k for k, cat in enumerate(cats)}
        rows = np.repeat(np.arange(n_docs), [len(m) for m in per_doc])
        cols = np.fromiter((col[m[2]] for ms in per_doc for m in ms), dtype=np.int64, count=len(rows))
        counts = np.zeros((n_docs, n_cats), dtype=np.int64)
        np.add.at(counts, (rows, cols), 1)
        with np.errstate(invalid="ignore", divide="ignore"):
            rate = np.where(
                n_words[:, None] > 0, counts / np.where(n_words > 0, n_words, 1)[:, None] * scale, np.nan
            )
        out = pd.DataFrame(
            {
                "doc_id": np.repeat(docs["doc_id"].to_numpy(), n_cats),
                "outlet": np.repeat(docs["outlet"].to_numpy(), n_cats),
                "date": np.repeat(docs["date"].to_numpy(), n_cats),
                "category": np.tile(np.array(cats, dtype=object), n_docs),
                "count": counts.ravel(),
                "total": np.repeat(n_words.astype(np.int64), n_cats),
                "rate": rate.ravel(),
            }
        )
    else:
        out = rates(
            _match_table(c_obj, per_doc),
            docs,
            denominator=n_words,
            of="category",
            by=by,
            categories=cats,
            scale=scale,
            ci=ci,
            n_boot=n_boot,
            seed=seed,
        )
        params.update({"ci": ci, "n_boot": n_boot, "seed": seed})
    return attach(out, function="dictionary_scores", params=params, lexicons=[lx], corpus=c_obj)
