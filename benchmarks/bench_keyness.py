"""Speed and memory of fr.keyness on AllSides (media split, train part), against CountVectorizer.

Run from the repository root:  python benchmarks/bench_keyness.py [--n-docs N] [--repeat R]

Prints, for the same texts in the same run: the time of one scikit-learn CountVectorizer
fit_transform (default settings, the reference), the time of fr.keyness (log_odds, vs="rest",
by outlet) and their ratio; then the same with 400 synthetic outlets (each article re-assigned to
one of 400 groups at random) with its output size and the growth of the process's peak resident
memory during the call (measured first, before the timing runs raise the peak).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

import framing as fr

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))


def load(n_docs: int | None) -> fr.Corpus:
    rows = []
    with gzip.open(DATA / "allsides" / "media_train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append({"doc_id": rec["ID"], "text": rec["text"], "outlet": rec["source"]})
            if n_docs and len(rows) >= n_docs:
                break
    return fr.Corpus.from_dataframe(pd.DataFrame(rows))


KNOWN = {
    "democrat": ["middle", "class", "women", "medicare"],
    "republican": ["freedom", "business", "government", "unemployment"],
}


def conventions() -> None:
    """Rank of the known partisan words in each party's list (2012 convention speeches)."""
    speeches = pd.read_csv(DATA / "conventions2012" / "speeches.csv")
    corpus = fr.Corpus.from_dataframe(speeches.assign(outlet=speeches["party"]))
    for method in ("log_odds", "g2", "chi2", "lrc", "log_ratio"):
        k = fr.keyness(corpus, method=method)
        ranks = []
        for party, words in KNOWN.items():
            terms = k[k.outlet == party].term.tolist()
            ranks += [f"{w} {terms.index(w) + 1}" for w in words]
        print(f"conventions2012 {method}: rank (1 = most typical of the party) " + ", ".join(ranks))


def rss_gib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak since the last reset) of this process, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 2**20
    return float("nan")


def reset_peak() -> None:
    """Reset VmHWM so that it measures the peak of the next step only (Linux)."""
    Path("/proc/self/clear_refs").write_text("5")


def interleaved(fns, repeat: int) -> list[float]:
    """Best time of each function over ``repeat`` rounds, run alternately so that the load of a
    shared machine weighs on all of them alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t = time.perf_counter()
            fn()
            times[k].append(time.perf_counter() - t)
    return [min(ts) for ts in times]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-docs", type=int, default=None, help="first N articles (default: all)")
    ap.add_argument("--repeat", type=int, default=5, help="best of R alternating runs (default: 5)")
    args = ap.parse_args()
    conventions()
    corpus = load(args.n_docs)
    texts = corpus.docs["text"]
    n_tokens = sum(len(t.split()) for t in texts)
    print(
        f"AllSides media_train: {len(corpus)} articles, {corpus.docs.outlet.nunique()} outlets, ~{n_tokens:,} words"
    )

    rng = np.random.default_rng(0)
    docs = corpus.docs.assign(outlet=[f"outlet{g:03d}" for g in rng.integers(0, 400, len(corpus))])
    big = fr.Corpus(docs)
    before = rss_gib("VmRSS")
    reset_peak()
    t = time.perf_counter()
    res = fr.keyness(big)
    t_big = time.perf_counter() - t
    n_rows = len(res)
    peak = rss_gib("VmHWM")
    size = res.memory_usage(deep=True).sum() / 2**30
    del res, big, docs

    t_cv, t_k = interleaved(
        [lambda: CountVectorizer().fit_transform(texts), lambda: fr.keyness(corpus)], args.repeat
    )
    print(f"CountVectorizer().fit_transform: {t_cv:.2f} s")
    print(f"fr.keyness(corpus) [log_odds, vs='rest', {corpus.docs.outlet.nunique()} outlets]: {t_k:.2f} s")
    print(f"ratio keyness / CountVectorizer: {t_k / t_cv:.2f}")
    print(
        f"400 synthetic outlets: {t_big:.2f} s, {n_rows:,} rows, result {size:.2f} GiB, peak resident "
        f"memory {before:.2f} GiB before the call, peak {peak:.2f} GiB during it (+{peak - before:.2f} GiB)"
    )


if __name__ == "__main__":
    main()
