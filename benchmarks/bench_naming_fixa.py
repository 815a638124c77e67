"""Naming fix (branch fixa): "terrorists" of PKK/YPG, definite antecedents, "terror group".

    cd /work/wt-fixa && PYTHONPATH=. nice -n 10 /work/venv/bin/python benchmarks/bench_naming_fixa.py

Prints, for the current tree: the label mentions on the 2,102 AllSides articles that contain
"Syria" (train + valid, deduplicated by ID) with the "terrorists" label per actor; the Anatolia
Evening Post's "terrorists" per actor on the bundled aleppo-2024 corpus; and how the hand-judged
changes of the fix (benchmarks/annotations/naming_fixa_changes.csv: every mention added or removed
by the fix against main, doc ids and offsets only, judged right or wrong) are reproduced.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pandas as pd

import framing as fr

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data")) / "allsides"
CHANGES = Path(__file__).resolve().parent / "annotations" / "naming_fixa_changes.csv"


def allsides_syria() -> fr.Corpus:
    rows = []
    for name in ("media_train.jsonl.gz", "media_valid.jsonl.gz"):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh]
    df = pd.DataFrame([r for r in rows if "Syria" in r["text"]]).drop_duplicates("ID")
    return fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")


def main() -> None:
    c = allsides_syria()
    spans = fr.find_labels(c)
    terr = spans[spans["label"] == "terrorists"]
    print(f"AllSides Syria articles: {len(c.docs)}; label mentions: {len(spans)}")
    print("terrorists label per actor:", terr.groupby("actor").size().to_dict())
    a = fr.datasets.load("aleppo-2024")
    lab = fr.find_labels(a)
    ana = lab[(lab["outlet"] == "Anatolia Evening Post") & (lab["label"] == "terrorists")]
    print("aleppo-2024, Anatolia Evening Post, terrorists per actor:", ana.groupby("actor").size().to_dict())
    judged = pd.read_csv(CHANGES)
    have = set(zip(spans["doc_id"], spans["start"], spans["end"], spans["actor"]))
    present = [
        (d, s, e, act) in have for d, s, e, act in zip(judged.doc_id, judged.start, judged.end, judged.actor)
    ]
    judged["as_judged"] = [p == (ch == "added") for p, ch in zip(present, judged["change"])]
    right = judged["correct_change"] == "yes"
    print(
        f"judged changes: {len(judged)} ({(judged['change'] == 'added').sum()} added, "
        f"{(judged['change'] == 'removed').sum()} removed); right {right.sum()}, wrong {(~right).sum()}; "
        f"reproduced by this tree: {judged['as_judged'].sum()}"
    )


if __name__ == "__main__":
    main()
