import math
import re
import subprocess
import sys
import warnings
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import stats as sps

import framing as fr
from framing.keyness import DEFAULT_TOKEN_PATTERN
from tests.conftest import shared_path

# A: war x3, peace x1 (4 tokens); B: peace x3, war x1, calm x1 (5 tokens).
TINY = pd.DataFrame(
    {
        "text": ["war war peace", "war", "peace peace war", "peace calm"],
        "outlet": ["A", "A", "B", "B"],
    }
)


def row(df, outlet, term, other="rest"):
    hit = df[(df.outlet == outlet) & (df.term == term) & (df.other == other)]
    assert len(hit) == 1
    return hit.iloc[0]


# -- hand-computed values -----------------------------------------------------------------------
def test_log_odds_hand_computed_uniform_prior():
    # alpha0 = 3 over 3 terms: alpha_w = 1 for each term.
    k = fr.keyness(TINY, prior="uniform", alpha0=3, min_count=1)
    war = row(k, "A", "war")
    # log(4/3) - log(2/6) = log 4; se = sqrt(1/4 + 1/2)
    assert war["delta"] == pytest.approx(1.3862943611198906)
    assert war["se"] == pytest.approx(0.8660254037844386)
    assert war["z"] == pytest.approx(1.6007548451372582)
    assert (war["count"], war["count_other"], war["total"], war["total_other"]) == (3, 1, 4, 5)
    assert (war["n_docs"], war["n_docs_other"]) == (2, 1)
    assert war["rate"] == pytest.approx(750.0) and war["rate_other"] == pytest.approx(200.0)
    # log(2/5) - log(4/4)
    assert row(k, "A", "peace")["z"] == pytest.approx(-1.0580414014070052)
    # calm, unused by A: log(1/6) - log(2/6), se = sqrt(1 + 1/2)
    calm = row(k, "A", "calm")
    assert calm["count"] == 0
    assert calm["delta"] == pytest.approx(math.log(0.5))
    assert calm["se"] == pytest.approx(math.sqrt(1.5))
    # Two groups: B against the rest mirrors A against the rest.
    assert row(k, "B", "war")["delta"] == pytest.approx(-war["delta"])
    assert k[k.outlet == "A"].term.tolist() == ["war", "calm", "peace"]


def test_chi2_g2_log_ratio_hand_computed():
    chi = row(fr.keyness(TINY, method="chi2", min_count=1), "A", "war")
    # 2x2 table [[3, 1], [1, 4]]: N (ad - bc)^2 / (row and column totals) = 9 * 121 / 400
    assert chi["chi2"] == pytest.approx(2.7225)
    assert chi["p"] == pytest.approx(sps.chi2.sf(2.7225, 1))
    g2 = fr.keyness(TINY, method="g2", min_count=1)
    assert row(g2, "A", "war")["g2"] == pytest.approx(2.862602986419474)
    assert row(g2, "B", "war")["g2"] == pytest.approx(-2.862602986419474)
    lr = fr.keyness(TINY, method="log_ratio", min_count=1)
    assert row(lr, "A", "war")["log_ratio"] == pytest.approx(math.log2(3.75))
    # a zero count is replaced by 0.5: log2((0.5/4) / (1/5))
    assert row(lr, "A", "calm")["log_ratio"] == pytest.approx(math.log2(0.625))
    assert row(lr, "A", "war")["p"] == pytest.approx(row(g2, "A", "war")["p"])
    for df in (chi, row(g2, "A", "war")):
        assert 0 <= df["p"] <= df["q"] <= 1


# -- an independent implementation -----------------------------------------------------------
def reference_counts(texts, groups, pattern=DEFAULT_TOKEN_PATTERN):
    per_group = {}
    for text, g in zip(texts, groups):
        per_group.setdefault(g, Counter()).update(re.findall(pattern, text.lower()))
    return per_group


def reference_log_odds(per_group, group, alpha0, min_count):
    """Monroe et al. (2008) eqs. 16-22 written out term by term, group against the rest."""
    corpus = Counter()
    for c in per_group.values():
        corpus.update(c)
    vocab = [w for w, c in corpus.items() if c >= min_count]
    n_all = sum(corpus.values())
    mine = per_group[group]
    n_i = sum(mine.values())
    n_j = n_all - n_i
    bg = sum(corpus[w] for w in vocab)
    out = {}
    for w in vocab:
        a_w = alpha0 * corpus[w] / bg
        y_i = mine[w]
        y_j = corpus[w] - y_i
        d = math.log((y_i + a_w) / (n_i + alpha0 - y_i - a_w)) - math.log(
            (y_j + a_w) / (n_j + alpha0 - y_j - a_w)
        )
        s = math.sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))
        out[w] = (d, s, d / s)
    return out


WORDS = [
    "the",
    "regime",
    "rebels",
    "government",
    "forces",
    "shelled",
    "said",
    "claimed",
    "city",
    "aid",
    "so-called",
    "don't",
]


def random_corpus(seed, n_docs=40, groups=("A", "B", "C")):
    rng = np.random.default_rng(seed)
    weights = {g: rng.dirichlet(np.ones(len(WORDS))) for g in groups}
    rows = []
    for i in range(n_docs):
        g = groups[i % len(groups)]
        n = int(rng.integers(3, 30))
        rows.append({"text": " ".join(rng.choice(WORDS, size=n, p=weights[g])) + ".", "outlet": g})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", [0, 1])
def test_log_odds_matches_independent_implementation(seed):
    df = random_corpus(seed)
    k = fr.keyness(df, alpha0=50, min_count=3)
    per_group = reference_counts(df.text, df.outlet)
    for g in ("A", "B", "C"):
        ref = reference_log_odds(per_group, g, 50, 3)
        mine = k[k.outlet == g].set_index("term")
        assert sorted(mine.index) == sorted(ref)
        for w, (d, s, z) in ref.items():
            assert mine.loc[w, "delta"] == pytest.approx(d, rel=1e-10)
            assert mine.loc[w, "se"] == pytest.approx(s, rel=1e-10)
            assert mine.loc[w, "z"] == pytest.approx(z, rel=1e-10)
        assert list(mine["z"]) == sorted(mine["z"], reverse=True)


def test_chi2_and_g2_match_scipy_contingency():
    df = random_corpus(2)
    chi = fr.keyness(df, method="chi2", min_count=1, vs="pairs")
    g2 = fr.keyness(df, method="g2", min_count=1, vs="pairs")
    for r in chi.head(30).itertuples():
        table = [[r.count, r.count_other], [r.total - r.count, r.total_other - r.count_other]]
        ref = sps.chi2_contingency(table, correction=False)
        assert abs(r.chi2) == pytest.approx(ref.statistic)
        assert r.p == pytest.approx(ref.pvalue)
    for r in g2.head(30).itertuples():
        table = [[r.count, r.count_other], [r.total - r.count, r.total_other - r.count_other]]
        ref = sps.chi2_contingency(table, correction=False, lambda_="log-likelihood")
        assert abs(r.g2) == pytest.approx(ref.statistic)
        assert np.sign(r.g2) == np.sign(r.rate - r.rate_other)


def test_lrc_matches_exact_binomial_interval():
    df = random_corpus(3, groups=("A", "B"))
    k = fr.keyness(df, method="lrc", min_count=2)
    a = k[k.outlet == "A"]
    m = len(a)
    for r in a.itertuples():
        ci = sps.binomtest(r.count, r.count + r.count_other).proportion_ci(
            confidence_level=1 - 0.05 / m, method="exact"
        )
        scale = r.total_other / r.total
        with np.errstate(divide="ignore"):
            lo = np.log2(ci.low / (1 - ci.low) * scale) if ci.low > 0 else -np.inf
            hi = np.log2(ci.high / (1 - ci.high) * scale) if ci.high < 1 else np.inf
        assert r.ci_low == pytest.approx(lo)
        assert r.ci_high == pytest.approx(hi)
        expected = lo if lo > 0 else hi if hi < 0 else 0.0
        assert r.lrc == pytest.approx(expected)
        assert r.ci_low <= r.log_ratio <= r.ci_high or r.count == 0 or r.count_other == 0


# -- comparisons, priors, tokenisation ----------------------------------------------------------
def test_vs_pairs_and_named_group():
    df = random_corpus(4)
    pairs = fr.keyness(df, vs="pairs", min_count=1)
    assert set(zip(pairs.outlet, pairs.other)) == {(a, b) for a in "ABC" for b in "ABC" if a != b}
    ab = pairs[(pairs.outlet == "A") & (pairs.other == "B")].set_index("term")
    ba = pairs[(pairs.outlet == "B") & (pairs.other == "A")].set_index("term")
    assert np.allclose(ab["delta"], -ba.loc[ab.index, "delta"])
    assert ((ab["count"] + ab["count_other"]) > 0).all()
    ref = fr.keyness(df, vs="C", min_count=1)
    assert set(ref.outlet) == {"A", "B"} and set(ref.other) == {"C"}
    pd.testing.assert_frame_equal(
        ref[ref.outlet == "A"].reset_index(drop=True),
        pairs[(pairs.outlet == "A") & (pairs.other == "C")].reset_index(drop=True),
    )


def test_rest_rows_cover_the_vocabulary_for_every_group():
    df = random_corpus(5)
    k = fr.keyness(df, min_count=1)
    sizes = k.groupby("outlet", observed=True).size()
    assert sizes.nunique() == 1
    totals = k.groupby("term", observed=True)[["count"]].sum()["count"]
    corpus_counts = Counter(re.findall(DEFAULT_TOKEN_PATTERN, " ".join(df.text).lower()))
    assert totals.to_dict() == dict(corpus_counts)
    assert (k["count"] + k["count_other"]).equals(k["term"].map(corpus_counts).astype(np.int64))


def test_priors_from_background_counts_equal_the_corpus_prior():
    df = random_corpus(6)
    base = fr.keyness(df, min_count=1)
    counts = Counter(re.findall(DEFAULT_TOKEN_PATTERN, " ".join(df.text).lower()))
    for prior in (dict(counts), pd.Series(counts), fr.Corpus.from_dataframe(df)):
        other = fr.keyness(df, min_count=1, prior=prior)
        assert np.allclose(other["z"], base["z"])
    uniform = fr.keyness(df, min_count=1, prior="uniform")
    assert not np.allclose(uniform["z"], base["z"])
    # A background that lacks a term gives it half a count rather than a zero prior.
    partial = fr.keyness(df, min_count=1, prior={"regime": 10})
    assert np.isfinite(partial["z"]).all()


def test_tokenisation_options():
    df = pd.DataFrame(
        {
            "text": ["The middle class. The middle class!", "So-called rebels don't stop.", "Rebels"],
            "outlet": ["A", "B", "B"],
        }
    )
    terms = set(fr.keyness(df, min_count=1).term)
    assert {"the", "middle", "class", "so-called", "don't", "rebels"} <= terms
    assert "The" not in terms
    assert "the" not in set(fr.keyness(df, min_count=1, stop_words="english").term)
    assert "middle" not in set(fr.keyness(df, min_count=1, stop_words=["Middle"]).term)
    bi = fr.keyness(df, min_count=2, ngram_range=(1, 2))
    assert row(bi, "A", "middle class")["count"] == 2
    custom = fr.keyness(df, min_count=1, token_pattern=r"(?u)\b[a-z]{6,}\b")
    assert set(custom.term) == {"middle", "called", "rebels"}


def test_dotted_abbreviations_are_one_token():
    df = pd.DataFrame(
        {
            "text": [
                "U.S. officials met U.N. envoys at 9 a.m. in the U.S.",
                "The U.S.-led coalition, e.g. its air arm, backed the U.S.'s plan.",
                "Rebels held the town; i.e. the siege went on. George W. Bush spoke.",
            ],
            "outlet": ["A", "A", "B"],
        }
    )
    k = fr.keyness(df, min_count=1)
    terms = set(k.term)
    assert {"u.s.", "u.n.", "a.m.", "u.s.-led", "u.s.'s", "e.g.", "i.e."} <= terms
    assert not {"u", "s", "n", "m", "g", "e"} & terms  # no stray letters from the abbreviations
    assert {"w", "bush"} <= terms  # a single initial stays a one-letter word
    assert row(k, "A", "u.s.")["count"] == 2  # the sentence-final "U.S." too
    assert re.findall(DEFAULT_TOKEN_PATTERN, "ph.d. u.s.a x.com 3.5") == [
        "ph",
        "d",
        "u.s.",
        "a",
        "x",
        "com",
        "3",
        "5",
    ]
    english = set(fr.keyness(df, min_count=1, stop_words="english").term)
    assert "u.s." in english and not {"e.g.", "i.e."} & english


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1é_ .-'’,U"), max_size=30) | st.text(max_size=30))
def test_token_pattern_matches_its_plain_statement(text):
    """The default pattern is a faster spelling of: a dotted abbreviation, else a word."""
    plain = r"(?u)\b(?:[^\W\d_]\.){2,}(?:[-'’]\w+)*|\b\w+(?:[-'’]\w+)*\b"
    assert re.findall(DEFAULT_TOKEN_PATTERN, text) == re.findall(plain, text)


def test_several_by_columns():
    df = random_corpus(7).assign(year=lambda d: np.where(d.index % 2 == 0, 2023, 2024))
    k = fr.keyness(df, by=["outlet", "year"], min_count=1)
    assert list(k.columns[:3]) == ["outlet", "year", "other"]
    assert len(k.groupby(["outlet", "year"], observed=True)) == 6


def test_result_carries_provenance():
    k = fr.keyness(TINY, min_count=1, prior={"war": 1})
    rec = k.attrs["framing"]
    assert rec["function"] == "keyness"
    assert rec["params"]["prior"] == "background counts for 1 terms"
    assert rec["corpus"]["n_docs"] == 4
    assert fr.provenance(k).startswith("Computed with framing")


# -- bad input ---------------------------------------------------------------------------------
def test_single_group_is_an_error():
    with pytest.raises(
        ValueError,
        match=r"^`by` \('outlet'\) puts every document in one group \(A\); keyness compares groups",
    ):
        fr.keyness(TINY.assign(outlet="A"), min_count=1)


def test_group_without_tokens_gets_zero_counts_and_nan_statistics():
    df = pd.concat([TINY, pd.DataFrame({"text": ["!!! ...", "— —"], "outlet": ["C", "C"]})])
    for method in ("log_odds", "chi2", "g2", "log_ratio", "lrc"):
        k = fr.keyness(df, min_count=1, method=method)
        c = k[k.outlet == "C"]
        assert len(c) == 3 and (c["count"] == 0).all() and (c["total"] == 0).all()
        stat_cols = [
            col for col in c.columns if col not in ("outlet", "other", "term") and c[col].dtype.kind == "f"
        ]
        assert c[[s for s in stat_cols if s not in ("rate_other",)]].isna().all().all()
        assert k[k.outlet == "A"].iloc[:, -1].notna().all()
    pairs = fr.keyness(df, min_count=1, vs="pairs")
    assert pairs[(pairs.outlet == "A") & (pairs.other == "C")]["z"].isna().all()


@pytest.mark.parametrize("alpha0", [0, -1.5])
def test_nonpositive_alpha0_is_an_error(alpha0):
    with pytest.raises(
        ValueError,
        match=r"^`alpha0` must be a positive number \(the prior's total pseudo-count\), e\.g\. 1000\. Got",
    ):
        fr.keyness(TINY, alpha0=alpha0)


@pytest.mark.parametrize(
    ("kwargs", "exc", "message"),
    [
        (
            {"alpha0": "big"},
            TypeError,
            r"`alpha0` must be a positive number, e\.g\. 1000\. Got 'big' instead\.",
        ),
        (
            {"method": "log-odds"},
            ValueError,
            r"The `method` parameter must be one of .*Did you mean 'log_odds'\?",
        ),
        (
            {"vs": "D"},
            ValueError,
            r"`vs` must be 'rest', 'pairs' or one of the groups of `by` \('A', 'B'\)\. Got 'D' instead\.",
        ),
        ({"by": "source"}, ValueError, r"`by` names a column that is not in the data \('source'\)"),
        ({"ngram_range": (2, 1)}, ValueError, r"`ngram_range` must be a pair \(min_n, max_n\)"),
        ({"stop_words": "german"}, ValueError, r"`stop_words` must be None \(keep every word\), 'english'"),
        ({"min_count": 0}, ValueError, r"`min_count` must be at least 1\. Got 0 instead\."),
        ({"min_count": 100}, ValueError, r"No term occurs at least `min_count`=100 times"),
        ({"token_pattern": "(a)(b)"}, ValueError, r"`token_pattern` may have at most one capturing group"),
        ({"token_pattern": "[a"}, ValueError, r"`token_pattern` is not a valid regular expression"),
        ({"prior": "flat"}, ValueError, r"The `prior` parameter must be one of \{'corpus', 'uniform'\}"),
        ({"prior": {"zzz": 3}}, ValueError, r"`prior` shares no term with the corpus vocabulary"),
        ({"prior": {"war": -1}}, ValueError, r"`prior` must map terms to non-negative counts"),
        ({"prior": 3}, TypeError, r"`prior` must be 'corpus', 'uniform', a Corpus"),
    ],
)
def test_bad_options_get_one_clear_sentence(kwargs, exc, message):
    with pytest.raises(exc, match=message):
        fr.keyness(TINY, **{"min_count": 1, **kwargs})


def test_corpus_without_tokens_is_an_error():
    with pytest.raises(ValueError, match=r"The corpus has no tokens matching `token_pattern`"):
        fr.keyness(pd.DataFrame({"text": ["!!", "??"], "outlet": ["A", "B"]}), min_count=1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.text(min_size=1, max_size=40), st.sampled_from("AB")), min_size=2, max_size=8))
def test_any_text_gives_a_consistent_table_or_a_clear_error(docs):
    df = pd.DataFrame(docs, columns=["text", "outlet"])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", fr.FramingWarning)  # whitespace-only texts are dropped
            k = fr.keyness(df, min_count=1)
    except ValueError as exc:
        assert re.search(r"one group|no tokens|no term occurs|dropped", str(exc)), exc
        return
    assert (k["count"] >= 0).all() and (k["count"] <= k["total"]).all()
    assert (k["n_docs"] <= k["count"]).all()
    assert np.all(np.isnan(k["z"]) | np.isfinite(k["z"]))


# -- article-level significance ------------------------------------------------------------------
def test_document_level_test_discounts_words_clustered_in_one_article():
    # A: one article repeats "shelling" 30 times; B: every article says "reform" once. Other
    # articles all have five tokens, so only where the shelling article falls matters.
    texts = ["shelling " * 30 + "the army said"] + [f"the army said {i} today" for i in range(9)]
    texts += [f"the army said {i} reform" for i in range(10)]
    df = pd.DataFrame({"text": texts, "outlet": ["A"] * 10 + ["B"] * 10})
    opts = {"method": "g2", "min_count": 1, "terms": ["shelling", "reform"], "n_resamples": 500}
    tok = fr.keyness(df, method="g2", min_count=1)
    assert row(tok, "A", "shelling")["p"] < 1e-6  # the token-level test calls it key
    sig = fr.keyness_significance(df, **opts)
    shelling = row(sig, "A", "shelling")
    assert shelling["p_doc"] > 0.05  # one article out of ten: not significant at article level
    assert row(sig, "B", "reform")["p_doc"] < 0.01  # used by every B article and no A article
    assert (sig["effect"] == "g2").all()
    again = fr.keyness_significance(df, **opts)
    pd.testing.assert_frame_equal(sig, again)


def test_bootstrap_interval_and_top_selection():
    df = random_corpus(8, n_docs=60, groups=("A", "B"))
    k = fr.keyness(df, min_count=2, method="g2")
    sig = fr.keyness_significance(df, min_count=2, method="g2", top=3, test="bootstrap", n_resamples=300)
    assert len(sig) == 6
    for g in ("A", "B"):
        expected = k[(k.outlet == g) & (k["count"] > 0)].term.head(3).tolist()
        assert sig[sig.outlet == g].term.tolist() == expected
    assert ((sig.boot_low <= sig.g2) & (sig.g2 <= sig.boot_high)).all()
    assert (sig["q_doc"] >= sig["p_doc"] - 1e-12).all()
    assert sig.attrs["framing"]["function"] == "keyness_significance"


def test_significance_bad_options():
    with pytest.raises(
        ValueError, match=r"The `test` parameter must be one of \{'permutation', 'bootstrap'\}"
    ):
        fr.keyness_significance(TINY, min_count=1, test="exact")
    with pytest.raises(ValueError, match=r"`terms` holds terms that are not in the vocabulary: 'zzz'"):
        fr.keyness_significance(TINY, min_count=1, terms=["war", "zzz"])
    with pytest.raises(ValueError, match=r"`n_resamples` must be at least 100\. Got 10 instead\."):
        fr.keyness_significance(TINY, min_count=1, n_resamples=10)


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_writes_csv(tmp_path):
    src = tmp_path / "in.csv"
    TINY.to_csv(src, index=False)
    out = tmp_path / "k.csv"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "framing.cli",
            "keyness",
            str(src),
            "-o",
            str(out),
            "--min-count",
            "1",
            "--top",
            "2",
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    got = pd.read_csv(out)
    assert got.columns[:3].tolist() == ["outlet", "other", "term"]
    assert got.term.tolist() == ["war", "calm", "peace", "calm"]
    bad = subprocess.run(
        [sys.executable, "-m", "framing.cli", "keyness", str(src), "-o", str(out), "--alpha0", "0"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "`--alpha0` must be a positive number" in bad.stderr


# -- real data -----------------------------------------------------------------------------------
@pytest.mark.realdata
def test_convention_speeches_known_partisan_terms():
    speeches = pd.read_csv(shared_path("conventions2012", "speeches.csv"))
    corpus = fr.Corpus.from_dataframe(speeches.assign(outlet=speeches["party"]))
    k = fr.keyness(corpus)
    top = 25  # of ~2,250 terms per party
    for party, words in {
        "democrat": ["middle", "class", "women", "medicare"],
        "republican": ["freedom", "business", "government", "unemployment"],
    }.items():
        head = k[k.outlet == party].term.head(top).tolist()
        assert set(words) <= set(head), (party, head)


def test_missing_group_values_form_their_own_group():
    df = TINY.assign(side=["x", None, "y", "y"])
    k = fr.keyness(df, by="side", min_count=1, vs="pairs")
    assert k["side"].isna().sum() == k["other"].isna().sum() > 0
    assert set(k["side"].dropna()) == {"x", "y"}


@pytest.mark.realdata
def test_convention_speeches_top_terms_hold_at_article_level():
    speeches = pd.read_csv(shared_path("conventions2012", "speeches.csv"))
    corpus = fr.Corpus.from_dataframe(speeches.assign(outlet=speeches["party"]))
    sig = fr.keyness_significance(corpus, top=5, n_resamples=999)
    assert len(sig) == 10
    assert (sig["q_doc"] < 0.05).all(), sig[["outlet", "term", "p_doc", "q_doc"]]
    # Article-level p-values are never below 1 / (R + 1); token-level z-values of 5+ would say 1e-7.
    assert (sig["p_doc"] >= 1 / 1000).all()


def test_keyness_on_an_empty_corpus_says_so():
    empty = pd.DataFrame({"text": pd.Series([], dtype=str), "outlet": pd.Series([], dtype=str)})
    with pytest.raises(
        ValueError, match=r"^`corpus` has no articles \(none with a non-empty text\); keyness needs"
    ):
        fr.keyness(empty)


def test_english_stop_words_also_remove_their_contractions_with_either_apostrophe():
    df = pd.DataFrame(
        {
            "text": [
                "It’s clear they don't care; it's war and the war won’t end.",
                "Peace talks, calm calm.",
            ],
            "outlet": ["A", "B"],
        }
    )
    terms = set(fr.keyness(df, stop_words="english", min_count=1)["term"])
    assert terms == {"calm", "care", "clear", "end", "peace", "talks", "war"}
    kept = set(fr.keyness(df, min_count=1)["term"])
    assert {"it’s", "don't", "it's", "won’t"} <= kept  # stop_words=None keeps every word
