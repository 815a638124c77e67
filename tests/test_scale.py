"""Shared mapping (n_jobs), span assembly, Dask, streaming readers and fr.annotate."""

from __future__ import annotations

import gzip
import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._mapping import Doc, chunk_size, map_docs, span_table

EXTRACTORS = [fr.find_labels, fr.extract_quotes, fr.find_hedges, fr.find_agency]

TEXTS = [
    'Regime jets shelled the town. "We will not leave," a resident said.',
    "Rebels reportedly took Aleppo; the toll could rise, officials said.",
    "A school was shelled, killing four. The so-called ceasefire collapsed.",
    "Nothing happened here.",
    'The "liberation" of the city was hailed by state media, according to SANA.',
    "Jihadists and terrorists, the government said, attacked the airport.",
]


@pytest.fixture
def small() -> pd.DataFrame:
    texts = TEXTS * 4
    return pd.DataFrame(
        {
            "doc_id": [f"d{i:02d}" for i in range(len(texts))],
            "text": texts,
            "outlet": [["A", "B", "C"][i % 3] for i in range(len(texts))],
            "date": pd.date_range("2024-11-27", periods=len(texts), freq="D"),
        }
    )


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda f: f.__name__)
def test_n_jobs_2_identical_to_n_jobs_1(extractor, small):
    one = extractor(small, n_jobs=1)
    two = extractor(small, n_jobs=2)
    assert len(one) > 0
    pd.testing.assert_frame_equal(one, two)


def test_map_docs_keeps_order_across_chunks():
    docs = [f"text {i}" for i in range(1001)]
    got = map_docs(_echo, docs, "x", n_jobs=2)
    assert got == [[(d, "x")] for d in docs]
    assert map_docs(_echo, [], "x", n_jobs=2) == []


def _echo(doc, arg):
    return [(doc, arg)]


def test_chunk_size_bounds():
    assert chunk_size(0, 2) == 1
    assert chunk_size(10, 2) == 1
    assert chunk_size(3000, 2) == 188
    assert chunk_size(10**6, 2) == 250


def test_span_table_contract_and_offset_check():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "outlet": ["X", "Y"],
            "date": pd.to_datetime(["2024-01-01", None]),
            "text": ["abcdef", "xyz"],
        }
    )
    out = span_table(docs, [[(1, 3, "k")], [(0, 3, "m"), (2, 2, "n")]], ["start", "end", "kind"])
    assert out.columns.tolist() == ["doc_id", "outlet", "date", "start", "end", "text", "kind"]
    assert out[["doc_id", "text", "kind"]].values.tolist() == [
        ["a", "bc", "k"],
        ["b", "xyz", "m"],
        ["b", "", "n"],
    ]
    with pytest.raises(
        RuntimeError, match=r"find_x produced a span \(2, 4\) outside document 'b' of length 3"
    ):
        span_table(docs, [[], [(2, 4, "k")]], ["start", "end", "kind"], function="find_x")


def test_n_jobs_and_progress_errors(small):
    for f in EXTRACTORS:
        with pytest.raises(
            ValueError, match=r"`n_jobs` must be a positive number of processes or -1 for all cores\. Got -3"
        ):
            f(small, n_jobs=-3)
    with pytest.raises(TypeError, match=r"`progress` must be True, False or None \(automatic\)\. Got 'yes'"):
        fr.find_hedges(small, progress="yes")


def test_progress_bar_does_not_change_results(small, capsys):
    quiet = fr.find_agency(small, progress=False)
    shown = fr.find_agency(small, progress=True)
    pd.testing.assert_frame_equal(quiet, shown)
    assert "find_agency" in capsys.readouterr().err


def test_shared_doc_analysis_is_computed_once():
    d = Doc('He said: "We stay." They left.')
    assert d.sentences is d.sentences
    assert d.quote_contents == [(10, 18)]


# -- annotate and streaming ----------------------------------------------------------------------
def test_annotate_equals_single_functions(small):
    got = fr.annotate(small)
    assert list(got) == ["labels", "quotes", "hedges", "agency"]
    for name, f in zip(got, EXTRACTORS):
        pd.testing.assert_frame_equal(got[name], f(small))
        assert got[name].attrs["framing"]["function"] == f.__name__
        assert got[name].attrs["framing"]["corpus"] == f(small).attrs["framing"]["corpus"]


def _write_jsonl(path, rows, *, gz=False):
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path.write_bytes(gzip.compress(data) if gz else data)


def test_read_jsonl_chunks_match_full_read(tmp_path, small):
    rows = [{"text": t, "source": o} for t, o in zip(small["text"], small["outlet"])]
    p = tmp_path / "a.jsonl.gz"
    _write_jsonl(p, rows, gz=True)
    chunks = list(fr.read_jsonl(p, outlet="source", chunksize=7))
    assert [len(c) for c in chunks] == [7, 7, 7, 3]
    whole = fr.read_jsonl(p, outlet="source")
    pd.testing.assert_frame_equal(pd.concat([c.docs for c in chunks], ignore_index=True), whole.docs)
    assert chunks[1].docs["doc_id"].iloc[0] == "doc000007"


def test_read_parquet_batches(tmp_path, small):
    p = tmp_path / "a.parquet"
    small.to_parquet(p)
    batches = list(fr.read_parquet(p, batch_size=10))
    assert [len(c) for c in batches] == [10, 10, 4]
    assert (
        pd.concat([b.docs for b in batches], ignore_index=True)["doc_id"].tolist() == small["doc_id"].tolist()
    )


@pytest.mark.parametrize("bad", [0, -1, 2.5, True])
def test_chunk_size_errors(tmp_path, bad):
    p = tmp_path / "a.jsonl"
    _write_jsonl(p, [{"text": "x"}])
    with pytest.raises(ValueError, match=r"`chunksize` must be a positive number of articles per chunk"):
        fr.read_jsonl(p, chunksize=bad)
    with pytest.raises(ValueError, match=r"`batch_size` must be a positive number of articles per chunk"):
        fr.read_parquet(p, batch_size=bad)


def test_annotate_streams_to_parquet_round_trip(tmp_path, small):
    p = tmp_path / "corpus.jsonl"
    _write_jsonl(p, small.assign(date=small["date"].astype(str)).to_dict("records"))
    out = tmp_path / "spans"
    written = fr.annotate(fr.read_jsonl(p, chunksize=10), indicators=["hedges", "quotes"], out=out)
    assert written["hedges"][["part", "n_docs"]].values.tolist() == [[0, 10], [1, 10], [2, 4]]
    assert written["hedges"].attrs["framing"]["corpus"]["n_docs"] == 24
    whole = fr.read_jsonl(p)
    for name, f in (("hedges", fr.find_hedges), ("quotes", fr.extract_quotes)):
        back = pd.read_parquet(out / name)
        expected = f(whole)
        assert written[name]["n_spans"].sum() == len(expected)
        pd.testing.assert_frame_equal(back.reset_index(drop=True), expected, check_dtype=False)
    with pytest.raises(FileExistsError, match=r"`out` already holds spans"):
        fr.annotate(fr.read_jsonl(p, chunksize=10), indicators=["hedges"], out=out)


def test_annotate_errors(small):
    with pytest.raises(ValueError, match=r"The `indicators` parameter must be one of"):
        fr.annotate(small, indicators=["hedge"])
    with pytest.raises(
        ValueError, match=r"`indicators` must name each of labels, quotes, hedges, agency at most once"
    ):
        fr.annotate(small, indicators=["hedges", "hedges"])
    with pytest.raises(
        TypeError, match=r"`source` must be a Corpus, a DataFrame or an iterator of them, not a path"
    ):
        fr.annotate("corpus.jsonl")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(list('ab "“”\n.,Said killed may')), max_size=80), max_size=4)
)
def test_annotate_any_texts_give_valid_spans(texts):
    df = pd.DataFrame({"text": [t if t.strip() else "x" for t in texts] or ["x"]})
    docs = fr.Corpus.from_dataframe(df).docs
    texts_by_id = dict(zip(docs["doc_id"], docs["text"]))
    for spans in fr.annotate(df).values():
        for doc_id, s, e, t in spans[["doc_id", "start", "end", "text"]].itertuples(index=False):
            assert 0 <= s <= e <= len(texts_by_id[doc_id]) and texts_by_id[doc_id][s:e] == t


# -- Dask ----------------------------------------------------------------------------------------
dd = pytest.importorskip("dask.dataframe")


@pytest.fixture
def ddf(small):
    return dd.from_pandas(small, npartitions=3)


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda f: f.__name__)
def test_dask_extractors_equal_pandas(extractor, small, ddf):
    import dask

    lazy = extractor(ddf)
    assert type(lazy).__module__.startswith("dask")
    with dask.config.set(scheduler="synchronous"):
        got = lazy.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, extractor(small), check_dtype=False)


def test_dask_aggregate_equals_pandas_for_same_seed(small, ddf):
    import dask

    with dask.config.set(scheduler="threads"):
        got = fr.hedge_rates(ddf, n_boot=200, seed=3)
    expected = fr.hedge_rates(small, n_boot=200, seed=3)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert np.isfinite(got["ci_low"]).any()
    assert got.attrs["framing"]["corpus"]["n_docs"] == len(small)


def test_dask_without_doc_id_is_an_error(small):
    with pytest.raises(ValueError, match=r"`corpus` is a Dask DataFrame without a 'doc_id' column"):
        fr.find_hedges(dd.from_pandas(small.drop(columns="doc_id"), npartitions=2))


def test_dask_on_distributed_local_cluster(small):
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False) as cluster,
        distributed.Client(cluster),
    ):
        got = fr.find_hedges(dd.from_pandas(small, npartitions=2)).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, fr.find_hedges(small), check_dtype=False)
