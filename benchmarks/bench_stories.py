"""Story clustering on BASIL (100 events, each told by Fox, NYT and HuffPost).

Prints the adjusted Rand index of Corpus.stories against the true triplets for the defaults,
with one article per outlet, with dates removed (content alone must separate the events), and
the baseline of plain TF-IDF cosine with average linkage (no date window, no names, no title).

    python benchmarks/bench_stories.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("FRAMING_SHARED_DATA", ROOT.parent / "shared" / "data")) / "basil"

import framing as fr  # noqa: E402


def load_basil(folder: Path = DATA) -> fr.Corpus:
    """BASIL articles as a Corpus; ``event`` holds the true triplet id."""
    rows = []
    for path in sorted(folder.glob("articles/*/*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        text = "\n\n".join(" ".join(par) for par in art["body-paragraphs"])
        rows.append(
            {
                "doc_id": path.stem,
                "text": text,
                "outlet": art["source"].lower(),
                "date": art["date"],
                "title": art["title"],
                "event": art["triplet-uuid"],
            }
        )
    return fr.Corpus.from_dataframe(pd.DataFrame(rows))


def ari(corpus: fr.Corpus, **kw: object) -> tuple[float, float]:
    from sklearn.metrics import adjusted_rand_score

    t0 = time.perf_counter()
    out = corpus.stories(**kw)  # type: ignore[arg-type]
    dt = time.perf_counter() - t0
    return adjusted_rand_score(out.docs["event"], out.docs["story_id"]), dt


def baseline(corpus: fr.Corpus, threshold: float) -> float:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(corpus.docs["text"])
    d = 1 - (x @ x.T).toarray()
    np.fill_diagonal(d, 0)
    z = linkage(squareform(np.clip(d, 0, None), checks=False), "average")
    return adjusted_rand_score(corpus.docs["event"], fcluster(z, 1 - threshold, "distance"))


def main() -> None:
    corpus = load_basil()
    undated = fr.Corpus(corpus.docs.assign(date=pd.NaT))
    print(f"BASIL: {len(corpus)} articles, {corpus.docs['event'].nunique()} events")
    for thr in (0.2, 0.25):
        print(f"baseline TF-IDF cosine + average linkage, threshold {thr}: ARI {baseline(corpus, thr):.3f}")
    for label, c, kw in [
        ("defaults (window 3 days, threshold 0.2)", corpus, {}),
        ("defaults + one_per_outlet", corpus, {"one_per_outlet": True}),
        ("threshold 0.15", corpus, {"threshold": 0.15}),
        ("threshold 0.25", corpus, {"threshold": 0.25}),
        ("no names, no title (window only)", corpus, {"name_weight": 0, "title_weight": 0}),
        ("dates removed", undated, {}),
        ("dates removed + one_per_outlet", undated, {"one_per_outlet": True}),
    ]:
        score, dt = ari(c, **kw)
        print(f"{label}: ARI {score:.3f} ({dt:.2f} s)")


if __name__ == "__main__":
    main()
