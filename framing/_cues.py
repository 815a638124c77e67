"""Is a reporting-verb form a reporting use here, and with which stance?

:func:`cue_stance` is the one check :mod:`framing.quotes` applies to every candidate cue found by
the ``reporting_verbs`` lexicon. It looks only at the words around the form, so it stays a pure
function of the document's text. Decisions (they follow the judging criteria of
``benchmarks/annotations/lexicons_cues.csv``: a cue counts when it reports speech, writing or a
stated claim of a source, and the lexicon's stance fits):

- **Nouns and adjectives are not cues.** "his claims", "Russia's demands", "asylum claims",
  "amid reports of", "Claims that ..." at the start of a sentence, and participles used as
  adjectives ("Assad's alleged use", "over reported links", "42 confirmed cases") are rejected,
  even when a that-clause follows ("the claims that X"): a nominal attribution has no verb whose
  stance the writer chose, and the speaker, if any, is not where the extractor looks for it. The
  adjective "alleged" is a hedge and is counted by :func:`framing.find_hedges`.
- **Senses that are not speech** are rejected: "admitted into/to the country", "admitted 50,000
  refugees", "was admitted"; "was confirmed as/by the Senate", "confirmed cases"; "charged with"
  a crime; "declared an emergency/war"; "denied entry/access"; "claimed the lives of", "claimed
  it as their own", "claimed asylum/the title"; emotive verbs in the passive ("is mocked
  for"); "there is no denying"; web-form and cookie boilerplate ("I can confirm I have read").
- **A complement is required** for lemmas whose speech sense is the rarer one (maintain, reveal,
  find, charge, attack, recognize, want): a that- or wh-clause, a colon or quote mark, "it", a
  clause with its own subject and verb, "to" + verb, or the end of the clause right after the
  verb ('"...," he maintained.', "The plan, she charged, ..."). "attacked ... as/for" and
  "attacked ..., saying" also count as speech; "maintained his innocence" counts.
- **"claimed responsibility/credit"** is the standard phrase for owning an attack, not doubt cast
  by the writer: its stance is ``neutral``.
- **Negated and hypothetical uses** ("would not confirm", "could claim", "did not say", "has
  never denied", "if he insists") report no statement that was made: the form stays a cue (its
  lemma is kept, so the attribution and its speaker are still found) but it bears no stance,
  :data:`NO_STANCE` (the extractor writes a missing ``cue_stance``). A lowercase modal or a
  negation in the two words before the form, or "if/unless" opening its clause, marks the use.
- **Page furniture is not a cue**: a form on a line that is a headline or a link in a list (a
  line of title-case words with no sentence punctuation at its end, or a line next to a
  "WATCH", "JUST WATCHED", "RELATED", "More Videos" or "Replay" marker).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["NO_STANCE", "cue_stance", "hypothetical", "phrase_spans", "says"]

NO_STANCE = ""  # the cue_stance of a negated or hypothetical use: a cue, but no stance

_POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my", "your", "whose"])
_PREPOSITIONS = frozenset(
    [
        "of",
        "for",
        "with",
        "against",
        "about",
        "over",
        "amid",
        "despite",
        "in",
        "on",
        "into",
        "under",
        "by",
        "from",
        "after",
        "following",
        "among",
        "regarding",
        "concerning",
        "without",
    ]
)
# Words that make the next -s form a noun: quantifiers and evaluative adjectives of claims.
_NOUN_PREMODIFIERS = frozenset(
    [
        "campaign",
        "policy",
        "false",
        "new",
        "such",
        "many",
        "several",
        "numerous",
        "similar",
        "other",
        "earlier",
        "recent",
        "initial",
        "further",
        "any",
        "no",
        "all",
        "both",
        "conflicting",
        "competing",
        "wild",
        "bold",
        "key",
        "main",
        "major",
        "specific",
        "various",
        "outlandish",
        "bogus",
        "media",
        "news",
        "press",
        "local",
        "official",
        "asylum",
        "insurance",
        "humanitarian",
        "territorial",
        "legal",
        "public",
        "these",
        "those",
        "more",
        "most",
        "few",
        "two",
        "three",
        "four",
        "five",
    ]
)
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_DETERMINERS = frozenset(["a", "an", "the", "this", "every", "each", "another", "whose"])
# Adjectives and ordinals before a singular noun of claim ("an incorrect claim", "the second blast").
_SINGULAR_PREMODIFIERS = frozenset(
    [
        "incorrect",
        "correct",
        "dubious",
        "baseless",
        "unfounded",
        "unsubstantiated",
        "first",
        "second",
        "third",
        "last",
        "latest",
        "final",
        "previous",
        "original",
        "separate",
        "single",
        "big",
        "huge",
        "massive",
        "loud",
        "true",
        "formal",
        "special",
        "annual",
        "blanket",
        "direct",
        "repeated",
    ]
)
_ADJ_SUFFIXES = ("less", "ous", "ful", "ible", "able", "ical", "ated", "ed", "ing")
# Lemmas whose -s form is often a plural noun ("claims", "demands", "reports", "promises").
_NOUN_LEMMAS = frozenset(
    [
        "claim",
        "demand",
        "report",
        "estimate",
        "promise",
        "pledge",
        "question",
        "tweet",
        "note",
        "answer",
        "reply",
        "fear",
        "hope",
        "worry",
        "show",
        "find",
        "vow",
        "stress",
        "joke",
        "praise",
        "blast",
        "slam",
        "comment",
        "charge",
        "attack",
        "blame",
        "mention",
        "call",
        "recall",
        "post",
        "read",
    ]
)
# The word after a plural noun of claim ("claims of", "reports that were", "demands for").
_NOUN_NEXT = re.compile(
    r"\s+(?:of|for|by|about|from|against|regarding|concerning|surfaced|emerged|"
    r"(?:are|were|have|had|has|was)\b(?!\s+(?:been\s+)?(?:told|saying)))\b"
)
_PARTICIPLE_FORMS = frozenset(
    [
        "alleged",
        "purported",
        "reported",
        "confirmed",
        "estimated",
        "claimed",
        "declared",
        "admitted",
        "stated",
        "proclaimed",
        "feared",
        "expected",
        "suggested",
        "rumored",
        "denied",
        "disclosed",
        "acknowledged",
        "recognized",
        "recognised",
        "praised",
        "touted",
        "predicted",
        "promised",
        "dreaded",
        "announced",
        "mentioned",
        "described",
        "questioned",
        "blamed",
        "criticized",
        "criticised",
        "accused",
    ]
)
# After a participle, words that start a complement or a verb's adjunct, not a noun it modifies.
_NOT_HEAD_NOUN = frozenset(
    [
        "that",
        "to",
        "by",
        "in",
        "on",
        "at",
        "as",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "there",
        "what",
        "how",
        "why",
        "whether",
        "who",
        "when",
        "where",
        "if",
        "and",
        "or",
        "but",
        "with",
        "from",
        "for",
        "during",
        "after",
        "before",
        "about",
        "last",
        "earlier",
        "later",
        "then",
        "also",
        "not",
        "only",
        "himself",
        "herself",
        "themselves",
        "itself",
        "him",
        "them",
        "us",
        "me",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "would",
        "will",
    ]
)
# Characters other than the ASCII letter itself that a case-insensitive pattern matches it with.
_CASE_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _caseless(source: str) -> re.Pattern[str]:
    """``re.compile("(?i)" + source)`` with every ASCII letter spelled out as the class of the
    characters ``(?i)`` matches it with ("s" as ``[sSſ]``), compiled without the flag.

    The matches are the same; the search is faster because ``re`` uses the first characters of a
    pattern without the flag to skip positions that cannot start a match. ``source`` may hold
    escapes, groups and character classes without letters (a class with letters, a non-ASCII
    letter or an inline flag is refused).
    """
    out: list[str] = []
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 1
            while source[j] != "]":
                if source[j] == "\\":
                    j += 1
                elif source[j].isalpha():
                    raise ValueError(f"`source` has a character class with a letter: {source!r}")
                j += 1
            out.append(source[i : j + 1])
            i = j + 1
            continue
        if source.startswith("(?", i):
            k = 3 if source[i + 2] in ":=!" else 4 if source[i + 2] == "<" else 0
            if not k:
                raise ValueError(f"`source` has an inline flag or named group: {source!r}")
            out.append(source[i : i + k])
            i += k
            continue
        if c.isalpha():
            if not c.isascii():
                raise ValueError(f"`source` has a non-ASCII letter: {source!r}")
            out.append(f"[{c.lower()}{c.upper()}{_CASE_FOLDS.get(c.lower(), '')}]")
        else:
            out.append(c)
        i += 1
    return re.compile("".join(out))


_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
_WORD_AFTER = re.compile(r"\s+([\w'’-]+)")
_BE = r"(?:is|are|was|were|be|been|being|am|’s|'s)"
_PASSIVE = re.compile(
    rf"(?i)\b{_BE}\s+(?:\w+ly\s+|(?:not|also|more|being|often|still|never|long|now|even|much|most|so|too)\s+)*$"
)
_BOILERPLATE_SOURCE = (
    r"privacy policy|terms of (?:use|service)|cookie|sign up|subscribe|newsletter|"
    r"i have read|(?:please|click) (?:enter|select|check|here)|all rights reserved"
)
_BOILERPLATE = _caseless(_BOILERPLATE_SOURCE)

# Every string _BOILERPLATE matches, lowercased (the pattern is a plain alternation).
_BOILERPLATE_PHRASES = (
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie",
    "sign up",
    "subscribe",
    "newsletter",
    "i have read",
    *(f"{a} {b}" for a in ("please", "click") for b in ("enter", "select", "check", "here")),
    "all rights reserved",
)


@lru_cache(maxsize=16)
def phrase_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """The (start, end) of every occurrence of the lowercase ASCII ``phrases`` in ``text``, case
    ignored as ``(?i)`` ignores it, found as substrings of the lowercase form of ``text``.

    None when that form is not aligned with ``text`` character by character (a character whose
    lowercase is longer, such as "İ") or when ``text`` has a character other than a letter's own
    cases that ``(?i)`` matches an ASCII letter with ("ı", "ſ"): a regex must decide then. A
    window search of a pattern that is a plain alternation of ``phrases`` (no anchors, no
    lookarounds) succeeds when an occurrence lies inside the window.
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return None
    spans = []
    for phrase in phrases:
        i = low.find(phrase)
        while i >= 0:
            spans.append((i, i + len(phrase)))
            i = low.find(phrase, i + 1)
    return spans


def _boilerplate_near(text: str, lo: int, hi: int) -> bool:
    """``_BOILERPLATE.search(text[lo:hi])``, answered from the phrases of the whole document."""
    spans = phrase_spans(text, _BOILERPLATE_PHRASES)
    if spans is None:
        return _BOILERPLATE.search(text[lo:hi]) is not None
    return any(s >= lo and e <= hi for s, e in spans)


_FINITE = (
    r"(?:had|has|have|was|were|is|are|would|will|could|did|should|may|might|must|can|does|do|"
    r"won't|wouldn't|didn't|doesn't|isn't|wasn't|\w+ed|rose|fell|won|lost|came|went|made|took|gave|"
    r"saw|knew|told|said|got|ran|left|held|kept|began|became|grew|brought|thought|felt|meant|"
    r"sent|spent|stood|met|paid|led|fought|struck|hit|shot|sought|built|drew|broke|wrote|spoke|"
    r"fled|fell|needs|wants|remains|plans|says|lies|poses|seeks|faces|knows|means)"
)
# What follows a verb of saying: a clause, a quote, a colon, or the end of the clause.
_COMPLEMENT = re.compile(
    r"""\s*(?:[:"“«‘]|'(?=\w)|[,.;!?)\]\n]|$|—|–)"""
    rf"""|\s+that\s+(?:[^\s.;:!?]+\s+){{0,6}}?{_FINITE}\b"""
    r"""|\s+that\s+(?:the|a|an|he|she|it|they|we|I|you|there|his|her|their|its|our|this|[A-Z])"""
    r"""|\s+(?:\w+ly\s+)?(?:how|what|why|whether|who|when|where|if|it|so)\b"""
    r"""|\s+to\s+(?:have|be)\b"""
    r"""|\s+(?:he|she|they|we|I|you|there)\s+[\w’']+"""
    rf"""|\s+(?:[A-Z][\w.'’-]*\s+){{1,4}}{_FINITE}\b"""
    r"""|\s+(?:the|a|an|his|her|their|its|our|this|these|those|some|many|no)\s+(?:[\w'’-]+\s+){0,5}?"""
    rf"""{_FINITE}\b(?!\s+by\b)"""
)
# "The poll found no evidence", "found 52 percent", "found Smith leading": findings, not objects.
_FINDING = re.compile(
    r"(?i)\s+(?:(?:no|little|few|scant)\s+(?:\w+\s+){0,2}?(?:evidence|signs?|indications?|links?|"
    r"proof|support|basis)|(?:\w+\s+){0,3}?(?:percent|%|majority|plurality)|(?:[A-Z]\w+\s+){1,3}\w+ing\b)"
)
_SHOW_STATE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!footage|videos?|images?|photos?|pictures?)"
    r"(?:[\w'’-]+\s+){0,2}?[a-z]+ing\b"
)
_COMPLEMENT_LEMMAS = frozenset(
    ["maintain", "reveal", "find", "charge", "attack", "recognize", "disclose", "show"]
)
# A desire ("wants war", "wants to leave") is not a statement; only a stated wish counts.
_STATED = re.compile(r"""\s*(?:[:"“«‘]|[,.;!?)\]\n]|$|—|–)""")
_ATTACK_SPEECH = re.compile(
    r"(?:\s+\w[\w'’.-]*){1,6}?\s(?:as|for)\s|[^.;!?\"“”]{0,80}?(?:,\s*(?:saying|calling|arguing|writing)\b|"
    r"\sin\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:speech|statement|tweet|interview|post|op-ed|letter|"
    r"remarks|address|column))"
)
_STATED_QUOTE = re.compile(r"""\s*(?:[:"“«]|,\s*["“])|\s*[,.]\s*$""")
_SENSE_EXCLUSIONS: dict[str, re.Pattern[str]] = {
    "admit": re.compile(
        r"(?i)\s+(?:into\b|to\s+(?:the|a|an|hospital|hospitals|college|school|university|"
        r"membership|practice|the\s+bar|[A-Z]\w+)\b|(?:only|nearly|about|around|almost|just|some|"
        r"more|fewer|few|barely|roughly|over|under|up|at|no|thousands|hundreds|millions|tens|"
        r"refugees|migrants|immigrants|patients|students|people|members|applicants|asylum|new\s+members|"
        r"\d[\d,.]*)\b|(?:each|every|per|a|next|this|that)\s+year\b|annually\b)"
    ),
    "confirm": re.compile(
        r"(?i)\s+(?:\d+\s*[-–]\s*\d+\b|(?:by\s+)?(?:a\s+)?(?:vote|margin)\s+of\b|(?:(?!that\b)[\w,.'’-]+\s+){0,3}?as\s+(?!(?:well|soon|long|much|many|far|if|though|part|a\s+result)\b)|(?:by|in)\s+(?:the\s+)?(?:full\s+)?Senate|to\s+(?:lead|head|serve|run|become)\b|(?:cases?|infections?|deaths?|kills?|nominees?|nominations?|picks?|"
        r"appointments?)\b|(?:his|her|their|the)\s+(?:\w+\s+)?(?:nominee|nomination|pick|"
        r"appointment|appointee))"
    ),
    "charge": re.compile(
        r"(?i)\s+(?!that\b)(?:\w+\s+){0,4}?(?:with|over|for|in\s+connection|in\s+the\s+(?:death|killing|"
        r"murder|attack|case))\b"
    ),
    "declare": re.compile(
        r"(?i)\s+(?:(?:a|an|the)\s+)?(?:(?:national|state|public|health|humanitarian|economic)\s+)*"
        r"(?:(?:state\s+of\s+)?emergency|emergencies|war|martial\s+law|independence|"
        r"bankruptcy|candidacy|ceasefire|truce|holiday|day\s+of\s+mourning|mourning|dead|"
        r"(?:his|her|their)\s+(?:candidacy|intention|support|opposition|independence))\b"
    ),
    "deny": re.compile(
        r"(?i)\s+(?:\w+\s+){0,2}?(?:entry|access|bail|visas?|permission|asylum|parole|service|requests?|"
        r"applications?|appeals?|motions?|petitions?|"
        r"funding|permits?|the\s+right|rights|benefits|admission|treatment|a\s+hearing|"
        r"citizenship|tenure|a\s+seat|seats)\b"
    ),
    "claim": re.compile(
        r"(?i)\s+(?:(?:the\s+)?lives?\b|at\s+least\s+\d|(?:(?:more|fewer)\s+than\s+|over\s+|nearly\s+|"
        r"almost\s+|about\s+|some\s+|up\s+to\s+)?\d[\d,]*\s+(?:\w+\s+)?lives|"
        r"(?:\w+\s+){0,2}as\s+(?:its|their|his|her|our|my)\s+own\b|"
        r"(?:\w+\s+){0,3}?for\s+(?:himself|herself|themselves|itself|ourselves|myself)\b|"
        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+)?mandates?\b|"
        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:asylum|benefits|refugee\s+status|compensation|"
        r"ownership|land|title|throne|crown|seats?|prize|"
        r"sovereignty|the\s+top\s+spot|first\s+place|the\s+nomination)\b|"
        r"(?:(?:new|more|broad|broader|sweeping|expanded|executive|emergency|war|presidential)\s+){0,3}"
        r"(?:powers?|authority|control\s+(?:of|over))\b)"
    ),
    "find": re.compile(r"(?i)\s+(?:themselves|himself|herself|itself|ourselves|myself|guilty|dead)\b"),
    # "adding to the debt", "insisting on reciprocal trade": not speech
    # eighteenth pass: "employers added 200,000 jobs in May", "adding three launchers": a count as
    # the object, then no verb (not "added 200 people were hurt")
    "add": re.compile(
        r"(?i)\s+(?:to|up)\b(?!\s+(?:reporters|journalists|the\s+press)\b)|"
        r"\s+(?:another\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+|roughly\s+|some\s+|over\s+)?"
        r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|billions)"
        r"(?:\s+(?!(?:is|are|was|were|had|have|has|will|would|could|had|died|been)\b)[a-z][\w-]*){1,3}"
        r"(?=\s*[,.;]|\s*$|\s+(?:to|in|on|at|for|from|since|during|last|this|over|and|after|before|as|while|by)\b)"
    ),
    "insist": re.compile(r"(?i)\s+(?:on|upon)\b"),
    "think": re.compile(r"(?i)[\s-]+tanks?\b"),  # eighteenth pass: "a think tank", a noun compound
    # "argued about/over the budget", "argued with her brother": a quarrel, not a claim
    "argue": re.compile(
        r"(?i)\s+(?:\w+ly\s+)?(?:about|over|with)\b|\s+(?:the|a|an|this|that|his|her|their|its)\s+(?:\w+\s+)?"
        r"(?:case|appeal|motion|lawsuit)\b"
    ),
    # "agreed on a plan", "agreed to stop": a decision or a commitment, not a statement
    "agree": re.compile(r"(?i)\s+(?:on|upon|to)\b"),
    # "conceded the race": giving up, not a concession of a point
    "concede": re.compile(
        r"(?i)\s+(?:(?:the|his|her|their|a)\s+)?(?:\w+\s+)?(?:race|election|defeat|nomination|primary|seat|bid|"
        r"contest|title|match|game)\b"
    ),
    # "Iran boasts the third-largest reserves": having, not bragging
    "boast": re.compile(r"(?i)\s+(?:the|a|an|one|some|more|over|nearly|\d)\b"),
    # "welcomed the president to St. Petersburg": hosting
    "welcome": re.compile(r"\s+(?:[\w.'’-]+\s+){1,4}?to\s+(?:the\s+)?[A-Z]"),
    # "soldiers answered his call" (by deserting): heeding, not replying (seventh pass)
    "answer": re.compile(
        r"(?i)\s+(?:(?:his|her|their|its|the|a|this|that)\s+)?(?:\w+\s+)?calls?\b(?!\s+(?:for|with)\b)"
    ),
}
# Seventh pass: the subject of an endorsing verb is a thing that cannot speak ("the policy
# conceded", "such gaffes didn't just confirm the fears"): evidence or implication, not a statement.
_THING_BEFORE = re.compile(
    r"(?i)\b(?:polic(?:y|ies)|gaffes?|blunders?|mistakes?|errors?|failures?|successes?|events?|"
    r"developments?|moves?|decisions?|actions?|behaviou?r|conduct|tactics?|strategy|strategies|"
    r"performance|outcomes?|results?|episodes?|scandals?|fiasco)\s+"
    r"(?:(?:\w+ly|also|just|only|merely|all|both|not|did|does|do|didn[’']t|doesn[’']t|don[’']t|"
    r"has|have|had|may|might|would|will|seem(?:s|ed)?\s+to|appear(?:s|ed)?\s+to)\s+){0,3}$"
)
_NEUTRAL_CLAIM = re.compile(r"(?i)\s+(?:(?:full|sole|partial)\s+)?(?:responsibility|credit)\b")
_MAINTAIN_OBJECT = re.compile(r"(?i)\s+(?:(?:his|her|their|its)\s+)?innocence\b")
_NO_DENYING = re.compile(r"(?i)\b(?:no|not)\s+(?:\w+\s+)?$")
_EMOTIVE = "emotive"
# A lowercase modal or a negation right before the form: "would not confirm", "could claim",
# "didn't say", "has never denied", "cannot credibly claim".
# Each branch of _NEGATED_OR_HYPOTHETICAL holds one of these strings: a text without them has no match.
_NEGATED_OR_HYPOTHETICAL_GATE = re.compile(
    r"not|never|would|could|might|may|can|should|must|will|shall|n[’']t|[Nn]or|[Nn]either|[’']d"
)
_NEGATED_OR_HYPOTHETICAL = re.compile(
    r"(?:\b(?:not|never|would|could|might|may|can|cannot|should|must|will|shall)|n[’']t)\s+"
    r"(?:(?:\w+ly|also|even|yet|ever|still|always|necessarily|be|have|been|now|then)\s+){0,3}$"
    r"|\b[Nn]or\s+(?:[\w'’]+\s+){0,3}$"
    r"|\b[Nn]either\s+(?:\w+ly\s+)?$"
    r"|[’']d\s+(?:\w+ly\s+)?have\s+(?:\w+ly\s+)?$"
)
# A question put to someone ("are you arguing that ...?"): no statement is reported.
_QUESTION_BEFORE_SOURCE = (
    r"\b(?:are|is|was|were|do|does|did|have|has|had|will|would|can|could)\s+(?:you|he|she|they|we|i|it)\s+"
    r"(?:(?:\w+ly|not|really|still|now)\s+)?$"
)
_QUESTION_BEFORE = _caseless(_QUESTION_BEFORE_SOURCE)
_SENTENCE_END = re.compile(r"[.?!\n]")
# An inline link widget: a name glued to a headline ("Sen. Ann Ode Ann Ruth OdeSenate passes
# ...") and a list of headlines up to "MORE".
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_MORE = re.compile(r"\bMORE\b")
_CONDITIONAL_SOURCE = r"(?:^|[,;:(—–]\s*|\b)(?:if|unless|whether)\s+(?:[\w'’.-]+\s+){1,6}$"
_CONDITIONAL = _caseless(_CONDITIONAL_SOURCE)
_CLAUSE_STOP = re.compile(r"[.;:!?\n\"“”]")
_FURNITURE_MARK = re.compile(
    r"JUST WATCHED|MUST WATCH|WATCH:|\bWATCH\b|RELATED|More Videos|\bReplay\b|READ MORE|PHOTOS:|(?:^|\n)More:"
)
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "as",
        "vs",
        "from",
    ]
)


# -- fifth pass: senses that are acts, not utterances ---------------------------------------------
# "was told", "stood accused", "is expected", "were reported killed": a passive (or a state) with
# no source named by "by": it reports no statement that someone made.
_PASSIVE_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|am|’s|'s|stood|stands?|remains?|remained|got|gets|getting)\s+"
    r"(?:(?:\w+ly|not|also|still|never|now|even|all|both|long|widely|being)\s+){0,2}$"
)
_STATE_BEFORE = re.compile(r"(?i)\b(?:stood|stands?|standing|remains?|remained)\s+(?:\w+ly\s+)?$")
_BELIEF_LEMMAS = frozenset(
    [
        "expect",
        "believe",
        "think",
        "fear",
        "know",
        "consider",
        "understand",
        "feel",
        "see",
        "suggest",
        "find",
        "show",
    ]
)
_PARTICIPLE_END = re.compile(r"(?:ed|en|wn|ld|id|ght|nt|st|ut)$")
_BY_AGENT = re.compile(r"(?:\s+(?!by\b)[\w'’.,-]+){0,5}?\s+by\s")
# "responded with airstrikes", "responded by shelling", "responded militarily": an act.
_RESPOND_ACT = re.compile(
    r"(?i)(?:\s+to\s+(?:[\w'’.-]+\s+){1,6}?)?\s*(?:with\s+(?!(?:a|an|his|her|their|its)?\s*(?:\w+\s+)?"
    r"(?:statement|comments?|remarks?|tweets?|posts?|letter|message|questions?|answers?|jokes?|"
    r"words|speech|press|rebuttal|denial|criticism|insults?|shrug)\b)|by\s+(?!(?:saying|calling|"
    r"noting|writing|tweeting|posting|arguing|asking|telling|issuing|releasing|accusing|denying|"
    r"insisting|pointing|claiming|stating)\b)\w+ing\b|militarily\b|forcefully\b|in\s+kind\b|quickly\s+with\b)"
)
# What makes "threaten" a statement: a that-clause, a quote, a colon, or the end of the clause.
_THREAT_STATED = re.compile(
    r"""\s*(?:[:"“«‘]|[,.;!?)\]\n]|$|—|–)|\s+that\b|\s+(?:a|an)\s+(?!\w+\s+to\b)\w+|"""
    r"""\s+(?:(?:new|more|further|tough|economic|military|legal)\s+)?(?:sanctions|retaliation|reprisals?|"""
    r"""action|consequences|war|force|tariffs|vetoes)\b|\s+(?:\w+\s+){0,2}?(?:with|in)\s+(?:a|an|his|her|their)\s+"""
    r"""(?:\w+\s+)?(?:statement|speech|tweet|letter|message|video|interview)"""
)
# "posted videos of the killings": media, not words.
_POSTED_MEDIA = re.compile(
    r"(?i)\s+(?:(?:a|an|the|their|its|his|her|new|more|several|dozens\s+of|graphic|gruesome)\s+){0,2}"
    r"(?:videos?|footage|photos?|photographs?|pictures?|images?|clips?|selfies?)\b(?![^.;!?]{0,60}\b(?:saying|in\s+which))"
)
# "a charity called Migrateful", "an app called ...": naming, not speech.
_NAMING_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
_NAMED_AFTER = re.compile(r"""\s+(?:[A-Z]|["“'‘][A-Za-z])""")
# "warning" is a verb after a form of be, an adverb, a conjunction or punctuation; otherwise a
# noun ("advance warning of", "a warning", "tactical warning").
_WARNING_VERB_BEFORE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "also",
        "again",
        "and",
        "or",
        "but",
        "while",
        "by",
        "after",
        "before",
        "without",
        "not",
        "still",
        "even",
        "now",
        "repeatedly",
        "publicly",
        "already",
    ]
)
# A reduced passive after a noun: its subject is the accused, not a speaker (the active form takes
# an object first: "X accused Y of").
_REDUCED_PASSIVE = {"accused": re.compile(r"\s+of\b"), "blamed": re.compile(r"\s+for\b")}
_PAREN_AFTER = re.compile(r"\s*\([^()\n]{0,80}\)")


def _line(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _is_furniture(text: str, start: int) -> bool:
    """Is the form at ``start`` on a headline or link line (a video list, a "RELATED" list)?"""
    lo, hi = _line(text, start)
    stop = min(hi, start + 400)
    more = _MORE.search(text, start, stop) if text.find("MORE", start, stop) >= 0 else None
    if more and _GLUED.search(text, max(lo, start - 400), start):
        return True  # inside an inline link widget
    return _furniture_line(text, lo, hi)


@lru_cache(maxsize=64)
def _furniture_line(text: str, lo: int, hi: int) -> bool:
    """The part of :func:`_is_furniture` that depends on the line ``text[lo:hi]`` only."""
    line = text[lo:hi].strip()
    if not line or line[-1] in '.!?"”’:;,)':
        return False  # a sentence (or a quote) ends here: body text
    near = text[max(0, lo - 120) : min(len(text), hi + 120)]
    if _FURNITURE_MARK.search(near):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 4:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps >= 0.8 * len(words)


def _no_statement(text: str, start: int) -> bool:
    """A negated or hypothetical use: "would not confirm", "if he claims"."""
    before = text[max(0, start - 60) : start]
    if _NEGATED_OR_HYPOTHETICAL_GATE.search(before) and _NEGATED_OR_HYPOTHETICAL.search(before):
        return True
    if _conditional(_CLAUSE_STOP.split(before)[-1]):
        return True
    if _question_before(before):
        stop = _SENTENCE_END.search(text, start, start + 300)
        return stop is not None and stop.group() == "?"
    return False


def _conditional(clause: str) -> bool:
    """``_CONDITIONAL.search(clause)``, skipped when no "if", "unless" or "whether" can be in it (no
    such lowercase substring and none of the letters other than the ASCII ones it may match)."""
    low = clause.lower()
    if "if" in low or "unless" in low or "whether" in low or "ı" in clause or "İ" in clause or "ſ" in clause:
        return _CONDITIONAL.search(clause) is not None
    return False


_PRONOUNS = frozenset(["you", "he", "she", "they", "we", "i", "it"])


def _question_before(before: str) -> bool:
    """``_QUESTION_BEFORE.search(before)``, skipped unless one of the last two words is a pronoun
    (the pattern ends with a pronoun and at most one more word before the end) or is not ASCII."""
    if any(w.lower() in _PRONOUNS or not w.isascii() for w in before.split()[-2:]):
        return _QUESTION_BEFORE.search(before) is not None
    return False


_MODAL_BEFORE = re.compile(
    r"\b(?:would|could|might|may|can|should|must|will|shall)\s+(?:(?:\w+ly|also|even|yet|ever|still|always|"
    r"be|have|been|now|then)\s+){0,3}$|[’']d\s+(?:\w+ly\s+)?have\s+(?:\w+ly\s+)?$"
)
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|nor)\b|n[’']t\b")


def hypothetical(text: str, start: int) -> bool:
    """Is the cue at ``start`` a future, modal or conditional use with no negation ("will testify",
    "should recall", "if they claim")? Such a subject has said nothing yet, so it is no speaker;
    a negated use ("would not confirm") is a source that declined, and stays one.

    Examples
    --------
    >>> hypothetical("The mayor will testify next week.", 15)
    True
    >>> hypothetical("The mayor would not confirm it.", 20)
    False
    """
    before = text[max(0, start - 60) : start]
    if _NEGATION_BEFORE.search(before[-30:]):
        return False
    if _MODAL_BEFORE.search(before):
        return True
    return _conditional(_CLAUSE_STOP.split(before)[-1])


def _word_before(text: str, start: int) -> str:
    """``_WORD_BEFORE.search(text, max(0, start - 40), start).group(1)`` (or ""), without the
    regex: the run of word characters, apostrophes, stops and hyphens that holds the last word
    character before ``start`` (or, with none, the first such run)."""
    lo = max(0, start - 40)
    j = start - 1
    while j >= lo and not (text[j].isalnum() or text[j] == "_"):
        j -= 1
    if j < lo:  # no word character: the first run of apostrophes, stops and hyphens
        i = lo
        while i < start and text[i] not in _RUN_MARKS:
            i += 1
        if i == start:
            return ""
        j = i
    else:
        i = j
        while i > lo and _in_run(text[i - 1]):
            i -= 1
    r = j + 1
    while r < start and _in_run(text[r]):
        r += 1
    return text[i:r]


_RUN_MARKS = frozenset("'’.-")


def _in_run(c: str) -> bool:
    return c.isalnum() or c == "_" or c in _RUN_MARKS


# Eighteenth pass: a singular noun form followed by a verb of finding or arguing in the past or
# third person ("the city report specifies ...", "the think tank report argued ..."): the form is
# the head of the subject, not the cue. Not "said"/"says": "the X report said" keeps the report's
# attribution (judged right on the dev rows).
_SAYING_VERB_AFTER = re.compile(
    r"(?i)\s+(?:\w+ly\s+)?(?:found|finds|showed|shows|argued|argues|concluded|concludes|stated|states|"
    r"noted|suggested|suggests|estimated|cited|cites|specified|specifies|detailed|outlined|outlines|"
    r"recommended|recommends|revealed|reveals|described|describes)\b"
)


def _is_noun_use(text: str, start: int, end: int, lemma: str, form: str) -> bool:
    """A noun ("his claims", "Trump's demand", "an incorrect claim", "GOP claims") or a participle
    used as an adjective ("alleged use")."""
    if form == lemma and lemma in _NOUN_LEMMAS and _SAYING_VERB_AFTER.match(text, end):
        return True  # eighteenth pass: "a city report found": the subject's head noun
    prev = _word_before(text, start)
    lprev = prev.lower()
    gap = text[max(0, start - 3) : start]
    if form == lemma and lemma in _NOUN_LEMMAS:
        # The base form is a singular noun after a determiner, a possessive, an adjective or
        # an ordinal ("Trump's demand", "an incorrect claim", "the second blast"), and when it
        # is capitalised inside a sentence (a title: "the Commission Report").
        if lprev in _DETERMINERS or lprev in _POSSESSIVES or lprev in _NOUN_PREMODIFIERS:
            return True
        if (
            lprev in _SINGULAR_PREMODIFIERS
            or lprev.endswith(("'s", "’s", "s'", "s’"))
            or gap.endswith(("'", "’"))
        ):
            return True
        if prev.islower() and len(prev) > 4 and prev.endswith((*_ADJ_SUFFIXES, "al", "ive", "ent", "ant")):
            return True
        before = text[max(0, start - 3) : start].strip()
        if text[start].isupper() and before and before[-1] not in '.!?\n"“”:':
            return True
    if (
        lemma in ("claim", "demand", "promise", "pledge")
        and form.endswith("s")
        and prev[:1].isupper()
        and lprev.rstrip(".") not in _TIME_WORDS
    ):
        # "despite GOP claims", "discounted Pentagon claims", "his Al Qaeda claims": a capitalised
        # modifier after a preposition, a possessive or a verb; "The Pentagon claims" stays a verb.
        lead = text[max(0, start - 80) : start - len(prev)].rstrip()
        run = re.search(r"((?:[A-Z][\w.'’-]*\s+)*)$", lead + " ")
        head = lead[: len(lead) - len(run.group(1).rstrip())] if run and run.group(1).strip() else lead
        m = _WORD_BEFORE.search(head)
        w = m.group(1).lower() if m else ""
        if w in _PREPOSITIONS or w in _POSSESSIVES or (len(w) > 4 and w.endswith("ed")):
            return True
    if form.endswith("s") and not form.endswith("ss") and lemma in _NOUN_LEMMAS:
        if lprev.replace(",", "").isdigit():
            return True  # "10 slams on ...": a count of nouns
        if lprev in _POSSESSIVES or lprev.endswith(("'s", "’s", "s'", "s’")) or gap.endswith(("'", "’")):
            return True
        if lprev in _NOUN_PREMODIFIERS or lprev in _PREPOSITIONS:
            return True
        if prev.islower() and len(prev) > 3 and prev.endswith(_ADJ_SUFFIXES) and not prev.endswith("ss"):
            return True
        if _NOUN_NEXT.match(text, end):
            return True
        # "Claims that ... are false": a capitalised plural at the start of a sentence.
        before = text[max(0, start - 3) : start].strip()
        if text[start].isupper() and (not before or before[-1] in '.!?\n"“”'):
            return True
    if form in _PARTICIPLE_FORMS:
        m = _WORD_AFTER.match(text, end)
        nxt = m.group(1) if m else ""
        if nxt and nxt.lower() not in _NOT_HEAD_NOUN and not nxt[0].isdigit():
            before = text[max(0, start - 3) : start].strip()
            if (
                lprev in _PREPOSITIONS
                or lprev in ("and", "or")
                or lprev in _POSSESSIVES
                or lprev.endswith(("'s", "’s"))
                or gap.endswith(("'", "’"))
                or lprev.replace(",", "").replace(".", "").isdigit()
                or (text[start].isupper() and (not before or before[-1] in '.!?\n"“”'))
            ):
                return True
    return False


def cue_stance(text: str, start: int, end: int, lemma: str, stance: str, *, acts: bool = True) -> str | None:
    """The stance of the reporting-verb form ``text[start:end]``, or None when it is not a cue.

    Parameters
    ----------
    text : str
        The document.
    start, end : int
        The offsets of the verb form (a multi-word form such as "pointed out" included).
    lemma : str
        Its lemma in the ``reporting_verbs`` lexicon.
    stance : str
        The lexicon's stance for the lemma.
    acts : bool
        Apply the twelfth pass's content test to the assertive verbs whose object is an act
        (warn, demand, vow, threaten, caution); False gives the stance without it.

    Returns
    -------
    str or None
        ``stance``, a replacement stance (``neutral`` for "claimed responsibility"),
        :data:`NO_STANCE` (an empty string) for a negated or hypothetical use, or None when the
        form is a noun, an adjective, a non-speech sense, page boilerplate or page furniture.

    Examples
    --------
    >>> cue_stance("They claimed responsibility for the blast.", 5, 12, "claim", "distancing")
    'neutral'
    >>> cue_stance("It denied Russia's claims of a ceasefire.", 19, 25, "claim", "distancing") is None
    True
    >>> cue_stance("The army would not confirm the toll.", 19, 26, "confirm", "endorsing")
    ''
    """
    sense = _sense(text, start, end, lemma, stance)
    if sense is not None and (_no_statement(text, start) or _no_source(text, start, end, lemma)):
        return NO_STANCE
    if sense and _NO_SUBJECT_BEFORE.search(text, max(0, start - 60), start):
        return NO_STANCE  # ninth pass: "No senator insisted that ...", "Nobody confirmed"
    if sense in ("distancing", "endorsing") and not _reports_content(text, start, end, lemma):
        return None  # ninth pass: no content reported ("denied the request", "conceded the race")
    if sense == "assertive" and lemma in _CONTENT_ASSERTIVE and not _asserts_content(text, start, end, lemma):
        return NO_STANCE  # eleventh pass: "declared a lockdown", "hospitals are stressed"
    if sense == "endorsing" and _sourceless_passive(text, start, end):
        return NO_STANCE  # "the extent was revealed when ...": no source to endorse (eighth pass)
    if acts and sense == "assertive" and lemma in ACT_ASSERTIVE and not _act_content(text, start, end):
        return NO_STANCE  # twelfth pass: "vowed to fight", "demanded an apology", "warning of a rocket"
    return sense


# Ninth pass: a distancing or endorsing stance only where the verb reports content. What may
# follow the verb (after adverbs, "to <addressee>" and time or place adjuncts): what _COMPLEMENT
# accepts (a that-clause, a quote, a colon, a clause, the end of the clause after a quotation),
# "by <source>" after a passive, or an object that is itself a statement or a fact stated
# ("denied the allegations", "confirmed the deaths", "admitted wrongdoing"). A thing or a request
# as the object ("denied the request", "conceded the race", "confirmed the opposite") is no
# statement; nor is a concessive frame ("no matter what X argue").
_CONTENT_LEAD = re.compile(
    r"(?:\s+(?:\w+ly|again|also|too|once|repeatedly|publicly|privately|later|earlier|then|now|still|"
    r"even|in\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+){0,2}?(?:statement|interview|speech|tweet|post|"
    r"letter|court|filing|email|message|report|testimony|hearing|video|memo|book|op-ed|column|release)|"
    r"(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:last|this|late|early)\s+(?:week|month|year|night|morning|evening|afternoon|weekend)|"
    r"yesterday|today|tonight|overnight|for\s+the\s+first\s+time|"
    r"to\s+(?:the\s+)?(?:reporters|journalists|lawmakers|Congress|the\s+court|investigators|"
    r"(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)(?:\s+(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)){0,2}|(?:him|her|them|us|me)))\b,?)*"
)
_STATEMENT_OBJECT = re.compile(
    r"(?i)\s+(?:(?:the|any|all|an?|his|her|their|its|our|such|these|those|this|that|some|no|"
    r"having|being|Russia[’']s|reports\s+of)\s+)?(?:(?!(?:of|for|to|in|on|at|with|from)\b)[\w'’-]+\s+){0,3}?"
    r"(?:allegations?|accusations?|charges?|claims?|reports?|rumou?rs?|wrongdoing|involvement|responsibility|"
    r"guilt|role|existence|authenticity|accuracy|deaths?|killings?|toll|casualt(?:y|ies)|figures?|"
    r"numbers?|news|identity|identities|presence|attacks?|strikes?|raids?|deal|agreement|talks|meeting|"
    r"plans?|decision|mistakes?|errors?|failures?|links?|ties|contacts?|knowledge|affair|relationship|"
    r"use|details|account|story|information|findings?|assessment|arrests?|death|detention|capture|"
    r"withdrawal|departure|resignation|retirement|firing|suspension|nomination|candidacy|pregnancy|"
    r"diagnosis|results?|outcome|victory|loss|defeat|receipt|sighting|authorship|ownership|"
    r"connections?)\b|\s+\w+ing\b(?!\s+(?:\w+\s+)?(?:of|for)\b)"
)
_AUX = (
    r"(?:is|are|was|were|be|will|would|has|have|had|could|can|should|might|may|must|did|does|do|"
    r"\w+n[’']t|cannot)"
)
_CLAUSE_AFTER = re.compile(
    rf"(?:\s+(?!(?:while|when|because|if|after|before|as|since|until|but|or|so|who|which|where|to)\b)"
    rf"[\w.'’-]+){{0,8}}?\s+{_AUX}\b|\s+(?:there|it|he|she|that|what|who)[’'](?:s|d|ll)\b|"
    r"\s+(?:they|we|you)[’'](?:re|ve|d|ll)\b|\s+I[’'](?:m|ve|d|ll)\b"
)
_PREP_THEN_CONTENT = re.compile(
    r"\s+(?:on|in|at|for|to|with|during|before|after|ahead|toward|towards|since|over|under|from|about|"
    r"through|while)\b(?:\s+[^\s.;:!?\"“”]+){0,10}?(?:\s+that\s|\s*,\s*[\"“]|\s*:)"
)
_QUOTED_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}[\"“]|\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+:")
# "that" after the verb is the complementiser unless it is a demonstrative before one noun
# ("denied that request.").
_THAT_CLAUSE = re.compile(r"\s+that\b(?!\s+[a-z]+\s*(?:[.,;:!?]|(?:of|for|to|in|on|at|and)\b))")
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:which|whom|that|what)\s+(?:[\w.'’,-]+\s+){1,6}$")
_FACT_LEMMAS = frozenset(["acknowledge", "point out", "admit", "reveal", "disclose", "recognize"])
_ABSTRACT_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|these|those|this|some|[\w]+[’']s)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"[a-z]+(?:tion|tions|ment|ments|ness|ity|ities|ance|ances|ence|ences|ism|ship)\b"
)
# "claim(s)" as a noun after a hyphenated modifier, a particle or a modifier that takes a noun.
_NOUN_BEFORE_CLAIM = re.compile(
    r"(?i)(?:\w-\w+|\b(?:off|out|away|aside|back|down|chief|main|key|central|false|bogus|dubious|similar|"
    r"such|other|latest|earlier|previous|repeated|unfounded|baseless|wild|individual|legal|insurance|"
    r"damage|damages|disability|asylum))\s+$"
)
# A negated subject right before the verb: the statement was not made.
_NO_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*|,\s+|\b(?:and|but|that)\s+)(?:[Nn]o\s+(?:[\w'’-]+\s+){0,3}|[Nn]obody\s+|[Nn]o\s+one\s+|"
    r"[Nn]either\s+(?:[\w'’-]+\s+){0,3}|[Nn]one\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?)(?:has\s+|have\s+|had\s+)?$"
)
_CONCESSIVE = re.compile(
    r"(?i)\b(?:no\s+matter\s+(?:what|how|who)|whatever|however\s+much)\b[^.;:!?\"“”]{0,60}$"
)
_QUOTE_BEFORE_CUE = re.compile(r"""(?:[,.!?]\s*["”’]|["”’]\s*,)\s*(?:[\w.'’-]+,?\s+){0,6}$""")
_AS_BEFORE_CUE = re.compile(r"(?i)\bas\s+(?:[\w.'’-]+\s+){0,7}$")


def _reports_content(text: str, start: int, end: int, lemma: str) -> bool:
    """Ninth pass: is the distancing or endorsing verb ``text[start:end]`` used as a verb of saying
    with content (a that-clause, a quotation, a colon, a clause, a statement as its object, the
    inverted or parenthetical position after a quote, "as X confirmed")?"""
    before = text[max(0, start - 80) : start]
    if _CONCESSIVE.search(before):
        return False  # "no matter what Democrats argue"
    if _QUOTE_BEFORE_CUE.search(before) or _AS_BEFORE_CUE.search(before):
        return True  # '"...," claimed the minister'; "as the ministry confirmed"
    if lemma == "claim" and (
        re.match(r"claims?\s+to\s+fame\b", text[start : end + 10].lower())
        or _NOUN_BEFORE_CLAIM.search(before)
    ):
        return False  # "claim to fame"; "his on-camera claim", "shook off claims", "individual claims"
    lead = _CONTENT_LEAD.match(text, end)
    at = lead.end() if lead else end
    form = text[start:end].lower()
    if form.endswith("ing"):
        clause_words = [w for w in re.split(r"[\s,]+", _CLAUSE_STOP.split(before)[-1]) if w]
        if len(clause_words) <= 1:
            before = ""  # "Specifically, conceding guilt would ...": no clause before the -ing form
        if re.match(rf"\s+{_AUX}\b", text[at : at + 12]):
            return False  # a gerund as the subject: "Sanders conceding would make it easier"
        if (
            not before.strip()
            or before.rstrip()[-1] in ".!?\n"
            or _word_before(text, start).lower() in _PREPOSITIONS
        ):
            # a gerund at the start of a sentence or after a preposition ("Conceding the point
            # now would ...", "without admitting guilt"): content only as a that-clause or a quote
            return bool(
                _THAT_CLAUSE.match(text, at) or re.match(r"""\s*[:"“]|\s+to\s+[a-z]""", text[at : at + 6])
            )
    if _COMPLEMENT.match(text, at) or re.match(r"\s+by\s", text[at : at + 5]):
        return True
    if re.match(r"\s+to\s+(?:\w+\s+)?(?:have|be|having|being|\w+ing)\b", text[at : at + 30]):
        return True  # "claimed to have", "admitted to lying"
    form = text[start:end].lower()
    if (
        _THAT_CLAUSE.match(text, at)
        or _CLAUSE_AFTER.match(text, at)
        or _PREP_THEN_CONTENT.match(text, at)
        or _QUOTED_OBJECT.match(text, at)
    ):
        return True  # "insisted U.S. troops will", "conceded to The New York Times that", 'acknowledged a "breakdown"'
    if _RELATIVE_BEFORE.search(before):
        return True  # "which her lawyer acknowledged", "whom the indictment alleges"
    if lemma in ("claim", "purport") and re.match(r"\s+to\s+[a-z]", text[at : at + 6]):
        return True  # "claiming to target", "purported to show"
    if lemma == "argue" and re.match(r"\s+(?:for|against)\b", text[at : at + 9]):
        return True  # advocacy: "arguing for longer sentences"
    if lemma == "deny" and re.match(r"\s+any\s+\w", text[at : at + 7]):
        return True  # "denied any connection"
    if lemma == "admit" and re.match(r"\s+as\s+much\b", text[at : at + 10]):
        return True
    if lemma in _FACT_LEMMAS and _ABSTRACT_OBJECT.match(text, at):
        return True  # "acknowledged the limitations", "pointed out the contradiction"
    if form in ("alleged", "purported"):
        return False  # with a bare noun after it, an adjective ("alleged racial profiling")
    if _STATEMENT_OBJECT.match(text, at):
        if form.endswith("ing"):
            # a gerund with an object is a statement only as a participial clause after a
            # comma ("..., denying any wrongdoing"), not as a subject ("Conceding guilt would").
            return bool(re.search(r",\s*$", before))
        return True
    return False


# Eleventh pass: the assertive verbs that report content (not vow, warn, demand, threaten or
# caution, whose objects are acts) get their stance only with content, as distancing and
# endorsing do; a performative declaration and "stressed" as strained get none.
_CONTENT_ASSERTIVE = frozenset(["assert", "declare", "stress", "emphasize", "proclaim"])
_DECLARED_ACT = re.compile(
    r"(?i)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?:victory|lockdowns?|emergency|"
    r"curfew|quarantine|disaster|shutdown|pandemic|winner|ceasefire|truce|moratorium|boycott)\b"
)
_DECLARED_PREDICATE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+(?:ible|able|ful|ous|ive|ic)|null|void|dead|invalid|illegal|legal|lawful|"
    r"unlawful|unconstitutional|constitutional|moot|closed|open|free|bankrupt)\b(?!\s+(?:that|to)\b)"
)
_STRAINED_BEFORE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "feel",
        "feels",
        "felt",
        "feeling",
        "get",
        "gets",
        "got",
        "getting",
        "become",
        "became",
        "becomes",
        "seem",
        "seems",
        "seemed",
        "very",
        "so",
        "too",
        "more",
        "less",
        "most",
        "already",
        "overly",
        "increasingly",
        "remain",
        "remains",
        "remained",
        "look",
        "looked",
    ]
)
_STRESSED_OBJECT = re.compile(r"(?i)\s+(?:the\s+)?(?:need|importance|urgency|necessity|point|role|value)\b")


def _asserts_content(text: str, start: int, end: int, lemma: str) -> bool:
    """Eleventh pass: is the assertive verb ``text[start:end]`` a verb of saying with content?"""
    form = text[start:end].lower()
    if form == "stressed" and (
        _word_before(text, start).lower() in _STRAINED_BEFORE
        or re.match(r"\s+(?:by|out)\b", text[end : end + 5])
    ):
        return False  # "the hospitals are stressed", "stressed by the pandemic": strained, not said
    if lemma == "declare" and _DECLARED_PREDICATE.match(text, end):
        return False  # "the court declared permissible": a ruling, not a statement
    if lemma == "declare" and _DECLARED_ACT.match(text, end):
        return False  # "declared a lockdown", "declared victory": an act, not a statement
    if lemma in ("stress", "emphasize", "assert") and (
        _STRESSED_OBJECT.match(text, end) or _ABSTRACT_OBJECT.match(text, end)
    ):
        return True  # "stressed the need for", "emphasized the limitations"
    return _reports_content(text, start, end, lemma)


# Twelfth pass: the assertive verbs whose object is usually an act (warn, demand, vow, threaten,
# caution) keep the assertive stance only when they report content: a that-clause (after up to
# four words of addressee), a clause with a finite verb, a quotation or a colon after the verb, or
# the verb after a quotation or in "as X warned" / "what X warned". Otherwise the cue stays, with
# no stance ("vowed to fight", "demanded an apology", "warning of an incoming rocket").
ACT_ASSERTIVE = frozenset(["warn", "demand", "vow", "threaten", "caution"])
_NOT_IN_CLAUSE = (
    r"while|when|because|if|after|before|as|since|until|but|or|so|who|which|where|to|and|how|what|of|"
    r"for|in|on|about|against|from|with|by|at|than|during|over|into|through|not|never"
)
_ACT_QUOTE = re.compile(r"""(?:\s+(?!that\b)[\w'’-]+){0,4}?\s*,?\s*[:"“«]""")
_ACT_THAT = re.compile(
    rf"(?:\s+(?:on|in|at|during|before|after)\s+(?:[^\s.;:!?\"“”]+\s+){{0,6}}?(?=that\b)|"
    rf"(?:\s+(?!that\b|(?:{_NOT_IN_CLAUSE})\b)[\w'’-]+){{0,4}}?(?:{_CONTENT_LEAD.pattern})(?=\s+that\b))"
)
_ACT_CLAUSE = re.compile(
    rf"(?:\s+(?!(?:{_NOT_IN_CLAUSE})\b)[\w'’-]+){{1,6}}?\s+{_AUX}\b|\s+(?:there|it|he|she|that|who)[’'](?:s|d|ll)\b|"
    r"\s+(?:they|we|you)[’'](?:re|ve|d|ll)\b|\s+I[’'](?:m|ve|d|ll)\b"
)
_WHAT_BEFORE = re.compile(r"(?i)\bwhat\s+(?:[\w.'’,-]+\s+){1,6}$")


def _act_content(text: str, start: int, end: int) -> bool:
    """Twelfth pass: does the act verb ``text[start:end]`` (warn, demand, vow, ...) report content?"""
    before = text[max(0, start - 80) : start]
    if _QUOTE_BEFORE_CUE.search(before) or _AS_BEFORE_CUE.search(before) or _WHAT_BEFORE.search(before):
        return True  # '"...," he warned'; "as the agency warned"; "what the minister warned was"
    lead = _CONTENT_LEAD.match(text, end)
    at = lead.end() if lead else end
    if _ACT_QUOTE.match(text, at):
        return True  # a quotation or a colon: 'vowed to "clarify" the law', "warned: ..."
    m = _ACT_THAT.match(text, at)
    if m is not None and _THAT_CLAUSE.match(text, m.end() - (1 if text[m.end() - 1 : m.end()] == " " else 0)):
        return True  # "warned that", "warned Congress that", "warned on the floor that"
    return _ACT_CLAUSE.match(text, at) is not None  # "warned the bill could fail"


def _sourceless_passive(text: str, start: int, end: int) -> bool:
    """A passive participle with no source named by "by" ("was revealed when", "it was
    confirmed that"): an event or a fact, not somebody's statement."""
    return (
        _PARTICIPLE_END.search(text[start:end].lower()) is not None
        and _PASSIVE_BEFORE.search(text, max(0, start - 40), start) is not None
        and not _BY_AGENT.match(text, end)
    )


def _no_source(text: str, start: int, end: int, lemma: str) -> bool:
    """A use that bears no stance: an act ("responded with airstrikes", "threatened to derail",
    "posted videos"), a state ("stood accused") or an impersonal passive of a belief verb ("was
    expected", "is believed") with no source named by "by"."""
    if _act(text, end, lemma):
        return True
    if _STATE_BEFORE.search(text, max(0, start - 30), start):
        return True
    return (
        lemma in _BELIEF_LEMMAS
        and _PASSIVE_BEFORE.search(text, max(0, start - 40), start) is not None
        and not _BY_AGENT.match(text, end)
    )


def _act(text: str, end: int, lemma: str) -> bool:
    if lemma == "respond":
        return bool(_RESPOND_ACT.match(text, end))
    if lemma == "threaten":
        return not _THREAT_STATED.match(text, end)
    if lemma == "post":
        return bool(_POSTED_MEDIA.match(text, end))
    return False


def says(text: str, start: int, end: int, lemma: str) -> bool:
    """Does the cue ``text[start:end]`` report a statement made by its subject?

    False for a passive or a state with no source named by "by" ("was told", "stood accused",
    "is expected", "were reported killed"), and for uses of speech verbs that are acts:
    "responded with airstrikes" or "by shelling", "threatened <a place>" or "threatened to
    <verb>" (a threat, said or not, with no statement reported), "posted videos of ...". Such a
    cue keeps its lemma but bears no stance (:data:`NO_STANCE`), and its subject gets no speaker
    category.

    Examples
    --------
    >>> says("The group has responded with airstrikes.", 14, 23, "respond")
    False
    >>> says("The group responded that it was not involved.", 10, 19, "respond")
    True
    """
    form = text[start:end].lower()
    if (
        _PARTICIPLE_END.search(form)
        and _PASSIVE_BEFORE.search(text, max(0, start - 40), start)
        and not _BY_AGENT.match(text, end)
    ):
        return False
    return not _act(text, end, lemma)


def _sense(text: str, start: int, end: int, lemma: str, stance: str) -> str | None:
    form = text[start:end].lower()
    if _is_noun_use(text, start, end, lemma, form):
        return None
    if _boilerplate_near(text, max(0, start - 120), min(len(text), end + 120)):
        return None
    if _is_furniture(text, start):
        return None
    if text[start:end][:1].isupper() and not text[start:end].isupper():
        before3 = text[max(0, start - 3) : start].strip()
        if before3 and before3[-1] not in ".!?\n\"“”:;()[]—–-‘’'":
            return None  # a capitalised form inside a sentence is a name ("Said Kouachi") or a title
    if form == "warning":
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        gap = text[m.end(1) if m else start : start]
        prev = m.group(1).lower() if m else ""
        if not gap.strip() and prev and prev not in _WARNING_VERB_BEFORE and not prev.endswith("ly"):
            return None  # "an hour advance warning of", "a warning": a noun
    if (
        lemma == "call"
        and form == "called"
        and _NAMING_BEFORE.search(text, max(0, start - 40), start)
        and _NAMED_AFTER.match(text, end)
    ):
        return None  # "a charity called Migrateful": naming
    after = end
    paren = _PAREN_AFTER.match(text, end)
    if paren:
        after = paren.end()  # "admitted (per the State Department) 1,682 refugees"
    rule = _SENSE_EXCLUSIONS.get(lemma)
    if rule is not None and (rule.match(text, end) or rule.match(text, after)):
        return None
    before = text[max(0, start - 40) : start]
    if (
        form in ("accused", "blamed")
        and _REDUCED_PASSIVE[form].match(text, end)
        and not _PASSIVE_BEFORE.search(text, max(0, start - 40), start)
        and not _STATE_BEFORE.search(text, max(0, start - 30), start)
    ):
        return None  # "the soldier accused of leaking", "a militia blamed for the attacks" (eighth pass)
    if lemma == "admit" and _PASSIVE.search(before) and not re.match(r"\s+that\b", text[end : end + 8]):
        return None  # "refugees were admitted": entry, not a concession
    if lemma == "confirm" and (
        _PASSIVE.search(before) and re.match(r"\s*(?:[,.;]|$|as\b|to\b)", text[end : end + 6])
    ):
        return None  # "once Sessions is confirmed", "was confirmed as ambassador"
    if lemma == "confirm" and re.search(r"(?i)\bSenate\s+(?:\w+\s+){0,2}$", before):
        return None
    if lemma == "maintain" and _PASSIVE.search(before):
        return None  # "a streak has been maintained": keeping something, not a claim
    if lemma == "deny" and form == "denying" and _NO_DENYING.search(before):
        return None  # "there is no denying that"
    if (
        stance == _EMOTIVE
        and _PASSIVE.search(before)
        and not re.match(r"\s+(?:\w+\s+){0,2}?by\b", text[end : end + 40])
    ):
        return None  # "he was mocked for ...": the target, and no speaker ("by ...") named
    if stance == "endorsing" and _THING_BEFORE.search(text, max(0, start - 60), start):
        return None  # "the implicit policy conceded that": not a statement (seventh pass)
    if lemma == "claim" and _NEUTRAL_CLAIM.match(text, end):
        return "neutral"
    if lemma == "want":
        return stance if _STATED.match(text, end) else None
    if lemma == "continue" and not (
        re.match(r"""\s*(?:[:"“]|that\b)""", text[end : end + 8])
        or re.search(r"""[”"],?\s+(?:[\w.'’-]+\s+){0,4}$""", text[max(0, start - 60) : start])
    ):
        return None  # "the insurgency continues": not speech unless a quote or a that-clause is next to it
    if lemma == "attack" and not _ATTACK_SPEECH.match(text, end) and not _STATED_QUOTE.match(text, end):
        return None  # "attacked an abandoned hotel": violence; speech needs "as/for", "saying", a quote
    if lemma in _COMPLEMENT_LEMMAS and not _COMPLEMENT.match(text, end):
        if lemma == "maintain" and _MAINTAIN_OBJECT.match(text, end):
            return stance
        if lemma == "attack" and _ATTACK_SPEECH.match(text, end):
            return stance
        if lemma in ("find", "show") and _FINDING.match(text, end):
            return stance
        if lemma == "show" and _SHOW_STATE.match(text, end):
            return stance  # "shows the governor leading": a finding
        if lemma == "show" and re.match(
            r"\s+that\s+(?!footage|video|image|photo|picture)", text[end : end + 20]
        ):
            return stance
        return None
    return stance
