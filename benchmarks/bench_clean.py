"""What Corpus.clean removes from the AllSides articles (media split train + valid).

Prints the time, the number of removals per kind, and the most frequent removed lines per
kind (printed for inspection only; nothing of the data is stored in the project).

    python benchmarks/bench_clean.py [--top 15]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data")) / "allsides"

import framing as fr  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True)
    corpus = fr.Corpus.from_dataframe(df, outlet="source", doc_id="ID")
    t0 = time.perf_counter()
    out = corpus.clean()
    dt = time.perf_counter() - t0
    rep = out.report["clean"]
    chars_before = corpus.docs.text.str.len().sum()
    chars_after = out.docs.text.str.len().sum()
    print(f"articles: {len(corpus):,} -> {len(out):,}; clean(): {dt:.1f} s")
    print(f"characters removed: {chars_before - chars_after:,} of {chars_before:,}")
    print(rep.groupby("kind").agg(rows=("removed", "size"), removals=("n_docs", "sum")).to_string())
    for kind in ("boilerplate", "dateline", "byline"):
        top = rep[rep.kind == kind].sort_values("n_docs", ascending=False).head(args.top)
        print(f"\n-- top {kind} --")
        for r in top.itertuples():
            print(f"{r.n_docs:6d}  {r.outlet[:22]:22s}  {r.removed[:90]}")


if __name__ == "__main__":
    main()
