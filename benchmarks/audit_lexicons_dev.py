"""Audit the judged rows of every development sample of the lexicon benchmark against a rule change.

    cd /work/wt-lexprec12 && PYTHONPATH=. /work/venv/bin/python benchmarks/audit_lexicons_dev.py --save before.parquet
    ... change the rules ...
    cd /work/wt-lexprec12 && PYTHONPATH=. /work/venv/bin/python benchmarks/audit_lexicons_dev.py --before before.parquet

Re-runs fr.extract_quotes on the documents of every benchmarks/annotations/lexicons_*.csv file (all
samples up to seed 13131, all development data since the twelfth pass; the held-out file of the
pass, ``--exclude SUFFIX``, is left out) and, for each judged row, says whether it is still produced
with the same stance or category. With ``--before`` it prints, per label, the judged rows that a rule
change removed: correct rows lost and wrong rows removed (``--labels`` limits the labels; ``--show``
prints the removed rows' ids and offsets). Ids, offsets and labels only; the texts are re-read from
../shared/data.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_agency import load_basil  # noqa: E402
from bench_lexicons import DATA  # noqa: E402

import framing as fr  # noqa: E402

CUE_KEY = ["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]
SPEAKER_KEY = ["src", "doc_id", "speaker_start", "speaker_end", "speaker_category"]


def _arg(name: str, default: str | None = None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def judged(exclude: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All judged cue rows and speaker rows, with the file's suffix in column ``sample``."""
    cues, speakers = [], []
    for path in sorted((HERE / "annotations").glob("lexicons_*.csv")):
        suffix = path.stem.split("_", 2)[2] if path.stem.count("_") >= 2 else ""
        if exclude and suffix == exclude:
            continue
        ann = pd.read_csv(path, comment="#").assign(sample=suffix or "seed7")
        ann = ann[ann["correct"].isin([0, 1])]
        (cues if path.stem.startswith("lexicons_cues") else speakers).append(ann)
    return pd.concat(cues, ignore_index=True), pd.concat(speakers, ignore_index=True)


def extract(ids: set) -> pd.DataFrame:
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True).drop_duplicates("ID")
    df = df[df["ID"].isin(ids)]
    corpus = fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")
    q1 = pd.DataFrame(fr.extract_quotes(corpus, progress=False)).assign(src="allsides")
    basil = load_basil()
    q2 = pd.DataFrame(fr.extract_quotes(basil, progress=False)).assign(src="basil")
    q2 = q2[q2["doc_id"].isin(ids)]
    return pd.concat([q1, q2], ignore_index=True)


def produced(ann: pd.DataFrame, q: pd.DataFrame, key: list[str]) -> pd.Series:
    now = q[key].dropna(subset=[key[2]]).drop_duplicates().assign(_p=True)
    m = ann[key].merge(now, on=key, how="left")
    return m["_p"].notna().set_axis(ann.index)


def main() -> None:
    exclude = _arg("--exclude", "fresh16")
    cues, speakers = judged(exclude)
    q = extract(set(cues["doc_id"]) | set(speakers["doc_id"]))
    for col in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        q[col] = q[col].astype("Int64")
    cues["now"] = produced(cues, q, CUE_KEY)
    speakers["now"] = produced(speakers, q, SPEAKER_KEY)
    if _arg("--save"):
        pd.concat([cues.assign(kind="cue"), speakers.assign(kind="speaker")]).to_parquet(_arg("--save"))
    labels = (_arg("--labels") or "").split(",") if _arg("--labels") else None
    before_path = _arg("--before")
    before = pd.read_parquet(before_path) if before_path else None
    for kind, ann, by in (("cue", cues, "cue_stance"), ("speaker", speakers, "speaker_category")):
        if before is not None:
            b = before[before["kind"] == kind]
            ann = ann.merge(
                b[["sample", *(CUE_KEY if kind == "cue" else SPEAKER_KEY), "now"]].rename(
                    columns={"now": "was"}
                ),
                on=["sample", *(CUE_KEY if kind == "cue" else SPEAKER_KEY)],
                how="left",
            )
        else:
            ann = ann.assign(was=ann["now"])
        rows = []
        for label, g in ann.groupby(by):
            if labels and label not in labels:
                continue
            was, now = g[g["was"]], g[g["now"]]
            lost = g[g["was"] & ~g["now"]]
            rows.append(
                {
                    by: label,
                    "n_before": len(was),
                    "prec_before": was["correct"].mean(),
                    "n_after": len(now),
                    "prec_after": now["correct"].mean(),
                    "right_lost": int((lost["correct"] == 1).sum()),
                    "wrong_removed": int((lost["correct"] == 0).sum()),
                    "gained": int((~g["was"] & g["now"]).sum()),
                }
            )
            if "--show" in sys.argv and len(lost):
                key = CUE_KEY if kind == "cue" else SPEAKER_KEY
                print(lost[["sample", *key[1:], "correct"]].to_string(index=False))
        tab = pd.DataFrame(rows)
        print(f"\n{kind}s (judged rows of the development samples):")
        print(tab.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        was, now = ann[ann["was"]], ann[ann["now"]]
        print(
            f"all {kind} labels: {was['correct'].mean():.3f} ({len(was)}) -> {now['correct'].mean():.3f} "
            f"({len(now)}); errors {int((was['correct'] == 0).sum())} -> {int((now['correct'] == 0).sum())}"
        )


if __name__ == "__main__":
    main()
