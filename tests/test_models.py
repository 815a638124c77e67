"""Tests for framing.models: the scikit-learn contract, masking, evaluation, persistence."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import GridSearchCV
from sklearn.utils.estimator_checks import (
    check_estimator,
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

import framing as fr
from framing.models import (
    FramingClassifier,
    FramingFeatures,
    available_feature_blocks,
    boilerplate_baseline,
    evaluate,
    load,
    mask_outlets,
    model_info,
    outlet_name_variants,
    register_feature_block,
    save,
)
from framing.models import features as features_module
from tests.conftest import shared_path

# A tiny corpus written for these tests: two framings of the same events.
CONFLICT = [
    "Rebels shelled the city and fighters clashed with troops.",
    "Militants attacked the town; troops fought back all night.",
    "Fighting erupted again as rebels and soldiers battled in the streets.",
    "Clashes between fighters and the army left the district in ruins.",
    "Troops fought militants for control of the bridge.",
    "Rebels battled soldiers near the airport after a night of clashes.",
    "The army and fighters exchanged fire across the river.",
    "Rebels attacked an army post and clashed with its guards.",
]
HUMAN = [
    "A mother searched the rubble for her son and wept.",
    "Children huddled in a cold school as families fled their homes.",
    "An old man told how his family lost everything in one night.",
    "Volunteers handed bread to families sleeping in a mosque.",
    "A nurse cared for wounded children by candlelight.",
    "Families carried their belongings along the frozen road.",
    "A girl hugged her father as they reached the camp.",
    "Doctors and parents comforted the children in the shelter.",
]
TEXTS = CONFLICT + HUMAN
LABELS = ["conflict"] * len(CONFLICT) + ["human"] * len(HUMAN)
SMALL = {"min_df": 1, "calibration_cv": 2, "select": False}
TINY = {"min_df": 1, "calibration_cv": 2}  # SMALL without the select setting, for the select tests


def _corpus(n_outlets: int = 8) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": TEXTS,
            "frame": LABELS,
            "outlet": [f"Outlet {i % n_outlets}" for i in range(len(TEXTS))],
        }
    )


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.SkipTestWarning")
@pytest.mark.parametrize(
    "estimator", [FramingFeatures(), FramingClassifier()], ids=lambda e: type(e).__name__
)
def test_sklearn_estimator_checks(estimator):
    """scikit-learn's own checks; with string input (two_d_array=False) it runs those that apply."""
    results = check_estimator(estimator, on_fail=None)
    assert results and all(r["status"] in ("passed", "skipped") for r in results)


# -- FramingFeatures -------------------------------------------------------------------------------
def test_features_text_block_values():
    text = 'We said "no" to you! Did 3 MPs agree? I DID.'
    ff = FramingFeatures(blocks=["text"]).fit([text])
    row = dict(zip(ff.get_feature_names_out(), ff.transform([text])[0]))
    n_words = 11  # We said no to you Did 3 MPs agree I DID
    assert row["text__log_words"] == pytest.approx(np.log1p(n_words))
    assert row["text__questions_per_1k"] == pytest.approx(1000 / n_words)
    assert row["text__exclamations_per_1k"] == pytest.approx(1000 / n_words)
    assert row["text__numbers_per_1k"] == pytest.approx(1000 / n_words)
    assert row["text__first_singular_per_1k"] == pytest.approx(1000 / n_words)  # I
    assert row["text__first_plural_per_1k"] == pytest.approx(1000 / n_words)  # We
    assert row["text__second_person_per_1k"] == pytest.approx(1000 / n_words)  # you
    assert row["text__all_caps_per_1k"] == pytest.approx(1000 / n_words)  # DID; "MPs" is mixed, "I" too short
    assert row["text__quotes_per_1k"] == pytest.approx(1000 / n_words)
    assert row["text__quoted_char_share"] == pytest.approx(2 / len(text))


def test_features_sklearn_contract():
    ff = FramingFeatures()
    assert clone(ff).get_params() == {"blocks": "auto", "bias_cues": "bias_cues", "n_jobs": None}
    with pytest.raises(NotFittedError):
        ff.transform(["x"])
    with pytest.raises(NotFittedError):
        ff.get_feature_names_out()
    out = ff.fit_transform(TEXTS)
    assert out.shape == (len(TEXTS), len(ff.get_feature_names_out()))
    assert "text" in ff.blocks_
    tags = ff.__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array
    check_no_attributes_set_in_init("FramingFeatures", FramingFeatures())
    check_parameters_default_constructible("FramingFeatures", FramingFeatures())
    check_get_params_invariance("FramingFeatures", FramingFeatures())
    check_set_params("FramingFeatures", FramingFeatures())


def test_features_invalid_blocks_fail_at_fit_not_init():
    ff = FramingFeatures(blocks="all")  # stored, not validated, in __init__
    with pytest.raises(ValueError, match=r"The `blocks` parameter of FramingFeatures must be 'auto'"):
        ff.fit(TEXTS)
    with pytest.raises(ValueError, match=r"names an unknown block 'nope'; the registered blocks are: text"):
        FramingFeatures(blocks=["nope"]).fit(TEXTS)


def test_features_reject_bad_input():
    with pytest.raises(ValueError, match=r"`X` must be a 1-D sequence of document texts"):
        FramingFeatures().fit("one text")
    with pytest.raises(ValueError, match=r"`X` must hold strings, but item 1 is float nan"):
        FramingFeatures().fit(["a", float("nan")])


def test_optional_block_hook(monkeypatch):
    """An extractor following the span-table contract plugs in through a registered block."""

    def fake_find_hedges(corpus, **kwargs):  # extractors take keyword options such as progress=
        rows = []
        for doc_id, text in zip(corpus.docs.doc_id, corpus.docs.text):
            start = text.find("reportedly")
            if start >= 0:
                rows.append({"doc_id": doc_id, "start": start, "end": start + 10, "family": "reportative"})
        return pd.DataFrame(rows, columns=["doc_id", "start", "end", "family"])

    monkeypatch.setattr(fr, "find_hedges", fake_find_hedges, raising=False)
    assert available_feature_blocks().set_index("name").loc["hedges", "available"]
    texts = ["Troops reportedly left the city", "Troops left"]
    ff = FramingFeatures().fit(texts)
    assert "hedges" in ff.blocks_
    row = dict(zip(ff.get_feature_names_out(), ff.transform(texts)[0]))
    assert row["hedges__reportative_per_1k"] == pytest.approx(1000 / 5)
    assert row["hedges__epistemic_per_1k"] == 0.0


def test_failing_auto_block_is_left_out_with_warning(monkeypatch):
    def broken(texts):
        raise RuntimeError("boom")

    register_feature_block("broken_for_test", broken)
    try:
        with pytest.warns(
            fr.FramingWarning, match=r"Feature block 'broken_for_test' failed \(RuntimeError: boom\)"
        ):
            ff = FramingFeatures().fit(TEXTS)
        assert "broken_for_test" not in ff.blocks_
    finally:
        features_module._REGISTRY.pop("broken_for_test")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=4))
def test_features_any_text(texts):
    ff = FramingFeatures(blocks=["text"]).fit(texts)
    out = ff.transform(texts)
    assert out.shape == (len(texts), 13)
    assert np.isfinite(out).all()


# -- masking -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "outlets", "expected"),
    [
        (
            "WASHINGTON (Reuters) - Senators met on Monday.",
            ["Reuters"],
            " xxdateline  xxcredit  Senators met on Monday.",
        ),
        ("(CNN) The vote failed.", [], " xxcredit  The vote failed."),
        (
            "By Jane Doe and John Roe, Daily Planet\n\nThe council met.",
            ["Daily Planet"],
            " xxbyline \n\nThe council met.",
        ),
        (
            "Read more at https://www.planet.com/story?id=3 or write to desk@planet.com.",
            [],
            "Read more at  xxurl  or write to  xxemail .",
        ),
        ("Follow @planetnews for updates.", [], "Follow  xxhandle  for updates."),
        (
            "The Daily Planet's editors and CNN (Web News) said so on Capitol Hill.",
            ["Daily Planet", "CNN (Web News)", "The Hill"],
            "The  xxoutlet  editors and  xxoutlet  said so on Capitol Hill.",
        ),
        ("cnn reported, Cnn said.", ["CNN"], " xxoutlet  reported,  xxoutlet  said."),
        ("Sen. Cruz (R-Texas) said no.", [], "Sen. Cruz (R-Texas) said no."),
    ],
)
def test_mask_outlets_written_examples(text, outlets, expected):
    assert mask_outlets(text, outlets=outlets) == expected


def test_outlet_name_variants_keep_ordinary_words():
    assert outlet_name_variants(["CNN (Web News)", "The Hill", "The Washington Post"]) == [
        "CNN (Web News)",
        "CNN",
        "The Hill",
        "The Washington Post",
        "Washington Post",
    ]


def test_classifier_learns_outlet_names_from_corpus():
    df = _corpus().assign(text=[f"{t} Outlet {i % 8} reports." for i, t in enumerate(TEXTS)])
    clf = FramingClassifier(**SMALL).fit(df, df["frame"])
    assert clf.outlets_ == [f"Outlet {i}" for i in range(8)]
    assert not any("outlet 3" in f for f in clf.feature_names_)
    assert clf._prepare(["Outlet 3 reports."]) == [" xxoutlet  reports."]
    off = FramingClassifier(**SMALL, mask_outlets=False).fit(df, df["frame"])
    assert "word__outlet 3" in set(off.feature_names_)


# -- FramingClassifier ---------------------------------------------------------------------------
def test_classifier_fit_predict_and_attributes():
    clf = FramingClassifier(**SMALL).fit(TEXTS, LABELS)
    assert list(clf.classes_) == ["conflict", "human"]
    assert clf.multilabel_ is False
    assert clf.n_features_ == len(clf.feature_names_)
    assert clf.training_["n_docs"] == len(TEXTS)
    assert {n.split("__")[0] for n in clf.feature_names_} == {"word", "char", "framing", "bias_cues"}
    pred = clf.predict(["Rebels clashed with the army.", "A mother comforted her children."])
    assert pred.tolist() == ["conflict", "human"]
    proba = clf.predict_proba(TEXTS)
    assert proba.shape == (len(TEXTS), 2)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert clf.score(TEXTS, LABELS) == 1.0


def test_classifier_not_fitted_and_params():
    clf = FramingClassifier()
    for method in (clf.predict, clf.predict_proba, clf.decision_function):
        with pytest.raises(NotFittedError):
            method(["x"])
    with pytest.raises(NotFittedError):
        clf.explain()
    assert clone(clf).get_params() == clf.get_params()
    clf.set_params(C=2.0)
    assert clf.C == 2.0
    check_no_attributes_set_in_init("FramingClassifier", FramingClassifier())
    check_parameters_default_constructible("FramingClassifier", FramingClassifier())
    check_get_params_invariance("FramingClassifier", FramingClassifier())
    check_set_params("FramingClassifier", FramingClassifier())
    tags = clf.__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array


def test_classifier_parameter_errors_at_fit():
    with pytest.raises(ValueError, match=r"The `calibration` parameter of FramingClassifier must be one of"):
        FramingClassifier(calibration="platt").fit(TEXTS, LABELS)
    with pytest.raises(
        ValueError, match=r"The `word_ngrams` parameter of FramingClassifier must be None or a pair"
    ):
        FramingClassifier(word_ngrams=(2, 1)).fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match=r"The `C` parameter of FramingClassifier must be a positive number"):
        FramingClassifier(C=0).fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match=r"`y` has 2 labels for 16 texts in `X`"):
        FramingClassifier().fit(TEXTS, ["a", "b"])
    with pytest.raises(ValueError, match=r"`y` has a class with a single document"):
        FramingClassifier(**SMALL).fit(TEXTS, [*LABELS[:-1], "other"])


def test_grid_search_over_one_parameter():
    gs = GridSearchCV(FramingClassifier(**SMALL), {"C": [0.1, 1.0]}, cv=2, scoring="f1_macro")
    gs.fit(TEXTS, LABELS)
    assert gs.best_params_["C"] in (0.1, 1.0)
    assert gs.best_estimator_.predict(["Troops clashed with rebels."]).tolist() == ["conflict"]


def test_multilabel_shapes():
    y = pd.DataFrame(
        {
            "conflict": [1] * 8 + [0] * 8,
            "human": [0] * 8 + [1] * 8,
            "children": [int("child" in t.lower()) for t in TEXTS],
        }
    )
    clf = FramingClassifier(**SMALL).fit(TEXTS, y)
    assert clf.multilabel_ and list(clf.classes_) == ["conflict", "human", "children"]
    pred = clf.predict(TEXTS)
    assert pred.shape == (16, 3) and set(np.unique(pred)) <= {0, 1}
    assert clf.predict_proba(TEXTS).shape == (16, 3)
    assert clf.decision_function(TEXTS).shape == (16, 3)
    table = clf.explain(top=2)
    assert set(table["class"]) == {"conflict", "human", "children"}
    with pytest.raises(ValueError, match=r"`y` is 2-D, which means multi-label, so it must hold only 0/1"):
        FramingClassifier(**SMALL).fit(TEXTS, np.full((16, 2), 2))


def test_explain_and_explain_document():
    clf = FramingClassifier(**SMALL).fit(TEXTS, LABELS)
    table = clf.explain(top=5)
    assert list(table.columns) == ["class", "direction", "rank", "feature", "block", "weight"]
    assert table.attrs["framing"]["function"] == "FramingClassifier.explain"
    top_for_human = table[(table["class"] == "human") & (table.direction == "for")]
    assert (top_for_human.weight > 0).all() and len(top_for_human) == 5
    doc = clf.explain_document("A mother and her children fled.", top=8)
    assert list(doc.columns) == [
        "class",
        "probability",
        "feature",
        "block",
        "value",
        "weight",
        "contribution",
    ]
    assert (doc["class"] == "human").all()
    assert doc.contribution.abs().is_monotonic_decreasing
    # contributions of all features plus the intercept give the SVM score
    full = clf.explain_document("A mother and her children fled.", top=10_000)
    score = clf.decision_function(["A mother and her children fled."])[0]
    svm = clf._svm(clf.models_[0])
    assert full.contribution.sum() + svm.intercept_[0] == pytest.approx(score, rel=1e-4)
    with pytest.raises(ValueError, match=r"`label` must be one of the classes \['conflict', 'human'\]"):
        clf.explain_document("x", label="economy")


def test_accepts_corpus_and_column_name():
    corpus = fr.Corpus.from_dataframe(_corpus())
    clf = FramingClassifier(**SMALL).fit(corpus, "frame")
    assert clf.predict(corpus).tolist() == LABELS
    assert clf.outlets_ == [f"Outlet {i}" for i in range(8)]
    with pytest.raises(ValueError, match=r"`y` names a column that is not in the data \('frames'\)"):
        FramingClassifier(**SMALL).fit(corpus, "frames")


# -- persistence -------------------------------------------------------------------------------
@pytest.mark.parametrize("calibration", ["sigmoid", "isotonic"])
def test_save_load_round_trip(tmp_path, calibration):
    clf = FramingClassifier(**SMALL, calibration=calibration).fit(_corpus(), LABELS)
    path = save(clf, tmp_path / "model.skops")
    again = load(path)
    assert again.predict(TEXTS).tolist() == clf.predict(TEXTS).tolist()
    np.testing.assert_array_equal(again.predict_proba(TEXTS), clf.predict_proba(TEXTS))
    info = model_info(path)
    assert info["framing_version"] == fr.__version__
    assert info["training"]["n_docs"] == 16 and info["estimator"] == "FramingClassifier"
    with pytest.raises(FileNotFoundError, match=r"`path` names a file that does not exist"):
        load(tmp_path / "absent.skops")


def test_load_refuses_untrusted_types(tmp_path):
    import json

    import skops.io as sio
    from sklearn.pipeline import FunctionTransformer

    path = tmp_path / "evil.skops"
    sio.dump(FunctionTransformer(json.dumps), path)
    with pytest.raises(ValueError, match=r"holds types that are not trusted: json.dumps; if you trust"):
        load(path)


def test_load_warns_on_version_change(tmp_path):
    import json

    clf = FramingClassifier(**SMALL).fit(TEXTS, LABELS)
    path = save(clf, tmp_path / "m.skops")
    side = tmp_path / "m.skops.json"
    info = json.loads(side.read_text())
    info["framing_version"] = "0.0.1"
    side.write_text(json.dumps(info))
    with pytest.warns(fr.FramingWarning, match=r"saved with framing 0.0.1"):
        load(path)


# -- evaluation --------------------------------------------------------------------------------
class _Spy:
    """A classifier that records the texts it is fitted on and predicts, to audit the splits."""

    seen: list = []  # noqa: RUF012

    def __init__(self):
        pass

    def get_params(self, deep=True):
        return {}

    def set_params(self, **params):
        return self

    def fit(self, X, y):
        self.fit_texts_ = list(X)
        self.label_ = pd.Series(y).mode()[0]
        return self

    def predict(self, X):
        _Spy.seen.append((self.fit_texts_, list(X)))
        return np.array([self.label_] * len(X))


def test_evaluate_never_shares_a_group_between_train_and_test():
    df = _corpus(n_outlets=8)
    group_of = dict(zip(df.text, df.outlet))
    _Spy.seen = []
    evaluate(_Spy(), df, target="frame", groups="outlet", cv=4)
    assert len(_Spy.seen) == 4
    tested = []
    for fit_texts, test_texts in _Spy.seen:
        train_groups = {group_of[t] for t in fit_texts}
        test_groups = {group_of[t] for t in test_texts}
        assert train_groups.isdisjoint(test_groups)
        tested += test_texts
    assert sorted(tested) == sorted(TEXTS)  # every document tested exactly once


def test_evaluate_summary_and_per_fold():
    df = _corpus(n_outlets=4)
    res = evaluate(FramingClassifier(**SMALL), df, target="frame", groups="outlet", cv=2)
    assert list(res.columns) == ["metric", "class", "mean", "std", "ci_low", "ci_high", "n_folds", "n_groups"]
    assert (res.n_groups == 4).all()
    assert set(res.metric) == {"accuracy", "macro_f1", "f1"}
    assert set(res.loc[res.metric == "f1", "class"]) == {"conflict", "human"}
    assert (res.ci_low <= res["mean"]).all() and (res["mean"] <= res.ci_high).all()
    assert res.attrs["framing"]["function"] == "models.evaluate"
    folds = evaluate(FramingClassifier(**SMALL), df, target="frame", cv=2, per_fold=True)
    assert set(folds.fold) == {0, 1} and (folds.n_test_groups == 2).all()
    # folds and fits are seeded: parallel and serial runs agree
    again = evaluate(FramingClassifier(**SMALL), df, target="frame", cv=2, per_fold=True, n_jobs=2)
    pd.testing.assert_frame_equal(folds, again)


class _Oracle:
    """Answers from a lookup table: right or wrong as the test decides, whatever the training."""

    answers: ClassVar[dict[str, object]] = {}

    def get_params(self, deep=True):
        return {}

    def set_params(self, **params):
        return self

    def fit(self, X, y):
        return self

    def predict(self, X):
        return np.array([_Oracle.answers[t] for t in X], dtype=object)


def _oracle_corpus(wrong_outlets=(0,)):
    """5 outlets x 4 articles (2 per class); the oracle is wrong on every article of `wrong_outlets`."""
    rows = [(f"article {o}-{i}", f"o{o}", "ab"[i % 2]) for o in range(5) for i in range(4)]
    df = pd.DataFrame(rows, columns=["text", "outlet", "frame"])
    flip = {"a": "b", "b": "a"}
    _Oracle.answers = {
        t: flip[f] if int(o[1:]) in wrong_outlets else f for t, o, f in zip(df.text, df.outlet, df.frame)
    }
    return df


def test_evaluate_intervals_stay_in_range_for_extreme_fold_scores():
    # one fold (one outlet) all wrong, four all right: fold scores 0, 1, 1, 1, 1. The old
    # t interval over folds was 0.8 +- 0.56, i.e. up to 1.36.
    df = _oracle_corpus(wrong_outlets=(0,))
    res = evaluate(_Oracle(), df, target="frame", groups="outlet", cv=5)
    folds = evaluate(_Oracle(), df, target="frame", groups="outlet", cv=5, per_fold=True)
    assert sorted(folds.loc[folds.metric == "accuracy", "value"]) == [0.0, 1.0, 1.0, 1.0, 1.0]
    assert (res.n_groups == 5).all() and (res.n_folds == 5).all()
    assert res["mean"].tolist() == pytest.approx([0.8] * 4)
    assert (res.ci_low >= 0).all() and (res.ci_high <= 1).all()
    assert (res.ci_low <= res["mean"]).all() and (res["mean"] <= res.ci_high).all()
    # 5 groups: the expanded percentiles (0.1th and 99.9th) reach the extremes of the resamples
    acc = res.set_index("metric").loc["accuracy"]
    assert acc.ci_low < 0.5 and acc.ci_high == 1.0
    # a perfect model: every resample scores 1, the interval is the point
    perfect = evaluate(_Oracle(), _oracle_corpus(wrong_outlets=()), target="frame", groups="outlet", cv=5)
    assert (perfect[["mean", "ci_low", "ci_high"]] == 1.0).all().all()
    # always wrong: the interval is [0, 0]
    hopeless = evaluate(
        _Oracle(), _oracle_corpus(wrong_outlets=range(5)), target="frame", groups="outlet", cv=5
    )
    assert (hopeless[["mean", "ci_low", "ci_high"]] == 0.0).all().all()


def test_evaluate_intervals_are_seeded_and_widen_with_confidence():
    df = _oracle_corpus(wrong_outlets=(0, 3))
    one = evaluate(_Oracle(), df, target="frame", groups=None, cv=4, seed=3, n_boot=300)
    again = evaluate(_Oracle(), df, target="frame", groups=None, cv=4, seed=3, n_boot=300)
    pd.testing.assert_frame_equal(one, again)
    assert (one.n_groups == 20).all()  # groups=None resamples the documents
    assert (one.ci_low <= one["mean"]).all() and (one["mean"] <= one.ci_high).all()
    narrow = evaluate(_Oracle(), df, target="frame", groups=None, cv=4, seed=3, n_boot=300, confidence=0.5)
    assert (narrow.ci_high - narrow.ci_low <= one.ci_high - one.ci_low).all()
    assert ((narrow.ci_high - narrow.ci_low) < (one.ci_high - one.ci_low)).any()
    with pytest.raises(ValueError, match="`n_boot`"):
        evaluate(_Oracle(), df, target="frame", n_boot=10)


@pytest.mark.parametrize("multilabel", [False, True])
def test_grouped_bootstrap_reproduces_the_fold_mean(multilabel):
    """With every group drawn once, the bootstrap statistic is the mean of sklearn's fold scores."""
    from framing.models.evaluation import _fold_metrics, _grouped_bootstrap

    rng = np.random.default_rng(1)
    n, labels = 60, (["x", "y", "z"] if multilabel else ["a", "b", "c"])
    groups = np.array([f"g{i % 12}" for i in range(n)])
    fold = np.array([int(g[1:]) % 4 for g in groups])
    if multilabel:
        y = (rng.random((n, 3)) < 0.4).astype(int)
        p = np.where(rng.random((n, 3)) < 0.7, y, 1 - y)
        y[fold == 2, 1] = p[fold == 2, 1] = 0  # a label neither true nor predicted in a fold
    else:
        y = rng.choice(labels, n).astype(object)
        p = np.where(rng.random(n) < 0.6, y, rng.choice([*labels, "d"], n)).astype(object)  # "d": unseen
    observed, low, high, n_units = _grouped_bootstrap(
        y, p, fold, groups, labels, multilabel, n_folds=4, n_boot=200, confidence=0.95, seed=0
    )
    per_fold = [
        [v for _, _, v in _fold_metrics(y[fold == k], p[fold == k], labels, multilabel)] for k in range(4)
    ]
    np.testing.assert_allclose(observed, np.mean(per_fold, axis=0))
    assert n_units == 12 and (low <= observed).all() and (observed <= high).all()
    assert (low >= 0).all() and (high <= 1).all()


def test_evaluate_multilabel_and_errors():
    df = _corpus().assign(
        conflict=[1] * 8 + [0] * 8, human=[0] * 8 + [1] * 8, night=[int("night" in t) for t in TEXTS]
    )
    res = evaluate(FramingClassifier(**SMALL), df, target=["conflict", "human"], groups="outlet", cv=2)
    assert set(res.metric) == {"accuracy", "macro_f1", "micro_f1", "f1"}
    with pytest.raises(ValueError, match=r"`cv` asks for 5 folds but `groups` has only 2 distinct groups"):
        evaluate(FramingClassifier(), _corpus(n_outlets=2), target="frame")
    with pytest.raises(ValueError, match=r"`target` names a column that is not in the data \('frames'\)"):
        evaluate(FramingClassifier(), df, target="frames")
    with pytest.raises(ValueError, match=r"`groups` column 'story' has 1 missing values"):
        evaluate(FramingClassifier(), df.assign(story=[None] + ["s"] * 15), target="frame", groups="story")


def test_boilerplate_baseline_sees_only_the_edges():
    from framing.models.evaluation import edges

    text = " ".join(f"w{i}" for i in range(100))
    assert edges(text, 30) == " ".join(f"w{i}" for i in range(30)) + "\n\n" + " ".join(
        f"w{i}" for i in range(70, 100)
    )
    assert edges("short text", 30) == "short text"
    res = boilerplate_baseline(_corpus(4), target="frame", estimator=FramingClassifier(**SMALL), cv=2)
    assert res.attrs["framing"]["function"] == "models.boilerplate_baseline"
    assert res.attrs["framing"]["params"]["n_tokens"] == 30


# -- real data ---------------------------------------------------------------------------------
@pytest.mark.realdata
def test_babe_sample_floor():
    """A 600-sentence BABE sample, 3-fold CV grouped by article: macro-F1 above a floor.

    Recorded with these settings: 0.661 (folds 0.658, 0.675, 0.651) with the inner-CV
    selection of round 6 (`select="auto"`), 0.665 without it; the first-pass model gave 0.660
    (benchmarks/RESULTS.md, "## models"). The floor, 0.62, leaves room for
    library-version drift in the solvers and the split (the full-data 5-fold article-grouped
    folds spread 0.73-0.75), while still failing if the model falls to the plain-TF-IDF level
    of a broken feature block.
    """
    df = pd.read_csv(shared_path("babe", "sentences.csv"))
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])]
    df = df.assign(news_link=df["news_link"].fillna(pd.Series(df.index.astype(str), index=df.index)))
    sample = df.sample(600, random_state=0).reset_index(drop=True)
    corpus = fr.Corpus.from_dataframe(sample, text="text", outlet="outlet")
    res = evaluate(FramingClassifier(), corpus, target="label_bias", groups="news_link", cv=3)
    macro = res.loc[res.metric == "macro_f1", "mean"].item()
    assert macro >= 0.62


def test_features_show_no_progress_bars_in_a_notebook(monkeypatch, capsys):
    # In a notebook the extractors show a bar by default; a model calls them on every fit and
    # transform (once per fold in evaluate), which filled notebooks with bars.
    import sys
    import types

    monkeypatch.setitem(
        sys.modules, "ipykernel", sys.modules.get("ipykernel") or types.ModuleType("ipykernel")
    )
    texts = ["Rebels entered Aleppo, a monitor said.", "Terrorists shelled Aleppo, the army said."]
    FramingFeatures(blocks=["quotes", "labels"]).fit_transform(texts)
    assert capsys.readouterr().err == ""


# -- the NB-scaled linear model ---------------------------------------------------------------------
def test_log_count_ratio_written_example():
    from framing.models._linear import log_count_ratio

    # columns: "war" only in positive rows, "the" everywhere, "bread" only in negative rows
    X = sp.csr_matrix(np.array([[1, 1, 0], [2, 1, 0], [0, 1, 1], [0, 1, 3]], dtype=float))
    r = log_count_ratio(X, np.array([True, True, False, False]), alpha=1.0)
    # p = 1 + [2, 2, 0] = [3, 3, 1], q = 1 + [0, 2, 2] = [1, 3, 3]; |p| = |q| = 7
    np.testing.assert_allclose(r, np.log([3.0, 1.0, 1.0 / 3.0]))


def test_nb_linear_folds_the_ratio_into_the_weights():
    from framing.models._linear import NBLinear

    rng = np.random.default_rng(0)
    X = sp.csr_matrix(rng.poisson(0.3, size=(60, 20)).astype(float))
    y = np.where(X[:, 0].toarray().ravel() + rng.random(60) > 0.8, "a", "b")
    for model in ("svm", "logreg", "both"):
        est = NBLinear(model=model, n_scaled=15).fit(X, y)
        assert est.coef_.shape == (1, 20)
        np.testing.assert_allclose(est.decision_function(X), X @ est.coef_[0] + est.intercept_[0])
    three = NBLinear().fit(X, np.array(["a", "b", "c"] * 20))
    assert three.coef_.shape == (3, 20) and three.decision_function(X).shape == (60, 3)
    again = NBLinear().fit(X, np.array(["a", "b", "c"] * 20))
    np.testing.assert_array_equal(again.coef_, three.coef_)
    with pytest.raises(ValueError, match=r"`model` must be one of"):
        NBLinear(model="tree").fit(X, y)


@pytest.mark.parametrize("params", [{"model": "svm"}, {"model": "logreg"}, {"nb_scaling": False}])
def test_classifier_model_options(params):
    clf = FramingClassifier(**TINY, **params).fit(TEXTS, LABELS)
    assert clf.score(TEXTS, LABELS) == 1.0
    assert clf.predict(["Rebels clashed with the army."]).tolist() == ["conflict"]
    with pytest.raises(ValueError, match=r"The `model` parameter of FramingClassifier must be one of"):
        FramingClassifier(model="forest").fit(TEXTS, LABELS)


# -- tuned decision offsets ----------------------------------------------------------------------
def test_tune_offsets_binary_moves_threshold_between_the_classes():
    from framing.models._linear import tune_offsets

    # Positives score -0.9..-0.1 and negatives -2.0..-1.1: the zero threshold misses every
    # positive; the tuned offset lifts all positives above zero and keeps negatives below.
    scores = np.r_[np.linspace(-0.9, -0.1, 10), np.linspace(-2.0, -1.1, 30)]
    y = np.r_[np.ones(10, int), np.zeros(30, int)]
    (offset,) = tune_offsets(scores, y)
    assert 0.9 < offset <= 1.1
    assert ((scores + offset > 0).astype(int) == y).all()


def test_tune_offsets_multiclass_raises_an_under_predicted_class():
    from framing.models._linear import tune_offsets

    rng = np.random.default_rng(0)
    y = np.r_[np.zeros(40, int), np.ones(40, int), np.full(10, 2)]
    scores = rng.normal(0, 0.1, (90, 3))
    scores[np.arange(90), y] += 1.0
    scores[y == 2, 2] -= 1.5  # the rare class's own score is too low to ever win
    assert (np.argmax(scores, axis=1) == 2).sum() == 0
    offsets = tune_offsets(scores, y)
    assert offsets[2] > offsets[0] and offsets[2] > offsets[1]
    assert (np.argmax(scores + offsets, axis=1) == y).mean() > 0.95
    # already perfect scores keep zero offsets
    clean = np.eye(3)[y]
    np.testing.assert_array_equal(tune_offsets(clean, y), np.zeros(3))


@pytest.mark.parametrize("labels", ["binary", "multiclass", "multilabel"])
def test_tune_decision_keeps_predict_consistent_with_scores(labels, tmp_path):
    if labels == "binary":
        y: object = LABELS
    elif labels == "multiclass":
        y = ["conflict"] * 8 + ["human"] * 5 + ["children"] * 3
    else:
        y = pd.DataFrame(
            {"conflict": [1] * 8 + [0] * 8, "human": [0] * 8 + [1] * 8, "children": [0] * 12 + [1] * 4}
        )
    clf = FramingClassifier(**SMALL, tune_decision=True).fit(TEXTS, y)
    scores = clf.decision_function(TEXTS)
    pred = clf.predict(TEXTS)
    if labels == "multilabel":
        np.testing.assert_array_equal(pred, (scores > 0).astype(int))
        assert clf.predict_proba(TEXTS).shape == (16, 3)
    elif labels == "binary":
        assert pred.tolist() == clf.classes_[(scores > 0).astype(int)].tolist()
    else:
        assert pred.tolist() == clf.classes_[np.argmax(scores, axis=1)].tolist()
        np.testing.assert_allclose(clf.predict_proba(TEXTS).sum(axis=1), 1.0)
    assert all(m.offsets_.shape[0] >= 1 for m in clf.models_)
    again = load(save(clf, tmp_path / "tuned.skops"))
    np.testing.assert_array_equal(again.predict(TEXTS), pred)


def test_lexicon_words_learns_from_training_marks_only():
    from framing.models import _lexicon

    assert _lexicon.parse_marked("['Cruel', 'reckless']") == ["cruel", "reckless"]
    assert _lexicon.parse_marked("cruel, reckless") == ["cruel", "reckless"]
    assert _lexicon.parse_marked(None) == [] and _lexicon.parse_marked("[]") == []
    texts = ["The cruel plan failed.", "The plan failed.", "A cruel and reckless move."]
    lex = _lexicon.learn(texts, [["cruel"], [], ["reckless"]])
    # "cruel" marked once in the two documents that contain it: 1 / (2 + 1)
    assert lex == {"cruel": pytest.approx(1 / 3), "reckless": pytest.approx(1 / 2)}
    feats = _lexicon.featurize(["A reckless and cruel act"], lex)
    assert feats[0, 0] == pytest.approx(0.5) and feats[0, 2] == pytest.approx(np.log1p(1))

    marks = ["['shelled']", "", "battled", "['ruins']", "[]", "['clashes']", None, "attacked, clashed"]
    df = _corpus().assign(marks=marks + ["[]"] * 8)
    clf = FramingClassifier(**SMALL, lexicon_words="marks").fit(df, "frame")
    assert list(clf.feature_names_[-3:]) == [f"lexicon__{n}" for n in _lexicon.LEXICON_FEATURES]
    assert clf.lexicon_["shelled"] == pytest.approx(0.5)
    assert clf.predict(TEXTS).tolist() == LABELS  # prediction needs the texts only
    with pytest.raises(
        ValueError, match=r"`lexicon_words` names the column 'words', which `X` does not have"
    ):
        FramingClassifier(**SMALL, lexicon_words="words").fit(df, "frame")


def test_tune_decision_auto_tunes_multilabel_only():
    y2 = pd.DataFrame({"conflict": [1] * 8 + [0] * 8, "human": [0] * 8 + [1] * 8})
    assert FramingClassifier(**SMALL).fit(TEXTS, y2).tune_used_
    single = FramingClassifier(**SMALL).fit(TEXTS, LABELS)
    assert not single.tune_used_ and (single.decision_offsets_ == 0).all()
    assert (
        single.calibration_folds_ == 2
        and FramingClassifier(min_df=1).fit(TEXTS, LABELS).calibration_folds_ == 5
    )
    with pytest.raises(
        ValueError, match=r"The `tune_decision` parameter of FramingClassifier must be one of"
    ):
        FramingClassifier(tune_decision="yes").fit(TEXTS, LABELS)


def _long_articles() -> tuple[list[str], list[str]]:
    """Sixteen written 'articles' of ~1,400 characters: each class's sentences, rotated, three times."""
    texts = []
    for sentences in (CONFLICT, HUMAN):
        for i in range(len(sentences)):
            rotated = sentences[i:] + sentences[:i]
            texts.append(" ".join(rotated * 3))
    return texts, LABELS


def test_long_texts_rule_keeps_only_the_word_block_for_articles():
    texts, labels = _long_articles()
    assert np.mean([len(t) for t in texts]) > 1000
    clf = FramingClassifier(**SMALL).fit(texts, labels)
    assert not clf.char_used_ and not clf.framing_used_ and not clf.nb_used_
    assert {n.split("__")[0] for n in clf.feature_names_} == {"word"}
    assert clf.predict(["Rebels clashed with the army near the bridge. " * 25]).tolist() == ["conflict"]
    # "all" keeps every configured block; short texts keep them under the default.
    every = FramingClassifier(**SMALL, long_texts="all").fit(texts, labels)
    assert every.char_used_ and every.framing_used_ and every.bias_cues_used_
    assert {n.split("__")[0] for n in every.feature_names_} == {"word", "char", "framing", "bias_cues"}
    short = FramingClassifier(**SMALL).fit(TEXTS, LABELS)
    assert short.char_used_ and short.framing_used_
    # Without a word block the rule does not apply (it would leave no n-grams).
    chars_only = FramingClassifier(**SMALL, word_ngrams=None).fit(texts, labels)
    assert chars_only.char_used_ and chars_only.framing_used_
    with pytest.raises(ValueError, match=r"The `long_texts` parameter of FramingClassifier must be one of"):
        FramingClassifier(long_texts="chars").fit(TEXTS, LABELS)


def test_long_texts_rule_survives_save_and_load(tmp_path):
    texts, labels = _long_articles()
    clf = FramingClassifier(**SMALL).fit(texts, labels)
    save(clf, tmp_path / "long.skops")
    again = load(tmp_path / "long.skops")
    assert not again.char_used_ and not again.framing_used_
    np.testing.assert_allclose(again.decision_function(texts), clf.decision_function(texts))


# -- inner-CV selection (select, select_grid, inner_groups) ----------------------------------------
def test_nb_linear_fit_parts_combine_to_the_fitted_weights():
    from framing.models._linear import NBLinear, combine_parts

    X = sp.random(40, 12, density=0.4, format="csr", random_state=3)
    y = np.array([0, 1] * 20)
    for model in ("svm", "logreg", "both"):
        est = NBLinear(model=model).fit(X, y)
        parts = NBLinear(model=model).fit_parts(X, y, kinds=("svm", "logreg"))
        coef, intercept = combine_parts(parts, model)
        np.testing.assert_allclose(coef, est.coef_, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(intercept, est.intercept_, rtol=1e-10, atol=1e-12)


def test_nb_linear_char_weight_scales_only_its_block():
    from framing.models._linear import NBLinear

    X = sp.random(40, 12, density=0.5, format="csr", random_state=4)
    y = np.array([0, 1] * 20)
    plain = NBLinear(nb=False, model="svm").fit(X, y)
    # Weight 1 on a block is the same model as no block at all.
    same = NBLinear(nb=False, model="svm", char_cols=(6, 12), char_weight=1.0).fit(X, y)
    np.testing.assert_allclose(same.coef_, plain.coef_)
    # Weight w on columns 6-11 equals fitting on those columns multiplied by w, weights folded back.
    w = 2.0
    scaled = X @ sp.diags(np.r_[np.ones(6), np.full(6, w)])
    direct = NBLinear(nb=False, model="svm").fit(scaled, y)
    weighted = NBLinear(nb=False, model="svm", char_cols=(6, 12), char_weight=w).fit(X, y)
    np.testing.assert_allclose(weighted.coef_[0, :6], direct.coef_[0, :6], rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(weighted.coef_[0, 6:], direct.coef_[0, 6:] * w, rtol=1e-6, atol=1e-9)


def test_select_chooses_from_the_grid_and_keeps_the_default_on_ties():
    clf = FramingClassifier(**TINY, select=True).fit(TEXTS, LABELS)
    assert clf.select_used_ and len(clf.selected_) == 1
    scores = clf.models_[0].selection_scores_
    # 5 C x 3 models x 3 char weights, the configured setting first.
    assert len(scores) == 45
    assert scores[0][0] == {"C": 0.5, "model": "both", "char_weight": 1.0}
    best = max(f1 for _, f1 in scores)
    chosen = clf.selected_[0]
    assert [f1 for cand, f1 in scores if cand == chosen] == [best]
    if scores[0][1] == best:  # the separable toy data: every candidate ties, the default is kept
        assert chosen == scores[0][0]
    model = clf.models_[0].estimator_
    assert (model.C, model.model, model.char_weight) == (chosen["C"], chosen["model"], chosen["char_weight"])
    assert clf.predict(["Rebels clashed with the army."]).tolist() == ["conflict"]


def test_select_picks_a_better_setting_than_a_poor_default():
    """With a nearly unregularised SVM on noisy labels the inner CV prefers a stronger penalty."""
    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(60)]
    texts, labels = [], []
    for i in range(80):
        label = i % 2
        signal = ["alpha"] if label else ["beta"]
        noise = list(rng.choice(words, 8))
        # One text in five carries the other class's word (label noise the penalty should absorb).
        if rng.random() < 0.2:
            signal = ["beta"] if label else ["alpha"]
        texts.append(" ".join(signal + noise))
        labels.append(label)
    grid = {"C": [0.01, 1000.0]}
    clf = FramingClassifier(
        min_df=1,
        C=1000.0,
        model="svm",
        char_ngrams=None,
        framing_features=False,
        select=True,
        select_grid=grid,
    ).fit(texts, labels)
    scores = dict((c["C"], f1) for c, f1 in clf.models_[0].selection_scores_)
    assert set(scores) == {0.01, 1000.0}
    # The strong penalty wins the inner CV (0.837 vs 0.787 macro-F1 on these data) and is chosen.
    assert scores[0.01] > scores[1000.0]
    assert clf.selected_[0] == {"C": 0.01, "model": "svm", "char_weight": 1.0}
    assert clf.models_[0].estimator_.C == 0.01


def test_select_auto_multilabel_and_round_trip(tmp_path):
    y = pd.DataFrame({"conflict": [1] * 8 + [0] * 8, "human": [0] * 8 + [1] * 8})
    grid = {"C": [0.25, 1.0], "model": ["svm", "both"]}
    clf = FramingClassifier(**TINY, select="auto", select_grid=grid).fit(TEXTS, y)
    assert clf.select_used_ and len(clf.selected_) == 2
    assert all(len(m.selection_scores_) == 5 for m in clf.models_)  # default + 2 x 2
    save(clf, tmp_path / "sel.skops")
    again = load(tmp_path / "sel.skops")
    assert again.selected_ == clf.selected_
    np.testing.assert_allclose(again.decision_function(TEXTS), clf.decision_function(TEXTS))
    off = FramingClassifier(**TINY, select=False).fit(TEXTS, LABELS)
    assert not off.select_used_ and off.models_[0].selection_scores_ == []
    # Without a char block (articles) the char weight drops out of the grid.
    texts, labels = _long_articles()
    words = FramingClassifier(**TINY, select=True, select_grid={"C": [0.5, 1.0], "char_weight": [2.0]})
    words.fit(texts, labels)
    assert words.char_columns_ is None
    assert {c["char_weight"] for c, _ in words.models_[0].selection_scores_} == {1.0}


def test_inner_groups_keep_each_group_in_one_inner_fold():
    from framing.models._linear import CalibratedLinear

    y = np.array([0, 1] * 20)
    groups = np.repeat(np.arange(10), 4)
    folds = CalibratedLinear(cv=5)._folds(y, groups)
    assert sorted(np.concatenate([te for _, te in folds]).tolist()) == list(range(40))
    for train, test in folds:
        assert not set(groups[train]) & set(groups[test])
    df = _corpus().assign(story=[f"s{i // 2}" for i in range(len(TEXTS))])
    clf = FramingClassifier(**TINY, select=True, select_grid={"C": [1.0]}, inner_groups="story")
    assert clf.fit(df, "frame").predict(TEXTS).tolist() == LABELS
    with pytest.raises(
        ValueError, match=r"`inner_groups` names the column 'stories', which `X` does not have"
    ):
        FramingClassifier(**SMALL, inner_groups="stories").fit(df, "frame")
    with pytest.raises(ValueError, match=r"`inner_groups` names the column 'story', which `X` does not have"):
        FramingClassifier(**SMALL, inner_groups="story").fit(TEXTS, LABELS)
    with pytest.raises(
        ValueError, match=r"`inner_groups` column 'one' has 1 distinct value in the training data"
    ):
        FramingClassifier(**SMALL, inner_groups="one").fit(df.assign(one="x"), "frame")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"select": "cv"}, r"The `select` parameter of FramingClassifier must be one of"),
        (
            {"select_grid": {}},
            r"The `select_grid` parameter of FramingClassifier must be None or a non-empty dict",
        ),
        ({"select_grid": {"c": [1.0]}}, r"The `select_grid` parameter of FramingClassifier has the key 'c'"),
        (
            {"select_grid": {"C": 1.0}},
            r"The `select_grid` entry 'C' of FramingClassifier must be a non-empty list",
        ),
        (
            {"select_grid": {"C": [0.5, -1]}},
            r"entry 'C' of FramingClassifier must hold a positive number per value. Got -1",
        ),
        ({"select_grid": {"model": ["svm", "tree"]}}, r"entry 'model' of FramingClassifier must hold one of"),
        ({"select_grid": {"nb": [1]}}, r"entry 'nb' of FramingClassifier must hold True or False per value"),
        ({"inner_groups": 3}, r"The `inner_groups` parameter of FramingClassifier must be None or the name"),
    ],
)
def test_select_parameter_errors(params, message):
    with pytest.raises(ValueError, match=message):
        FramingClassifier(**TINY, **params).fit(TEXTS, LABELS)


def test_select_grid_can_choose_the_nb_scaling():
    clf = FramingClassifier(**TINY, select=True, select_grid={"nb": [True, False], "C": [0.5]})
    clf.fit(TEXTS, LABELS)
    candidates = [c for c, _ in clf.models_[0].selection_scores_]
    # Short texts: nb_scaling="auto" resolves to True, the first candidate.
    assert candidates == [
        {"C": 0.5, "model": "both", "char_weight": 1.0, "nb": True},
        {"C": 0.5, "model": "both", "char_weight": 1.0, "nb": False},
    ]
    assert clf.models_[0].estimator_.nb == clf.selected_[0]["nb"]


def test_select_is_deterministic_across_processes():
    df = _corpus(n_outlets=4)
    clf = FramingClassifier(**TINY, select=True, select_grid={"C": [0.25, 1.0], "model": ["svm", "both"]})
    serial = evaluate(clf, df, target="frame", cv=2, per_fold=True)
    parallel = evaluate(clf, df, target="frame", cv=2, per_fold=True, n_jobs=2)
    pd.testing.assert_frame_equal(serial, parallel)
