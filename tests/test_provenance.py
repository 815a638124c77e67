import pandas as pd
import pytest

import framing as fr
from framing.provenance import attach


def test_attach_and_render():
    c = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["a b", "c"], "outlet": ["X", "Y"]}))
    df = attach(
        pd.DataFrame({"x": [1]}), function="label_choice", params={"by": "outlet", "seed": 0}, corpus=c
    )
    rec = df.attrs["framing"]
    assert rec["version"] == fr.__version__ and rec["corpus"]["n_docs"] == 2
    assert len(rec["corpus"]["sha256"]) == 64
    s = fr.provenance(df)
    assert s.startswith(
        f"Computed with framing {fr.__version__} (label_choice; by='outlet', seed=0) on 2 documents"
    )


def test_fingerprint_changes_with_text():
    a = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["a"]}))
    b = fr.Corpus.from_dataframe(pd.DataFrame({"text": ["b"]}))
    assert a.fingerprint["sha256"] != b.fingerprint["sha256"]


def test_provenance_missing_error():
    with pytest.raises(ValueError, match="carries no framing provenance"):
        fr.provenance(pd.DataFrame())
