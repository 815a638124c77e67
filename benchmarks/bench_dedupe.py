"""Speed of Corpus.dedupe on all AllSides articles (media split train + valid, ~29k).

Also times the alternative the issue names, MinHash signatures (128 permutations, numpy),
over the same shingle sets, and checks how many pairs MinHash/LSH with the usual banding would
miss, to justify the choice of the exact prefix-filtered join.

    python benchmarks/bench_dedupe.py [--minhash]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data")) / "allsides"

import framing as fr  # noqa: E402
from framing._dedupe import _candidate_pairs, _jaccard, shingle_matrix  # noqa: E402


def load() -> fr.Corpus:
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True)
    return fr.Corpus.from_dataframe(df, text="text", outlet="source", date="date", title="title", doc_id="ID")


def minhash_seconds(texts: list[str], n_perm: int = 128) -> float:
    x = shingle_matrix(texts)
    rng = np.random.default_rng(0)
    a = rng.integers(1, 2**61 - 1, n_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**61 - 1, n_perm, dtype=np.uint64)
    cols = x.indices.astype(np.uint64)
    t0 = time.perf_counter()
    sig = np.empty((x.shape[0], n_perm), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for p in range(n_perm):
            h = cols * a[p] + b[p]
            # per-row minimum over each document's shingles
            sig[:, p] = np.minimum.reduceat(h, x.indptr[:-1]) if len(h) else 0
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minhash", action="store_true", help="also time MinHash signatures")
    ap.add_argument("--threshold", type=float, default=0.8)
    args = ap.parse_args()

    t0 = time.perf_counter()
    corpus = load()
    t_load = time.perf_counter() - t0
    texts = corpus.docs["text"].tolist()
    n_words = sum(len(t.split()) for t in texts)
    print(f"articles: {len(corpus)}, words: {n_words:,}, load: {t_load:.1f} s")

    from sklearn.feature_extraction.text import CountVectorizer

    t0 = time.perf_counter()
    CountVectorizer(token_pattern=r"\w+", binary=True).fit_transform(texts)
    t_ref = time.perf_counter() - t0
    print(f"reference: CountVectorizer(binary, unigrams) over the same texts: {t_ref:.1f} s")

    t0 = time.perf_counter()
    x = shingle_matrix(texts)
    t_sh = time.perf_counter() - t0
    t0 = time.perf_counter()
    i, j = _candidate_pairs(x, args.threshold)
    t_cand = time.perf_counter() - t0
    t0 = time.perf_counter()
    sim = _jaccard(x, i, j)
    t_ver = time.perf_counter() - t0
    print(
        f"shingles: {x.nnz:,} ({x.shape[1]:,} distinct); shingling {t_sh:.1f} s, "
        f"prefix-filter candidates {len(i):,} in {t_cand:.1f} s, exact Jaccard {t_ver:.2f} s, "
        f"pairs >= {args.threshold}: {int((sim >= args.threshold).sum()):,}"
    )

    for keep in ("all", "first"):
        t0 = time.perf_counter()
        out = corpus.dedupe(args.threshold, keep=keep)
        dt = time.perf_counter() - t0
        rep = out.report["dedupe"]
        print(
            f"corpus.dedupe({args.threshold}, keep={keep!r}): {dt:.1f} s; copies: {len(rep):,}; "
            f"articles kept: {len(out):,}; cross-outlet copies: "
            f"{int((rep.outlet != rep.duplicate_outlet).sum()):,}; ratio to the reference: "
            f"{dt / t_ref:.2f}"
        )

    if args.minhash:
        t = minhash_seconds(texts)
        print(f"MinHash signatures alone (128 permutations, numpy, shingling excluded): {t:.1f} s")


if __name__ == "__main__":
    main()
