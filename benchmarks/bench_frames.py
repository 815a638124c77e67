"""Validate the built-in `generic_frames` dictionary against the Narrative Frames Corpus.

Frermann et al. (ACL 2023) label climate articles with generic frames; ours follow Semetko &
Valkenburg (2000). The map between them:

    conflict       -> CO (conflict)
    human_interest -> HI (human interest)
    economic       -> EC (economic)
    morality       -> MO (moral)
    responsibility -> RE (resolution: who should solve the problem and how)

For each frame, the score of an article is its dictionary rate (matches per 1,000 words) and the
label is the corpus' binary frame label; we report the ROC AUC of score vs label (0.5 = chance),
with a 95% article-bootstrap interval, plus a speed ratio against scikit-learn's
CountVectorizer over the same texts.

    python benchmarks/bench_frames.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing as fr  # noqa: E402

DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data"))
FRAME_MAP = {
    "conflict": "CO",
    "human_interest": "HI",
    "economic": "EC",
    "morality": "MO",
    "responsibility": "RE",
}


def load() -> fr.Corpus:
    d = pd.read_csv(DATA / "narrative_frames" / "articles.tsv", sep="\t")
    d["doc_id"] = "nfc-" + d["ID"].astype(str)
    return fr.Corpus.from_dataframe(d, text="text", outlet="source", doc_id="doc_id")


def aucs(corpus: fr.Corpus, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    scores = fr.dictionary_scores(corpus, "generic_frames")
    wide = scores.pivot(index="doc_id", columns="category", values="rate").reindex(corpus.docs["doc_id"])
    rng = np.random.default_rng(seed)
    rows = []
    for cat, code in FRAME_MAP.items():
        y = corpus.docs[code].astype(str).str.lower().isin(["1", "true"]).astype(int).to_numpy()
        s = wide[cat].fillna(0).to_numpy()
        boot = []
        for _ in range(n_boot):
            i = rng.integers(0, len(y), len(y))
            if 0 < y[i].sum() < len(i):
                boot.append(roc_auc_score(y[i], s[i]))
        rows.append(
            {
                "frame": cat,
                "nfc_label": code,
                "positives": int(y.sum()),
                "n": len(y),
                "auc": roc_auc_score(y, s),
                "ci_low": np.percentile(boot, 2.5),
                "ci_high": np.percentile(boot, 97.5),
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    corpus = load()
    print(aucs(corpus).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    texts = corpus.docs["text"].tolist() * 5
    big = fr.Corpus.from_dataframe(pd.DataFrame({"text": texts, "outlet": "x"}))
    t0 = time.perf_counter()
    fr.dictionary_scores(big, "generic_frames")
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    CountVectorizer().fit_transform(texts)
    t_ref = time.perf_counter() - t0
    mb = sum(map(len, texts)) / 1e6
    print(
        f"\nspeed on {len(texts)} articles ({mb:.1f} MB): dictionary_scores {t_ours:.2f} s, "
        f"CountVectorizer {t_ref:.2f} s, ratio {t_ours / t_ref:.1f}x"
    )


if __name__ == "__main__":
    main()
