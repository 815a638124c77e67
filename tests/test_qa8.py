"""QA8: lexicon listing, FramingFeatures(bias_cues=), precision in report/show, high-table warnings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import framing as fr

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
