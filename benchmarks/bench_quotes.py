"""Speed of fr.extract_quotes on PolNeAR articles, one core.

Prints articles per second for the extractor and, as a reference measured in the same run,
for scikit-learn's CountVectorizer over the same texts (so the number can be compared across
machines as a ratio).

Usage::

    python benchmarks/bench_quotes.py [--n 600] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from score_polnear import load_polnear  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402

import framing as fr  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = load_polnear("train", args.n)
    corpus = fr.Corpus.from_dataframe(
        pd.DataFrame({"text": [d["text"] for d in docs], "outlet": [d["publisher"] for d in docs]})
    )
    texts = corpus.docs["text"].tolist()
    mean_chars = sum(map(len, texts)) / len(texts)
    fr.extract_quotes(corpus.docs.head(5), progress=False)  # load and compile the lexicons once
    best = min(_timed(lambda: fr.extract_quotes(corpus, progress=False)) for _ in range(args.repeat))
    ref = min(_timed(lambda: CountVectorizer().fit_transform(texts)) for _ in range(args.repeat))
    n = len(texts)
    print(f"{n} PolNeAR train articles, mean {mean_chars:.0f} characters")
    print(f"extract_quotes: {n / best:.0f} articles/s ({best:.2f} s)")
    print(f"CountVectorizer reference: {n / ref:.0f} articles/s; ratio {best / ref:.1f}x its time")


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
