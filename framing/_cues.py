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
"""

from __future__ import annotations

import re

__all__ = ["cue_stance"]

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
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
_WORD_AFTER = re.compile(r"\s+([\w'’-]+)")
_BE = r"(?:is|are|was|were|be|been|being|am|’s|'s)"
_PASSIVE = re.compile(
    rf"(?i)\b{_BE}\s+(?:\w+ly\s+|(?:not|also|more|being|often|still|never|long|now|even|much|most|so|too)\s+)*$"
)
_BOILERPLATE = re.compile(
    r"(?i)privacy policy|terms of (?:use|service)|cookie|sign up|subscribe|newsletter|"
    r"i have read|(?:please|click) (?:enter|select|check|here)|all rights reserved"
)
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
    rf"""{_FINITE}\b"""
)
# "The poll found no evidence", "found 52 percent", "found Smith leading": findings, not objects.
_FINDING = re.compile(
    r"(?i)\s+(?:(?:no|little|few|scant)\s+(?:\w+\s+){0,2}?(?:evidence|signs?|indications?|links?|"
    r"proof|support|basis)|(?:\w+\s+){0,3}?(?:percent|%|majority|plurality)|(?:[A-Z]\w+\s+){1,3}\w+ing\b)"
)
_COMPLEMENT_LEMMAS = frozenset(["maintain", "reveal", "find", "charge", "attack", "recognize", "disclose"])
# A desire ("wants war", "wants to leave") is not a statement; only a stated wish counts.
_STATED = re.compile(r"""\s*(?:[:"“«‘]|[,.;!?)\]\n]|$|—|–)""")
_ATTACK_SPEECH = re.compile(
    r"[^.;!?\"“”]{0,80}?(?:\s(?:as|for)\s|,\s*(?:saying|calling|arguing|writing)\b|"
    r"\sin\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:speech|statement|tweet|interview|post|op-ed|letter|"
    r"remarks|address|column))"
)
_SENSE_EXCLUSIONS: dict[str, re.Pattern[str]] = {
    "admit": re.compile(
        r"(?i)\s+(?:into\b|to\s+(?:the|a|an|hospital|hospitals|college|school|university|"
        r"membership|practice|the\s+bar|[A-Z]\w+)\b|(?:only|nearly|about|around|almost|just|some|"
        r"more|fewer|few|barely|roughly|over|under|up|at|no|thousands|hundreds|millions|tens|"
        r"refugees|migrants|immigrants|patients|students|people|members|applicants|asylum|"
        r"\d[\d,.]*)\b)"
    ),
    "confirm": re.compile(
        r"(?i)\s+(?:as\b|by\s+(?:the\s+)?(?:full\s+)?Senate|to\s+(?:lead|head|serve|run|become)\b|(?:cases?|infections?|deaths?|kills?|nominees?|nominations?|picks?|"
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
        r"(?i)\s+(?:\w+\s+){0,2}?(?:entry|access|bail|visas?|permission|asylum|parole|service|"
        r"funding|permits?|the\s+right|rights|benefits|admission|treatment|a\s+hearing|"
        r"citizenship|tenure|a\s+seat|seats)\b"
    ),
    "claim": re.compile(
        r"(?i)\s+(?:(?:the\s+)?lives?\b|at\s+least\s+\d|(?:more\s+than\s+)?\d[\d,]*\s+lives|"
        r"(?:\w+\s+){0,2}as\s+(?:its|their|his|her|our|my)\s+own\b|"
        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:asylum|benefits|refugee\s+status|compensation|"
        r"ownership|land|title|throne|crown|seats?|prize|"
        r"sovereignty|the\s+top\s+spot|first\s+place|the\s+nomination)\b)"
    ),
    "find": re.compile(r"(?i)\s+(?:themselves|himself|herself|itself|ourselves|myself|guilty|dead)\b"),
}
_NEUTRAL_CLAIM = re.compile(r"(?i)\s+(?:(?:full|sole|partial)\s+)?(?:responsibility|credit)\b")
_MAINTAIN_OBJECT = re.compile(r"(?i)\s+(?:(?:his|her|their|its)\s+)?innocence\b")
_NO_DENYING = re.compile(r"(?i)\b(?:no|not)\s+(?:\w+\s+)?$")
_EMOTIVE = "emotive"


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _is_noun_use(text: str, start: int, end: int, lemma: str, form: str) -> bool:
    """A plural noun ("his claims") or a participle used as an adjective ("alleged use")."""
    prev = _word_before(text, start)
    lprev = prev.lower()
    gap = text[max(0, start - 3) : start]
    if form.endswith("s") and not form.endswith("ss") and lemma in _NOUN_LEMMAS:
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


def cue_stance(text: str, start: int, end: int, lemma: str, stance: str) -> str | None:
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

    Returns
    -------
    str or None
        ``stance``, a replacement stance (``neutral`` for "claimed responsibility"), or None
        when the form is a noun, an adjective, a non-speech sense or page boilerplate.

    Examples
    --------
    >>> cue_stance("They claimed responsibility for the blast.", 5, 12, "claim", "distancing")
    'neutral'
    >>> cue_stance("It denied Russia's claims of a ceasefire.", 19, 25, "claim", "distancing") is None
    True
    """
    form = text[start:end].lower()
    if _is_noun_use(text, start, end, lemma, form):
        return None
    window = text[max(0, start - 120) : min(len(text), end + 120)]
    if _BOILERPLATE.search(window):
        return None
    rule = _SENSE_EXCLUSIONS.get(lemma)
    if rule is not None and rule.match(text, end):
        return None
    before = text[max(0, start - 40) : start]
    if lemma == "admit" and _PASSIVE.search(before) and not re.match(r"\s+that\b", text[end : end + 8]):
        return None  # "refugees were admitted": entry, not a concession
    if lemma == "confirm" and (
        _PASSIVE.search(before) and re.match(r"\s*(?:[,.;]|$|as\b|to\b)", text[end : end + 6])
    ):
        return None  # "once Sessions is confirmed", "was confirmed as ambassador"
    if lemma == "confirm" and re.search(r"(?i)\bSenate\s+(?:\w+\s+){0,2}$", before):
        return None
    if lemma == "deny" and form == "denying" and _NO_DENYING.search(before):
        return None  # "there is no denying that"
    if (
        stance == _EMOTIVE
        and _PASSIVE.search(before)
        and not re.match(r"\s+(?:\w+\s+){0,2}?by\b", text[end : end + 40])
    ):
        return None  # "he was mocked for ...": the target, and no speaker ("by ...") named
    if lemma == "claim" and _NEUTRAL_CLAIM.match(text, end):
        return "neutral"
    if lemma == "want":
        return stance if _STATED.match(text, end) else None
    if lemma in _COMPLEMENT_LEMMAS and not _COMPLEMENT.match(text, end):
        if lemma == "maintain" and _MAINTAIN_OBJECT.match(text, end):
            return stance
        if lemma == "attack" and _ATTACK_SPEECH.match(text, end):
            return stance
        if lemma == "find" and _FINDING.match(text, end):
            return stance
        return None
    return stance
