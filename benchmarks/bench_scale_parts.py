"""Where the time of ``fr.annotate`` goes: CPU seconds per part on the run_all sample.

Run from the repository root::

    nice -n 10 /work/venv/bin/python benchmarks/bench_scale_parts.py [--n 1000]

Takes the first ``--n`` articles of ``run_all.py``'s 3,000-article sample (AllSides, seed 0),
builds one shared analysis (:class:`framing._mapping.Doc`) per article as ``fr.annotate`` does,
and times (process CPU time, one core) the shared splitting and each indicator's per-document
extractor, with a scikit-learn CountVectorizer pass over the same texts as the yardstick. The
quotes extractor is split further by timing wrappers around its inner functions (the wrappers
add a little overhead, so the parts are a slightly high estimate), and the regular-expression
compilations that happen while documents are processed (not at set-up) are totalled by the
function that asked for them.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import framing.quotes as Q  # noqa: E402
from framing._mapping import Doc  # noqa: E402
from framing.annotate import _prepare  # noqa: E402

WRAPPED = [
    "_attributions",
    "cue_stance",
    "_speaker_left",
    "_cue_words",
    "_resolve",
    "_match_description",
    "_categorise",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    import run_all
    from sklearn.feature_extraction.text import CountVectorizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        texts = run_all.load().sample(3000, seed=0).docs["text"].tolist()[: args.n]
    preps = {n: _prepare(n, None) for n in ("labels", "quotes", "hedges", "agency")}
    for p in preps.values():  # compile lazily built rules outside the timings
        p.per_doc(Doc(texts[0]), p.arg)

    def cpu(f) -> float:
        t = time.process_time()
        f()
        return time.process_time() - t

    rows: list[tuple[str, float]] = [("CountVectorizer", cpu(lambda: CountVectorizer().fit_transform(texts)))]
    docs = [Doc(t) for t in texts]
    rows.append(("paragraphs", cpu(lambda: [d.paragraphs for d in docs])))
    rows.append(("sentences", cpu(lambda: [d.sentences for d in docs])))
    rows.append(("quote marks", cpu(lambda: [d.quotes for d in docs])))
    for name, p in preps.items():
        if name == "quotes":
            continue
        rows.append((name, cpu(lambda p=p: [p.per_doc(d, p.arg) for d in docs])))

    # quotes, with its parts
    acc: collections.Counter[str] = collections.Counter()
    originals = {n: getattr(Q, n) for n in WRAPPED}

    def wrap(n: str):
        f = originals[n]

        def g(*a, **k):
            t = time.process_time()
            try:
                return f(*a, **k)
            finally:
                acc[n] += time.process_time() - t

        return g

    compiles: collections.Counter[str] = collections.Counter()
    compiler = re._compiler.compile  # type: ignore[attr-defined]

    def timed_compile(*a, **k):
        t = time.process_time()
        try:
            return compiler(*a, **k)
        finally:
            frame = sys._getframe(1)
            while frame is not None and "framing" not in frame.f_code.co_filename:
                frame = frame.f_back
            where = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}" if frame else "?"
            compiles[where] += time.process_time() - t

    for n in WRAPPED:
        setattr(Q, n, wrap(n))
    re._compiler.compile = timed_compile  # type: ignore[attr-defined]
    p = preps["quotes"]
    try:
        total = cpu(lambda: [p.per_doc(d, p.arg) for d in docs])
    finally:
        for n, f in originals.items():
            setattr(Q, n, f)
        re._compiler.compile = compiler  # type: ignore[attr-defined]
    rows.append(("quotes", total))
    cv = rows[0][1]
    print(f"\n### CPU seconds per part, {args.n} articles of the run_all sample\n")
    print("| part | CPU s | x CV |\n|---|---|---|")
    for what, s in rows:
        print(f"| {what} | {s:.3f} | {s / cv:.2f} |")
    whole = sum(s for what, s in rows[1:])
    print(f"| all parts (shared analysis + four extractors) | {whole:.3f} | {whole / cv:.2f} |")
    print(
        "\n### Inside quotes (cumulative, nested: _attributions holds cue_stance, _speaker_left, _cue_words)\n"
    )
    print("| function | CPU s | x CV |\n|---|---|---|")
    for n in WRAPPED:
        print(f"| {n} | {acc[n]:.3f} | {acc[n] / cv:.2f} |")
    print("\n### Regex compilations while documents are processed (cache misses), by caller\n")
    print("| caller | CPU s |\n|---|---|")
    for where, s in compiles.most_common(8):
        print(f"| {where} | {s:.3f} |")


if __name__ == "__main__":
    main()
