"""Draw the fresh held-out samples for bench_lexicons.py (seed 2026).

    cd /work/wt-lexprec2 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py

20 attributions per cue_stance and 20 per speaker_category (unknown left out) from the current
fr.extract_quotes on the same texts as bench_lexicons.py, from documents in no earlier
lexicons_* sample. Writes benchmarks/annotations/lexicons_{cues,speakers}_fresh.csv with an
empty `correct` column, to be judged by hand before scoring. Ids and offsets only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_lexicons import quotes  # noqa: E402

SEED = 2026
N = 20


def main() -> None:
    q = quotes()
    ann = HERE / "annotations"
    used = set()
    for name in ("lexicons_cues.csv", "lexicons_speakers.csv"):
        used |= set(pd.read_csv(ann / name, comment="#")["doc_id"])
    q = q[~q["doc_id"].isin(used)]
    cues = q.dropna(subset=["cue_start"]).drop_duplicates(["src", "doc_id", "cue_start"])
    cues = cues[cues["cue_lemma"] != "according to"]
    c = cues.groupby("cue_stance").sample(n=N, random_state=SEED).sort_values(["cue_stance", "doc_id"])
    c = c[["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]].astype(
        {"cue_start": int, "cue_end": int}
    )
    spk = q[(q["speaker_category"] != "unknown") & q["speaker_start"].notna()]
    spk = spk.drop_duplicates(["src", "doc_id", "speaker_start"])
    s = (
        spk.groupby("speaker_category")
        .sample(n=N, random_state=SEED)
        .sort_values(["speaker_category", "doc_id"])
    )
    s = s[["src", "doc_id", "speaker_start", "speaker_end", "speaker_category"]].astype(
        {"speaker_start": int, "speaker_end": int}
    )
    for df, name in ((c, "lexicons_cues_fresh.csv"), (s, "lexicons_speakers_fresh.csv")):
        df.assign(correct="", note="").to_csv(ann / name, index=False)
        print(f"wrote {len(df)} rows to {name}")


if __name__ == "__main__":
    main()
