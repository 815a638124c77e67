"""framing: lexical framing and media-bias indicators for news corpora.

>>> import framing as fr
>>> corpus = fr.datasets.load("aleppo-2024")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from framing import datasets, lexicons, stats, text
from framing._validation import FramingWarning
from framing.agency import agency_rates, find_agency
from framing.corpus import Corpus, read_csv, read_jsonl, read_parquet, read_texts
from framing.kwic import Concordance, kwic, kwic_html
from framing.labels import find_actors, find_labels, label_choice
from framing.provenance import provenance
from framing.stats import compare_groups

__all__ = [
    "Concordance",
    "Corpus",
    "FramingWarning",
    "__version__",
    "agency_rates",
    "compare_groups",
    "datasets",
    "find_actors",
    "find_agency",
    "find_labels",
    "kwic",
    "kwic_html",
    "label_choice",
    "lexicons",
    "provenance",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_texts",
    "stats",
    "text",
]
