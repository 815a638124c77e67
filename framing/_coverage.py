"""The warning for aggregates of a quote table made with ``precision="high"``.

``fr.source_share`` and ``fr.cue_stance_by_speaker`` compare shares of speaker categories and verb
stances between outlets. Under ``precision="high"`` most attributions keep no category (they read
``unknown``) and many no stance, and the share kept differs by outlet, so the user is told how
much is unknown once it is most of the table. Default tables never warn.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from framing._validation import warn

#: Above this share of attributions without a category (or stance), the aggregate warns.
UNKNOWN_SHARE = 0.5

_WHAT = {
    "speaker_category": "no speaker category ('unknown')",
    "cue_stance": "no verb stance",
}


def _missing(table: pd.DataFrame, column: str) -> pd.Series:
    values = table[column]
    if column == "speaker_category":
        return values.isna() | (values.astype("string") == "unknown")
    return values.isna()


def warn_if_mostly_unknown(table: pd.DataFrame, columns: Sequence[str]) -> None:
    """One FramingWarning when ``table`` was made with ``precision="high"`` and more than half of
    its attributions lack a value in one of ``columns`` (``speaker_category``, ``cue_stance``)."""
    params = (table.attrs.get("framing") or {}).get("params") or {}
    if params.get("precision") != "high" or len(table) == 0:
        return
    n = len(table)
    parts = []
    for column in columns:
        if column in _WHAT and column in table.columns:
            share = float(_missing(table, column).mean())
            if share > UNKNOWN_SHARE:
                parts.append((share, _WHAT[column]))
    if not parts:
        return
    first = f"{parts[0][0]:.0%} of the {n:,} attributions have {parts[0][1]}"
    if n == 1:
        first = f"the one attribution has {parts[0][1]}"
    rest = "".join(f" and {share:.0%} {what}" for share, what in parts[1:])
    warn(
        "The quotes were extracted with precision='high', which trades coverage for precision: "
        f"{first}{rest}, and the share kept differs by outlet; to compare outlets, use the default "
        "precision='standard' (keep 'high' for picking examples to quote)."
    )
