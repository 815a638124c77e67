"""Recall of precision="standard", "balanced" and "high": labels per 1,000 attributions on the AllSides Syria articles.

    cd /work/wt-lexprec16 && PYTHONPATH=. nice -n 10 /work/venv/bin/python benchmarks/recall_precision_modes.py

Runs fr.extract_quotes in the three modes on the AllSides media_train + media_valid articles whose text mentions
"Syria" (duplicates of ID dropped), checks that only speaker_category and cue_stance differ, and prints per
1,000 attributions the speakers of each category and the cues of each stance, the cue lemmas that lose their
stance most often, and per outlet (20 largest) the share of attributions with a category in each mode and the
share of the standard categories each gated mode keeps.
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
    modes = {
        "standard": std,
        "balanced": fr.extract_quotes(corpus, precision="balanced", progress=False),
        "high": fr.extract_quotes(corpus, precision="high", progress=False),
    }
    same = [c for c in std.columns if c not in ("speaker_category", "cue_stance")]
    for name in ("balanced", "high"):
        pd.testing.assert_frame_equal(std[same], modes[name][same])
    n = len(std)
    print(
        f"{len(corpus)} articles, {n} attributions (identical rows, spans, speakers and cues in the three modes)"
    )
    for col in ("speaker_category", "cue_stance"):
        t = pd.DataFrame({k: v[col].fillna("(none)").value_counts() for k, v in modes.items()})
        t = t.fillna(0).astype(int)
        for k in modes:
            t[f"{k}_per_1000"] = (1000 * t[k] / n).round(1)
        print(t.to_string())
    cat = {k: int((v["speaker_category"] != "unknown").sum()) for k, v in modes.items()}
    st = {k: int(v["cue_stance"].notna().sum()) for k, v in modes.items()}
    for k in ("balanced", "high"):
        print(
            f"{k}: categorised speakers {cat['standard']} -> {cat[k]} ({cat[k] / cat['standard']:.1%} kept; "
            f"without a category {1 - cat['standard'] / n:.1%} -> {1 - cat[k] / n:.1%}); cues with a stance "
            f"{st['standard']} -> {st[k]} ({st[k] / st['standard']:.1%} kept) of {std['cue_start'].notna().sum()} cues"
        )
        lost = (
            std[std["cue_stance"].notna() & modes[k]["cue_stance"].isna()]["cue_lemma"].value_counts().head(8)
        )
        print(
            f"  lemmas losing the stance in {k}, per 1,000 attributions:",
            (1000 * lost / n).round(1).to_dict(),
        )
    top = std["outlet"].value_counts().head(20).index
    per = pd.DataFrame(
        {
            "attributions": std.groupby("outlet").size(),
            **{
                k: v.assign(k=v["speaker_category"] != "unknown").groupby("outlet")["k"].mean()
                for k, v in modes.items()
            },
        }
    ).loc[top]
    for k in ("balanced", "high"):
        per[f"{k}_kept"] = per[k] / per["standard"]
    print("share of attributions with a category, 20 largest outlets:")
    print(per.round(3).to_string())
    for k in ("balanced", "high"):
        print(
            f"{k}: kept share across these outlets: min {per[f'{k}_kept'].min():.2f}, max {per[f'{k}_kept'].max():.2f}"
        )


if __name__ == "__main__":
    main()
