"""Figures for the tables of the analysis functions (matplotlib and seaborn).

Every ``plot_*`` function takes the DataFrame returned by one analysis function, draws it on
``ax`` (default: the current Axes) and returns the Axes, or a seaborn ``FacetGrid`` when the
figure has one panel per category. Nothing global is changed (no style, no rcParams) and
``plt.show()`` is never called; save a figure with ``ax.figure.savefig("fig.svg")`` (SVG, PDF
and PNG all work).

Colours are fixed per meaning so that the same stance or speaker category has the same colour in
every figure: the palette is Okabe & Ito's (2008) set of eight colours that stay distinct under the
common colour-vision deficiencies. Delegitimizing is vermillion, neutral grey and legitimizing
blue, in every plot and in the evidence view of :mod:`framing.display`.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from framing._palette import CATEGORY_COLORS, OKABE_ITO, STANCE_COLORS
from framing._validation import check_choice, check_int

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.ticker import PercentFormatter

# matplotlib is imported inside the functions: `import framing` stays fast for users who never plot.

__all__ = [
    "CATEGORY_COLORS",
    "OKABE_ITO",
    "STANCE_COLORS",
    "plot_confusion",
    "plot_cue_stance",
    "plot_keyness",
    "plot_label_heatmap",
    "plot_label_shares",
    "plot_rates",
    "plot_source_shares",
    "plot_timeline",
    "plot_top_features",
]

_STANCE_ORDER = ["delegitimizing", "neutral", "legitimizing"]
_CYCLE = [
    OKABE_ITO[k]
    for k in ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple", "yellow", "black")
]
_MEASURES = {
    "count",
    "total",
    "share",
    "rate",
    "ci_low",
    "ci_high",
    "n_docs",
    "unit",
    "stance",
    "count_other",
}

# What each plot needs and which function makes it, for the error when a table does not fit.
_PRODUCERS = {
    "plot_label_shares": "fr.label_choice(corpus, lexicon)",
    "plot_label_heatmap": "fr.label_choice(corpus, lexicon)",
    "plot_source_shares": "fr.source_share(quotes)",
    "plot_cue_stance": "fr.cue_stance_by_speaker(quotes)",
    "plot_rates": "fr.hedge_rates(corpus) or fr.agency_rates(corpus)",
    "plot_timeline": "fr.label_choice(corpus, lexicon, by=['outlet', pd.Grouper(key='date', freq='W')])",
    "plot_confusion": "sklearn.metrics.confusion_matrix(y_true, y_pred)",
    "plot_top_features": "model.explain(top=20)",
}


# -- validation -------------------------------------------------------------------------------
def _frame(data: Any, function: str) -> pd.DataFrame:
    if not isinstance(data, pd.DataFrame):
        raise TypeError(
            f"`data` of {function} must be a pandas DataFrame as returned by {_PRODUCERS[function]}. "
            f"Got {type(data).__name__} instead."
        )
    return data


def _require(data: pd.DataFrame, columns: Sequence[str], function: str) -> None:
    missing = [c for c in columns if c not in data.columns]
    if missing:
        have = ", ".join(map(str, data.columns)) or "(none)"
        raise ValueError(
            f"`data` of {function} lacks the column(s) {', '.join(missing)}; the columns are: {have}. "
            f"Pass the table returned by {_PRODUCERS[function]}."
        )


def _pick(data: pd.DataFrame, column: str, value: Any, parameter: str, function: str) -> Any:
    """Resolve ``value`` among the values of ``column``; None is allowed when there is only one."""
    options = list(pd.unique(data[column].dropna()))
    if not options:
        raise ValueError(f"`data` of {function} has no rows with a {column}; pass a non-empty table.")
    if value is None:
        if len(options) == 1:
            return options[0]
        shown = ", ".join(map(str, options))
        raise ValueError(
            f"`{parameter}` of {function} must name one {column}, because the table holds several: "
            f"{shown}. Pass {parameter}={options[0]!r}, for example."
        )
    check_choice(parameter, value, options, owner=function)
    return value


def _percent() -> PercentFormatter:
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(1.0)


def _ax(ax: Axes | None) -> Axes:
    import matplotlib.pyplot as plt
    from matplotlib.axes import Axes

    if ax is None:
        return plt.gca()
    if not isinstance(ax, Axes):
        raise TypeError(f"`ax` must be a matplotlib Axes or None. Got {type(ax).__name__} instead.")
    return ax


def _clean(ax: Axes, *, grid_axis: Literal["x", "y"] = "x") -> None:
    """Remove chart junk on this Axes only (no global style)."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis=grid_axis, color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)


def _by_column(data: pd.DataFrame, by: str, function: str) -> str:
    if by not in data.columns:
        _require(data, [by], function)
    return by


def _errors(values: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Asymmetric error-bar lengths; NaN where an interval is missing (nothing is drawn)."""
    return np.vstack([values - low, high - values]).clip(min=0)


def _shades(color: str, n: int) -> list[tuple[float, float, float]]:
    """``n`` shades of one hue, from the full colour towards white, so labels of one stance
    stay recognisably that stance and distinct from each other."""
    from matplotlib.colors import to_rgb

    base = np.array(to_rgb(color))
    if n == 1:
        return [tuple(base)]
    mix = np.linspace(0.0, 0.6, n)
    return [tuple(base + (1 - base) * m) for m in mix]


def _color_list(categories: Sequence[Any], palette: dict[str, str] | None = None) -> dict[Any, Any]:
    """A colour per category: ``palette``, then :data:`CATEGORY_COLORS`, then unused Okabe-Ito."""
    known = {**CATEGORY_COLORS, **(palette or {})}
    out = {cat: known[str(cat).lower()] for cat in categories if str(cat).lower() in known}
    spare = iter(c for c in _CYCLE if c not in set(out.values()))
    for cat in categories:
        if cat not in out:
            out[cat] = next(spare, "#666666")
    return out


def _order(data: pd.DataFrame, by: str, order: Sequence[Any] | None, key: pd.Series | None) -> list[Any]:
    """Group order: as given, else by ``key`` (largest first, drawn at the top), else sorted."""
    present = list(pd.unique(data[by].dropna()))
    if order is not None:
        order = list(order)
        unknown = [o for o in order if o not in present]
        if unknown:
            raise ValueError(
                f"`order` names {by} values that are not in the data: {', '.join(map(str, unknown))}; "
                f"the values are: {', '.join(map(str, present))}."
            )
        return order
    if key is None:
        return sorted(present, key=str)
    key = key.reindex(present)
    return sorted(present, key=lambda g: (np.nan_to_num(-key.get(g, np.nan), nan=np.inf), str(g)))


def _hbars(
    ax: Axes,
    table: pd.DataFrame,
    *,
    rows: list[Any],
    hues: list[Any],
    colors: dict[Any, Any],
    value: str,
    stacked: bool,
    hue_names: dict[Any, str] | None = None,
    **kwargs: Any,
) -> None:
    """Horizontal bars: one bar row per ``rows`` value (first at the top), one bar (or stacked
    segment) per ``hues`` value, with the ``ci_low``/``ci_high`` interval as an error bar."""
    n = len(hues)
    y = np.arange(len(rows))[::-1].astype(float)
    height = 0.8 if stacked else 0.8 / max(n, 1)
    left = np.zeros(len(rows))
    for j, hue in enumerate(hues):
        sub = table[table["_hue"] == hue].set_index("_row").reindex(rows)
        vals = sub[value].to_numpy(dtype=float)
        lo = sub["ci_low"].to_numpy(dtype=float)
        hi = sub["ci_high"].to_numpy(dtype=float)
        if stacked:
            pos = y
            base = left.copy()
            ends = base + np.nan_to_num(vals)
        else:
            pos = y + 0.4 - height * (j + 0.5)
            base = np.zeros(len(rows))
            ends = vals
        label = (hue_names or {}).get(hue, str(hue))
        ax.barh(
            pos,
            np.nan_to_num(vals),
            height=height * 0.92,
            left=base,
            color=colors[hue],
            label=label,
            **kwargs,
        )
        ok = ~np.isnan(vals) & ~np.isnan(lo) & ~np.isnan(hi)
        if ok.any():
            # Stacked: the whisker sits at the segment's right edge and shows that label's own
            # interval, i.e. where the edge could be with the segments before it held fixed.
            ax.errorbar(
                ends[ok],
                pos[ok],
                xerr=_errors(vals[ok], lo[ok], hi[ok]),
                fmt="none",
                ecolor="#222222",
                elinewidth=0.9,
                capsize=2.5,
            )
        if stacked:
            left = ends
    ax.set_yticks(y, [str(r) for r in rows])
    ax.set_ylim(-0.6, len(rows) - 0.4)


def _legend(ax: Axes, *, title: str, n: int) -> None:
    if n:
        ax.legend(title=title, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))


def _stance_of(data: pd.DataFrame, actor: Any, lexicon: Any, function: str) -> dict[Any, str]:
    """Stance per label of ``actor``: the ``stance`` column, else ``lexicon.stance``."""
    sub = data[data["actor"] == actor] if "actor" in data.columns else data
    labels = list(pd.unique(sub["label"].dropna()))
    if "stance" in sub.columns and sub["stance"].notna().all():
        return dict(zip(sub["label"], sub["stance"].astype(str)))
    if lexicon is not None:
        from framing import lexicons as _lexicons

        lx = _lexicons.load(lexicon) if not hasattr(lexicon, "stance") else lexicon
        return {lab: lx.stance(actor, lab) for lab in labels}
    raise ValueError(
        f"`data` of {function} has no `stance` column, so the stance of each label is unknown; "
        "pass lexicon='syria' (the actors lexicon used), or the table of fr.label_choice, which "
        "has the column."
    )


def _stance_palette(labels: list[Any], stance: dict[Any, str]) -> tuple[list[Any], dict[Any, Any]]:
    """Labels ordered delegitimizing -> neutral -> legitimizing, each in shades of its stance."""
    rank = {s: i for i, s in enumerate(_STANCE_ORDER)}
    ordered = sorted(labels, key=lambda lab: (rank.get(stance.get(lab, ""), len(rank)), labels.index(lab)))
    colors: dict[Any, Any] = {}
    for s in _STANCE_ORDER:
        group = [lab for lab in ordered if stance.get(lab) == s]
        colors.update(zip(group, _shades(STANCE_COLORS[s], len(group))))
    unknown = [lab for lab in ordered if stance.get(lab) not in rank]
    colors.update(zip(unknown, _shades("#666666", len(unknown))))
    return ordered, colors


def _axis_label(data: pd.DataFrame, value: str, default: str) -> str:
    function = (data.attrs.get("framing") or {}).get("function")
    unit = None
    if "unit" in data.columns and data["unit"].nunique() == 1:
        unit = str(data["unit"].iloc[0])
    units = {"per_1000_words": "per 1,000 words", "per_sentence": "per sentence"}
    if function == "hedge_rates":
        return f"Hedges {units.get(unit or '', '(rate)')}"
    if function == "agency_rates":
        return "Share of harm clauses (%)"
    if value == "rate":
        return f"Rate {units[unit]}" if unit in units else "Rate"
    return default


# -- naming -----------------------------------------------------------------------------------
def plot_label_shares(
    data: pd.DataFrame,
    *,
    actor: str | None = None,
    by: str = "outlet",
    kind: str = "grouped",
    lexicon: Any = None,
    order: Sequence[Any] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Which label each outlet uses for one actor: bars with intervals, coloured by stance.

    Parameters
    ----------
    data : DataFrame
        The result of :func:`framing.label_choice` (columns ``by``, ``actor``, ``label``,
        ``share``, ``ci_low``, ``ci_high``, and ``stance`` or a ``lexicon``).
    actor : str, optional
        The actor to draw; may be omitted when the table holds only one.
    by : str, default "outlet"
        The group column, one bar row per value.
    kind : {"grouped", "stacked"}, default "grouped"
        ``"grouped"``: one bar per label with its interval. ``"stacked"``: one bar of 100% per
        group; each segment's whisker, at its right edge, shows that label's own interval.
    lexicon : str or Lexicon, optional
        Where to read each label's stance when ``data`` has no ``stance`` column.
    order : list, optional
        Group order from the top; default: most delegitimizing first (the summed share of the
        delegitimizing labels), so the contrast between outlets reads from top to bottom.
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib Axes
        x: share of the actor's label mentions (percent); y: groups; legend: labels (stance).

    Notes
    -----
    Labels are ordered delegitimizing, neutral, legitimizing and drawn in shades of
    vermillion, grey and blue respectively (:data:`STANCE_COLORS`). Groups that never mention the
    actor (NaN share) get an empty row rather than disappearing.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "actor": "opp",
    ...     "label": ["rebels", "terrorists"] * 2, "stance": ["neutral", "delegitimizing"] * 2,
    ...     "share": [0.8, 0.2, 0.3, 0.7], "ci_low": [0.7, 0.1, 0.2, 0.6],
    ...     "ci_high": [0.9, 0.3, 0.4, 0.8]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_label_shares(t, ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['B', 'A']
    """
    fn = "plot_label_shares"
    data = _frame(data, fn)
    _require(data, ["actor", "label", "share", "ci_low", "ci_high"], fn)
    by = _by_column(data, by, fn)
    check_choice("kind", kind, ["grouped", "stacked"], owner=fn)
    actor = _pick(data, "actor", actor, "actor", fn)
    sub = data[data["actor"] == actor]
    stance = _stance_of(sub, actor, lexicon, fn)
    labels, colors = _stance_palette(list(pd.unique(sub["label"].dropna())), stance)
    deleg = sub[sub["label"].map(stance) == "delegitimizing"].groupby(by)["share"].sum(min_count=1)
    rows = _order(sub, by, order, deleg if len(deleg) else None)
    ax = _ax(ax)
    table = sub.assign(_row=sub[by], _hue=sub["label"])
    names = {lab: f"{lab} ({stance.get(lab, '?')})" for lab in labels}
    _hbars(
        ax,
        table,
        rows=rows,
        hues=labels,
        colors=colors,
        value="share",
        stacked=kind == "stacked",
        hue_names=names,
        **kwargs,
    )
    ax.xaxis.set_major_formatter(_percent())
    ax.set_xlim(
        0,
        1.0
        if kind == "stacked"
        else max(1e-9, float(np.nanmax([sub["ci_high"].max(), sub["share"].max(), 0.05]))) * 1.05,
    )
    ax.set_xlabel(f"Share of the mentions of {str(actor).replace('_', ' ')} (%)")
    ax.set_ylabel(by.replace("_", " ").capitalize())
    ax.set_title(f"Labels for {str(actor).replace('_', ' ')}")
    _clean(ax)
    _legend(ax, title="Label (stance)", n=len(labels))
    return ax


def plot_label_heatmap(
    data: pd.DataFrame,
    *,
    actor: str | None = None,
    by: str = "outlet",
    lexicon: Any = None,
    order: Sequence[Any] | None = None,
    annot: bool = True,
    cmap: str = "cividis",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Group x label share as a heatmap, label names coloured by stance.

    Parameters
    ----------
    data : DataFrame
        The result of :func:`framing.label_choice`.
    actor : str, optional
        Restrict to one actor. Default: every actor, columns named ``actor: label``.
    by : str, default "outlet"
        The group column (rows of the heatmap).
    lexicon : str or Lexicon, optional
        Where to read stances when ``data`` has no ``stance`` column (then the tick labels are
        not coloured if neither is available).
    order : list, optional
        Row order; default most delegitimizing first.
    annot : bool, default True
        Write the share (percent) in each cell.
    cmap : str, default "cividis"
        A sequential colour map (cividis is readable under colour-vision deficiencies).
    ax : matplotlib Axes, optional
        Where to draw.
    **kwargs
        Passed to :func:`seaborn.heatmap`.

    Returns
    -------
    matplotlib Axes
        Rows: groups; columns: labels (delegitimizing first); colour: share (0 to 1); empty
        cells where a group never mentions the actor.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"outlet": ["A", "A"], "actor": "opp", "label": ["rebels", "terrorists"],
    ...     "stance": ["neutral", "delegitimizing"], "share": [0.8, 0.2]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_label_heatmap(t, ax=ax)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['terrorists', 'rebels']
    """
    import seaborn as sns

    fn = "plot_label_heatmap"
    data = _frame(data, fn)
    _require(data, ["actor", "label", "share"], fn)
    by = _by_column(data, by, fn)
    check_choice("annot", annot, [True, False], owner=fn)
    if actor is not None:
        actor = _pick(data, "actor", actor, "actor", fn)
        data = data[data["actor"] == actor]
    actors = list(pd.unique(data["actor"].dropna()))
    columns: list[str] = []
    col_stance: dict[str, str] = {}
    key_of: dict[tuple[Any, Any], str] = {}
    for a in actors:
        sub = data[data["actor"] == a]
        try:
            stance = _stance_of(sub, a, lexicon, fn)
        except ValueError:
            stance = {}
        labels, _ = _stance_palette(list(pd.unique(sub["label"].dropna())), stance)
        for lab in labels:
            name = str(lab) if len(actors) == 1 else f"{a}: {lab}"
            columns.append(name)
            key_of[(a, lab)] = name
            if lab in stance:
                col_stance[name] = stance[lab]
    cells = data.assign(_col=[key_of.get((a, lab), "") for a, lab in zip(data["actor"], data["label"])])
    grid = cells.pivot_table(index=by, columns="_col", values="share", aggfunc="first", dropna=False)
    deleg = cells[cells["_col"].map(col_stance) == "delegitimizing"].groupby(by)["share"].mean()
    rows = _order(cells, by, order, deleg if len(deleg) else None)
    grid = grid.reindex(index=rows, columns=columns)
    ax = _ax(ax)
    opts: dict[str, Any] = {
        "vmin": 0.0,
        "vmax": 1.0,
        "cmap": cmap,
        "annot": annot,
        "fmt": ".0%",
        "linewidths": 0.5,
        "linecolor": "white",
        "cbar_kws": {"label": "Share of the actor's mentions", "format": _percent()},
    }
    opts.update(kwargs)
    sns.heatmap(grid.astype(float), ax=ax, **opts)
    for tick in ax.get_xticklabels():
        s = col_stance.get(tick.get_text())
        if s in STANCE_COLORS:
            tick.set_color(STANCE_COLORS[s])
    ax.set_xlabel("Label (colour: stance)" if col_stance else "Label")
    ax.set_ylabel(by.replace("_", " ").capitalize())
    ax.tick_params(axis="x", labelrotation=35)
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    ax.set_title(
        f"Labels for {str(actors[0]).replace('_', ' ')}" if len(actors) == 1 else "Label shares per actor"
    )
    return ax


def plot_timeline(
    data: pd.DataFrame,
    *,
    actor: str | None = None,
    label: str | Sequence[str] | None = None,
    by: str = "outlet",
    date: str = "date",
    lexicon: Any = None,
    col_wrap: int = 3,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Any:
    """Share of a label over time, one line per outlet, with intervals as error bars.

    Parameters
    ----------
    data : DataFrame
        :func:`framing.label_choice` with ``by=["outlet", pd.Grouper(key="date", freq="W")]``
        (columns ``by``, ``date``, ``actor``, ``label``, ``share``, ``ci_low``, ``ci_high``).
    actor : str, optional
        The actor; may be omitted when the table holds only one.
    label : str or list of str, optional
        One label gives one Axes; several (default: all labels of the actor) give one panel per
        label in a seaborn ``FacetGrid``.
    by : str, default "outlet"
        One line per value of this column.
    date : str, default "date"
        The period column.
    lexicon : str or Lexicon, optional
        Used for panel titles' stance when ``data`` has no ``stance`` column.
    col_wrap : int, default 3
        Panels per row of the grid.
    ax : matplotlib Axes, optional
        Where to draw a single label (not allowed with several labels).
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.errorbar`.

    Returns
    -------
    matplotlib Axes or seaborn.FacetGrid
        x: period; y: share of the actor's mentions (percent); one coloured line per group.
        Periods where a group does not mention the actor are gaps, not zeros.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "actor": "opp", "label": "rebels",
    ...     "date": pd.to_datetime(["2024-11-25", "2024-12-02"] * 2),
    ...     "share": [0.5, 0.6, 0.2, 0.3], "ci_low": [0.4, 0.5, 0.1, 0.2],
    ...     "ci_high": [0.6, 0.7, 0.3, 0.4]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_timeline(t, ax=ax)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['A', 'B']
    """
    import matplotlib.dates as mdates
    import seaborn as sns

    fn = "plot_timeline"
    data = _frame(data, fn)
    _require(data, [date, "actor", "label", "share", "ci_low", "ci_high"], fn)
    by = _by_column(data, by, fn)
    col_wrap = check_int("col_wrap", col_wrap, minimum=1)
    actor = _pick(data, "actor", actor, "actor", fn)
    sub = data[data["actor"] == actor]
    all_labels = list(pd.unique(sub["label"].dropna()))
    if label is None:
        labels = all_labels
    else:
        labels = [label] if isinstance(label, str) else list(label)
        for lab in labels:
            check_choice("label", lab, all_labels, owner=fn)
    try:
        stance = _stance_of(sub, actor, lexicon, fn)
    except ValueError:
        stance = {}
    labels, _ = _stance_palette(labels, stance)
    groups = sorted(pd.unique(sub[by].dropna()), key=str)
    colors = {g: _CYCLE[i % len(_CYCLE)] for i, g in enumerate(groups)}

    def draw(panel: Axes, lab: Any) -> None:
        part = sub[sub["label"] == lab]
        for g in groups:
            line = part[part[by] == g].sort_values(date)
            x = pd.to_datetime(line[date])
            vals = line["share"].to_numpy(dtype=float)
            err = _errors(vals, line["ci_low"].to_numpy(dtype=float), line["ci_high"].to_numpy(dtype=float))
            opts: dict[str, Any] = {
                "fmt": "-o",
                "markersize": 4,
                "capsize": 2,
                "elinewidth": 0.8,
                "linewidth": 1.5,
            }
            opts.update(kwargs)
            panel.errorbar(x, vals, yerr=np.nan_to_num(err), color=colors[g], label=str(g), **opts)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
        panel.xaxis.set_major_locator(locator)
        panel.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        panel.yaxis.set_major_formatter(_percent())
        panel.set_ylim(bottom=0)
        s = stance.get(lab)
        panel.set_title(f"{lab} ({s})" if s else str(lab), color=STANCE_COLORS.get(s or "", "black"))
        _clean(panel, grid_axis="y")

    ylabel = f"Share of the mentions of {str(actor).replace('_', ' ')} (%)"
    if len(labels) == 1:
        axes = _ax(ax)
        draw(axes, labels[0])
        axes.set_xlabel("Date (period start)")
        axes.set_ylabel(ylabel)
        axes.legend(
            title=by.replace("_", " ").capitalize(),
            frameon=False,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
        )
        return axes
    if ax is not None:
        raise ValueError(
            f"`ax` cannot hold {len(labels)} labels of {fn}; pass one `label` to draw on `ax`, or "
            "leave ax=None to get one panel per label."
        )
    frame = pd.DataFrame({"label": labels})
    grid = sns.FacetGrid(
        frame,
        col="label",
        col_order=labels,
        col_wrap=min(col_wrap, len(labels)),
        sharey=True,
        height=3,
        aspect=1.3,
    )
    for panel, lab in zip(grid.axes.flat, labels):
        draw(panel, lab)
    grid.set_axis_labels("Date (period start)", ylabel)
    handles, names = grid.axes.flat[0].get_legend_handles_labels()
    grid.figure.legend(
        handles,
        names,
        title=by.replace("_", " ").capitalize(),
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.0, 0.95),
    )
    return grid


# -- sourcing ---------------------------------------------------------------------------------
_SOURCE_COLUMNS = ("speaker_category", "speaker_actor", "cue_stance", "kind", "anonymous")


def plot_source_shares(
    data: pd.DataFrame,
    *,
    of: str | None = None,
    by: str = "outlet",
    kind: str = "stacked",
    order: Sequence[Any] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Who is quoted, per outlet: the share of attributions per speaker category (or verb
    stance, kind, anonymity), with intervals.

    Parameters
    ----------
    data : DataFrame
        The result of :func:`framing.source_share`.
    of : str, optional
        The category column; default the one of ``speaker_category``, ``speaker_actor``,
        ``cue_stance``, ``kind``, ``anonymous`` that the table has.
    by : str, default "outlet"
        The group column.
    kind : {"stacked", "grouped"}, default "stacked"
        Stacked 100% bars (each whisker, at its segment's right edge, shows that category's own
        interval) or grouped bars.
    order : list, optional
        Group order from the top; default by the share of the most frequent category overall.
    ax : matplotlib Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib Axes
        x: share of the group's attributions (percent); y: groups; legend: categories, in fixed
        colours (:data:`CATEGORY_COLORS`) shared with the evidence view.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"outlet": ["A", "A"], "speaker_category": ["official", "civilian"],
    ...     "share": [0.75, 0.25], "ci_low": [0.6, 0.1], "ci_high": [0.9, 0.4]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_source_shares(t, ax=ax)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['official', 'civilian']
    """
    fn = "plot_source_shares"
    data = _frame(data, fn)
    if of is None:
        found = [c for c in _SOURCE_COLUMNS if c in data.columns and c != by]
        if not found:
            _require(data, ["speaker_category"], fn)
        of = found[0]
    _require(data, [of, "share", "ci_low", "ci_high"], fn)
    by = _by_column(data, by, fn)
    check_choice("kind", kind, ["stacked", "grouped"], owner=fn)
    overall = data.groupby(of)["count"].sum() if "count" in data.columns else data.groupby(of)["share"].mean()
    cats = sorted(pd.unique(data[of].dropna()), key=lambda c: (-float(overall.get(c, 0) or 0), str(c)))
    palette = STANCE_COLORS if of == "cue_stance" else None
    colors = _color_list(cats, palette)
    top = data[data[of] == cats[0]].groupby(by)["share"].mean() if cats else None
    rows = _order(data, by, order, top)
    ax = _ax(ax)
    table = data.assign(_row=data[by], _hue=data[of])
    _hbars(ax, table, rows=rows, hues=cats, colors=colors, value="share", stacked=kind == "stacked", **kwargs)
    ax.xaxis.set_major_formatter(_percent())
    if kind == "stacked":
        ax.set_xlim(0, 1)
    ax.set_xlabel("Share of the attributions (%)")
    ax.set_ylabel(by.replace("_", " ").capitalize())
    ax.set_title(f"Sources by {of.replace('_', ' ')}")
    _clean(ax)
    _legend(ax, title=of.replace("_", " ").capitalize(), n=len(cats))
    return ax


def plot_cue_stance(
    data: pd.DataFrame,
    *,
    stance: str = "distancing",
    speaker: str | None = None,
    by: str = "outlet",
    order: Sequence[Any] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """How each outlet introduces each kind of speaker: the share of one verb stance
    (default distancing, "claimed") per speaker category and outlet, with intervals.

    Parameters
    ----------
    data : DataFrame
        The result of :func:`framing.cue_stance_by_speaker` (columns ``by``, the speaker column,
        ``cue_stance``, ``share``, ``ci_low``, ``ci_high``).
    stance : str, default "distancing"
        The verb stance whose share is drawn (``neutral``, ``distancing``, ``endorsing``,
        ``emotive``, ``assertive``).
    speaker : str, optional
        The speaker column; default ``speaker_category`` or ``speaker_actor``, whichever exists.
    by : str, default "outlet"
        The group column: one bar per group within each speaker row.
    order : list, optional
        Speaker rows from the top; default by the pooled share (highest first).
    ax : matplotlib Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib Axes
        x: share of the speaker's attributions with a ``stance`` verb (percent); y: speaker
        categories; legend: groups. Categories an outlet never quotes are empty bars.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "speaker_category": ["official", "ngo"] * 2,
    ...     "cue_stance": "distancing", "share": [0.4, 0.1, 0.1, 0.2],
    ...     "ci_low": [0.3, 0.0, 0.0, 0.1], "ci_high": [0.5, 0.2, 0.2, 0.3]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_cue_stance(t, ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['official', 'ngo']
    """
    fn = "plot_cue_stance"
    data = _frame(data, fn)
    if speaker is None:
        found = [c for c in ("speaker_category", "speaker_actor") if c in data.columns]
        speaker = found[0] if found else "speaker_category"
    _require(data, [speaker, "cue_stance", "share", "ci_low", "ci_high"], fn)
    by = _by_column(data, by, fn)
    check_choice("stance", stance, list(pd.unique(data["cue_stance"].dropna())), owner=fn)
    sub = data[data["cue_stance"] == stance]
    if "count" in sub.columns and "total" in sub.columns:
        g = sub.groupby(speaker)[["count", "total"]].sum()
        pooled = g["count"] / g["total"].where(g["total"] > 0)
    else:
        pooled = sub.groupby(speaker)["share"].mean()
    rows = _order(sub, speaker, order, pooled)
    groups = sorted(pd.unique(sub[by].dropna()), key=str)
    colors = dict(zip(groups, [_CYCLE[i % len(_CYCLE)] for i in range(len(groups))]))
    ax = _ax(ax)
    table = sub.assign(_row=sub[speaker], _hue=sub[by])
    _hbars(ax, table, rows=rows, hues=groups, colors=colors, value="share", stacked=False, **kwargs)
    ax.xaxis.set_major_formatter(_percent())
    ax.set_xlim(left=0)
    ax.set_xlabel(f"Share of the speaker's attributions with a {stance} verb (%)")
    ax.set_ylabel(speaker.replace("_", " ").capitalize())
    ax.set_title(f"{stance.capitalize()} reporting verbs by speaker")
    _clean(ax)
    _legend(ax, title=by.replace("_", " ").capitalize(), n=len(groups))
    return ax


# -- rates ------------------------------------------------------------------------------------
def plot_rates(
    data: pd.DataFrame,
    *,
    by: str = "outlet",
    category: str | None = None,
    categories: Sequence[Any] | None = None,
    unit: str | None = None,
    order: Sequence[Any] | None = None,
    xlabel: str | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Any indicator rate or share per outlet with intervals, outlets sorted by the value.

    Parameters
    ----------
    data : DataFrame
        An aggregate table with ``rate`` or ``share``, ``ci_low`` and ``ci_high``: e.g.
        :func:`framing.hedge_rates` or :func:`framing.agency_rates`.
    by : str, default "outlet"
        The group column (bar rows).
    category : str, optional
        The column of the measure's categories (``family``, ``agency``, ``construction``...);
        default: the one column that is neither ``by`` nor a measure column, if any.
    categories : list, optional
        The categories to draw. Default: all, except for ``agency_rates``' two-way split where
        only ``agentless`` is drawn (``with_agent`` is its complement).
    unit : str, optional
        For tables with a ``unit`` column (``hedge_rates``): which unit; default
        ``per_1000_words`` when present, else the first.
    order : list, optional
        Group order from the top; default by the value of the category ``all`` if drawn (the
        pooled hedge rate), else of the first category, highest first.
    xlabel : str, optional
        Axis label; default from the table's provenance (e.g. "Hedges per 1,000 words").
    ax : matplotlib Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib Axes
        x: the rate (in the table's unit) or share (percent); y: groups; legend: categories
        (when there are several).

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"outlet": ["A", "B"], "agency": "agentless", "share": [0.2, 0.5],
    ...     "ci_low": [0.1, 0.4], "ci_high": [0.3, 0.6]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_rates(t, ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['B', 'A']
    """
    fn = "plot_rates"
    data = _frame(data, fn)
    value = "rate" if "rate" in data.columns else "share"
    if value not in data.columns:
        _require(data, ["rate (or share)"], fn)
    _require(data, ["ci_low", "ci_high"], fn)
    by = _by_column(data, by, fn)
    if "unit" in data.columns:
        units = list(pd.unique(data["unit"].dropna()))
        if unit is None:
            unit = "per_1000_words" if "per_1000_words" in units else (units[0] if units else None)
        check_choice("unit", unit, units, owner=fn)
        data = data[data["unit"] == unit]
    elif unit is not None:
        raise ValueError(
            f"`unit` was given ({unit!r}) but the table of {fn} has no `unit` column; leave unit=None."
        )
    if category is None:
        rest = [c for c in data.columns if c != by and c not in _MEASURES and not c.startswith("_")]
        rest = [
            c for c in rest if data[c].nunique(dropna=True) > 1 or c in ("family", "agency", "construction")
        ]
        if len(rest) > 1:
            raise ValueError(
                f"`category` of {fn} is ambiguous: the table has the columns {', '.join(rest)} besides "
                f"`by` ({by!r}); pass category=<one of them>."
            )
        category = rest[0] if rest else None
    elif category not in data.columns:
        _require(data, [category], fn)
    if category is None:
        cats: list[Any] = [None]
        table = data.assign(_row=data[by], _hue=None)
    else:
        present = list(pd.unique(data[category].dropna()))
        if categories is None:
            cats = ["agentless"] if category == "agency" and "agentless" in present else present
        else:
            cats = list(categories)
            for c in cats:
                check_choice("categories", c, present, owner=fn)
        table = data[data[category].isin(cats)]
        table = table.assign(_row=table[by], _hue=table[category])
    # Sort by the pooled family ("all") when the table has one, else by the first category.
    lead = "all" if "all" in cats else cats[0]
    first = table[table["_hue"] == lead] if category is not None else table
    rows = _order(table, by, order, first.groupby(by)[value].mean())
    colors = _color_list(cats) if category is not None else {None: _CYCLE[0]}
    ax = _ax(ax)
    _hbars(ax, table, rows=rows, hues=cats, colors=colors, value=value, stacked=False, **kwargs)
    if value == "share":
        ax.xaxis.set_major_formatter(_percent())
    ax.set_xlim(left=0)
    ax.set_xlabel(xlabel or _axis_label(data, value, "Share (%)"))
    ax.set_ylabel(by.replace("_", " ").capitalize())
    _clean(ax)
    if category is not None and len(cats) > 1:
        _legend(ax, title=category.replace("_", " ").capitalize(), n=len(cats))
    elif category is not None:
        ax.set_title(str(cats[0]).replace("_", " ").capitalize())
    return ax


# -- models -----------------------------------------------------------------------------------
def plot_confusion(
    data: Any,
    *,
    labels: Sequence[Any] | None = None,
    normalize: str | None = "true",
    cmap: str = "Blues",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """A confusion matrix: row-normalised colours (recall) with the counts written in.

    Parameters
    ----------
    data : array-like or DataFrame, shape (n_classes, n_classes)
        Counts with true classes in rows and predicted classes in columns, as returned by
        :func:`sklearn.metrics.confusion_matrix`; a DataFrame's index and columns name the classes.
    labels : list, optional
        Class names (default: the DataFrame's index, else 0..n-1).
    normalize : {"true", "pred", None}, default "true"
        Colour by the share of each true class ("true": recall on the diagonal), of each
        predicted class ("pred": precision), or by raw counts (None).
    cmap : str, default "Blues"
        A sequential, single-hue colour map.
    ax : matplotlib Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.imshow`.

    Returns
    -------
    matplotlib Axes
        y: true class, x: predicted class; each cell shows the share and, in brackets, the count.

    Examples
    --------
    >>> import framing as fr
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_confusion([[8, 2], [1, 9]], labels=["left", "right"], ax=ax)
    >>> ax.get_ylabel()
    'True class'
    """
    fn = "plot_confusion"
    check_choice("normalize", normalize, ["true", "pred", None], owner=fn)
    if isinstance(data, pd.DataFrame):
        names = list(labels) if labels is not None else list(data.index)
        counts = data.to_numpy(dtype=float)
    else:
        try:
            counts = np.asarray(data, dtype=float)
        except (TypeError, ValueError):
            raise TypeError(
                f"`data` of {fn} must be a square array of counts as returned by {_PRODUCERS[fn]}. "
                f"Got {type(data).__name__} instead."
            ) from None
        names = list(labels) if labels is not None else list(range(counts.shape[0] if counts.ndim else 0))
    if counts.ndim != 2 or counts.shape[0] != counts.shape[1] or counts.shape[0] == 0:
        raise ValueError(
            f"`data` of {fn} must be a square matrix of counts (true classes x predicted classes), as "
            f"returned by {_PRODUCERS[fn]}. Got shape {counts.shape}."
        )
    if len(names) != counts.shape[0]:
        raise ValueError(f"`labels` must name each of the {counts.shape[0]} classes. Got {len(names)} names.")
    if normalize == "true":
        sums = counts.sum(axis=1, keepdims=True)
    elif normalize == "pred":
        sums = counts.sum(axis=0, keepdims=True)
    else:
        sums = np.ones_like(counts)
    with np.errstate(invalid="ignore", divide="ignore"):
        shown = np.where(sums > 0, counts / sums, np.nan)
    ax = _ax(ax)
    vmax = 1.0 if normalize else max(float(np.nanmax(counts)), 1.0)
    opts: dict[str, Any] = {"cmap": cmap, "vmin": 0.0, "vmax": vmax, "aspect": "equal"}
    opts.update(kwargs)
    image = ax.imshow(shown, **opts)
    n = counts.shape[0]
    for i in range(n):
        for j in range(n):
            v = shown[i, j]
            dark = not np.isnan(v) and v / vmax > 0.55
            text = (
                f"{int(counts[i, j])}"
                if normalize is None
                else (f"{v:.0%}\n({int(counts[i, j])})" if not np.isnan(v) else f"({int(counts[i, j])})")
            )
            ax.text(j, i, text, ha="center", va="center", fontsize=8.5, color="white" if dark else "#222222")
    ax.set_xticks(range(n), [str(c) for c in names], rotation=35, ha="right")
    ax.set_yticks(range(n), [str(c) for c in names])
    ax.set_xlabel("Predicted class")
    ax.set_ylabel("True class")
    label = {"true": "Share of the true class", "pred": "Share of the predicted class", None: "Documents"}[
        normalize
    ]
    cbar = ax.figure.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    cbar.set_label(label)
    if normalize:
        cbar.formatter = _percent()
        cbar.update_ticks()
    return ax


def plot_top_features(
    data: pd.DataFrame,
    *,
    top: int = 10,
    classes: Sequence[Any] | None = None,
    col_wrap: int = 3,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Any:
    """The most weighted features of a classifier, per class: positive weights in blue (push
    towards the class), negative in vermillion.

    Parameters
    ----------
    data : DataFrame
        ``model.explain()`` output with columns ``class``, ``feature``, ``weight``.
    top : int, default 10
        Features per class, by absolute weight.
    classes : list, optional
        The classes to draw (default all, in table order).
    col_wrap : int, default 3
        Panels per row when several classes are drawn.
    ax : matplotlib Axes, optional
        Where to draw a single class (not allowed with several classes).
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib Axes (one class) or seaborn.FacetGrid (one panel per class)
        x: the model weight (log-odds units for a linear model); y: features, largest absolute
        weight at the top.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> t = pd.DataFrame({"class": "left", "feature": ["regime", "government"], "weight": [1.5, -0.8]})
    >>> import matplotlib.dates as mdates
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = fr.plot_top_features(t, ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['regime', 'government']
    """
    import seaborn as sns

    fn = "plot_top_features"
    data = _frame(data, fn)
    _require(data, ["class", "feature", "weight"], fn)
    top = check_int("top", top, minimum=1)
    col_wrap = check_int("col_wrap", col_wrap, minimum=1)
    present = list(pd.unique(data["class"].dropna()))
    if classes is None:
        chosen = present
    else:
        chosen = [classes] if isinstance(classes, (str, int)) else list(classes)
        for c in chosen:
            check_choice("classes", c, present, owner=fn)
    if not chosen:
        raise ValueError(f"`data` of {fn} has no rows; pass the non-empty table of {_PRODUCERS[fn]}.")

    def draw(panel: Axes, cls: Hashable) -> None:
        part = data[data["class"] == cls]
        part = part.reindex(part["weight"].abs().sort_values(ascending=False, kind="stable").index).head(top)
        y = np.arange(len(part))[::-1]
        w = part["weight"].to_numpy(dtype=float)
        colors = [OKABE_ITO["blue"] if v >= 0 else OKABE_ITO["vermillion"] for v in w]
        panel.barh(y, w, color=colors, height=0.75, **kwargs)
        panel.set_yticks(y, [str(f) for f in part["feature"]])
        panel.axvline(0, color="#444444", linewidth=0.8)
        panel.set_title(str(cls))
        _clean(panel)

    xlabel = "Weight (towards the class +, away -)"
    if len(chosen) == 1:
        axes = _ax(ax)
        draw(axes, chosen[0])
        axes.set_xlabel(xlabel)
        axes.set_ylabel("Feature")
        return axes
    if ax is not None:
        raise ValueError(
            f"`ax` cannot hold {len(chosen)} classes of {fn}; pass one class in `classes` to draw on "
            "`ax`, or leave ax=None to get one panel per class."
        )
    frame = pd.DataFrame({"class": chosen})
    grid = sns.FacetGrid(
        frame,
        col="class",
        col_order=chosen,
        col_wrap=min(col_wrap, len(chosen)),
        sharex=True,
        sharey=False,
        height=0.3 * top + 1.2,
        aspect=1.4,
    )
    for panel, cls in zip(grid.axes.flat, chosen):
        draw(panel, cls)
    grid.set_axis_labels(xlabel, "Feature")
    grid.figure.tight_layout()
    return grid


# Ranking columns of fr.keyness, in the order they are looked for.
_KEYNESS_Y = ("z", "lrc", "g2", "chi2", "log_ratio")


def _dodge_labels(ax: Any, labels: list[Any]) -> None:
    """Shift annotations upwards (in points) until their boxes no longer overlap.

    One sweep from the lowest label up: each label is raised above every already placed label
    whose box it would overlap, so the placed labels never overlap one another.
    """
    if len(labels) < 2:
        return
    ax.autoscale_view()  # positions on screen depend on the final data limits
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    to_points = 72.0 / fig.dpi
    pad = 2.0  # pixels; also absorbs sub-pixel differences between this layout and the final draw
    from matplotlib.text import Text

    # The text's own box: an Annotation's extent also covers its connector line.
    for lab in labels:
        lab.update_positions(renderer)  # places the text next to its point before measuring it
    boxes = [Text.get_window_extent(lab, renderer) for lab in labels]
    placed: list[Any] = []
    for k in np.argsort([b.y0 for b in boxes], kind="stable"):
        box = boxes[k]
        shift = 0.0
        changed = True
        while changed:
            changed = False
            for other in placed:
                if (
                    box.x0 < other.x1
                    and other.x0 < box.x1
                    and box.y0 + shift < other.y1 + pad - 1e-6
                    and other.y0 < box.y1 + shift + pad
                ):
                    needed = other.y1 + pad - box.y0
                    if needed > shift + 1e-6:
                        shift = needed
                        changed = True
        if shift:
            x_off, y_off = labels[k].xyann
            labels[k].xyann = (x_off, y_off + shift * to_points)
        placed.append(box.translated(0, shift))


def plot_keyness(
    data: pd.DataFrame,
    *,
    ax: Any = None,
    top: int = 10,
    group: Any = None,
    y: str | None = None,
    **kwargs: Any,
) -> Any:
    """Fightin' Words plot of one keyness comparison: term frequency (log) against the statistic.

    Every term is a grey point; the ``top`` terms most typical of each side are coloured and
    labelled, with labels moved apart so that none overlap.

    Parameters
    ----------
    data : DataFrame
        The result of :func:`framing.keyness` (columns: the ``by`` column(s), ``other``, ``term``,
        ``count``, ``count_other`` and the method's statistics).
    ax : matplotlib Axes, optional
        Where to draw; default the current Axes.
    top : int, default 10
        Terms labelled on each side (largest and smallest statistic).
    group : optional
        The group whose comparison is drawn (a value of the ``by`` column, or a tuple for several
        columns); default the first group of ``data``. Its first ``other`` is used.
    y : str, optional
        The statistic on the vertical axis; default the first of ``z``, ``lrc``, ``g2``, ``chi2``,
        ``log_ratio`` present in ``data``.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for the grey points.

    Returns
    -------
    matplotlib Axes
        The vertical axis is the statistic, the horizontal axis the term's count in both sides
        (log scale), as in Monroe, Colaresi & Quinn (2008, fig. 3).

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd, framing as fr
    >>> df = pd.DataFrame({"text": ["the regime shelled", "the regime", "rebels said", "the rebels"],
    ...                    "outlet": ["A", "A", "B", "B"]})
    >>> ax = fr.plot_keyness(fr.keyness(df, min_count=1), top=1)
    >>> sorted(t.get_text() for t in ax.texts)
    ['rebels', 'regime']
    """
    import matplotlib.pyplot as plt

    if not isinstance(data, pd.DataFrame) or "other" not in data.columns or "term" not in data.columns:
        raise TypeError(
            "`data` must be the DataFrame returned by fr.keyness (with 'other' and 'term' columns). "
            f"Got {type(data).__name__} instead."
        )
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0:
        raise ValueError(f"`top` must be a non-negative integer. Got {top!r} instead.")
    by_cols = list(data.columns[: list(data.columns).index("other")])
    if y is None:
        y = next((c for c in _KEYNESS_Y if c in data.columns), None)
        if y is None:
            raise ValueError("`data` has none of the keyness statistics (z, lrc, g2, chi2, log_ratio).")
    elif y not in data.columns:
        raise ValueError(f"`y` names a column that is not in `data` ({y!r}); pass one of: z, lrc, g2.")
    if data.empty:
        raise ValueError("`data` has no rows; there is nothing to plot.")
    keys = pd.Series(list(data[by_cols].itertuples(index=False, name=None)), index=data.index)
    if len(by_cols) == 1:
        keys = data[by_cols[0]].astype(object)
    if group is None:
        group = keys.iloc[0]
    mask = (keys == group).to_numpy()
    if not mask.any():
        shown = ", ".join(map(repr, pd.unique(keys)[:10]))
        raise ValueError(f"`group` must be one of the groups in `data` ({shown}). Got {group!r} instead.")
    other = data.loc[mask, "other"].iloc[0]
    sub = data[mask & (data["other"] == other).to_numpy()]
    sub = sub[np.isfinite(sub[y].to_numpy(dtype=np.float64))]
    freq = (sub["count"] + sub["count_other"]).to_numpy(dtype=np.float64)
    stat = sub[y].to_numpy(dtype=np.float64)
    terms = sub["term"].astype(str).to_numpy()

    if ax is None:
        ax = plt.gca()
    style = {"s": 6, "color": "0.75", "linewidths": 0, "zorder": 1}
    style.update(kwargs)
    ax.scatter(freq, stat, **style)
    order = np.argsort(-stat, kind="stable")
    sides = [
        (order[:top][stat[order[:top]] > 0], "C0", str(group)),
        (order[::-1][:top][stat[order[::-1][:top]] < 0], "C3", str(other)),
    ]
    labels = []
    for idx, color, name in sides:
        if len(idx) == 0:
            continue
        ax.scatter(freq[idx], stat[idx], s=14, color=color, zorder=2, label=f"typical of {name}")
        for i in idx:
            labels.append(
                ax.annotate(
                    terms[i],
                    (freq[i], stat[i]),
                    xytext=(4, 0),
                    textcoords="offset points",
                    fontsize=8,
                    color=color,
                    va="center",
                    arrowprops={"arrowstyle": "-", "color": color, "lw": 0.5, "shrinkA": 0, "shrinkB": 2},
                )
            )
    ax.set_xscale("log")
    ax.axhline(0, color="0.5", lw=0.5, zorder=0)
    ax.set_xlabel("frequency (count in both sides, log scale)")
    ax.set_ylabel(y)
    ax.set_title(f"{group} vs {other}")
    if labels:
        ax.legend(loc="best", fontsize=8, frameon=False)
    _dodge_labels(ax, labels)
    return ax
