import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.text import Text

import framing as fr


@pytest.fixture(scope="module")
def keyed():
    rng = np.random.default_rng(0)
    words = [f"w{i:02d}" for i in range(60)]
    rows = []
    for i in range(40):
        g = "A" if i % 2 else "B"
        p = rng.dirichlet(np.ones(60) * (0.3 if g == "A" else 3))
        rows.append({"text": " ".join(rng.choice(words, size=80, p=p)), "outlet": g})
    return fr.keyness(pd.DataFrame(rows), min_count=1, alpha0=50)


def test_plot_keyness_draws_all_terms_and_labels_the_top_of_each_side(keyed):
    _, ax = plt.subplots()
    out = fr.plot_keyness(keyed, ax=ax, top=5)
    assert out is ax
    a = keyed[keyed.outlet == "A"]
    points = ax.collections[0].get_offsets()
    assert len(points) == len(a)
    assert np.allclose(sorted(points[:, 1]), sorted(a["z"]))
    labelled = [t.get_text() for t in ax.texts]
    assert labelled == a.term.head(5).tolist() + a.term.tail(5)[::-1].tolist()
    assert ax.get_xscale() == "log" and ax.get_ylabel() == "z"
    assert ax.get_title() == "A vs rest"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["typical of A", "typical of rest"]


def test_plot_keyness_labels_do_not_overlap(keyed):
    fig, ax = plt.subplots(figsize=(4, 3))
    fr.plot_keyness(keyed, ax=ax, top=15, group="B")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [Text.get_window_extent(t, renderer) for t in ax.texts]  # the label, not its connector
    assert len(boxes) == 30
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_plot_keyness_other_statistic_and_current_axes(keyed):
    fig = plt.figure()
    g2 = fr.keyness(
        pd.DataFrame({"text": ["a b b", "c c a"], "outlet": ["X", "Y"]}), min_count=1, method="g2"
    )
    ax = fr.plot_keyness(g2, top=1, color="black")
    assert ax.figure is fig and ax.get_ylabel() == "g2"
    assert [t.get_text() for t in ax.texts] == ["b", "c"]


def test_plot_keyness_bad_input(keyed):
    with pytest.raises(TypeError, match=r"`data` must be the DataFrame returned by fr\.keyness"):
        fr.plot_keyness(pd.DataFrame({"x": [1]}))
    with pytest.raises(
        ValueError, match=r"`group` must be one of the groups in `data` \('A', 'B'\)\. Got 'C' instead\."
    ):
        fr.plot_keyness(keyed, group="C")
    with pytest.raises(ValueError, match=r"`top` must be a non-negative integer\. Got -1 instead\."):
        fr.plot_keyness(keyed, top=-1)
