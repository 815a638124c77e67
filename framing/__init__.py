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
from framing.display import Evidence, compare, show
from framing.plotting import (
    plot_confusion,
    plot_cue_stance,
    plot_label_heatmap,
    plot_label_shares,
    plot_rates,
    plot_source_shares,
    plot_timeline,
    plot_top_features,
)
from framing.provenance import provenance

__all__ = [
    "Corpus",
    "Evidence",
    "FramingWarning",
    "__version__",
    "agency_rates",
    "compare",
    "datasets",
    "find_agency",
    "lexicons",
    "plot_confusion",
    "plot_cue_stance",
    "plot_label_heatmap",
    "plot_label_shares",
    "plot_rates",
    "plot_source_shares",
    "plot_timeline",
    "plot_top_features",
    "provenance",
    "read_csv",
    "read_jsonl",
    "read_parquet",
    "read_texts",
    "show",
    "stats",
    "text",
]
