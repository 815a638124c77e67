"""The fast paths of the extractors give exactly what the plain forms they replace give.

Each speed-up of issue 10 (round 5) swaps a slow construction for a faster one that must not
change a single span: a trie for a longest-first alternation, a tree of first-letter gates for a
flat list of them, a first-letter dispatch for a yes/no cue search, a lookup in the shared
sentences for a re-split of one line, a substring screen before tokenising a sentence. These
tests compare each with the plain form on written and generated text.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing._mapping import Doc
from framing._phrases import phrase_regex, trie_pattern
from framing.labels import _gated_union, pattern_source
from framing.text import normalize, sentence_at

WORD = st.text(alphabet="abcdeisty", min_size=1, max_size=6)
TEXT = st.text(alphabet="abcdeisty ABT.,-'\n", max_size=120)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=12), text=TEXT)
def test_trie_matches_like_longest_first_alternation(words, text):
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    trie = re.compile(trie_pattern(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=25), text=TEXT)
def test_gate_tree_matches_like_flat_alternation(words, text):
    sources = list(dict.fromkeys(pattern_source(w) for w in words))
    tree = _gated_union(sources)
    flat = re.compile(
        r"(?<!\w)(?=\w)(?:" + "|".join(f"({s})" for s in sorted(sources, key=len, reverse=True)) + ")",
        re.IGNORECASE,
    )
    assert tree is not None
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_gate_tree_keeps_group_owners():
    # More first letters than one level of the tree holds: the owner of the matching group is
    # still found from the group number.
    import framing.labels as lb

    by_pattern = {
        pattern_source(w): [w] for w in ["army", "civilians", "militants", "rebels", "troops", "jets"]
    }
    owners: dict[int, list[str]] = {}
    rx = lb._gated_union(by_pattern, owners)  # type: ignore[arg-type]
    assert rx is not None
    found = [owners[m.lastindex or 0][0] for m in rx.finditer("Rebels fired at troops; jets hit the army.")]
    assert found == ["rebels", "troops", "jets", "army"]


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="saidtoldclaimsx ,.-'\n", max_size=80))
def test_scare_quote_cue_search_finds_what_the_alternation_finds(text):
    from framing.hedges import _alternation, _any_of

    cues = ["say*", "said", "told", "claim*", "according to", "call|calls|called"]
    fast, plain = _any_of(cues), re.compile(_alternation(cues), re.IGNORECASE)
    assert fast.pattern != plain.pattern  # the dispatched form is in use
    for lo in range(0, len(text) + 1, 7):
        for hi in range(lo, len(text) + 1, 11):
            assert (fast.search(text, lo, hi) is None) == (plain.search(text, lo, hi) is None)


def test_scare_quote_cue_search_keeps_plain_form_for_odd_patterns():
    from framing.hedges import _alternation, _any_of

    odd = ["-based", "said"]  # a pattern that starts with a hyphen is not dispatched
    assert _any_of(odd).pattern == re.compile(_alternation(odd), re.IGNORECASE).pattern
    assert phrase_regex("-based").startswith("(?<!")


SENTENCES = (
    "The mayor said the bridge would reopen. Gen. Lane disagreed!\n"
    "A second line, without a stop\n\n"
    '  "Is it safe?" asked one resident. Others waited...   Then U.S. officials left.\n'
)


@pytest.mark.parametrize("split_first", [False, True])
def test_doc_sentence_at_equals_sentence_at(split_first):
    d = Doc(SENTENCES)
    if split_first:
        assert d.sentences  # the lookup then uses the split sentences
    for pos in range(-1, len(SENTENCES) + 1):
        assert d.sentence_at(pos) == sentence_at(SENTENCES, pos), pos


@settings(max_examples=80, deadline=None)
@given(text=st.text(alphabet='ab. ?!"\nA', max_size=80))
def test_doc_sentence_at_equals_sentence_at_any_text(text):
    d = Doc(text)
    _ = d.sentences
    for pos in range(len(text)):
        assert d.sentence_at(pos) == sentence_at(text, pos)


def test_quotes_of_text_without_marks_is_empty():
    assert fr.text.quotes("No quotation here.\n\nNor here.") == []
    assert Doc("Nothing quoted.").quotes == []


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Rebels", "killed", "shelled", "skilled", "the", "town", "were", "Shot", ".", "\n"]),
        max_size=30,
    )
)
def test_agency_form_screen_changes_nothing(words):
    from framing import lexicons
    from framing.agency import _doc_records, _rules

    text = " ".join(words)
    rules = _rules(lexicons.load("harm_verbs"))
    assert rules.form_re is not None
    fast = _doc_records(Doc(text), rules)
    rules.form_re = None  # the plain path: every sentence tokenised
    assert _doc_records(Doc(text), rules) == fast


def test_annotate_written_article_equals_single_functions():
    text = (
        'Rebels reportedly shelled the town, killing three people, the monitor said. "It was a '
        'massacre," said Dana Reyes, a resident. The government called the fighters "terrorists."\n\n'
        "Officials were unable to confirm the toll. The army denied it."
    )
    docs = pd.DataFrame({"text": [text, text.upper(), "Nothing here."], "outlet": ["A", "B", "C"]})
    got = fr.annotate(docs, progress=False)
    single = {
        "labels": fr.find_labels(docs, progress=False),
        "quotes": fr.extract_quotes(docs, progress=False),
        "hedges": fr.find_hedges(docs, progress=False),
        "agency": fr.find_agency(docs, progress=False),
    }
    for name, df in single.items():
        pd.testing.assert_frame_equal(got[name].reset_index(drop=True), df.reset_index(drop=True))
    assert len(got["hedges"]) and len(got["agency"]) and len(got["quotes"])


# -- round 6: _cues.py and _full_mention ---------------------------------------------------------
import framing._cues as cues  # noqa: E402
from framing.quotes import _word_occurrences  # noqa: E402

FOLDED = "İıſ\u212a"  # characters that (?i) matches with an ASCII letter other than its own cases
CUE_TEXT = st.text(
    alphabet=list("ifunlesswhetrdyoahvckpbgIFSKWHYO '’.-_,;:(\n\"?") + list(FOLDED) + ["é", "2"],
    max_size=90,
)


def test_caseless_letters_are_every_character_ignorecase_matches():
    import sys

    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall("(?i)" + letter, every))
        assert matched == {letter, letter.upper(), *cues._CASE_FOLDS.get(letter, "")}


@pytest.mark.parametrize(
    "source", [cues._BOILERPLATE_SOURCE, cues._QUESTION_BEFORE_SOURCE, cues._CONDITIONAL_SOURCE]
)
@settings(max_examples=150, deadline=None)
@given(text=CUE_TEXT)
def test_caseless_pattern_matches_like_ignorecase(source, text):
    plain = re.compile("(?i)" + source)
    fast = cues._caseless(source)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_caseless_refuses_what_it_cannot_rewrite():
    for source in ["[a-z]+", "(?i)x", "(?P<n>x)", "é"]:
        with pytest.raises(ValueError, match="`source`"):
            cues._caseless(source)


PHRASES = ["Privacy Policy", "terms of use", "TERMS OF SERVICE", "cookie", "Sign up", "subscribe"]
PHRASES += ["newsletter", "i have read", "İ have read", "ı have read", "click here", "Please Check"]
PHRASES += ["all rights reserved", "ſubscribe", "coo\u212aie", "says", " ", "\n", ",", "signup", "I Have"]
PHRASE_TEXT = st.lists(
    st.sampled_from(PHRASES),
    max_size=12,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=PHRASE_TEXT, lo=st.integers(0, 120), width=st.integers(0, 120))
def test_boilerplate_window_answer_equals_window_search(text, lo, width):
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    plain = cues._BOILERPLATE.search(text[lo:hi]) is not None
    assert plain == (re.search("(?i)" + cues._BOILERPLATE_SOURCE, text[lo:hi]) is not None)
    assert cues._boilerplate_near(text, lo, hi) == plain


@settings(max_examples=200, deadline=None)
@given(text=CUE_TEXT)
def test_gated_cue_checks_equal_their_patterns(text):
    assert cues._conditional(text) == (cues._CONDITIONAL.search(text) is not None)
    assert cues._question_before(text) == (cues._QUESTION_BEFORE.search(text) is not None)
    gated = bool(
        cues._NEGATED_OR_HYPOTHETICAL_GATE.search(text) and cues._NEGATED_OR_HYPOTHETICAL.search(text)
    )
    assert gated == bool(cues._NEGATED_OR_HYPOTHETICAL.search(text))


@settings(max_examples=300, deadline=None)
@given(text=CUE_TEXT, start=st.integers(0, 100))
def test_word_before_equals_its_regex(text, start):
    start = min(start, len(text))
    m = cues._WORD_BEFORE.search(text, max(0, start - 40), start)
    assert cues._word_before(text, start) == (m.group(1) if m else "")


def test_word_before_written_cases():
    assert cues._word_before("as the U.S. claims", 12) == "U.S."
    assert cues._word_before("Trump's claims", 8) == "Trump's"
    assert cues._word_before('"-- claims', 4) == "--"
    assert cues._word_before("... claims", 4) == "..."
    assert cues._word_before("  claims", 2) == ""


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="Kab-_ é1\n", max_size=60),
    word=st.text(alphabet="Kab-", min_size=2, max_size=3),
    lo=st.integers(0, 60),
    width=st.integers(0, 60),
)
def test_word_occurrences_equal_per_word_pattern(text, word, lo, width):
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    plain = [
        (lo + m.start(), lo + m.end())
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text[lo:hi])
    ]
    assert _word_occurrences(text, word, lo, hi) == plain


def test_cue_stance_unchanged_on_written_sentences():
    # Each line exercises one gated check: boilerplate, a question, a condition, a negation,
    # furniture and the word before a noun use.
    cases = [
        ("Click here to subscribe. He said it was over.", "said", "neutral", None),
        ("He said it was over. We value your privacy.", "said", "neutral", "neutral"),
        ("Are you saying that it failed?", "saying", "neutral", ""),
        ("If she claims that it worked, nobody will care.", "claims", "distancing", ""),
        ("Officials did not confirm the toll.", "confirm", "endorsing", ""),
        ("Police Say Suspect Fled The Scene\nMore Videos", "Say", "neutral", None),
        ("They rejected Russia's claims of a truce.", "claims", "distancing", None),
    ]
    lemmas = {"said": "say", "saying": "say", "claims": "claim", "confirm": "confirm", "Say": "say"}
    for text, form, stance, expected in cases:
        start = text.index(form)
        got = cues.cue_stance(text, start, start + len(form), lemmas[form], stance)
        assert got == expected, text


HINTS = ["Anonymity", "named", "IDENTIFIED", "authorised", "Authorized", "permitted", "allowed"]
HINTS += ["withheld", "familiar", "close to", "Give her", "give their", "give his", "gıve his"]
HINTS += ["İdentified", "clo\u017fe to", "rename", "closeto", " ", "\n", ",", "said"]


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(st.sampled_from(HINTS), max_size=12).map("".join),
    lo=st.integers(0, 120),
    width=st.integers(0, 120),
)
def test_anonymity_hint_window_answer_equals_window_search(text, lo, width):
    from framing.quotes import _ANON_HINT, _anon_hint

    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    assert _anon_hint(text, lo, hi) == (_ANON_HINT.search(text, lo, hi) is not None)


@settings(max_examples=300, deadline=None)
@given(
    window=st.lists(
        st.sampled_from(["Ab", "Kirby", "ab", "AB", "ıb", "a", "an", "the", "x-y", ",", " ", "\n", "’", "İ"]),
        max_size=14,
    ).map("".join),
    head=st.sampled_from(["ab", "b", "kirby", "x-y", "é"]),
)
def test_description_gate_is_a_necessary_condition(window, head):
    from framing.quotes import _description_re, _may_describe

    if _description_re(head).search(window):
        assert _may_describe(window, head)
    if head not in window.lower():
        assert not _may_describe(window, head)


def test_description_gate_written_cases():
    from framing.quotes import _may_describe

    assert _may_describe("said spokesman John Kirby on", "spokesman")
    assert _may_describe("John Kirby, a Pentagon spokesman, said", "spokesman")
    assert not _may_describe("the spokesman said that", "spokesman")
    assert not _may_describe("no such word here", "spokesman")


def test_phrase_lists_spell_out_their_patterns():
    # The phrase lists must list every string their pattern matches: edit both together.
    from framing.quotes import _ANON_HINT, _ANON_HINT_PHRASES

    assert _ANON_HINT.pattern == (
        r"(?i)anonym|named|identified|authori[sz]ed|permitted|allowed|withheld|familiar|close to|give (?:his|her|their)"
    )
    assert all(_ANON_HINT.fullmatch(p) for p in _ANON_HINT_PHRASES) and len(_ANON_HINT_PHRASES) == 13
    assert cues._BOILERPLATE_SOURCE == (
        r"privacy policy|terms of (?:use|service)|cookie|sign up|subscribe|newsletter|"
        r"i have read|(?:please|click) (?:enter|select|check|here)|all rights reserved"
    )
    assert all(cues._BOILERPLATE.fullmatch(p) for p in cues._BOILERPLATE_PHRASES)
    assert len(cues._BOILERPLATE_PHRASES) == 17


def _normalize_plain(text: str) -> str:
    import unicodedata

    from framing.text import _CONTROL, _INVISIBLE, _SPACES

    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    return _CONTROL.sub("", text.translate(_INVISIBLE).translate(_SPACES))


_SPECIAL = "\u200b\u200c\u200d\u2060\ufeff\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\u2028\u2029\r\n\t\x00\x7fe\u0301"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_SPECIAL + "ab .")) | st.characters(), max_size=60))
def test_normalize_skips_translate_only_when_nothing_would_change(text):
    # normalize() translates only texts holding a character of its two tables.
    assert normalize(text) == _normalize_plain(text)


def test_normalize_translate_table_covers_every_mapped_character():
    from framing.text import _INVISIBLE, _SPACES, _TRANSLATED

    for code in [*_INVISIBLE, *_SPACES]:
        assert _TRANSLATED.search("x" + chr(code) + "y"), hex(code)
    assert normalize("a\u00a0b\u200bc\r\nd") == "a bc\nd"


# Round 7: the label union is tried only where a lowercase literal prefix of a pattern occurs.
PREFIX_WORD = st.text(alphabet="abkisty", min_size=3, max_size=6)
FOLD_TEXT = st.text(alphabet="abkisty ABKIST.-'\n\u0130\u0131\u017f\u212a\u00e9", max_size=120)


def _search_loop(rx, text):
    spans, pos = [], 0
    while pos < len(text):
        hit = rx.search(text, pos)
        if hit is None:
            break
        s, e = hit.span()
        pos = e if e > s else s + 1
        if e > s:
            spans.append((s, e, hit.lastindex))
    return spans


@settings(max_examples=200, deadline=None)
@given(words=st.lists(PREFIX_WORD, min_size=1, max_size=12), text=FOLD_TEXT, opt=st.booleans())
def test_prefix_candidates_find_what_the_search_loop_finds(words, text, opt):
    from framing.labels import _hits, _prefixes

    pats = [f"(?:{w[0]} )?{w}s?" if opt else w for w in words]  # optional leading part too
    sources = list(dict.fromkeys(pattern_source(p) for p in pats))
    rx = _gated_union(sources)
    prefixes = _prefixes(sources, cut=4)
    assert rx is not None and prefixes is not None
    fast = [(m.start(), m.end(), m.lastindex) for m in _hits(rx, text, prefixes)]
    assert fast == _search_loop(rx, text)
    assert [(m.start(), m.end(), m.lastindex) for m in _hits(rx, text, None)] == _search_loop(rx, text)


def test_literal_prefixes_of_written_patterns():
    from framing.labels import _prefixes

    src = [
        pattern_source(p)
        for p in ["(?:non-state )?armed groups?", "rebels?", {"pattern": "HTS", "case_sensitive": True}]
    ]
    assert _prefixes(src, cut=5) == ("armed", "hts", "non-s", "rebel")
    assert _prefixes([pattern_source("[a-z]+ forces")]) is None  # starts with a class: unknown
    assert _prefixes([pattern_source("us troops?")]) == ("us tr",)
    assert _prefixes([pattern_source("us")]) is None  # under three characters: too common


def test_label_prefix_shortcut_on_written_text_with_folding_characters():
    # "ſ" and the Kelvin sign match "s" and "k" case-insensitively but do not lowercase to them:
    # such a text is searched with the regex as before, and the mention is still found.
    from framing.labels import _hits, _prefixes

    sources = [pattern_source("rebels"), pattern_source("kurds")]
    rx = _gated_union(sources)
    assert rx is not None
    for text in ["The REBELS and the Kurds met.", "The rebelſ and the \u212aurds met."]:
        got = [m.span() for m in _hits(rx, text, _prefixes(sources))]
        assert got == [(4, 10), (19, 24)]


def test_folds_to_ascii_lists_every_character_ignorecase_maps_to_ascii():
    from framing.labels import _FOLDS_TO_ASCII

    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = [chr(i) for i in range(128, 0x110000) if ascii_class.fullmatch(chr(i))]
    assert sorted(found) == sorted(_FOLDS_TO_ASCII)
    longer = [chr(i) for i in range(0x110000) if len(chr(i).lower()) != 1]
    assert set(longer) <= set(_FOLDS_TO_ASCII)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="kilsdhotwarmy -.'\nKSW\u00e9", max_size=100))
def test_agency_context_search_answers_like_the_plain_alternation(text):
    import framing.agency as ag

    rules = ag._rules(fr.lexicons.load("harm_verbs"))
    assert rules.context is not None and rules.context_plain is not None
    assert rules.context.pattern != rules.context_plain.pattern  # the dispatched form is in use
    assert (rules.context.search(text) is None) == (rules.context_plain.search(text) is None)


def test_agency_context_written_sentences():
    import framing.agency as ag

    ctx = ["kill(?:s|ed)?", "shot|army"]
    plain = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in ctx) + r")\b", re.I)
    fast = ag._context_regex(ctx, plain)
    assert fast is not plain
    for text, found in [("The ARMY moved.", True), ("Skilled workers.", False), ("He was shot.", True)]:
        assert (fast.search(text) is not None) is found
    # A pattern that may start with a non-word character keeps the plain form.
    assert ag._context_regex(["-?war"], plain) is plain


# -- Round 8: "according to" found with str.find, one lower-cased text per document -----------
from framing.quotes import _ACCORDING_TO, _according_to  # noqa: E402

ACCORDING_TEXT = st.text(alphabet="acordingt ACORDINGT\n,.xıİ\u212a", max_size=90) | st.builds(
    lambda a, b: a + "according to" + b,
    st.text(alphabet="aXı İ,\n", max_size=8),
    st.text(alphabet=" \n\tsS", max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(text=ACCORDING_TEXT)
def test_according_to_finds_what_finditer_finds(text):
    got = [m.span() for m in _according_to(text, text.lower())]
    assert got == [m.span() for m in _ACCORDING_TO.finditer(text)]


def test_according_to_written_cases():
    text = "According to the mayor, the bridge is shut.\nThe toll rose, according to  two nurses; xaccording to no one."
    assert [m.group() for m in _according_to(text, text.lower())] == ["According to ", "according to  "]
    odd = "ACCORDıNG TO the ministry, the road is open."  # dotless i: the plain pattern is used
    assert [m.span() for m in _according_to(odd, odd.lower())] == [(0, 13)]


def test_only_dotted_and_dotless_i_fold_to_the_letters_of_according_to():
    letters = re.compile(r"[acordingt ]", re.IGNORECASE)
    found = [chr(i) for i in range(128, 0x110000) if letters.fullmatch(chr(i))]
    assert found == ["\u0130", "\u0131"]  # "İ" also lower-cases to two characters


def test_doc_lower_is_shared_and_equals_text_lower():
    d = Doc("Rebels SAID İt")
    assert d.lower == "rebels said i̇t" and d.lower is d.lower


# -- Round 8: Punkt only between plain breaks -------------------------------------------------
def _punkt_lines(text: str) -> list[tuple[int, int]]:
    """``sentences`` with Punkt on every whole line (the two corrections included)."""
    from framing.text import _punkt_line_sentences, paragraphs

    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        pos = ps
        for line in text[ps:pe].split("\n"):
            if line.strip():
                _punkt_line_sentences(line, pos, out)
            pos += len(line) + 1
    return out


_SENT_PIECES = [
    "said",
    "Gen",
    "U.S",
    "2015",
    "3.5",
    "He",
    "The",
    "a",
    "J",
    "Mr",
    "Smith",
    "no",
    "Army",
    "e.g",
]
_SENT_MARKS = [
    ".",
    ". ",
    "? ",
    "! ",
    " ",
    "  ",
    ", ",
    "“",
    "”",
    '"',
    "’",
    "(",
    ")",
    "...",
    "?!",
    ".)",
    ' "',
    " (",
    "--",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENT_PIECES + _SENT_MARKS), max_size=40).map("".join))
def test_sentences_with_punkt_between_plain_breaks_equal_punkt_on_the_line(text):
    from framing.text import sentences

    assert sentences(text) == _punkt_lines(text)


def test_sentences_punkt_stretch_written_line():
    from framing.text import _easy_prefix, _plain_break_after, sentences

    t = "The army left. It said so ... Then J. Smith came back. He stayed. The U.S. agreed."
    spans, rest, hard = _easy_prefix(t)
    assert spans == [(0, 14)] and rest == 15 and t[hard : hard + 3] == "..."
    assert _plain_break_after(t, hard) == (t.index(" He"), t.index("He"))  # after "back."
    assert [t[s:e] for s, e in sentences(t)] == [
        "The army left.",
        "It said so ... Then J. Smith came back.",
        "He stayed.",
        "The U.S. agreed.",
    ]
    assert sentences(t) == _punkt_lines(t)
    # A plain break whose word follows a quote mark, not a space, does not end a Punkt stretch.
    q = 'It said so... "Fine. Then he left. We stayed.'
    assert _plain_break_after(q, q.index("...")) == (q.index(" We"), q.index("We"))
    assert sentences(q) == _punkt_lines(q)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“«„”»\"'a ’\n", max_size=60))
def test_mark_candidates_are_the_marks_and_apostrophe_pairs(text):
    from framing.text import _DOUBLE, _MARK_CANDIDATE

    plain = re.compile("[" + re.escape(_DOUBLE) + "]|''")
    assert [m.span() for m in _MARK_CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_sentences_ellipsis_and_initial_rules_written_lines():
    from framing.text import _easy_prefix, _no_punkt_break, sentences

    t = "The mayor said so... Then George W. Bush came. He left."
    assert _easy_prefix(t)[1] is None  # no Punkt at all
    assert _no_punkt_break(t, t.index("...")) == t.index("...") + 3
    assert _no_punkt_break(t, t.index("W.") + 1) == t.index("W.") + 2
    assert [t[s:e] for s, e in sentences(t)] == ["The mayor said so... Then George W. Bush came.", "He left."]
    assert sentences(t) == _punkt_lines(t)
    # Punkt breaks after an initial when the next token holds "?!", and after "?!" itself.
    odd = "They met J. Smith?! No."
    assert _no_punkt_break(odd, odd.index("J.") + 1) == 0
    assert [odd[s:e] for s, e in sentences(odd)] == ["They met J.", "Smith?!", "No."]
    assert sentences(odd) == _punkt_lines(odd)
    spaced = "He said so ... Then he left."  # an ellipsis after a space: left to Punkt
    assert _no_punkt_break(spaced, spaced.index("...")) == 0
    assert sentences(spaced) == _punkt_lines(spaced)


# Round 9: the sense of a cue candidate is checked only when a rule looks at it.
ATT_TOKENS = st.sampled_from(
    [
        "said", "says", "told", "claimed", "denied", "claims", "added", "adding", "according to",
        "Smith", "Ann Roe", "he", "she", "the", "her", "a spokesman", "officials", "that", "not",
        '"', "“", "”", ",", ".", ":", "\n", "reporters", "the report", "confirmed", "insisted",
        "warned", "the deal", "was", "is", "on Monday", "(R-Ohio)", "who asked not to be named",
    ]
)  # fmt: skip


def _att_rows(text):
    from dataclasses import astuple

    from framing.lexicons import load
    from framing.quotes import _attributions, _cached_rules, _load_domain

    rules = _cached_rules(load("reporting_verbs"), load("speaker_roles"), _load_domain(None))
    return [astuple(a) for a in _attributions(text, rules)]


def _eager_and_lazy(text, monkeypatch):
    import framing.quotes as q

    lazy = _att_rows(text)
    monkeypatch.setattr(q, "_EAGER_CUES", True)
    eager = _att_rows(text)
    monkeypatch.setattr(q, "_EAGER_CUES", False)
    return eager, lazy


@settings(max_examples=200, deadline=None)
@given(words=st.lists(ATT_TOKENS, max_size=40))
def test_lazy_cue_sense_gives_the_eager_attributions(words):
    mp = pytest.MonkeyPatch()
    try:
        eager, lazy = _eager_and_lazy(" ".join(words), mp)
    finally:
        mp.undo()
    assert lazy == eager


def test_lazy_cue_sense_written_lines(monkeypatch):
    # A noun use ("her claims") before a real cue, a paraphrase, a cue closing a paragraph.
    text = (
        'Her claims were false, Smith said. "We will win," she added.\n'
        "The minister denied the report and insisted that talks go on.\n"
        'Ann Roe told reporters:\n"Nothing is settled."'
    )
    eager, lazy = _eager_and_lazy(text, monkeypatch)
    assert lazy == eager
    assert [(r[0], text[r[2][0] : r[2][1]]) for r in lazy] == [
        ("indirect", "said"),
        ("direct", "added"),
        ("indirect", "insisted"),
    ]


@pytest.mark.realdata
def test_lazy_cue_sense_on_real_articles(monkeypatch):
    from conftest import shared_path

    path = shared_path("allsides", "media_train.jsonl.gz")
    docs = pd.read_json(path, lines=True, nrows=150)
    for text in docs["text"].map(normalize):
        eager, lazy = _eager_and_lazy(text, monkeypatch)
        assert lazy == eager


# Round 9: label candidates from one trie scan, at word starts only, when the regex starts there.
def test_lowercasing_keeps_word_characters():
    from framing.labels import _FOLDS_TO_ASCII

    word = re.compile(r"\w")
    for i in range(0x110000):
        c = chr(i)
        low = c.lower()
        if len(low) == 1 and c not in _FOLDS_TO_ASCII:
            assert bool(word.match(c)) == bool(word.match(low)), hex(i)


def test_word_start_candidates_written_line():
    from framing.labels import _candidates, _starts_after_non_word, _word_start_candidates

    text = "Rebels and pro-rebel groups; the REBEL side, not arebel."
    prefixes = ("rebel",)
    assert _candidates(text, prefixes) == [0, 15, 33, 50]
    assert _word_start_candidates(text, prefixes) == [0, 15, 33]  # "pro-rebel": "-" is no word character
    assert _word_start_candidates("The rebelſ", prefixes) is None
    assert _starts_after_non_word(r"(?<!\w)(?:rebels?)", re.IGNORECASE)
    assert not _starts_after_non_word(r"(?<!\w)rebels|army", re.IGNORECASE)  # a branch without it
    assert not _starts_after_non_word(r"(?<![\w-])rebels", 0)


# Round 9: word-start scans that skip from one possible preceding character to the next.
@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abé'-.", min_size=1, max_size=4), min_size=1, max_size=6),
    text=st.text(alphabet="abé'’-. _\nAB1\u0131", max_size=60),
    extra=st.sampled_from(["", "-", "'’-"]),
    zero_width=st.booleans(),
)
def test_word_starts_equal_the_lookbehind_form(words, text, extra, zero_width):
    from framing._phrases import WordStarts

    body = trie_pattern(words)
    if zero_width:
        body = "(?=" + body + ")"
    scan = WordStarts(body, extra, zero_width=zero_width)
    assert scan.spans(text) == [m.span() for m in scan.slow.finditer(text)]


def test_word_starts_written_lines():
    from framing._phrases import WordStarts

    scan = WordStarts(trie_pattern(["said", "says"]) + r"(?![\w'’-])", "'’-")
    text = "said X; he says, re-said, ‘said’ and unsaid; café said"
    # "‘said’" is followed by "’", which the lookahead refuses.
    assert scan.spans(text) == [(0, 4), (11, 15), (len(text) - 4, len(text))]
    assert scan.spans("éssaid") == scan.spans("ésaid") == []  # "é" is a word character
    # A word ending in "." could be followed at once by a match the lookbehind form finds.
    dots = WordStarts(trie_pattern(["u.", "s"]), "-")
    assert dots.spans("u.s") == [(0, 2), (2, 3)]
    starts = WordStarts("(?=" + trie_pattern(["reb"]) + ")", zero_width=True)
    assert starts.spans("rebel, pro-rebel; arebel") == [(0, 0), (11, 11)]


def test_cue_words_equal_the_token_filter():
    from framing.lexicons import load
    from framing.quotes import _WORD, _cached_rules, _cue_words, _load_domain

    rules = _cached_rules(load("reporting_verbs"), load("speaker_roles"), _load_domain(None))
    text = "He said, she SAYS; re-said “claimed” and Claims' — café told; told."
    plain = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    assert _cue_words(text, rules) == [t for t in plain if t[2] in rules.cue_words]


# Round 9: agency's sentence screen from one word-start scan of the document.
@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "Rebels",
                "killed",
                "shelled",
                "skilled",
                "re-killed",
                "the",
                "town",
                "Shot",
                ".",
                "\n",
                "x.killed",
                "é",
            ]
        ),
        max_size=30,
    ),
    glue=st.booleans(),
)
def test_agency_form_scan_screens_like_the_substring_search(words, glue):
    from framing import lexicons
    from framing.agency import _doc_records, _rules

    text = ("" if glue else " ").join(words)
    rules = _rules(lexicons.load("harm_verbs"))
    assert rules.form_scan is not None
    fast = _doc_records(Doc(text), rules)
    rules.form_scan = None  # the screen before round 9: a substring search per sentence
    assert _doc_records(Doc(text), rules) == fast


def test_agency_form_scan_written_lines():
    from framing import lexicons
    from framing.agency import _doc_records, _rules

    rules = _rules(lexicons.load("harm_verbs"))
    text = "Gunmen killed two guards. The skilled crew left.\nShelled towns burned."
    # Zero-width places where a form starts a word ("Gunmen" starts with the form "gun"; the
    # tokens decide), none inside "skilled".
    spans = rules.form_scan.spans(text.lower())
    assert spans == [(p, p) for p in (0, text.index("killed"), text.index("Shelled"))]
    rows = _doc_records(Doc(text), rules)
    rules.form_scan = None
    assert _doc_records(Doc(text), rules) == rows


# Round 9: whole-word occurrences of a quoted word found with str.find, no pattern per word.
@settings(max_examples=400, deadline=None)
@given(
    hay=st.text(alphabet="ab-_é. ", max_size=30),
    word=st.text(alphabet="ab-. é", max_size=3),
    extra=st.sampled_from(["", "-"]),
    first=st.booleans(),
)
def test_whole_word_starts_equal_the_compiled_pattern(hay, word, extra, first):
    from framing.hedges import _whole_word_starts

    e = re.escape(extra)
    rx = re.compile(rf"(?<![\w{e}])" + re.escape(word) + rf"(?![\w{e}])")
    ref = [m.start() for m in rx.finditer(hay)]
    assert _whole_word_starts(hay, word, extra, first=first) == (ref[:1] if first else ref)


def test_whole_word_starts_written_line():
    from framing.hedges import _whole_word_starts

    hay = "the stages, stages-two, backstages and stages."
    assert _whole_word_starts(hay, "stages", "-") == [4, hay.rindex("stages")]
    assert _whole_word_starts(hay, "stages", "") == [4, 12, hay.rindex("stages")]


# Round 9: the starts of the non-blank lines from str.split instead of a MULTILINE scan.
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="a \n\r\t\x0b\x85\u2028\u00a0", max_size=40))
def test_window_starts_equal_the_line_start_scan(text):
    from framing.quotes import _LINE_START, _window_starts

    assert _window_starts(text) == [m.start() for m in _LINE_START.finditer(text)]


def test_non_space_class_is_not_isspace_for_every_character():
    non_space = re.compile(r"\S")
    assert all((non_space.match(chr(i)) is None) == chr(i).isspace() for i in range(0x110000))


def test_window_starts_written_lines():
    from framing.quotes import _window_starts

    text = "First line.\n\n  \nSecond\u2028half.\n \tIndented\n"
    assert _window_starts(text) == [0, text.index("Second"), text.index(" \tIndented")]
