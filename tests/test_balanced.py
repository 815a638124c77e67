"""``precision="balanced"``: the standard rules, then the gate of :mod:`framing._balanced` (sixteenth pass).

The gate was selected by the rule registered in benchmarks/RESULTS.md ("Lexicon precision", "Sixteenth pass"):
no candidate met the leave-one-sample-out bar, so the registered fallback (``C5/80``, a denylist: a trigger
loses its label when it has at least 5 judged dev rows under 0.80 right; unseen triggers keep it) was written
by ``benchmarks/loso_precision.py --write``. The sentences are written for these tests.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import framing as fr
from framing import _balanced
from framing.cli import main as cli_main
from tests.conftest import assert_judged_rows_produced, lexicon_annotation, planted_top_speakers


def _one(text: str, precision: str) -> list[tuple[object, object]]:
    q = fr.extract_quotes(pd.DataFrame({"text": [text]}), precision=precision, progress=False)
    return [(c, s if isinstance(s, str) else None) for c, s in zip(q["speaker_category"], q["cue_stance"])]


@pytest.mark.parametrize(
    ("text", "standard", "balanced"),
    [
        # kept triggers: no dev evidence against them
        ("A bus driver said the road was icy.", [("civilian", "neutral")], [("civilian", "neutral")]),
        ("An analyst said the plan would fail.", [("expert", "neutral")], [("expert", "neutral")]),
        # denied triggers: at least 5 judged dev rows, under 0.80 right
        (
            "A father of three said the school was shut.",
            [("civilian", "neutral")],
            [("unknown", "neutral")],
        ),
        ("A reporter said the road was closed.", [("media", "neutral")], [("unknown", "neutral")]),
        (
            "The data show that prices rose, the minister said.",
            [("unknown", "neutral"), ("official", "neutral")],
            [("unknown", None), ("official", "neutral")],
        ),
        # an unseen trigger (no judged dev row): keeps its label in "balanced", loses it in "high"
        ("A shopkeeper said the market was calm.", [("civilian", "neutral")], [("civilian", "neutral")]),
    ],
)
def test_balanced_gate_on_written_sentences(text: str, standard: list, balanced: list) -> None:
    assert _one(text, "standard") == standard
    assert _one(text, "balanced") == balanced


def test_an_unseen_trigger_keeps_its_label_only_in_balanced() -> None:
    text = "A shopkeeper said the market was calm."
    assert _one(text, "balanced") == [("civilian", "neutral")]
    assert _one(text, "high") == [("unknown", "neutral")]


def test_the_gate_is_the_selected_table() -> None:
    assert set(_balanced.MODES.values()) == {"deny"}
    assert ("neutral", "show") in _balanced.PAIRS
    assert ("civilian", "mention:father") in _balanced.PAIRS
    assert ("neutral", "say") not in _balanced.PAIRS
    assert len(_balanced.PAIRS) == 9


DOCS = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "outlet": ["X", "Y"],
        "text": [
            "A father of three said the school was shut. A reporter said the road was closed.",
            "The data show that prices rose, the minister said. An analyst said the plan would fail.",
        ],
    }
)


def test_balanced_keeps_rows_and_changes_labels_only() -> None:
    std = fr.extract_quotes(DOCS, progress=False)
    bal = fr.extract_quotes(DOCS, precision="balanced", progress=False)
    assert bal.attrs["framing"]["params"]["precision"] == "balanced"
    same = [c for c in std.columns if c not in ("speaker_category", "cue_stance")]
    pd.testing.assert_frame_equal(std[same], bal[same])
    assert (bal["speaker_category"] != "unknown").sum() == 2  # the minister and the analyst
    par = fr.extract_quotes(DOCS, precision="balanced", n_jobs=2, progress=False)
    pd.testing.assert_frame_equal(bal, par)


def test_balanced_through_source_share_annotate_and_cli(tmp_path) -> None:
    t = fr.source_share(DOCS, precision="balanced", n_boot=100)
    assert t.attrs["framing"]["params"]["precision"] == "balanced"
    got = fr.annotate(DOCS, indicators=["quotes"], options={"quotes": {"precision": "balanced"}})["quotes"]
    pd.testing.assert_frame_equal(got, fr.extract_quotes(DOCS, precision="balanced", progress=False))
    src, out = tmp_path / "a.csv", tmp_path / "q.csv"
    DOCS.to_csv(src, index=False)
    assert cli_main(["quotes", str(src), "--precision", "balanced", "-o", str(out)]) == 0
    assert pd.read_csv(out)["speaker_category"].tolist() == got["speaker_category"].tolist()


def test_bad_precision_lists_balanced() -> None:
    msg = (
        "The `precision` parameter of extract_quotes must be one of {'standard', 'high', 'balanced'}. "
        "Got 'balance' instead. Did you mean 'balanced'?"
    )
    with pytest.raises(ValueError, match=re.escape(msg)):
        fr.extract_quotes(DOCS, precision="balance")


# Held-out sample of the sixteenth pass (seed 18181, lexicons_*_fresh18.csv, drawn from precision="balanced"
# after the gate was frozen, judged and committed before scoring). Recorded numbers, not targets met:
# neutral, civilian and media missed 0.90 (benchmarks/RESULTS.md, "Sixteenth pass").
HELDOUT18_CUES = {"assertive": 0.95, "distancing": 1.00, "emotive": 1.00, "endorsing": 0.95, "neutral": 0.85}
HELDOUT18_SPEAKERS = {
    "anonymous": 1.00,
    "civilian": 0.75,
    "expert": 1.00,
    "international_org": 1.00,
    "media": 0.80,
    "military": 0.90,
    "ngo": 0.95,
    "official": 0.90,
}


def test_fresh18_recorded_numbers() -> None:
    cues = lexicon_annotation("lexicons_cues_fresh18.csv")
    speakers = lexicon_annotation("lexicons_speakers_fresh18.csv")
    for ann in (cues, speakers):
        assert ann["correct"].isin([0, 1]).all()
    per = cues.groupby("cue_stance")["correct"].agg(["mean", "size"])
    assert per["size"].to_dict() == dict.fromkeys(HELDOUT18_CUES, 20)
    assert per["mean"].round(2).to_dict() == HELDOUT18_CUES
    per = speakers.groupby("speaker_category")["correct"].agg(["mean", "size"])
    assert per["size"].to_dict() == dict.fromkeys(HELDOUT18_SPEAKERS, 20)
    assert per["mean"].round(2).to_dict() == HELDOUT18_SPEAKERS


@pytest.mark.realdata
def test_fresh18_sample_still_produced() -> None:
    """Every judged seed-18181 row is still produced with the same label by precision="balanced",
    but the judged-wrong rows that the eighteenth-pass rules remove by design (RESULTS.md, "Eighteenth
    pass"): three neutral cues ("report" before a verb of finding, "add" with a count, "think tank"),
    a media appositive at another kind of organisation and "critics of" a union as ngo."""
    cues = lexicon_annotation("lexicons_cues_fresh18.csv")
    speakers = lexicon_annotation("lexicons_speakers_fresh18.csv")
    gone_cues = {("RJewvrCLRkSMzjRw", 489), ("acb9GBmxx9O6E1Ke", 1613), ("rWPlVHjPMQ64bhgj", 1127)}
    gone_speakers = {("nu5jVSC6x9Ar2ZEK", 4431), ("CrSCe9knXrj1On81", 2467)}
    cue_gone = [(d, s) in gone_cues for d, s in zip(cues["doc_id"], cues["cue_start"])]
    sp_gone = [(d, s) in gone_speakers for d, s in zip(speakers["doc_id"], speakers["speaker_start"])]
    assert sum(cue_gone) == 3 and sum(sp_gone) == 2
    assert (cues[cue_gone]["correct"] == 0).all() and (speakers[sp_gone]["correct"] == 0).all()
    assert_judged_rows_produced(
        cues=[cues[[not g for g in cue_gone]]],
        speakers=[speakers[[not g for g in sp_gone]]],
        precision="balanced",
    )


def test_sourcing_planted_in_balanced_mode(aleppo) -> None:
    """Adoption condition 3, recorded: "balanced" recovers 7 of the 8 planted top speaker categories of
    aleppo-2024. The Northern Ledger's planted expert loses its two "Dr." rows (the denied trigger
    ``mention:dr.``) and falls behind official, 24 to 25."""
    key = fr.datasets.answer_key("aleppo-2024")["outlets"]
    top = planted_top_speakers(aleppo, "balanced")
    missed = sorted(o for o in key if top[o][0] != key[o]["top_speaker_category"])
    assert missed == ["The Northern Ledger"]
    assert top["The Northern Ledger"] == ("official", 25)
