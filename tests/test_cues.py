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
from tests.conftest import ROOT, assert_judged_rows_produced


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
        # twelfth pass: "demand" with an act as its object keeps the cue without a stance
        ("The rebels demanded the release of prisoners.", "demanded", "demand", "assertive", ""),
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
        # rules of the third pass: singular nouns, capitalised modifiers, non-speech senses
        ("Low turnout and the mayor's demand for loyalty hurt him.", "demand", "demand", "assertive", None),
        ("He repeated an incorrect claim about the budget.", "claim", "claim", "distancing", None),
        ("The second blast shattered the windows.", "blast", "blast", "emotive", None),
        ("A controversial report on prisons was debated.", "report", "report", "neutral", None),
        (
            "The findings were in the Harbour Commission Report last year.",
            "Report",
            "report",
            "neutral",
            None,
        ),
        ("Voters shrugged despite GOP claims to the contrary.", "claims", "claim", "distancing", None),
        ("The aide discounted Navy claims it was a mutual decision.", "claims", "claim", "distancing", None),
        ("The Navy claims that the ship was hit.", "claims", "claim", "distancing", "distancing"),
        ("They claim that the ship was hit.", "claim", "claim", "distancing", "distancing"),
        ("Groups that claim the town is theirs met today.", "claim", "claim", "distancing", "distancing"),
        (
            "So far a streak has been maintained: every mayor built a bridge.",
            "maintained",
            "maintain",
            "distancing",
            None,
        ),
        (
            "The ruling maintains a temporary order imposed by a county judge.",
            "maintains",
            "maintain",
            "distancing",
            None,
        ),
        ("The council wants more parks, adding to the budget.", "adding", "add", "neutral", None),
        ("Voters back insisting on fair trade.", "insisting", "insist", "distancing", None),
        ("The station showed footage of the mayor at the fair.", "showed", "show", "neutral", None),
        (
            "The number of students the college will admit each year rises.",
            "admit",
            "admit",
            "endorsing",
            None,
        ),
        ("The poll showed that most voters agree.", "showed", "show", "neutral", "neutral"),
        ('"We will stay," he added.', "added", "add", "neutral", "neutral"),
        ("She insisted that the vote was fair.", "insisted", "insist", "distancing", "distancing"),
        ("The mayor added to reporters that the road was closed.", "added", "add", "neutral", "neutral"),
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
    assert cue_stance(text, start, end, "claim", "distancing") in (None, "", "distancing", "neutral")


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


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a person's own role outranks the words in its modifiers
        (
            "Ann Ruiz, the special envoy for the coalition to defeat the militants, said that talks were over.",
            "Ann Ruiz",
            "official",
        ),
        ("Jo Park, a refugee advocate with a charity, said that the camp was full.", "Jo Park", "ngo"),
        ("Lee Moss, a Balkans scholar at Harbour University, said that the pact held.", "Lee Moss", "expert"),
        # a relational head takes the organisation
        ("Sam Bell, a spokesman for the war monitor, said that the town was quiet.", "Sam Bell", "ngo"),
        # a who-clause describes the speaker only through a verb of holding a role
        (
            "Tim Ode, who has studied militant groups for a decade, said that the town would fall.",
            "Tim Ode",
            "expert",
        ),
        (
            "Kim Varga, who said Federal Protective Service officers were on alert, spoke on Monday. "
            "Later Varga said that the office was closed.",
            "Varga",
            "unknown",
        ),
        # a participle clause after the comma is not a description
        ("Rob Lane, speaking to reporters on a plane, said that the army would stay.", "Rob Lane", "unknown"),
        # title words stop at a line break and need a singular head
        (
            "The talk was about civilian aid.\n\nEva Stone said that the plan would work.",
            "Eva Stone",
            "unknown",
        ),
        ("It was not the families Ida Moor described, the senator said.", "the senator", "official"),
        # relatives, documents and clauses are not speakers with a category
        ("His father said that the farm was sold.", "His father", "unknown"),
        ("The order noted that the border was closed.", "The order", "unknown"),
        (
            "A City Times poll released Tuesday showed that most voters agree.",
            "A City Times poll released",
            "unknown",
        ),
        (
            "A report by Human Rights Watch said that the camp was shelled.",
            "Human Rights Watch",
            "ngo",
        ),
        # think tanks are expert; a general secretary is not military; a secretary is official
        ("The Harbour Foundation said that the tariffs would fail.", "The Harbour Foundation", "expert"),
        (
            "Dan Roe, general secretary of a local mosque federation, said that it was calm.",
            "Dan Roe",
            "unknown",
        ),
        (
            "Homeland Security Secretary Jan Holt said that the office was safe.",
            "Homeland Security Secretary Jan Holt",
            "official",
        ),
    ],
)
def test_speaker_categories_third_pass(text, speaker, category):
    assert categories(text).get(speaker, "missing") == category


def test_reporting_verbs_version():
    assert fr.lexicons.load("reporting_verbs").version == "1.2.0"


def test_speaker_roles_version():
    assert fr.lexicons.load("speaker_roles").version == "1.10.0"


# Held-out sample of the lexprec3 rules (seed 31337, lexicons_*_fresh3.csv): the recorded
# numbers, not targets met (the target is 0.9 per label).
HELDOUT_CUES = {"assertive": 0.85, "distancing": 0.70, "emotive": 0.75, "endorsing": 0.80, "neutral": 0.70}
HELDOUT_SPEAKERS = {
    "anonymous": 0.90,
    "armed_group": 0.45,
    "civilian": 0.30,
    "expert": 0.90,
    "international_org": 0.70,
    "media": 0.85,
    "military": 0.55,
    "ngo": 0.75,
    "official": 0.75,
}


def _fresh3(kind: str) -> pd.DataFrame:
    return pd.read_csv(ROOT / "benchmarks" / "annotations" / f"lexicons_{kind}_fresh3.csv", comment="#")


def test_fresh3_recorded_numbers():
    """The per-label precision recorded in RESULTS.md is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT_CUES),
        ("speakers", "speaker_category", HELDOUT_SPEAKERS),
    ):
        ann = _fresh3(kind)
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert (per["size"] == 20).all()
        assert per["mean"].round(2).to_dict() == recorded


# Held-out sample of the lexprec4 (precision-first) rules (seed 4242, lexicons_*_fresh4.csv): the
# recorded numbers, not targets met. The seed-31337 sample above is development data since then.
HELDOUT4_CUES = {"assertive": 0.90, "distancing": 0.85, "emotive": 0.90, "endorsing": 0.95, "neutral": 0.90}
HELDOUT4_SPEAKERS = {
    "anonymous": 0.95,
    "armed_group": 0.55,
    "civilian": 0.70,
    "expert": 0.80,
    "international_org": 0.85,
    "media": 0.95,
    "military": 0.60,
    "ngo": 0.70,
    "official": 0.80,
}


def _fresh(kind: str, suffix: str) -> pd.DataFrame:
    return pd.read_csv(ROOT / "benchmarks" / "annotations" / f"lexicons_{kind}{suffix}.csv", comment="#")


def test_fresh4_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (fourth pass) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT4_CUES),
        ("speakers", "speaker_category", HELDOUT4_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh4")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert (per["size"] == 20).all()
        assert per["mean"].round(2).to_dict() == recorded


# Held-out sample of the lexprec5 rules (seed 5151, lexicons_*_fresh5.csv): the recorded numbers, not
# targets met. The seed-4242 sample above is development data since then.
HELDOUT5_CUES = {"assertive": 0.80, "distancing": 0.90, "emotive": 0.75, "endorsing": 0.85, "neutral": 0.80}
HELDOUT5_SPEAKERS = {
    "anonymous": 0.95,
    "armed_group": 0.60,
    "civilian": 0.75,
    "expert": 0.95,
    "international_org": 0.65,
    "media": 0.80,
    "military": 0.80,
    "ngo": 0.65,
    "official": 0.80,
}


def test_fresh5_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (fifth pass) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT5_CUES),
        ("speakers", "speaker_category", HELDOUT5_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh5")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        sizes = per["size"].to_dict()
        # 20 per label; civilian had only 16 left in documents outside the earlier samples
        assert sizes == {k: (16 if k == "civilian" else 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


# Held-out sample of the lexprec5 second step (seed 6161, lexicons_*_fresh6.csv): the recorded numbers,
# not targets met; labels with fewer than 20 rows had fewer left (civilian none).
HELDOUT6_CUES = {"assertive": 0.90, "distancing": 0.80, "emotive": 0.85, "endorsing": 0.90, "neutral": 0.95}
HELDOUT6_SPEAKERS = {
    "anonymous": 0.65,
    "armed_group": 0.83,
    "expert": 0.90,
    "international_org": 0.89,
    "media": 0.80,
    "military": 0.70,
    "ngo": 0.89,
    "official": 0.95,
}
HELDOUT6_SIZES = {"armed_group": 18, "international_org": 9, "ngo": 19}


def test_fresh6_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (fifth pass, second step) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT6_CUES),
        ("speakers", "speaker_category", HELDOUT6_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh6")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert per["size"].to_dict() == {k: HELDOUT6_SIZES.get(k, 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


# Held-out sample of the lexprec6 rules (seed 7171, lexicons_*_fresh7.csv): the recorded numbers, not
# targets met; 20 per label (labels short in the Syria pool topped up from other AllSides articles).
# The seed-6161 sample above is development data since then.
HELDOUT7_CUES = {"assertive": 0.95, "distancing": 0.90, "emotive": 1.00, "endorsing": 0.80, "neutral": 0.90}
HELDOUT7_SPEAKERS = {
    "anonymous": 0.95,
    "armed_group": 0.85,
    "civilian": 0.85,
    "expert": 0.95,
    "international_org": 0.65,
    "media": 0.90,
    "military": 0.65,
    "ngo": 0.60,
    "official": 0.90,
}


def test_fresh7_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (sixth pass) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT7_CUES),
        ("speakers", "speaker_category", HELDOUT7_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh7")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert (per["size"] == 20).all()
        assert per["mean"].round(2).to_dict() == recorded


# Held-out samples of the lexprec7 rules (seed 8181): BASIL only (lexicons_*_fresh8.csv; 20 per label
# or all there were), and the speaker labels BASIL lacks topped up from AllSides articles without
# "Syria" (lexicons_speakers_fresh8_wide.csv). The recorded numbers, not targets met; the seed-7171
# sample above is development data since then.
HELDOUT8_CUES = {"assertive": 0.95, "distancing": 0.90, "emotive": 0.95, "endorsing": 0.85, "neutral": 0.90}
HELDOUT8_SPEAKERS = {"expert": 0.60, "media": 1.00, "military": 0.00, "official": 0.90}
HELDOUT8_SIZES = {"expert": 10, "military": 1}
HELDOUT8_WIDE = {
    "anonymous": 1.00,
    "armed_group": 0.50,
    "civilian": 0.65,
    "expert": 0.70,
    "international_org": 0.70,
    "military": 0.58,
    "ngo": 1.00,
}
HELDOUT8_WIDE_SIZES = {"expert": 10, "military": 19}


def test_fresh8_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (seventh pass, BASIL) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT8_CUES),
        ("speakers", "speaker_category", HELDOUT8_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh8")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert per["size"].to_dict() == {k: HELDOUT8_SIZES.get(k, 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded
    wide = _fresh("speakers", "_fresh8_wide")
    assert wide["correct"].isin([0, 1]).all() and (wide["pool"] == "wide").all()
    per = wide.groupby("speaker_category")["correct"].agg(["mean", "size"])
    assert per["size"].to_dict() == {k: HELDOUT8_WIDE_SIZES.get(k, 20) for k in HELDOUT8_WIDE}
    assert per["mean"].round(2).to_dict() == HELDOUT8_WIDE


# test_fresh8_sample_still_produced and test_fresh8_wide_sample_still_produced were replaced by
# the seed-9191 checks below (the eighth-pass rules no longer produce some seed-8181 rows, by design).

# Held-out sample of the lexprec8 rules (seed 9191, lexicons_*_fresh9.csv: 8,000 random AllSides
# train+valid articles of no earlier sample, 20 per label). The recorded numbers, not targets met;
# every earlier sample is development data since then.
HELDOUT9_CUES = {"assertive": 0.75, "distancing": 1.00, "emotive": 0.85, "endorsing": 0.80, "neutral": 0.85}
HELDOUT9_SPEAKERS = {
    "anonymous": 1.00,
    "armed_group": 0.90,
    "civilian": 0.70,
    "expert": 0.85,
    "international_org": 0.80,
    "media": 0.80,
    "military": 0.65,
    "ngo": 0.75,
    "official": 0.70,
}


def test_fresh9_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (eighth pass) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT9_CUES),
        ("speakers", "speaker_category", HELDOUT9_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh9")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert (per["size"] == 20).all()
        assert per["mean"].round(2).to_dict() == recorded


# test_fresh9_sample_still_produced is replaced by the seed-10101 check (the second step no longer
# produces some seed-9191 rows, by design).

# Held-out sample of the lexprec8 second step (seed 10101, lexicons_*_fresh10.csv, drawn like seed
# 9191 from articles in none of the earlier samples). The recorded numbers, not targets met.
HELDOUT10_CUES = {"assertive": 0.90, "distancing": 0.80, "emotive": 0.95, "endorsing": 0.80, "neutral": 0.90}
HELDOUT10_SPEAKERS = {
    "anonymous": 1.00,
    "armed_group": 0.80,
    "civilian": 0.80,
    "expert": 0.90,
    "international_org": 0.90,
    "media": 0.90,
    "military": 0.75,
    "ngo": 0.85,
    "official": 0.95,
}


def test_fresh10_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (eighth pass, second step) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT10_CUES),
        ("speakers", "speaker_category", HELDOUT10_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh10")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        assert (per["size"] == 20).all()
        assert per["mean"].round(2).to_dict() == recorded


# test_fresh10_sample_still_produced is replaced by the seed-11111 check (the ninth pass no longer
# produces some judged seed-10101 rows, by design: see RESULTS.md, "Ninth pass").

# Held-out sample of the ninth pass (lexprec9, seed 11111, lexicons_*_fresh11.csv, drawn like seed
# 10101 from articles in none of the earlier samples). The recorded numbers, not targets met.
HELDOUT11_CUES = {"assertive": 0.90, "distancing": 0.95, "emotive": 0.85, "endorsing": 0.85, "neutral": 0.95}
HELDOUT11_SPEAKERS = {
    "anonymous": 1.00,
    "armed_group": 0.78,
    "civilian": 0.70,
    "expert": 0.75,
    "international_org": 0.85,
    "media": 1.00,
    "military": 0.75,
    "ngo": 0.85,
    "official": 0.95,
}


def test_fresh11_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (ninth pass) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT11_CUES),
        ("speakers", "speaker_category", HELDOUT11_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh11")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        # 20 per label; armed_group has 18 (all that the 8,000 drawn articles produce)
        assert per["size"].to_dict() == {k: (18 if k == "armed_group" else 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


# test_fresh11_sample_still_produced is replaced by the seed-12121 check (the tenth pass no longer
# produces some judged seed-11111 rows, by design: see RESULTS.md, "Tenth pass").

# Held-out sample of the tenth pass (lexprec10, seed 12121, lexicons_*_fresh12.csv, drawn like seed
# 11111 from articles in none of the earlier samples). The recorded numbers, not targets met.
HELDOUT12_CUES = {"assertive": 0.75, "distancing": 0.95, "emotive": 0.95, "endorsing": 1.00, "neutral": 0.90}
HELDOUT12_SPEAKERS = {
    "anonymous": 1.00,
    "armed_group": 0.82,
    "civilian": 0.90,
    "expert": 0.85,
    "international_org": 0.70,
    "media": 0.95,
    "military": 0.65,
    "ngo": 0.85,
    "official": 0.85,
}


def test_fresh12_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (tenth pass) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT12_CUES),
        ("speakers", "speaker_category", HELDOUT12_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh12")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        # 20 per label; armed_group has 17 (all that the 8,000 drawn articles produce)
        assert per["size"].to_dict() == {k: (17 if k == "armed_group" else 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


HELDOUT13_CUES = {"assertive": 0.85, "distancing": 0.90, "emotive": 1.00, "endorsing": 0.90, "neutral": 0.90}
HELDOUT13_SPEAKERS = {
    "anonymous": 1.00,
    "armed_group": 0.85,
    "civilian": 0.65,
    "expert": 0.90,
    "international_org": 0.90,
    "media": 0.90,
    "military": 0.75,
    "ngo": 0.75,
    "official": 0.95,
}


def test_fresh13_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (eleventh pass, held out) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT13_CUES),
        ("speakers", "speaker_category", HELDOUT13_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh13")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        # 20 per label; armed_group has 13 (all that the 8,000 drawn articles produce)
        assert per["size"].to_dict() == {k: (13 if k == "armed_group" else 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


# test_fresh13_sample_still_produced is replaced by the seed-14141 check (the twelfth pass no longer
# produces 7 judged cue rows and 16 judged speaker rows of seed 13131, by design: see RESULTS.md,
# "Twelfth pass").

# Held-out sample of the twelfth pass (lexprec12, seed 14141, lexicons_*_fresh14.csv, drawn like seed
# 13131 from articles in none of the earlier samples). The recorded numbers, not targets met.
HELDOUT14_CUES = {"assertive": 1.00, "distancing": 1.00, "emotive": 1.00, "endorsing": 0.95, "neutral": 0.60}
HELDOUT14_SPEAKERS = {
    "anonymous": 0.95,
    "armed_group": 0.88,
    "civilian": 0.75,
    "expert": 0.85,
    "international_org": 1.00,
    "media": 0.75,
    "military": 0.75,
    "ngo": 0.90,
    "official": 0.85,
}


def test_fresh14_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (twelfth pass, held out) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT14_CUES),
        ("speakers", "speaker_category", HELDOUT14_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh14")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        # 20 per label; armed_group has 8 (all that the 8,000 drawn articles produce)
        assert per["size"].to_dict() == {k: (8 if k == "armed_group" else 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


@pytest.mark.realdata
def test_fresh14_sample_still_produced():
    """Every judged seed-14141 row is still produced with the same stance or category, so the
    recorded precision describes this code."""
    assert_judged_rows_produced(cues=[_fresh("cues", "_fresh14")], speakers=[_fresh("speakers", "_fresh14")])


# Held-out sample of the default after the eighteenth pass (lexprec19, seed 19191, lexicons_*_fresh19.csv,
# drawn from precision="standard" on articles in none of the earlier samples, judged and committed before
# scoring). The recorded numbers, not targets met: neutral, civilian and media missed 0.90.
HELDOUT19_CUES = {"assertive": 0.90, "distancing": 0.95, "emotive": 0.95, "endorsing": 0.90, "neutral": 0.85}
HELDOUT19_SPEAKERS = {
    "anonymous": 1.00,
    "armed_group": 1.00,
    "civilian": 0.80,
    "expert": 0.90,
    "international_org": 0.90,
    "media": 0.85,
    "military": 0.90,
    "ngo": 1.00,
    "official": 0.95,
}


def test_fresh19_recorded_numbers():
    """The per-label precision recorded in RESULTS.md (nineteenth sample, held out) is the judged sample's."""
    for kind, by, recorded in (
        ("cues", "cue_stance", HELDOUT19_CUES),
        ("speakers", "speaker_category", HELDOUT19_SPEAKERS),
    ):
        ann = _fresh(kind, "_fresh19")
        assert ann["correct"].isin([0, 1]).all()
        per = ann.groupby(by)["correct"].agg(["mean", "size"])
        # 20 per label; armed_group has 1 (all that the 8,000 drawn articles produce)
        assert per["size"].to_dict() == {k: (1 if k == "armed_group" else 20) for k in recorded}
        assert per["mean"].round(2).to_dict() == recorded


@pytest.mark.realdata
def test_fresh19_sample_still_produced():
    """Every judged seed-19191 row is still produced by the default with the same stance or category,
    so the recorded precision describes this code."""
    assert_judged_rows_produced(cues=[_fresh("cues", "_fresh19")], speakers=[_fresh("speakers", "_fresh19")])


# -- lexprec4: precision first -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        # negated and hypothetical uses keep the cue but bear no stance
        ("The army would not confirm the toll.", "confirm", "confirm", "endorsing", ""),
        ("Officials could claim that the strike was defensive.", "claim", "claim", "distancing", ""),
        ("The minister did not say whether talks would resume.", "say", "say", "neutral", ""),
        ("The mayor didn't deny that the depot burned.", "deny", "deny", "distancing", ""),
        ("The envoy has never insisted that the deal holds.", "insisted", "insist", "assertive", ""),
        ("If the rebels claim that the town fell, nobody will check.", "claim", "claim", "distancing", ""),
        # ... but a statement that was made keeps its stance, and a name "May" is not a modal
        ("The minister said that talks would resume.", "said", "say", "neutral", "neutral"),
        ("Prime Minister May insisted that the deal holds.", "insisted", "insist", "assertive", "assertive"),
        # page furniture: video lists, link lists and title-case headline lines
        (
            "JUST WATCHED\n\nSenator defends vote on farm aid\n\nReplay",
            "defends",
            "defend",
            "assertive",
            None,
        ),
        (
            "RELATED: Governor admits budget gap widened\nThe vote is on Friday.",
            "admits",
            "admit",
            "endorsing",
            None,
        ),
        (
            "Mayor Slams Council Over Budget Plan For Parks\nThe vote is on Friday.",
            "Slams",
            "slam",
            "emotive",
            None,
        ),
        # a body line ending a sentence is not furniture
        ("Mayor Ruth Ames slammed the council over the plan.", "slammed", "slam", "emotive", "emotive"),
    ],
)
def test_cue_sense_fourth_pass(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


def test_negated_cue_keeps_lemma_without_stance():
    text = "The ministry would not confirm that the convoy was hit."
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    row = q[q.cue_lemma == "confirm"].iloc[0]
    assert pd.isna(row.cue_stance)
    assert row.speaker == "The ministry"


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a surname takes the full mention of the same person in this paragraph or the one before
        (
            "Foreign Minister Lena Dahl arrived on Monday. Dahl said that the talks would resume.",
            "Dahl",
            "official",
        ),
        (
            "Foreign Minister Lena Dahl arrived on Monday.\n\nThe hotel was quiet.\n\n"
            "The roads were shut.\n\nDahl said that the talks would resume.",
            "Dahl",
            "unknown",
        ),
        # ... never across another person's name
        (
            "Foreign Minister Lena Dahl met the trader Omar Haddad on Monday. Dahl said that the talks would resume.",
            "Dahl",
            "unknown",
        ),
        # a pronoun takes the same person's full mention
        (
            "Foreign Minister Lena Dahl said that the talks would resume. She added that the border was open.",
            "She",
            "official",
        ),
        # civilian and armed_group only from the mention itself or its own appositive
        ("Mona Saleh, a resident of the old quarter, said that the power was cut.", "Mona Saleh", "civilian"),
        (
            "Mona Saleh, a resident of the old quarter, lost her shop. Saleh said that the power was cut.",
            "Saleh",
            "unknown",
        ),
        (
            "A rebel commander said that the road was open. He added that the bridge was mined.",
            "He",
            "unknown",
        ),
        ("A rebel commander said that the road was open.", "A rebel commander", "armed_group"),
        # a witness at a hearing is not a civilian
        ("A witness told the committee hearing that the agency had failed.", "A witness", "unknown"),
        ("A witness said that the car exploded near the market.", "A witness", "civilian"),
        # retired and former officers are experts
        ("Retired general Tom Reyes said that the offensive would stall.", "Tom Reyes", "expert"),
        ("Tom Reyes, a retired army general, said that the offensive would stall.", "Tom Reyes", "expert"),
        ("Gen. Tom Reyes said that the offensive would stall.", "Gen. Tom Reyes", "military"),
        # a bare relational role names no organisation
        ("The spokesman said that the offensive would stall.", "The spokesman", "unknown"),
        ("A police spokesman said that the roads were closed.", "A police spokesman", "official"),
        (
            "The war monitor counted the dead. A spokesman for the monitor said that the toll rose.",
            "A spokesman for the monitor",
            "ngo",
        ),
    ],
)
def test_speaker_categories_fourth_pass(text, speaker, category):
    assert categories(text).get(speaker, "missing") == category


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # the role or group must head the mention for civilian and armed_group
        (
            "The rebel insurgency continued, officials said. The ISIS insurgency says that it grows.",
            "The ISIS insurgency",
            "unknown",
        ),
        ("Refugee aid organizations argue that the ban is cruel.", "Refugee aid organizations", "ngo"),
        (
            "Refugee resettlement offices argue that the ban is cruel.",
            "Refugee resettlement offices",
            "unknown",
        ),
        ("Many Islamists blamed the army for the coup.", "Many Islamists", "unknown"),
        # fronted phrases, datelines and possessives are not speakers' noun phrases
        ("CAIRO -- The rebel group says that it holds the bridge.", "CAIRO -- The rebel group", "unknown"),
        # the subject of a passive or raising verb is not a speaker
        (
            "The Security Council is expected to vote on the text on Friday.",
            "The Security Council",
            "unknown",
        ),
        # a university speaks as an institution
        ("Harbour University said that it was saddened by the news.", "Harbour University", "unknown"),
        ("Ann Lee, a professor at Harbour University, said that the pact held.", "Ann Lee", "expert"),
        # a witness at a hearing, named in the sentence before
        (
            "The committee held a hearing on the sanctions. The witnesses warned that the plan would fail.",
            "The witnesses",
            "unknown",
        ),
    ],
)
def test_speaker_categories_fourth_pass_spans(text, speaker, category):
    # "unknown" also holds when the span is not produced as a speaker at all
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will hold the line," the commander continued.', "neutral"),
        ("The commander continued: the line would hold.", "neutral"),
        ("The fighting continued, and the town emptied.", None),
    ],
)
def test_continue_needs_a_quote(text, expected):
    assert stance(text, "continued", "continue", "neutral") == expected


@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        ("Nor could the council claim that the vote was fair.", "claim", "claim", "distancing", ""),
        (
            "The army does not always acknowledge that its jets struck.",
            "acknowledge",
            "acknowledge",
            "endorsing",
            "",
        ),
        # an inline link widget: a name glued to a list of headlines ending in MORE
        (
            "the bill, Sen. Ann Ode Ann Ruth OdeSenate passes farm bill | Mayor blasts council over parks MORE (D-Ore.) said.",
            "blasts",
            "blast",
            "emotive",
            None,
        ),
    ],
)
def test_cue_sense_fourth_pass_more(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


# -- lexprec5: only speakers of a verb of saying, the organisation heads a relational appositive --
@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        # a noun "warning" is not a cue; the verb after a comma or "is" stays one
        ("The pilots had only an hour's advance warning of the raid.", "warning", "warn", "assertive", None),
        (
            "The mayor spoke for an hour, warning that the dam could fail.",
            "warning",
            "warn",
            "assertive",
            "assertive",
        ),
        # "threatened to <verb>" and "threatened <a place>" report no statement
        ("The unrest threatened to derail the talks.", "threatened", "threaten", "assertive", ""),
        ("The militia threatened the northern villages.", "threatened", "threaten", "assertive", ""),
        # twelfth pass: no that-clause, quote or colon, no stance
        ("The union threatened a strike over the cuts.", "threatened", "threaten", "assertive", ""),
        ("The chief threatened that he would resign.", "threatened", "threaten", "assertive", "assertive"),
        # refusing a request, claiming a mandate or lives, taking credit
        ("The aide denied a request to hand over his notes.", "denied", "deny", "distancing", None),
        ("The winner claimed a fresh mandate to cut taxes.", "claimed", "claim", "distancing", None),
        ("The flood has claimed over 300 lives so far.", "claimed", "claim", "distancing", None),
        ("He kept claiming the gains for himself.", "claiming", "claim", "distancing", None),
        # "admitted" people into a place, past a parenthesis
        (
            "In 2019 the state admitted (by its own count) 900 migrants.",
            "admitted",
            "admit",
            "endorsing",
            None,
        ),
        # "attacked" a place is violence; "attacked X as/for" is speech
        ("Gunmen attacked a police post near the border before dawn.", "attacked", "attack", "emotive", None),
        (
            "The army attacked the valley -- a move that cost it dearly for years.",
            "attacked",
            "attack",
            "emotive",
            None,
        ),
        ("The senator attacked the plan as reckless.", "attacked", "attack", "emotive", "emotive"),
        # a state or an impersonal passive of a belief verb: no source, no stance
        ("The mayor stood accused of fraud after the audit.", "accused", "accuse", "emotive", ""),
        ("A new assault was expected in early spring.", "expected", "expect", "neutral", ""),
        # responded with an act, posted media
        ("The guerrillas responded with a wave of ambushes.", "responded", "respond", "neutral", ""),
        ("The ministry responded that the figures were wrong.", "responded", "respond", "neutral", "neutral"),
        ("The cell posted videos of its raids online.", "posted", "post", "neutral", ""),
        # naming, and a name that looks like a verb form
        ("She found work at a bakery called Crumbs in the old town.", "called", "call", "neutral", None),
        # a quarrel, a question put to someone, a contracted "would have"
        ("The two aides argued about the budget for an hour.", "argued", "argue", "distancing", None),
        ("So are you arguing that the rule is void?", "arguing", "argue", "distancing", ""),
        ("With more time, they'd have asked the mayor about it.", "asked", "ask", "neutral", ""),
        (
            "Fulfilling one of his campaign promises, the mayor cut fares.",
            "promises",
            "promise",
            "neutral",
            None,
        ),
        # an act of violence needs no "as/for" clause to be excluded
        (
            "Armed men attacked an empty depot near the port that the navy had used as a store.",
            "attacked",
            "attack",
            "emotive",
            None,
        ),
        (
            "Police are hunting two brothers, Said and Omar Haddad, after the raid.",
            "Said",
            "say",
            "neutral",
            None,
        ),
    ],
)
def test_cue_sense_fifth_pass(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


def test_says_examples():
    from framing._cues import says

    t = "The clinic was told that the road would close."
    assert not says(t, t.index("told"), t.index("told") + 4, "tell")
    t = "The clinic was told by the army that the road would close."
    assert says(t, t.index("told"), t.index("told") + 4, "tell")


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # the subject of a non-speech verb or of a non-speech use is not a speaker
        ("The rebel group hopes that the truce will hold.", "The rebel group", "unknown"),
        ("The rebel group says that the truce will hold.", "The rebel group", "armed_group"),
        ("Army officers believe that the front will hold.", "Army officers", "unknown"),
        ("Army officers said that the front would hold.", "Army officers", "military"),
        # "suggest" is a verb of saying (reporting_verbs 1.2.0); "indicate" is one only with a
        # that-clause (issue 5: "Turkish officials indicated" is an official source)
        ("Army officers suggested that the front would hold.", "Army officers", "military"),
        ("Army officers indicated that the front would hold.", "Army officers", "military"),
        ("The militia responded with a wave of ambushes on the road.", "The militia", "unknown"),
        ("A local radio station was told that the bridge had fallen.", "A local radio station", "unknown"),
        ("Defense Minister Ola Berg hopes that the calm holds.", "Defense Minister Ola Berg", "unknown"),
        # ... but a later "he" still reads the earlier mention
        (
            "Defense Minister Ola Berg hopes that the calm holds. He said that the border would stay open.",
            "He",
            "official",
        ),
        # the organisation heads a relational appositive
        (
            '"The ban is cruel and wrong," said Mara Quist, president of Refugee Futures International.',
            "Mara Quist",
            "unknown",
        ),
        (
            '"Arrivals fell sharply this year," said Ida Rowe, director of the Office of Refugee Resettlement.',
            "Ida Rowe",
            "official",
        ),
        (
            '"Cases fell sharply this year," said Dr. Lena Marsh, director of the Centers for Disease Control.',
            "Dr. Lena Marsh",
            "official",
        ),
        (
            "Sam Ortiz, a spokesman for Amnesty International, said that the trial was unfair.",
            "Sam Ortiz",
            "ngo",
        ),
        # not serving: analysts, lawmakers, veterans, corporate officers, campaign staff, former officials
        ("Military analysts said that the offensive had stalled.", "Military analysts", "expert"),
        (
            "Some Capitol Hill military hawks said that more arms were needed.",
            "Some Capitol Hill military hawks",
            "official",
        ),
        (
            "Tom Vance, an Army veteran who runs a solar company, said that bases need power.",
            "Tom Vance",
            "unknown",
        ),
        (
            '"Hackers struck within hours," said Joe Pike, the chief intelligence officer at a security firm.',
            "Joe Pike",
            "unknown",
        ),
        (
            "The senator's campaign director said that the ads would run.",
            "The senator's campaign director",
            "unknown",
        ),
        (
            "Ann Cole, a former State Department official, said that the talks were doomed.",
            "Ann Cole",
            "unknown",
        ),
        # political opposition is not armed; a clause after the comma is not an appositive
        ("Syrian opposition groups said that the vote was rigged.", "Syrian opposition groups", "unknown"),
        (
            "Ben Ruiz, whose militia rivals are fighting in the south, said that talks were off.",
            "Ben Ruiz",
            "unknown",
        ),
        # "according to X, <content>": the content after the comma is not an appositive
        (
            "According to a White House aide, the shortlist includes a former envoy.",
            "a White House aide",
            "official",
        ),
        (
            "Sen. Ray Dunn, a Republican who is rising in the campaign polls, said that the vote failed.",
            "Sen. Ray Dunn",
            "official",
        ),
        # a surname takes no serving category from a full mention that says retired
        (
            "Retired Gen. Lou Park now advises a charity. Park said that the convoy was safe.",
            "Park",
            "unknown",
        ),
        # newspapers and surnames
        ("The Lakeside Herald reported that the mayor resigned.", "The Lakeside Herald", "media"),
        ("Ms. Sellers said that the contract was fair.", "Ms. Sellers", "unknown"),
        # twelfth pass: a bare plural other than the people found at the scene gives no civilian
        ("Fish sellers said that prices had doubled.", "Fish sellers", "unknown"),
        ("The fish sellers said that prices had doubled.", "The fish sellers", "civilian"),
    ],
)
def test_speaker_categories_fifth_pass(text, speaker, category):
    assert categories(text).get(speaker, "missing") == category


# -- lexprec5, second step (after the seed-5151 sample): spans inside a phrase, senses, modals ----
@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        ("The firm argued the case for the town in court.", "argued", "argue", "distancing", None),
        ("The two sides agreed on a plan to reopen the road.", "agreed", "agree", "neutral", None),
        ("The senator agreed that the road should reopen.", "agreed", "agree", "neutral", "neutral"),
        ("The mayor conceded the race late on Tuesday.", "conceded", "concede", "endorsing", None),
        ("The mayor conceded that the count was fair.", "conceded", "concede", "endorsing", "endorsing"),
        ("The valley boasts the largest lake in the region.", "boasts", "boast", "emotive", None),
        (
            "The mayor welcomed the visiting envoy to Harbour City on Monday.",
            "welcomed",
            "welcome",
            "neutral",
            None,
        ),
        ("(PHOTOS: 12 slams on the mayor)\nThe vote is on Friday.", "slams", "slam", "emotive", None),
        ("The militia responded forcefully to the raid.", "responded", "respond", "neutral", ""),
    ],
)
def test_cue_sense_fifth_pass_second_step(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


def test_hypothetical_examples():
    from framing._cues import hypothetical

    t = "The mayor will testify next week."
    assert hypothetical(t, t.index("testify"))
    t = "The mayor would not confirm it."
    assert not hypothetical(t, t.index("confirm"))


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a future or modal use: the subject has said nothing yet
        ("The war monitor will testify before the panel next week.", "The war monitor", "unknown"),
        # eighth pass: a negated cue gives its subject no category (it said nothing)
        ("The ministry would not confirm that the convoy was hit.", "The ministry", "unknown"),
        # a span that is the object of a preposition inside the speaker's phrase
        (
            '"The road is open again," a contractor working in Northvale who asked not to be named said.',
            "Northvale",
            "unknown",
        ),
        ("A Libyan branch of ISIS claimed that the hotel attack was theirs.", "ISIS", "armed_group"),
        # a modifier of a document noun, and a name glued to a link widget
        ("Reporters said the UN report will not name either side.", "the UN", "unknown"),
        (
            '"It is over," tweeted Sen. Ann Ode Ann Ruth OdeSenate passes farm bill.',
            "Sen. Ann Ode Ann Ruth OdeSenate",
            "unknown",
        ),
        ("Gen. Ian McKenzie said that the raid had succeeded.", "Gen. Ian McKenzie", "military"),
        # an appositive that is a clause, a resident fellow, observers, a newspaper named "Union"
        ("According to Berrin, ISIS is harder to find in the cities.", "Berrin", "unknown"),
        (
            '"The pact will hold," says Ada Quill, resident fellow at the Atlantic Council.',
            "Ada Quill",
            "expert",
        ),
        ("Military observers said that the truce was fragile.", "Military observers", "unknown"),
        ("The Lakeview Times Union reports that the mayor resigned.", "The Lakeview Times Union", "media"),
        (
            "The American Civil Liberties Union said that the law was void.",
            "The American Civil Liberties Union",
            "ngo",
        ),
    ],
)
def test_speaker_categories_fifth_pass_second_step(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


# -- lexprec6: speaker spans after a fronted phrase, anonymity of the mention itself ---------------
def speakers(text: str) -> list[tuple[str, str, bool]]:
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    return list(zip(q.speaker, q.speaker_category, q.anonymous.astype(bool)))


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a fronted participle or adverbial phrase is not the speaker; the subject after it is
        (
            "Speaking to reporters Monday, Sen. Ada Fenwick (R) of Ohio praised the deal, and called the vote a test.",
            "Sen. Ada Fenwick",
            "official",
        ),
        (
            "Speaking to reporters Monday, Sen. Ada Fenwick said the vote was a test.",
            "Sen. Ada Fenwick",
            "official",
        ),
        ("In a statement on Friday, the ministry said the border would reopen.", "the ministry", "official"),
        (
            "Speaking to reporters on Monday, the defence minister praised the troops, and said the front was quiet.",
            "the defence minister",
            "official",
        ),
        (
            "Writing in a column, the editor argued that the vote was rigged, and called it a fraud.",
            "the editor",
            "media",
        ),
        # ... but a capitalised place ending in -ing is not a participle, "At least" is not fronted
        (
            "Beijing officials, who met the envoy, said the talks were useful.",
            "Beijing officials",
            "official",
        ),
        # speaker_roles 1.6.0: a director general, a lieutenant governor, a media watchdog
        ("Lt. Gov. Ann Corr said the budget was late.", "Lt. Gov. Ann Corr", "official"),
        ("Gen. Tim Olds said the front held.", "Gen. Tim Olds", "military"),
        ("The director general of the agency, Tim Olds, said the treaty was dead.", "Tim Olds", "unknown"),
        ("Ben Hart of Media Matters said the cover was unfair.", "Ben Hart", "unknown"),
        # seized files are a document, not a military speaker
        (
            "The files seized in the raid said the network had grown.",
            "The files seized in the raid",
            "unknown",
        ),
    ],
)
def test_speaker_categories_sixth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


def test_fronted_phrase_is_never_the_speaker():
    t = "Appearing on television, frequent critic Tom Lasko, R-Ohio, called for tougher steps and said the deal was weak."
    assert "Appearing on television" not in categories(t)
    # a pronoun subject after the fronted phrase, with a long verb phrase before the cue
    t = "On Tuesday, he took that argument a step further, saying the party was lost."
    assert [s for s, _, _ in speakers(t)] == ["he"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named person or a newspaper is not anonymous because a clause mentions sources
        (
            "Defence Press Secretary Tom Varga announced the strike, saying officials were assessing it. "
            "The Northvale Courier reported, based on an unnamed source, that a drone had hit a car.",
            [
                ("Defence Press Secretary Tom Varga", "official", False),
                ("The Northvale Courier", "unknown", False),
            ],
        ),
        (
            "The Harbour Gazette has reported, citing unnamed sources, that the aide had offered a post.",
            [("The Harbour Gazette", "media", False)],
        ),
        (
            "The president, according to The Gazette, revealed the name of the town, risking the source of the report.",
            [("The Gazette", "media", False)],
        ),
        # ... nor through a relative clause about other people's sources
        (
            "Ada Varga, who later answered questions about the sources of the leak, said the aide knew nothing.",
            [("Ada Varga", "unknown", False)],
        ),
        # the speaker's own mention or clause still marks anonymity
        (
            "A source close to the president told reporters that the talks had failed.",
            [("A source close to the president", "anonymous", True)],
        ),
        (
            "Sources close to Erdogan said the deal was off.",
            [("Sources close to Erdogan", "anonymous", True)],
        ),
        (
            "A diplomat said on condition of anonymity that the talks had failed.",
            [("A diplomat", "anonymous", True)],
        ),
        (
            "A senior official, who spoke on condition of anonymity, said the army had withdrawn.",
            [("A senior official", "anonymous", True)],
        ),
    ],
)
def test_anonymity_of_the_mention_itself(text, expected):
    assert [g for g in speakers(text) if g[0] != "who"] == expected


# -- lexprec7: speaker_roles 1.7.0 and the seventh pass (sentences written for these tests) --------
@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        # an endorsing verb whose subject is a thing that cannot speak
        (
            "Read plainly, the new trade policy conceded that the deficit would grow.",
            "conceded",
            "concede",
            "endorsing",
            None,
        ),
        (
            "Such blunders didn't just confirm the worst fears of his allies.",
            "confirm",
            "confirm",
            "endorsing",
            None,
        ),
        # a vote tally after "confirmed" is an appointment, not a statement
        ("The judge was confirmed 71-28 last spring.", "confirmed", "confirm", "endorsing", None),
        ("The nominee was confirmed by a vote of 60 to 40.", "confirmed", "confirm", "endorsing", None),
        # claiming a power is taking it, not saying something
        (
            "Blocked by the new House, the governor is claiming new executive power to fund the road.",
            "claiming",
            "claim",
            "distancing",
            None,
        ),
        # ... but a speaker who confirms or claims keeps the stance
        (
            "The ministry confirmed that four people had died.",
            "confirmed",
            "confirm",
            "endorsing",
            "endorsing",
        ),
        (
            "The ministry's spokesman conceded that the convoy was late.",
            "conceded",
            "concede",
            "endorsing",
            "endorsing",
        ),
        ("The rebels claimed that the town had fallen.", "claimed", "claim", "distancing", "distancing"),
    ],
)
def test_cue_sense_seventh_pass(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # ngo: only a named organisation or an organisation noun phrase, not advocates/activists alone
        ("Gun control activists say one in five sales skip the check.", "Gun control activists", "unknown"),
        ("Advocates have said the council must act.", "Advocates", "unknown"),
        ("Organizers said interest in the rally had doubled.", "Organizers", "unknown"),
        ("Frank Dale, head of advocacy group Open Doors, said the result was clear.", "Frank Dale", "ngo"),
        ("The aid group said the convoy had been stopped.", "The aid group", "ngo"),
        ("Jo Park, a refugee advocate with a charity, said that the camp was full.", "Jo Park", "ngo"),
        # international_org: a national security council is not the UN's; a bare secretary-general
        (
            "Lena Park, a spokeswoman for Ukraine's Security Council, said the town was retaken.",
            "Lena Park",
            "official",
        ),
        (
            "Ivan Petrenko, the deputy secretary of the National Defense and Security Council, said the draft would resume.",
            "Ivan Petrenko",
            "unknown",
        ),
        (
            "The secretary-general of the summit said the talks went well.",
            "The secretary-general of the summit",
            "unknown",
        ),
        (
            "NATO Secretary-General Lars Berg said the alliance was united.",
            "NATO Secretary-General Lars Berg",
            "international_org",
        ),
        (
            "UN Secretary-General Ana Ruiz said the talks would resume.",
            "UN Secretary-General Ana Ruiz",
            "international_org",
        ),
        # a former staff member no longer speaks for the organisation
        (
            "Ola Berg, a former spokesman for the World Food Programme, said the depot was empty.",
            "Ola Berg",
            "unknown",
        ),
        # military: not after leaving the service; a defence minister is official
        (
            "Tom Reyes, an Army Reserve captain who separated from the service last week, said the troops were ready.",
            "Tom Reyes",
            "unknown",
        ),
        (
            "Dana Cole, formerly the Pentagon's top Asia official, said the talks had stalled.",
            "Dana Cole",
            "expert",
        ),
        ("The country's own defense minister, Avi Dor, said the pact was strong.", "Avi Dor", "official"),
        # broken spans: an auxiliary with its negation; a document's modifier
        ("Defense officials don't agree with the senator.", "Defense officials don't", "unknown"),
        ("But even so, the UN report states, the ice will keep melting.", "the UN", "unknown"),
        ("(UN estimates say about 3,000 people fled.)", "UN", "unknown"),
    ],
)
def test_speaker_categories_seventh_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


def test_answering_a_call_is_not_a_reply():
    assert (
        stance("Dozens of guards answered his call and left their posts.", "answered", "answer", "neutral")
        is None
    )
    assert (
        stance("The minister answered that the border was open.", "answered", "answer", "neutral")
        == "neutral"
    )


# -- lexprec8: eighth pass, precision first for the five low-precision categories (sentences
# written for these tests) -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        # "neither ... nor": negated, no stance
        ("Her office could neither confirm nor deny the inquiry.", "confirm", "confirm", "endorsing", ""),
        # "confirmed <up to three words> as <office>" and "confirmed in the Senate": an appointment
        (
            "Lena Park was confirmed on Tuesday as the new trade secretary.",
            "confirmed",
            "confirm",
            "endorsing",
            None,
        ),
        (
            "The panel expects the judge confirmed in the Senate by May.",
            "confirmed",
            "confirm",
            "endorsing",
            None,
        ),
        (
            "The ministry confirmed that two bridges had collapsed.",
            "confirmed",
            "confirm",
            "endorsing",
            "endorsing",
        ),
        # an endorsing passive with no source: an event, not somebody's statement
        (
            "The size of the payout was revealed when the files were opened.",
            "revealed",
            "reveal",
            "endorsing",
            "",
        ),
        # a reduced passive after a noun: its subject is the accused
        ("The strike hit a militia blamed for the rocket fire.", "blamed", "blame", "emotive", None),
        ("They compared him to a clerk accused of leaking memos.", "accused", "accuse", "emotive", None),
        ("Mayor Ruiz accused the council of hiding the audit.", "accused", "accuse", "emotive", "emotive"),
        # a link line ("More:" with no space)
        (
            "More:Council admits it lost the vote count\nThe vote is on Friday.",
            "admits",
            "admit",
            "endorsing",
            None,
        ),
    ],
)
def test_cue_sense_eighth_pass(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # armed_group: a named armed organisation or a rebel/militant role phrase, in the mention
        ("Rebel commander Abu Sami said the bridge had fallen.", "Abu Sami", "armed_group"),
        ("Hamas said the truce would hold.", "Hamas", "armed_group"),
        ("Houthi fighters said the port was closed.", "Houthi fighters", "armed_group"),
        # ... never a lone suspect, a party faction, a negated subject or a bare "terrorist"
        (
            "The suspected gunman in the mall attack told police he acted alone.",
            "The suspected gunman in the mall attack",
            "unknown",
        ),
        ("The alleged terrorist asked for a lawyer, officials said.", "The alleged terrorist", "unknown"),
        ("One faction has said the party must move to the centre.", "One faction", "unknown"),
        ("So far no militant group has claimed the blast, police said.", "no militant group", "unknown"),
        ("The militant group has not claimed any role in the kidnapping.", "The militant group", "unknown"),
        ("The rebels say the speaker has lost the caucus.", "The rebels", "unknown"),
        ("What militants say when nobody listens", "militants", "unknown"),
        ("Both parties plan to fight ISIS stress more air power.", "ISIS", "unknown"),
        # military: serving forces only; police and plain officers are not military
        ("Gen. Ana Ruiz said the troops would stay.", "Gen. Ana Ruiz", "military"),
        ("Army officers said the bridge was mined.", "Army officers", "military"),
        ("The officers said the road was closed.", "The officers", "unknown"),
        ("Police officer Tim Vance said the road was closed.", "Tim Vance", "official"),
        (
            "The National Association of School Safety Officers warned that guns in class are risky.",
            "The National Association of School Safety Officers",
            "unknown",
        ),
        (
            "Partners in the military alliance pledge to defend one another.",
            "Partners in the military alliance",
            "unknown",
        ),
        ('"We will hold the line," Gen. Ana Ruiz said. "The enemy is tired," she added.', "she", "unknown"),
        # civilian: residents, witnesses, survivors; not organisations, workers or someone's kin
        ("Residents of the old town said the water was back.", "Residents of the old town", "civilian"),
        ("Students for Open Campuses said it will appeal.", "Students for Open Campuses", "unknown"),
        ("Aid workers and human rights workers say the camp is full.", "human rights workers", "unknown"),
        (
            "The claim was filed for the boy's mother, Ada Kern, who said the test was clear.",
            "Ada Kern",
            "unknown",
        ),
        (
            "Ada Kern, a mother of three in the valley, said the shelling went on all night.",
            "Ada Kern",
            "civilian",
        ),
        ("In the ward, the resident said the patients had waited for hours.", "the resident", "unknown"),
        # expert: analysts, professors, researchers; not consultants, strategists, advisers
        ("Economist Rosa Tamm said that growth would slow.", "Economist Rosa Tamm", "expert"),
        (
            "Ivo Marsh of the Brookings Institution said the plan was weak.",
            "Ivo Marsh of the Brookings Institution",
            "expert",
        ),
        ("Ron Vale, a Republican strategist, said the race was close.", "Ron Vale", "unknown"),
        (
            "Nia Cole, a political consultant whose firm runs the mayor's races, said the vote was safe.",
            "Nia Cole",
            "unknown",
        ),
        ("Senior adviser Tom Elm said the bill would pass.", "Senior adviser Tom Elm", "unknown"),
        ("Network terrorism analyst Ed Moss said the cell was small.", "Ed Moss", "expert"),
        (
            "CNN terrorism analyst Ed Moss said the cell was small.",
            "CNN terrorism analyst Ed Moss",
            "unknown",
        ),
        ("The Economist reported that the deal was near.", "The Economist", "unknown"),
        # international_org: the body or its staff; national envoys and leaders are official
        ("The IMF said that growth would slow.", "The IMF", "international_org"),
        ("The 27 EU leaders said that the sanctions would stay.", "The 27 EU leaders", "official"),
        (
            "U.S. ambassador to NATO Kay Dunn spoke on Monday. Later, Dunn told reporters that the summit would be short.",
            "Dunn",
            "official",
        ),
        (
            "The Kurdish Region Security Council said the road was open.",
            "The Kurdish Region Security Council",
            "unknown",
        ),
        ('Rarely do "Star Daily" and U.N. Women tweet the same words.', "U.N. Women", "unknown"),
        ("The IAEA reports only recount activity at known sites.", "The IAEA", "unknown"),
    ],
)
def test_speaker_categories_eighth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


# -- lexprec8, second step (after the seed-9191 errors; sentences written for these tests) ----------
@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # "general" is a rank only before a name or as "generals", not in other titles
        ("Lou Marks, the station's general manager, said the tapes were lost.", "Lou Marks", "unknown"),
        ("Kay Dunne, general counsel for the Harbor Fund, said the case was strong.", "Kay Dunne", "unknown"),
        (
            "The two inspectors general said that the files were secret.",
            "The two inspectors general",
            "official",
        ),
        ("Gen. Ada Lind said the troops would stay.", "Gen. Ada Lind", "military"),
        # a description that belongs to someone else
        (
            "Mia Kerr, the granddaughter of General Tom Gale, said the fort should be renamed.",
            "Mia Kerr",
            "unknown",
        ),
        # a serving rank in a civil post; a former commander now elsewhere
        (
            "The tests were done, according to Adm. Ben Gray, assistant secretary for health.",
            "Adm. Ben Gray",
            "official",
        ),
        ("Gen. Ada Lind, now at a business school, said the drill was rushed.", "Gen. Ada Lind", "unknown"),
        # an institution is not an expert; a surname is not an NGO
        ("The university announced that it was cancelling the talk.", "The university", "unknown"),
        ("Ngo said that the march was calm.", "Ngo", "unknown"),
        # a civilian described by an organisation
        (
            "Tia Ruiz, a strategist with the Valley Workers Network, said the raids must stop.",
            "Tia Ruiz",
            "unknown",
        ),
        ("Ana Diaz, a resident of the old town, said the water was back.", "Ana Diaz", "civilian"),
        # the addressee of a letter is no speaker
        (
            "A letter from ten senators to President Vale said that the order was unlawful.",
            "President Vale",
            "unknown",
        ),
    ],
)
def test_speaker_categories_eighth_pass_second_step(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


@pytest.mark.parametrize(
    ("text", "form", "lemma", "lex", "expected"),
    [
        # ninth pass: distancing and endorsing only where the verb reports content
        ("The board denied the builder's request for a permit.", "denied", "deny", "distancing", None),
        ("The mayor conceded the race late on Tuesday night.", "conceded", "concede", "endorsing", None),
        ("The new ledger confirmed the opposite of his account.", "confirmed", "confirm", "endorsing", None),
        ("No matter what the owners argue, the league will vote.", "argue", "argue", "distancing", None),
        ("Conceding the point now would cost him the seat.", "Conceding", "concede", "endorsing", None),
        ("The guide points out a fountain in the square.", "points out", "point out", "endorsing", None),
        # ... a that-clause, a clause, a quotation, a colon, a statement as object, "to" + verb
        ("The mayor denied that the bridge was unsafe.", "denied", "deny", "distancing", "distancing"),
        ("The mayor insisted the bridge will stay open.", "insisted", "insist", "distancing", "distancing"),
        ("The mayor admitted there's a gap in the budget.", "admitted", "admit", "endorsing", "endorsing"),
        (
            '"The bridge is safe," the mayor insisted Tuesday.',
            "insisted",
            "insist",
            "distancing",
            "distancing",
        ),
        ('"We lost," conceded the coach.', "conceded", "concede", "endorsing", "endorsing"),
        (
            "The coach conceded to the local paper that the plan failed.",
            "conceded",
            "concede",
            "endorsing",
            "endorsing",
        ),
        ("The firm denied any wrongdoing in the deal.", "denied", "deny", "distancing", "distancing"),
        (
            "The clinic confirmed the deaths of two patients.",
            "confirmed",
            "confirm",
            "endorsing",
            "endorsing",
        ),
        ("The group claims to speak for the farmers.", "claims", "claim", "distancing", "distancing"),
        (
            "The mayor acknowledged the limitation: the bridge is old.",
            "acknowledged",
            "acknowledge",
            "endorsing",
            "endorsing",
        ),
        (
            'She acknowledged a "serious lapse" in the audit.',
            "acknowledged",
            "acknowledge",
            "endorsing",
            "endorsing",
        ),
        (
            "The delay, which the coach admitted on Friday, cost them.",
            "admitted",
            "admit",
            "endorsing",
            "endorsing",
        ),
        (
            "As the auditor pointed out last year, the fund is small.",
            "pointed out",
            "point out",
            "endorsing",
            "endorsing",
        ),
        (
            '"The fund is empty," the treasurer insisted at a board meeting.',
            "insisted",
            "insist",
            "distancing",
            "distancing",
        ),
        # nouns and adjectives that the earlier checks let through, gerunds with no clause before them
        ("Her chief claim to fame is a long-running cookery show.", "claim", "claim", "distancing", None),
        ("The coach shook off claims he was leaving.", "claims", "claim", "distancing", None),
        ("Officers were sued over alleged unlawful searches.", "alleged", "allege", "distancing", None),
        ("Basically confirming what we knew, the audit is late.", "confirming", "confirm", "endorsing", None),
        # a negated subject: the statement was not made
        ("No council member insisted that the vote be delayed.", "insisted", "insist", "distancing", ""),
    ],
)
def test_cue_sense_ninth_pass(text, form, lemma, lex, expected):
    assert stance(text, form, lemma, lex) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # ninth pass: "by [X]" after a participle that is not the cue is no speaker
        (
            "A driver held by insurgents for a week said he was fed once a day.",
            "insurgents",
            "unknown",
        ),
        ("Shoppers interviewed by the local paper said prices had doubled.", "the local paper", "unknown"),
        # a category word in a web address
        ("Military.com reported that the base would close.", "Military.com", "unknown"),
        # ... the category only in a place, or an adjective of another role
        (
            "Speaking aboard Air Force One, Dana Bell told reporters the trip was on.",
            "Dana Bell",
            "unknown",
        ),
        (
            "Ann Roe, a militant free-trader at the bank, said tariffs would hurt.",
            "Ann Roe",
            "unknown",
        ),
        # an adjective of another role, a police post, a network's analyst at the full mention
        ("Military analyst Ann Roe said the fleet was ageing.", "Military analyst Ann Roe", "unknown"),
        (
            "Tom Bell, a lawyer and expert on military law, said the trial was unfair.",
            "Tom Bell",
            "unknown",
        ),
        (
            "Lena Fox, a state public safety spokeswoman, said roads were shut. Fox said more snow was due.",
            "Fox",
            "official",
        ),
        ("Acme, the bakery's parent company, said sales fell.", "Acme", "unknown"),
        # ngo: the role or organisation must head the mention
        ("Union advocates say the law hurts workers.", "Union advocates", "unknown"),
        ("Aid workers said the convoy had arrived.", "Aid workers", "ngo"),
        # still given: the agent of the cue itself, a role in the mention
        ("The army spokesman said the base would close.", "The army spokesman", "military"),
    ],
)
def test_speaker_categories_ninth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


# -- lexprec10: tenth pass, precision first by structure ----------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a capitalised role word is a name: "Farmer" is a surname, "Founding Fathers" no civilians
        ("Tom Farmer, a party spokesman, said the vote was fair.", "Tom Farmer", "unknown"),
        ("The Founding Fathers said little about parties.", "The Founding Fathers", "unknown"),
        # civilian only as residents, students, voters ... in the mention or its own appositive
        ("Students said the fees were too high.", "Students", "unknown"),  # twelfth pass: a bare plural
        ("The students said the fees were too high.", "The students", "civilian"),
        ("Ann Roe, a resident of the town, said the water was off.", "Ann Roe", "civilian"),
        ("Ann Roe, a former teacher who now sits in Congress, said the bill was bad.", "Ann Roe", "unknown"),
        # armed_group only in an armed-conflict context
        ("Insurgents in the party said the leader must go.", "Insurgents in the party", "unknown"),
        ("Insurgents said they had shelled the airport with rockets.", "Insurgents", "armed_group"),
        ("Hamas said the talks had stalled.", "Hamas", "armed_group"),
        # a rank gives military only with a service named
        ("Commander Tom Bell said the plan was sound.", "Commander Tom Bell", "unknown"),
        ("Capt. Tom Bell said the plan was sound.", "Capt. Tom Bell", "unknown"),
        ("Capt. Tom Bell, a navy spokesman, said the plan was sound.", "Capt. Tom Bell", "military"),
        ("Gen. Tom Bell, the army chief of staff, said the plan was sound.", "Gen. Tom Bell", "military"),
        ("Col. Dana Fox, a Marine Corps spokeswoman, said the unit had left.", "Col. Dana Fox", "military"),
        (
            "Commander Ann Roe of the city police said the street was closed.",
            "Commander Ann Roe of the city police",
            "unknown",
        ),
        ("Retired Gen. Tom Bell said the plan was sound.", "Retired Gen. Tom Bell", "expert"),
        # a post in a party, a PAC or a company is not an expert's; an NGO only when named
        ("Ann Roe, a pollster for the Republican Party, said turnout would rise.", "Ann Roe", "unknown"),
        ("Ann Roe, a researcher at a rights group, said the law was harsh.", "Ann Roe", "unknown"),
        ("Ann Roe, a professor of economics, said the plan was sound.", "Ann Roe", "expert"),
        ("Veteran GOP pollster Ann Roe said turnout would rise.", "Veteran GOP pollster Ann Roe", "unknown"),
        ("Ann Roe, senior researcher at HRW, said the law was harsh.", "Ann Roe", "ngo"),
        # a national Red Cross society is an NGO, the Red Cross itself an international body
        ("The American Red Cross said the shelter was full.", "The American Red Cross", "ngo"),
        ("The Red Cross said the shelter was full.", "The Red Cross", "international_org"),
        ("Ann Roe, chairwoman of the Philippine Red Cross, said the shelter was full.", "Ann Roe", "ngo"),
        # a retired officer or a service's civilian employee is not serving military
        ("Ret. Lt. Gen. Tom Bell told reporters the war was lost.", "Ret. Lt. Gen. Tom Bell", "unknown"),
        ("Ann Roe, a Navy Yard employee, told reporters an alarm went off.", "Ann Roe", "unknown"),
        ("Ann Roe, a former school teacher, said the bill was bad.", "Ann Roe", "unknown"),
        # "Judge X" is a judge only with a court
        ("Judge Parker said the ruling stands.", "Judge Parker", "unknown"),
        (
            "Judge Ann Parker of the district court said the ruling stands.",
            "Judge Ann Parker of the district court",
            "official",
        ),
        # a speaker inside another speaker's words gets no category
        ("The senator believes that scientists say the data is wrong.", "scientists", "unknown"),
        ("The mayor said the city would pay.", "The mayor", "official"),
    ],
)
def test_speaker_categories_tenth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


def stances(text: str) -> dict[str, str | None]:
    q = fr.extract_quotes(pd.DataFrame({"text": [text], "outlet": ["A"]}), progress=False)
    return {c: (s if isinstance(s, str) else None) for c, s in zip(q.cue, q.cue_stance)}


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # emotive and endorsing only where the subject can speak, not in a headline line
        ("Senator slams plan to close the base", "slams", None),
        ("The senator slammed the plan to close the base.", "slammed", "emotive"),
        ("It revealed that the budget was short.", "revealed", None),
        ("The company revealed that the budget was short.", "revealed", "endorsing"),
        ("Ann Roe revealed that the budget was short.", "revealed", "endorsing"),
        ("The study revealed that the budget was short.", "revealed", None),
        # the writer's own "we think" is no stance; a speaker's, inside a quotation, keeps it
        ("We think of the park as a place to rest.", "think", None),
    ],
)
def test_cue_stance_tenth_pass(text, cue, expected):
    assert stances(text).get(cue, None) == expected


# -- lexprec11: eleventh pass --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # an assertive stance only with content, as distancing and endorsing
        ("The governor declared a lockdown for the county.", "declared", None),
        ("The governor declared victory in the race.", "declared", None),
        ("The governor declared that the race was over.", "declared", "assertive"),
        ("The court unanimously declared permissible a rule on deadlines.", "declared", None),
        ('"We will win," the mayor declared.', "declared", "assertive"),
        # "stressed" as strained is no statement; "stressing" content keeps its stance
        ("Clinics stressed by the flu season turned people away, the nurse said.", "stressed", None),
        ("The staff were stressed, the nurse said.", "stressed", None),
        ("Democrats are stressing their differences from the governor.", "stressing", "assertive"),
        ("The mayor stressed the need for calm.", "stressed", "assertive"),
        ("The mayor stressed that the roads were safe.", "stressed", "assertive"),
        # acts, not content: the twelfth pass gives vow and warn no stance without content
        ("The mayor vowed to rebuild the bridge.", "vowed", None),
    ],
)
def test_cue_stance_eleventh_pass(text, cue, expected):
    assert stances(text).get(cue, None) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # a retirement said earlier of the same surname blocks military
        (
            "Tom Bell retired from the Navy in 2015. Adm. Tom Bell said the fleet was too small.",
            "Adm. Tom Bell",
            "unknown",
        ),
        (
            "Two retired heads of the Navy staff, Adm. Tom Bell and Gen. Ann Roe, spoke. Adm. Bell said the fleet was small.",
            "Adm. Bell",
            "unknown",
        ),
        (
            "Ann Roe retired last year. Adm. Tom Bell said the fleet was too small.",
            "Adm. Tom Bell",
            "military",
        ),
        ("The Army said the rifle was fine. Tom Bell retired last year.", "The Army", "military"),
        # a service's civilian secretary is an official
        ("Navy Secretary Tom Bell said the fleet was too small.", "Navy Secretary Tom Bell", "official"),
        ("Tom Bell, the Secretary of the Army, said the base would close.", "Tom Bell", "official"),
        # national Red Cross societies, EU leaders, documents of a body
        ("The U.S. Red Cross said the shelter was full.", "The U.S. Red Cross", "ngo"),
        ("The Red Cross said the prisoners were fed.", "The Red Cross", "international_org"),
        ('Peace, leaders of the European Union insist, "will not fail."', "the European Union", "official"),
        ("EU leaders said the deal was fair.", "EU leaders", "official"),
        (
            "A Security Council resolution declared that the border was void.",
            "A Security Council resolution",
            "unknown",
        ),
        ("The United Nations said the fighting must stop.", "The United Nations", "international_org"),
        (
            "The licence ends when the World Health Organization declares the outbreak over.",
            "the World Health Organization",
            "unknown",
        ),
    ],
)
def test_speaker_categories_eleventh_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


# -- lexprec12: twelfth pass, precision first by construction -------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # warn, demand, vow, threaten and caution: a stance only with a that-clause, a clause, a
        # quotation or a colon; otherwise the cue stays without a stance
        ("The minister vowed to fight on.", "vowed", None),
        ("The minister warned that the bridge would fall.", "warned", "assertive"),
        ("The minister warned Congress on Friday that the bridge would fall.", "warned", "assertive"),
        ("The senator warned on the floor that the bill would fail.", "warned", "assertive"),
        ("The senator warned the bill could fail.", "warned", "assertive"),
        ('"We will be back," the senator vowed.', "vowed", "assertive"),
        ('The envoy vowed: "We will return."', "vowed", "assertive"),
        ('The governor vowed to "clarify" the law.', "vowed", "assertive"),
        ("The union demanded that the mayor apologise.", "demanded", "assertive"),
        ("Sirens sounded across the city, warning of a rocket.", "warning", None),
        ("The petition asks the agency to demand answers from the mill.", "demand", None),
        ("The plant creates demand for parts that are made nearby.", "demand", None),
    ],
)
def test_cue_stance_twelfth_pass(text, cue, expected):
    assert stances(text).get(cue, None) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # the speaker keeps its category when only the stance goes ("vowed to fight")
        ("The minister vowed to fight on.", "The minister", "official"),
        # civilian: one person or a definite group, or the people found at the scene
        ("Residents said the shelling stopped at dawn.", "Residents", "civilian"),
        ("One resident said the bakery had reopened.", "One resident", "civilian"),
        ("The shopkeeper said the bread ran out.", "The shopkeeper", "civilian"),
        ("Two witnesses said they saw a white van.", "Two witnesses", "civilian"),
        ("Ann Roe's mother said her daughter was safe.", "Ann Roe's mother", "civilian"),
        ("The store owners said they follow the law.", "The store owners", "civilian"),
        ("Tom Bell, a 40-year-old undocumented day laborer, said the work was gone.", "Tom Bell", "civilian"),
        # ... not a bare plural of other roles, a quantified, negated or possessive-generic subject
        ("Parents said the school was too far.", "Parents", "unknown"),
        ("Many residents said the water was off.", "Many residents", "unknown"),
        ("Several witnesses said they heard two blasts.", "Several witnesses", "unknown"),
        ("Not a single parent said the rule was fair.", "Not a single parent", "unknown"),
        ("Your neighbors say the economy is worse.", "Your neighbors", "unknown"),
        ("Democrats' own witnesses said the deal was fine.", "Democrats' own witnesses", "unknown"),
        # ... nor a role that is not the head, a generic subject of a participle, a market trader
        (
            "The lawyer representing the parents said the review was slow.",
            "The lawyer representing the parents",
            "unknown",
        ),
        ("Tom Bell, a devout Catholic and father of three, said he was shocked.", "Tom Bell", "unknown"),
        ("A mother claiming she was abused has a strong case, lawyers say.", "A mother", "unknown"),
        ("One equities trader said the rally made no sense.", "One equities trader", "unknown"),
        # ngo: never through a pronoun; no health workers; no government watchdog; not a former head
        (
            "Tom Bell, a researcher at Human Rights Watch, said the camp was full. He said the food ran out.",
            "He",
            "unknown",
        ),
        (
            "Tom Bell, a researcher at Human Rights Watch, said the camp was full. He said the food ran out.",
            "Tom Bell",
            "ngo",
        ),
        ("Health workers said they would test the passengers.", "Health workers", "unknown"),
        ("Ann Roe, a former head of a charity, said the fund was misused.", "Ann Roe", "unknown"),
        # a surname borne by two people in the document: no category through it
        (
            "Ann Bell teaches in Ohio.\n\nTom Bell, a spokesman for Oxfam, said the camp was full. "
            "Bell said the food ran out.",
            "Bell",
            "unknown",
        ),
        (
            "Tom Bell, a spokesman for Oxfam, said the camp was full. Bell said the food ran out.",
            "Bell",
            "ngo",
        ),
        (
            "Omar Bell spoke of his son, Army Capt. Tom Bell, who died in 2004. Mr. Bell said his son was brave.",
            "Mr. Bell",
            "unknown",
        ),
        # military: "Gen." is no rank in "Attorney Gen."; a war-college academic is an expert
        ("Attorney Gen. Tom Bell said the guidance was clear.", "Attorney Gen. Tom Bell", "unknown"),
        ("Gen. Tom Bell said the troops were ready.", "Gen. Tom Bell", "military"),
        (
            "Attorney General Tom Bell spoke on Monday. Gen. Bell said the guidance was clear.",
            "Gen. Bell",
            "unknown",
        ),
        ("Tom Bell, a professor at the Naval War College, said the fleet was small.", "Tom Bell", "expert"),
    ],
)
def test_speaker_categories_twelfth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


# Eighteenth pass (lexprec18): non-speech senses and nouns taken for the cue (written sentences).
@pytest.mark.parametrize(
    ("text", "start", "end", "lemma", "stance", "expected"),
    [
        # a count as the object of "add": jobs or launchers added, not words
        ("Factories added 4,000 jobs in June.", 10, 15, "add", "neutral", None),
        ("The navy was adding three frigates to the fleet.", 13, 19, "add", "neutral", None),
        ("The mayor added that 40 homes were flooded.", 10, 15, "add", "neutral", "neutral"),
        ("The mayor added 40 homes were flooded.", 10, 15, "add", "neutral", "neutral"),
        # the singular noun heading a subject whose verb follows ("a city report found")
        ("A city report found that the bridge was unsafe.", 7, 13, "report", "neutral", None),
        ("The think tank report argued the levy was too high.", 15, 21, "report", "neutral", None),
        ("Engineers report that the bridge is unsafe.", 10, 16, "report", "neutral", "neutral"),
        ("The city report specifies four unsafe bridges.", 9, 15, "report", "neutral", None),
        # "think tank" is a noun compound; "think" with a clause stays a cue
        ("A think tank in Ohio said the levy was too high.", 2, 7, "think", "neutral", None),
        ("Voters think the levy is too high.", 7, 12, "think", "neutral", "neutral"),
    ],
)
def test_cue_sense_eighteenth_pass(text, start, end, lemma, stance, expected):
    assert cue_stance(text, start, end, lemma, stance) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # eighteenth pass: a group named by its stance towards an organisation is not that organisation
        ("Critics of the union said the contract was too generous.", "Critics of the union", "unknown"),
        ("Union officials said the contract was fair.", "Union officials", "official"),
    ],
)
def test_speaker_categories_eighteenth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed


@pytest.mark.parametrize(
    ("text", "speaker", "category"),
    [
        # eighteenth pass: a media role at another kind of organisation is not media
        ("Tom Bell, an editor of the Hill Climate Project, said the data were sound.", "Tom Bell", "unknown"),
        ("Tom Bell, an editor at the Daily Star, said the data were sound.", "Tom Bell", "media"),
    ],
)
def test_media_employer_eighteenth_pass(text, speaker, category):
    allowed = {"unknown", "missing"} if category == "unknown" else {category}
    assert categories(text).get(speaker, "missing") in allowed
