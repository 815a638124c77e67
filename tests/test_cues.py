"""Tests for framing._cues (cue sense check) and the speaker-category fixes of speaker_roles 1.2.0.

Every sentence here is written for the test; none comes from the shared data.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._cues import cue_stance
from tests.conftest import ROOT, shared_path


def stance(text: str, form: str, lemma: str, lex_stance: str) -> str | None:
    i = text.index(form)
    return cue_stance(text, i, i + len(form), lemma, lex_stance)


@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        # nouns and adjectives of claim are not verb cues
        ("It denied Russia's claims of a ceasefire.", "claims", "claim", "distancing", None),
        ("Officials dismissed the asylum claims quickly.", "claims", "claim", "distancing", None),
        ("Their demands for a ceasefire went unheard.", "demands", "demand", "assertive", None),
        ("Amid reports of shelling, the talks stalled.", "reports", "report", "neutral", None),
        ("The strike followed Assad's alleged use of gas.", "alleged", "allege", "distancing", None),
        ("He was jailed over alleged links to the group.", "alleged", "allege", "distancing", None),
        ("The town has 42 confirmed cases of cholera.", "confirmed", "confirm", "endorsing", None),
        # ... while the verbs stay
        ("The group claims that the town has fallen.", "claims", "claim", "distancing", "distancing"),
        ("The lawsuit alleged that the firm lied.", "alleged", "allege", "distancing", "distancing"),
        ("The rebels demanded the release of prisoners.", "demanded", "demand", "assertive", "assertive"),
        # senses that are not speech
        ("Canada admitted 25,000 refugees last year.", "admitted", "admit", "endorsing", None),
        ("Fewer migrants were admitted into the country.", "admitted", "admit", "endorsing", None),
        ("She was confirmed as ambassador in May.", "confirmed", "confirm", "endorsing", None),
        ("The nominee was confirmed by the Senate on Tuesday.", "confirmed", "confirm", "endorsing", None),
        ("Police charged a man with arson on Friday.", "charged", "charge", "distancing", None),
        ("The mayor is declaring a state of emergency tonight.", "declaring", "declare", "assertive", None),
        ("The army will reveal new weapons next week.", "reveal", "reveal", "endorsing", None),
        ("Gunmen attacked a convoy near the border.", "attacked", "attack", "emotive", None),
        ("The candidates found their voices at last.", "found", "find", "neutral", None),
        ("Nobody there wants war with the neighbours.", "wants", "want", "neutral", None),
        ("There is no denying that the plan failed.", "denying", "deny", "distancing", None),
        ("The travellers were denied entry at the border.", "denied", "deny", "distancing", None),
        ("The park is hard to maintain that way in winter.", "maintain", "maintain", "distancing", None),
        ("The farmers claimed the land as their own.", "claimed", "claim", "distancing", None),
        ("The actor is often mocked for his accent.", "mocked", "mock", "emotive", None),
        ("I can confirm I have read the Terms of Use.", "confirm", "confirm", "endorsing", None),
        # the speech senses of the same verbs
        ("The minister admitted that mistakes were made.", "admitted", "admit", "endorsing", "endorsing"),
        ("The ministry confirmed that four people died.", "confirmed", "confirm", "endorsing", "endorsing"),
        ("Critics charged that the vote was rigged.", "charged", "charge", "distancing", "distancing"),
        ("The memo revealed that the plan had failed.", "revealed", "reveal", "endorsing", "endorsing"),
        ("The senator attacked the deal as a giveaway.", "attacked", "attack", "emotive", "emotive"),
        ("The study found that prices rose.", "found", "find", "neutral", "neutral"),
        (
            "The ministry maintains that the talks failed.",
            "maintains",
            "maintain",
            "distancing",
            "distancing",
        ),
        ('"We will win," he maintained.', "maintained", "maintain", "distancing", "distancing"),
        (
            "The mayor was criticized by residents for the delay.",
            "criticized",
            "criticize",
            "emotive",
            "emotive",
        ),
        # owning an attack is not doubt cast by the writer
        ("They claimed responsibility for the blast.", "claimed", "claim", "distancing", "neutral"),
    ],
)
def test_cue_sense(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


def test_hook_in_extract_quotes_drops_noun_cues():
    text = "Officials rejected the group's claims of victory. The group claims that the town has fallen."
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    claims = q[q.cue_lemma == "claim"]
    assert list(claims.cue_start.astype(int)) == [text.index("claims that")]


def test_claimed_responsibility_is_neutral_in_extract_quotes():
    text = "A little-known militia claimed responsibility for the blast near the market on Sunday."
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    assert list(q.cue_stance) == ["neutral"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 12))
def test_cue_stance_any_text(text, start, width):
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert cue_stance(text, start, end, "claim", "distancing") in (None, "distancing", "neutral")


def categories(text: str) -> dict[str, str]:
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    return dict(zip(q.speaker, q.speaker_category))


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a poll or a report is a document, not a speaker category
        ("A new poll shows that most voters favour the plan.", "A new poll", "unknown"),
        # generic people are not civilians
        ("Many people say that the bridge should reopen soon.", "Many people", "unknown"),
        ("Residents say that the bridge should reopen soon.", "Residents", "civilian"),
        # envoys and member states at the UN are official; the UN's own envoy is not
        ("Many UN member states said that the vote was unfair.", "Many UN member states", "official"),
        (
            "Russia's envoy to the United Nations said that talks would resume.",
            "the United Nations",
            "official",
        ),
        ("The UN envoy said that talks would resume.", "The UN envoy", "international_org"),
        # police is not military; a capitalised Monitor is a newspaper
        ("A police commander said that the roads were closed.", "A police commander", "official"),
        ("The Monitor reported that the roads were closed.", "The Monitor", "media"),
        ("A war monitor reported that the roads were closed.", "A war monitor", "ngo"),
        ("Civil defense officials said that the roads were closed.", "Civil defense officials", "official"),
    ],
)
def test_speaker_categories(text, speaker, category):
    assert categories(text)[speaker] == category


def test_topic_span_has_no_category():
    text = '"They will not last the winter," the senator said of the militants.'
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    assert set(q.speaker_category) <= {"official", "unknown"}
    assert "armed_group" not in set(q.speaker_category)


def test_pronoun_after_another_name_is_not_linked():
    text = (
        "The rebel commander Abu Karim said that the road was open. "
        "The next morning the governor Tom Hale visited the town with Sara Lind. "
        "He said that the shelling had stopped."
    )
    cats = categories(text)
    assert cats["Abu Karim"] == "armed_group"
    assert cats["He"] != "armed_group"


def test_relative_who_takes_the_words_before_it():
    text = (
        "A rebel spokesman said that the town had fallen. "
        "The talks were led by Maria Olsen, a member of the city council, who said that the town was quiet."
    )
    assert categories(text).get("who") != "armed_group"


def test_you_and_i_outside_quotes_have_no_category():
    text = "Rebel fighters said that the town had fallen. You might think that the war is over."
    assert categories(text).get("You", "unknown") == "unknown"


def test_mixed_speakers_get_no_category():
    text = "Hezbollah and Syrian officials said that the attack came from the south."
    assert categories(text)["Hezbollah and Syrian officials"] == "unknown"


def test_speaker_roles_version():
    assert fr.lexicons.load("speaker_roles").version == "1.2.0"


# Held-out sample of 2026-11-25 (seed 2026): these are the recorded numbers, not targets met.
HELDOUT_CUES = {"assertive": 0.90, "distancing": 0.65, "emotive": 0.90, "endorsing": 0.95, "neutral": 0.80}


@pytest.mark.realdata
def test_fresh_cue_sample_still_produced():
    """The judged held-out rows are still produced by the current rules (so the recorded
    per-stance precision describes this code), checked on the judged documents only."""
    shared_path("allsides", "media_train.jsonl.gz")
    ann = pd.read_csv(ROOT / "benchmarks" / "annotations" / "lexicons_cues_fresh.csv", comment="#")
    ann = ann[ann["src"] == "allsides"]
    ids = set(ann["doc_id"])
    parts = []
    for split in ("train", "valid"):
        df = pd.read_json(shared_path("allsides", f"media_{split}.jsonl.gz"), lines=True)
        parts.append(df[df["ID"].isin(ids)])
    docs = pd.concat(parts, ignore_index=True)
    corpus = fr.Corpus.from_dataframe(docs, text="text", outlet="source", doc_id="ID")
    q = fr.extract_quotes(corpus, progress=False)
    key = ["doc_id", "cue_start", "cue_end", "cue_lemma", "cue_stance"]
    now = q[key].drop_duplicates().assign(produced=True)
    merged = ann.merge(now, on=key, how="left")
    assert merged["produced"].notna().mean() >= 0.95
    kept = merged[merged["produced"].notna()]
    per = kept.groupby("cue_stance")["correct"].mean()
    for label, recorded in HELDOUT_CUES.items():
        assert per[label] == pytest.approx(recorded, abs=0.08), label
