import pandas as pd
import pytest

import framing as fr


@pytest.fixture
def docs():
    return fr.Corpus.from_dataframe(
        pd.DataFrame(
            {
                "text": [
                    "Rebel fighters entered the western outskirts of Aleppo on Friday.",
                    'In Idlib, "the terrorists <fled>," state media said, as jihadists regrouped.',
                ],
                "outlet": ["Wire", "Herald"],
            }
        )
    )


def test_phrase_query_with_window(docs):
    t = fr.kwic(docs, "rebel fighters", window=3)
    assert t[["doc_id", "outlet", "left", "match", "right", "start", "end"]].values.tolist() == [
        ["doc000000", "Wire", "", "Rebel fighters", "entered the western", 0, 14]
    ]


def test_regex_and_lexicon_queries(docs):
    t = fr.kwic(docs, r"jihadists?|terrorists?", window=2)
    assert t["match"].tolist() == ["terrorists", "jihadists"]
    assert t["left"].tolist() == ['Idlib, "the', "said, as"]
    lab = fr.kwic(docs, "armed_opposition:terrorists", lexicon="syria", by="outlet")
    assert lab[["outlet", "match", "in_quote"]].values.tolist() == [["Herald", "terrorists", True]]
    every = fr.kwic(docs, "armed_opposition", lexicon="syria", voice="own")
    assert every["label"].tolist() == ["rebels", "jihadists"]


def test_html_escapes_and_highlights(docs):
    t = fr.kwic(docs, "terrorists", window=2)
    page = t._repr_html_()
    assert "<mark>terrorists</mark>" in page and "&lt;fled&gt;" in page and "<fled>" not in page
    assert isinstance(t.head(1), fr.Concordance)


def test_column_selection_still_displays(docs):
    # Selecting columns keeps the Concordance type; without left/match/right it shows as a table.
    part = fr.kwic(docs, "terrorists", window=2)[["outlet", "match"]]
    assert isinstance(part, fr.Concordance)
    page = part._repr_html_()
    assert "<table" in page and "terrorists" in page and "<mark>" not in page


def test_bad_queries(docs):
    with pytest.raises(
        ValueError,
        match=r"names the label 'freedom', which is not a label of 'armed_opposition'; the labels are: rebels",
    ):
        fr.kwic(docs, "armed_opposition:freedom", lexicon="syria")
    with pytest.raises(ValueError, match=r"names the actor 'rebels', which is not in lexicon 'syria'"):
        fr.kwic(docs, "rebels:x", lexicon="syria")
    with pytest.raises(TypeError, match=r"`query` must be a non-empty string"):
        fr.kwic(docs, "")
    assert fr.kwic(docs, "(unbalanced")["match"].tolist() == []


def test_kwic_html_refuses_a_table_that_is_not_a_concordance():
    with pytest.raises(
        ValueError,
        match=r"^`table` must be a result of fr\.kwic \(with the columns doc_id, outlet, left, "
        r"match, right\); got text, outlet\. Pass fr\.kwic\(corpus, query\)\.$",
    ):
        fr.kwic_html(pd.DataFrame({"text": ["x"], "outlet": ["A"]}))
