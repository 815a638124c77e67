"""Accuracy of fr.find_agency on hand-labelled harm-verb uses from real news (AllSides).

    python benchmarks/bench_agency.py                   # scores against annotations/agency.tsv, then speed
    python benchmarks/bench_agency.py --sample          # prints sample A to label (no labels)
    python benchmarks/bench_agency.py --sample-heldout  # prints sample B to label
    python benchmarks/bench_agency.py --sample-c        # prints sample C to label (then --sample-c2)

The sample: every occurrence of a harm_verbs form (plain word match, no rules) in a seeded random
draw of sentences from AllSides training articles on violent topics (middle_east, terrorism,
violence_in_america, world) plus political topics (elections, politics) where figurative uses
abound. The annotation file holds only ids, offsets and labels; texts are re-read from
``$FRAMING_SHARED_DATA`` (default ../shared/data).
"""

from __future__ import annotations

import ast
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

import pandas as pd

import framing as fr
from framing.agency import COARSE, find_agency
from framing.text import sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "agency.tsv"
TOPICS = {
    "middle_east": 60,
    "terrorism": 50,
    "violence_in_america": 50,
    "world": 40,
    "elections": 20,
    "politics": 20,
}


# Sample B (held out: labelled after the rules were frozen): the validation split (other
# outlets), verbal forms only (past, participle, -ing), so that it holds more harm clauses.
TOPICS_B = {"middle_east": 25, "terrorism": 25, "violence_in_america": 25, "world": 15}


# Sample C (held out for harm_verbs 1.1.0: labelled before the 1.1.0 rules were run on it): new
# articles of media_train (not in A or B) and BASIL (Fan et al. 2019), verbal forms only.
TOPICS_C = {"middle_east": 30, "terrorism": 30, "violence_in_america": 30, "world": 20}
BASIL_C = 45
TOPICS_C2 = {"middle_east": 12, "terrorism": 12, "violence_in_america": 12}

# Sample D (held out for harm_verbs 1.2.0: drawn and labelled before the 1.2.0 rules were run on
# it; sample C became development data): media_train articles and BASIL articles in none of A, B
# or C, verbal forms only.
TOPICS_D = {"middle_east": 35, "terrorism": 35, "violence_in_america": 35, "world": 20}
BASIL_D = 50

# Sample E (held out for harm_verbs 1.3.0: drawn and labelled before the 1.3.0 rules were run on
# it; C and D became development data): media_train and BASIL articles in none of A-D, plus Gun
# Violence Frame Corpus headlines (Liu et al. 2019), verbal forms only.
TOPICS_E = {"middle_east": 25, "terrorism": 25, "violence_in_america": 25, "world": 15}
BASIL_E = 30
GVFC_E = 35


def load_basil() -> fr.Corpus:
    """BASIL articles as a corpus: paragraphs joined by blank lines, sentences by spaces."""
    rows = []
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        paras = d["body-paragraphs"]
        if isinstance(paras, str):
            paras = ast.literal_eval(paras)
        text = "\n\n".join(" ".join(p) for p in paras)
        rows.append({"ID": f"basil:{path.parent.name}/{path.stem}", "text": text, "source": d["source"]})
    return fr.Corpus.from_dataframe(pd.DataFrame(rows), text="text", outlet="source", doc_id="ID")


def load_gvfc() -> fr.Corpus:
    """GVFC headlines as one-sentence documents, doc id ``gvfc-<row>`` (0-based data row)."""
    df = pd.read_csv(DATA / "gvfc" / "headlines.csv")
    df = pd.DataFrame(
        {"ID": [f"gvfc-{i}" for i in range(len(df))], "text": df["news_title"], "source": "gvfc"}
    )
    return fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")


def load_articles(split: str = "train") -> fr.Corpus:
    df = pd.read_json(DATA / "allsides" / f"media_{split}.jsonl.gz", lines=True)
    df = df[df["topic"].isin(list(TOPICS))]
    return fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID", title="title")


def candidates(
    corpus: fr.Corpus,
    *,
    held_out: bool = False,
    sample: str | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[tuple[str, int, int, int, int]]:
    """(doc_id, verb_start, verb_end, sent_start, sent_end) for sampled candidate occurrences."""
    sample = sample or ("B" if held_out else "A")
    lx = fr.lexicons.load("harm_verbs")
    forms: set[str] = set()
    keys = ("present", "past", "participle", "ing") if sample == "A" else ("past", "participle", "ing")
    for section in ("verbs", "intransitive"):
        for lemma, e in lx.data[section].items():
            forms |= {e[k] for k in keys}
            if sample == "A":
                forms.add(lemma.replace("_", " "))
    rx = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b", re.I)
    seeds = {"A": 20241127, "B": 20241208, "C": 20241215, "C2": 20241216, "D": 20261124, "E": 20261125}
    rng = random.Random(seeds[sample])
    docs = corpus.docs
    if "topic" not in docs.columns:
        docs = docs.assign(topic="basil")
    if "topic" not in corpus.docs.columns and docs["doc_id"].str.startswith("gvfc-").all():
        docs = docs.assign(topic="gvfc")
    plan = {"A": TOPICS, "B": TOPICS_B, "C": TOPICS_C, "C2": TOPICS_C2, "D": TOPICS_D, "E": TOPICS_E}[sample]
    if sample in ("C", "D", "E") and set(docs["topic"]) == {"basil"}:
        plan = {"basil": {"C": BASIL_C, "D": BASIL_D, "E": BASIL_E}[sample]}
    if set(docs["topic"]) == {"gvfc"}:
        plan = {"gvfc": GVFC_E}
    out = []
    for topic, n_sent in plan.items():
        pool = []
        rows = docs.loc[(docs["topic"] == topic) & ~docs["doc_id"].isin(exclude), ["doc_id", "text"]]
        for doc_id, text in rows.itertuples(index=False):
            for s, e in sentences(text):
                if rx.search(text, s, e):
                    pool.append((doc_id, s, e))
        for doc_id, s, e in rng.sample(pool, min(n_sent, len(pool))):
            text = docs.loc[docs["doc_id"] == doc_id, "text"].iloc[0]
            for m in rx.finditer(text, s, e):
                out.append((doc_id, m.start(), m.end(), s, e))
    return out


def print_sample(
    corpus: fr.Corpus,
    *,
    held_out: bool = False,
    sample: str | None = None,
    exclude: frozenset[str] = frozenset(),
) -> None:
    texts = dict(zip(corpus.docs["doc_id"], corpus.docs["text"]))
    for i, (doc_id, vs, ve, s, e) in enumerate(
        candidates(corpus, held_out=held_out, sample=sample, exclude=exclude)
    ):
        t = texts[doc_id]
        print(f"{i}\t{doc_id}\t{vs}\t{ve}\t{t[s:vs]}[[{t[vs:ve]}]]{t[ve:e]}")


def gold_corpus(gold: pd.DataFrame) -> fr.Corpus:
    """The labelled articles (both splits), normalised as the library normalises them."""
    parts = []
    for split in sorted(gold["split"].unique()):
        ids = set(gold.loc[gold["split"] == split, "doc_id"])
        if split in ("basil", "gvfc"):
            docs = (load_basil() if split == "basil" else load_gvfc()).docs
            parts.append(docs[docs["doc_id"].isin(ids)].rename(columns={"doc_id": "ID", "outlet": "source"}))
            continue
        # Parse only the labelled articles' lines (the ID is the first field of each line).
        with gzip.open(DATA / "allsides" / f"media_{split}.jsonl.gz", "rt", encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh if line[8:24] in ids]
        parts.append(pd.DataFrame(recs, columns=["ID", "text", "source"]))
    cols = ["ID", "text", "source"]
    return fr.Corpus.from_dataframe(
        pd.concat([d[cols] for d in parts]), text="text", outlet="source", doc_id="ID"
    )


def score(gold: pd.DataFrame, pred: pd.DataFrame) -> dict[str, float]:
    """Detection and construction scores of ``pred`` (find_agency rows) against ``gold``."""
    pred_at = {(d, s): r for d, s, r in zip(pred["doc_id"], pred["start"], pred.itertuples(index=False))}
    harm = gold[gold["construction"] != "none"]
    gold_keys = set(zip(gold["doc_id"], gold["verb_start"]))
    tp = sum((d, s) in pred_at for d, s in zip(harm["doc_id"], harm["verb_start"]))
    n_pred = sum(k in gold_keys for k in pred_at)
    rows = []
    for d, s, c, a_s, a_e in harm[
        ["doc_id", "verb_start", "construction", "agent_start", "agent_end"]
    ].itertuples(index=False):
        r = pred_at.get((d, s))
        overlap = (
            r is not None
            and not pd.isna(a_s)
            and not pd.isna(r.agent_start)
            and int(r.agent_start) < int(a_e)
            and int(a_s) < int(r.agent_end)
        )
        rows.append(
            {
                "gold": COARSE[c],
                "pred": COARSE[r.construction] if r is not None else "missed",
                "gold_fine": c,
                "pred_fine": r.construction if r is not None else "missed",
                "agent_ok": overlap,
            }
        )
    res = pd.DataFrame(rows)
    found = res[res["pred"] != "missed"]
    out: dict[str, float] = {
        "n_candidates": len(gold),
        "n_harm_clauses": len(harm),
        "detection_precision": tp / n_pred if n_pred else float("nan"),
        "detection_recall": tp / len(harm),
        "coarse_accuracy": float((found["gold"] == found["pred"]).mean()),
        "fine_accuracy": float((found["gold_fine"] == found["pred_fine"]).mean()),
    }
    for cls in ("with_agent", "agentless", "intransitive"):
        p = found["pred"] == cls
        g = found["gold"] == cls
        out[f"{cls}_precision"] = float((p & g).sum() / p.sum()) if p.sum() else float("nan")
        out[f"{cls}_recall"] = float((p & g).sum() / g.sum()) if g.sum() else float("nan")
    wa = found[(found["gold"] == "with_agent") & (found["pred"] == "with_agent")]
    out["agent_span_overlap"] = float(wa["agent_ok"].mean()) if len(wa) else float("nan")
    return out


def evaluate() -> pd.DataFrame:
    """Scores per sample (A-D: development; E: held out for 1.3.0) and overall, one column each."""
    gold = pd.read_csv(ANNOTATIONS, sep="\t", comment="#", dtype={"doc_id": str})
    pred = find_agency(gold_corpus(gold))
    samples = [name for name in ("A", "B", "C", "D", "E") if (gold["sample"] == name).any()]
    cols = {name: score(gold[gold["sample"] == name], pred) for name in samples}
    cols["all"] = score(gold, pred)
    return pd.DataFrame(cols)


def speed(n_docs: int = 2000) -> dict[str, float]:
    """Articles per second of find_agency, and its time over a CountVectorizer pass on the same texts."""
    import time

    from sklearn.feature_extraction.text import CountVectorizer

    corpus = load_articles()
    docs = corpus.docs.sample(n=min(n_docs, len(corpus.docs)), random_state=0)
    small = fr.Corpus.from_dataframe(
        docs[["doc_id", "text", "outlet"]], text="text", outlet="outlet", doc_id="doc_id"
    )
    texts = small.docs["text"].tolist()
    t0 = time.perf_counter()
    CountVectorizer().fit_transform(texts)
    t_cv = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows = find_agency(small)
    t_fa = time.perf_counter() - t0
    return {
        "articles": len(texts),
        "harm_clauses": len(rows),
        "find_agency_articles_per_s": len(texts) / t_fa,
        "countvectorizer_articles_per_s": len(texts) / t_cv,
        "time_ratio_to_countvectorizer": t_fa / t_cv,
    }


def main() -> None:
    if "--sample" in sys.argv:
        print_sample(load_articles())
        return
    if "--sample-heldout" in sys.argv:
        print_sample(load_articles("valid"), held_out=True)
        return
    if "--sample-c" in sys.argv:
        # Before any C label existed: A and B's articles excluded.
        gold = pd.read_csv(ANNOTATIONS, sep="\t", comment="#", dtype={"doc_id": str})
        used = frozenset(gold.loc[gold["sample"].isin(["A", "B"]), "doc_id"])
        print_sample(load_articles(), sample="C", exclude=used)
        print_sample(load_basil(), sample="C", exclude=used)
        return
    if "--sample-c2" in sys.argv:
        # A top-up of sample C (the first draw gave 109 harm clauses): A, B and C's articles excluded.
        gold = pd.read_csv(ANNOTATIONS, sep="\t", comment="#", dtype={"doc_id": str})
        print_sample(load_articles(), sample="C2", exclude=frozenset(gold["doc_id"]))
        return
    if "--sample-d" in sys.argv:
        # Before any D label existed: the articles of A, B and C excluded.
        gold = pd.read_csv(ANNOTATIONS, sep="\t", comment="#", dtype={"doc_id": str})
        used = frozenset(gold["doc_id"])
        print_sample(load_articles(), sample="D", exclude=used)
        print_sample(load_basil(), sample="D", exclude=used)
        return
    if "--sample-e" in sys.argv:
        # Before any E label existed: the articles of A-D excluded.
        gold = pd.read_csv(ANNOTATIONS, sep="\t", comment="#", dtype={"doc_id": str})
        used = frozenset(gold["doc_id"])
        print_sample(load_articles(), sample="E", exclude=used)
        print_sample(load_basil(), sample="E", exclude=used)
        print_sample(load_gvfc(), sample="E", exclude=used)
        return
    print(evaluate().round(3).to_string())
    print()
    for k, v in speed().items():
        print(f"{k:32s} {v:.1f}")


if __name__ == "__main__":
    main()
