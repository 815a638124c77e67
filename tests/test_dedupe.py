"""Corpus.dedupe on written near-duplicates, and the exactness of the similarity join."""

from __future__ import annotations

import itertools
import random
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._dedupe import _candidate_pairs, _jaccard, shingle_matrix

WIRE = [
    "Rebel fighters pushed into the western districts of Aleppo on Friday, two days after "
    "launching their largest offensive in years, a war monitor and residents said.",
    "The fighters seized several villages along the main highway and reached the edge of the "
    "city, where government troops withdrew from positions they had held since 2016.",
    "Warplanes struck rebel-held towns to the west in response, the monitor said, and at "
    "least a dozen civilians were reported killed in the strikes on Thursday night.",
    "Thousands of families fled toward the north, aid groups said, warning that camps near "
    "the border were already full and that winter was approaching fast.",
    "Officials in the capital did not respond to requests for comment on the advance, and the "
    "state news agency described the fighting as an attack by terrorist groups.",
    "Analysts said the offensive caught the army off guard at a time when its allies were "
    "busy elsewhere, leaving frontline units short of air cover and reinforcements.",
]
# a short paragraph that the syndicated copy leaves out
TRIMMED = "The monitor gave no source for its toll."
ORIGINAL = [*WIRE[:3], TRIMMED, *WIRE[3:]]


def near_duplicate_corpus() -> fr.Corpus:
    original = "\n\n".join(ORIGINAL)
    # syndicated copy: new headline, one paragraph dropped, published a day later elsewhere
    syndicated = "\n\n".join(WIRE)
    other = "Floods hit the coast after record rain on Tuesday, officials said, closing roads."
    df = pd.DataFrame(
        {
            "doc_id": ["late-copy", "wire-1", "other", "undated-copy"],
            "text": [syndicated, original, other, original],
            "outlet": ["Daily", "Wire", "Daily", "Blog"],
            "date": ["2024-11-30", "2024-11-29", "2024-11-29", None],
            "title": ["Aleppo assault stuns army", "Rebels push into Aleppo", "Floods", "Repost"],
        }
    )
    return fr.Corpus.from_dataframe(df)


def test_keep_all_marks_copies_with_earliest_original():
    out = near_duplicate_corpus().dedupe(keep="all")
    assert out.docs.doc_id.tolist() == ["late-copy", "wire-1", "other", "undated-copy"]
    assert out.docs.duplicate_of.fillna("-").tolist() == ["wire-1", "-", "-", "wire-1"]
    rep = out.report["dedupe"]
    assert rep.doc_id.tolist() == ["late-copy", "undated-copy"]
    assert rep.duplicate_outlet.tolist() == ["Wire", "Wire"]
    assert not rep.removed.any()
    assert rep.similarity.iloc[1] == 1.0
    assert 0.8 <= rep.similarity.iloc[0] < 1.0


def test_keep_first_drops_and_reports():
    out = near_duplicate_corpus().dedupe()
    assert out.docs.doc_id.tolist() == ["wire-1", "other"]
    assert out.docs.duplicate_of.isna().all()
    rep = out.report["dedupe"]
    assert rep.doc_id.tolist() == ["late-copy", "undated-copy"] and rep.removed.all()
    assert list(rep.columns) == [
        "doc_id",
        "outlet",
        "date",
        "title",
        "duplicate_of",
        "duplicate_outlet",
        "similarity",
        "removed",
    ]
    assert rep.attrs["framing"]["params"]["threshold"] == 0.8


def test_dropped_paragraph_jaccard_matches_hand_count():
    c = near_duplicate_corpus()
    x = shingle_matrix(c.docs.text.tolist())
    sizes = np.diff(x.indptr)
    n_words = sum(len(re.findall(r"\w+", p)) for p in ORIGINAL)  # W
    n_trim = len(re.findall(r"\w+", TRIMMED))  # w
    # 5-shingles: W - 4 in the original; the copy loses the w + 4 shingles touching the trimmed
    # paragraph and gains 4 that bridge its neighbours, so the union is W and
    # Jaccard = (W - w - 8) / W.
    assert sizes[1] == n_words - 4
    assert sizes[0] == n_words - n_trim - 4
    sim = _jaccard(x, np.array([0]), np.array([1]))[0]
    assert sim == pytest.approx((n_words - n_trim - 8) / n_words)


def test_high_threshold_keeps_the_edited_copy():
    out = near_duplicate_corpus().dedupe(0.95, keep="all")
    assert out.docs.duplicate_of.fillna("-").tolist() == ["-", "-", "-", "wire-1"]


def test_ties_on_date_go_to_corpus_order():
    df = pd.DataFrame({"text": ["same words in both of these texts here"] * 2, "date": ["2024-01-01"] * 2})
    out = fr.Corpus.from_dataframe(df).dedupe(keep="all")
    assert out.docs.duplicate_of.fillna("-").tolist() == ["-", "doc000000"]


@pytest.mark.parametrize(
    ("kwargs", "exc", "message"),
    [
        ({"threshold": 0}, ValueError, "`threshold` must be in (0, 1], the Jaccard similarity"),
        ({"threshold": 1.2}, ValueError, "Got 1.2 instead."),
        ({"threshold": "0.8"}, TypeError, "`threshold` must be a number in (0, 1]"),
        (
            {"keep": "last"},
            ValueError,
            "The `keep` parameter must be one of {'first', 'all'}. Got 'last' instead.",
        ),
        ({"shingle": 0}, ValueError, "`shingle` must be at least 1. Got 0 instead."),
    ],
)
def test_errors(kwargs, exc, message):
    with pytest.raises(exc, match=re.escape(message)):
        near_duplicate_corpus().dedupe(**kwargs)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    threshold=st.sampled_from([0.3, 0.5, 0.8, 0.9, 1.0]),
    k=st.integers(1, 3),
)
def test_prefix_filter_finds_every_pair_brute_force_finds(seed, threshold, k):
    rng = random.Random(seed)
    vocab = ["a", "b", "c", "d", "e", "f", "g", "h"]
    bases = [[rng.choice(vocab) for _ in range(rng.randint(0, 25))] for _ in range(3)]
    texts = []
    for _ in range(10):
        words = list(rng.choice(bases))
        for _ in range(rng.randint(0, 3)):
            if words:
                words[rng.randrange(len(words))] = rng.choice(vocab)
        texts.append(" ".join(words))
    x = shingle_matrix(texts, k=k)
    i, j = _candidate_pairs(x, threshold)
    found = {(a, b) for a, b, s in zip(i, j, _jaccard(x, i, j)) if s >= threshold - 1e-12}
    ai, aj = (np.array(v) for v in zip(*itertools.combinations(range(len(texts)), 2)))
    truth = {(a, b) for a, b, s in zip(ai, aj, _jaccard(x, ai, aj)) if s >= threshold - 1e-12}
    assert found == truth


@pytest.mark.realdata
def test_allsides_sample_finds_planted_copies():
    from conftest import shared_path

    path = shared_path("allsides", "media_valid.jsonl.gz")
    df = pd.read_json(path, lines=True).head(400)
    planted = df.head(20).copy()
    planted["ID"] = planted["ID"].astype(str) + "-copy"
    planted["date"] = planted["date"] + pd.Timedelta(days=1)
    # drop each copy's last paragraph, like a syndicated trim
    planted["text"] = planted["text"].map(lambda t: "\n\n".join(t.split("\n\n")[:-1]) or t)
    both = pd.concat([df, planted], ignore_index=True)
    corpus = fr.Corpus.from_dataframe(both, outlet="source", doc_id="ID")
    rep = corpus.dedupe(0.5, keep="all").report["dedupe"]
    copies = set(planted["ID"].astype(str))
    assert copies <= set(rep.doc_id)
