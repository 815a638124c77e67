import re

import pandas as pd
import pytest

import framing as fr


@pytest.fixture(scope="module")
def aleppo_html(aleppo, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "aleppo.html"
    fr.report(aleppo, path=path, n_boot=200, progress=False)
    return path.read_text(encoding="utf-8")


def test_report_sections_on_bundled_corpus(aleppo_html):
    for anchor in ("corpus", "naming", "sourcing", "hedges", "agency", "methods"):
        assert f"<section id='{anchor}'>" in aleppo_html
    for heading in ("De-duplication", "armed opposition", "syrian government"):
        assert f"<h3>{heading}</h3>" in aleppo_html
    assert aleppo_html.count("<svg") >= 5
    assert aleppo_html.count("class='snip'") >= 10  # evidence snippets behind the findings
    assert aleppo_html.count("class='provenance'") >= 4
    assert "Computed with framing" in aleppo_html


def test_report_is_self_contained(aleppo_html):
    # No external resources: scripts, stylesheets, images or fonts fetched from anywhere.
    assert not re.search(r"<script[^>]*src=", aleppo_html)
    assert "<link" not in aleppo_html
    assert not re.search(r"""(src|href)=["']https?://""", aleppo_html)
    assert "@import" not in aleppo_html and not re.search(r"url\(\s*['\"]?https?:", aleppo_html)


def test_report_escapes_article_text(tmp_path):
    df = pd.DataFrame(
        {
            "text": [
                "<script>alert(1)</script> Rebels shelled the town, the army said.",
                "Regime forces were attacked, officials said. The rebels advanced.",
                "Government forces shelled a village, killing four, the monitor said.",
            ],
            "outlet": ["<b>Evil</b>", "Wire", "Wire"],
        }
    )
    path = fr.report(df, path=tmp_path / "r.html", n_boot=100, progress=False)
    page = path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "<b>Evil</b>" not in page
    assert "&lt;b&gt;Evil&lt;/b&gt;" in page


def test_report_rejects_small_n_boot(tmp_path):
    with pytest.raises(ValueError, match="`n_boot` must be at least 100"):
        fr.report(pd.DataFrame({"text": ["a"]}), path=tmp_path / "r.html", n_boot=10)


def test_report_shows_the_largest_outlets_only(tmp_path):
    rows = []
    for i, outlet in enumerate(["Big", "Big", "Big", "Mid", "Mid", "Small"]):
        rows.append(
            {"text": f"Rebels shelled the town {i}, the army said. Regime forces withdrew.", "outlet": outlet}
        )
    path = fr.report(pd.DataFrame(rows), path=tmp_path / "r.html", n_boot=100, max_outlets=2, progress=False)
    page = path.read_text(encoding="utf-8")
    assert "show the 2 outlets with the most articles; all 3 outlets enter the statistics" in page
    assert ">Big<" in page and ">Mid<" in page and ">Small<" not in page


def test_report_progress_false_shows_no_bars_in_a_notebook(tmp_path, monkeypatch, capsys):
    # In a notebook the extractors show bars by default; progress=False must silence the report's
    # inner calls too, not only its own bar.
    import sys
    import types

    monkeypatch.setitem(
        sys.modules, "ipykernel", sys.modules.get("ipykernel") or types.ModuleType("ipykernel")
    )
    df = pd.DataFrame(
        {
            "text": ["Rebels entered Aleppo, a monitor said.", "Terrorists shelled Aleppo, the army said."],
            "outlet": ["Wire", "State"],
        }
    )
    fr.report(df, path=tmp_path / "r.html", n_boot=100, progress=False)
    assert capsys.readouterr().err == ""


def test_report_vocabulary_leaves_out_stop_words(aleppo_html):
    # A teacher's first look: function words such as "the" or "is" are not "distinctive vocabulary".
    section = aleppo_html.split("<section id='keyness'>", 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<td>([^<]*,[^<]*)</td>", section)
    assert len(rows) >= 2, section[:500]
    words = {w.strip() for row in rows for w in row.split(",")}
    assert not words & {"the", "by", "had", "or", "it", "is", "has", "but", "one"}, sorted(words)
    assert "stop_words=&#x27;english&#x27;" in aleppo_html  # the methods sentence says so


def test_report_on_another_topic_says_the_lexicon_found_nothing_and_counts_in_the_singular(tmp_path):
    df = pd.DataFrame(
        {"text": ["The mayor said the park may open next year.", "Officials said the budget passed."]}
    )
    html = fr.report(df, path=tmp_path / "r.html", n_boot=100, progress=False).read_text(encoding="utf-8")
    assert "2 articles from 1 outlet," in html
    version = fr.lexicons.load("syria").version
    assert f"The lexicon syria v{version} found no label of its actors in these articles" in html
    assert "No actor is named with different dominant labels" not in html


def test_report_refuses_an_empty_corpus_and_a_missing_folder_before_any_work(tmp_path):
    df = pd.DataFrame({"text": ["The mayor said the park may open."], "outlet": ["A"]})
    with pytest.raises(
        ValueError, match=r"^`corpus` has no articles \(none with a non-empty text\); there is "
    ):
        fr.report(df.iloc[:0], path=tmp_path / "r.html", progress=False)
    with pytest.raises(
        FileNotFoundError, match=r"^`path` is in a folder that does not exist \('.*missing'\); create"
    ):
        fr.report(df, path=tmp_path / "missing" / "r.html", progress=False)


def test_report_lists_no_zero_share_category_as_most_quoted(tmp_path):
    # An outlet whose attributions are all of unknown speakers has no "most quoted" category.
    df = pd.DataFrame(
        {
            "text": [
                "The minister said the budget was sound. Police said the road was closed.",
                "Xyzzy said the plan was fine. Plugh said it was not.",
            ],
            "outlet": ["Wire", "Blog"],
        }
    )
    quotes = fr.extract_quotes(df, progress=False)
    assert set(quotes.loc[quotes.outlet == "Blog", "speaker_category"]) == {"unknown"}
    html = fr.report(df, path=tmp_path / "r.html", n_boot=100, progress=False).read_text(encoding="utf-8")
    section = html.split("<section id='sourcing'>", 1)[1].split("</section>", 1)[0]
    table = section.split("Most quoted speaker category per outlet", 1)[1].split("</table>", 1)[0]
    assert "<td>Wire</td>" in table and "<td>Blog</td>" not in table
    assert "No attribution could be given a speaker category in Blog." in section


def test_report_table_headers_read_as_words(aleppo_html):
    headers = set(re.findall(r"<th>([^<]*)</th>", aleppo_html))
    assert {"95% CI low", "95% CI high", "articles", "speaker category", "per 1,000 words"} <= headers
    assert not {h for h in headers if "_" in h}, headers


def test_report_cells_show_lexicon_keys_as_words(aleppo_html):
    cells = set(re.findall(r"<td>([^<]*)</td>", aleppo_html))
    assert {"armed group", "international org", "kurdish forces"} <= cells
    assert not {c for c in cells if re.fullmatch(r"[a-z]+(_[a-z]+)+", c)}, cells


def test_report_tables_write_large_counts_with_thousands_separators(tmp_path):
    long = " ".join(["The mayor said the park may open next year."] * 130)  # about 1,170 words
    df = pd.DataFrame({"text": [long, "The council said the budget passed."], "outlet": ["A", "B"]})
    html = fr.report(df, path=tmp_path / "r.html", n_boot=100, progress=False).read_text(encoding="utf-8")
    corpus_table = html.split("<section id='corpus'>", 1)[1].split("</table>", 1)[0]
    assert re.search(r"<td class=num>1,\d{3}</td>", corpus_table), corpus_table
