"""Precision of the reporting_verbs and speaker_roles lexicons as fr.extract_quotes uses them.

    cd /work/wt-lexprec5 && PYTHONPATH=. /work/venv/bin/python benchmarks/bench_lexicons.py

Re-runs fr.extract_quotes on AllSides articles that mention "Syria" and on BASIL, and scores the
hand-checked samples in benchmarks/annotations/lexicons_cues.csv (is the cue a reporting use with
the stance the lexicon gives?) and lexicons_speakers.csv (is the speaker_category right?). Only
ids, offsets and judgements are stored; the texts are re-read from ../shared/data. A judged row
counts only while extract_quotes still produces it (same offsets and label).

lexicons_*.csv (seed 7) are development data since the 2026-11-25 rules; lexicons_*_fresh.csv
(seed 2026) were held out for those rules and are development data since the lexprec3 rules;
lexicons_*_fresh3.csv (seed 31337, draw_lexicons_fresh.py --third) was the held-out sample of the
lexprec3 rules and is development data since the lexprec4 (precision-first) rules;
lexicons_*_fresh4.csv (seed 4242, --fourth) was the held-out sample of the lexprec4 rules and is
development data since the lexprec5 rules; lexicons_*_fresh5.csv (seed 5151, --fifth) was the
held-out sample of the lexprec5 rules and is development data since their second step;
lexicons_*_fresh6.csv (seed 6161, --sixth) was the held-out sample of that second step and is
development data since the lexprec6 rules; lexicons_*_fresh7.csv (seed 7171, --seventh) was the
held-out sample of the lexprec6 rules (its ``pool=wide`` rows come from AllSides articles that do
not mention Syria; they are re-extracted here) and is development data since the lexprec7 rules;
lexicons_*_fresh8.csv (seed 8181, --eighth, BASIL only) and lexicons_speakers_fresh8_wide.csv
(--eighth-wide, the labels BASIL lacks, from AllSides articles without "Syria") are the held-out
samples of the lexprec7 rules and are development data since the lexprec8 rules;
lexicons_*_fresh9.csv (seed 9191, --ninth, 8,000 random AllSides train+valid articles of no
earlier sample, any topic) are the held-out samples of the lexprec8 rules, judged before
scoring; they are re-extracted here, and development data since the lexprec8 second step;
lexicons_*_fresh10.csv (seed 10101, --tenth, drawn the same way from articles in none of the
earlier samples) were the held-out samples of that second step and are development data since the
lexprec9 rules (ninth pass); lexicons_*_fresh11.csv (seed 11111, --eleventh, drawn the same way)
were the held-out samples of the ninth pass and are development data since the lexprec10 rules (tenth
pass); lexicons_*_fresh12.csv (seed 12121, --twelfth, drawn the same way) were the held-out samples of
the tenth pass and lexicons_*_fresh13.csv (seed 13131, --thirteenth) those of the eleventh; both are
development data since the lexprec12 rules (twelfth pass), whose held-out samples are
lexicons_*_fresh14.csv (seed 14141, --fourteenth), development data since the lexprec13 allowlist
(thirteenth pass), whose held-out samples are lexicons_*_fresh15.csv (seed 15151, --fifteenth), development
data since the fourteenth pass, whose held-out samples (``precision="high"``, scored with ``--high``) are
lexicons_*_fresh16.csv (seed 16161, --sixteenth), with lexicons_cues_fresh16_gap.csv ("according to" and
colon cues of ``precision="standard"``, scored without ``--high``). ``--snapshot FILE`` also writes the
attributions for compare_categories.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd

import framing as fr  # run from the repository root (or with the package installed)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_agency import load_basil  # noqa: E402  (the BASIL reader of the agency benchmark)

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", HERE.parent.parent / "shared" / "data")) / "allsides"
# --high scores the output of precision="high" (the fourteenth pass' opt-in allowlist); default "standard"
PRECISION = "high" if "--high" in sys.argv else "standard"


def quotes() -> pd.DataFrame:
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True)
    syria = df[df["text"].str.contains("Syria")]
    allsides = fr.Corpus.from_dataframe(syria, text="text", outlet="source", doc_id="ID")
    q1 = fr.extract_quotes(allsides, precision=PRECISION).assign(src="allsides")
    q2 = fr.extract_quotes(load_basil(), precision=PRECISION).assign(src="basil")
    print(f"attributions: {len(q1)} in {len(allsides)} AllSides Syria articles, {len(q2)} in BASIL")
    return pd.concat([pd.DataFrame(q1), pd.DataFrame(q2)], ignore_index=True)


def quotes_wide(ids: set | None = None) -> pd.DataFrame:
    """fr.extract_quotes on the AllSides train and valid articles that do not mention "Syria" (all
    of them, or those in ``ids``): the pool that tops up the seventh sample (src=allsides)."""
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True)
    df = df[~df["text"].str.contains("Syria")]
    if ids is not None:
        df = df[df["ID"].isin(ids)]
    if df.empty:
        return pd.DataFrame()
    corpus = fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")
    q = fr.extract_quotes(corpus, precision=PRECISION, progress=False).assign(src="allsides")
    print(f"attributions: {len(q)} in {len(corpus)} other AllSides articles")
    return pd.DataFrame(q)


def score(ann: pd.DataFrame, q: pd.DataFrame, key: list[str], by: str, title: str) -> None:
    now = q[key].drop_duplicates().assign(produced=True)
    merged = ann.merge(now, on=key, how="left")
    kept = merged[merged["produced"].notna()]
    print(f"\n{title}: {len(ann)} judged, {len(kept)} still produced; precision {kept['correct'].mean():.3f}")
    per = kept.groupby(by)["correct"].agg(precision="mean", n="size").reset_index()
    print(per.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    print("errors by kind:")
    print(kept.loc[kept["correct"] == 0, "note"].value_counts().to_string())


def main() -> None:
    q = quotes()
    if "--snapshot" in sys.argv:  # for compare_categories.py
        cols = ["src", "doc_id", "speaker_start", "speaker_end", "speaker_category"]
        cols += ["cue_start", "cue_end", "cue_lemma", "cue_stance"]
        q[cols].to_parquet(sys.argv[sys.argv.index("--snapshot") + 1])
    wide_ids: set = set()
    for path in [
        *(HERE / "annotations").glob("lexicons_*_fresh7.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh8_wide.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh9.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh10.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh11.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh12.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh13.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh14.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh15.csv"),
        *(HERE / "annotations").glob("lexicons_*_fresh16*.csv"),
    ]:
        ann = pd.read_csv(path, comment="#")
        default = (
            "wide"
            if any(
                f in path.name
                for f in (
                    "fresh9",
                    "fresh10",
                    "fresh11",
                    "fresh12",
                    "fresh13",
                    "fresh14",
                    "fresh15",
                    "fresh16",
                )
            )
            else "syria"
        )  # the ninth sample: any AllSides article
        wide_ids |= set(ann.loc[ann.get("pool", pd.Series(default, index=ann.index)) == "wide", "doc_id"])
    if (
        wide_ids
    ):  # the seventh, eighth and ninth samples' rows from outside the Syria pool: re-run on those articles
        q = pd.concat([q, quotes_wide(wide_ids)], ignore_index=True)  # Syria articles are in q already
    print(q.groupby("cue_stance").size().to_string())
    print(q.groupby("speaker_category").size().to_string())
    for suffix, label in (
        ("", "dev, seed 7"),
        ("_fresh", "dev since lexprec3, seed 2026"),
        ("_fresh3", "dev since lexprec4, seed 31337"),
        ("_fresh4", "dev since lexprec5, seed 4242"),
        ("_fresh5", "dev since lexprec5 step 2, seed 5151"),
        ("_fresh6", "dev since lexprec6, seed 6161"),
        ("_fresh7", "dev since lexprec7, seed 7171"),
        ("_fresh8", "dev since lexprec8 (held out for lexprec7), seed 8181, BASIL"),
        ("_fresh8_wide", "dev since lexprec8 (held out for lexprec7), seed 8181, wide top-up"),
        ("_fresh9", "dev since lexprec8 step 2 (held out for lexprec8), seed 9191"),
        ("_fresh10", "dev since lexprec9 (held out for lexprec8 step 2), seed 10101"),
        ("_fresh11", "dev since lexprec10 (held out for lexprec9), seed 11111"),
        ("_fresh12", "dev since lexprec11 (held out for lexprec10), seed 12121"),
        ("_fresh13", "dev since lexprec12 (held out for lexprec11), seed 13131"),
        ("_fresh14", "dev since lexprec13 (held out for lexprec12), seed 14141"),
        ("_fresh15", "dev since lexprec14 (held out for lexprec13's allowlist), seed 15151"),
        ("_fresh16", "held out for precision='high' (lexprec14), seed 16161, AllSides train+valid"),
    ):
        if not (HERE / "annotations" / f"lexicons_speakers{suffix}.csv").exists():
            continue
        if (HERE / "annotations" / f"lexicons_cues{suffix}.csv").exists():
            cues = pd.read_csv(HERE / "annotations" / f"lexicons_cues{suffix}.csv", comment="#")
            score(
                cues,
                q,
                ["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"],
                "cue_stance",
                f"reporting_verbs ({label})",
            )
        spk = pd.read_csv(HERE / "annotations" / f"lexicons_speakers{suffix}.csv", comment="#")
        score(
            spk,
            q,
            ["src", "doc_id", "speaker_start", "speaker_end", "speaker_category"],
            "speaker_category",
            f"speaker_roles ({label})",
        )
    gap = HERE / "annotations" / "lexicons_cues_fresh16_gap.csv"
    if gap.exists() and PRECISION == "standard":  # "according to" and colon cues, precision="standard"
        score(
            pd.read_csv(gap, comment="#"),
            q,
            ["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"],
            "cue_lemma",
            "reporting_verbs, according to and colon (gap stratum, held out, seed 16161, precision='standard')",
        )


if __name__ == "__main__":
    main()
