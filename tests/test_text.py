from hypothesis import given, settings
from hypothesis import strategies as st

from framing import text as ft


def spans_text(s, spans):
    return [s[a:b] for a, b in spans]


def test_normalize_keeps_quotes_and_maps_spaces():
    assert ft.normalize("“Aleppo”\u00a0fell\r\n\u200bnow") == "“Aleppo” fell\nnow"


def test_sentences_respect_news_abbreviations():
    s = "Gen. Smith said the U.S. would act on Jan. 5. Sen. Jones disagreed."
    assert spans_text(s, ft.sentences(s)) == [
        "Gen. Smith said the U.S. would act on Jan. 5.",
        "Sen. Jones disagreed.",
    ]


def test_sentences_do_not_cross_paragraphs_or_lines():
    s = "Share this article\nRebels took the airport\n\nThe army withdrew."
    assert spans_text(s, ft.sentences(s)) == [
        "Share this article",
        "Rebels took the airport",
        "The army withdrew.",
    ]


def test_quoted_question_followed_by_lowercase_stays_one_sentence():
    s = '"Where do we go?" she asked. He left.'
    assert spans_text(s, ft.sentences(s)) == ['"Where do we go?" she asked.', "He left."]


def test_paragraph_spans_strip_whitespace():
    s = "  One.\n\n\n  Two.  \n"
    assert spans_text(s, ft.paragraphs(s)) == ["One.", "Two."]


def test_tokens_and_words():
    s = "al-Assad's forces, U.S officials"
    assert spans_text(s, ft.tokens(s)) == ["al-Assad's", "forces", ",", "U.S", "officials"]
    assert ft.count_words(s) == 4


def q_texts(s):
    return [s[q.content_start : q.content_end] for q in ft.quotes(s)]


def test_quotes_curly_and_straight():
    s = '“We will return,” he said. She said "not now" and left.'
    assert q_texts(s) == ["We will return,", "not now"]
    assert all(q.closed for q in ft.quotes(s))


def test_apostrophes_are_not_quotes():
    s = "The rebels’ advance and the army's retreat, “it’s over,” he said."
    assert q_texts(s) == ["it’s over,"]


def test_nested_single_quotes_inside_double():
    s = "“They called it ‘liberation’ on TV,” she said."
    assert q_texts(s) == ["They called it ‘liberation’ on TV,"]


def test_multi_paragraph_quote_opened_each_paragraph_closed_once():
    s = "He said: “First part of it.\n\n“Second part,” he added.\n\nAfter."
    qs = ft.quotes(s)
    assert len(qs) == 1
    assert qs[0].paragraphs == 2 and qs[0].closed
    assert s[qs[0].start : qs[0].end] == "“First part of it.\n\n“Second part,”"


def test_unbalanced_quote_is_closed_locally():
    s = "He said “it never ends.\n\nLater, officials said “calm” returned."
    qs = ft.quotes(s)
    assert [s[q.content_start : q.content_end] for q in qs] == ["it never ends.", "calm"]
    assert [q.closed for q in qs] == [False, True]


def test_stray_straight_quote_does_not_swallow_document():
    s = 'A 12" gun fired.\n\nThen "peace" came.'
    assert "peace" in q_texts(s)


def test_inside():
    spans = [(2, 5), (10, 12)]
    assert ft.inside([0, 2, 4, 5, 11, 12], spans).tolist() == [False, True, True, False, True, False]
    assert ft.inside([3], []).tolist() == [False]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,?!“”\"‘’'\n:-")), max_size=300) | st.text(max_size=300))
def test_property_spans_valid(s):
    s = ft.normalize(s)
    n = len(s)
    for fn in (ft.sentences, ft.paragraphs, ft.tokens, ft.words):
        prev = 0
        for a, b in fn(s):
            assert 0 <= a < b <= n
            assert a >= prev
            prev = b
    prev = 0
    for q in ft.quotes(s):
        assert 0 <= q.start <= q.content_start <= q.content_end <= q.end <= n
        assert q.start >= prev
        prev = q.end


def test_normalize_removes_every_control_character_but_tab_and_newline():
    import unicodedata

    from framing.text import normalize

    controls = "".join(chr(i) for i in range(0x110000) if unicodedata.category(chr(i)) == "Cc")
    assert normalize(f"a{controls}b") == "a\t\nb"


def test_sentence_at_splits_only_the_line_it_needs():
    s = 'Gen. Smith left. "Why?" he asked.\nNext line here.\n\n  New paragraph. Two.'
    assert ft.sentence_at(s, 0) == (0, 16)
    assert s[slice(*ft.sentence_at(s, 20))] == '"Why?" he asked.'
    assert s[slice(*ft.sentence_at(s, s.index("Next")))] == "Next line here."
    assert ft.sentence_at(s, 16) is None  # the space between two sentences
    assert ft.sentence_at(s, s.index("\n\n") + 1) is None  # a blank line
    assert s[slice(*ft.sentence_at(s, len(s) - 2))] == "Two."


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .?!“”"\nDr')), max_size=120))
def test_sentence_at_agrees_with_sentences(s):
    s = ft.normalize(s)
    spans = ft.sentences(s)
    for pos in range(len(s)):
        holding = [sp for sp in spans if sp[0] <= pos < sp[1]]
        assert ft.sentence_at(s, pos) == (holding[0] if holding else None)


def _sentences_punkt_only(text: str) -> list[tuple[int, int]]:
    """framing.text.sentences without its shortcuts (no full stop; easy lines): Punkt on every
    line, with the same two corrections (a lowercase start or a known abbreviation before the
    break joins the two sentences)."""
    from framing.text import _ends_with_abbreviation, _punkt, paragraphs

    tok = _punkt()
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        line_start = 0
        for line in text[ps:pe].split("\n"):
            if line.strip():
                first = len(out)
                prev_end = -1
                for s, e in tok.span_tokenize(line):
                    if len(out) > first and (line[s].islower() or _ends_with_abbreviation(line, prev_end)):
                        out[-1] = (out[-1][0], ps + line_start + e)
                    else:
                        out.append((ps + line_start + s, ps + line_start + e))
                    prev_end = e
            line_start += len(line) + 1
    return out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.?!\"”') \n")), max_size=80))
def test_sentences_shortcut_matches_punkt(text):
    from framing.text import sentences

    assert sentences(text) == _sentences_punkt_only(text)


_PIECES = ["said", "Gen", "US", "U.S", "2015", "3.5", "He", "The", "a", "J", "Mr", "al-Assad", "Smith"]
_MARKS = [".", ". ", "? ", "! ", " ", "  ", ", ", "“", "”", '"', "’", "(", ")", "\n", "...", "?!"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _MARKS), max_size=30).map("".join))
def test_sentences_easy_line_path_matches_punkt(text):
    """The easy-line path gives Punkt's spans on text made of news-like pieces."""
    from framing.text import sentences

    assert sentences(text) == _sentences_punkt_only(text)


def test_sentences_easy_lines_and_abbreviations_after_curly_quotes():
    from framing.text import _simple_line_sentences, sentences

    t = "Prices rose in 2015. The army said so. “Sen. Rubio agrees.” Gen. Smith left, the U.S. said."
    assert [t[s:e] for s, e in sentences(t)] == [
        "Prices rose in 2015.",
        "The army said so.",
        "“Sen. Rubio agrees.”",
        "Gen. Smith left, the U.S. said.",
    ]
    assert _simple_line_sentences(t, t) is not None  # answered without Punkt
    assert sentences(t) == _sentences_punkt_only(t)
    hard = "Prices rose 3.5 percent. J. Smith left ... then."
    assert _simple_line_sentences(hard, hard) is None  # an ellipsis after a space goes to Punkt
    assert [hard[s:e] for s, e in sentences(hard)] == ["Prices rose 3.5 percent.", "J. Smith left ... then."]
    assert sentences(hard) == _sentences_punkt_only(hard)


def test_sentences_shortcut_on_lines_without_full_stop():
    from framing.text import sentences

    t = "  A headline without a stop  \nGen. Smith said so. Then he left.\n\nByline here"
    assert sentences(t) == _sentences_punkt_only(t)
    assert [t[s:e] for s, e in sentences(t)] == [
        "A headline without a stop",
        "Gen. Smith said so.",
        "Then he left.",
        "Byline here",
    ]
