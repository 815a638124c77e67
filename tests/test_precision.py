"""``precision=`` of extract_quotes and of the functions that call it: "standard" (the rules) or "high"
(the rules, then the allowlist)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import framing as fr
from framing.cli import main as cli_main
from tests.conftest import shared_path

# Written for these tests: a minister (a role the allowlist does not keep), "tell" and a colon cue.
TEXT = (
    "The minister said the bridge would reopen in May.\n\n"
    'Ann Roe, a professor of law, said: "The ruling was narrow and it will stand."\n\n'
    "The spokesman told reporters the road was open. According to the ministry, the road was closed."
)
DOCS = pd.DataFrame({"text": [TEXT, "A resident said the water was cut off."], "outlet": ["A", "B"]})
LABELS = ["speaker", "speaker_category", "cue_lemma", "cue_stance"]


def _labels(q: pd.DataFrame) -> list[list[object]]:
    return q[LABELS].astype(object).where(q[LABELS].notna(), None).values.tolist()


def test_standard_is_the_default_and_keeps_every_label() -> None:
    q = fr.extract_quotes(DOCS, progress=False)
    assert q.attrs["framing"]["params"]["precision"] == "standard"
    assert _labels(q) == [
        ["The minister", "official", "say", "neutral"],
        ["Ann Roe", "expert", "say", "neutral"],
        ["The spokesman", "unknown", "tell", "neutral"],
        ["the ministry", "official", "according to", "neutral"],
        ["A resident", "civilian", "say", "neutral"],
    ]


def test_high_keeps_the_rows_and_drops_unproven_labels() -> None:
    std = fr.extract_quotes(DOCS, progress=False)
    high = fr.extract_quotes(DOCS, precision="high", progress=False)
    assert high.attrs["framing"]["params"]["precision"] == "high"
    # the same attributions, spans and cues: only speaker_category and cue_stance may differ
    same = [c for c in std.columns if c not in ("speaker_category", "cue_stance")]
    pd.testing.assert_frame_equal(std[same], high[same])
    changed = (std["speaker_category"] != high["speaker_category"]) | (
        std["cue_stance"].fillna("") != high["cue_stance"].fillna("")
    )
    assert (
        high.loc[changed, "speaker_category"].eq("unknown") | high.loc[changed, "cue_stance"].isna()
    ).all()
    # "say" and an appositive of expertise are proven; "according to" is since the fifteenth pass (its 20
    # gap-stratum rows of seed 16161, all right, are dev rows now); "tell" is not (13 of 14)
    assert _labels(high)[1] == ["Ann Roe", "expert", "say", "neutral"]
    assert _labels(high)[2][3] is None
    assert _labels(high)[3][3] == "neutral"


@pytest.mark.parametrize("n_jobs", [2])
def test_high_is_the_same_in_worker_processes(n_jobs: int) -> None:
    docs = pd.concat([DOCS] * 3, ignore_index=True)
    a = fr.extract_quotes(docs, precision="high", progress=False)
    b = fr.extract_quotes(docs, precision="high", n_jobs=n_jobs, progress=False)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(fr.extract_quotes(docs, n_jobs=n_jobs, progress=False))


def test_high_reaches_the_dask_path() -> None:
    dd = pytest.importorskip("dask.dataframe")
    import dask

    docs = pd.concat([DOCS] * 2, ignore_index=True)
    docs["doc_id"] = [f"d{i}" for i in range(len(docs))]
    with dask.config.set(scheduler="synchronous"):
        got = fr.extract_quotes(dd.from_pandas(docs, npartitions=2), precision="high").compute()
    want = fr.extract_quotes(docs, precision="high", progress=False)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)


def test_bad_precision_is_one_sentence() -> None:
    msg = (
        "The `precision` parameter of extract_quotes must be one of {'standard', 'high', 'balanced'}. "
        "Got 'hi' instead. Did you mean 'high'?"
    )
    with pytest.raises(ValueError, match=re.escape(msg)):
        fr.extract_quotes(DOCS, precision="hi")


def test_source_share_passes_precision_when_it_extracts() -> None:
    std = fr.source_share(DOCS, n_boot=100)
    high = fr.source_share(DOCS, precision="high", n_boot=100)
    assert high.attrs["framing"]["params"]["precision"] == "high"
    assert std.attrs["framing"]["params"]["precision"] == "standard"
    count = high.set_index(["outlet", "speaker_category"])["count"]
    assert count[("A", "unknown")] == 3 and count[("A", "expert")] == 1
    t = fr.cue_stance_by_speaker(DOCS, precision="high", n_boot=100)
    assert t.attrs["framing"]["params"]["precision"] == "high"


def test_source_share_refuses_precision_with_a_table() -> None:
    q = fr.extract_quotes(DOCS, precision="high", progress=False)
    assert fr.source_share(q, n_boot=100).attrs["framing"]["params"]["precision"] == "high"
    msg = (
        "`precision` of source_share is used only when `quotes_or_corpus` is a corpus, but a quote table "
        "was given with precision='high'; drop `precision=` here and pass it to "
        "fr.extract_quotes(corpus, precision=...) when making the table, or pass the corpus instead of "
        "the table."
    )
    with pytest.raises(ValueError, match=re.escape(msg)):
        fr.source_share(q, precision="high")
    with pytest.raises(ValueError, match="The `precision` parameter of source_share must be one of"):
        fr.source_share(DOCS, precision="strict")


def test_annotate_takes_precision_as_an_option() -> None:
    high = fr.annotate(DOCS, indicators=["quotes"], options={"quotes": {"precision": "high"}})["quotes"]
    want = fr.extract_quotes(DOCS, precision="high", progress=False)
    pd.testing.assert_frame_equal(high, want, check_like=False)
    assert high.attrs["framing"]["params"]["precision"] == "high"
    std = fr.annotate(DOCS, indicators=["quotes"])["quotes"]
    pd.testing.assert_frame_equal(std, fr.extract_quotes(DOCS, progress=False))


def test_annotate_options_errors() -> None:
    with pytest.raises(
        ValueError,
        match=re.escape(
            "The `options['quotes']` parameter of annotate must be one of {'precision'}. Got 'precison' instead. Did you mean 'precision'?"
        ),
    ):
        fr.annotate(DOCS, indicators=["quotes"], options={"quotes": {"precison": "high"}})
    with pytest.raises(
        ValueError,
        match=re.escape(
            "The `options['quotes']['precision']` parameter of annotate must be one of {'standard', 'high', 'balanced'}. Got 'max' instead."
        ),
    ):
        fr.annotate(DOCS, indicators=["quotes"], options={"quotes": {"precision": "max"}})
    with pytest.raises(
        ValueError,
        match=re.escape(
            "`options` must map an indicator to a mapping of its options ({'quotes': {'precision': ...}}); got 'hedges': {'precision': 'high'}. Pass the other options to the indicator's own function."
        ),
    ):
        fr.annotate(DOCS, indicators=["hedges"], options={"hedges": {"precision": "high"}})


def test_cli_quotes_precision(tmp_path) -> None:
    src = tmp_path / "a.csv"
    DOCS.to_csv(src, index=False)
    for mode in ("standard", "high"):
        out = tmp_path / f"{mode}.csv"
        assert cli_main(["quotes", str(src), "--precision", mode, "-o", str(out)]) == 0
        got = pd.read_csv(out)
        want = fr.extract_quotes(DOCS, precision=mode, progress=False)
        assert got["speaker_category"].tolist() == want["speaker_category"].tolist()


@pytest.mark.realdata
def test_high_on_real_articles_changes_labels_only() -> None:
    df = pd.read_json(shared_path("allsides", "media_train.jsonl.gz"), lines=True, nrows=60)
    corpus = fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")
    std = fr.extract_quotes(corpus, progress=False)
    high = fr.extract_quotes(corpus, precision="high", progress=False)
    same = [c for c in std.columns if c not in ("speaker_category", "cue_stance")]
    pd.testing.assert_frame_equal(std[same], high[same])
    assert (high["speaker_category"] != "unknown").sum() < (std["speaker_category"] != "unknown").sum()
