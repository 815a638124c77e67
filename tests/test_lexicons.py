import pytest

import framing as fr
from framing.lexicons import Lexicon, LexiconError


def write(tmp_path, body):
    p = tmp_path / "mine.yaml"
    p.write_text(body)
    return p


def test_user_wordlist_loads_and_hashes(tmp_path):
    p = write(tmp_path, "name: mine\nversion: 1\nkind: wordlist\nentries: [a, b]\n")
    lx = fr.lexicons.load(p)
    assert (lx.name, lx.version, lx.kind) == ("mine", "1", "wordlist")
    assert len(lx.sha256) == 64
    ext = lx.extend({"entries": ["c", "a"]})
    assert ext.data["entries"] == ["a", "b", "c"] and ext.version == "1+ext" and ext.sha256 != lx.sha256


def test_schema_error_names_line_and_key(tmp_path):
    p = write(tmp_path, "name: mine\nversion: 1\nkind: wordlist\nentries:\n  - a\n  - ''\n")
    with pytest.raises(
        LexiconError, match=r"Lexicon mine.yaml, line 6, key `entries.1`: must be a non-empty string"
    ):
        fr.lexicons.load(p)


def test_unknown_kind_suggests(tmp_path):
    p = write(tmp_path, "name: mine\nversion: 1\nkind: wordlst\nentries: [a]\n")
    with pytest.raises(LexiconError, match=r"line 3, key `kind`: must be one of .*Did you mean 'wordlist'\?"):
        fr.lexicons.load(p)


def test_bad_yaml(tmp_path):
    p = write(tmp_path, "name: [unclosed\n")
    with pytest.raises(LexiconError, match="not valid YAML"):
        fr.lexicons.load(p)


def test_unknown_name():
    with pytest.raises(ValueError, match=r"is neither a built-in lexicon nor a \.yaml file"):
        fr.lexicons.load("no-such-lexicon")


def test_actor_accessors_need_actor_kind():
    lx = Lexicon({"name": "w", "version": "1", "kind": "wordlist", "entries": ["x"]})
    with pytest.raises(TypeError, match="has no actors"):
        _ = lx.actors


def test_unknown_lexicon_errors_name_the_parameter_the_user_typed(tmp_path, monkeypatch):
    import pandas as pd

    df = pd.DataFrame({"text": ["Jets shelled the town."], "outlet": ["A"]})
    with pytest.raises(
        ValueError, match=r"^`lexicon` 'hedgez' is neither a built-in lexicon .* Did you mean 'hedges'\?$"
    ):
        fr.hedge_rates(df, lexicon="hedgez")
    with pytest.raises(
        ValueError, match=r"^`dictionary` 'nope' is neither a built-in lexicon nor a \.yaml file"
    ):
        fr.dictionary_scores(df, "nope")
    with pytest.raises(ValueError, match=r"^`harm_lexicon` 'nope' is neither a built-in lexicon"):
        fr.agency_rates(df, harm_lexicon="nope")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(
        FileNotFoundError,
        match=r"^`lexicon` names a lexicon file that does not exist: 'mine\.yaml' \(looked in .*\); check the "
        r"path, or pass a built-in name such as 'syria'\.$",
    ):
        fr.find_labels(df, lexicon="mine.yaml")
