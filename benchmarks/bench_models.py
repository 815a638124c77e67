"""Accuracy and speed of framing.models.FramingClassifier on the shared real data.

Every accuracy number compares FramingClassifier (defaults) with a plain word 1-2-gram TF-IDF +
logistic regression on the same folds (same seed, same grouping).

Usage (from the repository root)::

    python benchmarks/bench_models.py babe        # BABE, 5-fold grouped by article (and by outlet)
    python benchmarks/bench_models.py gvfc        # GVFC, 9 themes on relevant headlines
    python benchmarks/bench_models.py narrative   # Narrative Frames, 5 multi-label frames
    python benchmarks/bench_models.py allsides    # AllSides media split, grouped by outlet
    python benchmarks/bench_models.py speed       # fit on 26,590 AllSides articles, predict rate

Options: ``--cv 5 --seed 0 --n-jobs 1``, ``--params '{"C": 0.3}'`` to try FramingClassifier
settings, ``--no-baseline``, ``--selection`` (refit FramingClassifier on the same outer folds
and print the setting the inner-CV selection chose in each fold, with the fold's macro-F1).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing as fr  # noqa: E402
from framing.models import FramingClassifier, evaluate  # noqa: E402

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))
NARRATIVE_FRAMES = ["RE", "HI", "CO", "MO", "EC"]


def baseline(multilabel: bool = False, min_df: int = 1):
    """Plain word 1-2-gram TF-IDF + logistic regression (scikit-learn defaults otherwise)."""
    lr = LogisticRegression(max_iter=2000)
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=min_df), OneVsRestClassifier(lr) if multilabel else lr
    )


def load_babe() -> fr.Corpus:
    df = pd.read_csv(DATA / "babe" / "sentences.csv")
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])].reset_index(drop=True)
    # 21 sentences have no article link: each becomes its own article group.
    df["news_link"] = df["news_link"].fillna(pd.Series([f"row{i}" for i in range(len(df))]))
    return fr.Corpus.from_dataframe(df, text="text", outlet="outlet")


def load_gvfc() -> fr.Corpus:
    df = pd.read_csv(DATA / "gvfc" / "headlines.csv")
    df = df[(df["Q1 Relevant"] == 1) & (df["Q3 Theme1"] != 99)].reset_index(drop=True)
    df = df.assign(theme=df["Q3 Theme1"].astype(str))
    return fr.Corpus.from_dataframe(df, text="news_title")


def load_narrative() -> fr.Corpus:
    df = pd.read_csv(DATA / "narrative_frames" / "articles.tsv", sep="\t")
    for c in NARRATIVE_FRAMES:
        # One cell reads "False)": a stray character in the release; read the word itself.
        df[c] = df[c].astype(str).str.strip().str.startswith("True").astype(int)
    return fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")


def load_allsides(parts=("train", "valid")) -> fr.Corpus:
    frames = [pd.read_json(DATA / "allsides" / f"media_{p}.jsonl.gz", lines=True) for p in parts]
    df = pd.concat(frames, ignore_index=True)
    return fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID", title="title")


def compare(
    corpus,
    *,
    target,
    groups,
    cv,
    seed,
    params,
    n_jobs,
    with_baseline,
    only_baseline=False,
    multilabel=False,
    min_df=1,
):
    rows = []
    models = {} if only_baseline else {"FramingClassifier": FramingClassifier(**params)}
    if with_baseline:
        models["tfidf_logreg"] = baseline(multilabel, min_df)
    for name, model in models.items():
        t0 = time.perf_counter()
        folds = evaluate(
            model, corpus, target=target, groups=groups, cv=cv, seed=seed, per_fold=True, n_jobs=n_jobs
        )
        seconds = time.perf_counter() - t0
        macro = folds[folds.metric == "macro_f1"]["value"].to_numpy()
        acc = folds[folds.metric == "accuracy"]["value"].to_numpy()
        per_class = folds[folds.metric == "f1"].groupby("class")["value"].mean().round(3).to_dict()
        rows.append(
            {
                "model": name,
                "macro_f1": round(float(macro.mean()), 3),
                "macro_f1_sd": round(float(macro.std(ddof=1)), 3),
                "folds": " ".join(f"{v:.3f}" for v in macro),
                "accuracy": round(float(acc.mean()), 3),
                "per_class_f1": per_class,
                "seconds": round(seconds, 1),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    return pd.DataFrame(rows)


def show_selection(corpus, *, target, groups, cv, seed, params, multilabel=False):
    """Refit on evaluate()'s outer folds; print each fold's macro-F1 and the chosen settings."""
    from collections import Counter

    from sklearn.metrics import f1_score

    from framing.models.evaluation import _inputs, _targets, grouped_splits

    docs = corpus.docs.reset_index(drop=True)
    y, multilabel = _targets(docs, target)
    g = docs[groups].astype(str).to_numpy() if groups else None
    splits = grouped_splits(
        y if not multilabel else np.zeros(len(docs)), g, cv=cv, seed=seed, multilabel=multilabel
    )
    chosen = Counter()
    confusion = Counter()
    for k, (tr, te) in enumerate(splits):
        clf = FramingClassifier(**params)
        y_tr = y.iloc[tr] if multilabel else y[tr]
        clf.fit(_inputs(clf, docs, tr), y_tr)
        pred = clf.predict(_inputs(clf, docs, te))
        truth = y.iloc[te].to_numpy() if multilabel else y[te]
        f1 = f1_score(truth, pred, average="macro", zero_division=0)
        picks = [
            f"{s['model']}/C={s['C']}/char={s['char_weight']}"
            + (f"/cue={s['cue_weight']}" if "cue_weight" in s else "")
            + (f"/nb={s['nb']}" if "nb" in s else "")
            for s in clf.selected_
        ]
        chosen.update(picks)
        if not multilabel:
            confusion.update(f"{t} -> {p}" for t, p in zip(truth, pred) if t != p)
        print(json.dumps({"fold": k, "macro_f1": round(float(f1), 3), "selected": picks}), flush=True)
    print(json.dumps({"selected_counts": dict(chosen.most_common())}), flush=True)
    if not multilabel:
        # Out-of-fold errors, true -> predicted, most frequent first.
        print(json.dumps({"errors": dict(confusion.most_common(12))}), flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", choices=["babe", "gvfc", "narrative", "allsides", "speed"])
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-jobs", type=int, default=1)
    ap.add_argument("--params", default="{}", help="JSON dict of FramingClassifier parameters")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--only-baseline", action="store_true", help="run the TF-IDF + LogReg line only")
    ap.add_argument("--groups", default=None, help="override the grouping column")
    ap.add_argument("--selection", action="store_true", help="print the inner-CV choice per outer fold")
    args = ap.parse_args(argv)
    params = json.loads(args.params)
    common = dict(
        cv=args.cv,
        seed=args.seed,
        params=params,
        n_jobs=args.n_jobs,
        with_baseline=not args.no_baseline,
        only_baseline=args.only_baseline,
    )
    print(f"# {args.dataset} {time.strftime('%Y-%m-%d %H:%M')} params={params}", flush=True)
    if args.dataset == "babe":
        corpus = load_babe()
        print(
            f"{len(corpus)} sentences, {corpus.docs.outlet.nunique()} outlets, {corpus.docs.news_link.nunique()} articles"
        )
        # The article (news_link) is BABE's natural group: sentences of one article share its
        # topic, wording and annotators' context, so they must not be split across folds. The
        # outlet grouping is kept as the harder transfer setting (unseen outlets).
        for groups in [args.groups] if args.groups else ["news_link", "outlet"]:
            print(f"## grouped by {groups}")
            if args.selection:
                show_selection(
                    corpus, target="label_bias", groups=groups, cv=args.cv, seed=args.seed, params=params
                )
                continue
            compare(corpus, target="label_bias", groups=groups, **common)
    elif args.dataset == "gvfc":
        corpus = load_gvfc()
        print(
            f"{len(corpus)} relevant headlines with a theme; classes {corpus.docs.theme.value_counts().to_dict()}"
        )
        if args.selection:
            show_selection(
                corpus, target="theme", groups=args.groups, cv=args.cv, seed=args.seed, params=params
            )
        else:
            compare(corpus, target="theme", groups=args.groups, **common)
    elif args.dataset == "narrative":
        corpus = load_narrative()
        print(f"{len(corpus)} articles; positives {corpus.docs[NARRATIVE_FRAMES].sum().to_dict()}")
        if args.selection:
            show_selection(
                corpus, target=NARRATIVE_FRAMES, groups=args.groups, cv=args.cv, seed=args.seed, params=params
            )
        else:
            compare(corpus, target=NARRATIVE_FRAMES, groups=args.groups, multilabel=True, **common)
    elif args.dataset == "allsides":
        corpus = load_allsides()
        print(f"{len(corpus)} articles, {corpus.docs.outlet.nunique()} outlets")
        compare(corpus, target="leaning", groups=args.groups or "outlet", min_df=2, **common)
    elif args.dataset == "speed":
        train = load_allsides(("train",))
        valid = load_allsides(("valid",))
        t0 = time.perf_counter()
        clf = FramingClassifier(**params).fit(train.docs, train.docs["leaning"])
        fit_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        pred = clf.predict(valid.docs)
        pred_s = time.perf_counter() - t0
        from sklearn.metrics import f1_score

        print(
            json.dumps(
                {
                    "n_train": len(train),
                    "fit_seconds": round(fit_s, 1),
                    "n_features": int(clf.n_features_),
                    "n_predict": len(valid),
                    "predict_seconds": round(pred_s, 1),
                    "articles_per_second": round(len(valid) / pred_s, 1),
                    "media_valid_macro_f1": round(
                        float(f1_score(valid.docs["leaning"], pred, average="macro")), 3
                    ),
                    "media_valid_pred_share": pd.Series(pred).value_counts(normalize=True).round(3).to_dict(),
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main())
