"""Scale benchmarks on the AllSides training set: speed per extractor, n_jobs, Dask, growth, memory,
and the accuracy figures of the other issues recomputed with the current code.

Run from the repository root::

    /work/venv/bin/python benchmarks/run_all.py            # full run (about 10 minutes on 2 cores)
    /work/venv/bin/python benchmarks/run_all.py --sizes 1000,3000 --skip-memory   # quick
    /work/venv/bin/python benchmarks/run_all.py --only-accuracy   # accuracy figures only

Prints one Markdown table per measurement, for ``benchmarks/RESULTS.md`` (section "Scale").
All times are wall-clock seconds in this process; ratios are against a scikit-learn
CountVectorizer pass over the same texts in the same run, so they survive a slower machine better
than the seconds do. The load average is printed because the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import framing as fr  # noqa: E402

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))
TRAIN = DATA / "allsides" / "media_train.jsonl.gz"
VALID = DATA / "allsides" / "media_valid.jsonl.gz"
EXTRACTORS = {
    "labels": fr.find_labels,
    "quotes": fr.extract_quotes,
    "hedges": fr.find_hedges,
    "agency": fr.find_agency,
}
FIELDS = {"outlet": "source", "date": "date", "title": "title", "doc_id": "ID"}

MEMORY_CHILD = """
import resource, sys, tempfile, time, warnings
sys.path.insert(0, {root!r})
warnings.simplefilter("ignore")
import framing as fr
t = time.perf_counter()
with tempfile.TemporaryDirectory() as out:
    chunks = fr.read_jsonl({path!r}, chunksize={chunk}, outlet="source", date="date", title="title", doc_id="ID")
    written = fr.annotate(chunks, out=out, n_jobs=1, progress=False)
    n_docs = int(written["hedges"]["n_docs"].sum())
    n_spans = {{k: int(v["n_spans"].sum()) for k, v in written.items()}}
# VmHWM, not ru_maxrss: Linux carries the forking parent's peak into ru_maxrss across exec.
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(n_docs, time.perf_counter() - t, peak, n_spans)
"""


def load() -> fr.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        train = fr.read_jsonl(TRAIN, **FIELDS)
        valid = fr.read_jsonl(VALID, **FIELDS)
    docs = pd.concat([train.docs, valid.docs], ignore_index=True)
    docs = docs.drop_duplicates("doc_id", ignore_index=True)
    return fr.Corpus(docs)


def timed(fn, *args, **kwargs) -> float:
    t = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t


def timed_cpu(fn, *args, **kwargs) -> tuple[float, float]:
    """Wall-clock and process CPU seconds of one call (CPU time is steadier on a shared machine)."""
    t, c = time.perf_counter(), time.process_time()
    fn(*args, **kwargs)
    return time.perf_counter() - t, time.process_time() - c


def count_vectorizer_seconds(texts: list[str]) -> float:
    from sklearn.feature_extraction.text import CountVectorizer

    return timed(CountVectorizer().fit_transform, texts)


def table(rows: list[dict], title: str) -> None:
    print(f"\n### {title}\n")
    df = pd.DataFrame(rows)
    cells = [[f"{v:.2f}" if isinstance(v, float) else str(v) for v in r] for r in df.itertuples(index=False)]
    print("| " + " | ".join(map(str, df.columns)) + " |")
    print("|" + "---|" * len(df.columns))
    for r in cells:
        print("| " + " | ".join(r) + " |")
    sys.stdout.flush()


def memory(chunk: int) -> None:
    code = MEMORY_CHILD.format(root=str(ROOT), path=str(TRAIN), chunk=chunk)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    n_docs, secs, rss, spans = res.stdout.strip().split(" ", 3)
    table(
        [
            {
                "articles": int(n_docs),
                "chunksize": chunk,
                "seconds": float(secs),
                "peak RSS MiB": float(rss),
                "spans": spans,
            }
        ],
        f"Streaming fr.annotate of the AllSides training set to Parquet (subprocess, n_jobs=1), load {os.getloadavg()[0]:.2f}",
    )


def accuracy(corpus: fr.Corpus | None = None) -> None:
    """Headline accuracy figures of the other issues, recomputed from the stored judgements and
    gold data with the current code (each row names the script that gives the full breakdown)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    rows: list[dict] = []

    def add(issue: str, what: str, value: float, target: str, script: str) -> None:
        rows.append(
            {
                "issue": issue,
                "measure": what,
                "value": f"{float(value):.3f}",
                "target": target,
                "script": script,
            }
        )

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import score_polnear as sp

        docs, _ = sp.comparable(sp.load_polnear("dev"))
        res = sp.score(docs, fr.extract_quotes(sp.corpus_of(docs), progress=False), 0.3)
        script = "score_polnear.py --compartment dev"
        add("#5", "PolNeAR dev, quote-marked F1 (overlap 0.3)", res["f1_quoted"], ">= 0.85", script)
        add("#5", "PolNeAR dev, all attributions F1", res["f1"], ">= 0.65", script)
        add("#5", "PolNeAR dev, speaker accuracy", res["speaker_accuracy"], ">= 0.88", script)
        add("#5", "PolNeAR dev, cue accuracy", res["cue_accuracy"], ">= 0.88", script)

        import bench_naming as bn

        ann = pd.read_csv(bn.FRESH3, comment="#")
        texts = corpus if corpus is not None else load()
        sub = fr.Corpus(texts.docs[texts.docs["doc_id"].isin(set(ann["doc_id"]))].reset_index(drop=True))
        key = ["doc_id", "start", "end", "actor", "label"]
        spans = fr.find_labels(sub, "syria", progress=False)
        kept = ann.merge(spans[key].drop_duplicates().assign(produced=True), on=key, how="left")
        kept = kept[kept["produced"].notna()]
        add(
            "#4",
            f"naming precision, third fresh sample (n={len(kept)})",
            kept["correct"].mean(),
            ">= 0.9",
            "bench_naming.py",
        )

        import bench_agency as ba

        ev = ba.evaluate()
        held = [c for c in ev.columns if c != "all"][-1]
        add(
            "#6",
            f"agency coarse accuracy, held-out sample {held}",
            ev.loc["coarse_accuracy", held],
            ">= 0.9",
            "bench_agency.py",
        )

        import bench_hedges as bh

        hz = bh.score(pd.read_csv(bh.SAMPLE)).set_index("family")
        for fam in hz.index:
            if fam != "all":
                add(
                    "#6",
                    f"hedge precision, {fam} (all judged rounds)",
                    hz.loc[fam, "precision"],
                    ">= 0.9",
                    "bench_hedges.py",
                )

        import bench_tone as bt

        basil, tone_ann = bt.load()
        auc = bt.auc_table(bt.score(basil, tone_ann), n_boot=200).set_index("subset")
        add(
            "#6",
            "VADER sentence tone vs BASIL polarity, AUC",
            auc.loc["all", "auc"],
            "recorded",
            "bench_tone.py",
        )

        import bench_stories as bs

        add("#2", "story clustering, BASIL ARI", bs.ari(bs.load_basil())[0], ">= 0.9", "bench_stories.py")
    table(rows, "Accuracy figures of the other issues (current code)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000, help="articles for speed, n_jobs and Dask")
    ap.add_argument("--sizes", default="1000,3000,10000,28946", help="articles for the growth table")
    ap.add_argument("--chunk", type=int, default=2000, help="chunksize of the memory run")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--only-memory", action="store_true")
    ap.add_argument("--skip-accuracy", action="store_true")
    ap.add_argument("--only-accuracy", action="store_true")
    ap.add_argument(
        "--only-speed", action="store_true", help="only the one-core table (wall and CPU time), then stop"
    )
    args = ap.parse_args()
    print(f"# framing scale benchmark, {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}")
    print(f"load average at start: {os.getloadavg()}")
    if args.only_memory:
        memory(args.chunk)
        return
    corpus = load()
    if args.only_accuracy:
        accuracy(corpus)
        return
    sample = corpus.sample(args.n, seed=0)
    texts = sample.docs["text"].tolist()
    mb = sum(len(t.encode()) for t in texts) / 1e6

    # Warm-up: lexicon compilation and imports are not per-article costs.
    fr.annotate(corpus.sample(20, seed=1), progress=False)
    fr.annotate(corpus.sample(40, seed=1), n_jobs=2, progress=False)  # start the worker processes
    from sklearn.feature_extraction.text import CountVectorizer

    cv, cv_cpu = timed_cpu(CountVectorizer().fit_transform, texts)

    def speed_row(what: str, s: float, c: float) -> dict:
        return {
            "pass": what,
            "seconds": s,
            "CPU s": c,
            "MB/s": mb / s,
            "articles/s": args.n / s,
            "x CV": s / cv,
            "x CV (CPU)": c / cv_cpu,
        }

    load_start = os.getloadavg()[0]
    rows = [speed_row("CountVectorizer", cv, cv_cpu)]
    one, one_cpu = {}, {}
    for name, f in EXTRACTORS.items():
        one[name], one_cpu[name] = timed_cpu(f, sample, n_jobs=1, progress=False)
        rows.append(speed_row(name, one[name], one_cpu[name]))
    total = sum(one.values())
    rows.append(speed_row("four, separately", total, sum(one_cpu.values())))
    shared, shared_cpu = timed_cpu(fr.annotate, sample, n_jobs=1, progress=False)
    rows.append(speed_row("four, fr.annotate", shared, shared_cpu))
    table(
        rows,
        f"One core, {args.n} articles ({mb:.1f} MB), load {load_start:.2f} at start, "
        f"{os.getloadavg()[0]:.2f} at end",
    )
    if args.only_speed:
        return

    rows = []
    for name, f in EXTRACTORS.items():
        two = timed(f, sample, n_jobs=2, progress=False)
        rows.append(
            {"extractor": name, "n_jobs=1 s": one[name], "n_jobs=2 s": two, "speed-up": one[name] / two}
        )
    two_all = sum(r["n_jobs=2 s"] for r in rows)
    rows.append(
        {"extractor": "four", "n_jobs=1 s": total, "n_jobs=2 s": two_all, "speed-up": total / two_all}
    )
    two_ann = timed(fr.annotate, sample, n_jobs=2, progress=False)
    rows.append(
        {
            "extractor": "fr.annotate",
            "n_jobs=1 s": shared,
            "n_jobs=2 s": two_ann,
            "speed-up": shared / two_ann,
        }
    )
    table(rows, f"n_jobs=2 on {args.n} articles, load {os.getloadavg()[0]:.2f}")

    import dask
    import dask.dataframe as dd

    ddf = dd.from_pandas(sample.docs, npartitions=8)
    rows = []
    for name, f in EXTRACTORS.items():
        with dask.config.set(scheduler="synchronous"):
            s = timed(lambda f=f: f(ddf).compute())
        rows.append(
            {
                "extractor": name,
                "pandas s": one[name],
                "dask (8 partitions, synchronous) s": s,
                "overhead": s / one[name] - 1,
            }
        )
    with dask.config.set(scheduler="synchronous"):
        agg_dask = timed(fr.hedge_rates, ddf, n_boot=1000)
    agg_pd = timed(fr.hedge_rates, sample, n_boot=1000)
    rows.append(
        {
            "extractor": "hedge_rates",
            "pandas s": agg_pd,
            "dask (8 partitions, synchronous) s": agg_dask,
            "overhead": agg_dask / agg_pd - 1,
        }
    )
    table(rows, f"Dask overhead on {args.n} articles, load {os.getloadavg()[0]:.2f}")

    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        sub = corpus.sample(min(n, len(corpus)), seed=2)
        sub_texts = sub.docs["text"].tolist()
        s = timed(fr.annotate, sub, n_jobs=1, progress=False)
        c = count_vectorizer_seconds(sub_texts)
        rows.append(
            {
                "articles": len(sub),
                "MB": sum(map(len, sub_texts)) / 1e6,
                "fr.annotate s": s,
                "ms/article": 1000 * s / len(sub),
                "x CV": s / c,
                "load": os.getloadavg()[0],
            }
        )
    table(rows, "Growth (fr.annotate, four indicators, one core)")

    if not args.skip_memory:
        memory(args.chunk)
    if not args.skip_accuracy:
        accuracy(corpus)
    print(f"\nload average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
