import gzip
import json

import numpy as np
import pandas as pd
import pytest

import framing as fr
from framing import FramingWarning


@pytest.fixture
def df():
    return pd.DataFrame(
        {
            "id": ["a1", "a2", "a3"],
            "body": [
                "Rebels entered Aleppo on Friday.",
                "The army said it redeployed.",
                "Aid groups warned of displacement.",
            ],
            "source": ["Wire", "Herald", "Wire"],
            "published": ["2024-11-29", "2024-11-30", "2024-12-01"],
            "headline": ["Rebels enter Aleppo", "Army redeploys", None],
            "topic": ["syria", "syria", "aid"],
        }
    )


def build(df):
    return fr.Corpus.from_dataframe(
        df, text="body", outlet="source", date="published", title="headline", doc_id="id"
    )


def test_from_dataframe_contract(df):
    c = build(df)
    assert list(c.docs.columns) == ["doc_id", "text", "outlet", "date", "title", "topic"]
    assert c.docs["date"].dtype == "datetime64[ns]"
    assert c.docs["title"].tolist()[2] == ""
    assert len(c) == 3 and c.outlets == ["Herald", "Wire"]
    assert df.columns.tolist()[0] == "id"  # input not mutated


def test_defaults_use_contract_names():
    c = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["x y"], "outlet": ["O"], "date": ["2024-12-08"]}))
    assert c.docs.loc[0, "outlet"] == "O" and c.docs.loc[0, "doc_id"] == "doc000000"
    assert c.docs.loc[0, "date"] == pd.Timestamp("2024-12-08")


def test_missing_column_error_suggests_closest(df):
    with pytest.raises(ValueError) as exc:
        fr.Corpus.from_dataframe(df, text="body", outlet="sourc")
    assert str(exc.value) == (
        "`outlet` names a column that is not in the data ('sourc'); the columns are: id, body, "
        "source, published, headline, topic. Pass outlet='source'."
    )


def test_duplicate_doc_ids_error(df):
    d = df.assign(id=["x", "x", "y"])
    with pytest.raises(ValueError, match=r"`doc_id` values must be unique; 2 rows share an id \(e.g. 'x'\)"):
        build(d)


def test_empty_and_missing_texts_dropped_with_warning_and_report(df):
    d = df.copy()
    d.loc[1, "body"] = "   "
    d.loc[2, "body"] = np.nan
    with pytest.warns(FramingWarning, match="2 of 3 rows were dropped"):
        c = build(d)
    assert len(c) == 1
    assert c.report["dropped"] == [
        {"doc_id": "a2", "reason": "empty text"},
        {"doc_id": "a3", "reason": "missing text"},
    ]


def test_non_string_text_error(df):
    d = df.copy()
    d["body"] = d["body"].astype(object)
    d.loc[0, "body"] = 5
    with pytest.raises(TypeError, match=r"`text` column 'body' must hold strings; row 0 holds int 5"):
        build(d)


def test_missing_outlet_and_bad_dates_warn(df):
    d = df.copy()
    d.loc[0, "source"] = None
    d.loc[1, "published"] = "not a date"
    with pytest.warns(FramingWarning) as rec:
        c = build(d)
    msgs = " ".join(str(w.message) for w in rec)
    assert "1 rows have no outlet" in msgs and "1 dates could not be parsed" in msgs
    assert c.docs.loc[0, "outlet"] == "unknown" and pd.isna(c.docs.loc[1, "date"])


def test_large_text_works(df):
    d = df.copy()
    d.loc[0, "body"] = "word " * 250_000
    c = build(d)
    assert len(c.docs.loc[0, "text"]) > 1_000_000 and c.report["large_texts"] == 1


def test_round_trips(tmp_path, df):
    c = build(df)
    c.to_parquet(tmp_path / "c.parquet")
    c.to_jsonl(tmp_path / "c.jsonl")
    c.to_jsonl(tmp_path / "c.jsonl.gz")
    c.docs.to_csv(tmp_path / "c.csv", index=False)
    for back in (
        fr.read_parquet(tmp_path / "c.parquet"),
        fr.read_jsonl(tmp_path / "c.jsonl"),
        fr.read_jsonl(tmp_path / "c.jsonl.gz"),
        fr.read_csv(tmp_path / "c.csv"),
    ):
        pd.testing.assert_frame_equal(
            back.docs[["doc_id", "text", "outlet", "date", "title"]],
            c.docs[["doc_id", "text", "outlet", "date", "title"]],
            check_dtype=False,
        )
        assert back.docs["topic"].tolist() == ["syria", "syria", "aid"]


def test_read_jsonl_bad_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"text": "a"}\n{oops\n')
    with pytest.raises(ValueError, match="line 2 is not valid JSON"):
        fr.read_jsonl(p)


def test_invalid_utf8_replaced_with_warning(tmp_path):
    p = tmp_path / "x.csv"
    p.write_bytes(b"text,outlet\nRebels \xff\xfe advanced.,Wire\n")
    with pytest.warns(FramingWarning, match="not valid UTF-8: 2 undecodable"):
        c = fr.read_csv(p)
    assert "\ufffd" in c.docs.loc[0, "text"]


def test_empty_file_and_empty_folder(tmp_path):
    (tmp_path / "e.jsonl").write_text("")
    with pytest.raises(ValueError, match="names an empty file"):
        fr.read_jsonl(tmp_path / "e.jsonl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="holds no files matching"):
        fr.read_texts(tmp_path / "empty")


def test_read_texts_outlet_from_folder(tmp_path):
    (tmp_path / "Wire").mkdir()
    (tmp_path / "Herald").mkdir()
    (tmp_path / "Wire" / "a.txt").write_text("Rebels advanced.")
    (tmp_path / "Herald" / "a.txt").write_text("The army held.")
    (tmp_path / "Herald" / "b.txt").write_text("Terrorists fled.")
    c = fr.read_texts(tmp_path)
    assert sorted(zip(c.docs.doc_id, c.docs.outlet)) == [
        ("Herald/a", "Herald"),
        ("Wire/a", "Wire"),
        ("b", "Herald"),
    ]


def test_filtering_query_sample(df):
    c = build(df)
    assert len(c[c.docs.outlet == "Wire"]) == 2
    assert len(c.query("outlet == 'Herald'")) == 1
    assert c.sample(2, seed=1).docs.doc_id.tolist() == c.sample(2, seed=1).docs.doc_id.tolist()
    with pytest.raises(ValueError, match=r"`n` \(5\) is larger than the corpus"):
        c.sample(5)
    with pytest.raises(TypeError, match="filtered with a boolean mask"):
        c["Wire"]


def test_repr_html_escapes(df):
    d = df.assign(source=["<b>Wire</b>", "Herald", "Wire"])
    html = build(d)._repr_html_()
    assert "&lt;b&gt;Wire&lt;/b&gt;" in html and "<b>Wire</b>" not in html


def test_as_corpus_errors():
    from framing.corpus import as_corpus

    with pytest.raises(TypeError, match="`corpus` must be a framing Corpus"):
        as_corpus(["text"])
    with pytest.raises(ValueError, match="without a 'text' column"):
        as_corpus(pd.DataFrame({"body": ["x"]}))


def test_jsonl_writer_writes_iso_dates(tmp_path, df):
    build(df).to_jsonl(tmp_path / "c.jsonl.gz")
    with gzip.open(tmp_path / "c.jsonl.gz", "rt") as fh:
        first = json.loads(fh.readline())
    assert first["date"] == "2024-11-29T00:00:00"


def test_read_csv_names_the_separator_of_a_semicolon_or_tab_file(tmp_path):
    p = tmp_path / "semi.csv"
    p.write_text('text;outlet\n"Rebels took Aleppo.";Wire\n', encoding="utf-8")
    with pytest.raises(
        ValueError,
        match=r"^`sep`: '.*semi\.csv' separates its columns with ';', not commas \(header 'text;outlet'\); "
        r"pass sep=';'\.$",
    ):
        fr.read_csv(p)
    assert fr.read_csv(p, sep=";").docs[["text", "outlet"]].values.tolist() == [
        ["Rebels took Aleppo.", "Wire"]
    ]


def test_read_csv_reads_utf16_with_a_byte_order_mark(tmp_path):
    p = tmp_path / "u16.csv"
    p.write_bytes('text,outlet\n"Café bombed.",Wire\n'.encode("utf-16"))
    assert fr.read_csv(p).docs[["text", "outlet"]].values.tolist() == [["Café bombed.", "Wire"]]


def test_read_jsonl_on_a_json_array_says_how_to_read_it(tmp_path):
    p = tmp_path / "arr.json"
    p.write_text('[{"text": "Rebels took Aleppo.", "outlet": "Wire"}]\n', encoding="utf-8")
    with pytest.raises(
        ValueError,
        match=r"line 1 holds a list, not a JSON object; each line must be one article object\. For a file "
        r"that holds one JSON array of articles, use fr\.Corpus\.from_dataframe\(pd\.read_json\(path\), text=\.\.\.\)\.$",
    ):
        fr.read_jsonl(p)


def test_corpus_reprs_count_in_the_singular_and_plural():
    one = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["Rebels took Aleppo."], "outlet": ["Wire"]}))
    assert repr(one) == "<Corpus: 1 article, 1 outlet>"
    assert "1 article, 1 outlet, no dates" in one._repr_html_()
    two = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["A.", "B."], "outlet": ["Wire", "Herald"]}))
    assert repr(two) == "<Corpus: 2 articles, 2 outlets>" and "2 articles, 2 outlets" in two._repr_html_()


@pytest.mark.parametrize(
    "dates, expected",
    [
        (["31/12/2024", "01/02/2024"], ["2024-12-31", "2024-02-01"]),  # day first: both rows
        (["12/31/2024", "01/02/2024"], ["2024-12-31", "2024-01-02"]),  # month first: both rows
        (["31.12.24 10:30", "01.02.24"], ["2024-12-31 10:30", "2024-02-01"]),
        (["2024-02-01", "1 February 2024"], ["2024-02-01", "2024-02-01"]),
    ],
)
def test_numeric_dates_are_read_in_one_day_month_order_per_column(dates, expected):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a decided column raises no warning
        c = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["A.", "B."], "date": dates}))
    assert c.docs["date"].tolist() == [pd.Timestamp(e) for e in expected]


def test_ambiguous_numeric_dates_warn_that_they_were_read_month_first():
    df = pd.DataFrame({"text": ["A.", "B."], "date": ["01/02/2024", "03/04/2024"]})
    with pytest.warns(
        fr.FramingWarning,
        match=r"^The `date` column has dates such as '01/02/2024' whose day and month could be either way "
        r"round; they were read month first\. If they are day first, pass dayfirst=True \(or write "
        r"dates as 2024-12-31\)\.$",
    ):
        c = fr.Corpus.from_dataframe(df)
    assert c.docs["date"].tolist() == [pd.Timestamp("2024-01-02"), pd.Timestamp("2024-03-04")]


def test_an_unnamed_outlet_or_date_column_that_looks_like_one_is_pointed_out():
    df = pd.DataFrame({"text": ["Rebels took Aleppo."], "source": ["Wire"], "published": ["2024-01-02"]})
    with pytest.warns(fr.FramingWarning) as record:
        c = fr.Corpus.from_dataframe(df)
    messages = [str(w.message) for w in record]
    assert (
        "No `outlet` column was named and there is none called 'outlet', so every article gets outlet "
        "'unknown'; the column 'source' looks like one: pass outlet='source'."
    ) in messages
    assert any(m.endswith("the column 'published' looks like one: pass date='published'.") for m in messages)
    assert c.docs["outlet"].tolist() == ["unknown"]


@pytest.mark.parametrize(
    "dayfirst, expected",
    [
        (True, ["2024-02-01", "2024-04-03", None]),  # 12/31/2024 has no 31st month: NaT
        (False, ["2024-01-02", "2024-03-04", "2024-12-31"]),
    ],
)
def test_dayfirst_reads_every_numeric_date_in_the_given_order(dayfirst, expected):
    df = pd.DataFrame({"text": ["A.", "B.", "C."], "date": ["01/02/2024", "03.04.24", "12/31/2024"]})
    if dayfirst:
        with pytest.warns(fr.FramingWarning, match=r"^1 dates could not be parsed and became NaT"):
            c = fr.Corpus.from_dataframe(df, dayfirst=True)
    else:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the order was given: no ambiguity warning
            c = fr.Corpus.from_dataframe(df, dayfirst=False)
    got = [None if pd.isna(d) else d for d in c.docs["date"]]
    assert got == [None if e is None else pd.Timestamp(e) for e in expected]


def test_month_first_order_makes_a_thirteenth_month_missing_rather_than_swapping_it():
    df = pd.DataFrame({"text": ["A.", "B."], "date": ["31/12/2024", "2024-05-06"]})
    with pytest.warns(fr.FramingWarning, match=r"^1 dates could not be parsed"):
        c = fr.Corpus.from_dataframe(df, dayfirst=False)
    assert pd.isna(c.docs["date"][0]) and c.docs["date"][1] == pd.Timestamp("2024-05-06")
    assert c.report["dates_unparsed"] == 1


def test_dayfirst_must_be_a_bool_or_none():
    df = pd.DataFrame({"text": ["A."], "date": ["01/02/2024"]})
    with pytest.raises(
        TypeError,
        match=r"^`dayfirst` must be True \(31/12/2024\), False \(12/31/2024\) or None .*got 'yes'\.$",
    ):
        fr.Corpus.from_dataframe(df, dayfirst="yes")


def _dated_jsonl(tmp_path, dates):
    import json

    p = tmp_path / "dated.jsonl"
    p.write_text(
        "".join(json.dumps({"text": f"Article {i}.", "date": d}) + "\n" for i, d in enumerate(dates))
    )
    return p


def test_chunked_reading_keeps_the_day_month_order_decided_by_an_earlier_chunk(tmp_path):
    import warnings

    # The first chunk decides day first (31/12); the second has only ambiguous dates.
    p = _dated_jsonl(tmp_path, ["31/12/2024", "30/11/2024", "01/02/2024", "03/04/2024"])
    whole = fr.read_jsonl(p)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chunks = list(fr.read_jsonl(p, chunksize=2))
    got = pd.concat([c.docs["date"] for c in chunks], ignore_index=True)
    assert got.tolist() == whole.docs["date"].tolist()
    assert got.tolist()[2:] == [pd.Timestamp("2024-02-01"), pd.Timestamp("2024-04-03")]


def test_chunked_reading_warns_once_when_a_later_chunk_shows_day_first_dates(tmp_path):
    p = _dated_jsonl(
        tmp_path, ["01/02/2024", "03/04/2024", "05/06/2024", "07/08/2024", "31/12/2024", "01/03/2024"]
    )
    with pytest.warns(fr.FramingWarning) as record:
        chunks = list(fr.read_jsonl(p, chunksize=2))
    messages = [str(w.message) for w in record]
    assert (
        sum(m.startswith("The `date` column has dates such as") for m in messages) == 1
    )  # warned once, not per chunk
    assert (
        "The `date` column is day first ('31/12/2024' in a later chunk), but earlier chunks had already "
        "read dates whose day and month could be either way round month first; read the file again "
        "with dayfirst=True."
    ) in messages
    # The chunk that decided, and those after it, are read day first.
    assert chunks[2].docs["date"].tolist() == [pd.Timestamp("2024-12-31"), pd.Timestamp("2024-03-01")]
    again = pd.concat(
        [c.docs["date"] for c in fr.read_jsonl(p, chunksize=2, dayfirst=True)], ignore_index=True
    )
    assert again.tolist() == fr.read_jsonl(p, dayfirst=True).docs["date"].tolist()
    assert again[0] == pd.Timestamp("2024-02-01")


def test_parquet_batches_and_csv_take_dayfirst(tmp_path):
    df = pd.DataFrame({"text": ["A.", "B.", "C."], "date": ["01/02/2024", "03/04/2024", "05/06/2024"]})
    df.to_parquet(tmp_path / "d.parquet")
    df.to_csv(tmp_path / "d.csv", index=False)
    batches = list(fr.read_parquet(tmp_path / "d.parquet", batch_size=2, dayfirst=True))
    assert [d for b in batches for d in b.docs["date"]][2] == pd.Timestamp("2024-06-05")
    assert fr.read_csv(tmp_path / "d.csv", dayfirst=True).docs["date"][0] == pd.Timestamp("2024-02-01")
