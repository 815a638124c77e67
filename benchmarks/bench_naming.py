"""Naming benchmark: precision of label attribution on AllSides articles about Syria, speed of
label_choice against a scikit-learn CountVectorizer pass, and bootstrap_ratio timing.

    cd /work/wt-naming3 && PYTHONPATH=. nice -n 10 /work/venv/bin/python benchmarks/bench_naming.py [--skip-speed]

Precision uses the hand-checked samples in benchmarks/annotations/naming_allsides*.csv (doc ids and
offsets only; the texts are re-read from ../shared/data/allsides): the first (tuning) sample and
three fresh uniform samples, each drawn after one lexicon version was final (1.1.0, 1.2.0, 1.3.0);
only the newest is held out for the current lexicon, the earlier ones are development data.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

import framing as fr  # run from the repository root (or with the package installed)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data")) / "allsides"
ANNOTATIONS = Path(__file__).resolve().parent / "annotations" / "naming_allsides.csv"
FRESH = Path(__file__).resolve().parent / "annotations" / "naming_allsides_fresh.csv"
FRESH2 = Path(__file__).resolve().parent / "annotations" / "naming_allsides_fresh2.csv"
FRESH3 = Path(__file__).resolve().parent / "annotations" / "naming_allsides_fresh3.csv"


def allsides() -> pd.DataFrame:
    parts = [pd.read_json(DATA / f"media_{s}.jsonl.gz", lines=True) for s in ("train", "valid")]
    return pd.concat(parts, ignore_index=True)


def precision(df: pd.DataFrame) -> None:
    syria = df[df["text"].str.contains("Syria")]
    corpus = fr.Corpus.from_dataframe(syria, text="text", outlet="source", doc_id="ID")
    spans = fr.find_labels(corpus)
    ann = pd.read_csv(ANNOTATIONS, comment="#")
    key = ["doc_id", "start", "end", "actor", "label"]
    now = spans[key].assign(produced=True)
    merged = ann.merge(now, on=key, how="left")
    merged["produced"] = merged["produced"].fillna(False).astype(bool)
    kept = merged[merged["produced"]]
    print(f"AllSides articles mentioning Syria: {len(corpus)}; label mentions found: {len(spans)}")
    print(f"annotated rows: {len(ann)}; still produced by the current lexicon: {len(kept)}")
    print(f"precision on the produced annotated matches: {kept['correct'].mean():.3f} (n={len(kept)})")
    per = kept.groupby(["actor", "label"])["correct"].agg(precision="mean", n="size").reset_index()
    print(per.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    dropped = merged[~merged["produced"]]
    print(
        f"annotated matches no longer produced: {len(dropped)} ({int(dropped['correct'].sum())} of "
        "them were correct: recall given up for precision)"
    )
    print("label mentions per actor and label in these articles:")
    print(spans.groupby(["actor", "label"]).size().to_string())
    fresh_precision(spans, FRESH)
    fresh_precision(spans, FRESH2)
    fresh_precision(spans, FRESH3)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion k/n (Wilson 1927)."""
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return mid - half, mid + half


def fresh_precision(spans: pd.DataFrame, path: Path) -> None:
    """A held-out sample: uniform over the contested actors' mentions, new articles."""
    ann = pd.read_csv(path, comment="#")
    key = ["doc_id", "start", "end", "actor", "label"]
    merged = ann.merge(spans[key].assign(produced=True), on=key, how="left")
    kept = merged[merged["produced"].notna()]
    print(f"\n{path.name}: {len(ann)} judged, {len(kept)} still produced")
    k, n = int(kept["correct"].sum()), len(kept)
    lo, hi = wilson(k, n)
    print(f"precision (fresh sample): {k / n:.3f} = {k}/{n}, Wilson 95% interval {lo:.3f}-{hi:.3f}")
    for col in ("actor", ["actor", "label"]):
        per = kept.groupby(col)["correct"].agg(precision="mean", n="size").reset_index()
        print(per.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    print("main error kinds (notes of the 0s):")
    print(kept.loc[kept["correct"] == 0, "note"].value_counts().to_string())


def speed(df: pd.DataFrame) -> None:
    n = 30_000
    extra = df.sample(n - len(df), random_state=0).assign(ID=lambda d: d["ID"] + "_copy")
    big = pd.concat([df, extra], ignore_index=True)
    corpus = fr.Corpus.from_dataframe(big, text="text", outlet="source", doc_id="ID")
    texts = corpus.docs["text"].tolist()
    t0 = time.perf_counter()
    CountVectorizer().fit_transform(texts)
    t_cv = time.perf_counter() - t0
    t0 = time.perf_counter()
    table = fr.label_choice(corpus, n_boot=1000)
    t_lc = time.perf_counter() - t0
    mb = sum(map(len, texts)) / 1e6
    print(f"{len(corpus)} articles, {mb:.0f} MB of text, {len(table)} label_choice rows")
    print(f"CountVectorizer().fit_transform: {t_cv:.1f} s")
    print(f"label_choice (find_labels + 1,000-resample bootstrap per outlet): {t_lc:.1f} s")
    print(f"ratio label_choice / CountVectorizer: {t_lc / t_cv:.2f}")


def bootstrap() -> None:
    rng = np.random.default_rng(0)
    num = rng.poisson(2, 10_000).astype(float)
    den = num + rng.poisson(3, 10_000)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        fr.stats.bootstrap_ratio(num, den, n_boot=1000, seed=0)
        times.append(time.perf_counter() - t0)
    print(f"bootstrap_ratio, 1,000 resamples of 10,000 articles: best of 5 {min(times):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    df = allsides()
    precision(df)
    bootstrap()
    if not args.skip_speed:
        speed(df)


if __name__ == "__main__":
    main()
