"""Plot tests inspect what was drawn (bars, ticks, legend, error bars); conftest closes figures."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
import seaborn as sns
from matplotlib.container import BarContainer, ErrorbarContainer
from matplotlib.patches import Rectangle

import framing as fr
from framing.plotting import CATEGORY_COLORS, STANCE_COLORS


def _label_table() -> pd.DataFrame:
    # Outlet B uses the delegitimizing label more, so it is drawn first (at the top).
    return pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B", "B", "B", "C", "C", "C"],
            "actor": "opp",
            "label": ["rebels", "terrorists", "opposition fighters"] * 3,
            "stance": ["neutral", "delegitimizing", "legitimizing"] * 3,
            "count": [6, 2, 2, 1, 8, 1, 0, 0, 0],
            "total": [10, 10, 10, 10, 10, 10, 0, 0, 0],
            "share": [0.6, 0.2, 0.2, 0.1, 0.8, 0.1, np.nan, np.nan, np.nan],
            "ci_low": [0.4, 0.1, 0.1, 0.0, 0.6, 0.0, np.nan, np.nan, np.nan],
            "ci_high": [0.8, 0.3, 0.3, 0.2, 0.9, 0.2, np.nan, np.nan, np.nan],
            "n_docs": [3, 3, 3, 4, 4, 4, 0, 0, 0],
        }
    )


def _bars(ax) -> list[Rectangle]:
    return [p for c in ax.containers if isinstance(c, BarContainer) for p in c.patches]


def _errorbars(ax) -> int:
    """Number of drawn error bars (one per finite interval)."""
    n = 0
    for c in ax.containers:
        if isinstance(c, ErrorbarContainer):
            for coll in c.lines[2]:
                n += len(coll.get_segments())
    return n


def _ticks(labels) -> list[str]:
    return [t.get_text() for t in labels]


def _legend(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


# -- plot_label_shares --------------------------------------------------------------------------
def test_label_shares_grouped_draws_one_bar_per_label_and_outlet():
    _fig, ax = plt.subplots()
    out = fr.plot_label_shares(_label_table(), ax=ax)
    assert out is ax
    assert len(_bars(ax)) == 9  # 3 outlets x 3 labels, C as empty bars (NaN share)
    assert _errorbars(ax) == 6  # C has no interval
    assert _ticks(ax.get_yticklabels()) == ["B", "A", "C"]  # most delegitimizing first, NaN last
    assert _legend(ax) == [
        "terrorists (delegitimizing)",
        "rebels (neutral)",
        "opposition fighters (legitimizing)",
    ]
    assert ax.get_xlabel() == "Share of the mentions of opp (%)"
    colors = [c.patches[0].get_facecolor()[:3] for c in ax.containers if isinstance(c, BarContainer)]
    assert colors[0] == matplotlib.colors.to_rgb(STANCE_COLORS["delegitimizing"])
    assert colors[2] == matplotlib.colors.to_rgb(STANCE_COLORS["legitimizing"])


def test_label_shares_stacked_segments_add_up():
    _fig, ax = plt.subplots()
    fr.plot_label_shares(_label_table(), kind="stacked", ax=ax)
    rects = _bars(ax)
    by_y: dict[float, float] = {}
    for r in rects:
        by_y[round(r.get_y(), 3)] = max(by_y.get(round(r.get_y(), 3), 0), r.get_x() + r.get_width())
    assert sorted(round(v, 6) for v in by_y.values()) == [0.0, 1.0, 1.0]
    assert ax.get_xlim() == (0.0, 1.0)


def test_label_shares_uses_lexicon_stance_without_stance_column():
    class Lx:
        def stance(self, actor, label):
            return {
                "rebels": "neutral",
                "terrorists": "delegitimizing",
                "opposition fighters": "legitimizing",
            }[label]

    _fig, ax = plt.subplots()
    fr.plot_label_shares(_label_table().drop(columns="stance"), lexicon=Lx(), ax=ax)
    assert _legend(ax)[0] == "terrorists (delegitimizing)"


def test_label_shares_errors():
    t = _label_table()
    with pytest.raises(
        ValueError, match=r"^`data` of plot_label_shares lacks the column\(s\) label; .*fr\.label_choice"
    ):
        fr.plot_label_shares(t.drop(columns="label"))
    with pytest.raises(TypeError, match=r"^`data` of plot_label_shares must be a pandas DataFrame"):
        fr.plot_label_shares([1, 2])
    two = pd.concat([t, t.assign(actor="gov")])
    with pytest.raises(
        ValueError,
        match=r"^`actor` of plot_label_shares must name one actor, .*: opp, gov\. Pass actor='opp'",
    ):
        fr.plot_label_shares(two)
    with pytest.raises(ValueError, match=r"The `kind` parameter of plot_label_shares must be one of"):
        fr.plot_label_shares(t, kind="pie")
    with pytest.raises(ValueError, match=r"has no `stance` column.*pass lexicon='syria'"):
        fr.plot_label_shares(t.drop(columns="stance"))
    with pytest.raises(ValueError, match=r"^`order` names outlet values that are not in the data: Z"):
        fr.plot_label_shares(t, order=["Z"])
    with pytest.raises(ValueError, match=r"^`outlet` names a column|lacks the column\(s\) source"):
        fr.plot_label_shares(t, by="source")


def test_label_shares_order_and_export():
    fig, ax = plt.subplots()
    fr.plot_label_shares(_label_table(), order=["A", "B", "C"], ax=ax)
    assert _ticks(ax.get_yticklabels()) == ["A", "B", "C"]
    for fmt in ("svg", "pdf", "png"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt)
        assert buf.getbuffer().nbytes > 1000


# -- plot_label_heatmap -------------------------------------------------------------------------
def test_label_heatmap_cells_and_stance_coloured_ticks():
    _fig, ax = plt.subplots()
    fr.plot_label_heatmap(_label_table(), ax=ax)
    assert _ticks(ax.get_xticklabels()) == ["terrorists", "rebels", "opposition fighters"]
    assert _ticks(ax.get_yticklabels()) == ["B", "A", "C"]
    assert ax.get_xticklabels()[0].get_color() == STANCE_COLORS["delegitimizing"]
    texts = [t.get_text() for t in ax.texts]
    assert texts[:3] == ["80%", "10%", "10%"]  # row B; row C (NaN) has no annotations
    assert len(texts) == 6


def test_label_heatmap_several_actors_prefix_columns():
    t = _label_table()
    _fig, ax = plt.subplots()
    fr.plot_label_heatmap(pd.concat([t, t.assign(actor="gov")]), ax=ax)
    assert "gov: rebels" in _ticks(ax.get_xticklabels())
    assert len(ax.get_xticklabels()) == 6


# -- plot_timeline ------------------------------------------------------------------------------
def _timeline_table() -> pd.DataFrame:
    dates = pd.to_datetime(["2024-11-25", "2024-12-02", "2024-12-09"])
    rows = []
    for outlet, base in (("A", 0.2), ("B", 0.6)):
        for i, d in enumerate(dates):
            for label, stance in (("rebels", "neutral"), ("terrorists", "delegitimizing")):
                v = base + 0.1 * i if label == "terrorists" else 1 - base - 0.1 * i
                rows.append(
                    {
                        "outlet": outlet,
                        "date": d,
                        "actor": "opp",
                        "label": label,
                        "stance": stance,
                        "share": v,
                        "ci_low": v - 0.05,
                        "ci_high": v + 0.05,
                    }
                )
    return pd.DataFrame(rows)


def test_timeline_one_label_is_one_axes_with_a_line_per_outlet():
    _fig, ax = plt.subplots()
    out = fr.plot_timeline(_timeline_table(), label="terrorists", ax=ax)
    assert out is ax
    assert _legend(ax) == ["A", "B"]
    assert _errorbars(ax) == 6
    assert ax.get_title() == "terrorists (delegitimizing)"
    line = ax.containers[0].lines[0]
    np.testing.assert_allclose(line.get_ydata(), [0.2, 0.3, 0.4])


def test_timeline_several_labels_give_a_grid():
    grid = fr.plot_timeline(_timeline_table())
    assert isinstance(grid, sns.FacetGrid)
    assert [a.get_title() for a in grid.axes.flat] == ["terrorists (delegitimizing)", "rebels (neutral)"]
    with pytest.raises(ValueError, match=r"^`ax` cannot hold 2 labels of plot_timeline"):
        fr.plot_timeline(_timeline_table(), ax=plt.gca())
    with pytest.raises(ValueError, match=r"lacks the column\(s\) date"):
        fr.plot_timeline(_label_table())


# -- sourcing -----------------------------------------------------------------------------------
def _source_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["A"] * 3 + ["B"] * 3,
            "speaker_category": ["official", "civilian", "ngo"] * 2,
            "count": [6, 3, 1, 2, 2, 6],
            "total": [10] * 6,
            "share": [0.6, 0.3, 0.1, 0.2, 0.2, 0.6],
            "ci_low": [0.5, 0.2, 0.0, 0.1, 0.1, 0.5],
            "ci_high": [0.7, 0.4, 0.2, 0.3, 0.3, 0.7],
            "n_docs": [4] * 6,
        }
    )


def test_source_shares_stacked_with_fixed_category_colours():
    _fig, ax = plt.subplots()
    fr.plot_source_shares(_source_table(), ax=ax)
    assert len(_bars(ax)) == 6
    assert _errorbars(ax) == 6
    assert _legend(ax) == ["official", "ngo", "civilian"]  # by pooled count
    assert _ticks(ax.get_yticklabels()) == ["A", "B"]  # most official first
    first = next(c for c in ax.containers if isinstance(c, BarContainer))
    assert first.patches[0].get_facecolor()[:3] == matplotlib.colors.to_rgb(CATEGORY_COLORS["official"])


def test_source_shares_other_category_and_error():
    t = _source_table().rename(columns={"speaker_category": "kind"})
    _fig, ax = plt.subplots()
    fr.plot_source_shares(t, kind="grouped", ax=ax)
    assert ax.get_legend().get_title().get_text() == "Kind"
    with pytest.raises(ValueError, match=r"lacks the column\(s\) speaker_category; .*fr\.source_share"):
        fr.plot_source_shares(_source_table().drop(columns="speaker_category"))


def test_cue_stance_draws_distancing_per_speaker_and_outlet():
    rows = []
    for outlet in ("A", "B"):
        for cat, d in (("official", 0.5), ("ngo", 0.1)):
            for stance, v in (("distancing", d), ("neutral", 1 - d)):
                rows.append(
                    {
                        "outlet": outlet,
                        "speaker_category": cat,
                        "cue_stance": stance,
                        "count": int(v * 10),
                        "total": 10,
                        "share": v,
                        "ci_low": v - 0.05,
                        "ci_high": v + 0.05,
                        "n_docs": 3,
                    }
                )
    _fig, ax = plt.subplots()
    fr.plot_cue_stance(pd.DataFrame(rows), ax=ax)
    assert len(_bars(ax)) == 4
    assert _errorbars(ax) == 4
    assert _ticks(ax.get_yticklabels()) == ["official", "ngo"]
    assert _legend(ax) == ["A", "B"]
    assert "distancing" in ax.get_xlabel()
    with pytest.raises(ValueError, match=r"The `stance` parameter of plot_cue_stance must be one of"):
        fr.plot_cue_stance(pd.DataFrame(rows), stance="sceptical")


# -- plot_rates ---------------------------------------------------------------------------------
def test_rates_on_agency_rates_output_draws_agentless_sorted():
    df = pd.DataFrame(
        {
            "text": [
                "Jets shelled the town.",
                "A school was shelled.",
                "Four died.",
                "Jets shelled the town.",
            ],
            "outlet": ["A", "B", "B", "C"],
        }
    )
    rates = fr.agency_rates(df, n_boot=100)
    _fig, ax = plt.subplots()
    fr.plot_rates(rates, ax=ax)
    assert len(_bars(ax)) == 3
    assert _ticks(ax.get_yticklabels())[0] == "B"  # B is all agentless
    assert ax.get_xlabel() == "Share of harm clauses (%)"
    assert ax.get_title() == "Agentless"


def test_rates_on_a_hedge_rates_table():
    rows = []
    for outlet, scale in (("A", 1.0), ("B", 2.0)):
        for fam in ("reportative", "distancing", "all"):
            for unit in ("per_1000_words", "per_sentence"):
                v = scale * (3 if fam == "all" else 1)
                rows.append(
                    {
                        "outlet": outlet,
                        "family": fam,
                        "unit": unit,
                        "count": 2,
                        "total": 1000,
                        "rate": v,
                        "ci_low": v - 0.5,
                        "ci_high": v + 0.5,
                        "n_docs": 2,
                    }
                )
    t = pd.DataFrame(rows)
    t.attrs["framing"] = {"function": "hedge_rates"}
    _fig, ax = plt.subplots()
    fr.plot_rates(t, ax=ax)
    assert len(_bars(ax)) == 6
    assert _errorbars(ax) == 6
    assert _ticks(ax.get_yticklabels()) == ["B", "A"]
    assert _legend(ax) == ["reportative", "distancing", "all"]
    assert ax.get_xlabel() == "Hedges per 1,000 words"
    _fig, ax = plt.subplots()
    fr.plot_rates(t, unit="per_sentence", categories=["all"], ax=ax)
    assert ax.get_xlabel() == "Hedges per sentence"
    assert len(_bars(ax)) == 2
    with pytest.raises(ValueError, match=r"The `unit` parameter of plot_rates must be one of"):
        fr.plot_rates(t, unit="per_word")
    with pytest.raises(ValueError, match=r"^`category` of plot_rates is ambiguous"):
        fr.plot_rates(t.assign(other=range(len(t))))
    with pytest.raises(ValueError, match=r"lacks the column\(s\) rate \(or share\); .*fr\.hedge_rates"):
        fr.plot_rates(t.drop(columns=["rate"]))


# -- models -------------------------------------------------------------------------------------
def test_confusion_annotates_shares_and_counts():
    _fig, ax = plt.subplots()
    fr.plot_confusion(np.array([[8, 2], [0, 10]]), labels=["left", "right"], ax=ax)
    assert [t.get_text() for t in ax.texts] == ["80%\n(8)", "20%\n(2)", "0%\n(0)", "100%\n(10)"]
    assert _ticks(ax.get_xticklabels()) == ["left", "right"]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Predicted class", "True class")
    frame = pd.DataFrame([[1, 0], [0, 1]], index=["x", "y"], columns=["x", "y"])
    _fig, ax = plt.subplots()
    fr.plot_confusion(frame, normalize=None, ax=ax)
    assert _ticks(ax.get_yticklabels()) == ["x", "y"]
    assert [t.get_text() for t in ax.texts] == ["1", "0", "0", "1"]
    with pytest.raises(ValueError, match=r"must be a square matrix of counts .* Got shape \(2, 3\)"):
        fr.plot_confusion(np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"^`labels` must name each of the 2 classes"):
        fr.plot_confusion(np.eye(2), labels=["a"])


def test_top_features_sorted_by_absolute_weight_and_signed_colours():
    t = pd.DataFrame(
        {
            "class": ["left"] * 4 + ["right"] * 4,
            "feature": list("abcdefgh"),
            "weight": [0.1, -2.0, 1.0, 0.5, 3.0, -0.2, 0.1, 0.3],
        }
    )
    _fig, ax = plt.subplots()
    fr.plot_top_features(t, classes="left", top=3, ax=ax)
    assert _ticks(ax.get_yticklabels()) == ["b", "c", "d"]
    bars = _bars(ax)
    assert len(bars) == 3
    neg = next(b for b in bars if b.get_width() < 0)
    assert neg.get_facecolor()[:3] == matplotlib.colors.to_rgb("#D55E00")
    grid = fr.plot_top_features(t, top=2)
    assert isinstance(grid, sns.FacetGrid)
    assert [a.get_title() for a in grid.axes.flat] == ["left", "right"]
    with pytest.raises(ValueError, match=r"lacks the column\(s\) weight; .*model\.explain"):
        fr.plot_top_features(t.drop(columns="weight"))


def test_no_global_style_change():
    before = dict(matplotlib.rcParams)
    _fig, ax = plt.subplots()
    fr.plot_label_heatmap(_label_table(), ax=ax)
    fr.plot_timeline(_timeline_table())
    assert dict(matplotlib.rcParams) == before


def test_label_share_figures_name_the_actor_in_words_not_as_a_key():
    import matplotlib

    matplotlib.use("Agg")
    table = pd.DataFrame(
        {
            "outlet": ["A", "A"],
            "actor": ["armed_opposition"] * 2,
            "label": ["rebels", "terrorists"],
            "stance": ["neutral", "delegitimizing"],
            "share": [0.75, 0.25],
            "ci_low": [0.5, 0.0],
            "ci_high": [1.0, 0.5],
        }
    )
    ax = fr.plot_label_shares(table, actor="armed_opposition")
    assert ax.get_title() == "Labels for armed opposition"
    assert ax.get_xlabel() == "Share of the mentions of armed opposition (%)"
