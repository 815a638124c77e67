"""How the classes of the bias_cues lexicon relate to BABE's labels (descriptive, not a model).

For each class: the share of BABE sentences with at least one match, the share labelled Biased
among sentences with and without a match, and the lift (ratio of the two). Also the fitted
weights of the ``bias_cues`` block of ``FramingClassifier(bias_cues="bias_cues")`` trained on all
of BABE (in-sample, description only; the cross-validated numbers are in bench_models.py).

Usage: ``python benchmarks/bench_bias_cues.py [--weights]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_models import load_babe  # noqa: E402

from framing.models import FramingClassifier, _bias_cues  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--weights", action="store_true", help="also fit on all of BABE and print the block's weights"
    )
    args = ap.parse_args(argv)
    corpus = load_babe()
    docs = corpus.docs
    biased = (docs["label_bias"] == "Biased").to_numpy()
    entries, prov = _bias_cues.load_entries("bias_cues")
    counts, _ = _bias_cues.count(docs["text"].tolist(), entries)
    print(f"# bias_cues {prov['version']} on BABE: {len(docs)} sentences, Biased share {biased.mean():.3f}")
    print("| class | sentences with a match | Biased share with | without | lift |")
    print("| --- | --- | --- | --- | --- |")
    rows = [(name, counts[:, k] > 0) for k, (name, _) in enumerate(entries)]
    rows.append(("any", counts.sum(axis=1) > 0))
    for name, has in rows:
        with_, without = biased[has].mean(), biased[~has].mean()
        print(
            f"| {name} | {has.mean():.3f} ({has.sum()}) | {with_:.3f} | {without:.3f} | {with_ / without:.2f} |"
        )
    if args.weights:
        clf = FramingClassifier(bias_cues="bias_cues").fit(corpus, "label_bias")
        names = clf.feature_names_
        classes, weights = clf._weights()
        k = list(classes).index("Biased")
        w = weights[k]
        norm = np.linalg.norm(w)
        print(f"selected: {clf.selected_}; weights towards Biased (l2 norm of all weights {norm:.2f}):")
        for i, n in enumerate(names):
            if n.startswith("bias_cues__"):
                print(f"  {n}: {w[i]:+.4f}")


if __name__ == "__main__":
    main()
