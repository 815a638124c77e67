import importlib.util
import warnings

import pandas as pd
import pytest
from conftest import ROOT, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.lexicons import LexiconError


def hedges(text):
    """(text, family, lemma, in_quote) of every hedge in one document."""
    out = fr.find_hedges(pd.DataFrame({"text": [text], "outlet": ["W"]}))
    return [(r.text, r.family, r.lemma, r.in_quote) for r in out.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels reportedly entered the city.", [("reportedly", "reportative", "reportedly")]),
        (
            "The army withdrew, according to local reports.",
            [("according to local reports", "reportative", "according to reports")],
        ),
        ("The commander is said to have fled.", [("is said to", "reportative", "be said to")]),
        ("Apparently the airport fell.", [("Apparently", "epistemic", "apparently")]),
        ("The toll is likely to rise.", [("likely", "epistemic", "likely")]),
        ("The allegedly stolen trucks were found.", [("allegedly", "distancing", "allegedly")]),
        ("The so-called rescue corridor was shelled.", [("so-called", "distancing", "so-called")]),
        (
            "The claims could not be independently verified.",
            [("could not be independently verified", "unverified", "could not be verified")],
        ),
        (
            "There was no immediate confirmation of the deaths.",
            [("There was no immediate confirmation", "unverified", "no immediate confirmation")],
        ),
        ("An unconfirmed video showed the square.", [("unconfirmed", "unverified", "unconfirmed")]),
    ],
)
def test_lexical_families(text, expected):
    assert [h[:3] for h in hedges(text)] == expected


@pytest.mark.parametrize(
    ("text", "modal"),
    [
        ("Casualties may be higher.", "may"),
        ("The figures may not be complete.", "may"),
        ("The strike might have killed dozens.", "might"),
        ("The toll could rise further.", "could"),
        ("The toll could well exceed a hundred.", "could"),
    ],
)
def test_epistemic_modals_match(text, modal):
    assert hedges(text) == [(modal, "epistemic", modal, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents may leave the city.",  # deontic: permission
        "Journalists may not enter the zone.",  # deontic: prohibition
        "They could not reach the town.",  # dynamic: ability
        "The fire could be seen from the hills.",  # ability
        "The offensive began in May before the talks.",  # the month
        "Theresa May has said so.",  # a name
        "The regime could not possibly win.",  # emphatic, not a hedge
    ],
)
def test_non_epistemic_modals_do_not_match(text):
    assert hedges(text) == []


def test_offsets_and_columns():
    text = 'The crowds cheered the "liberation" of the city, which reportedly fell.'
    out = fr.find_hedges(pd.DataFrame({"text": [text], "outlet": ["W"]}))
    assert list(out.columns) == [
        "doc_id",
        "outlet",
        "date",
        "start",
        "end",
        "text",
        "family",
        "lemma",
        "in_quote",
    ]
    assert out[["start", "end", "family", "lemma"]].values.tolist() == [
        [23, 35, "scare_quote", "liberation"],
        [55, 65, "reportative", "reportedly"],
    ]
    assert all(text[s:e] == t for s, e, t in zip(out.start, out.end, out.text))
    assert fr.provenance(out).startswith("Computed with framing")
    assert out.attrs["framing"]["lexicons"]["hedges"]["version"] == "1.5.0"


@pytest.mark.parametrize(
    "text",
    [
        '"We will take the city," the commander said.',  # a quoted sentence with its speaker
        'He called the offensive "a disaster".',  # a cue right before
        'The minister said the rebels were "terrorists".',  # a speaker in the sentence
        '"Terrorists," the agency said of the fighters.',  # opens the sentence
        'The film "Return to Homs" was shown.',  # a title
        'The statement read: "victory".',  # introduced by a colon
        'The residents waited for "a very long and cold night in the basement".',  # too long
    ],
)
def test_real_quotes_are_not_scare_quotes(text):
    assert [h for h in hedges(text) if h[1] == "scare_quote"] == []


def test_scare_quotes():
    assert hedges('The crowds celebrated the "liberation" of the town.') == [
        ('"liberation"', "scare_quote", "liberation", False)
    ]
    assert hedges("Some buses from the “moderates” had left.") == [
        ("“moderates”", "scare_quote", "moderates", False)
    ]


def test_in_quote_marks_the_sources_hedges():
    text = 'The monitor said: "Dozens were reportedly killed." Officials allegedly fled.'
    assert [(h[0], h[3]) for h in hedges(text)] == [("reportedly", True), ("allegedly", False)]


def test_document_without_hedges():
    out = fr.find_hedges(pd.DataFrame({"text": ["Nothing here."], "outlet": ["B"]}))
    assert len(out) == 0 and list(out.columns)[-3:] == ["family", "lemma", "in_quote"]


def test_n_jobs_gives_identical_results():
    texts = [
        f'Rebels reportedly advanced in area {i}; the toll may be higher. Yet the "truce" was kept and '
        "the deal allegedly held."
        for i in range(12)
    ]
    docs = pd.DataFrame({"text": texts, "outlet": ["A", "B", "C"] * 4})
    one = fr.find_hedges(docs)
    two = fr.find_hedges(docs, n_jobs=2)
    assert len(one) == 12 * 4
    pd.testing.assert_frame_equal(one, two)


def test_n_jobs_and_lexicon_errors():
    docs = pd.DataFrame({"text": ["x"], "outlet": ["A"]})
    with pytest.raises(
        ValueError,
        match=r"`n_jobs` must be a positive number of processes or -1 for all cores\. Got 0 instead\.",
    ):
        fr.find_hedges(docs, n_jobs=0)
    with pytest.raises(
        ValueError, match=r"`lexicon` must be a lexicon of kind 'hedges'; 'generic_frames' is"
    ):
        fr.find_hedges(docs, lexicon="generic_frames")


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('ab may be "x" reportedly. \n“”,:'))
        | st.characters(blacklist_categories=("Cs",)),
        max_size=120,
    )
)
def test_any_text_gives_valid_spans(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fr.FramingWarning)  # empty texts are dropped with a warning
        corpus = fr.Corpus.from_dataframe(pd.DataFrame({"text": [text], "outlet": ["W"]}))
    out = fr.find_hedges(corpus)
    if len(corpus) == 0:
        assert len(out) == 0
        return
    doc = corpus.docs["text"][0]
    for r in out.itertuples():
        assert 0 <= r.start < r.end <= len(doc)
        assert doc[r.start : r.end] == r.text
        assert r.family in fr.hedges.FAMILIES


# -- rates -------------------------------------------------------------------------------------
def test_hedge_rates_against_hand_counts():
    docs = pd.DataFrame(
        {
            "doc_id": ["a1", "a2", "b1"],
            "outlet": ["A", "A", "B"],
            "text": [
                "Rebels reportedly took the airport. The toll may be higher.",  # 10 words, 2 sentences
                "The army left.",  # 3 words, 1 sentence
                "Fighters allegedly looted shops.",  # 4 words, 1 sentence
            ],
        }
    )
    r = fr.hedge_rates(docs, n_boot=200)
    assert list(r.columns) == [
        "outlet",
        "family",
        "unit",
        "count",
        "total",
        "rate",
        "ci_low",
        "ci_high",
        "n_docs",
    ]
    row = r.set_index(["outlet", "family", "unit"])
    assert row.loc[("A", "all", "per_1000_words"), "count"] == 2
    assert row.loc[("A", "all", "per_1000_words"), "total"] == 13
    assert row.loc[("A", "all", "per_1000_words"), "rate"] == pytest.approx(2 / 13 * 1000)
    assert row.loc[("A", "all", "per_sentence"), "rate"] == pytest.approx(2 / 3)
    assert row.loc[("A", "epistemic", "per_sentence"), "rate"] == pytest.approx(1 / 3)
    assert row.loc[("B", "distancing", "per_1000_words"), "rate"] == pytest.approx(250.0)
    assert row.loc[("B", "reportative", "per_1000_words"), "count"] == 0
    assert row.loc[("A", "all", "per_sentence"), "n_docs"] == 2
    # Resampling A's two articles: rates 2/10*1000 (both a1), 2/13*1000 or 0 (both a2).
    lo, hi = row.loc[("A", "all", "per_1000_words"), ["ci_low", "ci_high"]]
    assert lo == pytest.approx(0.0) and hi == pytest.approx(200.0)
    assert len(r) == 2 * 6 * 2


def test_hedge_rates_own_voice_only():
    docs = pd.DataFrame({"text": ['He said: "They reportedly fled." It allegedly burned.'], "outlet": ["A"]})
    r = fr.hedge_rates(docs, include_quoted=False, by=None, n_boot=100)
    counts = r[r.unit == "per_sentence"].set_index("family")["count"]
    assert counts["reportative"] == 0 and counts["distancing"] == 1 and counts["all"] == 1


# -- lexicon schema ----------------------------------------------------------------------------
HEADER = "name: mine\nversion: 1\nkind: hedges\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "families:\n  vague:\n    entries: []\n",
            r"line 5, key `families.vague`: must be one of \['distancing', 'epistemic', 'reportative', 'unverified'\]",
        ),
        (
            "families:\n  epistemic:\n    entries:\n      - lemma: maybe\n        patterns: ['may|']\n",
            r"line 8, key `families.epistemic.entries.0.patterns.0`: the pattern has an empty alternative",
        ),
        (
            "families:\n  epistemic:\n    entries:\n      - lemma: may\n        patterns: [may]\n        modal: {negation: true}\n",
            r"line 9, key `families.epistemic.entries.0.modal`: needs a top-level `modal_rules` section",
        ),
        (
            "families:\n  epistemic:\n    entries:\n      - lemma: x\n        patterns: [x]\n        unless: [y]\n",
            r"line 9, key `families.epistemic.entries.0.unless`: must be one of",
        ),
        (
            "families:\n  epistemic:\n    entries:\n      - patterns: [x]\n",
            r"line 7, key `families.epistemic.entries.0`: the key `lemma` is required here",
        ),
        (
            "families: {}\nscare_quotes:\n  max_words: 0\n  window_before: 3\n  window_after: 3\n  cues: [said]\n",
            r"line 6, key `scare_quotes.max_words`: must be a positive integer; got 0",
        ),
    ],
)
def test_hedge_lexicon_errors_name_line_and_key(tmp_path, body, message):
    p = tmp_path / "mine.yaml"
    p.write_text(HEADER + body)
    with pytest.raises(LexiconError, match=r"Lexicon mine.yaml, " + message):
        fr.lexicons.load(p)


def test_user_extension_adds_a_hedge():
    lx = fr.lexicons.load("hedges").extend(
        {"families": {"distancing": {"entries": [{"lemma": "purported", "patterns": ["would-be"]}]}}}
    )
    out = hedges_with(lx, "The would-be mediator left.")
    assert out == [("would-be", "distancing")]


def hedges_with(lx, text):
    out = fr.find_hedges(pd.DataFrame({"text": [text], "outlet": ["W"]}), lexicon=lx)
    return [(r.text, r.family) for r in out.itertuples()]


# -- real data ---------------------------------------------------------------------------------
#: Precision per family recorded in benchmarks/RESULTS.md (all judged matches still found).
RECORDED = {
    "reportative": 1.000,
    "epistemic": 0.975,
    "distancing": 0.960,
    "unverified": 1.000,
    "scare_quote": 0.854,
    "all": 0.935,
}


@pytest.mark.realdata
def test_recorded_hedge_precision_holds():
    shared_path("babe", "sentences.csv")
    shared_path("allsides", "media_train.jsonl.gz")
    spec = importlib.util.spec_from_file_location("bench_hedges", ROOT / "benchmarks" / "bench_hedges.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    sample = pd.read_csv(bench.SAMPLE)
    res = bench.score(sample).set_index("family")
    # The stored judgements still describe the current matches (recorded in RESULTS.md: 230 of
    # the 413 judged; the others were dropped by rule changes, the scare-quote rules of 1.2.0 to
    # 1.5.0 most of them) ...
    assert res.loc["all", "judged"] == 413
    assert res.loc["all", "still_found"] == 230
    # ... the scare quotes judged correct that 1.5.0 still finds: 45 of the 119 of rounds
    # tuning-6 (development data) and the 25 of 34 of held-out round 7, drawn from 1.5.0 ...
    assert res.loc["scare_quote", "correct"] == 70
    # ... the held-out figure of round 7 (seventh pass: 0.735, Wilson 95% 0.569-0.854) ...
    r7 = bench.score(sample[sample["round"] == "heldout7"]).set_index("family").loc["scare_quote"]
    assert (r7["still_found"], r7["correct"]) == (34, 25)
    assert r7["precision"] == pytest.approx(0.735, abs=0.001)
    # ... and the precision recorded from them holds.
    for fam, p in RECORDED.items():
        assert res.loc[fam, "precision"] == pytest.approx(p, abs=0.03), fam


# -- the one-scan matcher gives what a scan per entry gives ------------------------------------
def _lexical_per_entry(text, c):
    """The straightforward reference: every entry's pattern scanned over the whole text."""
    from framing.hedges import _DEFINED_AFTER, _PROPER_NAME_AFTER, _epistemic_modal

    found = []
    for e in c.entries:
        for m in e.pattern.finditer(text):
            s, t = m.span()
            if e.not_followed_by is not None and e.not_followed_by.match(text, t):
                continue
            if e.not_preceded_by is not None and e.not_preceded_by.search(text[max(0, s - 80) : s]):
                continue
            if e.modal_negation is not None and not _epistemic_modal(text, s, t, e.modal_negation, c):
                continue
            if e.naming and (_PROPER_NAME_AFTER.match(text, t) or _DEFINED_AFTER.match(text, t)):
                continue
            found.append((s, t, e.family, e.lemma))
    found.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept, last = [], -1
    for r in found:
        if r[0] >= last:
            kept.append(r)
            last = r[1]
    return kept


_PIECES = [
    "reportedly", "Reportedly", "REPORTEDLY", "can't", "couldn't", "can't independently verify",
    "could not be verified", "is said to", "was", "there", "it is reported that", "may be", "May",
    "so-called", "non-so-called", "allegedly", "alleged that", "likely", "more likely", "appeared to",
    "İstanbul", "ſo-called", "ı", "K", "un-", "'", "’", ".", " ", "\n", '"', "x",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_one_scan_matches_scan_per_entry(text):
    from framing.hedges import _compile, _lexical_hedges

    c = _compile(fr.lexicons.load("hedges"))
    assert _lexical_hedges(text, c) == _lexical_per_entry(text, c)


@pytest.mark.parametrize(
    "text",
    [
        "Officials couldn't independently verify it.",
        "İstanbul sources: rebels reportedly fled.",  # lower-casing changes the length here
        "They can't confirm it; it was reportedly true.",
        "so-called Reportedly",  # naming entry before a capital: skipped by both (found by hypothesis)
    ],
)
def test_one_scan_special_cases(text):
    from framing.hedges import _compile, _lexical_hedges

    c = _compile(fr.lexicons.load("hedges"))
    got = _lexical_hedges(text, c)
    assert got and got == _lexical_per_entry(text, c)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The so-called rescue corridor was shelled.", True),
        ("He mocked her so-called right to choose.", True),
        ('The plan, the so-called "Eagle Plan," which would be worse, failed.', True),
        ("He sat on the so-called Group of Seven.", False),  # a proper name
        ('States deployed so-called "Albert monitors," devices that detect intrusions.', False),
        ('States use so-called "X monitors," which are costly.', True),  # comment, not definition
        ("The allowance for so-called recess appointments was old.", False),  # bare after "for"
    ],
)
def test_so_called_naming_rules(text, found):
    assert [h[2] for h in hedges(text)] == (["so-called"] if found else [])


def test_quote_after_subject_pronoun_is_a_partial_quote():
    assert [
        h for h in hedges('She likes him because he "refuses to bend" on taxes.') if h[1] == "scare_quote"
    ] == []
    assert [h[0] for h in hedges('The town backs the "reform" of taxes.')] == ['"reform"']


# -- scare quotes: the sentence-wide speaker check (hedges 1.2.0) ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'President Smith last month unveiled a "blueprint" to cut prices.',  # a name before it
        'The war against Smith’s "invisible enemy" goes on.',  # a possessive of a name
        'The war against the president\'s "invisible enemy" goes on.',  # a possessive of a role noun
        'The owner likes the plan because they "refuse to bend" on taxes.',  # a pronoun subject
        'The owner praised their "fighting spirit" in the match.',  # "their" right before it
        'Critics contended it was a "fig leaf" for the cuts.',  # a speech verb anywhere
        'A "pointed threat" came before the raid, the paper reported.',  # a cue after the window
        'It is that "probably" that worries the generals.',  # a word mentioned as a word
        'The idea of a "thin blue line" is old.',  # a phrase mentioned as a phrase
        'The ban applies to the word "refugee" in forms.',  # a mention word
        'Watch "#newshour" on Sunday at noon.',  # a hashtag is a name
        'Tariffs are "economic nationalism" at work.',  # several words without a determiner
        'Smith blasted the "free-loading" nature of the alliance.',  # a name and a cue
    ],
)
def test_scare_quotes_need_a_sentence_without_speaker(text):
    assert [h for h in hedges(text) if h[1] == "scare_quote"] == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # The definite outlet-voice nominal: one or two lower-case words after "the" that end
        # their noun phrase, in a sentence with nobody who could have used the word (1.4.0).
        ('The crowds celebrated the "liberation" of the town.', "liberation"),
        ('But the "young outsiders" do share the old views.', "young outsiders"),
        # A name after the quote is not its user.
        ('It did not take long for the "nuclear option" to come back to the Senate.', "nuclear option"),
        # A sentence-initial word that the document also uses in lower case is not a name.
        ('Markets fell, as markets do. Markets still await the "recovery" of prices.', "recovery"),
    ],
)
def test_scare_quotes_in_the_outlets_voice(text, lemma):
    assert [h[2] for h in hedges(text) if h[1] == "scare_quote"] == [lemma]


def test_scare_quote_speaker_lexicons_are_recorded():
    out = fr.find_hedges(pd.DataFrame({"text": ['The "reform" failed.'], "outlet": ["W"]}))
    assert set(out.attrs["framing"]["lexicons"]) == {"hedges", "reporting_verbs", "speaker_roles"}


def test_scare_quote_speaker_lexicon_of_the_wrong_kind(tmp_path):
    import yaml

    text = (ROOT / "framing" / "lexicons" / "data" / "hedges.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["name"] = "hedges_wrong"
    data["scare_quotes"]["speakers"]["verbs"] = "speaker_roles"
    path = tmp_path / "hedges_wrong.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"^`scare_quotes.speakers.verbs` must name a lexicon of kind 'reporting_verbs'; "
    ):
        fr.find_hedges(pd.DataFrame({"text": ['The "reform" failed.']}), lexicon=path)


# -- scare quotes: precision-first rules (hedges 1.3.0) ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # Several words only as a definite nominal: after "a"/"an" it names somebody's proposal.
        'Some delegates want a "conscience clause" in the rules.',
        'The test is whether a rule places an "undue burden" on patients.',
        # ... and only when the quote ends its noun phrase (otherwise it names a thing).
        'The state passed the "red flag" law last spring.',
        # Four words are too many.
        'Crowds cheered the "new dawn for all" last night.',
        # The quoted word stands inside a longer quotation elsewhere: the source's word echoed.
        '"The whole plan is a disaster for us," one farmer said. The hall was full. '
        'The "disaster" was then debated for an hour.',
        # The sentence before holds a cue: the quote may carry on that speaker's words.
        "The mayor spoke to reporters on Monday. It was, she added, a bad week. "
        'Prices are "unfair" to families.',
        # Titles of works and "named" mark a name.
        'Critics loved the film "homecoming" this year.',
        'Their dog, named "biscuit", ran off.',
    ],
)
def test_scare_quote_precision_first_rules(text):
    assert [h for h in hedges(text) if h[1] == "scare_quote"] == []


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # A definite nominal of two words, ending its noun phrase, before an auxiliary.
        ('Yet the "quick fix" did not last the winter.', "quick fix"),
        # A word repeated from a quotation of the same length or shorter is not an echo.
        ('The "experts" were wrong again, as the "experts" often are.', "experts"),
    ],
)
def test_scare_quotes_kept_by_the_precision_first_rules(text, lemma):
    assert [h[2] for h in hedges(text) if h[1] == "scare_quote"][:1] == [lemma]


# -- scare quotes: only where the text shows the outlet's distancing (hedges 1.4.0) ------------
@pytest.mark.parametrize(
    "text",
    [
        'State TV hailed the "liberation" of the town.',  # a name (and a speech verb)
        'Moscow cheered the "reopening" of the port.',  # a capitalised first word never lower-case
        # After "so-called" the quote mostly names a policy, a legal category or a document.
        'That is what so-called "budget hawks" fear most.',
        'It was a bold move by the so-called "junior" member.',
        'The so-called "fast lane" rule lets a bill skip the floor.',
        # The words stand unquoted just before: a term the text introduced, or a source's wording.
        'The plan links the parks, which act as islands. It builds roads between the "islands" as well.',
        'Most hives sit in the north. The bees fly between the "hives" of the valley.',
        # A popular name introduced by "known ... as".
        'The recorder (known popularly as the "black box") was found.',
        # An event can be the user of the word.
        'The event also featured the "grand opening" of the hall.',
        'The looting shows it is not "justice" that the crowd wants.',  # not after "the"
        'It’s a "reform" in name only.',  # after "a": a proposal's or standard's name
        'The critics of the levy fear the "reform" of taxes.',  # a source noun before it
        'Few of them trust the "surge" of prices.',  # a pronoun before it
        'The union’s members back the "reform" of pay.',  # a possessive of a common noun
        'The troops reportedly left the "buffer" in place.',  # a reported claim
        'Buyers face the "monopsony", which is a market with one buyer.',  # a term defined after it
        'Buyers face the "monopsony" - a market with one buyer.',  # the same with a dash
        'It was the "never" of the vote that stuck.',  # a function word mentioned as a word
        'The "vast majority" of owners will pay more, concludes the study.',  # a cue after it
    ],
)
def test_scare_quotes_need_the_texts_own_distancing(text):
    assert [h for h in hedges(text) if h[1] == "scare_quote"] == []


def test_scare_quote_source_nouns_must_be_single_words(tmp_path):
    import yaml

    data = yaml.safe_load(
        (ROOT / "framing" / "lexicons" / "data" / "hedges.yaml").read_text(encoding="utf-8")
    )
    data["name"] = "hedges_nouns"
    data["scare_quotes"]["speakers"]["source_nouns"] = ["critics", "press office"]
    path = tmp_path / "hedges_nouns.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(
        ValueError,
        match=r"key `scare_quotes\.speakers\.source_nouns\.1`: must be a single word; got 'press office'",
    ):
        fr.lexicons.load(path)


# -- scare quotes: evaluative modifiers and term vetoes (hedges 1.5.0) ------------------------
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # An evaluative word quoted right before the noun it modifies.
        ('Even "respectable" shops sell the stuff now.', "respectable"),
        ('It was sold for years as a "harmless" hobby for kids.', "harmless"),
        ('Few remember how the "moderate" wing lost its grip.', "moderate"),
    ],
)
def test_scare_quotes_evaluative_modifiers(text, lemma):
    assert [h[2] for h in hedges(text) if h[1] == "scare_quote"] == [lemma]


@pytest.mark.parametrize(
    "text",
    [
        'Many towns now fit "hardened" door locks.',  # a technical modifier, no evaluation
        'Few remember how the "moderate" tax rose.',  # an evaluative word before a term noun
        'The first version of the "travel ban" was struck down.',  # a term noun in the quote
        'The "normalization" of the race soon became a buzzword.',  # presented as a term
        # A source's longer quotation in the same sentence.
        'The "allegation" is that the firm "moved money through three shell companies" for years.',
        'Then someone removed the "draft" or "final" stamp from the file.',  # quoted alternatives: labels
        # The next sentence discusses the quoted words as words.
        'Since the spring, shoppers have done without the "extras". How each town defines that phrase differs.',
        'It "surged" more agents to the border.',  # right after "it": the subject's own word
        'In such trials, juries must weigh the "gravity" of the case.',  # juries use the word
    ],
)
def test_scare_quote_term_vetoes(text):
    assert [h for h in hedges(text) if h[1] == "scare_quote"] == []


@pytest.mark.parametrize("key", ["term_nouns", "evaluative"])
def test_scare_quote_word_lists_must_be_single_words(tmp_path, key):
    import yaml

    data = yaml.safe_load(
        (ROOT / "framing" / "lexicons" / "data" / "hedges.yaml").read_text(encoding="utf-8")
    )
    data["name"] = "hedges_lists"
    data["scare_quotes"]["speakers"][key] = ["fine", "two words"]
    path = tmp_path / "hedges_lists.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(
        ValueError, match=rf"key `scare_quotes\.speakers\.{key}\.1`: must be a single word; got 'two words'"
    ):
        fr.lexicons.load(path)
