"""The gate of precision="balanced": which labels of the standard rules are kept, by trigger.

Written by benchmarks/loso_precision.py --write from every judged row of the seventeen development
samples of the lexicon benchmark (benchmarks/annotations/lexicons_*.csv): candidate ``C5/80``, selected by the
rule registered in benchmarks/RESULTS.md ("Lexicon precision", "Sixteenth pass"; no candidate met its
leave-one-sample-out bar, this is the registered fallback). Do not edit by hand;
re-run the script.
"""

#: Per cue stance or speaker category: ``all`` (kept whatever the trigger), ``allow`` (kept only for
#: the triggers paired with it in :data:`PAIRS`), ``deny`` (lost for those triggers, kept for
#: others) or ``drop`` (never given). A label not listed keeps the standard rules' answer.
MODES: dict[str, str] = {
    "anonymous": "deny",
    "armed_group": "deny",
    "assertive": "deny",
    "civilian": "deny",
    "distancing": "deny",
    "emotive": "deny",
    "endorsing": "deny",
    "expert": "deny",
    "international_org": "deny",
    "media": "deny",
    "military": "deny",
    "neutral": "deny",
    "ngo": "deny",
    "official": "deny",
}
#: (label, trigger) pairs: the cue lemma for a stance, ``_speaker_trigger``'s path for a category.
PAIRS: frozenset[tuple[str, str]] = frozenset(
    [
        ("civilian", "mention:father"),
        ("endorsing", "reveal"),
        ("expert", "mention:dr."),
        ("media", "full"),
        ("media", "mention:media"),
        ("media", "mention:reporter"),
        ("military", "description"),
        ("neutral", "show"),
        ("official", "full"),
    ]
)
