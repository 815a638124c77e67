"""The fast paths of the extractors give exactly what the plain forms they replace give.

Each speed-up of issue 10 (round 5) swaps a slow construction for a faster one that must not
change a single span: a trie for a longest-first alternation, a tree of first-letter gates for a
flat list of them, a first-letter dispatch for a yes/no cue search, a lookup in the shared
sentences for a re-split of one line, a substring screen before tokenising a sentence. These
tests compare each with the plain form on written and generated text.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._mapping import Doc
from framing._phrases import phrase_regex, trie_pattern
from framing.labels import _gated_union, pattern_source
from framing.text import sentence_at

WORD = st.text(alphabet="abcdeisty", min_size=1, max_size=6)
TEXT = st.text(alphabet="abcdeisty ABT.,-'\n", max_size=120)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=12), text=TEXT)
def test_trie_matches_like_longest_first_alternation(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    trie = re.compile(trie_pattern(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=25), text=TEXT)
def test_gate_tree_matches_like_flat_alternation(words, text):
    sources = list(dict.fromkeys(pattern_source(w) for w in words))
    tree = _gated_union(sources)
    flat = re.compile(
        r"(?<!\w)(?=\w)(?:" + "|".join(f"({s})" for s in sorted(sources, key=len, reverse=True)) + ")",
        re.IGNORECASE,
    )
    assert tree is not None
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_gate_tree_keeps_group_owners():
    # More first letters than one level of the tree holds: the owner of the matching group is
    # still found from the group number.
    import framing.labels as lb

    by_pattern = {
        pattern_source(w): [w] for w in ["army", "civilians", "militants", "rebels", "troops", "jets"]
    }
    owners: dict[int, list[str]] = {}
    rx = lb._gated_union(by_pattern, owners)  # type: ignore[arg-type]
    assert rx is not None
    found = [owners[m.lastindex or 0][0] for m in rx.finditer("Rebels fired at troops; jets hit the army.")]
    assert found == ["rebels", "troops", "jets", "army"]


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="saidtoldclaimsx ,.-'\n", max_size=80))
def test_scare_quote_cue_search_finds_what_the_alternation_finds(text):
    from framing.hedges import _alternation, _any_of

    cues = ["say*", "said", "told", "claim*", "according to", "call|calls|called"]
    fast, plain = _any_of(cues), re.compile(_alternation(cues), re.IGNORECASE)
    assert fast.pattern != plain.pattern  # the dispatched form is in use
    for lo in range(0, len(text) + 1, 7):
        for hi in range(lo, len(text) + 1, 11):
            assert (fast.search(text, lo, hi) is None) == (plain.search(text, lo, hi) is None)


def test_scare_quote_cue_search_keeps_plain_form_for_odd_patterns():
    from framing.hedges import _alternation, _any_of

    odd = ["-based", "said"]  # a pattern that starts with a hyphen is not dispatched
    assert _any_of(odd).pattern == re.compile(_alternation(odd), re.IGNORECASE).pattern
    assert phrase_regex("-based").startswith("(?<!")


SENTENCES = (
    "The mayor said the bridge would reopen. Gen. Lane disagreed!\n"
    "A second line, without a stop\n\n"
    '  "Is it safe?" asked one resident. Others waited...   Then U.S. officials left.\n'
)


@pytest.mark.parametrize("split_first", [False, True])
def test_doc_sentence_at_equals_sentence_at(split_first):
    d = Doc(SENTENCES)
    if split_first:
        assert d.sentences  # the lookup then uses the split sentences
    for pos in range(-1, len(SENTENCES) + 1):
        assert d.sentence_at(pos) == sentence_at(SENTENCES, pos), pos


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet='ab. ?!"\nA', max_size=80))
def test_doc_sentence_at_equals_sentence_at_any_text(text):
    d = Doc(text)
    _ = d.sentences
    for pos in range(len(text)):
        assert d.sentence_at(pos) == sentence_at(text, pos)


def test_quotes_of_text_without_marks_is_empty():
    assert fr.text.quotes("No quotation here.\n\nNor here.") == []
    assert Doc("Nothing quoted.").quotes == []


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Rebels", "killed", "shelled", "skilled", "the", "town", "were", "Shot", ".", "\n"]),
        max_size=30,
    )
)
def test_agency_form_screen_changes_nothing(words):
    from framing import lexicons
    from framing.agency import _doc_records, _rules

    text = " ".join(words)
    rules = _rules(lexicons.load("harm_verbs"))
    assert rules.form_re is not None
    fast = _doc_records(Doc(text), rules)
    rules.form_re = None  # the plain path: every sentence tokenised
    assert _doc_records(Doc(text), rules) == fast


def test_annotate_written_article_equals_single_functions():
    text = (
        'Rebels reportedly shelled the town, killing three people, the monitor said. "It was a '
        'massacre," said Dana Reyes, a resident. The government called the fighters "terrorists."\n\n'
        "Officials were unable to confirm the toll. The army denied it."
    )
    docs = pd.DataFrame({"text": [text, text.upper(), "Nothing here."], "outlet": ["A", "B", "C"]})
    got = fr.annotate(docs, progress=False)
    single = {
        "labels": fr.find_labels(docs, progress=False),
        "quotes": fr.extract_quotes(docs, progress=False),
        "hedges": fr.find_hedges(docs, progress=False),
        "agency": fr.find_agency(docs, progress=False),
    }
    for name, df in single.items():
        pd.testing.assert_frame_equal(got[name].reset_index(drop=True), df.reset_index(drop=True))
    assert len(got["hedges"]) and len(got["agency"]) and len(got["quotes"])
