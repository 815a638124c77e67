"""The allowlist of precision="high": the triggers whose judged development rows are right.

Written by benchmarks/calibrate_allowlist.py --write from every judged row of the sixteen
development samples of the lexicon benchmark (benchmarks/annotations/lexicons_*.csv) with the
pre-registered rule: at least 5 judged rows and at least 0.95 right (benchmarks/RESULTS.md,
"Lexicon precision", "Fourteenth pass"; recalibrated in the "Fifteenth pass"). Do not edit by hand; re-run the script.
"""

#: (cue_stance, cue_lemma) pairs that keep their stance; other stances become no stance.
CUE_STANCES: frozenset[tuple[str, str]] = frozenset(
    [
        ("assertive", "assert"),
        ("assertive", "demand"),
        ("assertive", "vow"),
        ("assertive", "warn"),
        ("distancing", "allege"),
        ("distancing", "argue"),
        ("distancing", "contend"),
        ("distancing", "deny"),
        ("distancing", "insist"),
        ("emotive", "accuse"),
        ("emotive", "blame"),
        ("emotive", "complain"),
        ("emotive", "condemn"),
        ("emotive", "denounce"),
        ("emotive", "joke"),
        ("emotive", "mock"),
        ("emotive", "slam"),
        ("endorsing", "acknowledge"),
        ("endorsing", "admit"),
        ("endorsing", "confirm"),
        ("endorsing", "point out"),
        ("neutral", "according to"),
        ("neutral", "note"),
        ("neutral", "say"),
        ("neutral", "write"),
    ]
)
#: (speaker_category, trigger) pairs that keep their category; others become ``unknown``.
SPEAKER_CATEGORIES: frozenset[tuple[str, str]] = frozenset(
    [
        ("anonymous", "anonymous:own"),
        ("armed_group", "mention:isi"),
        ("armed_group", "mention:islamic state"),
        ("armed_group", "mention:militant"),
        ("armed_group", "mention:rebel"),
        ("armed_group", "mention:taliban"),
        ("civilian", "mention:driver"),
        ("civilian", "mention:mother"),
        ("civilian", "mention:student"),
        ("expert", "description"),
        ("expert", "mention:analyst"),
        ("expert", "mention:expert"),
        ("international_org", "mention:european commission"),
        ("international_org", "mention:imf"),
        ("international_org", "mention:international monetary fund"),
        ("international_org", "mention:nato"),
        ("international_org", "mention:u.n. secretary-general"),
        ("international_org", "mention:un"),
        ("international_org", "mention:unicef"),
        ("international_org", "mention:world bank"),
        ("international_org", "mention:world health organization"),
        ("media", "mention:ap"),
        ("media", "mention:associated press"),
        ("media", "mention:bbc"),
        ("media", "mention:cnn"),
        ("media", "mention:new york time"),
        ("media", "mention:news agency"),
        ("media", "mention:reuter"),
        ("media", "mention:time"),
        ("media", "mention:wall street journal"),
        ("media", "mention:washington post"),
        ("military", "mention:adm."),
        ("military", "mention:army"),
        ("military", "mention:military official"),
        ("military", "mention:pentagon"),
        ("ngo", "mention:civil liberties union"),
        ("ngo", "mention:human rights watch"),
        ("ngo", "mention:observatory"),
        ("ngo", "mention:rights group"),
        ("official", "mention:lawmaker"),
        ("official", "mention:rep."),
        ("official", "mention:secretary"),
        ("official", "mention:state department"),
        ("official", "mention:white house"),
    ]
)
