"""Score fr.extract_quotes against PolNeAR's gold attributions.

Matching follows the Gender Gap Tracker's evaluation (Asr et al., 2021): a predicted attribution
matches a gold one when their content spans overlap by at least THRESHOLD of each (0.3, and
0.8 for a strict view); matching is one-to-one, best overlap first. Reported:

- precision, recall, F1 over all attributions;
- the same for quotes with quote marks: recall over gold attributions with
  ``has_quote_marks``, precision over predictions of kind direct or mixed;
- speaker accuracy: among matched pairs where the gold has a source, the share whose predicted
  speaker span overlaps a gold source span (floating quotes, which have no speaker mention,
  count as wrong);
- cue accuracy: the same for the cue span.

A floating quotation (a row with no cue) is joined to the attribution before it, as PolNeAR
anchors every attribution on a cue (see ``_units``); the last line printed scores every row on
its own, as the first three passes did.

A document annotated twice (two annotators) is scored once, against the first annotation.

Usage::

    python benchmarks/score_polnear.py --compartment dev
    python benchmarks/score_polnear.py --compartment train --limit 200 --errors 20
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing as fr  # noqa: E402

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))


def load_polnear(compartment: str, limit: int | None = None) -> list[dict[str, Any]]:
    """PolNeAR documents of one compartment, one annotation per file."""
    seen: set[str] = set()
    docs = []
    with gzip.open(DATA / "polnear" / "attributions.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["compartment"] != compartment or d["filename"] in seen:
                continue
            seen.add(d["filename"])
            docs.append(d)
            if limit and len(docs) >= limit:
                break
    return docs


def _union(spans: list[dict[str, int]]) -> set[int]:
    out: set[int] = set()
    for s in spans:
        out.update(range(s["start"], s["end"]))
    return out


def _overlaps(a: tuple[Any, Any], spans: list[dict[str, int]]) -> bool:
    if a[0] is None or pd.isna(a[0]):
        return False
    return any(int(a[0]) < s["end"] and s["start"] < int(a[1]) for s in spans)


def _units(p: pd.DataFrame | None, join_uncued: bool) -> list[tuple[Any, set[int]]]:
    """A document's predictions as scoring units: (row, content offsets).

    With ``join_uncued``, a row without a cue (a floating quotation, which inherits the speaker
    of the attribution before it) is joined to that attribution, as PolNeAR annotates it: every
    PolNeAR attribution is anchored on a cue (Newell et al. 2018; 1 of 19,832 train
    attributions has none), and a quotation with no cue of its own is one more content span of
    the attribution whose speaker it continues.
    """
    if p is None:
        return []
    rows = sorted(p.itertuples(index=False), key=lambda r: (r.content_start, r.content_end))
    units: list[tuple[Any, set[int]]] = []
    for r in rows:
        span = set(range(r.content_start, r.content_end))
        if join_uncued and units and (r.cue is None or pd.isna(r.cue)):
            units[-1][1].update(span)
        else:
            units.append((r, span))
    return units


def score(
    docs: list[dict[str, Any]], pred: pd.DataFrame, threshold: float, *, join_uncued: bool = True
) -> dict[str, float]:
    by_doc = {k: g for k, g in pred.groupby("doc_id", sort=False)}
    n_pred = n_gold = n_match = 0
    n_pred_q = n_gold_q = n_match_pred_q = n_match_gold_q = 0
    spk_ok = spk_n = cue_ok = cue_n = 0
    for d in docs:
        golds = [a for a in d["attributions"] if a["content"]]
        g_sets = [_union(a["content"]) for a in golds]
        units = _units(by_doc.get(d["filename"]), join_uncued)
        preds = [u[0] for u in units]
        n_pred += len(preds)
        n_gold += len(golds)
        n_gold_q += sum(bool(a["has_quote_marks"]) for a in golds)
        n_pred_q += sum(r.kind in ("direct", "mixed") for r in preds)
        cands = []
        for i, (_r, ps) in enumerate(units):
            if not ps:
                continue
            for j, gs in enumerate(g_sets):
                inter = len(ps & gs)
                if inter and inter / len(ps) >= threshold and inter / len(gs) >= threshold:
                    cands.append((min(inter / len(ps), inter / len(gs)), i, j))
        cands.sort(reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in cands:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            r, g = preds[i], golds[j]
            n_match += 1
            n_match_pred_q += r.kind in ("direct", "mixed")
            n_match_gold_q += bool(g["has_quote_marks"])
            if g["source"]:
                spk_n += 1
                spk_ok += _overlaps((r.speaker_start, r.speaker_end), g["source"])
            if g["cue"]:
                cue_n += 1
                cue_ok += _overlaps((r.cue_start, r.cue_end), g["cue"])

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    prec = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    prec_q = n_match_pred_q / n_pred_q if n_pred_q else 0.0
    rec_q = n_match_gold_q / n_gold_q if n_gold_q else 0.0
    return {
        "threshold": threshold,
        "n_gold": n_gold,
        "n_pred": n_pred,
        "precision": prec,
        "recall": rec,
        "f1": f1(prec, rec),
        "n_gold_quoted": n_gold_q,
        "n_pred_quoted": n_pred_q,
        "precision_quoted": prec_q,
        "recall_quoted": rec_q,
        "f1_quoted": f1(prec_q, rec_q),
        "speaker_accuracy": spk_ok / spk_n if spk_n else 0.0,
        "cue_accuracy": cue_ok / cue_n if cue_n else 0.0,
    }


def comparable(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Documents whose normalised text keeps the gold offsets (same length), and how many not."""
    keep = [d for d in docs if len(fr.text.normalize(d["text"])) == len(d["text"])]
    return keep, len(docs) - len(keep)


def corpus_of(docs: list[dict[str, Any]]) -> fr.Corpus:
    df = pd.DataFrame(
        {
            "doc_id": [d["filename"] for d in docs],
            "text": [d["text"] for d in docs],
            "outlet": [d["publisher"] for d in docs],
            "date": [d["date"] for d in docs],
        }
    )
    return fr.Corpus.from_dataframe(df, doc_id="doc_id", text="text", outlet="outlet", date="date")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compartment", default="dev", choices=["train", "dev", "annotator-training"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many missed and spurious examples")
    args = ap.parse_args()
    docs = load_polnear(args.compartment, args.limit)
    docs, skipped = comparable(docs)
    corpus = corpus_of(docs)
    if skipped:
        print(f"skipped {skipped} documents whose length changes at normalisation (offsets would shift)")
    t0 = time.perf_counter()
    pred = fr.extract_quotes(corpus, progress=False)
    secs = time.perf_counter() - t0
    print(f"PolNeAR {args.compartment}: {len(docs)} documents, {len(pred)} predictions in {secs:.1f} s")
    for th, join in ((0.3, True), (0.8, True), (0.3, False)):
        res = score(docs, pred, th, join_uncued=join)
        print(
            f"overlap>={th}{'' if join else ' (every row a unit, floating quotes not joined)'}: all P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f} "
            f"(gold {res['n_gold']}, pred {res['n_pred']}) | quoted P={res['precision_quoted']:.3f} "
            f"R={res['recall_quoted']:.3f} F1={res['f1_quoted']:.3f} (gold {res['n_gold_quoted']}, "
            f"pred {res['n_pred_quoted']}) | speaker acc={res['speaker_accuracy']:.3f} "
            f"cue acc={res['cue_accuracy']:.3f}"
        )
    if args.errors:
        show_errors(docs, pred, args.errors)


def show_errors(docs: list[dict[str, Any]], pred: pd.DataFrame, n: int) -> None:
    """Print missed gold attributions and unmatched predictions (development aid, not stored)."""
    import random

    rng = random.Random(0)
    missed, spurious = [], []
    by_doc = {k: g for k, g in pred.groupby("doc_id", sort=False)}
    for d in docs:
        p = by_doc.get(d["filename"])
        preds = [] if p is None else list(p.itertuples(index=False))
        for g in d["attributions"]:
            gs = _union(g["content"])
            if not gs:
                continue
            if not any(
                len(gs & set(range(r.content_start, r.content_end)))
                >= 0.3 * max(len(gs), r.content_end - r.content_start)
                for r in preds
            ):
                missed.append((d["filename"], g))
        for r in preds:
            ps = set(range(r.content_start, r.content_end))
            if not any(
                len(ps & _union(g["content"])) >= 0.3 * max(len(ps), len(_union(g["content"])), 1)
                for g in d["attributions"]
            ):
                spurious.append(r)
    print(f"\n{len(missed)} missed, {len(spurious)} spurious")
    for _fn, g in rng.sample(missed, min(n, len(missed))):
        print(
            "MISS",
            g["has_quote_marks"],
            "|",
            [s["text"] for s in g["source"]],
            "|",
            [s["text"] for s in g["cue"]],
            "|",
            " / ".join(s["text"][:100] for s in g["content"]),
        )
    for r in rng.sample(spurious, min(n, len(spurious))):
        print("SPUR", r.kind, "|", r.speaker, "|", r.cue, "|", r.content[:100])


if __name__ == "__main__":
    main()
