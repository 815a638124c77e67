import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import framing as fr

VADER = SentimentIntensityAnalyzer()


def vader(sentence):
    return VADER.polarity_scores(sentence)["compound"]


def frame(texts, outlets=None, ids=None):
    return pd.DataFrame(
        {
            "doc_id": ids or [f"d{i}" for i in range(len(texts))],
            "text": texts,
            "outlet": outlets or ["W"] * len(texts),
        }
    )


# -- actor_sentences ---------------------------------------------------------------------------
def test_sentences_offsets_voice_and_scores():
    text = (
        'Syrian rebels bravely freed Aleppo. "The terrorists are cowards," SANA said. The weather was mild.'
    )
    out = fr.actor_sentences(frame([text]))
    assert list(out.columns) == [
        "doc_id",
        "outlet",
        "date",
        "start",
        "end",
        "text",
        "actor",
        "voice",
        "n_mentions",
        "tone",
    ]
    first = "Syrian rebels bravely freed Aleppo."
    second = '"The terrorists are cowards," SANA said.'
    assert out[["start", "end", "text", "actor", "voice", "n_mentions"]].values.tolist() == [
        [0, 35, first, "armed_opposition", "own", 1],
        [36, 76, second, "armed_opposition", "quoted", 1],
    ]
    assert out["tone"].tolist() == pytest.approx([vader(first), vader(second)])
    assert all(text[s:e] == t for s, e, t in zip(out.start, out.end, out.text))
    assert out.attrs["framing"]["function"] == "actor_sentences"
    assert out.attrs["framing"]["lexicons"]["syria"]["version"]
    assert out.attrs["framing"]["params"]["sentiment"].startswith("vaderSentiment ")


def test_one_row_per_sentence_actor_and_voice():
    # Two own-voice mentions of the opposition in one sentence: one row with n_mentions 2.
    # The second sentence names the government both in its own words and in a quote.
    text = (
        "Rebels and opposition fighters entered Aleppo. "
        'The regime, which "the government" calls itself, retreated from Aleppo.'
    )
    out = fr.actor_sentences(frame([text]))
    got = out[["start", "actor", "voice", "n_mentions"]].values.tolist()
    assert got == [
        [0, "armed_opposition", "own", 2],
        [47, "syrian_government", "own", 1],
        [47, "syrian_government", "quoted", 1],
    ]
    # Both rows of the second sentence carry that sentence's one score.
    assert out["tone"].iloc[1] == out["tone"].iloc[2]


def test_aliases_count_as_mentions_and_actors_filter():
    text = "Assad's forces shelled Idlib. HTS fighters held the line in Idlib."
    out = fr.actor_sentences(frame([text]))
    assert out[["text", "actor"]].values.tolist() == [
        ["Assad's forces shelled Idlib.", "syrian_government"],
        ["HTS fighters held the line in Idlib.", "armed_opposition"],
    ]
    only = fr.actor_sentences(frame([text]), actors="armed_opposition")
    assert only["actor"].tolist() == ["armed_opposition"]


def test_no_mentions_gives_empty_table_with_columns():
    out = fr.actor_sentences(frame(["The weather in Paris was mild."]))
    assert len(out) == 0 and list(out.columns)[-4:] == ["actor", "voice", "n_mentions", "tone"]


def test_n_jobs_gives_identical_results():
    texts = [f"Syrian rebels took Aleppo on day {i}. The regime lost {i} tanks near Hama." for i in range(30)]
    a = fr.actor_sentences(frame(texts))
    b = fr.actor_sentences(frame(texts), n_jobs=2)
    pd.testing.assert_frame_equal(a, b)


@settings(max_examples=40, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('Syrian rebels regime Aleppo "good" bad.\n“”')),
        max_size=150,
    )
)
def test_any_text_gives_valid_sentences(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fr.FramingWarning)  # empty texts are dropped with a warning
        corpus = fr.Corpus.from_dataframe(pd.DataFrame({"text": [text], "outlet": ["W"]}))
    out = fr.actor_sentences(corpus)
    if len(corpus) == 0:
        assert len(out) == 0
        return
    doc = corpus.docs["text"][0]
    for r in out.itertuples():
        assert 0 <= r.start < r.end <= len(doc)
        assert doc[r.start : r.end] == r.text
        assert r.voice in ("own", "quoted")
        assert -1.0 <= r.tone <= 1.0
        assert r.n_mentions >= 1


# -- actor_tone --------------------------------------------------------------------------------
A1 = ["Syrian rebels bravely liberated Aleppo.", "The rebels were welcomed warmly in Aleppo."]
A2 = ["Rebels in Aleppo looted and killed innocent people."]
B1 = ["Opposition fighters in Aleppo were cruel and brutal."]


def tone_docs():
    return frame([" ".join(A1), " ".join(A2), " ".join(B1)], outlets=["A", "A", "B"], ids=["a1", "a2", "b1"])


def test_actor_tone_against_hand_computed_means():
    t = fr.actor_tone(tone_docs(), actors="armed_opposition", n_boot=1000)
    assert list(t.columns) == [
        "outlet",
        "actor",
        "voice",
        "count",
        "total",
        "mean_tone",
        "ci_low",
        "ci_high",
        "n_docs",
    ]
    rows = t.set_index(["outlet", "voice"])
    a_scores = [vader(s) for s in A1 + A2]
    a = rows.loc[("A", "own")]
    assert a["count"] == 3 and a["n_docs"] == 2
    assert a["total"] == pytest.approx(sum(a_scores))
    # Ratio of sums: every sentence weighs the same, not every article.
    assert a["mean_tone"] == pytest.approx(sum(a_scores) / 3)
    # Resamples of A's two articles give {a1,a1}, {a2,a2} or {a1,a2}; the 95% interval spans
    # the two articles' own means (each pair is drawn with probability 1/4).
    per_doc = [np.mean([vader(s) for s in A1]), vader(A2[0])]
    assert a["ci_low"] == pytest.approx(min(per_doc))
    assert a["ci_high"] == pytest.approx(max(per_doc))
    b = rows.loc[("B", "own")]
    assert b["count"] == 1 and b["mean_tone"] == pytest.approx(vader(B1[0]))
    assert b["ci_low"] == pytest.approx(vader(B1[0])) and b["ci_high"] == pytest.approx(vader(B1[0]))
    # No quoted mentions: count 0, NaN mean, no articles.
    q = rows.loc[("A", "quoted")]
    assert q["count"] == 0 and np.isnan(q["mean_tone"]) and q["n_docs"] == 0
    assert t.attrs["framing"]["function"] == "actor_tone"


def test_voices_split_own_quoted_and_pooled():
    own = "Syrian rebels bravely liberated Aleppo."
    both = 'The rebels, "heroic rebels" to their fans, entered Aleppo.'
    quoted = '"The rebels are terrorists," SANA said of Aleppo.'
    docs = frame([f"{own} {both} {quoted}"])
    split = fr.actor_tone(docs, actors="armed_opposition", by=None, n_boot=100).set_index("voice")
    assert split.loc["own", "count"] == 2
    assert split.loc["own", "mean_tone"] == pytest.approx((vader(own) + vader(both)) / 2)
    assert split.loc["quoted", "count"] == 2
    assert split.loc["quoted", "mean_tone"] == pytest.approx((vader(both) + vader(quoted)) / 2)
    pooled = fr.actor_tone(docs, actors="armed_opposition", by=None, voice="all", n_boot=100)
    assert pooled["voice"].tolist() == ["all"]
    # The sentence naming the actor both ways counts once.
    assert pooled["count"].tolist() == [3]
    assert pooled["mean_tone"].iloc[0] == pytest.approx((vader(own) + vader(both) + vader(quoted)) / 3)
    only = fr.actor_tone(docs, actors="armed_opposition", by=None, voice="quoted", n_boot=100)
    assert only["voice"].tolist() == ["quoted"] and only["count"].tolist() == [2]


def test_grouping_by_several_columns_and_every_actor_listed():
    docs = tone_docs().assign(year=[2016, 2017, 2016])
    t = fr.actor_tone(docs, by=["outlet", "year"], n_boot=100)
    lx = fr.lexicons.load("syria")
    assert list(t.columns[:4]) == ["outlet", "year", "actor", "voice"]
    # 3 groups x every actor of the lexicon x 2 voices, in lexicon order within a group.
    assert len(t) == 3 * len(lx.actors) * 2
    first = t[(t.outlet == "A") & (t.year == 2016)]
    assert first["actor"].tolist()[::2] == lx.actors
    sub = t[(t.actor == "armed_opposition") & (t.voice == "own")]
    assert sub[["outlet", "year", "count"]].values.tolist() == [
        ["A", 2016, 2],
        ["A", 2017, 1],
        ["B", 2016, 1],
    ]


def test_precomputed_sentences_give_the_same_table():
    docs = tone_docs()
    spans = fr.actor_sentences(docs)
    a = fr.actor_tone(docs, n_boot=100, seed=3)
    b = fr.actor_tone(docs, n_boot=100, seed=3, spans=spans)
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"voice": "quote"},
            ValueError,
            r"The `voice` parameter of actor_tone must be one of \{'split', 'own', 'quoted', 'all'\}\. "
            r"Got 'quote' instead\. Did you mean 'quoted'\?",
        ),
        (
            {"actors": "rebels"},
            ValueError,
            r"`actors` names 'rebels', which is not an actor of lexicon 'syria'; the actors are: armed_opposition, ",
        ),
        (
            {"by": "source"},
            ValueError,
            r"`by` names a column that is not in the data \('source'\); the columns are: .* Pass by='outlet'\.",
        ),
        (
            {"lexicon": "hedges"},
            TypeError,
            r"`lexicon` must be an actors lexicon such as fr\.lexicons\.load\('syria'\)\. Got 'hedges' of kind 'hedges'",
        ),
        ({"n_boot": 10}, ValueError, r"`n_boot` must be at least 100\. Got 10 instead\."),
        (
            {"ci": 95},
            ValueError,
            r"`ci` must be between 0 and 1 \(exclusive\), e\.g\. 0\.95\. Got 95 instead\.",
        ),
        (
            {"spans": pd.DataFrame({"doc_id": ["a1"]})},
            ValueError,
            r"`spans` must be a table from fr\.actor_sentences; it lacks the column\(s\) start, actor, voice, tone\.",
        ),
    ],
)
def test_errors_name_the_parameter(kwargs, error, message):
    with pytest.raises(error, match=message):
        fr.actor_tone(tone_docs(), **kwargs)


def test_tone_command(tmp_path):
    p = tmp_path / "in.csv"
    pd.DataFrame({"text": [" ".join(A1), " ".join(B1)], "outlet": ["A", "B"]}).to_csv(p, index=False)
    out = tmp_path / "t.csv"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "framing.cli",
            "tone",
            str(p),
            "--outlet",
            "outlet",
            "--voice",
            "own",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    got = pd.read_csv(out)
    row = got[(got.outlet == "A") & (got.actor == "armed_opposition")]
    assert row["count"].tolist() == [2]
    assert row["mean_tone"].iloc[0] == pytest.approx(np.mean([vader(s) for s in A1]), abs=1e-9)


# -- real data: BASIL bias polarity (benchmarks/bench_tone.py, benchmarks/RESULTS.md "Tone") ---
#: ROC AUC of the sentence's VADER compound for positive vs negative annotated bias, per subset
#: of (sentence, target, polarity) units, as recorded.
RECORDED_TONE_AUC = {"all": 0.635, "lex": 0.670, "inf": 0.626}


@pytest.mark.realdata
def test_recorded_vader_auc_on_basil_holds():
    import importlib.util

    from conftest import shared_path
    from sklearn.metrics import roc_auc_score

    shared_path("basil", "annotations")
    spec = importlib.util.spec_from_file_location("bench_tone", ROOT / "benchmarks" / "bench_tone.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    corpus, ann = bench.load()
    assert len(corpus) == 300
    assert len(ann) == 1723 and ann.attrs["unplaced"] == 3
    scored = bench.score(corpus, ann)
    # The sentence scored is the one actor_sentences would return around the phrase.
    assert all(scored["sent_start"] <= scored["span_start"]) and all(
        scored["span_start"] < scored["sent_end"]
    )
    base = bench.units(scored)
    by_bias = bench.units(scored, extra=("bias",))
    subsets = {"all": base, "lex": by_bias[by_bias.bias == "lex"], "inf": by_bias[by_bias.bias == "inf"]}
    for name, sub in subsets.items():
        auc = roc_auc_score(sub["polarity"] == "pos", sub["tone"])
        assert auc == pytest.approx(RECORDED_TONE_AUC[name], abs=0.03), name


def test_actor_sentences_n_jobs_error_matches_the_other_extractors():
    df = pd.DataFrame({"text": ["The rebels said the army shelled Aleppo."], "outlet": ["A"]})
    for call in (fr.actor_sentences, fr.actor_tone, fr.find_labels):
        with pytest.raises(
            ValueError,
            match=r"^`n_jobs` must be a positive number of processes or -1 for all cores\. Got 0 instead\.$",
        ):
            call(df, n_jobs=0)
