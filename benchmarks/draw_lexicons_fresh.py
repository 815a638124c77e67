"""Draw the fresh held-out samples for bench_lexicons.py.

    cd /work/wt-lexprec2 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py
    cd /work/wt-lexprec3 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --third
    cd /work/wt-lexprec4 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --fourth
    cd /work/wt-lexprec5 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --fifth
    cd /work/wt-lexprec5 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --sixth

Second pass: seed 2026, files lexicons_{cues,speakers}_fresh.csv. Third pass (``--third``): seed
31337, files lexicons_{cues,speakers}_fresh3.csv, from documents in none of the earlier samples.
Fourth pass (``--fourth``, precision-first rules of lexprec4): seed 4242, files
lexicons_{cues,speakers}_fresh4.csv, from documents in none of the three earlier samples. Fifth
pass (``--fifth``, lexprec5 rules: categories only for verbs of saying): seed 5151, files
lexicons_{cues,speakers}_fresh5.csv, from documents in none of the four earlier samples. Sixth
(``--sixth``, lexprec5 second step after the seed-5151 errors): seed 6161, files
lexicons_{cues,speakers}_fresh6.csv, from documents in none of the five earlier samples.

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


def _sample(df: pd.DataFrame, by: str, seed: int, all_if_fewer: bool) -> pd.DataFrame:
    """N rows per label; with ``all_if_fewer`` (fifth pass) all rows of a label that has fewer."""
    if not all_if_fewer:
        return df.groupby(by).sample(n=N, random_state=seed)
    parts = [g.sample(n=min(N, len(g)), random_state=seed) for _, g in df.groupby(by)]
    return pd.concat(parts)


def main() -> None:
    third = "--third" in sys.argv
    sixth = "--sixth" in sys.argv
    fifth = "--fifth" in sys.argv or sixth
    fourth = "--fourth" in sys.argv or fifth
    seed, suffix = (31337, "_fresh3") if third else (SEED, "_fresh")
    if fourth:
        seed, suffix = 4242, "_fresh4"
    if fifth:
        seed, suffix = 5151, "_fresh5"
    if sixth:
        seed, suffix = 6161, "_fresh6"
    q = quotes()
    ann = HERE / "annotations"
    used = set()
    earlier = ["lexicons_cues.csv", "lexicons_speakers.csv"]
    if third or fourth:
        earlier += ["lexicons_cues_fresh.csv", "lexicons_speakers_fresh.csv"]
    if fourth:
        earlier += ["lexicons_cues_fresh3.csv", "lexicons_speakers_fresh3.csv"]
    if fifth:
        earlier += ["lexicons_cues_fresh4.csv", "lexicons_speakers_fresh4.csv"]
    if sixth:
        earlier += ["lexicons_cues_fresh5.csv", "lexicons_speakers_fresh5.csv"]
    for name in earlier:
        used |= set(pd.read_csv(ann / name, comment="#")["doc_id"])
    q = q[~q["doc_id"].isin(used)]
    cues = q.dropna(subset=["cue_start"]).drop_duplicates(["src", "doc_id", "cue_start"])
    cues = cues[cues["cue_lemma"] != "according to"]
    c = _sample(cues, "cue_stance", seed, fifth).sort_values(["cue_stance", "doc_id"])
    c = c[["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]].astype(
        {"cue_start": int, "cue_end": int}
    )
    spk = q[(q["speaker_category"] != "unknown") & q["speaker_start"].notna()]
    spk = spk.drop_duplicates(["src", "doc_id", "speaker_start"])
    s = _sample(spk, "speaker_category", seed, fifth).sort_values(["speaker_category", "doc_id"])
    s = s[["src", "doc_id", "speaker_start", "speaker_end", "speaker_category"]].astype(
        {"speaker_start": int, "speaker_end": int}
    )
    for df, name in ((c, f"lexicons_cues{suffix}.csv"), (s, f"lexicons_speakers{suffix}.csv")):
        df.assign(correct="", note="").to_csv(ann / name, index=False)
        print(f"wrote {len(df)} rows to {name}")


if __name__ == "__main__":
    main()
