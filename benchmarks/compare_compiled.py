"""Snapshot the span tables of one build and compare another build's tables with them.

Run from the root of a tree (pure Python, or one with the mypyc-compiled modules beside the
sources)::

    /work/venv/bin/python benchmarks/compare_compiled.py --save /tmp/snap/pure
    /work/venv/bin/python benchmarks/compare_compiled.py --compare /tmp/snap/pure

Takes ``run_all.py``'s 3,000-article AllSides sample (seed 0), makes the four span tables with
the single functions (``find_labels``, ``extract_quotes`` in both precision modes, ``find_hedges``,
``find_agency``) and ``fr.annotate``'s four tables, and either writes them as Parquet files or
checks them against such files with :func:`pandas.testing.assert_frame_equal` (values, dtypes,
column order and row order). Prints which modules of the tree are compiled.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.machinery
import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import framing as fr  # noqa: E402

#: The rule modules a mypyc build compiles (round 11 of the Scale section of RESULTS.md).
HOT = (
    "framing._allowlist",
    "framing._cues",
    "framing._phrases",
    "framing.agency",
    "framing.hedges",
    "framing.labels",
    "framing.quotes",
    "framing.text",
)


def tables(n: int) -> dict[str, pd.DataFrame]:
    import run_all

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sample = run_all.load().sample(3000, seed=0)
    if n < 3000:
        sample = fr.Corpus(sample.docs.iloc[:n].reset_index(drop=True))
    out = {
        "labels": fr.find_labels(sample, progress=False),
        "quotes": fr.extract_quotes(sample, progress=False),
        "quotes_high": fr.extract_quotes(sample, precision="high", progress=False),
        "hedges": fr.find_hedges(sample, progress=False),
        "agency": fr.find_agency(sample, progress=False),
    }
    for name, df in fr.annotate(sample, progress=False).items():
        out[f"ann_{name}"] = df
    for df in out.values():  # provenance (attrs) holds objects Parquet cannot store
        df.attrs = {}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="folder to write the Parquet snapshots to")
    group.add_argument("--compare", type=Path, help="folder of snapshots to compare with")
    ap.add_argument("--n", type=int, default=3000, help="first N articles of the sample")
    args = ap.parse_args()
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = [
        m for m in HOT if (getattr(importlib.import_module(m), "__file__", "") or "").endswith(suffixes)
    ]
    print("compiled modules:", ", ".join(compiled) or "none")
    got = tables(args.n)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for name, df in got.items():
            df.to_parquet(args.save / f"{name}.parquet")
            print(f"{name}: {len(df)} rows saved")
        return
    failed = 0
    for name, df in got.items():
        want = pd.read_parquet(args.compare / f"{name}.parquet")
        try:
            # through Parquet both ways, so that the comparison sees the same dtypes
            pd.testing.assert_frame_equal(pd.read_parquet(_roundtrip(df)), want)
            print(f"{name}: {len(df)} rows identical")
        except AssertionError as e:
            failed += 1
            print(f"{name}: DIFFERENT\n{e}")
    sys.exit(1 if failed else 0)


def _roundtrip(df: pd.DataFrame):
    import io

    buf = io.BytesIO()
    df.to_parquet(buf)
    buf.seek(0)
    return buf


if __name__ == "__main__":
    main()
