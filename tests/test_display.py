"""The evidence view: nesting of overlapping spans, escaping, legend, hover text, errors."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from conftest import shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

import framing as fr
from framing.display import _Mark, _render

TEXT = 'Rebels shelled the town, the ministry claimed. "The terrorists attacked us," a resident said.'


def _at(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def _corpus(text: str = TEXT, outlet: str = "Wire", title: str = "Town shelled") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d2"],
            "text": [text, "A school was shelled."],
            "outlet": [outlet, "Daily"],
            "title": [title, ""],
        }
    )


def _labels() -> pd.DataFrame:
    rows = []
    for word, label, stance, in_quote in (
        ("Rebels", "rebels", "neutral", False),
        ("terrorists", "terrorists", "delegitimizing", True),
    ):
        s, e = _at(word)
        rows.append(
            {
                "doc_id": "d1",
                "outlet": "Wire",
                "date": pd.NaT,
                "start": s,
                "end": e,
                "text": word,
                "actor": "armed_opposition",
                "label": label,
                "stance": stance,
                "in_quote": in_quote,
            }
        )
    return pd.DataFrame(rows)


def _quotes() -> pd.DataFrame:
    s, e = 0, TEXT.index("claimed") + len("claimed")
    sp, cu = _at("the ministry"), _at("claimed")
    return pd.DataFrame(
        [
            {
                "doc_id": "d1",
                "outlet": "Wire",
                "date": pd.NaT,
                "start": s,
                "end": e,
                "text": TEXT[s:e],
                "kind": "indirect",
                "speaker": "the ministry",
                "speaker_start": sp[0],
                "speaker_end": sp[1],
                "speaker_resolved": "the ministry",
                "speaker_category": "official",
                "anonymous": False,
                "cue": "claimed",
                "cue_lemma": "claim",
                "cue_start": cu[0],
                "cue_end": cu[1],
                "cue_stance": "distancing",
                "content": TEXT[:23],
                "content_start": 0,
                "content_end": 23,
            }
        ]
    )


class _Checker(HTMLParser):
    """Collects the text and checks that the elements are well nested."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.in_badge = 0
        self.in_style = False
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append(tag)
        if tag == "sup":
            self.in_badge += 1
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "sup":
            self.in_badge -= 1
        self.in_style = False

    def handle_data(self, data):
        if not self.in_badge and not self.in_style:
            self.text.append(data)


def _body_text(fragment: str) -> str:
    p = _Checker()
    p.feed(f"<div>{fragment}</div>")
    p.close()
    assert p.stack == []
    return "".join(p.text)


# -- rendering core ------------------------------------------------------------------------------
def test_render_nests_contained_spans():
    text = "abcdefgh"
    out = _render(text, [_Mark(0, 8, "outer", "#000", "O"), _Mark(2, 4, "inner", "#000", "I")])
    assert re.sub(r' style="[^"]*" title="[^"]*"', "", out) == (
        '<span class="outer">ab<span class="inner">cd</span>efgh</span>'
    )
    # The inner piece's hover text lists the outer rule too.
    assert 'title="O&#10;I"' in out or 'title="O\nI"' in out


def test_render_splits_crossing_spans():
    out = _render("abcdef", [_Mark(0, 4, "a", "#000", "A"), _Mark(2, 6, "b", "#000", "B")])
    assert re.sub(r' style="[^"]*" title="[^"]*"', "", out) == (
        '<span class="a">ab<span class="b">cd</span></span><span class="b">ef</span>'
    )
    assert _body_text(out) == "abcdef"


def test_render_escapes_text_titles_and_badges():
    text = "<script>alert('x')</script> & done"
    out = _render(text, [_Mark(0, 8, "a", "#000", 'rule "<b>"', badge="<i>")])
    assert "<script>" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;" in out and "&amp; done" in out
    assert _body_text(out) == text


def test_render_rejects_offsets_outside_the_text():
    with pytest.raises(ValueError, match=r"^A span \(3, 9\) lies outside the article's text of 5 characters"):
        _render("abcde", [_Mark(3, 9, "a", "#000", "A")])


@settings(max_examples=60, deadline=None)
@given(
    st.text(max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8),
)
def test_render_property_any_spans_give_well_formed_html_with_the_same_text(text, pairs):
    marks = [_Mark(min(a, b, len(text)), min(max(a, b), len(text)), "m", "#000", "t") for a, b in pairs]
    out = _render(text, marks)
    assert _body_text(out) == text


# -- show ---------------------------------------------------------------------------------------
def test_show_highlights_every_layer_with_legend_and_hover_rules():
    view = fr.show(
        _corpus(),
        "d1",
        indicators=["labels", "quotes", "agency"],
        spans={"labels": _labels(), "quotes": _quotes()},
    )
    page = view._repr_html_()
    assert _body_text(page.split('<div class="fr-legend">')[0].split("</style>")[1]).startswith(
        "Town shelled"
    )
    assert 'class="fr-label fr-stance-delegitimizing"' in page
    assert 'class="fr-label fr-stance-neutral"' in page
    assert 'class="fr-quote fr-cat-official"' in page
    assert 'class="fr-speaker"' in page and ">official</sup>" in page
    assert 'class="fr-cue fr-cue-distancing"' in page
    assert 'class="fr-harm fr-harm-with_agent"' in page
    assert "Label “terrorists” for armed_opposition · stance: delegitimizing · inside quoted speech" in page
    assert "rule: fr.find_agency with lexicon harm_verbs" in page
    legend = page.split('<div class="fr-legend">')[1]
    for word in ("Labels", "delegitimizing", "Attributions", "official", "Agency of harm"):
        assert word in legend
    counts = view.spans.groupby("indicator").size().to_dict()
    assert counts["labels"] == 2 and counts["quotes"] == 3
    assert (view.spans["text"] == [TEXT[s:e] for s, e in zip(view.spans["start"], view.spans["end"])]).all()
    assert view.spans.attrs["framing"]["function"] == "show"


def test_show_escapes_article_text_title_and_outlet():
    evil = "<script>alert(1)</script>"
    text = f"Regime jets shelled the town. {evil}"
    view = fr.show(_corpus(text, outlet=f"Wire {evil}", title=f"T {evil}"), "d1", indicators=["agency"])
    page = view.html
    assert "<script>" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 3


def test_show_agentless_harm_gets_the_no_agent_badge():
    view = fr.show(_corpus(), "d2", indicators=["agency"])
    assert 'class="fr-harm fr-harm-agentless"' in view.html
    assert ">no agent</sup>" in view.html
    assert view.spans["text"].tolist() == ["shelled"]


def test_show_draws_any_extra_span_table():
    s, e = _at("the town")
    extra = pd.DataFrame(
        {"doc_id": ["d1"], "start": [s], "end": [e], "text": ["the town"], "pattern": ["town"]}
    )
    view = fr.show(_corpus(), "d1", indicators=[], spans={"kwic": extra})
    assert 'class="fr-span"' in view.html and "pattern: town" in view.html
    assert "Other spans" in view.html


def test_show_errors():
    with pytest.raises(
        ValueError, match=r"^`doc_id` 'd9' is not a doc_id of the corpus \(2 articles\)\. Did you mean"
    ):
        fr.show(_corpus(), "d9", indicators=["agency"])
    with pytest.raises(ValueError, match=r"The `indicators` parameter of show must be one of .*Got 'tone'"):
        fr.show(_corpus(), "d1", indicators=["tone"])
    with pytest.raises(
        ValueError, match=r"^`spans\['labels'\]` must be a span table with doc_id, start and end"
    ):
        fr.show(_corpus(), "d1", indicators=["labels"], spans={"labels": pd.DataFrame({"x": [1]})})
    bad = _labels().assign(end=500)
    with pytest.raises(ValueError, match=r"lies outside the article's text"):
        fr.show(_corpus(), "d1", indicators=[], spans={"labels": bad})


def test_show_names_a_missing_extractor(monkeypatch):
    monkeypatch.delattr(fr, "find_hedges", raising=False)
    with pytest.raises(
        ValueError, match=r"^`indicators` includes 'hedges', but fr\.find_hedges is not available"
    ):
        fr.show(_corpus(), "d1", indicators=["hedges"])


def test_compare_puts_two_articles_side_by_side():
    view = fr.compare(_corpus(), "d1", "d2", indicators=["agency"])
    assert view.html.count('class="fr-head"') == 2
    assert 'class="fr-cols"' in view.html
    assert view.html.count('class="fr-legend"') == 1
    assert sorted(set(view.spans["doc_id"])) == ["d1", "d2"]
    with pytest.raises(ValueError, match=r"^`doc_b` 'zz' is not a doc_id"):
        fr.compare(_corpus(), "d1", "zz", indicators=["agency"])


def test_evidence_save_writes_a_standalone_page(tmp_path):
    path = fr.show(_corpus(), "d2", indicators=["agency"]).save(tmp_path / "ev.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "http" not in page


@pytest.mark.realdata
def test_show_on_the_real_seed_article_keeps_the_text_and_every_span():
    corpus = fr.read_texts(shared_path("seed"))
    doc_id = corpus.docs["doc_id"].iloc[0]
    view = fr.show(corpus, doc_id, indicators=["agency"])
    text = corpus.docs["text"].iloc[0]
    body = view.html.split('<div class="fr-body">', 1)[1].rsplit('<div class="fr-legend">', 1)[0]
    assert _body_text(body[: -len("</div>")]) == text
    agency = fr.find_agency(corpus)
    assert len(view.spans) >= len(agency) > 0
    assert view.html.count("fr-harm ") == len(agency)


def test_show_runs_the_extractors_without_progress_bars(monkeypatch, capsys):
    # In a notebook the extractors show a bar by default; the evidence view must not add them.
    import sys
    import types

    monkeypatch.setitem(
        sys.modules, "ipykernel", sys.modules.get("ipykernel") or types.ModuleType("ipykernel")
    )
    df = pd.DataFrame({"doc_id": ["a"], "text": ["Rebels entered Aleppo, a monitor said."], "outlet": ["W"]})
    fr.show(df, "a", indicators=["labels", "quotes"])
    assert capsys.readouterr().err == ""


def test_show_and_compare_run_every_extractor_without_a_progress_bar(monkeypatch):
    # In a notebook, progress=None shows a bar; one article per call must not print four of them.
    import framing

    seen: dict[str, object] = {}
    for name in ("find_labels", "extract_quotes", "find_hedges", "find_agency"):
        original = getattr(framing, name)

        def spy(*args, _name=name, _original=original, **kwargs):
            seen[_name] = kwargs.get("progress", "not given")
            return _original(*args, **kwargs)

        monkeypatch.setattr(framing, name, spy)
    df = pd.DataFrame(
        {
            "text": [
                "Rebels reportedly shelled the town, killing four, officials said.",
                "The army withdrew.",
            ],
            "outlet": ["A", "B"],
        }
    )
    fr.compare(df, "doc000000", "doc000001")
    assert seen == dict.fromkeys(("find_labels", "extract_quotes", "find_hedges", "find_agency"), False)


def test_show_says_no_stance_instead_of_nan_for_an_unrated_verb():
    df = pd.DataFrame({"text": ['"We will hold the line," the commander concluded.'], "outlet": ["A"]})
    quotes = fr.extract_quotes(df, progress=False)
    assert quotes["cue_stance"].isna().all() and quotes["cue"].tolist() == ["concluded"]
    view = fr.show(df, "doc000000", indicators=["quotes"], spans={"quotes": quotes})
    rules = " ".join(view.spans["rule"])
    assert "verb: “concluded” (no stance)" in rules and "Reporting verb · stance: no stance" in rules
    assert "nan" not in rules and "fr-cue-nan" not in view.html
