"""Plots of analysis results: tidy DataFrame in, matplotlib Axes out (no global style changes)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot_keyness"]

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
