"""framing: lexical framing and media-bias indicators for news corpora.

>>> import framing as fr
>>> corpus = fr.datasets.load("aleppo-2024")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from framing import datasets, lexicons, models, stats, text
from framing._validation import FramingWarning
from framing.agency import agency_rates, find_agency
from framing.annotate import annotate
from framing.corpus import Corpus, read_csv, read_jsonl, read_parquet, read_texts
from framing.dictionaries import dictionary_matches, dictionary_scores, load_dictionary, read_dic
from framing.display import Evidence, compare, show
from framing.hedges import find_hedges, hedge_rates
from framing.keyness import keyness, keyness_significance
from framing.kwic import Concordance, kwic, kwic_html
from framing.labels import find_actors, find_labels, label_choice
from framing.plotting import (
    plot_confusion,
    plot_cue_stance,
    plot_keyness,
    plot_label_heatmap,
    plot_label_shares,
    plot_rates,
    plot_source_shares,
    plot_timeline,
    plot_top_features,
)
from framing.provenance import provenance
from framing.quotes import cue_stance_by_speaker, extract_quotes, source_share
from framing.report import report
from framing.stats import compare_groups
from framing.tone import actor_sentences, actor_tone

__all__ = [
    "Concordance",
    "Corpus",
    "Evidence",
    "FramingWarning",
    "__version__",
    "actor_sentences",
    "actor_tone",
    "agency_rates",
    "annotate",
    "compare",
    "compare_groups",
    "cue_stance_by_speaker",
    "datasets",
    "dictionary_matches",
    "dictionary_scores",
    "extract_quotes",
    "find_actors",
    "find_agency",
    "find_hedges",
    "find_labels",
    "hedge_rates",
    "keyness",
    "keyness_significance",
    "kwic",
    "kwic_html",
    "label_choice",
    "lexicons",
    "load_dictionary",
    "models",
    "plot_confusion",
    "plot_cue_stance",
    "plot_keyness",
    "plot_label_heatmap",
    "plot_label_shares",
    "plot_rates",
    "plot_source_shares",
    "plot_timeline",
    "plot_top_features",
    "provenance",
    "read_csv",
    "read_dic",
    "read_jsonl",
    "read_parquet",
    "read_texts",
    "report",
    "show",
    "source_share",
    "stats",
    "text",
]
