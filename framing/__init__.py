"""framing: lexical framing and media-bias indicators for news corpora.

>>> import framing as fr
>>> corpus = fr.datasets.load("aleppo-2024")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from framing import datasets, lexicons, stats, text
from framing._validation import FramingWarning
from framing.corpus import Corpus, read_csv, read_jsonl, read_parquet, read_texts
from framing.keyness import keyness, keyness_significance
from framing.plotting import plot_keyness
from framing.provenance import provenance

__all__ = [
    "Corpus",
    "FramingWarning",
    "__version__",
    "datasets",
    "keyness",
    "keyness_significance",
    "lexicons",
    "plot_keyness",
    "provenance",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_texts",
    "stats",
    "text",
]
