"""Colours shared by the plots and the evidence view, so one meaning has one colour everywhere."""

from __future__ import annotations

#: Okabe & Ito (2008) colours, safe for the common colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

#: One colour per stance, used by every plot and by the evidence view. Label stances
#: (delegitimizing / neutral / legitimizing) and reporting-verb stances share the scale.
STANCE_COLORS = {
    "delegitimizing": OKABE_ITO["vermillion"],
    "neutral": "#8C8C8C",
    "legitimizing": OKABE_ITO["blue"],
    "distancing": OKABE_ITO["vermillion"],
    "endorsing": OKABE_ITO["blue"],
    "emotive": OKABE_ITO["reddish_purple"],
    "assertive": OKABE_ITO["orange"],
}

#: Fixed colours for the speaker categories of ``extract_quotes`` and other known categories.
CATEGORY_COLORS = {
    "official": OKABE_ITO["blue"],
    "military": OKABE_ITO["vermillion"],
    "armed_group": OKABE_ITO["reddish_purple"],
    "ngo": OKABE_ITO["bluish_green"],
    "international_org": OKABE_ITO["sky_blue"],
    "expert": OKABE_ITO["orange"],
    "civilian": OKABE_ITO["yellow"],
    "media": "#5A5A5A",
    "anonymous": "#A6A6A6",
    "unknown": "#D9D9D9",
    "direct": OKABE_ITO["blue"],
    "indirect": OKABE_ITO["sky_blue"],
    "mixed": OKABE_ITO["bluish_green"],
    "according_to": OKABE_ITO["orange"],
    "agentless": OKABE_ITO["vermillion"],
    "with_agent": OKABE_ITO["blue"],
    **{k: v for k, v in STANCE_COLORS.items() if k not in ("legitimizing", "delegitimizing")},
}
