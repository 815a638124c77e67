"""Near-duplicate detection with word shingles and an exact Jaccard similarity join.

Candidate pairs come from prefix filtering (Chaudhuri, Ganti & Kaushik 2006; Bayardo, Ma &
Srikant 2007): order every shingle by how rare it is in the corpus; two sets with Jaccard
similarity ``>= t`` must share at least one shingle among the ``|A| - ceil(t |A|) + 1`` rarest
shingles of each. That finds every pair above the threshold (no false negatives, unlike
MinHash/LSH), and because the prefixes hold the rarest shingles, the candidate set stays small.
Each candidate pair is then verified with its exact Jaccard similarity.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from framing._validation import check_choice, check_int

__all__ = ["find_duplicates", "shingle_matrix"]

_WORD = re.compile(r"\w+")
# Odd 64-bit multipliers for the position-dependent mix of word ids into one shingle hash.
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
        0xC4CEB9FE1A85EC53,
        0x94D049BB133111EB,
        0xBF58476D1CE4E5B9,
    ],
    dtype=np.uint64,
)


def _doc_hashes(text: str, k: int) -> np.ndarray:
    words = _WORD.findall(text.casefold())
    if not words:
        return np.empty(0, dtype=np.uint64)
    # Python's string hash is salted per process, but only equality of shingles matters and the
    # join below is exact, so results do not depend on the salt (up to 64-bit collisions).
    ids = np.fromiter(map(hash, words), dtype=np.int64, count=len(words)).view(np.uint64)
    width = min(k, len(ids))
    n = len(ids) - width + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(width):
        h ^= ids[j : j + n] * _MIX[j % len(_MIX)]
        h = (h << np.uint64(13)) | (h >> np.uint64(51))
    return h


def shingle_matrix(texts: list[str], *, k: int = 5) -> sparse.csr_matrix:
    """Binary documents x shingles matrix of the word ``k``-shingles of each text.

    Words are ``\\w+`` runs, case-folded; a text shorter than ``k`` words is one shingle.
    Shingles are identified by a 64-bit hash of their words (collisions are negligible at
    corpus scale: about m^2 / 2^65 for m distinct shingles).
    """
    with np.errstate(over="ignore"):
        per_doc = [_doc_hashes(t, k) for t in texts]
    sizes = np.fromiter((len(h) for h in per_doc), dtype=np.int64, count=len(per_doc))
    flat = np.concatenate(per_doc) if len(per_doc) else np.empty(0, dtype=np.uint64)
    _, col = np.unique(flat, return_inverse=True)
    indptr = np.concatenate([[0], np.cumsum(sizes)])
    n_cols = int(col.max()) + 1 if len(col) else 0
    data = np.ones(len(col), dtype=np.float32)
    x = sparse.csr_matrix((data, col.astype(np.int32), indptr), shape=(len(texts), n_cols))
    x.sum_duplicates()  # a shingle repeated inside one text counts once
    x.data[:] = 1.0
    return x


def _candidate_pairs(x: sparse.csr_matrix, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) that share a shingle in their prefix of rarest shingles."""
    n_docs, n_cols = x.shape
    if n_docs < 2 or x.nnz == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    df = np.bincount(x.indices, minlength=n_cols)
    sizes = np.diff(x.indptr)
    rows = np.repeat(np.arange(n_docs), sizes)
    # The prefix length, with a small tolerance so float rounding never shortens it.
    prefix_len = sizes - np.ceil(threshold * sizes - 1e-9).astype(np.int64) + 1
    # Shingles found in one article only are the rarest, so they fill the prefix first, but they
    # cannot make a pair: only the part of the prefix left after them needs sorting.
    shared = df[x.indices] >= 2
    n_unique = sizes - np.bincount(rows[shared], minlength=n_docs)
    room = prefix_len - n_unique
    ent = np.flatnonzero(shared & (room[rows] > 0))
    if not len(ent):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    r_rows, r_cols = rows[ent], x.indices[ent]
    # global order: rarest first, ties broken by column id
    srt = np.lexsort((r_cols, df[r_cols], r_rows))
    r_rows, r_cols = r_rows[srt], r_cols[srt]
    counts = np.bincount(r_rows, minlength=n_docs)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    pos = np.arange(len(r_rows)) - starts[r_rows]
    sel = pos < room[r_rows]
    p = sparse.csr_matrix(
        (np.ones(int(sel.sum()), dtype=np.float32), (r_rows[sel], r_cols[sel])), shape=(n_docs, n_cols)
    )
    # shingles in only one prefix cannot make a pair
    pdf = np.bincount(p.indices, minlength=n_cols)
    p = p[:, np.flatnonzero(pdf >= 2)]
    c = sparse.triu(p @ p.T, k=1).tocoo()
    i, j = c.row.astype(np.int64), c.col.astype(np.int64)
    si, sj = sizes[i], sizes[j]
    ok = np.minimum(si, sj) >= threshold * np.maximum(si, sj) - 1e-9
    return i[ok], j[ok]


def _jaccard(x: sparse.csr_matrix, i: np.ndarray, j: np.ndarray, chunk: int = 50_000) -> np.ndarray:
    sizes = np.diff(x.indptr)
    out = np.empty(len(i), dtype=np.float64)
    for s in range(0, len(i), chunk):
        a, b = i[s : s + chunk], j[s : s + chunk]
        inter = np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel()
        union = sizes[a] + sizes[b] - inter
        # two texts without a word are not copies of each other
        out[s : s + chunk] = np.divide(inter, union, out=np.zeros(len(a)), where=union > 0)
    return out


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    g = sparse.coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n))
    _, labels = sparse.csgraph.connected_components(g, directed=False)
    return np.asarray(labels)


def find_duplicates(
    docs: pd.DataFrame, *, threshold: float, keep: str, shingle: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mark near-duplicates in ``docs``; return (docs with ``duplicate_of``, report)."""
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.floating, np.integer)):
        raise TypeError(
            f"`threshold` must be a number in (0, 1], the Jaccard similarity of word shingles "
            f"above which two articles are copies, e.g. 0.8. Got {threshold!r} instead."
        )
    if not (0.0 < float(threshold) <= 1.0) or math.isnan(float(threshold)):
        raise ValueError(
            f"`threshold` must be in (0, 1], the Jaccard similarity of word shingles above which "
            f"two articles are copies, e.g. 0.8. Got {threshold!r} instead."
        )
    check_choice("keep", keep, ["first", "all"])
    k = check_int("shingle", shingle, minimum=1)
    t = float(threshold)
    x = shingle_matrix(docs["text"].astype(str).tolist(), k=k)
    i, j = _candidate_pairs(x, t)
    sim = _jaccard(x, i, j)
    hit = sim >= t - 1e-12
    i, j, sim = i[hit], j[hit], sim[hit]
    n = len(docs)
    labels = _components(n, i, j)
    # earliest copy: by date (NaT last), then by position in the corpus
    dates = pd.to_datetime(docs["date"]).to_numpy()
    nat = pd.isna(dates)
    date_key = np.where(nat, np.iinfo(np.int64).max, dates.astype("datetime64[ns]").astype(np.int64))
    order = np.lexsort((np.arange(n), date_key, labels))
    first_in_group = np.ones(n, dtype=bool)
    first_in_group[1:] = labels[order][1:] != labels[order][:-1]
    root_of_label = np.empty(labels.max() + 1 if n else 0, dtype=np.int64)
    root_of_label[labels[order][first_in_group]] = order[first_in_group]
    root = root_of_label[labels] if n else np.empty(0, dtype=np.int64)
    is_copy = root != np.arange(n)
    ids = docs["doc_id"].astype(str).to_numpy()
    dup_of = np.where(is_copy, ids[root], None)
    best = np.zeros(n)
    np.maximum.at(best, i, sim)
    np.maximum.at(best, j, sim)
    out = docs.copy()
    out["duplicate_of"] = pd.array(dup_of, dtype="string")
    cp = np.flatnonzero(is_copy)
    report: dict[str, Any] = {
        "doc_id": ids[cp],
        "outlet": docs["outlet"].to_numpy()[cp],
        "date": docs["date"].to_numpy()[cp],
        "title": docs["title"].to_numpy()[cp],
        "duplicate_of": ids[root[cp]],
        "duplicate_outlet": docs["outlet"].to_numpy()[root[cp]],
        "similarity": best[cp],
        "removed": np.full(len(cp), keep == "first"),
    }
    return out, pd.DataFrame(report)
