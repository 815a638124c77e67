"""Story clustering: group articles that report the same event (``Corpus.stories``).

Articles are represented by TF-IDF vectors of three blocks of features, each block
l2-normalised and weighted before the whole vector is normalised again:

- the words of the text (lower-cased, English stop words removed, sublinear tf);
- its names and numbers (capitalised words not at the start of a sentence, figures), which
  identify an event better than common words do;
- the words of the title.

Cosine similarities are computed only between articles published within ``window_days`` of
each other (articles without a date are compared with all), and clustered by average linkage
(UPGMA) on the resulting sparse graph, merging while the average similarity between two
clusters is at least ``threshold``. Optionally, two clusters that both hold an article of the
same outlet are never merged (one article per outlet per story).
"""

from __future__ import annotations

import heapq
import re
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize

__all__ = ["cluster_stories", "story_features"]

_NAME_OR_NUMBER = re.compile(r"[A-Z][\w'’.-]*\w|[A-Z]|\d[\d,.]*\d|\d")
_OPENER = set(".!?\"“”'‘’:\n—–-(")
_LOWER_STOP = frozenset(ENGLISH_STOP_WORDS)


def names_and_numbers(text: str) -> list[str]:
    """Capitalised words that do not open a sentence, and numbers, as lower-cased features."""
    out = []
    for m in _NAME_OR_NUMBER.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1].isalnum():
            continue
        tok = m.group(0)
        if tok[0].isupper():
            j = s - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j < 0 or text[j] in _OPENER:
                continue
            low = tok.lower()
            if low in _LOWER_STOP:
                continue
            out.append(low)
        else:
            out.append(tok.replace(",", ""))
    return out


def _tfidf(docs: list[str], **kw: Any) -> sparse.csr_matrix:
    if not any(d.strip() for d in docs):
        return sparse.csr_matrix((len(docs), 0))
    try:
        m = TfidfVectorizer(sublinear_tf=True, dtype=np.float64, **kw).fit_transform(docs)
    except ValueError:  # every document empty after stop-word removal
        return sparse.csr_matrix((len(docs), 0))
    return sparse.csr_matrix(m)


def story_features(
    texts: list[str], titles: list[str], *, name_weight: float, title_weight: float
) -> sparse.csr_matrix:
    """The l2-normalised feature matrix described in the module docstring."""
    words = _tfidf(texts, stop_words="english", token_pattern=r"(?u)\b[^\W\d_][\w'’-]*\b")
    names = _tfidf(
        [" ".join(names_and_numbers(t)) for t in texts],
        analyzer=str.split,
        lowercase=False,
    )
    title = _tfidf(titles, stop_words="english", token_pattern=r"(?u)\b\w[\w'’-]*\b")
    blocks = [b for b in (words, name_weight * names, title_weight * title) if b.shape[1]]
    if not blocks:  # no text has a word: every article is its own story
        return sparse.csr_matrix((len(texts), 1))
    x = sparse.hstack(blocks, format="csr")
    return sparse.csr_matrix(l2_normalize(x))


def _similarity_graph(
    x: sparse.csr_matrix, days: np.ndarray, window: float, floor: float
) -> sparse.coo_matrix:
    """Upper-triangle cosine similarities >= ``floor`` between articles within ``window`` days."""
    n = x.shape[0]
    dated = np.flatnonzero(~np.isnan(days))
    undated = np.flatnonzero(np.isnan(days))
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []

    def add(r: np.ndarray, c: np.ndarray, v: np.ndarray) -> None:
        ok = (r != c) & (v >= floor)
        rows.append(np.minimum(r, c)[ok])
        cols.append(np.maximum(r, c)[ok])
        vals.append(v[ok])

    chunk = 512
    if len(dated):
        order = dated[np.argsort(days[dated], kind="stable")]
        d = days[order]
        for s in range(0, len(order), chunk):
            e = min(s + chunk, len(order))
            hi = int(np.searchsorted(d, d[e - 1] + window, side="right"))
            sims = (x[order[s:e]] @ x[order[s:hi]].T).tocoo()
            keep = np.abs(d[s:e][sims.row] - d[s:hi][sims.col]) <= window
            add(order[s:e][sims.row[keep]], order[s:hi][sims.col[keep]], sims.data[keep])
    for s in range(0, len(undated), chunk):
        part = undated[s : s + chunk]
        sims = (x[part] @ x.T).tocoo()
        add(part[sims.row], sims.col.astype(np.int64), sims.data)
    if rows:
        r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
    else:
        r = c = np.empty(0, dtype=np.int64)
        v = np.empty(0)
    # a pair met in two blocks (or from both sides) is kept once
    _, first = np.unique(r.astype(np.int64) * n + c, return_index=True)
    return sparse.coo_matrix((v[first], (r[first], c[first])), shape=(n, n))


def _average_linkage(
    n: int, graph: sparse.coo_matrix, threshold: float, groups: np.ndarray | None
) -> np.ndarray:
    """UPGMA on a sparse similarity graph (missing pairs have similarity 0), stopped at
    ``threshold``; ``groups`` (e.g. outlet codes) forbids merging two clusters that share one."""
    size = [1] * n
    alive = [True] * n
    nbr: list[dict[int, float]] = [{} for _ in range(n)]
    members: list[list[int]] = [[i] for i in range(n)]
    has: list[set[int]] = [{int(groups[i])} if groups is not None else set() for i in range(n)]
    heap: list[tuple[float, int, int]] = []
    for a, b, s in zip(graph.row.tolist(), graph.col.tolist(), graph.data.tolist()):
        nbr[a][b] = nbr[a].get(b, 0.0) + s
        nbr[b][a] = nbr[b].get(a, 0.0) + s
    for a in range(n):
        for b, s in nbr[a].items():
            if a < b and s >= threshold:
                heapq.heappush(heap, (-s, a, b))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        s_ab = nbr[a].get(b)
        if s_ab is None or abs(s_ab / (size[a] * size[b]) + neg) > 1e-12:
            continue  # stale entry: one of the two clusters changed since it was pushed
        if groups is not None and has[a] & has[b]:
            continue
        # merge b into a
        if len(nbr[b]) > len(nbr[a]):
            a, b = b, a
        alive[b] = False
        for m, s in nbr[b].items():
            if m == a:
                continue
            nbr[a][m] = nbr[a].get(m, 0.0) + s
            nbr[m][a] = nbr[a][m]
            del nbr[m][b]
        nbr[a].pop(b, None)
        nbr[b] = {}
        size[a] += size[b]
        members[a].extend(members[b])
        members[b] = []
        has[a] |= has[b]
        for m, s in nbr[a].items():
            avg = s / (size[a] * size[m])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(a, m), max(a, m)))
    labels = np.empty(n, dtype=np.int64)
    for c in range(n):
        for i in members[c]:
            labels[i] = c
    return labels


def cluster_stories(
    docs: pd.DataFrame,
    *,
    window_days: float,
    threshold: float,
    one_per_outlet: bool,
    name_weight: float,
    title_weight: float,
) -> pd.DataFrame:
    """Add ``story_id`` and ``story_size`` to a copy of ``docs``."""
    if isinstance(window_days, bool) or not isinstance(window_days, (int, float, np.integer, np.floating)):
        raise TypeError(f"`window_days` must be a number of days, e.g. 3. Got {window_days!r} instead.")
    if not window_days >= 0:
        raise ValueError(
            f"`window_days` must be 0 or more (days between the articles of one story), e.g. 3. "
            f"Got {window_days!r} instead."
        )
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.integer, np.floating)):
        raise TypeError(f"`threshold` must be a number in (0, 1], e.g. 0.2. Got {threshold!r} instead.")
    if not 0.0 < float(threshold) <= 1.0:
        raise ValueError(
            f"`threshold` must be in (0, 1], the average cosine similarity at which two clusters "
            f"of articles merge, e.g. 0.2. Got {threshold!r} instead."
        )
    for name, w in (("name_weight", name_weight), ("title_weight", title_weight)):
        if isinstance(w, bool) or not isinstance(w, (int, float, np.integer, np.floating)) or not w >= 0:
            raise ValueError(f"`{name}` must be a number >= 0 (0 switches the block off). Got {w!r} instead.")
    n = len(docs)
    texts = docs["text"].astype(str).tolist()
    titles = docs["title"].fillna("").astype(str).tolist()
    x = story_features(texts, titles, name_weight=float(name_weight), title_weight=float(title_weight))
    dates = pd.to_datetime(docs["date"])
    days = (dates - pd.Timestamp("1970-01-01")).dt.total_seconds().to_numpy(dtype=float) / 86400.0
    # Dates are calendar days: compare days, not the hours within them.
    days = np.floor(days)
    # Pairs far below the threshold barely move an average; dropping them keeps the graph small.
    graph = _similarity_graph(x, days, float(window_days), floor=float(threshold) / 4)
    groups = pd.factorize(docs["outlet"])[0] if one_per_outlet else None
    labels = _average_linkage(n, graph, float(threshold), groups)
    # story ids in order of each story's first article in the corpus
    _, first = np.unique(labels, return_index=True)
    rank = np.empty(labels.max() + 1 if n else 0, dtype=np.int64)
    rank[labels[np.sort(first)]] = np.arange(len(first))
    story = rank[labels] if n else np.empty(0, dtype=np.int64)
    out = docs.copy()
    out["story_id"] = story
    out["story_size"] = np.bincount(story)[story] if n else np.empty(0, dtype=np.int64)
    return out
