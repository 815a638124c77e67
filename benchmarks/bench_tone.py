"""Check the tone of `fr.actor_tone` (VADER compound) against BASIL's annotated bias polarity.

BASIL (Fan et al., EMNLP 2019) marks, in 300 articles (100 events told by Fox, NYT and HuffPost),
phrases that show bias toward a target entity, with the polarity of that bias (``pos``/``neg``),
its kind (``lex``: loaded wording; ``inf``: the choice of facts), its aim (``dir``: at the target
itself; ``ind_pro``/``ind_anti``/``ind_general``: through an ally, an opponent or a group) and
whether it sits inside a quote. Two checks:

1. **Sentence level.** Every annotated phrase is mapped to the sentence that
   `framing.text.sentences` gives around it in the article (the sentence `fr.actor_sentences`
   would score) and that sentence gets VADER's compound score, exactly as in `fr.actor_tone`.
   The unit is one (sentence, target, polarity); the ROC AUC says how often a sentence with
   positive bias toward its target scores higher than one with negative bias (0.5 = chance), with
   a 95% article-bootstrap interval, overall and by bias kind, aim and quote. For comparison, the
   same AUC for the annotated phrase alone (the words the annotators marked, without the rest of
   the sentence).
2. **End to end.** `fr.actor_tone` over the 300 articles with a small actors lexicon written here
   (Trump, Obama, Clinton, Biden, Democrats, Republicans, by name only). For each outlet and
   entity, the mean tone is compared with BASIL's net annotated polarity, (pos - neg) / (pos +
   neg) over the phrases aimed at that entity: do they agree in sign, and do they order the three
   outlets of an entity the same way?

    python benchmarks/bench_tone.py            # both checks
    python benchmarks/bench_tone.py --n-boot 200
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing as fr  # noqa: E402
from framing.lexicons import Lexicon  # noqa: E402
from framing.text import sentences  # noqa: E402
from framing.tone import _sentence_of, compound  # noqa: E402

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data")) / "basil"

#: BASIL target names (as they are spelled in its annotations) of the entities of the end-to-end
#: check. Other targets (Donald_Trump_Jr., Sasha_and_Malia_Obama, ...) are other people.
ENTITY_TARGETS = {
    "trump": {"Donald_Trump", "Trump"},
    "obama": {"Barack_Obama", "Obama_administration", "Obama's_administration", "Obama_campaign"},
    "clinton": {"Hillary_Clinton"},
    "biden": {"Joe_Biden"},
    "democrats": {
        "Democrats",
        "Democratic_Lawmakers",
        "Democratic_lawmakers",
        "House_Democrats",
        "Senate_Democrats",
        "senate_Democrats",
        "Democrats_presidential_candidates",
    },
    "republicans": {
        "Republicans",
        "Republican_Lawmakers",
        "Republican_lawmakers",
        "Senate_Republicans",
        "House_Republicans",
        "Alabama_Republicans",
        "GOP_committee_members",
    },
}

#: The actors lexicon of the end-to-end check: names only, no labels, written for this benchmark.
ENTITY_LEXICON = {
    "name": "us_politicians_bench",
    "version": "1.0.0",
    "kind": "actors",
    "description": "Six US political actors by name, for the BASIL tone benchmark.",
    "actors": {
        "trump": {"aliases": [{"pattern": r"(?:Donald (?:J\. )?)?Trump(?!,? Jr)", "case_sensitive": True}]},
        "obama": {
            "aliases": [{"pattern": r"(?:Barack )?(?<!Michelle )(?<!Malia )Obama", "case_sensitive": True}]
        },
        "clinton": {
            "aliases": [
                {"pattern": r"Hillary(?: Rodham)?(?: Clinton)?", "case_sensitive": True},
                {"pattern": r"(?<!Bill )(?<!Chelsea )Clinton", "case_sensitive": True},
            ]
        },
        "biden": {"aliases": [{"pattern": r"(?:Joe )?Biden", "case_sensitive": True}]},
        "democrats": {
            "aliases": [
                {
                    "pattern": r"Democrats|Democratic (?:lawmakers|leaders|senators|Party|party)",
                    "case_sensitive": True,
                }
            ]
        },
        "republicans": {
            "aliases": [
                {
                    "pattern": r"Republicans|GOP|Republican (?:lawmakers|leaders|senators|Party|party)",
                    "case_sensitive": True,
                }
            ]
        },
    },
}


def load(folder: Path = DATA) -> tuple[fr.Corpus, pd.DataFrame]:
    """BASIL as a Corpus (paragraphs joined by blank lines, sentences by spaces) and its phrase
    annotations with document offsets: ``doc_id``, ``outlet``, ``event``, ``span_start``,
    ``span_end``, ``gold_start``, ``gold_end`` (BASIL's own sentence), ``target``, ``polarity``,
    ``bias``, ``aim``, ``quote``. Phrases whose text is not found at their offsets are dropped
    and counted in ``attrs["unplaced"]``."""
    docs, anns = [], []
    unplaced = 0
    for path in sorted(folder.glob("articles/*/*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        paras = art["body-paragraphs"]
        text, sents = "", []
        for i, par in enumerate(paras):
            if i:
                text += "\n\n"
            for j, s in enumerate(par):
                if j:
                    text += " "
                sents.append((len(text), s))
                text += s
        doc_id = path.stem
        docs.append(
            {
                "doc_id": doc_id,
                "text": text,
                "outlet": art["source"].lower(),
                "date": art["date"],
                "event": art["triplet-uuid"],
            }
        )
        ann_path = folder / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if not ann_path.exists():
            continue
        for p in json.loads(ann_path.read_text(encoding="utf-8"))["phrase-level-annotations"]:
            hits = [(off, s) for off, s in sents if s[p["start"] : p["end"]] == p["txt"]]
            if not hits:
                unplaced += 1
                continue
            off, s = hits[0]
            anns.append(
                {
                    "doc_id": doc_id,
                    "outlet": art["source"].lower(),
                    "event": art["triplet-uuid"],
                    "span_start": off + p["start"],
                    "span_end": off + p["end"],
                    "gold_start": off,
                    "gold_end": off + len(s),
                    "target": p["target"],
                    "polarity": p["polarity"],
                    "bias": p["bias"],
                    "aim": p["aim"],
                    "quote": p["quote"],
                }
            )
    corpus = fr.Corpus.from_dataframe(pd.DataFrame(docs))
    ann = pd.DataFrame(anns)
    ann.attrs["unplaced"] = unplaced
    return corpus, ann


def score(corpus: fr.Corpus, ann: pd.DataFrame) -> pd.DataFrame:
    """Add ``sent_start``/``sent_end`` (the framing sentence around the phrase, as
    `fr.actor_sentences` finds it) and three VADER compound scores: ``tone`` (that sentence, the
    score `fr.actor_tone` averages), ``tone_gold`` (BASIL's sentence) and ``tone_phrase`` (the
    annotated phrase alone)."""
    texts = dict(zip(corpus.docs["doc_id"], corpus.docs["text"]))
    split: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
    starts, ends = [], []
    for doc_id, pos in zip(ann["doc_id"], ann["span_start"]):
        if doc_id not in split:
            sents = sentences(texts[doc_id])
            split[doc_id] = (sents, [s for s, _ in sents])
        sents, firsts = split[doc_id]
        a, b = _sentence_of(sents, firsts, texts[doc_id], int(pos))
        starts.append(a)
        ends.append(b)
    out = ann.assign(sent_start=starts, sent_end=ends)
    cache: dict[str, float] = {}

    def vader(s: str) -> float:
        if s not in cache:
            cache[s] = compound(s)
        return cache[s]

    out["tone"] = [vader(texts[d][a:b]) for d, a, b in zip(out["doc_id"], out["sent_start"], out["sent_end"])]
    out["tone_gold"] = [
        vader(texts[d][a:b]) for d, a, b in zip(out["doc_id"], out["gold_start"], out["gold_end"])
    ]
    out["tone_phrase"] = [
        vader(texts[d][a:b]) for d, a, b in zip(out["doc_id"], out["span_start"], out["span_end"])
    ]
    return out


def units(scored: pd.DataFrame, *, extra: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per (sentence, target, polarity[, extra columns]): several phrases of one sentence
    that show the same bias toward the same target are one judgement of that sentence."""
    keys = ["doc_id", "sent_start", "target", "polarity", *extra]
    return scored.drop_duplicates(keys).reset_index(drop=True)


def auc_ci(
    frame: pd.DataFrame, column: str = "tone", *, n_boot: int = 1000, seed: int = 0, ci: float = 0.95
) -> dict[str, float]:
    """ROC AUC of ``column`` for positive vs negative polarity, with a percentile interval over
    resampled articles (the units of one article stay together)."""
    y = (frame["polarity"] == "pos").to_numpy(dtype=int)
    s = frame[column].to_numpy(dtype=float)
    codes, _ = pd.factorize(frame["doc_id"])
    groups = [np.flatnonzero(codes == k) for k in range(codes.max() + 1)]
    rng = np.random.default_rng(seed)
    boot = []
    for _ in range(n_boot):
        idx = np.concatenate([groups[k] for k in rng.integers(0, len(groups), len(groups))])
        if 0 < y[idx].sum() < len(idx):
            boot.append(roc_auc_score(y[idx], s[idx]))
    tail = (1 - ci) / 2 * 100
    return {
        "n": len(y),
        "pos": int(y.sum()),
        "neg": int(len(y) - y.sum()),
        "articles": len(groups),
        "auc": float(roc_auc_score(y, s)),
        "ci_low": float(np.percentile(boot, tail)),
        "ci_high": float(np.percentile(boot, 100 - tail)),
    }


def auc_table(scored: pd.DataFrame, *, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """AUC of the sentence tone (and of the phrase alone) overall and by bias kind, aim and quote."""
    base = units(scored)
    by_bias = units(scored, extra=("bias",))
    rows = []
    subsets = [
        ("all", base),
        ("lexical (bias=lex)", by_bias[by_bias["bias"] == "lex"]),
        ("informational (bias=inf)", by_bias[by_bias["bias"] == "inf"]),
        ("direct aim (aim=dir)", base[base["aim"] == "dir"]),
        ("indirect aim (ind_*)", base[base["aim"] != "dir"]),
        ("outside quotes (quote=no)", base[base["quote"] == "no"]),
        ("inside quotes (quote=yes)", base[base["quote"] == "yes"]),
    ]
    for name, sub in subsets:
        sent = auc_ci(sub, "tone", n_boot=n_boot, seed=seed)
        phrase = auc_ci(sub, "tone_phrase", n_boot=n_boot, seed=seed)
        rows.append(
            {
                "subset": name,
                **{k: sent[k] for k in ("n", "pos", "neg", "articles", "auc", "ci_low", "ci_high")},
                "phrase_auc": phrase["auc"],
                "phrase_ci_low": phrase["ci_low"],
                "phrase_ci_high": phrase["ci_high"],
            }
        )
    return pd.DataFrame(rows)


def net_polarity(ann: pd.DataFrame) -> pd.DataFrame:
    """BASIL's net polarity per outlet and entity: (pos - neg) / (pos + neg) over the phrases
    whose target is one of the entity's BASIL names."""
    to_entity = {t: e for e, names in ENTITY_TARGETS.items() for t in names}
    sub = ann.assign(entity=ann["target"].map(to_entity)).dropna(subset=["entity"])
    g = sub.groupby(["outlet", "entity"])["polarity"]
    out = pd.DataFrame({"n_ann": g.size(), "pos": g.apply(lambda p: int((p == "pos").sum()))}).reset_index()
    out["neg"] = out["n_ann"] - out["pos"]
    out["net"] = (out["pos"] - out["neg"]) / out["n_ann"]
    return out


def end_to_end(
    corpus: fr.Corpus, ann: pd.DataFrame, *, voice: str = "all", n_boot: int = 1000
) -> pd.DataFrame:
    """`fr.actor_tone` per outlet and entity beside BASIL's net polarity."""
    lx = Lexicon(ENTITY_LEXICON)
    tone = fr.actor_tone(corpus, lx, by="outlet", voice=voice, n_boot=n_boot)
    tone = tone.rename(columns={"actor": "entity", "count": "n_sentences"})
    both = tone.merge(net_polarity(ann), on=["outlet", "entity"], how="left")
    both[["n_ann", "pos", "neg"]] = both[["n_ann", "pos", "neg"]].fillna(0).astype(int)
    both["sign_agrees"] = np.where(
        (both["n_ann"] > 0) & (both["net"] != 0), np.sign(both["mean_tone"]) == np.sign(both["net"]), np.nan
    )
    return both[
        [
            "entity",
            "outlet",
            "n_sentences",
            "n_docs",
            "mean_tone",
            "ci_low",
            "ci_high",
            "n_ann",
            "pos",
            "neg",
            "net",
            "sign_agrees",
        ]
    ].sort_values(["entity", "outlet"], ignore_index=True)


def outlet_order(table: pd.DataFrame, *, min_ann: int = 3) -> tuple[int, int]:
    """Pairs of outlets (within one entity, both with at least ``min_ann`` annotated phrases and
    different net polarity) that the mean tone orders as BASIL's net polarity does: (agree, pairs)."""
    agree = pairs = 0
    for _, g in table[table["n_ann"] >= min_ann].groupby("entity"):
        rows = g.to_dict("records")
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                d_net = rows[i]["net"] - rows[j]["net"]
                if d_net == 0:
                    continue
                pairs += 1
                agree += int(np.sign(rows[i]["mean_tone"] - rows[j]["mean_tone"]) == np.sign(d_net))
    return agree, pairs


def feelings(folder: Path = DATA) -> pd.DataFrame:
    """BASIL's article-level "author feeling" toward each main entity (``neg``/``neu``/``pos``),
    for the entities of the end-to-end check: ``doc_id``, ``entity``, ``feeling``. Where one
    article has several BASIL names of one entity with different feelings, it is left out."""
    to_entity = {t: e for e, names in ENTITY_TARGETS.items() for t in names}
    rows = []
    for path in sorted(folder.glob("annotations/*/*_ann.json")):
        art = json.loads(path.read_text(encoding="utf-8"))["article-level-annotations"]
        for key, value in art.items():
            name = key.removeprefix("author_feeling_")
            if key.startswith("author_feeling_") and name in to_entity:
                rows.append(
                    {"doc_id": path.stem.removesuffix("_ann"), "entity": to_entity[name], "feeling": value}
                )
    out = pd.DataFrame(rows).drop_duplicates()
    return out[~out.duplicated(["doc_id", "entity"], keep=False)].reset_index(drop=True)


def article_level(corpus: fr.Corpus, *, voice: str = "all") -> pd.DataFrame:
    """`fr.actor_tone` by article beside BASIL's author feeling toward the entity; articles that
    never name the entity (by the lexicon's aliases) have no tone and are left out."""
    tone = fr.actor_tone(corpus, Lexicon(ENTITY_LEXICON), by="doc_id", voice=voice, n_boot=100)
    tone = tone.rename(columns={"actor": "entity"}).dropna(subset=["mean_tone"])
    return feelings().merge(tone[["doc_id", "entity", "count", "mean_tone"]], on=["doc_id", "entity"])


def mention_sentences(corpus: fr.Corpus, ann: pd.DataFrame) -> pd.DataFrame:
    """The rows of `fr.actor_sentences` (voices pooled) with BASIL's polarity toward that entity
    where an annotated phrase aimed at it starts in the sentence: ``polarity`` is ``pos``,
    ``neg``, ``mixed`` or ``none`` (no annotated bias toward the entity there)."""
    to_entity = {t: e for e, names in ENTITY_TARGETS.items() for t in names}
    sents = fr.actor_sentences(corpus, Lexicon(ENTITY_LEXICON)).drop_duplicates(["doc_id", "start", "actor"])
    sub = ann.assign(actor=ann["target"].map(to_entity)).dropna(subset=["actor"])
    pol: dict[tuple[str, int, str], set[str]] = {}
    by_doc = {d: g for d, g in sents.groupby("doc_id")}
    for d, pos, actor, p in zip(sub["doc_id"], sub["span_start"], sub["actor"], sub["polarity"]):
        g = by_doc.get(d)
        if g is None:
            continue
        hit = g[(g["start"] <= pos) & (pos < g["end"]) & (g["actor"] == actor)]
        for s in hit["start"]:
            pol.setdefault((d, int(s), actor), set()).add(p)
    labels = []
    for d, s, a in zip(sents["doc_id"], sents["start"], sents["actor"]):
        got = pol.get((d, int(s), a), set())
        labels.append("none" if not got else "mixed" if len(got) > 1 else next(iter(got)))
    return sents.assign(polarity=labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-boot", type=int, default=1000)
    args = parser.parse_args()
    corpus, ann = load()
    scored = score(corpus, ann)
    print(
        f"BASIL: {len(corpus)} articles, {len(ann)} bias phrases placed "
        f"({ann.attrs['unplaced']} not found at their offsets), "
        f"{len(units(scored))} (sentence, target, polarity) units"
    )
    same = (scored["sent_start"] == scored["gold_start"]) & (scored["sent_end"] == scored["gold_end"])
    print(f"framing's sentence equals BASIL's sentence for {same.mean():.1%} of the phrases")
    mixed = units(scored).groupby(["doc_id", "sent_start", "target"])["polarity"].nunique().gt(1).sum()
    print(f"(sentence, target) pairs with both polarities: {mixed}")
    both = units(scored)
    print(
        f"AUC with BASIL's own sentence instead: {roc_auc_score(both['polarity'] == 'pos', both['tone_gold']):.3f}"
    )
    print("\nSentence-level VADER compound, positive vs negative bias (ROC AUC, 0.5 = chance):")
    table = auc_table(scored, n_boot=args.n_boot)
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    for pol in ("pos", "neg"):
        t = both.loc[both["polarity"] == pol, "tone"]
        print(
            f"{pol}: mean compound {t.mean():+.3f}, share < -0.05: {(t < -0.05).mean():.2f}, "
            f"share > 0.05: {(t > 0.05).mean():.2f}"
        )
    print("\nEnd to end: fr.actor_tone (voice='all') by outlet vs BASIL net polarity")
    e2e = end_to_end(corpus, ann, n_boot=args.n_boot)
    print(e2e.to_string(index=False, float_format=lambda x: f"{x:+.3f}"))
    judged = e2e.dropna(subset=["sign_agrees"])
    print(
        f"sign agrees in {int(judged['sign_agrees'].sum())} of {len(judged)} outlet-entity cells with annotations"
    )
    for min_ann in (1, 3, 5):
        a, p = outlet_order(e2e, min_ann=min_ann)
        print(f"outlet pairs ordered as BASIL's net polarity (>= {min_ann} phrases each): {a} of {p}")
    own = end_to_end(corpus, ann, voice="own", n_boot=args.n_boot)
    judged = own.dropna(subset=["sign_agrees"])
    a, p = outlet_order(own, min_ann=3)
    print(
        f"own voice only: sign agrees in {int(judged['sign_agrees'].sum())} of {len(judged)} cells; "
        f"outlet pairs ordered as BASIL (>= 3 phrases): {a} of {p}"
    )
    ms = mention_sentences(corpus, ann)
    print("\nactor_sentences rows (voices pooled) by BASIL polarity toward the entity in that sentence:")
    print(ms.groupby("polarity")["tone"].agg(["size", "mean"]).to_string(float_format=lambda x: f"{x:+.3f}"))
    lab = ms[ms["polarity"].isin(["pos", "neg"])]
    r = auc_ci(lab, n_boot=args.n_boot)
    print(
        f"AUC on the annotated mention sentences (pos vs neg): {r['auc']:.3f} "
        f"[{r['ci_low']:.3f}, {r['ci_high']:.3f}] (n={r['n']}, {r['pos']} pos, {r['articles']} articles)"
    )
    art = article_level(corpus)
    print("\nArticle level: mean tone toward the entity by BASIL's author feeling")
    print(
        art.groupby("feeling")["mean_tone"]
        .agg(["size", "mean"])
        .to_string(float_format=lambda x: f"{x:+.3f}")
    )
    pn = art[art["feeling"] != "neu"]
    print(
        f"AUC pos vs neg author feeling: {roc_auc_score(pn['feeling'] == 'pos', pn['mean_tone']):.3f} (n={len(pn)})"
    )
    nn = art[art["feeling"] != "pos"]
    print(
        f"AUC neu vs neg author feeling: {roc_auc_score(nn['feeling'] == 'neu', nn['mean_tone']):.3f} (n={len(nn)})"
    )
    corr = e2e.dropna(subset=["net"])
    print(
        "Spearman correlation of mean tone and net polarity over the annotated cells: "
        f"{corr['mean_tone'].corr(corr['net'], method='spearman'):+.3f} (n={len(corr)})"
    )


if __name__ == "__main__":
    main()
