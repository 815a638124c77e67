"""Speed of fr.extract_quotes on PolNeAR or AllSides articles, one core.

Prints articles per second for the extractor and, as a reference measured in the same run,
for scikit-learn's CountVectorizer over the same texts (so the number can be compared across
machines as a ratio). Times are the best of ``--repeat`` runs; ``--cpu`` measures process CPU
time instead of wall time, which is steadier on a machine shared with other jobs. With
``--allsides`` the texts are the first N AllSides media_train articles and ``fr.annotate``
(labels, quotes, hedges, agency on one shared analysis per document) is timed too.

Usage::

    python benchmarks/bench_quotes.py [--n 600] [--repeat 3]
    python benchmarks/bench_quotes.py --allsides --n 1000 --cpu
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from score_polnear import DATA, load_polnear  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402

import framing as fr  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--allsides", action="store_true", help="AllSides media_train articles, and fr.annotate")
    ap.add_argument("--cpu", action="store_true", help="process CPU time instead of wall time")
    args = ap.parse_args()
    global _clock
    _clock = time.process_time if args.cpu else time.perf_counter
    if args.allsides:
        rows = []
        with gzip.open(DATA / "allsides" / "media_train.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                rows.append({"text": d["text"], "outlet": d["source"]})
                if len(rows) >= args.n:
                    break
        corpus = fr.Corpus.from_dataframe(pd.DataFrame(rows))
    else:
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
    print(
        f"{n} {'AllSides' if args.allsides else 'PolNeAR train'} articles, mean {mean_chars:.0f} characters"
    )
    print(f"extract_quotes: {n / best:.0f} articles/s ({best:.2f} s)")
    print(f"CountVectorizer reference: {n / ref:.0f} articles/s; ratio {best / ref:.1f}x its time")
    if args.allsides:
        fr.annotate(corpus.docs.head(5), progress=False)
        both = min(_timed(lambda: fr.annotate(corpus, progress=False)) for _ in range(args.repeat))
        print(
            f"fr.annotate (labels, quotes, hedges, agency): {n / both:.0f} articles/s; ratio {both / ref:.1f}x"
        )


_clock = time.perf_counter


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = _clock()
    fn()
    return _clock() - t0


if __name__ == "__main__":
    main()
