"""framing: lexical framing and media-bias indicators for news corpora.

>>> import framing as fr
>>> corpus = fr.datasets.load("aleppo-2024")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from framing import datasets, lexicons, stats, text
from framing._validation import FramingWarning
from framing.corpus import Corpus, read_csv, read_jsonl, read_parquet, read_texts
from framing.dictionaries import dictionary_matches, dictionary_scores, load_dictionary, read_dic
from framing.hedges import find_hedges, hedge_rates
from framing.provenance import provenance

__all__ = [
    "Corpus",
    "FramingWarning",
    "__version__",
    "datasets",
    "dictionary_matches",
    "dictionary_scores",
    "find_hedges",
    "hedge_rates",
    "lexicons",
    "load_dictionary",
    "provenance",
    "read_csv",
    "read_dic",
    "read_jsonl",
    "read_parquet",
    "read_texts",
    "stats",
    "text",
]
