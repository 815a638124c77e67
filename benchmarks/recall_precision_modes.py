"""Recall of precision="standard" and precision="high": labels per 1,000 attributions on the AllSides Syria articles.

    cd /work/wt-lexprec14 && PYTHONPATH=. nice -n 10 /work/venv/bin/python benchmarks/recall_precision_modes.py

Runs fr.extract_quotes in both modes on the AllSides media_train + media_valid articles whose text mentions
"Syria" (duplicates of ID dropped), checks that only speaker_category and cue_stance differ, and prints per
1,000 attributions the speakers of each category and the cues of each stance, the cue lemmas that lose their
stance most often, and per outlet (20 largest) the share of attributions with a category in each mode.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_lexicons import DATA  # noqa: E402

import framing as fr  # noqa: E402


def main() -> None:
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True).drop_duplicates("ID")
    df = df[df["text"].str.contains("Syria", na=False)]
    corpus = fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")
    std = fr.extract_quotes(corpus, progress=False)
    high = fr.extract_quotes(corpus, precision="high", progress=False)
    same = [c for c in std.columns if c not in ("speaker_category", "cue_stance")]
    pd.testing.assert_frame_equal(std[same], high[same])
    n = len(std)
    print(
        f"{len(corpus)} articles, {n} attributions (identical rows, spans, speakers and cues in both modes)"
    )
    for col in ("speaker_category", "cue_stance"):
        a = std[col].fillna("(none)").value_counts()
        b = high[col].fillna("(none)").value_counts()
        t = pd.DataFrame({"standard": a, "high": b}).fillna(0).astype(int)
        t["standard_per_1000"] = (1000 * t["standard"] / n).round(1)
        t["high_per_1000"] = (1000 * t["high"] / n).round(1)
        print(t.to_string())
    cat_std = (std["speaker_category"] != "unknown").sum()
    cat_high = (high["speaker_category"] != "unknown").sum()
    print(
        f"categorised speakers: {cat_std} -> {cat_high}; without a category {1 - cat_std / n:.1%} -> {1 - cat_high / n:.1%}"
    )
    st_std, st_high = std["cue_stance"].notna().sum(), high["cue_stance"].notna().sum()
    print(f"cues with a stance: {st_std} -> {st_high} of {std['cue_start'].notna().sum()} cues")
    lost = std[std["cue_stance"].notna() & high["cue_stance"].isna()]["cue_lemma"].value_counts().head(8)
    print("lemmas losing the stance, per 1,000 attributions:", (1000 * lost / n).round(1).to_dict())
    top = std["outlet"].value_counts().head(20).index
    per = pd.DataFrame(
        {
            "attributions": std.groupby("outlet").size(),
            "standard": std.assign(k=std["speaker_category"] != "unknown").groupby("outlet")["k"].mean(),
            "high": high.assign(k=high["speaker_category"] != "unknown").groupby("outlet")["k"].mean(),
        }
    ).loc[top]
    per["kept"] = per["high"] / per["standard"]
    print("share of attributions with a category, 20 largest outlets:")
    print(per.round(3).to_string())
    print(f"kept share across these outlets: min {per['kept'].min():.2f}, max {per['kept'].max():.2f}")


if __name__ == "__main__":
    main()
