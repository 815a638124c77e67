"""Draw the fresh held-out samples for bench_lexicons.py.

    cd /work/wt-lexprec2 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py
    cd /work/wt-lexprec3 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --third
    cd /work/wt-lexprec4 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --fourth
    cd /work/wt-lexprec5 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --fifth
    cd /work/wt-lexprec5 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --sixth
    cd /work/wt-lexprec6 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --seventh
    cd /work/wt-lexprec7 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --eighth
    cd /work/wt-lexprec8 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --ninth
    cd /work/wt-lexprec8 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --tenth
    cd /work/wt-lexprec9 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --eleventh
    cd /work/wt-lexprec10 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --twelfth
    cd /work/wt-lexprec11 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --thirteenth
    cd /work/wt-lexprec12 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --fourteenth
    cd /work/wt-lexprec13 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --fifteenth
    cd /work/wt-lexprec14 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --sixteenth
    cd /work/wt-lexprec16 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --eighteenth
    cd /work/wt-lexprec19 && PYTHONPATH=. /work/venv/bin/python benchmarks/draw_lexicons_fresh.py --nineteenth

Second pass: seed 2026, files lexicons_{cues,speakers}_fresh.csv. Third pass (``--third``): seed
31337, files lexicons_{cues,speakers}_fresh3.csv, from documents in none of the earlier samples.
Fourth pass (``--fourth``, precision-first rules of lexprec4): seed 4242, files
lexicons_{cues,speakers}_fresh4.csv, from documents in none of the three earlier samples. Fifth
pass (``--fifth``, lexprec5 rules: categories only for verbs of saying): seed 5151, files
lexicons_{cues,speakers}_fresh5.csv, from documents in none of the four earlier samples. Sixth
(``--sixth``, lexprec5 second step after the seed-5151 errors): seed 6161, files
lexicons_{cues,speakers}_fresh6.csv, from documents in none of the five earlier samples. Seventh
(``--seventh``, lexprec6 rules): seed 7171, files lexicons_{cues,speakers}_fresh7.csv, from
documents in none of the six earlier samples; a label with fewer than 20 rows left in the Syria
and BASIL pool is topped up from the other AllSides train and valid articles (column ``pool``:
``syria`` or ``wide``; the wide rows keep ``src=allsides``). Eighth (``--eighth``, lexprec7 rules):
seed 8181, files lexicons_{cues,speakers}_fresh8.csv, from the BASIL articles only (src=basil), from
documents in none of the seven earlier samples; 20 per label or all a label has there. With
``--eighth-wide`` (after the BASIL rows are judged), the speaker labels BASIL lacks are topped up
from 8,000 random AllSides articles that do not mention Syria and are in no earlier sample (file
lexicons_speakers_fresh8_wide.csv, pool=wide). Ninth (``--ninth``, lexprec8 rules): seed 9191, files
lexicons_{cues,speakers}_fresh9.csv, from 8,000 random AllSides media_train + media_valid articles
(with or without "Syria") in no earlier sample of any lexicons_* file; 20 per label (src=allsides).
Tenth (``--tenth``, the lexprec8 second step): the same with seed 10101, files
lexicons_{cues,speakers}_fresh10.csv, from articles in none of the earlier samples (the ninth
included). Eleventh (``--eleventh``, the lexprec9 rules): the same with seed 11111, files
lexicons_{cues,speakers}_fresh11.csv, from articles in none of the earlier samples (the tenth
included). Twelfth (``--twelfth``, the lexprec10 rules): the same with seed 12121, files
lexicons_{cues,speakers}_fresh12.csv, from articles in none of the earlier samples (the eleventh
included). Thirteenth (``--thirteenth``, the lexprec11 rules): the same with seed 13131, files
lexicons_{cues,speakers}_fresh13.csv, from articles in none of the earlier samples (the twelfth
included). Fourteenth (``--fourteenth``, the lexprec12 rules): the same with seed 14141, files
lexicons_{cues,speakers}_fresh14.csv, from articles in none of the earlier samples (the thirteenth
included). Fifteenth (``--fifteenth``, the lexprec13 allowlist): the same with seed 15151, files
lexicons_{cues,speakers}_fresh15.csv, from articles in none of the earlier samples (the fourteenth
included). Sixteenth (``--sixteenth``, the fourteenth pass' ``precision="high"``): the same with seed
16161, files lexicons_{cues,speakers}_fresh16.csv, from the output of ``precision="high"`` on articles
in none of the earlier samples (the fifteenth included), cue lemmas "according to" and ":" no longer
left out; and, because every earlier draw left out "according to" (an explicit filter) and drew the
colon cue once in 1,500 cue rows, a gap stratum from ``precision="standard"`` on the same articles:
20 "according to" and 20 colon cues (lexicons_cues_fresh16_gap.csv), the default mode's neutral
stance of those cues, never measured before. Seventeenth (``--seventeenth``, the fifteenth pass'
recalibrated ``precision="high"``): seed 17171, files lexicons_{cues,speakers}_fresh17.csv, from the
output of ``precision="high"`` on 8,000 articles in none of the earlier samples (the sixteenth and its
gap stratum included); armed_group, if under 20 rows, topped up from the remaining AllSides train+valid
articles in no sample (``pool=wide``; every row of the narrow pool has ``pool=narrow``). Eighteenth
(``--eighteenth``, the sixteenth pass' ``precision="balanced"``): seed 18181, files
lexicons_{cues,speakers}_fresh18.csv, from the output of ``precision="balanced"`` on 8,000 articles in none
of the earlier samples, 20 rows per label or all there are. Nineteenth (``--nineteenth``, the default
after the eighteenth pass' rules): seed 19191, files lexicons_{cues,speakers}_fresh19.csv, the same draw
from the output of the default ``precision="standard"`` on 8,000 articles in none of the earlier samples.

20 attributions per cue_stance and 20 per speaker_category (unknown left out) from the current
fr.extract_quotes on the same texts as bench_lexicons.py, from documents in no earlier
lexicons_* sample. Writes benchmarks/annotations/lexicons_{cues,speakers}_fresh.csv with an
empty `correct` column, to be judged by hand before scoring. Ids and offsets only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_lexicons import DATA, quotes, quotes_wide  # noqa: E402

SEED = 2026
N = 20


def _sample(df: pd.DataFrame, by: str, seed: int, all_if_fewer: bool) -> pd.DataFrame:
    """N rows per label; with ``all_if_fewer`` (fifth pass) all rows of a label that has fewer."""
    if not all_if_fewer:
        return df.groupby(by).sample(n=N, random_state=seed)
    parts = [g.sample(n=min(N, len(g)), random_state=seed) for _, g in df.groupby(by)]
    return pd.concat(parts)


def _topped_up(narrow: pd.DataFrame, wide: pd.DataFrame, by: str, seed: int) -> pd.DataFrame:
    """N rows per label from ``narrow``; a label with fewer gets all of them plus the rest from ``wide``."""
    parts = []
    for label in sorted(set(narrow[by]) | set(wide[by])):
        g = narrow[narrow[by] == label]
        g = g.sample(n=min(N, len(g)), random_state=seed)
        if len(g) < N:
            w = wide[wide[by] == label]
            g = pd.concat([g, w.sample(n=min(N - len(g), len(w)), random_state=seed)])
        parts.append(g)
    return pd.concat(parts)


def _seventh(q: pd.DataFrame, wide: pd.DataFrame, used: set, seed: int, ann: Path) -> None:
    wide = wide[~wide["doc_id"].isin(used) & ~wide["doc_id"].isin(set(q["doc_id"]))].assign(pool="wide")
    cue_cols = ["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance", "pool"]
    spk_cols = ["src", "doc_id", "speaker_start", "speaker_end", "speaker_category", "pool"]

    def cues_of(df: pd.DataFrame) -> pd.DataFrame:
        df = df.dropna(subset=["cue_start"]).drop_duplicates(["src", "doc_id", "cue_start"])
        return df[(df["cue_lemma"] != "according to") & df["cue_stance"].notna()]

    def speakers_of(df: pd.DataFrame) -> pd.DataFrame:
        df = df[(df["speaker_category"] != "unknown") & df["speaker_start"].notna()]
        return df.drop_duplicates(["src", "doc_id", "speaker_start"])

    c = _topped_up(cues_of(q), cues_of(wide), "cue_stance", seed).sort_values(["cue_stance", "doc_id"])
    s = _topped_up(speakers_of(q), speakers_of(wide), "speaker_category", seed)
    s = s.sort_values(["speaker_category", "doc_id"])
    c = c[cue_cols].astype({"cue_start": int, "cue_end": int})
    s = s[spk_cols].astype({"speaker_start": int, "speaker_end": int})
    for df, name in ((c, "lexicons_cues_fresh7.csv"), (s, "lexicons_speakers_fresh7.csv")):
        df.assign(correct="", note="").to_csv(ann / name, index=False)
        by = "cue_stance" if "cues" in name else "speaker_category"
        print(f"wrote {len(df)} rows to {name}:", df.groupby([by, "pool"]).size().to_dict())


def _write_sample(q: pd.DataFrame, seed: int, ann: Path, suffix: str, all_cues: bool = False) -> None:
    """From the attributions ``q``: 20 rows per cue stance and per speaker category (or all there
    are), written unjudged to lexicons_cues{suffix}.csv and lexicons_speakers{suffix}.csv. Before the
    sixteenth sample (``all_cues``) "according to" was left out."""
    cues = q.dropna(subset=["cue_start"]).drop_duplicates(["src", "doc_id", "cue_start"])
    cues = cues[
        ((cues["cue_lemma"] != "according to") | all_cues)
        & cues["cue_stance"].notna()
        & (cues["cue_stance"] != "")
    ]
    spk = q[(q["speaker_category"] != "unknown") & q["speaker_start"].notna()]
    spk = spk.drop_duplicates(["src", "doc_id", "speaker_start"])
    print(
        "available:",
        cues.groupby("cue_stance").size().to_dict(),
        spk.groupby("speaker_category").size().to_dict(),
    )
    c = _sample(cues, "cue_stance", seed, True).sort_values(["cue_stance", "doc_id", "cue_start"])
    s = _sample(spk, "speaker_category", seed, True).sort_values(
        ["speaker_category", "doc_id", "speaker_start"]
    )
    c = c[["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]].astype(
        {"cue_start": int, "cue_end": int}
    )
    s = s[["src", "doc_id", "speaker_start", "speaker_end", "speaker_category"]].astype(
        {"speaker_start": int, "speaker_end": int}
    )
    for df, name in ((c, f"lexicons_cues{suffix}.csv"), (s, f"lexicons_speakers{suffix}.csv")):
        df.assign(correct="", note="").to_csv(ann / name, index=False)
        by = "cue_stance" if "cues" in name else "speaker_category"
        print(f"wrote {len(df)} rows to {name}:", df.groupby(by).size().to_dict())


def _eighth(used: set, seed: int, ann: Path) -> None:
    """20 rows per label (or all there are) from the BASIL articles in no earlier sample."""
    from bench_agency import load_basil

    import framing as fr

    q = pd.DataFrame(fr.extract_quotes(load_basil(), progress=False)).assign(src="basil")
    q = q[~q["doc_id"].isin(used)]
    print(
        f"BASIL attributions in documents of no earlier sample: {len(q)} in {q['doc_id'].nunique()} documents"
    )
    _write_sample(q, seed, ann, "_fresh8")


def _eighth_wide(used: set, seed: int, ann: Path, n_docs: int = 8000) -> None:
    """Top up the eighth sample's speaker labels that BASIL lacks (fewer than 20 rows) from a random
    ``n_docs`` of the AllSides train and valid articles that do not mention Syria and are in no
    earlier sample (file lexicons_speakers_fresh8_wide.csv, pool=wide)."""
    basil = pd.read_csv(ann / "lexicons_speakers_fresh8.csv", comment="#")
    have = basil.groupby("speaker_category").size().to_dict()
    used = used | set(basil["doc_id"])
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True)
    df = df[~df["text"].str.contains("Syria") & ~df["ID"].isin(used)]
    df = df.sample(n=min(n_docs, len(df)), random_state=seed)
    q = quotes_wide(set(df["ID"]))
    spk = q[(q["speaker_category"] != "unknown") & q["speaker_start"].notna()]
    spk = spk.drop_duplicates(["src", "doc_id", "speaker_start"])
    print("available:", spk.groupby("speaker_category").size().to_dict())
    out = []
    for label, g in spk.groupby("speaker_category"):
        k = N - have.get(label, 0)
        if k > 0:
            out.append(g.sample(n=min(k, len(g)), random_state=seed))
    s = pd.concat(out).sort_values(["speaker_category", "doc_id", "speaker_start"]).assign(pool="wide")
    s = s[["src", "doc_id", "speaker_start", "speaker_end", "speaker_category", "pool"]].astype(
        {"speaker_start": int, "speaker_end": int}
    )
    s.assign(correct="", note="").to_csv(ann / "lexicons_speakers_fresh8_wide.csv", index=False)
    print(
        f"wrote {len(s)} rows to lexicons_speakers_fresh8_wide.csv:",
        s.groupby("speaker_category").size().to_dict(),
    )


def _unused_pool(used: set, seed: int, n_docs: int) -> tuple[pd.DataFrame, pd.DataFrame, Any]:
    """(AllSides train+valid articles in no earlier sample, ``n_docs`` of them drawn with ``seed``,
    the draw as a Corpus)."""
    import framing as fr

    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    df = pd.concat(parts, ignore_index=True).drop_duplicates("ID")
    rest = df[~df["ID"].isin(used)]
    print(f"AllSides train+valid articles: {len(df)}; in no earlier sample: {len(rest)}")
    pool = rest.sample(n=min(n_docs, len(rest)), random_state=seed)
    return rest, pool, fr.Corpus.from_dataframe(pool, text="text", outlet="source", doc_id="ID")


def _ninth(used: set, seed: int, ann: Path, n_docs: int = 8000, suffix: str = "_fresh9") -> None:
    """20 rows per cue stance and per speaker category from ``n_docs`` random AllSides train and
    valid articles (any topic) in no earlier sample of any lexicons_* annotation file."""
    import framing as fr

    _, _, corpus = _unused_pool(used, seed, n_docs)
    q = pd.DataFrame(fr.extract_quotes(corpus, progress=False)).assign(src="allsides")
    print(f"attributions: {len(q)} in {len(corpus)} articles")
    _write_sample(q, seed, ann, suffix)


def _sixteenth(used: set, ann: Path, seed: int = 16161, n_docs: int = 8000) -> None:
    """The fourteenth pass' held-out sample: ``precision="high"`` rows as in :func:`_ninth`, plus the
    gap stratum of "according to" and colon cues from ``precision="standard"`` on the same articles."""
    import framing as fr

    _, _, corpus = _unused_pool(used, seed, n_docs)
    high = pd.DataFrame(fr.extract_quotes(corpus, precision="high", progress=False)).assign(src="allsides")
    print(f"attributions: {len(high)} in {len(corpus)} articles")
    _write_sample(high, seed, ann, "_fresh16", all_cues=True)
    std = pd.DataFrame(fr.extract_quotes(corpus, progress=False)).assign(src="allsides")
    cues = std.dropna(subset=["cue_start"]).drop_duplicates(["src", "doc_id", "cue_start"])
    cues = cues[cues["cue_lemma"].isin(["according to", ":"]) & cues["cue_stance"].notna()]
    print("gap stratum available:", cues.groupby(["cue_lemma", "cue_stance"]).size().to_dict())
    per = std.dropna(subset=["cue_start"]).groupby("cue_lemma").size()
    print(
        f"cues: {int(per.sum())}; according to: {int(per.get('according to', 0))}; colon: {int(per.get(':', 0))}"
    )
    g = _sample(cues, "cue_lemma", seed, True).sort_values(["cue_lemma", "doc_id", "cue_start"])
    g = g[["src", "doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]].astype(
        {"cue_start": int, "cue_end": int}
    )
    g.assign(correct="", note="").to_csv(ann / "lexicons_cues_fresh16_gap.csv", index=False)
    print("wrote", len(g), "rows to lexicons_cues_fresh16_gap.csv:", g.groupby("cue_lemma").size().to_dict())


def _seventeenth(used: set, ann: Path, seed: int = 17171, n_docs: int = 8000) -> None:
    """The fifteenth pass' held-out sample: ``precision="high"`` rows as in :func:`_sixteenth` (no gap
    stratum); armed_group topped up from the rest of the unused articles if it has under 20 rows."""
    import framing as fr

    rest, pool, corpus = _unused_pool(used, seed, n_docs)
    high = pd.DataFrame(fr.extract_quotes(corpus, precision="high", progress=False)).assign(src="allsides")
    print(f"attributions: {len(high)} in {len(corpus)} articles")
    _write_sample(high, seed, ann, "_fresh17", all_cues=True)
    path = ann / "lexicons_speakers_fresh17.csv"
    s = pd.read_csv(path).assign(pool="narrow")
    have = int((s["speaker_category"] == "armed_group").sum())
    if have < N:
        wide = rest[~rest["ID"].isin(set(pool["ID"]))]
        corpus = fr.Corpus.from_dataframe(wide, text="text", outlet="source", doc_id="ID")
        q = pd.DataFrame(fr.extract_quotes(corpus, precision="high", progress=False))
        q = q[(q["speaker_category"] == "armed_group") & q["speaker_start"].notna()]
        q = q.drop_duplicates(["doc_id", "speaker_start"]).assign(src="allsides", pool="wide")
        print(
            f"armed_group in 'high': {have} in the 8,000 articles; {len(q)} in the {len(wide)} other unused articles"
        )
        q = q.sample(n=min(N - have, len(q)), random_state=seed)
        q = q[["src", "doc_id", "speaker_start", "speaker_end", "speaker_category", "pool"]].astype(
            {"speaker_start": int, "speaker_end": int}
        )
        s = pd.concat([s, q.assign(correct="", note="")], ignore_index=True)
        s = s.sort_values(["speaker_category", "pool", "doc_id", "speaker_start"])
    s = s[["src", "doc_id", "speaker_start", "speaker_end", "speaker_category", "pool", "correct", "note"]]
    s.to_csv(path, index=False)
    print("speaker rows:", s.groupby(["speaker_category", "pool"]).size().to_dict())


def _eighteenth(
    used: set,
    ann: Path,
    seed: int = 18181,
    n_docs: int = 8000,
    precision: str = "balanced",
    suffix: str = "_fresh18",
) -> None:
    """The sixteenth pass' held-out sample: ``precision="balanced"`` rows, 20 per label or all there
    are, "according to" and the colon cue included, from 8,000 articles in no earlier sample. The
    nineteenth sample is the same draw from the default (``precision="standard"``) with seed 19191."""
    import framing as fr

    _, _, corpus = _unused_pool(used, seed, n_docs)
    q = pd.DataFrame(fr.extract_quotes(corpus, precision=precision, progress=False)).assign(src="allsides")
    print(f"attributions: {len(q)} in {len(corpus)} articles")
    _write_sample(q, seed, ann, suffix, all_cues=True)


#: The draws made like the ninth: flag -> (seed, file suffix).
_NINTH_LIKE = {
    "--fifteenth": (15151, "_fresh15"),
    "--fourteenth": (14141, "_fresh14"),
    "--thirteenth": (13131, "_fresh13"),
    "--twelfth": (12121, "_fresh12"),
    "--eleventh": (11111, "_fresh11"),
    "--tenth": (10101, "_fresh10"),
    "--ninth": (9191, "_fresh9"),
}


def _used_ids(ann: Path) -> set:
    """The doc ids of every lexicons_* annotation file (no later sample may reuse them)."""
    used: set = set()
    for path in sorted(ann.glob("lexicons_*.csv")):
        used |= set(pd.read_csv(path, comment="#")["doc_id"])
    return used


def main() -> None:
    ann = HERE / "annotations"
    if "--nineteenth" in sys.argv:
        _eighteenth(_used_ids(ann), ann, seed=19191, precision="standard", suffix="_fresh19")
        return
    if "--eighteenth" in sys.argv:
        _eighteenth(_used_ids(ann), ann)
        return
    if "--seventeenth" in sys.argv:
        _seventeenth(_used_ids(ann), ann)
        return
    if "--sixteenth" in sys.argv:
        _sixteenth(_used_ids(ann), ann)
        return
    flag = next((f for f in _NINTH_LIKE if f in sys.argv), None)
    if flag is not None:
        seed, suffix = _NINTH_LIKE[flag]
        _ninth(_used_ids(ann), seed, ann, suffix=suffix)
        return
    eighth = "--eighth" in sys.argv or "--eighth-wide" in sys.argv
    third = "--third" in sys.argv
    seventh = "--seventh" in sys.argv or eighth
    sixth = "--sixth" in sys.argv or seventh
    fifth = "--fifth" in sys.argv or sixth
    fourth = "--fourth" in sys.argv or fifth
    seed, suffix = (31337, "_fresh3") if third else (SEED, "_fresh")
    if fourth:
        seed, suffix = 4242, "_fresh4"
    if fifth:
        seed, suffix = 5151, "_fresh5"
    if sixth:
        seed, suffix = 6161, "_fresh6"
    if seventh:
        seed, suffix = 7171, "_fresh7"
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
    if seventh:
        earlier += ["lexicons_cues_fresh6.csv", "lexicons_speakers_fresh6.csv"]
    if eighth:
        earlier += ["lexicons_cues_fresh7.csv", "lexicons_speakers_fresh7.csv"]
    for name in earlier:
        used |= set(pd.read_csv(ann / name, comment="#")["doc_id"])
    if "--eighth-wide" in sys.argv:
        _eighth_wide(used, 8181, ann)
        return
    if eighth:
        _eighth(used, 8181, ann)
        return
    q = quotes().assign(pool="syria")
    q = q[~q["doc_id"].isin(used)]
    if seventh:
        _seventh(q, quotes_wide(), used, seed, ann)
        return
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
