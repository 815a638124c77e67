"""precision="standard" gives main's extract_quotes: every column, dtype and row, in order.

    cd /work/wt-lexprec14 && mkdir -p /tmp/main && git archive main framing | tar -x -C /tmp/main
    nice -n 10 /work/venv/bin/python benchmarks/check_precision_standard.py /tmp/main /tmp/main.pkl
    nice -n 10 /work/venv/bin/python benchmarks/check_precision_standard.py . /tmp/std.pkl standard
    PYTHONPATH=. /work/venv/bin/python benchmarks/check_precision_standard.py --compare /tmp/main.pkl /tmp/std.pkl

Each run imports ``framing`` from the given tree, runs ``fr.extract_quotes`` (with ``precision=`` when a
third argument is given) on the first 3,000 AllSides train articles and pickles the table; ``--compare``
asserts the two tables are equal (pandas.testing.assert_frame_equal: values, dtypes, columns, order).
"""

from __future__ import annotations

import sys

import pandas as pd


def main() -> None:
    if sys.argv[1] == "--compare":
        a, b = pd.read_pickle(sys.argv[2]), pd.read_pickle(sys.argv[3])
        pd.testing.assert_frame_equal(a, b)
        print(f"identical: {len(a)} rows, {a['doc_id'].nunique()} articles, columns {list(a.columns)}")
        return
    sys.path.insert(0, sys.argv[1])
    import framing as fr

    df = pd.read_json("../shared/data/allsides/media_train.jsonl.gz", lines=True, nrows=3000)
    corpus = fr.Corpus.from_dataframe(df, text="text", outlet="source", doc_id="ID")
    kw = {"precision": sys.argv[3]} if len(sys.argv) > 3 else {}
    q = fr.extract_quotes(corpus, progress=False, **kw)
    q.to_pickle(sys.argv[2])
    print(fr.__file__, len(q))


if __name__ == "__main__":
    main()
