"""Draw the second fresh naming sample (syria 1.2.0): 100 uniform matches, seed 2025, from the
contested actors' label mentions in AllSides Syria articles not in either earlier sample.

    cd /work/wt-naming2 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_naming_fresh2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import framing as fr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_naming import ANNOTATIONS, FRESH, allsides

ACTORS = ["armed_opposition", "syrian_government", "islamic_state", "kurdish_forces"]


def draw(n: int = 100, seed: int = 2025) -> tuple[pd.DataFrame, fr.Corpus]:
    df = allsides()
    seen = set(pd.read_csv(ANNOTATIONS, comment="#")["doc_id"]) | set(
        pd.read_csv(FRESH, comment="#")["doc_id"]
    )
    syria = df[df["text"].str.contains("Syria") & ~df["ID"].isin(seen)]
    corpus = fr.Corpus.from_dataframe(syria, text="text", outlet="source", doc_id="ID")
    spans = fr.find_labels(corpus)
    pool = spans[spans["actor"].isin(ACTORS)]
    print(f"{len(corpus)} articles, {len(pool)} contested-actor mentions", file=sys.stderr)
    return pool.sample(n, random_state=seed).sort_values(["doc_id", "start"]), corpus


if __name__ == "__main__":
    sample, corpus = draw()
    texts = corpus.docs.set_index("doc_id")["text"]
    for i, r in enumerate(sample.itertuples()):
        t = texts[r.doc_id]
        ctx = t[max(0, r.start - 220) : r.start] + "[[" + t[r.start : r.end] + "]]" + t[r.end : r.end + 120]
        print(i, r.doc_id, r.start, r.end, r.actor, r.label, r.in_quote, "||", ctx.replace("\n", " / "))
