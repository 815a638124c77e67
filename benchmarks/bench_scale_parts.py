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

With ``--detail`` the quotes extractor runs once more under :mod:`cProfile` and the script prints,
for each rule function of the attribution and categorisation steps, how often it is called, on
how many distinct argument tuples (a repeated call is work a per-document cache could save), and
its cumulative profiled time as a share of the profiled quotes time (the profiler's overhead
falls on every Python call, so the shares, not the seconds, are the figures to read), and how
many candidate cues were sense-checked against the attributions that came out.
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

import framing._cues as C  # noqa: E402
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
    ap.add_argument("--detail", action="store_true", help="per-rule calls and profiled shares inside quotes")
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
    if args.detail:
        detail(p, docs)


# The rule functions of the attribution and categorisation steps (module, name), for --detail.
DETAIL = [
    (Q, "_attributions"),
    (Q, "cue_stance"),
    (C, "_sense"),
    (C, "_is_noun_use"),
    (C, "_boilerplate_near"),
    (C, "_is_furniture"),
    (C, "_no_statement"),
    (C, "_no_source"),
    (C, "_reports_content"),
    (C, "phrase_spans"),
    (Q, "_speaker_left"),
    (Q, "_toks"),
    (Q, "_is_title"),
    (Q, "_resolve"),
    (Q, "_categorise"),
    (Q, "_lookup"),
    (Q, "_lookup_uncached"),
    (Q, "_is_name"),
    (Q, "_inside_phrase"),
    (Q, "_own_anonymity"),
    (Q, "_description_category"),
    (Q, "_lookup_description"),
    (Q, "_full_mention"),
    (Q, "_own_words"),
    (Q, "_serving"),
    (Q, "_eighth_gate"),
    (Q, "_tenth_gate"),
    (Q, "_eleventh_gate"),
    (Q, "_twelfth_gate"),
    (Q, "_named_mention"),
    (C, "says"),
]


def detail(p, docs) -> None:  # type: ignore[no-untyped-def]
    """The --detail tables: per-rule calls, distinct calls and profiled shares inside quotes."""
    import cProfile
    import pstats

    calls: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    originals = [(mod, n, getattr(mod, n)) for mod, n in DETAIL]

    def key(a: tuple, k: dict) -> tuple:
        # Texts by identity, attributions and rules by identity, the rest by value.
        return tuple(
            x if isinstance(x, (int, str)) and not (isinstance(x, str) and len(x) > 300) else id(x) for x in a
        )

    def counting(n: str, f):  # type: ignore[no-untyped-def]
        def g(*a, **k):  # type: ignore[no-untyped-def]
            calls[n][key(a, k)] += 1
            return f(*a, **k)

        return g

    # A function imported by the other module ("cue_stance", "says") is wrapped in both.
    targets = [(m, n, f) for _, n, f in originals for m in (Q, C) if getattr(m, n, None) is f]
    for mod, n, f in targets:
        setattr(mod, n, counting(n, f))
    p.arg.cache.clear()  # the per-mention lookups start empty, as in a fresh run
    kinds: collections.Counter[str] = collections.Counter()
    try:
        for d in docs:
            kinds["rows"] += len(p.per_doc(d, p.arg))
            kinds["docs"] += 1
    finally:
        for mod, n, f in targets:
            setattr(mod, n, f)
    atts = Q._attributions
    n_atts: collections.Counter[str] = collections.Counter()

    def counted_atts(*a, **k):  # type: ignore[no-untyped-def]
        out = atts(*a, **k)
        n_atts.update(x.kind for x in out)
        return out

    Q._attributions = counted_atts
    try:
        [p.per_doc(d, p.arg) for d in docs]
    finally:
        Q._attributions = atts
    p.arg.cache.clear()
    prof = cProfile.Profile()
    prof.enable()
    [p.per_doc(d, p.arg) for d in docs]
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())  # every function's own time: the profiled whole
    cum = {}
    for (file, _line, name), v in stats.items():
        if "framing" in file:
            cum[(Path(file).name, name)] = cum.get((Path(file).name, name), 0.0) + v[3]
    print(f"\n### Quote rules in detail ({len(docs)} articles; profiled shares of the quotes time)\n")
    print("| function | calls | distinct calls | share of quotes (cumulative) |\n|---|---|---|---|")
    for _mod, n, f in originals:
        c = calls.get(n, collections.Counter())
        code = getattr(getattr(f, "__wrapped__", f), "__code__", None)
        file = Path(code.co_filename).name if code is not None else ""
        share = cum.get((file, n), 0.0) / total if total else 0.0
        print(f"| {Path(file).stem}.{n} | {sum(c.values())} | {len(c)} | {share:.1%} |")
    print(
        f"\nAttributions per kind: {dict(sorted(n_atts.items()))} (total {sum(n_atts.values())}); "
        f"cue_stance calls (sense checks): {sum(calls['cue_stance'].values())}; span rows: {kinds['rows']}."
    )


if __name__ == "__main__":
    main()
