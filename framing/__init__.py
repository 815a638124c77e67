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
from framing.dictionaries import dictionary_matches, dictionary_scores, load_dictionary, read_dic
from framing.hedges import find_hedges, hedge_rates
from framing.kwic import Concordance, kwic, kwic_html
from framing.labels import find_actors, find_labels, label_choice
from framing.provenance import provenance
from framing.stats import compare_groups
from framing.tone import actor_sentences, actor_tone

__all__ = [
    "Concordance",
    "Corpus",
    "FramingWarning",
    "__version__",
    "actor_sentences",
    "actor_tone",
    "agency_rates",
    "compare_groups",
    "datasets",
    "dictionary_matches",
    "dictionary_scores",
    "find_actors",
    "find_agency",
    "find_hedges",
    "find_labels",
    "hedge_rates",
    "kwic",
    "kwic_html",
    "label_choice",
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
