"""Corpus.clean on written examples: HTML, repeated site lines, datelines, bylines."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._clean import strip_byline_dateline, strip_html

SITE = "Share this article\n\nSign up for our daily newsletter\n\nCopyright © 2024 Example Daily"

BODIES = [
    "Rebels entered the outskirts of the city on Friday.\n\nResidents fled west.",
    "The army said it had repelled an attack near the airport.",
    "Aid groups warned of shortages of bread and fuel.",
    "A monitor counted 40 dead in two days of fighting.\n\nThe figure could not be verified.",
]


def site_corpus() -> fr.Corpus:
    texts = [f"{body}\n\n{SITE}" for body in BODIES]
    # one article carries a sentence nobody else printed, placed among the site lines
    texts[2] = f"{BODIES[2]}\n\nShare this article\n\nThe mayor resigned on Sunday.\n\n{SITE}"
    texts.append("Other outlet text.\n\nShare this article")
    return fr.Corpus.from_dataframe(
        pd.DataFrame({"text": texts, "outlet": ["Daily"] * 4 + ["Other"], "doc_id": list("abcde")})
    )


def test_boilerplate_lines_removed_and_reported():
    cleaned = site_corpus().clean()
    texts = dict(zip(cleaned.docs.doc_id, cleaned.docs.text))
    assert texts["a"] == BODIES[0]
    assert texts["b"] == BODIES[1]
    assert texts["c"] == f"{BODIES[2]}\n\nThe mayor resigned on Sunday."
    assert texts["d"] == BODIES[3]
    # one article of "Other": the same site line is not boilerplate there
    assert texts["e"] == "Other outlet text.\n\nShare this article"
    rep = cleaned.report["clean"]
    assert list(rep.columns) == ["outlet", "kind", "removed", "n_docs", "n_chars", "example_doc_id"]
    rows = {r.removed: r for r in rep.itertuples()}
    assert set(rows) == {
        "Share this article",
        "Sign up for our daily newsletter",
        "Copyright © 2024 Example Daily",
    }
    assert rows["Share this article"].n_docs == 4
    assert rows["Share this article"].n_chars == 5 * len("Share this article")  # twice in "c"
    assert set(rep.outlet) == {"Daily"} and set(rep.kind) == {"boilerplate"}
    assert rep.attrs["framing"]["function"] == "Corpus.clean"


def test_sentence_in_one_article_is_never_removed():
    # even with the loosest settings, a line printed once survives
    cleaned = site_corpus().clean(min_outlet_docs=2, min_share=0.0)
    assert "The mayor resigned on Sunday." in cleaned.docs.text[2]


def test_line_in_two_articles_kept_at_default_threshold():
    texts = ["Alpha one.\n\nShared line here.", "Beta two.\n\nShared line here.", "Gamma three."]
    c = fr.Corpus.from_dataframe(pd.DataFrame({"text": texts, "outlet": "X"})).clean()
    assert c.docs.text.tolist() == texts
    assert len(c.report["clean"]) == 0


def test_html_stripped_paragraphs_kept():
    raw = (
        "<html><head><style>p {color: red}</style><script>var x = '<p>';</script></head><body>"
        "<h1>Aleppo &amp; Idlib</h1><p>Rebels <b>advanced</b>&nbsp;quickly.</p>"
        "<!-- ad --><p>Line one<br>line two</p><ul><li>first</li><li>second</li></ul></body></html>"
    )
    c = fr.Corpus.from_dataframe(
        pd.DataFrame({"text": [raw], "title": ["<i>Aleppo</i> &quot;falls&quot;"], "outlet": "W"})
    ).clean()
    assert (
        c.docs.text[0]
        == "Aleppo & Idlib\n\nRebels advanced quickly.\n\nLine one\nline two\n\nfirst\n\nsecond"
    )
    assert c.docs.title[0] == 'Aleppo "falls"'
    rep = c.report["clean"]
    assert rep.kind.tolist() == ["html"] and rep.n_docs.tolist() == [1]


def test_plain_text_with_angle_brackets_untouched():
    assert strip_html("Turnout was < 40% and > 30%.") == "Turnout was < 40% and > 30%."


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        ("ALEPPO, Syria (GWS) — Rebels entered.", "Rebels entered.", "ALEPPO, Syria (GWS) —"),
        ("(Reuters) - The army said.", "The army said.", "(Reuters) -"),
        ("WASHINGTON — Senators voted.", "Senators voted.", "WASHINGTON —"),
        ("NEW YORK, Nov. 29 (Reuters) - Stocks rose.", "Stocks rose.", "NEW YORK, Nov. 29 (Reuters) -"),
        ("Beirut (AP) — Shelling killed four.", "Shelling killed four.", "Beirut (AP) —"),
        ("(CNN)Donald Trump said.", "Donald Trump said.", "(CNN)"),
    ],
)
def test_dateline_prefix_removed_sentence_kept(text, expected, removed):
    out, parts = strip_byline_dateline(text, bylines=True, datelines=True)
    assert out == expected
    assert parts == [("dateline", removed)]


@pytest.mark.parametrize(
    "text",
    ["The U.S. - China talks resumed.", "Rebels (HTS) said so.", "By the time they arrived, it was over."],
)
def test_no_false_dateline_or_byline(text):
    assert strip_byline_dateline(text, bylines=True, datelines=True) == (text, [])


def test_byline_and_dateline_after_headline():
    text = "Rebels reach Aleppo\n\nBy Jane Doe and John Roe\n\nBEIRUT (AP) — Rebels advanced."
    c = fr.Corpus.from_dataframe(pd.DataFrame({"text": [text], "outlet": "AP"})).clean()
    assert c.docs.text[0] == "Rebels reach Aleppo\n\nRebels advanced."
    assert c.report["clean"].kind.tolist() == ["byline", "dateline"]


def test_switches_off_each_step():
    text = "<p>WASHINGTON — Senators voted.</p>"
    c = fr.Corpus.from_dataframe(pd.DataFrame({"text": [text]}))
    assert c.clean(html=False, datelines=False).docs.text[0] == text
    assert c.clean(datelines=False).docs.text[0] == "WASHINGTON — Senators voted."


def test_article_emptied_by_cleaning_is_dropped_and_reported():
    texts = ["Share\nFollow us", "Share\nFollow us", "Share\nFollow us", "Real news here.\nShare"]
    c = fr.Corpus.from_dataframe(pd.DataFrame({"text": texts, "outlet": "X"}))
    with pytest.warns(fr.FramingWarning, match="3 articles were empty after cleaning"):
        out = c.clean()
    assert out.docs.text.tolist() == ["Real news here."]
    assert [d["reason"] for d in out.report["dropped"]] == ["empty after cleaning"] * 3


def test_input_not_mutated():
    c = site_corpus()
    before = c.docs.text.tolist()
    c.clean()
    assert c.docs.text.tolist() == before


@pytest.mark.parametrize(
    ("kwargs", "exc", "message"),
    [
        ({"min_outlet_docs": 1}, ValueError, "`min_outlet_docs` must be at least 2. Got 1 instead."),
        ({"min_outlet_docs": 2.5}, TypeError, "`min_outlet_docs` must be an integer. Got 2.5 instead."),
        ({"min_share": 1.5}, ValueError, "`min_share` must be between 0 and 1"),
        ({"min_share": "x"}, TypeError, "`min_share` must be a number between 0 and 1. Got 'x' instead."),
    ],
)
def test_errors(kwargs, exc, message):
    with pytest.raises(exc, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        site_corpus().clean(**kwargs)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80).filter(lambda s: s.strip()), min_size=1, max_size=5))
def test_any_texts_clean_without_error(texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fr.FramingWarning)
        corpus = fr.Corpus.from_dataframe(pd.DataFrame({"text": texts, "outlet": "X"}))
        out = corpus.clean(min_outlet_docs=2)
    assert len(out) + sum(d["reason"] == "empty after cleaning" for d in out.report["dropped"]) == len(corpus)
    for t in out.docs.text:
        assert t == fr.text.normalize(t)
        assert t.strip()


@pytest.mark.realdata
def test_seed_article_keeps_its_single_copy_lines():
    from conftest import shared_path

    path = next(shared_path("seed").glob("*.txt"))
    corpus = fr.read_texts(path.parent)
    out = corpus.clean()
    # one article: nothing repeats, so nothing is boilerplate
    assert out.docs.text[0] == corpus.docs.text[0]
