"""Keyness: the words that set one group of articles (an outlet, a party) apart from others.

Counts come from one scikit-learn :class:`~sklearn.feature_extraction.text.CountVectorizer` pass
(sparse, documents x terms), summed into groups with a sparse indicator product; the docs x terms
matrix is never made dense, and group x terms blocks are made dense a few groups at a time.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy import special
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from framing._validation import check_choice, check_int, check_probability
from framing.corpus import Corpus, as_corpus
from framing.provenance import attach
from framing.stats import fdr_bh, group_codes, resample_counts

__all__ = ["DEFAULT_TOKEN_PATTERN", "ENGLISH_STOP_WORDS", "keyness", "keyness_significance"]

#: Lowercased word tokens: letters/digits, with inner hyphens and apostrophes kept
#: ("so-called", "don't"); one-letter words count too ("a", "i"). Abbreviations written as two
#: or more single letters each followed by a dot are one token with their dots ("u.s.", "u.n.",
#: "e.g.", "a.m."), and keep a hyphenated or possessive tail ("u.s.-led", "u.s.'s").
#: (One word character, then either ".letter." and more for an abbreviation, or the rest of a
#: word: deciding after the first character costs less than trying two alternatives at each word.)
DEFAULT_TOKEN_PATTERN = r"(?u)\b\w(?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+(?:[-'’]\w+)*|\w*(?:[-'’]\w+)*\b)"

METHODS = ("log_odds", "chi2", "g2", "log_ratio", "lrc")
#: The column each method ranks terms by (largest = most typical of the group).
_RANK = {"log_odds": "z", "chi2": "chi2", "g2": "g2", "log_ratio": "log_ratio", "lrc": "lrc"}
#: The effect the document-level test resamples.
_EFFECT = {"log_odds": "delta", "chi2": "chi2", "g2": "g2", "log_ratio": "log_ratio", "lrc": "log_ratio"}
_STAT_COLUMNS = {
    "log_odds": ["delta", "se", "z"],
    "chi2": ["chi2", "p", "q"],
    "g2": ["g2", "p", "q"],
    "log_ratio": ["log_ratio", "p", "q"],
    "lrc": ["log_ratio", "ci_low", "ci_high", "lrc"],
}
_BASE_COLUMNS = [
    "other",
    "term",
    "count",
    "count_other",
    "total",
    "total_other",
    "rate",
    "rate_other",
    "n_docs",
    "n_docs_other",
]
#: Rates are per 1,000 tokens (n-grams).
_SCALE = 1000.0
#: Largest dense group x terms block built at once (cells).
_BLOCK_CELLS = 4_000_000
#: Coverage of the conservative log ratio's interval, before the Bonferroni correction.
_LRC_LEVEL = 0.95


# -- input checks --------------------------------------------------------------------------------
def _check_ngram_range(ngram_range: Any) -> tuple[int, int]:
    ok = (
        isinstance(ngram_range, (tuple, list))
        and len(ngram_range) == 2
        and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in ngram_range)
        and 1 <= ngram_range[0] <= ngram_range[1]
    )
    if not ok:
        raise ValueError(
            "`ngram_range` must be a pair (min_n, max_n) of integers with 1 <= min_n <= max_n, "
            f"e.g. (1, 2) for words and bigrams. Got {ngram_range!r} instead."
        )
    return int(ngram_range[0]), int(ngram_range[1])


# Contractions of stop words, which scikit-learn's list leaves in ("it's", "don't"); both
# apostrophes, since news text uses the typographic one as often as the straight one.
_CONTRACTIONS = frozenset(
    form
    for word in [
        "it's",
        "that's",
        "there's",
        "here's",
        "what's",
        "who's",
        "where's",
        "how's",
        "let's",
        "he's",
        "she's",
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "you're",
        "you've",
        "you'll",
        "you'd",
        "we're",
        "we've",
        "we'll",
        "we'd",
        "they're",
        "they've",
        "they'll",
        "they'd",
        "he'll",
        "he'd",
        "she'll",
        "she'd",
        "it'll",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "hasn't",
        "haven't",
        "hadn't",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "mustn't",
        "needn't",
    ]
    for form in (word, word.replace("'", "\u2019"))
)


# scikit-learn's list has "eg" and "ie"; the default pattern keeps their dotted forms whole.
_DOTTED_STOP_WORDS = frozenset({"e.g.", "i.e."})


def _check_stop_words(stop_words: Any) -> frozenset[str] | None:
    if stop_words is None:
        return None
    if isinstance(stop_words, str):
        if stop_words != "english":
            raise ValueError(
                "`stop_words` must be None (keep every word), 'english' (scikit-learn's list) or "
                f"a collection of words. Got {stop_words!r} instead."
            )
        return frozenset(ENGLISH_STOP_WORDS) | _CONTRACTIONS | _DOTTED_STOP_WORDS
    if isinstance(stop_words, Iterable):
        words = list(stop_words)
        if all(isinstance(w, str) for w in words):
            return frozenset(w.lower() for w in words)
    raise TypeError(
        "`stop_words` must be None, 'english' or a collection of words (str). Got "
        f"{type(stop_words).__name__} instead."
    )


def _check_token_pattern(token_pattern: Any) -> str:
    if token_pattern is None:
        return DEFAULT_TOKEN_PATTERN
    if not isinstance(token_pattern, str):
        raise TypeError(
            f"`token_pattern` must be a regular expression (str). Got {type(token_pattern).__name__} instead."
        )
    try:
        compiled = re.compile(token_pattern)
    except re.error as exc:
        raise ValueError(
            f"`token_pattern` is not a valid regular expression ({exc}): {token_pattern!r}. Escape "
            r"special characters, e.g. r'(?u)\b\w+\b'."
        ) from None
    if compiled.groups > 1:
        raise ValueError(
            f"`token_pattern` may have at most one capturing group; {token_pattern!r} has "
            f"{compiled.groups}. Use non-capturing groups (?:...)."
        )
    return token_pattern


def _check_alpha0(alpha0: Any) -> float:
    try:
        value = float(alpha0)
    except (TypeError, ValueError):
        raise TypeError(f"`alpha0` must be a positive number, e.g. 1000. Got {alpha0!r} instead.") from None
    if not np.isfinite(value) or value <= 0:
        raise ValueError(
            f"`alpha0` must be a positive number (the prior's total pseudo-count), e.g. 1000. Got "
            f"{alpha0!r} instead."
        )
    return value


def _vectorizer(
    ngram_range: tuple[int, int],
    stop_words: frozenset[str] | None,
    token_pattern: str,
    vocabulary: Any = None,
) -> CountVectorizer:
    return CountVectorizer(
        lowercase=True,
        token_pattern=token_pattern,
        ngram_range=ngram_range,
        stop_words=list(stop_words) if stop_words is not None else None,
        vocabulary=vocabulary,
        dtype=np.int64,
    )


# -- counting ------------------------------------------------------------------------------------
@dataclass
class _Counts:
    """Everything the statistics need, computed once per call."""

    X: sp.csr_matrix  # docs x kept terms
    doc_totals: np.ndarray  # tokens per document (all terms, before min_count)
    vocab: np.ndarray  # kept terms
    codes: np.ndarray  # group of each document
    keys: pd.DataFrame  # one row per group
    labels: list[Any]  # group label (scalar, or tuple for several `by` columns)
    C: sp.csr_matrix  # groups x kept terms: counts
    D: sp.csr_matrix  # groups x kept terms: documents containing the term
    totals: np.ndarray  # tokens per group
    alpha: np.ndarray  # prior pseudo-counts per kept term


def _group_matrix(codes: np.ndarray, n_groups: int) -> sp.csr_matrix:
    n = len(codes)
    return sp.csr_matrix(
        (np.ones(n, dtype=np.int64), (codes, np.arange(n))), shape=(n_groups, n), dtype=np.int64
    )


def _background(
    prior: Any,
    vocab: np.ndarray,
    corpus_counts: np.ndarray,
    *,
    ngram_range: tuple[int, int],
    stop_words: frozenset[str] | None,
    token_pattern: str,
    alpha0: float,
) -> np.ndarray:
    """Prior pseudo-counts ``alpha_w = alpha0 * b_w / sum(b)`` from the chosen background ``b``."""
    if isinstance(prior, str):
        check_choice("prior", prior, ["corpus", "uniform"])
        if prior == "uniform":
            return np.full(len(vocab), alpha0 / max(len(vocab), 1))
        b = corpus_counts.astype(np.float64)
    else:
        if isinstance(prior, (Corpus, pd.DataFrame)):
            bg = as_corpus(prior, parameter="prior")
            vec = _vectorizer(ngram_range, stop_words, token_pattern, vocabulary=list(vocab))
            b = np.asarray(vec.transform(bg.docs["text"]).sum(axis=0), dtype=np.float64).ravel()
        elif isinstance(prior, (pd.Series, Mapping)):
            series = prior if isinstance(prior, pd.Series) else pd.Series(dict(prior), dtype=object)
            values = pd.to_numeric(series, errors="coerce")
            if values.isna().any() or (values < 0).any():
                raise ValueError(
                    "`prior` must map terms to non-negative counts; some values are missing, "
                    "negative or not numbers. Pass e.g. {'war': 120, 'peace': 80}."
                )
            values.index = [str(t).lower() for t in values.index]
            values = values.groupby(level=0).sum()
            b = values.reindex(vocab, fill_value=0.0).to_numpy(dtype=np.float64)
            if not (b > 0).any():
                raise ValueError(
                    "`prior` shares no term with the corpus vocabulary (terms are lowercased "
                    f"{'n-grams' if ngram_range[1] > 1 else 'words'}); pass background counts for "
                    "the corpus's words, or prior='corpus'."
                )
        else:
            raise TypeError(
                "`prior` must be 'corpus', 'uniform', a Corpus (a background corpus), or a "
                f"term->count mapping or Series. Got {type(prior).__name__} instead."
            )
        # A background term never seen gets half a count, so that no term has a zero prior.
        b = np.where(b > 0, b, 0.5)
    return alpha0 * b / b.sum()


def _count(
    corpus: Corpus,
    *,
    by: Any,
    prior: Any,
    alpha0: float,
    min_count: int,
    ngram_range: tuple[int, int],
    stop_words: frozenset[str] | None,
    token_pattern: str,
) -> _Counts:
    docs = corpus.docs
    if docs.empty:
        raise ValueError(
            "`corpus` has no articles (none with a non-empty text); keyness needs articles in at "
            "least two groups. Check that the `text` column holds the article texts."
        )
    codes, keys = group_codes(docs, by)
    if len(keys) < 2:
        label = keys.iloc[0].tolist() if len(keys) else []
        raise ValueError(
            f"`by` ({by!r}) puts every document in one group ({', '.join(map(str, label))}); keyness "
            "compares groups, so pass a `by` column with at least two values."
        )
    vec = _vectorizer(ngram_range, stop_words, token_pattern)
    try:
        X = vec.fit_transform(docs["text"])
    except ValueError as exc:
        if "empty vocabulary" not in str(exc):
            raise
        raise ValueError(
            "The corpus has no tokens matching `token_pattern` (after removing `stop_words`); "
            "check the texts or pass a broader token_pattern."
        ) from None
    X = sp.csr_matrix(X, dtype=np.int64)
    vocab_all = vec.get_feature_names_out()
    doc_totals = np.asarray(X.sum(axis=1), dtype=np.int64).ravel()
    corpus_counts = np.asarray(X.sum(axis=0), dtype=np.int64).ravel()
    keep = np.flatnonzero(corpus_counts >= min_count)
    if len(keep) == 0:
        raise ValueError(
            f"No term occurs at least `min_count`={min_count} times in the corpus (the most frequent "
            f"occurs {int(corpus_counts.max())} times); pass a smaller min_count."
        )
    X = X[:, keep]
    vocab = vocab_all[keep]
    G = _group_matrix(codes, len(keys))
    C = sp.csr_matrix(G @ X)
    C.eliminate_zeros()
    Xb = X.copy()
    Xb.data = np.ones_like(Xb.data)
    D = sp.csr_matrix(G @ Xb)
    totals = np.bincount(codes, weights=doc_totals, minlength=len(keys)).astype(np.int64)
    alpha = _background(
        prior,
        vocab,
        corpus_counts[keep],
        ngram_range=ngram_range,
        stop_words=stop_words,
        token_pattern=token_pattern,
        alpha0=alpha0,
    )
    labels = [tuple(r) if keys.shape[1] > 1 else r[0] for r in keys.itertuples(index=False)]
    return _Counts(X, doc_totals, vocab, codes, keys, labels, C, D, totals, alpha)


def _comparisons(counts: _Counts, vs: Any) -> list[tuple[int, int]]:
    """Pairs (group, other) of group indices; other == -1 means all the other groups."""
    n = len(counts.labels)
    if isinstance(vs, str) and vs == "rest":
        return [(i, -1) for i in range(n)]
    if isinstance(vs, str) and vs == "pairs":
        return [(i, j) for i in range(n) for j in range(n) if i != j]
    matches = [i for i, lab in enumerate(counts.labels) if isinstance(vs, Hashable) and lab == vs]
    if not matches:
        shown = ", ".join(repr(lab) for lab in counts.labels[:10]) + (", ..." if n > 10 else "")
        raise ValueError(
            f"`vs` must be 'rest', 'pairs' or one of the groups of `by` ({shown}). Got {vs!r} instead."
        )
    ref = matches[0]
    return [(i, ref) for i in range(n) if i != ref]


# -- statistics ----------------------------------------------------------------------------------
def _chi2_p(stat: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return special.chdtrc(1.0, np.abs(stat))


def _statistics(
    method: str,
    y: np.ndarray,
    y_o: np.ndarray,
    n: np.ndarray,
    n_o: np.ndarray,
    alpha: np.ndarray,
    alpha0: float,
    m: int,
) -> dict[str, np.ndarray]:
    """The method's statistics for counts ``y`` (group) and ``y_o`` (other) of totals ``n``, ``n_o``.

    Arrays broadcast; rows where either side has no tokens get NaN. ``m`` is the number of terms
    of the comparison (for the conservative log ratio's Bonferroni correction). p-values only: q
    is added per comparison by the caller.
    """
    y = np.asarray(y, dtype=np.float64)
    y_o = np.asarray(y_o, dtype=np.float64)
    n = np.asarray(n, dtype=np.float64)
    n_o = np.asarray(n_o, dtype=np.float64)
    empty = (n <= 0) | (n_o <= 0)
    out: dict[str, np.ndarray] = {}
    with np.errstate(divide="ignore", invalid="ignore"):
        if method == "log_odds":
            a = y + alpha
            b = y_o + alpha
            delta = np.log(a / (n + alpha0 - a)) - np.log(b / (n_o + alpha0 - b))
            se = np.sqrt(1.0 / a + 1.0 / b)
            out = {"delta": delta, "se": se, "z": delta / se}
        elif method in ("chi2", "g2"):
            total = n + n_o
            row = y + y_o
            e = row * n / total
            e_o = row * n_o / total
            f = n - e
            f_o = n_o - e_o
            c = n - y
            c_o = n_o - y_o
            if method == "chi2":
                stat = (y - e) ** 2 / e + (y_o - e_o) ** 2 / e_o + (c - f) ** 2 / f + (c_o - f_o) ** 2 / f_o
            else:
                stat = 2.0 * sum(
                    np.where(obs > 0, obs * np.log(obs / exp), 0.0)
                    for obs, exp in ((y, e), (y_o, e_o), (c, f), (c_o, f_o))
                )
            sign = np.sign(y / n - y_o / n_o)
            out = {method: sign * stat, "p": _chi2_p(stat)}
        elif method in ("log_ratio", "lrc"):
            lr = np.log2((np.where(y > 0, y, 0.5) / n) / (np.where(y_o > 0, y_o, 0.5) / n_o))
            if method == "log_ratio":
                g2 = _statistics("g2", y, y_o, n, n_o, alpha, alpha0, m)["g2"]
                out = {"log_ratio": lr, "p": _chi2_p(g2)}
            else:
                # Exact (Clopper-Pearson) interval for the share of the term's uses that fall in
                # the group, turned into an interval for the ratio of relative frequencies.
                level = (1.0 - _LRC_LEVEL) / max(m, 1)
                k = y + y_o
                lo = np.where(y > 0, special.betaincinv(y, y_o + 1, level / 2), 0.0)
                hi = np.where(y_o > 0, special.betaincinv(y + 1, y_o, 1 - level / 2), 1.0)
                lo = np.where(k > 0, lo, np.nan)
                hi = np.where(k > 0, hi, np.nan)
                ratio = n_o / n
                ci_low = np.log2(lo / (1 - lo) * ratio)
                ci_high = np.log2(hi / (1 - hi) * ratio)
                lrc = np.where(ci_low > 0, ci_low, np.where(ci_high < 0, ci_high, 0.0))
                lrc = np.where(np.isnan(ci_low) | np.isnan(ci_high), np.nan, lrc)
                out = {"log_ratio": lr, "ci_low": ci_low, "ci_high": ci_high, "lrc": lrc}
    shape = np.broadcast_shapes(y.shape, y_o.shape, n.shape, n_o.shape)
    return {k: np.where(empty, np.nan, np.broadcast_to(v, shape)).astype(np.float64) for k, v in out.items()}


def _dense_rows(M: sp.csr_matrix, rows: np.ndarray | list[int]) -> np.ndarray:
    return np.asarray(M[rows].toarray(), dtype=np.float64)


def _blocks(counts: _Counts, comparisons: list[tuple[int, int]]) -> Iterable[dict[str, np.ndarray]]:
    """Per comparison: term indices and the counts of both sides, one dict at a time."""
    V = len(counts.vocab)
    corpus_c = np.asarray(counts.C.sum(axis=0), dtype=np.float64).ravel()
    corpus_d = np.asarray(counts.D.sum(axis=0), dtype=np.float64).ravel()
    grand = float(counts.totals.sum())
    terms = np.arange(V)
    step = max(1, _BLOCK_CELLS // max(V, 1))
    for b0 in range(0, len(comparisons), step):
        block = comparisons[b0 : b0 + step]
        mine = [i for i, _ in block]
        others = sorted({j for _, j in block if j >= 0})
        Y, DY = _dense_rows(counts.C, mine), _dense_rows(counts.D, mine)
        pos = {j: r for r, j in enumerate(others)}
        YO = _dense_rows(counts.C, others) if others else np.zeros((0, V))
        DO = _dense_rows(counts.D, others) if others else np.zeros((0, V))
        for r, (i, j) in enumerate(block):
            y, dy = Y[r], DY[r]
            if j < 0:
                y_o, dy_o = corpus_c - y, corpus_d - dy
                n_o = grand - counts.totals[i]
                idx = terms
            else:
                y_o, dy_o = YO[pos[j]], DO[pos[j]]
                n_o = float(counts.totals[j])
                idx = np.flatnonzero((y + y_o) > 0)
            yield {
                "i": np.int64(i),
                "j": np.int64(j),
                "idx": idx,
                "count": y[idx],
                "count_other": y_o[idx],
                "n_docs": dy[idx],
                "n_docs_other": dy_o[idx],
                "total": np.float64(counts.totals[i]),
                "total_other": np.float64(n_o),
            }


def _sizes(counts: _Counts, comparisons: list[tuple[int, int]]) -> list[int]:
    """Rows of each comparison: the whole vocabulary against the rest, else the terms either uses."""
    C = counts.C
    out = []
    for i, j in comparisons:
        if j < 0:
            out.append(len(counts.vocab))
        else:
            used_i = C.indices[C.indptr[i] : C.indptr[i + 1]]
            used_j = C.indices[C.indptr[j] : C.indptr[j + 1]]
            out.append(len(np.union1d(used_i, used_j)))
    return out


def _table(
    counts: _Counts, comparisons: list[tuple[int, int]], *, method: str, alpha0: float, by_cols: list[str]
) -> tuple[pd.DataFrame, list[int]]:
    """The result rows, and the number of rows of each comparison (in ``comparisons`` order)."""
    sizes = _sizes(counts, comparisons)
    n_rows = sum(sizes)
    # Columns are allocated once and filled comparison by comparison, so that the peak memory is
    # the result itself plus one block (hundreds of groups x tens of thousands of terms).
    ints = ("count", "count_other", "total", "total_other", "n_docs", "n_docs_other")
    data: dict[str, np.ndarray] = {name: np.empty(n_rows, dtype=np.int32) for name in ("_g", "_o", "_t")}
    for name in [*_BASE_COLUMNS[2:], *_STAT_COLUMNS[method]]:
        data[name] = np.empty(n_rows, dtype=np.int64 if name in ints else np.float64)
    rank = _RANK[method]
    start = 0
    for blk, m in zip(_blocks(counts, comparisons), sizes):
        idx = blk["idx"]
        st = _statistics(
            method,
            blk["count"],
            blk["count_other"],
            blk["total"],
            blk["total_other"],
            counts.alpha[idx],
            alpha0,
            m,
        )
        if "p" in st:
            st["q"] = fdr_bh(st["p"])
        order = np.lexsort((idx, -st[rank]))
        rows = slice(start, start + m)
        start += m
        y, y_o = blk["count"][order], blk["count_other"][order]
        n, n_o = blk["total"], blk["total_other"]
        data["_g"][rows] = blk["i"]
        data["_o"][rows] = blk["j"]
        data["_t"][rows] = idx[order]
        data["count"][rows] = y
        data["count_other"][rows] = y_o
        data["total"][rows] = n
        data["total_other"][rows] = n_o
        data["rate"][rows] = y / n * _SCALE if n > 0 else np.nan
        data["rate_other"][rows] = y_o / n_o * _SCALE if n_o > 0 else np.nan
        data["n_docs"][rows] = blk["n_docs"][order]
        data["n_docs_other"][rows] = blk["n_docs_other"][order]
        for name in _STAT_COLUMNS[method]:
            data[name][rows] = st[name][order]
    out: dict[str, Any] = {}
    g = data.pop("_g")
    for c in by_cols:
        # Categorical columns: one small code per row instead of a string object per row.
        codes, uniques = pd.factorize(counts.keys[c])  # a missing value gets code -1 (NaN)
        out[c] = pd.Categorical.from_codes(codes[g], categories=pd.Index(uniques, dtype=object))
    del g
    o = data.pop("_o")
    if len(by_cols) == 1:
        if (o < 0).all():
            out["other"] = pd.Categorical.from_codes(np.zeros(len(o), dtype=np.int8), categories=["rest"])
        else:
            codes, uniques = pd.factorize(pd.Index(counts.labels, dtype=object))
            out["other"] = pd.Categorical.from_codes(codes[o], categories=pd.Index(uniques, dtype=object))
    else:
        labels = np.empty(len(counts.labels) + 1, dtype=object)
        labels[:-1] = counts.labels
        labels[-1] = "rest"
        out["other"] = labels[o]
    del o
    out["term"] = pd.Categorical.from_codes(data.pop("_t"), categories=pd.Index(counts.vocab, dtype=object))
    out.update(data)
    return pd.DataFrame(out, copy=False), sizes


def _prior_description(prior: Any) -> str:
    if isinstance(prior, str):
        return prior
    if isinstance(prior, Corpus):
        return f"background corpus of {len(prior)} documents (sha256 {prior.fingerprint['sha256'][:12]})"
    if isinstance(prior, pd.DataFrame):
        return f"background corpus of {len(prior)} documents"
    if isinstance(prior, (pd.Series, Mapping)):
        return f"background counts for {len(prior)} terms"
    return repr(prior)


def _by_columns(by: Any) -> list[str]:
    return [by] if isinstance(by, str) else list(by)


def _setup(
    corpus: Any,
    *,
    by: Any,
    method: str,
    prior: Any,
    alpha0: Any,
    min_count: Any,
    ngram_range: Any,
    stop_words: Any,
    token_pattern: Any,
    vs: Any,
) -> tuple[Corpus, _Counts, list[tuple[int, int]], dict[str, Any], float]:
    corpus = as_corpus(corpus)
    check_choice("method", method, METHODS)
    alpha = _check_alpha0(alpha0)
    min_count = check_int("min_count", min_count, minimum=1)
    ngrams = _check_ngram_range(ngram_range)
    stops = _check_stop_words(stop_words)
    pattern = _check_token_pattern(token_pattern)
    if not isinstance(by, str) and not (
        isinstance(by, (list, tuple)) and by and all(isinstance(b, str) for b in by)
    ):
        raise TypeError(
            f"`by` must name a column (str) or a list of columns, e.g. by='outlet'. Got {by!r} instead."
        )
    counts = _count(
        corpus,
        by=by,
        prior=prior,
        alpha0=alpha,
        min_count=min_count,
        ngram_range=ngrams,
        stop_words=stops,
        token_pattern=pattern,
    )
    comparisons = _comparisons(counts, vs)
    params = {
        "by": by,
        "method": method,
        "prior": _prior_description(prior),
        "alpha0": alpha,
        "min_count": min_count,
        "ngram_range": list(ngrams),
        "stop_words": stop_words
        if stop_words is None or isinstance(stop_words, str)
        else f"{len(stops or ())} words",
        "token_pattern": pattern,
        "vs": vs,
    }
    return corpus, counts, comparisons, params, alpha


# -- public API ----------------------------------------------------------------------------------
def keyness(
    corpus: Corpus | pd.DataFrame,
    *,
    by: str | list[str] = "outlet",
    method: str = "log_odds",
    prior: Any = "corpus",
    alpha0: float = 1000,
    min_count: int = 5,
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: str | Iterable[str] | None = None,
    vs: Any = "rest",
    token_pattern: str | None = None,
) -> pd.DataFrame:
    r"""The terms that distinguish each group of articles, with keyness statistics.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (a DataFrame needs a ``text`` column and the ``by`` column(s)).
    by : str or list of str, default "outlet"
        The grouping column(s); at least two groups are needed.
    method : {"log_odds", "chi2", "g2", "log_ratio", "lrc"}, default "log_odds"
        The statistic (see Notes).
    prior : "corpus", "uniform", Corpus, DataFrame, mapping or Series, default "corpus"
        The background of the informative Dirichlet prior (``method="log_odds"`` only): the
        whole corpus; a flat prior; a background corpus (tokenised like ``corpus``); or
        background counts per term (a ``{term: count}`` mapping or a Series indexed by term).
    alpha0 : float, default 1000
        The prior's total pseudo-count (its strength); must be positive.
    min_count : int, default 5
        Terms used fewer times in the whole corpus are left out (before any statistic).
    ngram_range : (int, int), default (1, 1)
        Word n-grams to count; (1, 2) adds bigrams.
    stop_words : None, "english" or collection of str, default None
        Words removed before counting. None keeps every word (function words carry style);
        "english" is scikit-learn's list (:data:`ENGLISH_STOP_WORDS`) plus the contractions of
        its words ("it's", "don't", "won't", with a straight or a typographic apostrophe) and
        "e.g." and "i.e.".
    vs : "rest", "pairs" or a group, default "rest"
        What each group is compared with: all other groups together; every other group in turn
        (one comparison per ordered pair); or one named reference group (every other group
        against it).
    token_pattern : str, optional
        Regular expression for a token (texts are lowercased first), as in scikit-learn's
        ``CountVectorizer``; default :data:`DEFAULT_TOKEN_PATTERN` (words with inner hyphens and
        apostrophes; dotted abbreviations of single letters such as "U.S." and "e.g." as one
        token, ``"u.s."``).

    Returns
    -------
    DataFrame
        One row per comparison and term, sorted by group, then ``other``, then the method's
        ranking column (``z``, ``chi2``, ``g2``, ``log_ratio`` or ``lrc``) from most to least
        typical of the group. With ``vs="rest"`` every term of the vocabulary has a row for every
        group (count 0 included); with another group, terms neither side uses are left out.
        Columns:

        - the ``by`` column(s): the group;
        - ``other``: what it is compared with, ``"rest"`` or the other group;
        - ``term``: the word or n-gram;
        - ``count``, ``count_other``: uses of the term in the group and in the other side;
        - ``total``, ``total_other``: all tokens (n-grams) of each side, before ``min_count``;
        - ``rate``, ``rate_other``: uses per 1,000 tokens of each side;
        - ``n_docs``, ``n_docs_other``: articles of each side that use the term;
        - ``log_odds``: ``delta`` (log-odds ratio), ``se`` (its standard error), ``z``;
        - ``chi2`` / ``g2``: the statistic, signed (negative when the group uses the term less
          than the other side), ``p`` and ``q`` (Benjamini-Hochberg, within each comparison);
        - ``log_ratio``: ``log_ratio`` (base 2), ``p`` (from G2) and ``q``;
        - ``lrc``: ``log_ratio``, ``ci_low``, ``ci_high`` (its Bonferroni-corrected interval) and
          ``lrc``.

        Statistics are NaN where one side has no tokens.

    Notes
    -----
    For group *i* against *j*, counts :math:`y_{wi}` of term *w* among :math:`n_i` tokens:

    **log_odds** (Monroe, Colaresi & Quinn 2008, eqs. 16-22), with prior pseudo-counts
    :math:`\alpha_w = \alpha_0 b_w / \sum b` from a background :math:`b`:

    .. math::

        \hat\delta_w = \log\frac{y_{wi}+\alpha_w}{n_i+\alpha_0-y_{wi}-\alpha_w}
                     - \log\frac{y_{wj}+\alpha_w}{n_j+\alpha_0-y_{wj}-\alpha_w},\quad
        \sigma^2_w \approx \frac{1}{y_{wi}+\alpha_w} + \frac{1}{y_{wj}+\alpha_w},\quad
        z_w = \hat\delta_w / \sigma_w.

    Background terms with no count (external priors only) get 0.5 before normalising.

    **chi2**: Pearson's statistic on the 2x2 table (term / other tokens x group / other side),
    without continuity correction; **g2**: the log-likelihood statistic
    :math:`2\sum O\ln(O/E)` over the same table (Dunning 1993; Rayson & Garside 2000); both with
    one degree of freedom for ``p``.

    **log_ratio** (Hardie 2014): :math:`\log_2\frac{y_{wi}/n_i}{y_{wj}/n_j}`, a zero count
    replaced by 0.5. **lrc**, the conservative log ratio: the exact (Clopper-Pearson) interval
    for :math:`y_{wi}/(y_{wi}+y_{wj})`, at 95% Bonferroni-corrected over the comparison's terms,
    mapped to the log ratio scale; ``lrc`` is the bound nearer zero, or 0 when the interval
    contains 0.

    These statistics treat tokens as independent; words cluster in articles, so their p-values
    are too small. :func:`keyness_significance` tests the top terms at the article level.

    References
    ----------
    Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature
    selection and evaluation for identifying the content of political conflict. *Political
    Analysis*, 16(4), 372-403.
    Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence.
    *Computational Linguistics*, 19(1), 61-74.
    Rayson, P., & Garside, R. (2000). Comparing corpora using frequency profiling. *Workshop on
    Comparing Corpora*, ACL.
    Hardie, A. (2014). Log Ratio: An informal introduction. ESRC Centre for Corpus Approaches to
    Social Science (CASS).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({
    ...     "text": ["the regime shelled the town", "the regime struck again",
    ...              "the government said rebels attacked", "government forces repelled rebels"],
    ...     "outlet": ["A", "A", "B", "B"]})
    >>> k = keyness(df, min_count=1)
    >>> k[k.outlet == "A"].term.iloc[0]
    'regime'
    """
    corpus, counts, comparisons, params, alpha = _setup(
        corpus,
        by=by,
        method=method,
        prior=prior,
        alpha0=alpha0,
        min_count=min_count,
        ngram_range=ngram_range,
        stop_words=stop_words,
        token_pattern=token_pattern,
        vs=vs,
    )
    out, _ = _table(counts, comparisons, method=method, alpha0=alpha, by_cols=_by_columns(by))
    return attach(out, function="keyness", params=params, corpus=corpus)


def keyness_significance(
    corpus: Corpus | pd.DataFrame,
    *,
    by: str | list[str] = "outlet",
    method: str = "log_odds",
    prior: Any = "corpus",
    alpha0: float = 1000,
    min_count: int = 5,
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: str | Iterable[str] | None = None,
    vs: Any = "rest",
    token_pattern: str | None = None,
    top: int = 20,
    terms: Iterable[str] | None = None,
    test: str = "permutation",
    n_resamples: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Article-level significance for the top keyness terms (permutation or cluster bootstrap).

    Token-level tests treat every word as an independent draw, but a word that one article
    repeats twenty times is one decision, not twenty. This test resamples *articles*.

    Parameters
    ----------
    corpus, by, method, prior, alpha0, min_count, ngram_range, stop_words, vs, token_pattern
        As in :func:`keyness`.
    top : int, default 20
        Terms tested per comparison: the ``top`` most typical of the group (by the method's
        ranking column) among those the group uses.
    terms : collection of str, optional
        Test these terms in every comparison instead of the top ones (terms outside the
        vocabulary are reported in the error).
    test : {"permutation", "bootstrap"}, default "permutation"
        ``"permutation"``: shuffle the articles between the two sides (keeping their sizes) and
        recompute the effect. ``"bootstrap"``: resample articles with replacement within each
        side (a stratified cluster bootstrap) and report a percentile interval of the effect.
    n_resamples : int, default 1000
        Permutations or bootstrap resamples (at least 100).
    ci : float, default 0.95
        Coverage of the bootstrap interval.
    seed : int, default 0
        Seed of the random generator; the same seed gives the same result.

    Returns
    -------
    DataFrame
        The :func:`keyness` rows of the tested terms (same columns and order), plus:

        - ``effect``: the name of the resampled column (``delta`` for log_odds, the signed
          ``chi2`` / ``g2``, or ``log_ratio`` for log_ratio and lrc);
        - ``p_doc``: two-sided article-level p-value;
        - ``q_doc``: Benjamini-Hochberg adjustment of ``p_doc`` within each comparison;
        - ``boot_low``, ``boot_high`` (bootstrap only): percentile interval of the effect.

    Notes
    -----
    Permutation: :math:`p = (1 + \\#\\{|e^*| \\ge |e|\\}) / (1 + R)` over ``R`` permutations of
    the article labels (Phipson & Smyth 2010). Bootstrap: articles of each side are resampled
    with replacement (:func:`framing.stats.resample_counts`); ``p = min(1, 2 (1 + k) / (1 + R))``
    with ``k`` the number of resampled effects on the other side of zero from the observed one.
    The prior of log_odds is kept fixed at its full-corpus value. Resamples in which a side has no
    tokens are left out.

    References
    ----------
    Phipson, B., & Smyth, G. K. (2010). Permutation p-values should never be zero. *Statistical
    Applications in Genetics and Molecular Biology*, 9(1).
    Lijffijt, J., Nevalainen, T., Säily, T., Papapetrou, P., Puolamäki, K., & Mannila, H. (2016).
    Significance testing of word frequencies in corpora. *Digital Scholarship in the
    Humanities*, 31(2), 374-397.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["regime forces", "the regime", "rebels advance", "rebels"] * 3,
    ...                    "outlet": ["A", "A", "B", "B"] * 3})
    >>> s = keyness_significance(df, min_count=1, top=1, n_resamples=200)
    >>> s[["outlet", "term"]].values.tolist()
    [['A', 'regime'], ['B', 'rebels']]
    """
    corpus, counts, comparisons, params, alpha = _setup(
        corpus,
        by=by,
        method=method,
        prior=prior,
        alpha0=alpha0,
        min_count=min_count,
        ngram_range=ngram_range,
        stop_words=stop_words,
        token_pattern=token_pattern,
        vs=vs,
    )
    top = check_int("top", top, minimum=1)
    check_choice("test", test, ["permutation", "bootstrap"])
    n_resamples = check_int("n_resamples", n_resamples, minimum=100)
    ci = check_probability("ci", ci)
    wanted: list[str] | None = None
    if terms is not None:
        if isinstance(terms, str):
            raise TypeError(
                f"`terms` must be a collection of terms, e.g. ['regime']. Got the string {terms!r}."
            )
        wanted = [str(t).lower() for t in terms]
        missing = sorted(set(wanted) - set(counts.vocab.tolist()))
        if missing:
            raise ValueError(
                f"`terms` holds terms that are not in the vocabulary: {', '.join(map(repr, missing[:10]))}"
                f"; they occur fewer than min_count={min_count} times or not at all. Remove them or "
                "lower min_count."
            )
    by_cols = _by_columns(by)
    table, sizes = _table(counts, comparisons, method=method, alpha0=alpha, by_cols=by_cols)
    effect = _EFFECT[method]
    term_pos = pd.Index(counts.vocab)
    rng = np.random.default_rng(seed)
    pieces = []
    start = 0
    for (i, j), n_rows in zip(comparisons, sizes):
        block = table.iloc[start : start + n_rows]
        start += n_rows
        if wanted is not None:
            chosen = block[block["term"].isin(wanted)]
        else:
            chosen = block[block["count"] > 0].head(top)
        if chosen.empty:
            continue
        res = _resample_test(
            counts,
            i,
            j,
            term_pos.get_indexer(chosen["term"]),
            chosen[effect].to_numpy(dtype=np.float64),
            method=method,
            effect=effect,
            alpha0=alpha,
            m=n_rows,
            test=test,
            n_resamples=n_resamples,
            ci=ci,
            rng=rng,
        )
        part = chosen.copy()
        part["effect"] = effect
        for name, arr in res.items():
            part[name] = arr
        part["q_doc"] = fdr_bh(part["p_doc"].to_numpy())
        pieces.append(part)
    columns = [*table.columns, "effect", "p_doc", "q_doc"]
    if test == "bootstrap":
        columns += ["boot_low", "boot_high"]
    out = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame(columns=columns)
    params.update(top=top, terms=wanted, test=test, n_resamples=n_resamples, ci=ci, seed=seed)
    return attach(out[columns], function="keyness_significance", params=params, corpus=corpus)


def _resample_test(
    counts: _Counts,
    i: int,
    j: int,
    cols: np.ndarray,
    observed: np.ndarray,
    *,
    method: str,
    effect: str,
    alpha0: float,
    m: int,
    test: str,
    n_resamples: int,
    ci: float,
    rng: np.random.Generator,
) -> dict[str, np.ndarray]:
    mine = np.flatnonzero(counts.codes == i)
    other = np.flatnonzero(counts.codes != i) if j < 0 else np.flatnonzero(counts.codes == j)
    docs = np.concatenate([mine, other])
    Xs = np.asarray(counts.X[docs][:, cols].toarray(), dtype=np.float64)  # articles x tested terms
    tot = counts.doc_totals[docs].astype(np.float64)
    alpha = counts.alpha[cols]
    n_mine, n_all = len(mine), len(docs)
    batch = max(1, 4_000_000 // max(n_all, 1))
    draws = []
    for b0 in range(0, n_resamples, batch):
        b = min(batch, n_resamples - b0)
        if test == "permutation":
            labels = np.zeros((b, n_all))
            labels[:, :n_mine] = 1.0
            labels = rng.permuted(labels, axis=1)
            w_mine, w_other = labels, 1.0 - labels
        else:
            w_mine = np.zeros((b, n_all))
            w_other = np.zeros((b, n_all))
            w_mine[:, :n_mine] = resample_counts(rng, n_mine, b) if n_mine else 0.0
            w_other[:, n_mine:] = resample_counts(rng, n_all - n_mine, b) if n_all > n_mine else 0.0
        st = _statistics(
            method,
            w_mine @ Xs,
            w_other @ Xs,
            (w_mine @ tot)[:, None],
            (w_other @ tot)[:, None],
            alpha,
            alpha0,
            m,
        )
        draws.append(st[effect])
    E = np.concatenate(draws, axis=0)
    valid = ~np.isnan(E)
    R = valid.sum(axis=0)
    with np.errstate(invalid="ignore"):
        if test == "permutation":
            hits = (np.abs(E) >= np.abs(observed) * (1 - 1e-12)) & valid
            p = (1.0 + hits.sum(axis=0)) / (1.0 + R)
        else:
            below = ((E <= 0) & valid).sum(axis=0)
            above = ((E >= 0) & valid).sum(axis=0)
            k = np.where(observed > 0, below, np.where(observed < 0, above, R))
            p = np.minimum(1.0, 2.0 * (1.0 + k) / (1.0 + R))
    p = np.where(np.isnan(observed) | (R == 0), np.nan, p)
    out = {"p_doc": p}
    if test == "bootstrap":
        a = (1.0 - ci) / 2.0
        lo = np.full(len(cols), np.nan)
        hi = np.full(len(cols), np.nan)
        ok = R > 0
        if ok.any():
            q = np.nanpercentile(E[:, ok], [100 * a, 100 * (1 - a)], axis=0)
            lo[ok], hi[ok] = q[0], q[1]
        out["boot_low"], out["boot_high"] = lo, hi
    return out
