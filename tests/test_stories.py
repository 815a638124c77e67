"""Corpus.stories on a small written set of events, and on BASIL."""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._stories import names_and_numbers

# three events, each told by three outlets in their own words, plus one unrelated article
ARTICLES = [
    (
        "a1",
        "Wire",
        "2024-11-29",
        "Rebels enter Aleppo",
        "Rebel fighters entered western Aleppo on Friday after a lightning offensive from Idlib, "
        "the Syrian Observatory said. Government troops withdrew from several districts.",
    ),
    (
        "a2",
        "Daily",
        "2024-11-30",
        "Aleppo falls to opposition",
        "Opposition forces swept into Aleppo, Syria's second city, as the army pulled back from "
        "districts in the west. The Syrian Observatory reported heavy fighting near Idlib.",
    ),
    (
        "a3",
        "Post",
        "2024-11-29",
        "Militants storm Aleppo",
        "Militants stormed Aleppo on Friday, the Observatory said, after advancing from Idlib "
        "province. Syrian troops left the western districts of the city.",
    ),
    (
        "b1",
        "Wire",
        "2024-10-30",
        "Floods kill 95 in Valencia",
        "Flash floods killed at least 95 people in Valencia, Spain, after torrential rain on "
        "Tuesday, officials said. Rescue teams searched Paiporta for survivors.",
    ),
    (
        "b2",
        "Daily",
        "2024-10-31",
        "Valencia counts flood dead",
        "Spain mourned 95 people killed by floods around Valencia. In Paiporta, residents dug "
        "cars out of the mud after Tuesday's torrential rain.",
    ),
    (
        "b3",
        "Post",
        "2024-10-30",
        "Deadly floods in Spain",
        "Torrential rain in Valencia caused floods that killed 95, Spanish officials said, with "
        "Paiporta among the towns worst hit.",
    ),
    (
        "c1",
        "Wire",
        "2024-11-05",
        "Voters head to polls",
        "Americans voted on Tuesday in a presidential election between Kamala Harris and Donald "
        "Trump, with Pennsylvania seen as decisive.",
    ),
    (
        "c2",
        "Daily",
        "2024-11-05",
        "Election day in America",
        "Voters in Pennsylvania and other swing states cast ballots on Tuesday as Harris and "
        "Trump made final appeals.",
    ),
    (
        "c3",
        "Post",
        "2024-11-06",
        "Harris and Trump await results",
        "Kamala Harris and Donald Trump awaited results from Pennsylvania after polls closed on "
        "Tuesday's presidential election.",
    ),
    (
        "d1",
        "Post",
        "2024-11-30",
        "Museum reopens",
        "A small museum of clocks reopened in Geneva after renovation, its curator said.",
    ),
]


def event_corpus() -> fr.Corpus:
    df = pd.DataFrame(ARTICLES, columns=["doc_id", "outlet", "date", "title", "text"])
    return fr.Corpus.from_dataframe(df)


def test_three_events_and_a_singleton():
    out = event_corpus().stories()
    story = dict(zip(out.docs.doc_id, out.docs.story_id))
    assert story["a1"] == story["a2"] == story["a3"] == 0
    assert story["b1"] == story["b2"] == story["b3"] == 1
    assert story["c1"] == story["c2"] == story["c3"] == 2
    assert story["d1"] == 3
    assert out.docs.story_size.tolist() == [3] * 9 + [1]


def test_date_window_separates_same_words_weeks_apart():
    text = "Rebel fighters entered Aleppo after an offensive from Idlib, the Observatory said."
    df = pd.DataFrame({"text": [text, text], "date": ["2024-11-29", "2024-12-20"]})
    c = fr.Corpus.from_dataframe(df)
    assert c.stories().docs.story_id.tolist() == [0, 1]
    assert c.stories(window_days=30).docs.story_id.tolist() == [0, 0]


def test_undated_articles_compared_with_all():
    text = "Rebel fighters entered Aleppo after an offensive from Idlib, the Observatory said."
    df = pd.DataFrame({"text": [text, text, text], "date": ["2024-11-29", None, "2025-03-01"]})
    out = fr.Corpus.from_dataframe(df).stories()
    # the undated copy links to both; average linkage then joins all three
    assert out.docs.story_id.tolist() == [0, 0, 0]


def test_one_per_outlet():
    text = "Rebel fighters entered Aleppo after an offensive from Idlib, the Observatory said."
    df = pd.DataFrame({"text": [text, text, text], "outlet": ["A", "A", "B"], "date": "2024-11-29"})
    c = fr.Corpus.from_dataframe(df)
    assert c.stories().docs.story_id.tolist() == [0, 0, 0]
    assert c.stories(one_per_outlet=True).docs.story_id.tolist() == [0, 1, 0]


def test_names_and_numbers_skip_sentence_openers():
    text = "Rebels entered Aleppo on Friday. The Observatory counted 1,200 dead. “Nobody came,” said Ali."
    assert names_and_numbers(text) == ["aleppo", "friday", "observatory", "1200", "ali"]


@pytest.mark.parametrize(
    ("kwargs", "exc", "message"),
    [
        ({"threshold": 0}, ValueError, "`threshold` must be in (0, 1], the average cosine similarity"),
        ({"threshold": 2}, ValueError, "Got 2 instead."),
        (
            {"threshold": "high"},
            TypeError,
            "`threshold` must be a number in (0, 1], e.g. 0.2. Got 'high' instead.",
        ),
        ({"window_days": -1}, ValueError, "`window_days` must be 0 or more"),
        ({"window_days": "3"}, TypeError, "`window_days` must be a number of days, e.g. 3. Got '3' instead."),
        ({"name_weight": -1}, ValueError, "`name_weight` must be a number >= 0 (0 switches the block off)."),
    ],
)
def test_errors(kwargs, exc, message):
    with pytest.raises(exc, match=re.escape(message)):
        event_corpus().stories(**kwargs)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=60).filter(lambda s: s.strip()), min_size=1, max_size=6))
def test_any_texts_get_a_story(texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fr.FramingWarning)
        corpus = fr.Corpus.from_dataframe(pd.DataFrame({"text": texts}))
    out = corpus.stories()
    ids = out.docs.story_id
    assert len(out) == len(corpus)
    if len(corpus):  # texts of control characters only normalise to empty and are dropped
        assert ids.min() == 0 and set(ids) == set(range(ids.max() + 1))


# Recorded in benchmarks/RESULTS.md ("Story clustering"): ARI 0.979 with the defaults.
BASIL_ARI = 0.979


@pytest.mark.realdata
def test_basil_adjusted_rand_index():
    from conftest import shared_path
    from sklearn.metrics import adjusted_rand_score

    folder = shared_path("basil")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        from bench_stories import load_basil
    finally:
        sys.path.pop(0)
    corpus = load_basil(folder)
    out = corpus.stories()
    assert adjusted_rand_score(out.docs["event"], out.docs["story_id"]) >= BASIL_ARI - 0.02
