"""The seventeenth lexicon pass: construction features and the learned gate (benchmarks only).

The features (benchmarks/gate_features.py) are computed by our code from an attribution's offsets; the
learned gate is a candidate of benchmarks/loso_precision.py. The sentences are written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from calibrate_allowlist import rows_of  # noqa: E402
from gate_features import FLAGS, features  # noqa: E402
from loso_precision import GRID, LearnedGate, loso  # noqa: E402

from framing import lexicons  # noqa: E402
from framing import quotes as Q  # noqa: E402


@pytest.fixture(scope="module")
def rules() -> object:
    return Q._cached_rules(lexicons.load("reporting_verbs"), lexicons.load("speaker_roles"), None)


def _rows(text: str, rules: object) -> list[dict]:
    rows = rows_of("d", text, rules)
    assert rows, text
    return rows


def _row(text: str, rules: object, speaker: str) -> dict:
    for r in _rows(text, rules):
        if r["speaker_start"] is not None and text[r["speaker_start"] : r["speaker_end"]] == speaker:
            return r
    raise AssertionError(f"no row with speaker {speaker!r} in {_rows(text, rules)}")


def test_every_flag_present_and_numeric(rules: object) -> None:
    r = _rows("The mayor said the bridge would reopen in May.", rules)[0]
    assert set(FLAGS) <= set(r)
    assert all(isinstance(r[f], float) for f in FLAGS)
    assert r["cue_key"] == "say:clause" and r["kind"] == "indirect"


def test_passive_cue(rules: object) -> None:
    text = "The new tax was criticized by a union leader, who called it unfair."
    rows = _rows(text, rules)
    passive = [r for r in rows if text[r["cue_start"] : r["cue_end"]] == "criticized"]
    assert passive, rows
    assert passive[0]["cue_passive"] == 1.0 and passive[0]["cue_by_after"] == 1.0


def test_speaker_after_by_and_active_control(rules: object) -> None:
    active = _row("A farmer said the harvest was poor.", rules, "A farmer")
    assert active["speaker_after_by"] == 0.0 and active["cue_passive"] == 0.0
    assert active["speaker_indefinite"] == 1.0 and active["speaker_common"] == 1.0
    assert active["speaker_sentence_start"] == 1.0


def test_relative_clause_between_speaker_and_cue(rules: object) -> None:
    r = _row("The nurse, who had worked all night, said the ward was full.", rules, "The nurse")
    assert r["between_relative"] == 1.0 and r["between_comma"] == 1.0
    plain = _row("The nurse said the ward was full.", rules, "The nurse")
    assert plain["between_relative"] == 0.0 and plain["cue_speaker_log_dist"] == 0.0


def test_appositive_of_another_category(rules: object) -> None:
    text = "Maria Lopez, a teacher who leads the local union, said the talks had failed."
    r = _row(text, rules, "Maria Lopez")
    # civilian from the appositive ("a teacher"), which also names a union (another category)
    assert (r["speaker_category"], r["trigger"]) == ("civilian", "description")
    assert r["speaker_proper"] == 1.0 and r["near_other_category"] == 1.0 and r["between_relative"] == 1.0
    plain = _row("Maria Lopez, a teacher, said the talks had failed.", rules, "Maria Lopez")
    assert plain["near_other_category"] == 0.0


def test_modal_conditional_that(rules: object) -> None:
    text = "If the court agreed, the judge might say that the law was void."
    r = next(x for x in _rows(text, rules) if x["cue_lemma"] == "say")
    assert r["cue_modal"] == 1.0 and r["cue_conditional"] == 1.0 and r["cue_that"] == 1.0


def _att(text: str, speaker: str, cue: str, content: str) -> Q._Att:
    def span(s: str) -> tuple[int, int]:
        i = text.index(s)
        return (i, i + len(s))

    return Q._Att("indirect", span(speaker), span(cue), "x", "neutral", span(content), category="civilian")


def test_noun_use_and_noun_phrase_object(rules: object) -> None:
    text = "The board read a report on the spending. The firm added jobs last year."
    noun = features(text, _att(text, "The board", "report", "on the spending"), rules)
    assert noun["cue_noun_use"] == 1.0 and noun["cue_np_object"] == 0.0
    obj = features(text, _att(text, "The firm", "added", "jobs last year"), rules)
    assert obj["cue_noun_use"] == 0.0 and obj["cue_np_object"] == 0.0  # "jobs" has no determiner
    text2 = "The firm added the jobs last year."
    obj2 = features(text2, _att(text2, "The firm", "added", "the jobs last year"), rules)
    assert obj2["cue_np_object"] == 1.0 and obj2["cue_sentence_start"] == 0.0


def test_quote_complement_and_pronoun(rules: object) -> None:
    r = _row('She said: "We will stay here."', rules, "She")
    assert r["speaker_pronoun"] == 1.0 and r["cue_quote_next"] == 1.0 and r["cue_key"] == "say:quote"


def _toy(seed: int) -> pd.DataFrame:
    import numpy as np

    rng = np.random.default_rng(seed)
    n = 240
    df = pd.DataFrame(
        {
            "speaker_category": rng.choice(["civilian", "official"], n),
            "trigger": rng.choice(["description", "mention:mayor", "named"], n),
            "kind": "indirect",
            "sample": rng.choice(["a", "b", "c", "d"], n),
        }
    )
    for f in FLAGS:
        df[f] = rng.integers(0, 2, n).astype(float)
    df["correct"] = ((df["speaker_after_by"] == 0) | (rng.random(n) < 0.3)).astype(int)
    return df


@pytest.mark.parametrize("rule", ["fixed", "global", "per_label"])
def test_learned_gate_deterministic(rule: str) -> None:
    df = _toy(3)
    a = loso(df, LearnedGate("x", rule), "speaker_category", "trigger")
    b = loso(df.copy(), LearnedGate("x", rule), "speaker_category", "trigger")
    assert a["kept"].tolist() == b["kept"].tolist()
    assert a.loc[a["trigger"] == "named", "kept"].all()
    # the learned flag matters: passive agents are removed more often than the rest
    gate = LearnedGate("x", rule)
    model, ts = gate.fit(df, "speaker_category", "trigger")
    assert set(ts) == {"civilian", "official"}
    assert all(t in GRID or t > 1 for t in ts.values())
    p = gate.prob(model, df, "speaker_category", "trigger")
    assert p[df["speaker_after_by"] == 1].mean() < p[df["speaker_after_by"] == 0].mean()
