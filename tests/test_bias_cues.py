"""Tests for the bias_cues lexicon, its kind, the FramingFeatures block and the classifier option.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.lexicons import LexiconError
from framing.lexicons._kinds import BIAS_CUE_CLASSES
from framing.models import FramingClassifier, FramingFeatures, _bias_cues, load, save

# One carrier sentence per class; "{}" is replaced by each entry of the class in turn.
CARRIERS = {
    "factive": "Two aides {} the budget gap during the briefing on Monday.",
    "implicative": "The council {} approve the new bridge plan in spring.",
    "assertive": "The mayor {} that the bridge plan would cut traffic.",
    "intensifier": "Residents called the new bridge {} expensive for the town.",
    "subjective_strong": "One columnist called the bridge plan {} in her piece.",
    "loaded": "A campaign flyer called the council {} before the vote.",
}
CONFLICT = [
    "The so-called reformers claimed a shameful victory.",
    "Radical thugs ranted about the very corrupt regime.",
    "The senator insisted the disastrous plan was heroic.",
    "Extremists slammed the utterly absurd proposal.",
] * 3
PLAIN = [
    "The committee met on Tuesday to review the budget.",
    "The report was published in May by the ministry.",
    "Officials said the road would reopen next week.",
    "The school board will meet again in the autumn.",
] * 3


@pytest.fixture(scope="module")
def builtin():
    return fr.lexicons.load("bias_cues")


def counts_of(text, entries):
    counts, n_words = _bias_cues.count([text], entries)
    return counts[0], n_words[0]


def write(tmp_path, body):
    p = tmp_path / "cues.yaml"
    p.write_text("name: cues\nversion: 1\nkind: bias_cues\n" + body)
    return p


# -- the built-in lexicon ----------------------------------------------------------------------
def test_builtin_header_and_classes(builtin):
    assert (builtin.name, builtin.kind, builtin.language) == ("bias_cues", "bias_cues", "en")
    assert tuple(builtin.data["classes"]) == BIAS_CUE_CLASSES
    sources = " ".join(builtin.sources)
    for author in ("Kiparsky", "Karttunen", "Hooper", "Riloff", "Recasens"):
        assert author in sources
    sizes = {c: len(b["entries"]) for c, b in builtin.data["classes"].items()}
    assert all(n >= 50 for n in sizes.values()) and 300 <= sum(sizes.values()) <= 800
    assert "BABE" in builtin.description  # says how it was written (without the evaluation data)


@pytest.mark.parametrize("cls", BIAS_CUE_CLASSES)
def test_every_entry_is_found_in_its_carrier_sentence(builtin, cls):
    entries = _bias_cues.freeze({c: b["entries"] for c, b in builtin.data["classes"].items()})
    k = BIAS_CUE_CLASSES.index(cls)
    empty = CARRIERS[cls].format("").replace("  ", " ")
    assert counts_of(empty, entries)[0].sum() == 0, "the carrier itself must hold no cue"
    missed = []
    for entry in builtin.data["classes"][cls]["entries"]:
        counts, _ = counts_of(CARRIERS[cls].format(entry), entries)
        expected = np.zeros(len(entries))
        expected[k] = 1
        if not np.array_equal(counts, expected):
            missed.append(entry)
    assert missed == []


def test_longest_entry_wins_and_matching_ignores_case():
    entries = _bias_cues.freeze(
        {
            "factive": ["forgot", "found out"],
            "implicative": ["forgot to"],
            "loaded": ["so-called", "far right"],
        }
    )
    counts, n = counts_of("They forgot to file the forms, the so-called panel FOUND OUT.", entries)
    assert counts.tolist() == [1, 1, 1] and n == 11
    counts, _ = counts_of("She forgot the far-right slogan; the far right rallied.", entries)
    assert counts.tolist() == [1, 0, 1]  # "far-right" is another word than "far right"
    counts, _ = counts_of("It’s a so-called plan, they forgot.", entries)
    assert counts.tolist() == [1, 0, 1]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_non_negative_counts(text):
    entries, _ = _bias_cues.load_entries("bias_cues")
    counts, n_words = _bias_cues.count([text], entries)
    assert counts.shape == (1, len(BIAS_CUE_CLASSES)) and (counts >= 0).all()
    assert counts.sum() <= n_words[0]


# -- the kind's schema -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("entries: [a]\n", r"line 1, key `\(top level\)`: the key `classes` is required here\."),
        ("classes: {}\n", r"key `classes`: must define at least one class"),
        ("classes:\n  Factive:\n    entries: [knew]\n", r"key `classes.Factive`: class names are snake_case"),
        (
            "classes:\n  factive:\n    entries: [knew]\n    weight: 2\n",
            r"line 7, key `classes.factive.weight`: unknown key; a class takes `description` and `entries`\.",
        ),
        ("classes:\n  factive:\n    entries: []\n", r"key `classes.factive.entries`: must list at least one"),
        (
            "classes:\n  factive:\n    entries: [knew, Realized]\n",
            r"line 6, key `classes.factive.entries.1`: must be a lowercase word or phrase .*got 'Realized'\.",
        ),
        (
            "classes:\n  factive:\n    entries: ['find  out']\n",
            r"must be a lowercase word or phrase \(letters, inner hyphens or apostrophes, single spaces",
        ),
        (
            "classes:\n  factive:\n    entries: [knew, knew]\n",
            r"key `classes.factive.entries.1`: 'knew' is already listed earlier in this class; list each",
        ),
        (
            "classes:\n  factive:\n    entries: [knew]\n  loaded:\n    entries: [regime, knew]\n",
            r"line 8, key `classes.loaded.entries.1`: 'knew' is already listed under the class 'factive'",
        ),
    ],
)
def test_schema_errors_name_line_and_key(tmp_path, body, message):
    with pytest.raises(LexiconError, match=r"^Lexicon cues\.yaml.*" + message):
        fr.lexicons.load(write(tmp_path, body))


def test_user_lexicon_with_own_classes(tmp_path):
    p = write(tmp_path, "classes:\n  praise:\n    entries: [stellar, first-rate]\n")
    entries, prov = _bias_cues.load_entries(str(p))
    assert entries == (("praise", ("stellar", "first-rate")),) and prov["name"] == "cues"
    assert counts_of("A first-rate and stellar show.", entries)[0].tolist() == [2]


# -- FramingFeatures block ---------------------------------------------------------------------
def test_features_block_gives_rates_per_100_words():
    ff = FramingFeatures(blocks=["bias_cues"]).fit(["A very shameful regime.", "The talks resumed."])
    names = [f"bias_cues__{c}_per_100" for c in BIAS_CUE_CLASSES]
    assert ff.get_feature_names_out().tolist() == names
    rows = ff.transform(["A very shameful regime.", "The talks resumed."])
    # four words: intensifier, subjective_strong and loaded once each
    np.testing.assert_allclose(rows[0], [0, 0, 0, 25.0, 25.0, 25.0])
    np.testing.assert_allclose(rows[1], 0.0)
    assert "bias_cues" in fr.models.available_feature_blocks()["name"].tolist()


# -- the classifier option ---------------------------------------------------------------------
def test_classifier_option_adds_named_features_and_explains_them():
    clf = FramingClassifier(min_df=1, calibration_cv=2, select=False, bias_cues="bias_cues")
    clf.fit(CONFLICT + PLAIN, ["loaded"] * 12 + ["plain"] * 12)
    expected = [f"bias_cues__{c}" for c in BIAS_CUE_CLASSES] + ["bias_cues__any"]
    assert clf.bias_cues_used_ and clf.feature_names_[-7:].tolist() == expected
    assert clf.bias_cues_lexicon_["name"] == "bias_cues" and len(clf.bias_cues_lexicon_["sha256"]) == 64
    table = clf.explain(top=200)
    cues = table[(table["block"] == "bias_cues") & (table["class"] == "loaded")]
    top = cues.sort_values("weight", ascending=False).iloc[0]
    assert top["direction"] == "for" and top["feature"] in ("any", "loaded", "subjective_strong")
    doc = clf.explain_document("The radical regime claimed a shameful win.", top=50)
    assert "bias_cues" in doc["block"].tolist()
    assert clf.predict(["Radical extremists ranted about the absurd regime."]).tolist() == ["loaded"]


def test_classifier_option_is_off_for_long_texts_and_on_by_default_for_short():
    long_texts = [t + " " + "The session continued with routine business. " * 30 for t in CONFLICT + PLAIN]
    y = ["loaded"] * 12 + ["plain"] * 12
    clf = FramingClassifier(min_df=1, calibration_cv=2, select=False, bias_cues="bias_cues").fit(
        long_texts, y
    )
    assert not clf.bias_cues_used_ and not any(n.startswith("bias_cues__") for n in clf.feature_names_)
    plain = FramingClassifier(min_df=1, calibration_cv=2, select=False, bias_cues=None).fit(
        CONFLICT + PLAIN, y
    )
    assert not plain.bias_cues_used_ and not any(n.startswith("bias_cues__") for n in plain.feature_names_)
    # on by default, for short texts (adopted in the sixth models pass)
    default = FramingClassifier(min_df=1, calibration_cv=2, select=False).fit(CONFLICT + PLAIN, y)
    assert FramingClassifier().get_params()["bias_cues"] == "bias_cues" and default.bias_cues_used_


def test_classifier_option_survives_save_and_load(tmp_path):
    clf = FramingClassifier(min_df=1, calibration_cv=2, select=False, bias_cues="bias_cues")
    clf.fit(CONFLICT + PLAIN, ["loaded"] * 12 + ["plain"] * 12)
    again = load(save(clf, tmp_path / "cues.skops"))
    np.testing.assert_array_equal(again.predict_proba(PLAIN), clf.predict_proba(PLAIN))


def test_classifier_option_errors():
    y = ["loaded"] * 12 + ["plain"] * 12
    with pytest.raises(
        ValueError,
        match=r"^The `bias_cues` parameter of FramingClassifier must be None, the name or \.yaml path of a "
        r"lexicon of kind 'bias_cues', or a loaded Lexicon, e\.g\. 'bias_cues'\. Got True instead\.$",
    ):
        FramingClassifier(bias_cues=True).fit(CONFLICT + PLAIN, y)
    with pytest.raises(
        ValueError,
        match=r"^`bias_cues` must name a lexicon of kind 'bias_cues' \(such as the built-in 'bias_cues'\)\. "
        r"Got 'hedges' of kind 'hedges' instead\.$",
    ):
        FramingClassifier(bias_cues="hedges").fit(CONFLICT + PLAIN, y)
    with pytest.raises(ValueError, match=r"^`bias_cues` 'bias_cue' is neither a built-in lexicon"):
        FramingClassifier(bias_cues="bias_cue").fit(CONFLICT + PLAIN, y)


def test_cue_weight_in_the_selection_grid():
    y = ["loaded"] * 12 + ["plain"] * 12
    grid = {"C": [0.5], "model": ["both"], "cue_weight": [1.0, 4.0]}
    clf = FramingClassifier(min_df=1, calibration_cv=2, select=True, select_grid=grid).fit(
        CONFLICT + PLAIN, y
    )
    lo, hi = clf.bias_cues_columns_
    assert clf.feature_names_[lo:hi].tolist()[0] == "bias_cues__factive" and hi == len(clf.feature_names_)
    assert clf.selected_[0]["cue_weight"] in (1.0, 4.0)
    assert [c["cue_weight"] for c, _ in clf.models_[0].selection_scores_] == [1.0, 4.0]
    assert clf.models_[0].estimator_.cue_weight == clf.selected_[0]["cue_weight"]
    # the weight acts as a rescaling of the block's columns, folded back into the coefficients
    from framing.models._linear import NBLinear

    rng = np.random.default_rng(0)
    X = rng.random((30, 3))
    target = (X[:, 1] > 0.5).astype(int)
    weighted = NBLinear(nb=False, model="svm", cue_cols=(1, 2), cue_weight=4.0).fit(X, target)
    scaled = NBLinear(nb=False, model="svm").fit(X * [1.0, 4.0, 1.0], target)
    np.testing.assert_allclose(
        weighted.decision_function(X), scaled.decision_function(X * [1.0, 4.0, 1.0]), rtol=1e-6, atol=1e-6
    )
    # without the block the key is dropped, not an error
    off = FramingClassifier(min_df=1, calibration_cv=2, select=True, select_grid=grid, bias_cues=None)
    assert "cue_weight" not in off.fit(CONFLICT + PLAIN, y).selected_[0]
    with pytest.raises(
        ValueError,
        match=r"The `select_grid` entry 'cue_weight' of FramingClassifier must hold a positive number",
    ):
        FramingClassifier(select_grid={"cue_weight": [0]}).fit(CONFLICT + PLAIN, y)


@pytest.mark.realdata
def test_cues_mark_biased_babe_sentences_more_often():
    """On BABE (read by path, never copied), a sentence with a cue is labelled Biased clearly more
    often than one without: 0.630 vs 0.372 with bias_cues 1.0.0 (benchmarks/RESULTS.md)."""
    import pandas as pd

    from tests.conftest import shared_path

    df = pd.read_csv(shared_path("babe", "sentences.csv"))
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])]
    entries, _ = _bias_cues.load_entries("bias_cues")
    counts, _ = _bias_cues.count(df["text"].astype(str).tolist(), entries)
    has = counts.sum(axis=1) > 0
    biased = (df["label_bias"] == "Biased").to_numpy()
    assert 0.3 < has.mean() < 0.6
    assert biased[has].mean() / biased[~has].mean() >= 1.5
    # the two classes Recasens et al. found most telling are each well above the base rate
    for cls in ("subjective_strong", "loaded"):
        k = [c for c, _ in entries].index(cls)
        assert biased[counts[:, k] > 0].mean() >= 0.7
