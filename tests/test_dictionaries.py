import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.lexicons import LexiconError

DOCS = pd.DataFrame(
    {
        "doc_id": ["a1", "a2", "b1"],
        "outlet": ["A", "A", "B"],
        "text": [
            "Terrorists and terrorism: a war of words over the war.",  # 10 words
            "Costs rose.",  # 2 words
            "The war-torn city counted its costs.",  # 6 words
        ],
    }
)
MINE = {"conflict": ["terror*", "war of words", "war"], "economic": ["cost*"]}


def test_matches_are_whole_words_longest_first():
    m = fr.dictionary_matches(DOCS, MINE)
    assert list(m.columns) == ["doc_id", "outlet", "date", "start", "end", "text", "category"]
    assert m[m.doc_id == "a1"][["text", "category"]].values.tolist() == [
        ["Terrorists", "conflict"],
        ["terrorism", "conflict"],
        ["war of words", "conflict"],
        ["war", "conflict"],
    ]
    # "war-torn" is one word, so "war" does not match inside it.
    assert m[m.doc_id == "b1"]["text"].tolist() == ["costs"]
    text = DOCS.set_index("doc_id")["text"]
    assert all(text[d][s:e] == t for d, s, e, t in zip(m.doc_id, m.start, m.end, m.text))


def test_scores_per_document_by_hand():
    s = fr.dictionary_scores(DOCS, MINE)
    assert list(s.columns) == ["doc_id", "outlet", "date", "category", "count", "total", "rate"]
    got = s.set_index(["doc_id", "category"])
    assert got.loc[("a1", "conflict"), ["count", "total"]].tolist() == [4, 10]
    assert got.loc[("a1", "conflict"), "rate"] == pytest.approx(400.0)
    assert got.loc[("a1", "economic"), "rate"] == 0.0
    assert got.loc[("a2", "economic"), "rate"] == pytest.approx(500.0)
    assert got.loc[("b1", "economic"), "rate"] == pytest.approx(1000 / 6)


def test_scores_per_group_by_hand():
    s = fr.dictionary_scores(DOCS, MINE, by="outlet", n_boot=200)
    assert list(s.columns) == ["outlet", "category", "count", "total", "rate", "ci_low", "ci_high", "n_docs"]
    got = s.set_index(["outlet", "category"])
    assert got.loc[("A", "economic"), ["count", "total"]].tolist() == [1, 12]
    assert got.loc[("A", "economic"), "rate"] == pytest.approx(1000 / 12)
    # Resamples of A's two articles give 0 (a1 twice), 1/12 or 1/2 economic words per word.
    assert got.loc[("A", "economic"), "ci_low"] == pytest.approx(0.0)
    assert got.loc[("A", "economic"), "ci_high"] == pytest.approx(500.0)
    assert got.loc[("B", "conflict"), "count"] == 0
    assert s.attrs["framing"]["function"] == "dictionary_scores"


def test_builtin_generic_frames():
    lx = fr.load_dictionary("generic_frames")
    assert list(lx.data["categories"]) == [
        "conflict",
        "human_interest",
        "economic",
        "morality",
        "responsibility",
    ]
    s = fr.dictionary_scores(
        pd.DataFrame({"text": ["Families fear the costly clash."], "outlet": ["A"]}), "generic_frames"
    )
    assert s.set_index("category")["count"].to_dict() == {
        "conflict": 1,
        "human_interest": 2,
        "economic": 1,
        "morality": 0,
        "responsibility": 0,
    }


def write(tmp_path, body, name="mine.dic"):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_read_dic(tmp_path):
    p = write(
        tmp_path, "%\n1\tconflict\n2\teconomic\n%\nclash*\t1\nwar of words\t1\ncost* 2\ntrade war 1 2\n"
    )
    lx = fr.read_dic(p)
    assert lx.name == "mine" and lx.kind == "dictionary"
    assert lx.data["categories"] == {
        "conflict": {"entries": ["clash*", "war of words", "trade war"]},
        "economic": {"entries": ["cost*", "trade war"]},
    }
    s = fr.dictionary_scores(pd.DataFrame({"text": ["A trade war and clashes."], "outlet": ["A"]}), p)
    assert s.set_index("category")["count"].to_dict() == {"conflict": 2, "economic": 1}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("1\tconflict\n%\n", r"Dictionary mine.dic, line 1: a .dic file must open with a '%' line"),
        ("%\none conflict\n%\n", r"line 2: a header line must be a category number and a name"),
        (
            "%\n1\tconflict\n1\teconomic\n%\n",
            r"line 3: category number 1 is defined twice \(first as 'conflict'\)",
        ),
        (
            "%\n1\tconflict\n2\teconomic\n",
            r"line 3: the category header is never closed by a second '%' line",
        ),
        ("%\n1\tconflict\n%\nclash\n", r"line 4: the entry 'clash' names no category number"),
        (
            "%\n1\tconflict\n%\n\nclash\t1\nwar\t7\n",
            r"line 6: the entry 'war' names category 7, which the header does not define \(defined: 1\)",
        ),
    ],
)
def test_dic_errors_name_the_line(tmp_path, body, message):
    with pytest.raises(LexiconError, match=message):
        fr.read_dic(write(tmp_path, body))


def test_dic_bad_entry_is_a_schema_error(tmp_path):
    p = write(tmp_path, "%\n1\tconflict\n%\n(dis)like\t1\n")
    with pytest.raises(
        LexiconError, match=r"key `categories.conflict.entries.0`: the pattern has '\(dis\)like'"
    ):
        fr.read_dic(p)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("categories: {}\n", r"line 4, key `categories`: must name at least one category"),
        (
            "categories:\n  conflict:\n    entries: [war, 'war|battle']\n",
            r"line 6, key `categories.conflict.entries.1`: dictionary entries are words or phrases",
        ),
        (
            "categories:\n  conflict: [war]\n",
            r"line 5, key `categories.conflict`: must be a mapping with `entries`",
        ),
    ],
)
def test_yaml_dictionary_errors(tmp_path, body, message):
    p = write(tmp_path, "name: mine\nversion: 1\nkind: dictionary\n" + body, name="mine.yaml")
    with pytest.raises(LexiconError, match=r"Lexicon mine.yaml, " + message):
        fr.dictionary_scores(pd.DataFrame({"text": ["war"], "outlet": ["A"]}), p)


def test_dictionary_argument_errors():
    docs = pd.DataFrame({"text": ["war"], "outlet": ["A"]})
    with pytest.raises(
        TypeError, match=r"`dictionary` maps each category to a list of entries; category 'c'"
    ):
        fr.dictionary_scores(docs, {"c": "war"})
    with pytest.raises(ValueError, match=r"`dictionary` must be a lexicon of kind 'dictionary'; 'hedges' is"):
        fr.dictionary_scores(docs, "hedges")
    with pytest.raises(TypeError, match=r"`dictionary` must be a built-in name"):
        fr.dictionary_scores(docs, 3)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("war of words terror* cost-\n .,'")), max_size=80))
def test_any_text_gives_valid_matches(text):
    docs = pd.DataFrame({"text": [text or "x"], "outlet": ["A"]})
    corpus = fr.Corpus.from_dataframe(docs) if (text or "x").strip() else None
    if corpus is None or len(corpus) == 0:
        return
    m = fr.dictionary_matches(corpus, MINE)
    doc = corpus.docs["text"][0]
    for r in m.itertuples():
        assert 0 <= r.start < r.end <= len(doc) and doc[r.start : r.end] == r.text


def test_first_listed_entry_wins_among_entries_with_one_first_letter():
    # Entries are tried longest first; the grouping by first letter must keep that order, so
    # "war of words" beats "war*" and "warm" is one match of "war*", never "war" + "m".
    docs = pd.DataFrame({"text": ["A warm war of words, then warfare and a ward."], "outlet": ["A"]})
    m = fr.dictionary_matches(docs, {"conflict": ["war*", "war of words", "warm", "wa"]})
    assert m[["start", "end", "text"]].values.tolist() == [
        [2, 6, "warm"],
        [7, 19, "war of words"],
        [26, 33, "warfare"],
        [40, 44, "ward"],
    ]


def test_offsets_survive_letters_that_lengthen_when_lower_cased():
    # "İ" lower-cases to two characters; the match must still be "bomb", not the word after it.
    docs = pd.DataFrame({"text": ["İİ bomb city"], "outlet": ["A"]})
    m = fr.dictionary_matches(docs, {"conflict": ["bomb"]})
    assert m[["start", "end", "text"]].values.tolist() == [[3, 7, "bomb"]]


def reference_matches(text, entries_by_category):
    """The plain algorithm: lower-cased words joined by spaces, one regex per category with the
    entries longest first, each match mapped back to its first and last word."""
    import bisect
    import re

    from framing.text import words

    spans = words(text)
    if not spans:
        return [], 0
    lowered = [text[a:b].lower() for a, b in spans]
    joined = " ".join(lowered)
    starts, pos = [], 0
    for w in lowered:
        starts.append(pos)
        pos += len(w) + 1
    out = []
    for cat, entries in entries_by_category.items():
        regexes = []
        for e in sorted(set(entries), key=lambda e: (-len(e), e)):
            parts = [
                re.escape(w[:-1]) + "[^ ]*" if w.endswith("*") else re.escape(w) for w in e.lower().split()
            ]
            regexes.append(" ".join(parts))
        pat = re.compile(r"(?<![^ ])(?:" + "|".join(regexes) + r")(?![^ ])")
        for m in pat.finditer(joined):
            i = bisect.bisect_right(starts, m.start()) - 1
            j = bisect.bisect_right(starts, m.end() - 1) - 1
            out.append((spans[i][0], spans[j][1], cat))
    return sorted(out), len(spans)


ENTRY = st.lists(
    st.builds(
        lambda body, star: body + star,
        st.text(alphabet=st.sampled_from(list("abwİ-'.")), min_size=1, max_size=4),
        st.sampled_from(["", "*"]),
    ),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abwAB İ*-'.,\n")), max_size=60),
    st.dictionaries(st.sampled_from(["c1", "c2"]), st.lists(ENTRY, min_size=1, max_size=6), min_size=1),
)
def test_scan_equals_the_plain_algorithm(text, entries_by_category):
    from framing.dictionaries import _compile, _scan, load_dictionary
    from framing.text import count_words

    compiled = _compile(load_dictionary(entries_by_category))
    got, n_words = _scan(text, compiled)
    assert (sorted(got), n_words) == reference_matches(text, entries_by_category)
    assert n_words == count_words(text)


@pytest.mark.realdata
def test_generic_frames_beat_chance_on_narrative_frames():
    import importlib.util

    from conftest import ROOT, shared_path

    shared_path("narrative_frames", "articles.tsv")
    spec = importlib.util.spec_from_file_location("bench_frames", ROOT / "benchmarks" / "bench_frames.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    res = bench.aucs(bench.load(), n_boot=100).set_index("frame")["auc"]
    # Recorded in benchmarks/RESULTS.md.
    recorded = {
        "conflict": 0.674,
        "human_interest": 0.735,
        "economic": 0.838,
        "morality": 0.798,
        "responsibility": 0.640,
    }
    for frame, auc in recorded.items():
        assert res[frame] == pytest.approx(auc, abs=0.01), frame
