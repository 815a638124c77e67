"""Draw the third fresh naming sample (syria 1.3.0): 130 uniform matches, seed 2026, from the
contested actors' label mentions in AllSides Syria articles in none of the earlier samples.

    cd /work/wt-naming3 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_naming_fresh3.py

Prints each drawn match with its context for the annotator (to the terminal only: the text is
never stored in the project; the annotation file keeps doc ids, offsets and judgements).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import framing as fr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_naming import ANNOTATIONS, FRESH, FRESH2, allsides

ACTORS = ["armed_opposition", "syrian_government", "islamic_state", "kurdish_forces"]


def draw(n: int = 130, seed: int = 2026) -> tuple[pd.DataFrame, fr.Corpus, int]:
    df = allsides()
    seen: set[str] = set()
    for path in (ANNOTATIONS, FRESH, FRESH2):
        seen |= set(pd.read_csv(path, comment="#")["doc_id"])
    syria = df[df["text"].str.contains("Syria") & ~df["ID"].isin(seen)]
    corpus = fr.Corpus.from_dataframe(syria, text="text", outlet="source", doc_id="ID")
    spans = fr.find_labels(corpus)
    pool = spans[spans["actor"].isin(ACTORS)]
    print(f"{len(corpus)} articles, {len(pool)} contested-actor mentions", file=sys.stderr)
    return pool.sample(n, random_state=seed).sort_values(["doc_id", "start"]), corpus, len(pool)


if __name__ == "__main__":
    sample, corpus, _ = draw()
    texts = corpus.docs.set_index("doc_id")["text"]
    for i, r in enumerate(sample.itertuples()):
        t = texts[r.doc_id]
        ctx = t[max(0, r.start - 260) : r.start] + "[[" + t[r.start : r.end] + "]]" + t[r.end : r.end + 160]
        print(i, r.doc_id, r.start, r.end, r.actor, r.label, r.in_quote, "||", ctx.replace("\n", " / "))
