"""Precision of `find_hedges` per family on hand-checked matches from real news text.

The sample (``annotations/hedges_sample.csv``) stores, per match, the source, the document id, the
character offsets, the family and lemma found, and the judgement (1 = a hedge of that family,
0 = not); it stores no third-party text. This script re-reads the texts from ``../shared/data``,
re-runs ``find_hedges`` on the sampled documents and scores the stored judgements of the matches
that are still found.

    python benchmarks/bench_hedges.py            # precision per family from the judgements
    python benchmarks/bench_hedges.py --sample   # draw a fresh sample and print it to judge
                                                 # (contexts go to the terminal only)
    python benchmarks/bench_hedges.py --sample --pool train+valid   # from every AllSides article
    python benchmarks/bench_hedges.py --count --pool train          # scare quotes per 1,000 articles
    python benchmarks/bench_hedges.py --sample --pool fresh --seed 7 --per 60 --families scare_quote
    python benchmarks/bench_hedges.py --count --pool fresh          # per 1,000 documents, PolNeAR check

The ``fresh`` pool (seventh pass) is text never judged for hedges: BASIL (300 articles), PolNeAR
(every compartment, one copy per filename), the Narrative Frames articles and the GVFC headlines.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing as fr  # noqa: E402

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE = ROOT / "benchmarks" / "annotations" / "hedges_sample.csv"
N_ALLSIDES = 3000  # the first articles of the AllSides media-split train part
# The AllSides articles a sample may be drawn from: "first3000" (rounds tuning to held-out 4),
# "train" (all 26,590 media-split train articles) or "train+valid" (also the 2,356 valid ones).
_ID = re.compile(r'\{"ID": "([^"]+)"')
POOLS = {
    "first3000": ("media_train",),
    "train": ("media_train",),
    "train+valid": ("media_train", "media_valid"),
    "fresh": (),
}
# Sources of the fresh pool (document ids carry the prefix, so they never meet AllSides or BABE ids).
FRESH_SOURCES = ("basil", "polnear", "nf", "gvfc")
PER_FAMILY = {"babe": 15, "allsides": 15}


def babe_corpus() -> fr.Corpus:
    b = pd.read_csv(DATA / "babe" / "sentences.csv").reset_index(names="row")
    b["doc_id"] = "babe-" + b["row"].astype(str)
    return fr.Corpus.from_dataframe(b, text="text", outlet="outlet", doc_id="doc_id")


def allsides_corpus(ids: set[str] | None = None, pool: str = "first3000") -> fr.Corpus:
    """AllSides articles of ``pool``; with ``ids``, only those (looked up in every part, so the
    documents of any round are found)."""
    rows = []
    parts = POOLS["train+valid"] if ids is not None else POOLS[pool]
    for part in parts:
        with gzip.open(DATA / "allsides" / f"{part}.jsonl.gz", "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if ids is None and pool == "first3000" and i >= N_ALLSIDES:
                    break
                head = _ID.match(line)
                if ids is not None and head is not None and head.group(1) not in ids:
                    continue  # skip parsing an article that is not wanted
                rec = json.loads(line)
                if ids is None or str(rec["ID"]) in ids:
                    rows.append(rec)
    return fr.Corpus.from_dataframe(pd.DataFrame(rows), text="text", outlet="source", doc_id="ID")


def _frame(rows: list[dict[str, str]]) -> fr.Corpus:
    return fr.Corpus.from_dataframe(pd.DataFrame(rows), text="text", outlet="outlet", doc_id="doc_id")


def polnear_records() -> list[dict]:
    """PolNeAR documents of every compartment, the first copy of each filename (some documents
    were annotated twice)."""
    seen: set[str] = set()
    out = []
    with gzip.open(DATA / "polnear" / "attributions.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["filename"] in seen:
                continue
            seen.add(rec["filename"])
            out.append(rec)
    return out


def fresh_corpora() -> dict[str, fr.Corpus]:
    """The fresh pool, never judged for hedges: ``basil`` (doc id ``basil:<year>/<file stem>``,
    paragraphs joined by blank lines), ``polnear`` (``polnear:<filename>``), ``nf`` (Narrative
    Frames, ``nf:<ID>``) and ``gvfc`` (headlines, ``gvfc:<0-based row>``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_agency import load_basil

    out = {"basil": load_basil()}
    out["polnear"] = _frame(
        [
            {"doc_id": f"polnear:{r['filename']}", "text": r["text"], "outlet": r["publisher"]}
            for r in polnear_records()
        ]
    )
    nf = pd.read_csv(DATA / "narrative_frames" / "articles.tsv", sep="\t")
    out["nf"] = _frame(
        [{"doc_id": f"nf:{i}", "text": t, "outlet": o} for i, t, o in zip(nf["ID"], nf["text"], nf["source"])]
    )
    gv = pd.read_csv(DATA / "gvfc" / "headlines.csv")
    out["gvfc"] = _frame(
        [{"doc_id": f"gvfc:{i}", "text": t, "outlet": "gvfc"} for i, t in enumerate(gv["news_title"])]
    )
    return out


def corpora(
    ids_by_source: dict[str, set[str]] | None = None, pool: str = "first3000"
) -> dict[str, fr.Corpus]:
    """The corpora of a pool by source; with ``ids_by_source``, only those documents (of any
    source, fresh ones included)."""
    if pool == "fresh" and ids_by_source is None:
        return fresh_corpora()
    if ids_by_source is None:
        return {"babe": babe_corpus(), "allsides": allsides_corpus(None, pool)}
    out: dict[str, fr.Corpus] = {}
    if "babe" in ids_by_source:
        out["babe"] = babe_corpus()
    if "allsides" in ids_by_source:
        out["allsides"] = allsides_corpus(ids_by_source["allsides"], pool)
    if set(ids_by_source) & set(FRESH_SOURCES):
        fresh = fresh_corpora()
        out.update({src: fresh[src] for src in FRESH_SOURCES if src in ids_by_source})
    for src in out:
        if src != "allsides":
            keep = ids_by_source[src]
            out[src] = out[src][out[src].docs["doc_id"].astype(str).isin(keep).to_numpy()]
    return out


def draw_sample(
    seed: int = 0,
    per: int | None = None,
    exclude: pd.DataFrame | None = None,
    new_docs: bool = False,
    families: list[str] | None = None,
    pool: str = "first3000",
    texts: dict[str, dict[str, str]] | None = None,
    skip_first3000: bool = False,
) -> pd.DataFrame:
    """Up to ``per`` matches per source and family (for the fresh pool: per family over the whole
    pool, default 60), leaving out matches already judged (with ``new_docs``, every document that
    has a judged match; with ``skip_first3000``, the first 3,000 AllSides train articles, whose
    matches were read while rules were written). ``texts``, when given, receives the documents'
    texts by source and id (for printing contexts)."""
    parts = []
    found = []
    for source, corpus in corpora(pool=pool).items():
        if skip_first3000 and source == "allsides":
            first = set(allsides_corpus(pool="first3000").docs["doc_id"].astype(str))
            corpus = corpus[~corpus.docs["doc_id"].astype(str).isin(first).to_numpy()]
        if texts is not None:
            texts[source] = dict(zip(corpus.docs["doc_id"].astype(str), corpus.docs["text"]))
        h = fr.find_hedges(corpus).assign(source=source)
        h["doc_id"] = h["doc_id"].astype(str)
        if exclude is not None:
            seen = set(zip(exclude["source"], exclude["doc_id"].astype(str), exclude["start"]))
            h = h[[k not in seen for k in zip(h["source"], h["doc_id"], h["start"])]]
            if new_docs:
                h = h[~h["doc_id"].isin(set(exclude["doc_id"].astype(str)))]
        if pool == "fresh":
            found.append(h)
            continue
        for fam in families or fr.hedges.FAMILIES:
            sub = h[h["family"] == fam]
            parts.append(sub.sample(min(len(sub), per or PER_FAMILY[source]), random_state=seed))
    if pool == "fresh":
        # The fresh pool is one pool: up to ``per`` matches per family over all its sources.
        h = pd.concat(found, ignore_index=True)
        for fam in families or fr.hedges.FAMILIES:
            sub = h[h["family"] == fam]
            parts.append(sub.sample(min(len(sub), per or 60), random_state=seed))
    s = pd.concat(parts, ignore_index=True)
    return s[["source", "doc_id", "start", "end", "family", "lemma"]]


def score(sample: pd.DataFrame) -> pd.DataFrame:
    """Precision per family over the stored judgements whose match is still found."""
    ids = {src: set(g["doc_id"].astype(str)) for src, g in sample.groupby("source")}
    found = []
    for source, corpus in corpora(ids).items():
        found.append(fr.find_hedges(corpus).assign(source=source))
    cur = pd.concat(found, ignore_index=True)
    cur["doc_id"] = cur["doc_id"].astype(str)
    s = sample.assign(doc_id=sample["doc_id"].astype(str))
    m = s.merge(
        cur[["source", "doc_id", "start", "end", "family"]],
        how="left",
        indicator=True,
        on=["source", "doc_id", "start", "end", "family"],
    )
    m["still_found"] = m["_merge"] == "both"
    rows = []
    for fam in [*fr.hedges.FAMILIES, "all"]:
        g = m if fam == "all" else m[m["family"] == fam]
        kept = g[g["still_found"]]
        rows.append(
            {
                "family": fam,
                "judged": len(g),
                "still_found": len(kept),
                "correct": int(kept["label"].sum()),
                "precision": kept["label"].mean() if len(kept) else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def count(pool: str) -> None:
    """Scare quotes the current rules find in the articles of ``pool``; for the fresh pool, per
    source, and the PolNeAR cross-check (how many lie inside an attribution's content span that
    has a source: attributed, so not speakerless)."""
    if pool == "fresh":
        count_fresh()
        return
    corpus = allsides_corpus(pool=pool)
    h = fr.find_hedges(corpus)
    sq = h[h["family"] == "scare_quote"]
    texts = dict(zip(corpus.docs["doc_id"], corpus.docs["text"]))
    so_called = sum(
        texts[d][max(0, st - 12) : st].rstrip().lower().endswith("so-called")
        for d, st in zip(sq["doc_id"], sq["start"])
    )
    after_the = sum(
        texts[d][max(0, st - 5) : st].rstrip().lower().endswith("the")
        for d, st in zip(sq["doc_id"], sq["start"])
    )
    n = len(corpus.docs)
    print(
        f"AllSides pool {pool}: {n} articles, {len(sq)} scare quotes in {sq['doc_id'].nunique()} articles "
        f"({1000 * len(sq) / n:.2f} per 1,000 articles); {so_called} after so-called, "
        f"{after_the} after 'the', {len(sq) - after_the} elsewhere (evaluative modifiers, 1.5.0)"
    )


def polnear_attributed(sq: pd.DataFrame) -> pd.Series:
    """For scare quotes found in PolNeAR documents: does the match lie inside the content span of
    a gold attribution with a source (then somebody is named or referred to as its speaker)?
    PolNeAR offsets index the raw text; the check maps them through ``fr.text.normalize`` only
    when normalising left the text unchanged (otherwise the document is skipped: NaN)."""
    recs = {f"polnear:{r['filename']}": r for r in polnear_records()}
    out = []
    for d, st, en in zip(sq["doc_id"], sq["start"], sq["end"]):
        r = recs[d]
        if fr.text.normalize(r["text"]) != r["text"]:
            out.append(float("nan"))
            continue
        hit = any(
            a.get("source") and any(c["start"] <= st and en <= c["end"] for c in a.get("content", []))
            for a in r["attributions"]
        )
        out.append(float(hit))
    return pd.Series(out, index=sq.index, dtype=float)


def polnear_short_quotes() -> tuple[int, int]:
    """PolNeAR's closed quotations of one to three words (the scare-quote candidates before any
    speaker check), and how many of them lie inside the content span of a gold attribution with a
    source (attributed, so not speakerless). Documents whose text normalising changes are skipped."""
    n = attributed = 0
    for r in polnear_records():
        text = r["text"]
        if fr.text.normalize(text) != text:
            continue
        spans = [
            (c["start"], c["end"]) for a in r["attributions"] if a.get("source") for c in a.get("content", [])
        ]
        for q in fr.text.quotes(text):
            content = text[q.content_start : q.content_end].strip()
            if not q.closed or not 1 <= len(fr.text.words(content)) <= 3:
                continue
            n += 1
            attributed += any(a <= q.start and q.end <= b for a, b in spans)
    return n, attributed


def count_fresh() -> None:
    for src, corpus in fresh_corpora().items():
        h = fr.find_hedges(corpus)
        sq = h[h["family"] == "scare_quote"]
        n = len(corpus.docs)
        line = (
            f"fresh {src}: {n} documents, {len(sq)} scare quotes in {sq['doc_id'].nunique()} documents "
            f"({1000 * len(sq) / n:.2f} per 1,000)"
        )
        if src == "polnear" and len(sq):
            att = polnear_attributed(sq)
            line += (
                f"; PolNeAR check: {int(att.sum())} of {int(att.notna().sum())} inside an attributed "
                f"content span ({int(att.isna().sum())} not checkable)"
            )
        print(line)
    n, att = polnear_short_quotes()
    print(
        f"PolNeAR cross-check: {n} closed quotations of 1-3 words, {att} ({att / max(n, 1):.1%}) inside a gold "
        "attribution's content span with a source"
    )


def speed() -> None:
    """find_hedges over 1,000 AllSides articles vs a CountVectorizer pass over the same texts."""
    import time

    from sklearn.feature_extraction.text import CountVectorizer

    corpus = allsides_corpus()[np.arange(N_ALLSIDES) < 1000]
    texts = corpus.docs["text"].tolist()
    t0 = time.perf_counter()
    fr.find_hedges(corpus)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    CountVectorizer().fit_transform(texts)
    t_ref = time.perf_counter() - t0
    mb = sum(map(len, texts)) / 1e6
    print(
        f"find_hedges on {len(texts)} articles ({mb:.1f} MB): {t_ours:.2f} s; CountVectorizer "
        f"{t_ref:.2f} s; ratio {t_ours / t_ref:.1f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", action="store_true", help="draw a new sample and print contexts to judge")
    ap.add_argument("--speed", action="store_true", help="time find_hedges against CountVectorizer")
    ap.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")
    ap.add_argument("--per", type=int, default=None, help="matches per source and family")
    ap.add_argument("--new-docs", action="store_true", help="draw only from documents never judged")
    ap.add_argument("--families", default=None, help="comma-separated families to draw (default: all)")
    ap.add_argument(
        "--pool",
        default="first3000",
        choices=sorted(POOLS),
        help="AllSides articles to draw from or count in (default: the first 3,000 train articles)",
    )
    ap.add_argument("--count", action="store_true", help="count the scare quotes found in the pool")
    ap.add_argument(
        "--skip-first3000",
        action="store_true",
        help="draw no AllSides article of the first 3,000 (read as development data in the seventh pass)",
    )
    args = ap.parse_args()
    if args.sample:
        old = pd.read_csv(SAMPLE) if SAMPLE.exists() else None
        fams = args.families.split(",") if args.families else None
        texts: dict[str, dict[str, str]] = {}
        s = draw_sample(
            args.seed,
            args.per,
            old,
            new_docs=args.new_docs,
            families=fams,
            pool=args.pool,
            texts=texts,
            skip_first3000=args.skip_first3000,
        )
        for i, r in s.iterrows():
            t = texts[r["source"]][str(r["doc_id"])]
            ctx = (
                t[max(0, r["start"] - 100) : r["start"]]
                + "[["
                + t[r["start"] : r["end"]]
                + "]]"
                + t[r["end"] : r["end"] + 60]
            )
            print(i, r["family"], r["lemma"], "|", ctx.replace("\n", " "))
        s.to_csv(SAMPLE.with_suffix(".draw.csv"), index=False)
        return
    if args.count:
        count(args.pool)
        return
    sample = pd.read_csv(SAMPLE)
    if args.speed:
        speed()
        return
    fmt = {"index": False, "float_format": lambda x: f"{x:.3f}"}
    print("all judged matches")
    print(score(sample).to_string(**fmt))
    print("\nscare quotes per round (judged correct: of the matches of the rules the round was drawn from)")
    rows = []
    for rnd, g in sample[sample["family"] == "scare_quote"].groupby("round", sort=False):
        r = score(g).set_index("family").loc["scare_quote"]
        rows.append(
            {
                "round": rnd,
                "judged": int(r["judged"]),
                "judged_correct": int(g["label"].sum()),
                "still_found": int(r["still_found"]),
                "correct": int(r["correct"]),
                "precision": r["precision"],
                "correct_kept": r["correct"] / g["label"].sum(),
            }
        )
    print(pd.DataFrame(rows).to_string(**fmt))


if __name__ == "__main__":
    main()
