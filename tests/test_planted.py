"""The library recovers the framing planted in the bundled teaching corpus (its answer key)."""

from __future__ import annotations

import framing as fr


def test_sourcing_planted(aleppo):
    key = fr.datasets.answer_key("aleppo-2024")["outlets"]
    corpus = aleppo.clean().dedupe()
    share = fr.source_share(fr.extract_quotes(corpus, lexicon="syria", progress=False), n_boot=100)
    known = share[share.speaker_category != "unknown"]
    for outlet, planted in key.items():
        rows = known[known.outlet == outlet].sort_values(
            ["count", "speaker_category"], ascending=[False, True]
        )
        assert len(rows), outlet
        top = rows.iloc[0]
        assert top.speaker_category == planted["top_speaker_category"], (
            outlet,
            rows[["speaker_category", "count"]],
        )
        # The planted category leads by a clear count, not by a tie.
        assert top["count"] > rows.iloc[1]["count"], outlet
