"""Fresh-eyes QA of this session's new options: the errors and hints a user meets."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import framing as fr
from framing.cli import main as cli_main
from framing.models import FramingClassifier

DOCS = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "outlet": ["North", "South"],
        "text": [
            '"The bridge will reopen next week," the mayor said on Monday.',
            "A local analyst said the repairs had cost far more than planned.",
        ],
    }
)


def test_annotate_options_not_a_mapping() -> None:
    msg = (
        "`options` of annotate must map an indicator to a mapping of its options, such as "
        "{'quotes': {'precision': 'high'}}. Got list ['quotes'] instead."
    )
    with pytest.raises(TypeError, match=re.escape(msg)):
        fr.annotate(DOCS, indicators=["quotes"], options=["quotes"])


def test_annotate_options_for_an_indicator_not_run() -> None:
    msg = (
        "`options` of annotate has options for 'quotes', which is not among the indicators "
        "['hedges']; add 'quotes' to `indicators` or drop its options."
    )
    with pytest.raises(ValueError, match=re.escape(msg)):
        fr.annotate(DOCS, indicators=["hedges"], options={"quotes": {"precision": "high"}})


def test_annotate_unknown_indicator_in_options_names_annotate() -> None:
    with pytest.raises(ValueError, match=re.escape("The `options` parameter of annotate must be one of")):
        fr.annotate(DOCS, indicators=["quotes"], options={"quotez": {"precision": "high"}})


def test_bias_cues_extend_in_the_wrong_shape_is_an_error() -> None:
    lx = fr.lexicons.load("bias_cues")
    with pytest.raises(
        fr.lexicons.LexiconError, match=r"key `intensifiers`: unknown key; a bias_cues lexicon"
    ):
        lx.extend({"intensifiers": ["thoroughly"]})
    mine = lx.extend({"classes": {"intensifier": {"entries": ["zorbingly"]}}})
    assert "zorbingly" in mine.data["classes"]["intensifier"]["entries"]
    assert mine.version == "1.0.0+ext"


def test_select_grid_cue_weight_example_is_numbers() -> None:
    msg = (
        "The `select_grid` entry 'cue_weight' of FramingClassifier must be a non-empty list of values, "
        "e.g. [0.5, 1.0, 2.0]. Got 2 instead."
    )
    texts = ["The plan was utterly absurd.", "The council met on Tuesday."] * 4
    with pytest.raises(ValueError, match=re.escape(msg)):
        FramingClassifier(select=True, select_grid={"cue_weight": 2}).fit(texts, ["b", "n"] * 4)


def test_unparsed_dates_name_the_order_given() -> None:
    df = pd.DataFrame({"text": ["one", "two"], "date": ["01/02/2024", "13/02/2024"]})
    msg = (
        "With dayfirst=False, a numeric date impossible in that order (such as 13/02/2024) is one of "
        "them; if the column is the other way round, pass dayfirst=True instead, or no order to "
        "decide from the column."
    )
    with pytest.warns(fr.FramingWarning, match=re.escape(msg)):
        fr.Corpus.from_dataframe(df, dayfirst=False)


def test_unparsed_dates_hint_in_cli_terms(tmp_path, capsys) -> None:
    src = tmp_path / "d.csv"
    pd.DataFrame({"text": ["one", "two"], "date": ["01/02/2024", "13/02/2024"]}).to_csv(src, index=False)
    assert (
        cli_main(["hedges", str(src), "--date", "date", "--monthfirst", "-o", str(tmp_path / "h.csv")]) == 0
    )
    err = capsys.readouterr().err
    assert "With --monthfirst, a numeric date impossible in that order" in err
    assert "pass --dayfirst instead" in err


def test_cli_quotes_help_matches_the_measured_share(capsys) -> None:
    with pytest.raises(SystemExit):
        cli_main(["quotes", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "under a third of the categories" in out
    assert "--dayfirst --precision high" in out


def test_show_says_a_high_table_is_high() -> None:
    high = fr.extract_quotes(DOCS, precision="high", progress=False)
    ev = fr.show(DOCS, "b", indicators=["quotes"], spans={"quotes": high})
    rules = ev.spans["rule"][ev.spans["rule"].str.startswith("Attribution")]
    assert len(rules) == 1 and "(precision='high': categories and stances off the allowlist" in rules.iloc[0]
    std = fr.extract_quotes(DOCS, progress=False)
    ev = fr.show(DOCS, "b", indicators=["quotes"], spans={"quotes": std})
    assert not ev.spans["rule"].str.contains("precision=", regex=False).any()


def test_a_span_table_given_as_corpus_says_so() -> None:
    quotes = fr.extract_quotes(DOCS, precision="high", progress=False)
    msg = (
        "`corpus` is a span table made by fr.extract_quotes (one row per span, its 'text' the span's), "
        "not a table of articles; pass the corpus it was made from instead."
    )
    with pytest.raises(ValueError, match=re.escape(msg)):
        fr.extract_quotes(quotes, precision="high")
    with pytest.raises(ValueError, match=re.escape("`source` is a span table made by fr.extract_quotes")):
        fr.annotate(quotes, indicators=["hedges"])


def test_classifier_bias_cues_takes_a_lexicon_object_or_its_file(tmp_path) -> None:
    # QA7 gave a hint to write a Lexicon object to YAML; since QA8 the object itself is taken
    # (as by FramingFeatures), and both ways give the same model.
    import yaml

    lx = fr.lexicons.load("bias_cues").extend({"classes": {"intensifier": {"entries": ["zorbingly"]}}})
    texts = ["The plan was zorbingly absurd.", "The council met on Tuesday."] * 4
    y = ["b", "n"] * 4
    direct = FramingClassifier(bias_cues=lx).fit(texts, y)
    assert direct.bias_cues_lexicon_["sha256"] == lx.sha256
    path = tmp_path / "mine.yaml"
    with open(path, "w") as fh:
        yaml.safe_dump(lx.data, fh)
    clf = FramingClassifier(bias_cues=str(path)).fit(texts, y)
    assert clf.bias_cues_lexicon_["sha256"] == lx.sha256
    assert clf.predict_proba(texts).tolist() == direct.predict_proba(texts).tolist()
