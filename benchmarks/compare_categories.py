"""How many attributions move to `unknown` (speaker_category) and lose their cue stance, before vs after.

    PYTHONPATH=. python benchmarks/compare_categories.py BEFORE.parquet AFTER.parquet

Both files are snapshots of fr.extract_quotes on the texts of bench_lexicons.py (columns src,
doc_id, speaker_start, speaker_end, speaker_category, cue_start, cue_end, cue_lemma, cue_stance),
written by ``bench_lexicons.py --snapshot FILE``. Only the AllSides Syria articles (src=allsides)
are compared; attributions are matched on doc_id and speaker offsets.
"""

from __future__ import annotations

import sys

import pandas as pd


def main() -> None:
    before, after = (pd.read_parquet(p) for p in sys.argv[1:3])
    before, after = before[before["src"] == "allsides"], after[after["src"] == "allsides"]
    print(f"attributions: before {len(before)}, after {len(after)}")
    for name, df in (("before", before), ("after", after)):
        cats = df["speaker_category"].value_counts()
        print(f"{name}: unknown {cats.get('unknown', 0)} ({cats.get('unknown', 0) / len(df):.1%})")
    key = ["doc_id", "speaker_start", "speaker_end"]
    b = before.dropna(subset=["speaker_start"]).drop_duplicates(key)
    a = after.dropna(subset=["speaker_start"]).drop_duplicates(key)
    m = b.merge(a, on=key, how="inner", suffixes=("_before", "_after"))
    print(f"speakers in both runs: {len(m)}")
    rows = []
    for cat, g in m.groupby("speaker_category_before"):
        rows.append(
            {
                "category_before": cat,
                "n_before": len(g),
                "to_unknown": int((g["speaker_category_after"] == "unknown").sum()),
                "to_other": int(
                    ((g["speaker_category_after"] != "unknown") & (g["speaker_category_after"] != cat)).sum()
                ),
                "n_after": int((m["speaker_category_after"] == cat).sum()),
            }
        )
    t = pd.DataFrame(rows)
    t["share_to_unknown"] = (t["to_unknown"] / t["n_before"]).round(3)
    print(t.to_string(index=False))
    known = m[m["speaker_category_before"] != "unknown"]
    moved = (known["speaker_category_after"] == "unknown").sum()
    print(
        f"overall: {moved} of {len(known)} categorised speakers moved to unknown ({moved / len(known):.1%})"
    )
    ck = ["doc_id", "cue_start", "cue_end"]
    cb = before.dropna(subset=["cue_start"]).drop_duplicates(ck)
    ca = after.dropna(subset=["cue_start"]).drop_duplicates(ck)
    cm = cb.merge(ca, on=ck, how="left", suffixes=("_before", "_after"), indicator=True)
    gone = (cm["_merge"] == "left_only").sum()
    lost = ((cm["_merge"] == "both") & cm["cue_stance_before"].notna() & cm["cue_stance_after"].isna()).sum()
    print(
        f"cues: {len(cb)} before; {gone} no longer cues (rejected by a sense check); {lost} kept without a stance"
    )
    print(
        cm.loc[(cm["_merge"] == "both") & cm["cue_stance_after"].isna(), "cue_stance_before"]
        .value_counts()
        .to_string()
    )


if __name__ == "__main__":
    main()
