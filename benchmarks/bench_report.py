"""Time the full HTML report on the bundled corpus and on the AllSides training articles.

Usage: python benchmarks/bench_report.py [--allsides]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))

import framing as fr  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--allsides", action="store_true", help="also run on media_train (about 7 minutes)")
    args = ap.parse_args()
    warnings.simplefilter("ignore", fr.FramingWarning)
    out = Path(tempfile.mkdtemp())
    runs = [("aleppo-2024", lambda: fr.datasets.load("aleppo-2024"))]
    if args.allsides:
        path = SHARED / "allsides" / "media_train.jsonl.gz"
        runs.append(("allsides media_train", lambda: fr.read_jsonl(path, outlet="source", doc_id="ID")))
    for name, load in runs:
        t0 = time.perf_counter()
        corpus = load()
        t1 = time.perf_counter()
        fr.report(corpus, path=out / "report.html", progress=False)
        t2 = time.perf_counter()
        print(
            f"{name}: {len(corpus)} articles, read {t1 - t0:.1f} s, report {t2 - t1:.1f} s, load {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
