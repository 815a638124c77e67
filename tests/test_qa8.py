"""QA8: lexicon listing, FramingFeatures(bias_cues=), precision in report/show, high-table warnings."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

import framing as fr
from framing.models import FramingClassifier, FramingFeatures, load, model_info, save
from framing.quotes import PRECISIONS

MINE = {
    "name": "school_words",
    "version": "0.1",
    "kind": "wordlist",
    "description": "Words about   schools,\n written for a test.",
    "sources": ["A test written for this project.", "A second source."],
    "entries": ["pupil", "teacher", "timetable"],
}


def write_yaml(path: Path, content: dict) -> Path:
    path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return path


# -- 1. fr.lexicons.describe -------------------------------------------------------------------
def test_available_keeps_its_contract() -> None:
    names = fr.lexicons.available()
    assert isinstance(names, list) and names == sorted(names)
    assert all(isinstance(n, str) for n in names)
    assert {"syria", "hedges", "bias_cues"} <= set(names)


def test_describe_lists_every_builtin_lexicon() -> None:
    table = fr.lexicons.describe()
    assert list(table.columns) == list(fr.lexicons.DESCRIBE_COLUMNS)
    assert table["name"].tolist() == fr.lexicons.available()
    assert table["n_entries"].dtype == "int64"
    assert (table["n_entries"] > 0).all()
    syria = table.set_index("name").loc["syria"]
    lx = fr.lexicons.load("syria")
    assert syria["kind"] == "actors" and syria["entries_are"] == "labels"
    assert syria["version"] == lx.version and syria["language"] == lx.language
    assert syria["n_entries"] == sum(len(lx.labels(a)) for a in lx.actors)
    assert syria["sha256"] == lx.sha256[:12]
    assert syria["sources"] == "; ".join(" ".join(s.split()) for s in lx.sources)
    assert "\n" not in syria["description"] and "  " not in syria["description"]
    verbs = table.set_index("name").loc["reporting_verbs"]
    assert verbs["n_entries"] == len(fr.lexicons.load("reporting_verbs").data["verbs"])


def test_describe_user_files_and_lexicon_objects(tmp_path) -> None:
    path = write_yaml(tmp_path / "school.yaml", MINE)
    extended = fr.lexicons.load("bias_cues").extend({"classes": {"intensifier": {"entries": ["zorbingly"]}}})
    table = fr.lexicons.describe([str(path), "bias_cues", extended])
    assert table["name"].tolist() == ["school_words", "bias_cues", "bias_cues"]
    mine = table.iloc[0]
    assert (mine["kind"], mine["version"], mine["n_entries"], mine["entries_are"]) == (
        "wordlist",
        "0.1",
        3,
        "words",
    )
    assert mine["description"] == "Words about schools, written for a test."
    assert mine["sources"] == "A test written for this project.; A second source."
    assert mine["source"] == "school.yaml"
    assert table["n_entries"].iloc[2] == table["n_entries"].iloc[1] + 1
    assert table["version"].iloc[2] == "1.0.0+ext"
    assert table["sha256"].iloc[2] == extended.sha256[:12] != table["sha256"].iloc[1]
    # one name alone, and a Path
    assert fr.lexicons.describe("hedges")["name"].tolist() == ["hedges"]
    assert fr.lexicons.describe(path)["name"].tolist() == ["school_words"]


def test_describe_errors_name_the_parameter(tmp_path) -> None:
    with pytest.raises(
        ValueError, match=re.escape("`lexicons` 'syra' is neither a built-in lexicon nor a .yaml file")
    ):
        fr.lexicons.describe(["syra"])
    with pytest.raises(
        FileNotFoundError, match=re.escape("`lexicons` names a lexicon file that does not exist")
    ):
        fr.lexicons.describe([str(tmp_path / "absent.yaml")])
    msg = (
        "`lexicons` must hold names, paths to .yaml files or Lexicon objects; got int 3. "
        "Pass e.g. ['syria', 'mine.yaml']."
    )
    with pytest.raises(TypeError, match=re.escape(msg)):
        fr.lexicons.describe(["syria", 3])
    with pytest.raises(TypeError, match=re.escape("`lexicons` must be None (every built-in lexicon)")):
        fr.lexicons.describe({"syria": 1})  # type: ignore[arg-type]


def test_describe_is_mentioned_where_users_look() -> None:
    assert "describe" in (fr.lexicons.available.__doc__ or "")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "fr.lexicons.describe()" in readme


# -- 2. FramingFeatures(bias_cues=...) ---------------------------------------------------------
CUE_TEXTS = ["It was zorbingly dull and very late.", "The talks resumed on Monday."]
INTENSIFIER = "bias_cues__intensifier_per_100"


def zorbingly() -> fr.lexicons.Lexicon:
    return fr.lexicons.load("bias_cues").extend({"classes": {"intensifier": {"entries": ["zorbingly"]}}})


def column(ff, X, name: str) -> list[float]:
    return ff.transform(X)[:, ff.get_feature_names_out().tolist().index(name)].tolist()


def test_features_bias_cues_default_is_the_builtin_lexicon() -> None:
    ff = FramingFeatures(blocks=["bias_cues"]).fit(CUE_TEXTS)
    builtin = fr.lexicons.load("bias_cues")
    assert ff.get_params()["bias_cues"] == "bias_cues"
    assert ff.bias_cues_lexicon_ == {
        "name": "bias_cues",
        "version": builtin.version,
        "sha256": builtin.sha256,
    }
    # seven words, one intensifier ("very"); "zorbingly" is not in the built-in lexicon
    assert column(ff, CUE_TEXTS, INTENSIFIER) == [100 / 7, 0.0]
    assert FramingFeatures(blocks=["text"]).fit(CUE_TEXTS).bias_cues_lexicon_ is None


def test_features_bias_cues_takes_a_lexicon_object_or_a_file(tmp_path) -> None:
    mine = zorbingly()
    ff = FramingFeatures(blocks=["bias_cues"], bias_cues=mine).fit(CUE_TEXTS)
    assert column(ff, CUE_TEXTS, INTENSIFIER) == [200 / 7, 0.0]
    assert ff.bias_cues_lexicon_ == {"name": "bias_cues", "version": "1.0.0+ext", "sha256": mine.sha256}
    path = write_yaml(
        tmp_path / "praise.yaml", {**MINE, "name": "praise", "kind": "bias_cues", "entries": None}
    )
    text = path.read_text(encoding="utf-8").replace(
        "entries: null", "classes:\n  praise:\n    entries: [stellar]"
    )
    path.write_text(text, encoding="utf-8")
    for given in (str(path), path):
        own = FramingFeatures(blocks=["text", "bias_cues"], bias_cues=given).fit(["A stellar show."])
        assert own.get_feature_names_out().tolist()[-1] == "bias_cues__praise_per_100"
        assert column(own, ["A stellar show.", "A show."], "bias_cues__praise_per_100") == [100 / 3, 0.0]
        assert own.bias_cues_lexicon_["name"] == "praise"


def test_features_bias_cues_errors() -> None:
    kind = (
        "`bias_cues` must name a lexicon of kind 'bias_cues' (such as the built-in 'bias_cues'). "
        "Got 'hedges' of kind 'hedges' instead."
    )
    for blocks in (["bias_cues"], "auto"):  # under "auto" too: an error, not a block left out
        with pytest.raises(ValueError, match="^" + re.escape(kind) + "$"):
            FramingFeatures(blocks=blocks, bias_cues="hedges").fit(CUE_TEXTS)
    with pytest.raises(ValueError, match="^" + re.escape(kind) + "$"):
        FramingFeatures(bias_cues=fr.lexicons.load("hedges")).fit(CUE_TEXTS)
    wrong_type = (
        "The `bias_cues` parameter of FramingFeatures must be None, the name or .yaml path of a lexicon "
        "of kind 'bias_cues', or a loaded Lexicon, e.g. 'bias_cues'. Got 3 instead."
    )
    with pytest.raises(ValueError, match="^" + re.escape(wrong_type) + "$"):
        FramingFeatures(bias_cues=3).fit(CUE_TEXTS)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=re.escape("`bias_cues` 'bias_cue' is neither a built-in lexicon")):
        FramingFeatures(blocks=["bias_cues"], bias_cues="bias_cue").fit(CUE_TEXTS)
    none_listed = (
        "The `blocks` parameter of FramingFeatures names the block 'bias_cues', but `bias_cues` is None; "
        "pass a lexicon (e.g. bias_cues='bias_cues') or drop 'bias_cues' from `blocks`."
    )
    with pytest.raises(ValueError, match="^" + re.escape(none_listed) + "$"):
        FramingFeatures(blocks=["bias_cues"], bias_cues=None).fit(CUE_TEXTS)


def test_features_bias_cues_none_leaves_the_block_out_of_auto() -> None:
    ff = FramingFeatures(blocks="auto", bias_cues=None).fit(CUE_TEXTS)
    assert "bias_cues" not in ff.blocks_ and ff.bias_cues_lexicon_ is None
    assert not any(n.startswith("bias_cues__") for n in ff.get_feature_names_out())


def test_features_bias_cues_keeps_the_sklearn_contract(tmp_path) -> None:
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV
    from sklearn.pipeline import make_pipeline
    from sklearn.tree import DecisionTreeClassifier

    mine = zorbingly()
    ff = FramingFeatures(blocks=["bias_cues"], bias_cues=mine)
    assert ff.get_params()["bias_cues"] is mine
    twin = clone(ff)
    assert twin.get_params()["bias_cues"] == mine and twin.get_params()["bias_cues"].sha256 == mine.sha256
    assert (
        twin.fit(CUE_TEXTS).transform(CUE_TEXTS).tolist() == ff.fit(CUE_TEXTS).transform(CUE_TEXTS).tolist()
    )
    assert ff.set_params(bias_cues="bias_cues").fit(CUE_TEXTS).bias_cues_lexicon_["version"] == "1.0.0"
    # a lexicon is a hyper-parameter like any other
    texts = ["It was zorbingly dull.", "The talks resumed.", "A zorbingly long wait.", "The road opened."] * 3
    pipe = make_pipeline(FramingFeatures(blocks=["bias_cues"]), DecisionTreeClassifier(random_state=0))
    grid = GridSearchCV(pipe, {"framingfeatures__bias_cues": ["bias_cues", mine]}, cv=2)
    grid.fit(texts, [1, 0] * 6)
    assert grid.best_params_["framingfeatures__bias_cues"] == mine and grid.best_score_ == 1.0


def test_features_bias_cues_provenance_survives_save_and_load(tmp_path) -> None:
    mine = zorbingly()
    ff = FramingFeatures(blocks=["bias_cues"], bias_cues=mine).fit(CUE_TEXTS)
    path = save(ff, tmp_path / "features.skops")
    info = model_info(path)
    assert info["lexicons"] == {"bias_cues": {"version": "1.0.0+ext", "sha256": mine.sha256}}
    assert mine.sha256[:12] in info["params"]["bias_cues"]
    again = load(path)
    assert again.get_params()["bias_cues"].sha256 == mine.sha256
    assert again.transform(CUE_TEXTS).tolist() == ff.transform(CUE_TEXTS).tolist()
    clf = FramingClassifier(min_df=1, calibration_cv=2, select=False, bias_cues=mine)
    clf.fit(["It was zorbingly dull.", "The talks resumed."] * 4, ["b", "n"] * 4)
    clf_path = save(clf, tmp_path / "clf.skops")
    assert model_info(clf_path)["lexicons"]["bias_cues"]["sha256"] == mine.sha256
    assert (
        load(clf_path).predict(["A zorbingly slow day."]).tolist()
        == clf.predict(["A zorbingly slow day."]).tolist()
    )


def test_lexicon_restored_from_a_copy_is_hashed_again() -> None:
    import copy

    mine = zorbingly()
    state = copy.copy(mine.__dict__)
    state["sha256"] = "0" * 64  # a stored hash never vouches for the content
    restored = fr.lexicons.Lexicon.__new__(fr.lexicons.Lexicon)
    restored.__setstate__(state)
    assert restored.sha256 == mine.sha256 and copy.deepcopy(mine).sha256 == mine.sha256


# -- 3. precision= in fr.report, framing report, fr.show and fr.compare ---------------------------
NEWS = pd.DataFrame(
    {
        "doc_id": ["w1", "w2", "h1"],
        "outlet": ["Wire", "Wire", "Herald"],
        "text": [
            '"The bridge will reopen next week," a resident said on Monday. The mayor said repairs were done.',
            "A local analyst said the repairs had cost far more than planned. Officials claimed it was cheap.",
            '"We saw the water rise," a shopkeeper told reporters. The council said it would pay.',
        ],
    }
)


def choice_error(owner: str, given: str, hint: str = "") -> str:
    # built from PRECISIONS, never a hard-coded list: another mode may join it
    shown = "{" + ", ".join(repr(p) for p in PRECISIONS) + "}"
    return f"The `precision` parameter of {owner} must be one of {shown}. Got {given!r} instead.{hint}"


def methods(html: str) -> str:
    return html.split("<section id='methods'>", 1)[1]


def test_report_precision_is_stated_in_methods(tmp_path) -> None:
    default = fr.report(NEWS, path=tmp_path / "d.html", n_boot=100, progress=False).read_text(
        encoding="utf-8"
    )
    assert "Attributions (sourcing) were extracted with precision='standard' (every speaker" in methods(
        default
    )
    assert "precision=&#x27;standard&#x27;" in methods(default)  # the provenance sentence of the table too
    assert "quotes precision standard" in default and "Read the tables below as examples" not in default
    high = fr.report(NEWS, path=tmp_path / "h.html", n_boot=100, precision="high", progress=False).read_text(
        encoding="utf-8"
    )
    assert "Attributions (sourcing) were extracted with precision='high' (a speaker category" in methods(high)
    assert "precision=&#x27;high&#x27;" in methods(high)
    assert "quotes precision high" in high
    quotes = fr.extract_quotes(NEWS, precision="high", progress=False)
    unknown = (quotes["speaker_category"] == "unknown").mean()
    sourcing = high.split("<section id='sourcing'>", 1)[1].split("</section>", 1)[0]
    assert f"so {unknown:.0%} of the attributions have no speaker category ('unknown')" in sourcing
    assert "run the report with the default <code>precision='standard'</code>" in sourcing


def test_report_precision_error_before_any_work(tmp_path) -> None:
    with pytest.raises(
        ValueError, match="^" + re.escape(choice_error("report", "hihg", " Did you mean 'high'?")) + "$"
    ):
        fr.report(NEWS, path=tmp_path / "r.html", precision="hihg")
    assert not (tmp_path / "r.html").exists()


def test_cli_report_precision(tmp_path, capsys) -> None:
    from framing.cli import main as cli_main

    src = tmp_path / "news.csv"
    NEWS.to_csv(src, index=False)
    out = tmp_path / "r.html"
    assert cli_main(["report", str(src), "--precision", "high", "-o", str(out)]) == 0
    assert "Attributions (sourcing) were extracted with precision='high'" in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        cli_main(["report", str(src), "--precision", "hihg", "-o", str(out)])
    err = capsys.readouterr().err
    assert "argument --precision: invalid choice: 'hihg'" in err
    with pytest.raises(SystemExit):
        cli_main(["report", "--help"])
    assert "--precision {" + ",".join(PRECISIONS) + "}" in capsys.readouterr().out


def test_show_precision() -> None:
    standard = fr.show(NEWS, "w1", indicators=["quotes"])
    high = fr.show(NEWS, "w1", indicators=["quotes"], precision="high")
    assert standard.spans.attrs["framing"]["params"]["precision"] is None
    assert high.spans.attrs["framing"]["params"]["precision"] == "high"
    why = "precision='high': categories and stances off the allowlist are unknown"
    assert why in "".join(high.spans["rule"]) and why not in "".join(standard.spans["rule"])
    both = fr.compare(NEWS, "w1", "h1", indicators=["quotes"], precision="high")
    assert why in "".join(both.spans["rule"])


def test_show_precision_errors() -> None:
    with pytest.raises(
        ValueError, match="^" + re.escape(choice_error("show", "High", " Did you mean 'high'?")) + "$"
    ):
        fr.show(NEWS, "w1", precision="High")
    with pytest.raises(
        ValueError, match="^" + re.escape(choice_error("compare", "hi", " Did you mean 'high'?"))
    ):
        fr.compare(NEWS, "w1", "h1", precision="hi")
    table = fr.extract_quotes(NEWS, progress=False)
    clash = (
        "`precision` of show is 'high', but spans['quotes'] was made with precision='standard'; drop "
        "`precision=` to show the table as it is, or pass a table made with "
        "fr.extract_quotes(corpus, precision='high')."
    )
    with pytest.raises(ValueError, match="^" + re.escape(clash) + "$"):
        fr.show(NEWS, "w1", indicators=["quotes"], spans={"quotes": table}, precision="high")
    not_drawn = (
        "`precision` of show applies to the quotes, which are not among the indicators ['agency']; "
        "add 'quotes' to `indicators` or drop `precision=`."
    )
    with pytest.raises(ValueError, match="^" + re.escape(not_drawn) + "$"):
        fr.show(NEWS, "w1", indicators=["agency"], precision="high")
    # the same mode as the table's is fine
    assert len(
        fr.show(NEWS, "w1", indicators=["quotes"], spans={"quotes": table}, precision="standard").spans
    )


# -- 4. source_share / cue_stance_by_speaker on a "high" table -----------------------------------
def high_warning(first: str, rest: str = "") -> str:
    return (
        "The quotes were extracted with precision='high', which trades coverage for precision: "
        f"{first}{rest}, and the share kept differs by outlet; to compare outlets, use the default "
        "precision='standard' (keep 'high' for picking examples to quote)."
    )


def framing_warnings(record) -> list[str]:
    return [str(w.message) for w in record if issubclass(w.category, fr.FramingWarning)]


def test_high_table_warns_once_with_the_unknown_share() -> None:
    import warnings

    high = fr.extract_quotes(NEWS, precision="high", progress=False)
    n = len(high)
    unknown = (high["speaker_category"] == "unknown").mean()
    assert n == 6 and unknown > 0.5  # residents, shopkeepers, analysts: off the allowlist
    expected = high_warning(f"{unknown:.0%} of the {n} attributions have no speaker category ('unknown')")
    with pytest.warns(fr.FramingWarning) as record:
        fr.source_share(high, n_boot=100)
    assert framing_warnings(record) == [expected]
    with pytest.warns(fr.FramingWarning) as record:
        fr.source_share(NEWS, precision="high", n_boot=100)  # extracted here: the same table
    assert framing_warnings(record) == [expected]
    with pytest.warns(fr.FramingWarning) as record:
        fr.cue_stance_by_speaker(high, n_boot=100)
    assert framing_warnings(record) == [expected]
    # both columns mostly missing: one warning naming both
    no_stance = high.assign(cue_stance=None)
    assert no_stance.attrs["framing"]["params"]["precision"] == "high"
    with pytest.warns(fr.FramingWarning) as record:
        fr.cue_stance_by_speaker(no_stance, n_boot=100)
    both = high_warning(
        f"{unknown:.0%} of the {n} attributions have no speaker category ('unknown')",
        " and 100% no verb stance",
    )
    assert framing_warnings(record) == [both]
    # columns "high" does not touch, or a small unknown share: no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error", fr.FramingWarning)
        fr.source_share(high, of="kind", n_boot=100)
        fr.source_share(high[high["speaker_category"] != "unknown"], n_boot=100)


def test_default_table_never_warns() -> None:
    import warnings

    nobody = pd.DataFrame(
        {"text": ["Xyzzy said the plan was fine. Plugh said it was not."], "outlet": ["Blog"]}
    )
    standard = fr.extract_quotes(nobody, progress=False)
    assert (standard["speaker_category"] == "unknown").all()
    with warnings.catch_warnings():
        warnings.simplefilter("error", fr.FramingWarning)
        fr.source_share(standard, n_boot=100)
        fr.cue_stance_by_speaker(standard, n_boot=100)
        fr.source_share(NEWS, n_boot=100)


# -- framing lexicons ------------------------------------------------------------------------------
def test_cli_lexicons(tmp_path, capsys) -> None:
    from framing.cli import main as cli_main

    assert cli_main(["lexicons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = fr.lexicons.describe()
    assert [line.split("\t")[0] for line in lines] == table["name"].tolist()
    syria = table.set_index("name").loc["syria"]
    assert (
        f"syria\tactors v{syria['version']}, {syria['n_entries']} labels, sha256 {syria['sha256']}" in lines
    )
    path = write_yaml(tmp_path / "school.yaml", MINE)
    out = tmp_path / "lexicons.csv"
    assert cli_main(["lexicons", "hedges", str(path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 2 lexicons to {out}"
    written = pd.read_csv(out)
    assert list(written.columns) == list(fr.lexicons.DESCRIBE_COLUMNS)
    assert written["name"].tolist() == ["hedges", "school_words"] and written["n_entries"].tolist()[1] == 3
    assert cli_main(["lexicons", "syra"]) == 2
    assert (
        "framing lexicons: `lexicons` 'syra' is neither a built-in lexicon nor a .yaml file"
        in capsys.readouterr().err
    )


def test_classifier_feature_block_reads_the_classifier_lexicon() -> None:
    mine = zorbingly()
    texts, y = ["It was zorbingly dull.", "The talks resumed."] * 4, ["b", "n"] * 4
    clf = FramingClassifier(
        min_df=1, calibration_cv=2, select=False, bias_cues=mine, feature_blocks=["text", "bias_cues"]
    )
    clf.fit(texts, y)
    assert clf.framing_features_.bias_cues_lexicon_["sha256"] == mine.sha256
    assert [(lx.name, lx.sha256) for lx in clf._lexicons_used()] == [("bias_cues", mine.sha256)]
    plain = FramingClassifier(
        min_df=1, calibration_cv=2, select=False, bias_cues=None, feature_blocks=["bias_cues"]
    )
    plain.fit(texts, y)
    builtin = fr.lexicons.load("bias_cues")
    assert [(lx.name, lx.sha256) for lx in plain._lexicons_used()] == [("bias_cues", builtin.sha256)]
    assert plain.explain(top=5).attrs["framing"]["lexicons"]["bias_cues"]["sha256"] == builtin.sha256


def test_describe_counts_the_keys_of_a_kind_registered_by_the_user(monkeypatch) -> None:
    from framing.lexicons import KINDS

    monkeypatch.setitem(KINDS, "colours", lambda data, checker: None)
    mine = fr.lexicons.Lexicon(
        {"name": "palette", "version": 1, "kind": "colours", "warm": ["red"], "cold": ["blue"], "_anchor": []}
    )
    row = fr.lexicons.describe([mine]).iloc[0]
    assert (row["kind"], row["version"], row["n_entries"], row["entries_are"]) == ("colours", "1", 2, "keys")
    assert (row["description"], row["sources"], row["source"]) == ("", "", "<dict>")


def test_framing_warnings_point_at_the_users_line(tmp_path) -> None:
    # Not at a line of library source: a notebook shows the user's own cell.
    high = fr.extract_quotes(NEWS, precision="high", progress=False)
    with pytest.warns(fr.FramingWarning) as record:
        fr.source_share(high, n_boot=100)
    assert [Path(w.filename).name for w in record] == ["test_qa8.py"]
    src = tmp_path / "dates.csv"
    pd.DataFrame({"text": ["One.", "Two."], "date": ["01/02/2024", "03/04/2024"]}).to_csv(src, index=False)
    with pytest.warns(fr.FramingWarning, match="read month first") as record:
        fr.read_csv(src)
    assert {Path(w.filename).name for w in record} == {"test_qa8.py"}
    one = fr.extract_quotes(
        NEWS.iloc[:1].assign(text="A shopkeeper said the water rose."), precision="high", progress=False
    )
    assert len(one) == 1 and one["speaker_category"].iloc[0] == "unknown"
    with pytest.warns(
        fr.FramingWarning,
        match=re.escape("precision: the one attribution has no speaker category ('unknown'), and"),
    ):
        fr.source_share(one, n_boot=100)


def test_every_precision_mode_is_described_in_the_report_methods() -> None:
    from framing.report import _PRECISION_METHODS

    # a mode another engineer adds is still accepted and named (the choices come from PRECISIONS);
    # this test asks for its one-line description too
    assert set(_PRECISION_METHODS) == set(PRECISIONS)
