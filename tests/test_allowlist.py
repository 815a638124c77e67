"""The thirteenth pass' allowlist: a stance or a category only from triggers proven on dev rows."""

from __future__ import annotations

import pandas as pd
import pytest

import framing as fr
from framing import _allowlist


def _rows(text: str) -> list[list[object]]:
    q = fr.extract_quotes(pd.DataFrame({"text": [text]}), progress=False)
    return q[["speaker", "speaker_category", "cue_lemma", "cue_stance"]].values.tolist()


@pytest.mark.parametrize(
    "text, expected",
    [
        # role nouns heading the speaker's phrase with no dev error keep their category
        ("One resident said the water was cut off.", ["One resident", "civilian", "say", "neutral"]),
        ("An analyst said the ruling was narrow.", ["An analyst", "expert", "say", "neutral"]),
        # the appositive path ("description") is proven for expert
        ("Ann Roe, a professor of law, said the ruling was narrow.", ["Ann Roe", "expert", "say", "neutral"]),
        # "aid worker" and "president" are not proven on the dev rows: the speaker is kept, uncategorised
        ("An aid worker said the water was cut off.", ["An aid worker", "unknown", "say", "neutral"]),
        ("The president said the ruling was narrow.", ["The president", "unknown", "say", "neutral"]),
        # "claim" is proven distancing; "maintain" is not (9 of 11): the cue is kept with no stance
        ("The mayor claimed the bridge was safe.", ["The mayor", "official", "claim", "distancing"]),
        ("The mayor maintained that the bridge was safe.", ["The mayor", "official", "maintain", None]),
    ],
)
def test_allowlist_keeps_only_proven_triggers(text: str, expected: list[object]) -> None:
    assert _rows(text) == [expected]


def test_a_pronoun_is_not_categorised_through_its_antecedent() -> None:
    text = "Ann Roe, a professor of law, said the ruling was narrow. She said the court erred."
    assert [r[1] for r in _rows(text)] == ["expert", "unknown"]


def test_named_speakers_of_a_domain_lexicon_keep_their_category() -> None:
    q = fr.extract_quotes(
        pd.DataFrame({"text": ["SANA said the road was open."]}), lexicon="syria", progress=False
    )
    assert q["speaker_category"].tolist() == ["media"]


def test_the_allowlist_is_the_calibrated_table() -> None:
    assert ("neutral", "say") in _allowlist.CUE_STANCES
    assert ("neutral", "show") not in _allowlist.CUE_STANCES
    assert ("anonymous", "anonymous:own") in _allowlist.SPEAKER_CATEGORIES
    assert ("official", "antecedent") not in _allowlist.SPEAKER_CATEGORIES
