"""Hedges and distancing: where an outlet passes a claim on without vouching for it.

Five families (Hyland 1998; Chafe 1986): ``reportative`` ("reportedly", "is said to"),
``epistemic`` ("apparently", "likely", epistemic "may"), ``distancing`` ("allegedly",
"so-called"), ``unverified`` ("could not be independently verified") and ``scare_quote`` (a short
quoted phrase in the outlet's own voice: the "liberation" of the town). The first four come from the
``hedges`` lexicon; scare quotes are found structurally on top of :func:`framing.text.quotes`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from framing import lexicons as _lexicons
from framing._mapping import (
    Doc,
    as_doc,
    check_n_jobs,
    combined_fingerprint,
    dask_doc_table,
    dask_spans,
    doc_hashes,
    is_dask,
    map_docs,
    span_table,
)
from framing._phrases import WordStarts, phrase_regex, trie_pattern
from framing.corpus import Corpus, as_corpus
from framing.provenance import attach
from framing.stats import rates
from framing.text import _DOUBLE as _QUOTE_MARKS  # the marks quotes() pairs
from framing.text import Quote, count_words, inside, sentences, words

__all__ = ["FAMILIES", "find_hedges", "hedge_rates"]

#: The hedge families, in the order results list them.
FAMILIES = ("reportative", "epistemic", "distancing", "unverified", "scare_quote")

SPAN_COLUMNS = ["doc_id", "outlet", "date", "start", "end", "text", "family", "lemma", "in_quote"]

_INNER_BOUNDARY = re.compile("['’.]")
_CASE_FOLD_ODD = re.compile("[\u0130\u0131\u017f]")
# After a naming hedge ("so-called"): a proper name (a capital letter, not in quote marks) ...
_PROPER_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
# ... or a term of up to five words, with a comma, then an appositive that defines it
# ('so-called "X monitors," devices that detect ...'); a relative clause right after the comma
# ("..., which would be more aptly named") is comment, not definition.
_DEFINED_AFTER = re.compile(
    r"[ \t]+[\"“]?[\w'’\-]+(?:[ \t]+[\w'’\-]+){0,4}(?:,[\"”]|[\"”]?,)[ \t]+"
    r"(?!(?:which|who|that)\b)(?:[\w'’\-]+[ \t]+){1,2}(?:that|which|who)\b"
)
_FOLLOWING_WORDS = re.compile(r"(?:[ \t]+[\w'’\-]+){1,6}")
# Characters after which a capitalised "May" still starts a sentence (so it may be the modal).
_SENTENCE_OPENERS = set('.!?"“”\n:;')
# Words left lower-case inside titles and names ("Medicare for All", "State of the Union").
_TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
)


@dataclass(frozen=True)
class _Entry:
    family: str
    lemma: str
    pattern: re.Pattern[str]
    not_followed_by: re.Pattern[str] | None
    not_preceded_by: re.Pattern[str] | None
    modal_negation: bool | None  # None: not a modal
    naming: bool  # may introduce a neutral name: skipped before a proper name or a definition
    # Lower-case first words of the patterns: an entry is only scanned for when one occurs.
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class _Speakers:
    """The sentence-wide speaker check of scare quotes (``scare_quotes.speakers``)."""

    speech_forms: frozenset[str]  # one-word forms of the speech verbs of a reporting_verbs lexicon
    roles: tuple[re.Pattern[str], ...]  # role nouns and organisations of a speaker_roles lexicon
    mention_words: frozenset[str]
    source_nouns: frozenset[str]  # lower-case nouns that can be a word's user (critics, the list)
    term_nouns: frozenset[str]  # nouns that make a quoted phrase a name (the "travel ban", a "tax")
    evaluative: frozenset[str]  # evaluative words a writer distances from (the "experts", "fake")
    lexicons: tuple[_lexicons.Lexicon, ...]


@dataclass(frozen=True)
class _Compiled:
    entries: tuple[_Entry, ...]
    adverbs: frozenset[str]
    complements: frozenset[str]
    max_words: int
    window_before: int
    window_after: int
    cues: re.Pattern[str] | None
    subject_pronouns: frozenset[str]
    # The anchors as one alternation after a non-word character, longest first: plain (for
    # lower-cased text) and case-insensitive, and a zero-width form that finds starts inside
    # another anchor's match.
    anchors: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None
    # Lower-case first character -> (anchor, entry indices) of the anchors starting with it.
    by_prefix: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    speakers: _Speakers | None = None


def _alternation(patterns: Sequence[str]) -> str:
    return "(?:" + "|".join(phrase_regex(p) for p in patterns) + ")"


def _any_of(patterns: Sequence[str]) -> re.Pattern[str]:
    """A regex that matches where one of the phrase ``patterns`` matches, for yes/no searches.

    Where every pattern starts with a word character that can be worked out, the alternatives
    are dispatched on that character (:func:`framing.labels._gated_union`): a search then
    costs a few character tests per word instead of one attempt per pattern. It finds a match
    exactly where the plain alternation does (each phrase starts after a non-word character),
    though not necessarily the same one, so only ``search(...) is None`` may be relied on.
    """
    from framing.labels import _first_chars, _gated_union, _sre_parse

    sources = [phrase_regex(p) for p in patterns]
    for src in sources:
        try:
            chars, nullable = _first_chars(_sre_parse.parse(src, re.IGNORECASE).data)
        except Exception:
            chars, nullable = None, True
        if not chars or nullable or not all(re.fullmatch(r"\w", ch) for ch in chars):
            return re.compile(_alternation(patterns), re.IGNORECASE)
    gated = _gated_union(list(dict.fromkeys(sources)))
    return gated if gated is not None else re.compile(_alternation(patterns), re.IGNORECASE)


_COMPILED: dict[str, _Compiled] = {}


def _compile(lx: _lexicons.Lexicon) -> _Compiled:
    if lx.sha256 in _COMPILED:
        return _COMPILED[lx.sha256]
    data = lx.data
    entries = []
    for family, body in data["families"].items():
        for e in body["entries"]:
            nf = e.get("not_followed_by")
            np_ = e.get("not_preceded_by")
            entries.append(
                _Entry(
                    family=family,
                    lemma=e["lemma"],
                    pattern=re.compile(_alternation(e["patterns"]), re.IGNORECASE),
                    not_followed_by=re.compile(r"\s+" + _alternation(nf), re.IGNORECASE) if nf else None,
                    not_preceded_by=re.compile(_alternation(np_) + r"\s+\Z", re.IGNORECASE) if np_ else None,
                    modal_negation=e["modal"]["negation"] if "modal" in e else None,
                    naming=bool(e.get("naming", False)),
                    anchors=tuple(
                        sorted(
                            {a.rstrip("*").lower() for p in e["patterns"] for a in p.split()[0].split("|")}
                        )
                    ),
                )
            )
    owners: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        for a in e.anchors:
            owners.setdefault(a, []).append(i)
    grouped: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for a in sorted(owners):
        grouped.setdefault(a[:1], []).append((a, tuple(owners[a])))
    # Every entry pattern starts with phrase_regex's left boundary and one of its anchors (an
    # anchor is the first word, or for a `word*` alternative its stem), so the places where an
    # anchor follows a non-word character are a superset of where any entry can match.
    # A trie of the anchors matches the longest anchor at a position, as the alternation of
    # them sorted longest first would, with a few character tests instead of one per anchor.
    alt = trie_pattern(owners)
    anchors = (
        (
            re.compile(r"(?<![\w\-])(?:" + alt + ")"),
            re.compile(r"(?<![\w\-])(?:" + alt + ")", re.IGNORECASE),
            re.compile(r"(?<![\w\-])(?=" + alt + ")", re.IGNORECASE),
        )
        if owners
        else None
    )
    rules = data.get("modal_rules", {})
    sq = data.get("scare_quotes")
    speakers = _speakers(sq["speakers"]) if sq and "speakers" in sq else None
    compiled = _Compiled(
        entries=tuple(entries),
        adverbs=frozenset(w.lower() for w in rules.get("adverbs", [])),
        complements=frozenset(w.lower() for w in rules.get("complements", [])),
        max_words=int(sq["max_words"]) if sq else 0,
        window_before=int(sq["window_before"]) if sq else 0,
        window_after=int(sq["window_after"]) if sq else 0,
        cues=_any_of(sq["cues"]) if sq else None,
        subject_pronouns=frozenset(w.lower() for w in (sq or {}).get("subject_pronouns", [])),
        anchors=anchors,
        by_prefix={k: tuple(v) for k, v in grouped.items()},
        speakers=speakers,
    )
    _COMPILED[lx.sha256] = compiled
    return compiled


def _speakers(spec: dict[str, Any]) -> _Speakers:
    """Speech verbs and role nouns for the scare-quote speaker check, taken from the reporting
    verbs and speaker roles that :mod:`framing.quotes` compiles for attribution."""
    from framing.quotes import _cached_rules

    verbs = _lexicons.load(spec["verbs"])
    roles = _lexicons.load(spec["roles"])
    for lx, kind, key in ((verbs, "reporting_verbs", "verbs"), (roles, "speaker_roles", "roles")):
        if lx.kind != kind:
            raise ValueError(
                f"`scare_quotes.speakers.{key}` must name a lexicon of kind {kind!r}; {lx.name!r} is of "
                f"kind {lx.kind!r}. Name a {kind} lexicon there."
            )
    r = _cached_rules(verbs, roles, None)
    forms = frozenset(f for f, (_, _, speech) in r.cue_info.items() if speech and " " not in f)
    return _Speakers(
        speech_forms=forms,
        roles=tuple(rx for _, rx in r.categories),
        mention_words=frozenset(w.lower() for w in spec["mention_words"]),
        source_nouns=frozenset(w.lower() for w in spec.get("source_nouns", [])),
        term_nouns=frozenset(w.lower() for w in spec.get("term_nouns", [])),
        evaluative=frozenset(w.lower() for w in spec.get("evaluative", [])),
        lexicons=(verbs, roles),
    )


def _epistemic_modal(text: str, start: int, end: int, negation: bool, c: _Compiled) -> bool:
    """Is the modal at ``text[start:end]`` epistemic? It must be followed (after at most two
    adverbs, and "not" where ``negation`` allows it) by a verb of ``modal_rules.complements``."""
    if text[start].isupper():
        # "May" mid-sentence is the month or a name ("in May", "Theresa May").
        before = text[:start].rstrip()
        if before and before[-1] not in _SENTENCE_OPENERS:
            return False
    m = _FOLLOWING_WORDS.match(text, end)
    if not m:
        return False
    following = [w.lower() for w in m.group(0).split()]
    i = 0
    while i < len(following) and i < 2 and following[i] in c.adverbs:
        i += 1
    if i < len(following) and following[i] == "not":
        if not negation:
            return False
        i += 1
        while i < len(following) and following[i] in c.adverbs:
            i += 1
    return i < len(following) and following[i] in c.complements


@lru_cache(maxsize=4096)
def _anchor_ci(anchor: str) -> re.Pattern[str]:
    return re.compile(re.escape(anchor), re.IGNORECASE)


def _anchor_positions(
    text: str, anchors: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], lower: str | None = None
) -> tuple[list[int], str | None]:
    """Positions where an entry may start (an anchor after a non-word character), and the
    lower-cased text to compare anchors in, or None where lower-casing is not exact. ``lower``
    is ``text.lower()`` when the caller has it."""
    anchors_lower, anchors_ci, anchors_inner = anchors
    if lower is None:
        lower = text.lower()
    # Searching the lower-cased text without IGNORECASE is several times faster; it is exact
    # when lower-casing keeps every offset and no character outside ASCII case-folds to an
    # ASCII letter without lower-casing to it (dotted/dotless i and long s do).
    if len(lower) == len(text) and not _CASE_FOLD_ODD.search(text):
        hay, rx, fast = lower, anchors_lower, lower
    else:
        hay, rx, fast = text, anchors_ci, None
    scan = _anchor_scan(rx.pattern) if fast is not None else None
    spans = scan.spans(hay) if scan is not None else [m.span() for m in rx.finditer(hay)]
    out = []
    for s, e in spans:
        out.append(s)
        # An anchor containing an apostrophe or a dot ("can't") may hide another start.
        if _INNER_BOUNDARY.search(hay, s, e):
            out.extend(k.start() for k in anchors_inner.finditer(text, s + 1, e))
    return out, fast


@lru_cache(maxsize=64)
def _anchor_scan(pattern: str) -> WordStarts | None:
    r"""The matches of the plain anchor regex ``pattern`` (``(?<![\w\-])(?:<trie>)``) found with
    one skipping scan (:class:`framing._phrases.WordStarts`); None for another pattern."""
    head = r"(?<![\w\-])(?:"
    if not (pattern.startswith(head) and pattern.endswith(")")):
        return None
    scan = WordStarts(pattern[len(head) : -1], "-")
    return scan if scan.slow.pattern == pattern else None


def _lexical_hedges(text: str, c: _Compiled, low: str | None = None) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    if c.anchors is None:
        return found
    # One scan for the positions where an entry may start, then only the entries whose anchor
    # is there are tried. `last_end` keeps each entry's matches non-overlapping, as a finditer
    # per entry would.
    positions, fast = _anchor_positions(text, c.anchors, low)
    entry_end = [-1] * len(c.entries)
    for pos in positions:
        tried: set[int] = set()
        if fast is not None:
            for anchor, owners in c.by_prefix.get(fast[pos], ()):
                if fast.startswith(anchor, pos):
                    tried.update(owners)
        else:
            # Rare texts whose case folding lower() does not follow: compare as the regex does.
            for group in c.by_prefix.values():
                for anchor, owners in group:
                    if _anchor_ci(anchor).match(text, pos):
                        tried.update(owners)
        for i in sorted(tried):
            if pos < entry_end[i]:
                continue
            e = c.entries[i]
            m = e.pattern.match(text, pos)
            if m is None:
                continue
            s, t = m.span()
            entry_end[i] = t if t > s else t + 1
            if e.not_followed_by is not None and e.not_followed_by.match(text, t):
                continue
            if e.not_preceded_by is not None and e.not_preceded_by.search(text[max(0, s - 80) : s]):
                continue
            if e.modal_negation is not None and not _epistemic_modal(text, s, t, e.modal_negation, c):
                continue
            if e.naming and (_PROPER_NAME_AFTER.match(text, t) or _DEFINED_AFTER.match(text, t)):
                continue
            found.append((s, t, e.family, e.lemma))
    # Where two entries overlap, the longer (then earlier) match wins.
    found.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept: list[tuple[int, int, str, str]] = []
    last_end = -1
    for r in found:
        if r[0] >= last_end:
            kept.append(r)
            last_end = r[1]
    return kept


def _is_title(content: str) -> bool:
    """Every word capitalised except small function words (a title or a name: "Big Bang",
    "Gang of Eight"), a hashtag or handle ("#mediabuzz"), or no letters at all."""
    if content.lstrip()[:1] in ("#", "@"):
        return True
    ws = [content[a:b] for a, b in words(content)]
    letters = [w for w in ws if any(ch.isalpha() for ch in w) and w.lower() not in _TITLE_SMALL_WORDS]
    return not letters or all(w[0].isupper() or not w[0].isalpha() for w in letters)


# Capitalised words that are not names: function words (after a dash or colon, in headlines),
# months and weekdays.
_NOT_NAMES = _TITLE_SMALL_WORDS | frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "there",
        "but",
        "yet",
        "so",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "because",
        "although",
        "though",
        "as",
        "not",
        "no",
        "all",
        "some",
        "many",
        "most",
        "one",
        "such",
        "what",
        "how",
        "why",
        "where",
        "who",
        "which",
        "our",
        "their",
        "his",
        "her",
        "my",
        "your",
        "we",
        "they",
        "he",
        "she",
        "you",
        "now",
        "then",
        "here",
        "still",
        "even",
        "only",
        "also",
        "meanwhile",
        "however",
        "despite",
        "during",
        "under",
        "over",
        "into",
        "until",
        "without",
        "among",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "any",
        "more",
        "less",
        "few",
        "several",
        "another",
        "other",
        "last",
        "next",
        "first",
        "today",
        "yesterday",
        "instead",
        "indeed",
        "thus",
        "yes",
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
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "such",
        "any",
        "no",
        "some",
        "every",
        "each",
        "another",
        "so-called",
    ]
)
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their"])
_MENTION_DEICTICS = frozenset(["this", "that"])
# After a head noun in quote marks: the end of its noun phrase (the "reopening" of, the "deal",).
_HEAD_END = re.compile(
    r"\s*(?:[.,;:!?)\]—–]|\Z|(?:of|in|on|at|for|from|with|by|to|as|and|or|but|that|which|was|is|were"
    r"|are|be|been|has|had|have|will|would|do|does|did|can|could|may|might|must|should)\b)"
)
# "It's", "that's": a contracted "is", not a possessive.
_CONTRACTED = frozenset(
    ["it", "that", "there", "what", "who", "he", "she", "here", "let", "where", "how", "this"]
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])\Z", re.IGNORECASE)


def _echoes(content: str, q: Quote, qs: list[Quote], text: str) -> bool:
    """Do the quoted words also stand inside a longer quotation of the document (a source's
    words echoed: "the plan is a disaster," she said ... the "disaster")?"""
    low = content.lower()
    for other in qs:
        if other is q or other.content_end - other.content_start <= len(content):
            continue
        if _whole_word_starts(text[other.content_start : other.content_end].lower(), low, "", first=True):
            return True
    return False


def _whole_word_starts(hay: str, word: str, extra: str, *, first: bool = False) -> list[int]:
    r"""The starts of ``re.finditer(r"(?<![\w<extra>])" + re.escape(word) + r"(?![\w<extra>])",
    hay)``, found with ``str.find`` instead of a pattern compiled per word (only the first one
    when ``first``). A literal matches where it occurs; the two assertions look at the
    characters before and after the occurrence; after a match the search goes on at its end."""
    if not word:
        rx = re.compile(rf"(?<![\w{re.escape(extra)}])(?![\w{re.escape(extra)}])")
        return [m.start() for m in rx.finditer(hay)][: 1 if first else None]
    out: list[int] = []
    n, end = len(word), len(hay)
    i = hay.find(word)
    while i >= 0:
        before = hay[i - 1] if i > 0 else ""
        after = hay[i + n] if i + n < end else ""
        if not (before and (before.isalnum() or before == "_" or before in extra)) and not (
            after and (after.isalnum() or after == "_" or after in extra)
        ):
            out.append(i)
            if first:
                break
            i = hay.find(word, i + n)
        else:
            i = hay.find(word, i + 1)
    return out


# Personal and possessive pronouns: before a quote they can refer to the user of the word
# (critics ... "unpresidential" of him; their "forward"). "It" is left out (mostly expletive).
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "hers",
        "their",
        "theirs",
        "our",
        "my",
        "your",
        "its",
        "himself",
        "herself",
        "themselves",
    ]
)
# Hedges that mark the quoted words as somebody's report, not the outlet's own distancing.
_REPORTED = frozenset(["reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"])
# Right after a quoted term: a definition or gloss follows (the "pool", which ...; the
# "monopsony" - a market with one buyer; the "d" (for ...)): the marks introduce a term.
_DEFINED_TERM = re.compile(
    r"\s*(?:,\s*(?:which|meaning|or|that is|i\.e\.|defined|known)\b|[-–—]+\s*(?:a|an|the|or)\b|\()",
    re.IGNORECASE,
)
# Words quoted as words rather than as anybody's wording (the "never", a "yes" vote).
_WORDS_AS_WORDS = frozenset(
    [
        "yes",
        "no",
        "never",
        "always",
        "ever",
        "not",
        "maybe",
        "probably",
        "perhaps",
        "when",
        "why",
        "how",
        "if",
    ]
)
#: Most words in a quote that the definite rule accepts ("the "quick fix"").
_DEFINITE_MAX_WORDS = 2


# Words that, anywhere in a quote's sentence, present the quoted words as a term (the "x"
# became a media watchword; the "x" is a well-documented phenomenon).
_TERM_WORDS = frozenset(
    [
        "word",
        "words",
        "term",
        "terms",
        "phrase",
        "phrases",
        "expression",
        "label",
        "euphemism",
        "catchphrase",
        "buzzword",
        "buzzwords",
        "watchword",
        "slogan",
        "mantra",
        "phenomenon",
        "jargon",
        "nickname",
        "dubbed",
        "coined",
    ]
)
# Quoted alternatives ("confidential" or "secret"; the "effective" and "moral" forms): labels or
# someone's pair of words, listed.
_QUOTED_ALTERNATIVE_AFTER = re.compile(r"\s+(?:and|or)\s+[\"“”]")
_QUOTED_ALTERNATIVE_BEFORE = re.compile(r"[\"“”]\s+(?:and|or)\s+\Z")
# The next sentence discusses the quoted words as words ("How you define that phrase ...").
_MENTIONED_NEXT = re.compile(
    r"\b(?:this|that|the)\s+(?:word|term|phrase|label|expression)s?\b", re.IGNORECASE
)


def _sentence_after(text: str, end: int, limit: int = 300) -> str:
    """The text after a sentence up to the next sentence end (a cheap look at the next sentence,
    at most ``limit`` characters)."""
    chunk = text[end : end + limit]
    m = re.search(r"[.!?](?:\s|\Z)", chunk[1:])
    return chunk if m is None else chunk[: m.end() + 1]


# Adjective endings of evaluative words ("reasonable", "offensive", "spontaneous", "elitist").
_EVALUATIVE_SUFFIX = re.compile(r"(?:ive|ous|able|ible|ist|ists)\Z")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z\-]*)\b")


def _modifier(text: str, q: Quote, n_words: int, sp: _Speakers) -> bool:
    """Is a one-word quote an evaluative prenominal modifier in the outlet's own words (the
    "woke" left, "respectable" clinics)? The word is in ``speakers.evaluative`` or has an
    evaluative adjective ending (-ive, -ous, -able, -ible, -ist), and a lower-case word follows
    that is not a function word, a verb of the head-end list or a noun that makes the phrase a
    name (a "compromise" bill, "hardened" security measures and "convenience" samples are not
    counted: technical terms carry no evaluation)."""
    if n_words != 1:
        return False
    m = _NEXT_WORD.match(text, q.end)
    if m is None or _HEAD_END.match(text, q.end):
        return False
    nxt = m.group(1)
    if nxt in _NOT_NAMES or nxt in sp.term_nouns or nxt in _WORDS_AS_WORDS:
        return False
    word = text[q.content_start : q.content_end].strip().lower()
    return word in sp.evaluative or _EVALUATIVE_SUFFIX.search(word) is not None


def _lower_elsewhere(word: str, text: str) -> bool:
    """Does ``word`` occur in lower case elsewhere in the document (a common word, not a name)?"""
    low = word.lower()
    return low != word and re.search(r"(?<![\w\-])" + re.escape(low) + r"(?![\w\-])", text) is not None


def _outlet_voice(
    text: str,
    q: Quote,
    sentence: tuple[int, int],
    qs: list[Quote],
    n_words: int,
    sp: _Speakers,
    cues: re.Pattern[str],
) -> bool:
    """Does the text itself show that the quote is the outlet's own distancing (hedges 1.5.0,
    precision first)?

    Two shapes qualify: the definite outlet-voice nominal, one or two lower-case words after
    "the" that end their noun phrase (the "reopening" of schools), and (1.5.0) one evaluative
    word right before the noun it modifies (the "elite" media; see :func:`_modifier`), in a
    sentence that offers nobody
    who could have used the words: no capitalised word before the quote that may be a name (the
    sentence's first word counts unless it is a function word or occurs in lower case elsewhere
    in the document), no pronoun, possessive, or role or source noun (``speakers.roles``,
    ``speakers.source_nouns``) before it, no speech verb or cue anywhere in the sentence, no
    "reportedly"/"allegedly" before it, and no definition or gloss right after it (", which",
    ", meaning", "- a"). A mention word or "this"/"that"/"his"/"her"/"their" right before the
    quote, or a source's longer quotation holding the same words, vetoes it. "So-called" before
    the quote is not enough: on the round-5 sample it mostly introduced the name of a policy or
    a legal category (3 of 12 were scare quotes). 1.5.0 also vetoes a quote holding a noun of
    ``speakers.term_nouns`` (the "travel ban"), a sentence with a word that presents the quote
    as a term (watchword, buzzword, phenomenon, ...), quoted alternatives ("draft" or "final"),
    a next sentence about "that phrase" or "the term", and a source's quotation of more than
    three words (or a quoted clause) in the same sentence.
    """
    content = text[q.content_start : q.content_end].strip()
    if _echoes(content, q, qs, text):
        return False
    s0, s1 = sentence
    s1 = max(s1, q.end)
    # The sentence with every quotation blanked out: quoted words are nobody's speakers.
    chars = list(text[s0:s1])
    for other in qs:
        if other.end > s0 and other.start < s1:
            for k in range(max(other.start, s0), min(other.end, s1)):
                chars[k - s0] = " "
    own = "".join(chars)
    ws = [(a + s0, own[a:b]) for a, b in words(own)]
    before = [w for pos, w in ws if pos < q.start]
    prev = before[-1].lower() if before else ""
    if prev in _POSSESSIVE_DETERMINERS or prev in _MENTION_DEICTICS:
        return False
    # "the word "x"", "the idea of a "x"": a mention word, possibly before "of" and an article.
    for w in reversed(before[-3:]):
        if w.lower() in sp.mention_words:
            return False
        if w.lower() not in ("of", "a", "an", "the"):
            break
    if any(w.lower() in _REPORTED for w in before):
        return False
    if _DEFINED_TERM.match(text, q.end):
        return False
    qwords = [content[a:b] for a, b in words(content)]
    definite = prev == "the" and n_words <= _DEFINITE_MAX_WORDS and _HEAD_END.match(text, q.end)
    if not (definite or _modifier(text, q, n_words, sp)):
        return False
    if not all(w[:1].islower() for w in qwords) or sum(ch.isalpha() for ch in content) < 3:
        return False
    # hedges 1.5.0: a noun that makes the phrase a name (the "travel ban"), a word presenting
    # it as a term anywhere in the sentence (the "x" became a watchword), or a source's
    # quotation in the same sentence (the "allegation" that he "committed a crime ...").
    if any(w.lower() in sp.term_nouns for w in qwords):
        return False
    if any(w.lower() in _TERM_WORDS for _, w in ws):
        return False
    if _QUOTED_ALTERNATIVE_AFTER.match(text, q.end) or _QUOTED_ALTERNATIVE_BEFORE.search(text, 0, q.start):
        return False
    nxt = _sentence_after(text, s1)
    if _MENTIONED_NEXT.search(nxt):
        return False
    for other in qs:
        if other is q or other.end <= s0 or other.start >= s1 or not other.closed:
            continue
        oc = text[other.content_start : other.content_end].strip()
        n_other = len(words(oc))
        if n_other > 3 or (n_other == 3 and oc[-1:] in ".!?,;:"):
            return False
    if n_words == 1 and (content.lower() in _NOT_NAMES or content.lower() in _WORDS_AS_WORDS):
        return False  # a function word or adverb mentioned as a word ("the "never"")
    first = ws[0][0] if ws else -1
    for pos, w in ws:
        if pos >= q.start:
            break
        lw = w.lower()
        if lw in _PRONOUNS or lw in sp.source_nouns:
            return False
        if _POSSESSIVE.search(w):
            stem = w[:-2] if w[-2] in "'’" else w[:-1]
            if stem.lower() not in _CONTRACTED:
                return False
            w, lw = stem, stem.lower()  # "That's": a contracted "is"
        if w[:1].isupper() and lw not in _NOT_NAMES and not (pos == first and _lower_elsewhere(w, text)):
            return False
    head = own[: q.start - s0]
    if any(rx.search(head) for rx in sp.roles):
        return False
    return not (any(w.lower() in sp.speech_forms for _, w in ws) or cues.search(own))


def _introduced_before(text: str, q: Quote, qs: list[Quote], paras: list[tuple[int, int]]) -> bool:
    """Do the quoted words stand unquoted earlier in the quote's paragraph or the one before
    (a term the text has just introduced or a source's wording it repeats: "... which act as
    stages. ... corridors between the "stages"")?"""
    k = next((i for i, (a, b) in enumerate(paras) if a <= q.start < max(b, a + 1)), 0)
    lo = paras[max(0, k - 1)][0] if paras else 0
    low = text[q.content_start : q.content_end].strip().lower()
    spans = [(o.start, o.end) for o in qs if o.end > lo and o.start < q.start]
    region = text[lo : q.start].lower()
    for start in _whole_word_starts(region, low, "-"):
        at = lo + start
        if not any(a <= at < b for a, b in spans):
            return True
    return False


def _after_attribution(
    text: str, s_start: int, sentence_of: Callable[[int], tuple[int, int] | None], cues: re.Pattern[str]
) -> bool:
    """Does the sentence before the one starting at ``s_start`` (in the same paragraph or the
    one before) hold a cue? Then a short quote may carry on that speaker's words ("..., he
    said. It is "unfortunate" that ...")."""
    k = s_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0:
        return False
    prev = sentence_of(k - 1)
    return prev is not None and cues.search(text, prev[0], prev[1]) is not None


def _scare_quotes(
    text: str, c: _Compiled, qs: list[Quote], d: Doc | None = None
) -> list[tuple[int, int, str, str]]:
    if c.cues is None or c.max_words < 1:
        return []
    candidates = []
    for q in qs:
        if not q.closed:
            continue
        content = text[q.content_start : q.content_end]
        stripped = content.strip()
        n = len(words(content))
        # A quoted sentence or a quote that leads into its attribution ("Stop," he said).
        if n == 0 or n > c.max_words or stripped[-1] in ".!?,;:" or _is_title(content):
            continue
        candidates.append(q)
    if not candidates:
        return []
    doc = d if d is not None else Doc(text)
    out = []
    for q in candidates:
        s_start, s_end = doc.sentence_at(q.start) or (q.start, q.end)
        before = text[s_start : q.start]
        after = text[q.end : max(s_end, q.end)]
        before_words = words(before)
        # The quote must sit inside the outlet's own sentence, not open it or follow a colon.
        if not before_words or before.rstrip().endswith(":"):
            continue
        a, b = before_words[-1]
        if before[a:b].lower() in c.subject_pronouns:
            continue
        window_b = (
            before[before_words[max(0, len(before_words) - c.window_before)][0] :] if c.window_before else ""
        )
        after_words = words(after)
        n_after = min(c.window_after, len(after_words))
        window_a = after[: after_words[n_after - 1][1]] if n_after else ""
        if c.cues.search(window_b) or c.cues.search(window_a):
            continue
        if s_start > 0 and _after_attribution(text, s_start, doc.sentence_at, c.cues):
            continue
        if _introduced_before(text, q, qs, doc.paragraphs):
            continue
        if c.speakers is not None and not _outlet_voice(
            text,
            q,
            (s_start, s_end),
            qs,
            len(words(text[q.content_start : q.content_end])),
            c.speakers,
            c.cues,
        ):
            continue
        lemma = " ".join(text[q.content_start : q.content_end].lower().split())
        out.append((q.start, q.end, "scare_quote", lemma))
    return out


def _hedges_in(doc: str | Doc, c: _Compiled) -> list[tuple[int, int, str, str, bool]]:
    """All hedges of one document: ``(start, end, family, lemma, in_quote)``, in text order."""
    d = as_doc(doc)
    text = d.text
    lexical = _lexical_hedges(text, c, d.lower)
    qs = d.quotes if any(mark in text for mark in _QUOTE_MARKS) else []
    flags = inside([r[0] for r in lexical], qs) if lexical else np.zeros(0, dtype=bool)
    rows = [(s, e, f, lem, bool(flag)) for (s, e, f, lem), flag in zip(lexical, flags)]
    rows += [(s, e, f, lem, False) for s, e, f, lem in _scare_quotes(text, c, qs, d)]
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def _hedge_lexicon(lexicon: Any) -> _lexicons.Lexicon:
    lx = _lexicons.load(lexicon)
    if lx.kind != "hedges":
        raise ValueError(
            f"`lexicon` must be a lexicon of kind 'hedges'; {lx.name!r} is of kind {lx.kind!r}. "
            "Pass lexicon='hedges' or a YAML file with kind: hedges."
        )
    return lx


def find_hedges(
    corpus: Corpus | pd.DataFrame,
    *,
    lexicon: Any = "hedges",
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find hedges and distancing devices in every article.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (a DataFrame needs a ``text`` column).
    lexicon : str, Path or Lexicon, default "hedges"
        A lexicon of kind ``hedges``: the built-in one, a YAML file, or an extended Lexicon.
    n_jobs : int, default 1
        Worker processes (joblib); -1 uses all cores. Results do not depend on it.
    progress : bool or None, default None
        Show a progress bar; None shows one only on a terminal or in a notebook.

    Returns
    -------
    DataFrame
        One row per hedge, in document and text order:

        - ``doc_id``, ``outlet``, ``date``: the article's;
        - ``start``, ``end``: character offsets into the article's text;
        - ``text``: ``text[start:end]`` (for a scare quote, the phrase with its quote marks);
        - ``family``: ``reportative``, ``epistemic``, ``distancing``, ``unverified`` or
          ``scare_quote``;
        - ``lemma``: the lexicon entry that matched ("reportedly", "be said to", "may"), or for
          a scare quote the quoted phrase in lower case;
        - ``in_quote``: True when the hedge lies inside quoted speech (the source's hedge, not
          the outlet's); always False for scare quotes.

    Notes
    -----
    Lexical families match the lexicon's phrase patterns on whole words, case-insensitively,
    with each entry's context rules (``not_followed_by``, ``not_preceded_by``); where two matches
    overlap the longer wins. An entry marked ``naming`` ("so-called") is skipped where it only
    introduces a name: before a capitalised word outside quote marks ("the so-called Group of
    Seven"), or before a term of up to five words that a comma-appositive then defines
    ('so-called "X monitors," devices that ...'). Modal verbs count only in epistemic use (Palmer 2001): the modal
    must be followed, after at most two adverbs (and "not" for may/might), by "be", perfect
    "have" or a stative or quantity verb of ``modal_rules.complements`` ("casualties may be
    higher", "the toll could rise"); deontic and dynamic uses ("residents may leave", "may not
    enter", "could not reach") and "May" as a month or name do not match.

    A scare quote is a closed quotation of 1 to ``scare_quotes.max_words`` words inside the
    outlet's own sentence (some word precedes it and no colon introduces it) that does not end in
    sentence punctuation or a comma, is not a capitalised title or name, and has no reporting
    cue (said, told, called, according, ...) within ``window_before`` words before it or
    ``window_after`` words after it in its sentence, and does not directly follow one of
    ``scare_quotes.subject_pronouns`` (he "refuses to back down": a partial quote). With
    ``scare_quotes.speakers`` (the built-in lexicon has it; hedges 1.5.0, precision first) a
    quote counts only where the text itself shows the outlet's distancing, in two shapes: one or
    two lower-case words right after "the" that end their noun phrase (the "liberation" of the
    town), or one evaluative word right before the noun it modifies (the "elite" media: a word
    of ``speakers.evaluative`` or an adjective ending in -ive, -ous, -able, -ible or -ist, not
    before a noun of ``speakers.term_nouns`` such as law, tax or program), in a sentence with
    nobody who could have used the words: no speech verb of the ``reporting_verbs`` lexicon or
    cue anywhere in it; before the quote no name (a capitalised word; the sentence's first word
    counts unless it is a function word or the document also uses it in lower case), no
    pronoun, no possessive other than a contracted "is", no role noun of the ``speaker_roles``
    lexicon or ``speakers.source_nouns`` word (critics, the report, the court), no
    "reportedly"/"allegedly"; no cue in the sentence before; no definition or gloss right after
    the quote (", which", ", meaning", "- a"); the words not standing unquoted earlier in the
    quote's paragraph or the one before (a term just introduced) nor inside a longer quotation
    of the document (a source's word echoed); not a word mentioned as a word. 1.5.0 also skips
    a quote that holds a term noun (the "travel ban"), a sentence that presents it as a term
    (buzzword, watchword, phenomenon, ...) or holds a source's quotation of more than three
    words, quoted alternatives ("draft" or "final"), and a quote the next sentence calls "that
    phrase" or "the term". "So-called" before a quote is not enough (it mostly introduces the
    name of a policy or a legal category). Measured (benchmarks/RESULTS.md, hedges seventh
    pass): on never-judged opinion-heavy news articles 25 of 34 matches were the outlet's own
    distancing (precision 0.74, Wilson 95% 0.57-0.85; the others were words of a user named in
    the sentence or just before, labels whose meaning is discussed, and names of a statistic or
    a technical term); the rules find about 3 scare quotes per 1,000 AllSides articles and none
    at all in 3,963 straight-news documents and headlines (BASIL, PolNeAR, Narrative Frames,
    GVFC), where a short quotation nearly always has a speaker nearby. They keep 45 of the 119
    judged-correct scare quotes of earlier samples. Read ``scare_quote`` rows as a conservative
    set of candidates to check in context (:func:`framing.show`), not as a measurement; the
    other four families measured 0.96-1.00.

    References
    ----------
    Hyland, K. (1998). Hedging in Scientific Research Articles. John Benjamins.
    Palmer, F. R. (2001). Mood and Modality, 2nd ed. Cambridge University Press.

    Examples
    --------
    >>> import pandas as pd, framing as fr
    >>> docs = pd.DataFrame({"text": ['Casualties may be higher. The "liberation" of the town cost them.'],
    ...                      "outlet": ["Wire"]})
    >>> fr.find_hedges(docs)[["text", "family", "lemma"]].values.tolist()
    [['may', 'epistemic', 'may'], ['"liberation"', 'scare_quote', 'liberation']]
    """
    if is_dask(corpus):
        return dask_spans(corpus, find_hedges, lexicon=lexicon, progress=False)
    c_obj = as_corpus(corpus)
    lx = _hedge_lexicon(lexicon)
    n_jobs = check_n_jobs(n_jobs)
    compiled = _compile(lx)
    docs = c_obj.docs
    per_doc = map_docs(
        _hedges_in, docs["text"].tolist(), compiled, n_jobs=n_jobs, progress=progress, desc="find_hedges"
    )
    out = span_table(
        docs,
        per_doc,
        ["start", "end", "family", "lemma", "in_quote"],
        dtypes={"in_quote": bool},
        function="find_hedges",
    )
    return attach(
        out[SPAN_COLUMNS],
        function="find_hedges",
        params={"lexicon": lx.name, "n_jobs": n_jobs},
        lexicons=[lx, *(compiled.speakers.lexicons if compiled.speakers else ())],
        corpus=c_obj,
    )


def _hedge_doc_counts(part: pd.DataFrame, lexicon: Any) -> pd.DataFrame:
    """One partition of a Dask corpus as per-document hedge counts (by family and voice), word
    and sentence counts and hashes: everything :func:`hedge_rates` needs, without the texts."""
    c_obj = as_corpus(part)
    docs = c_obj.docs
    spans = find_hedges(c_obj, lexicon=lexicon)
    table = docs.drop(columns="text").copy()
    pos = pd.Index(docs["doc_id"]).get_indexer(spans["doc_id"])
    for family in FAMILIES:
        for q in (False, True):
            sel = (spans["family"] == family).to_numpy() & (spans["in_quote"].to_numpy() == q)
            table[f"_n_{family}|{int(q)}"] = np.bincount(pos[sel], minlength=len(docs)).astype(np.int64)
    table["_n_words"] = docs["text"].map(count_words).to_numpy(dtype=np.int64)
    table["_n_sents"] = np.array([len(sentences(t)) for t in docs["text"]], dtype=np.int64)
    table["_sha"] = doc_hashes(docs)
    return table


def hedge_rates(
    corpus: Corpus | pd.DataFrame,
    *,
    by: Any = "outlet",
    lexicon: Any = "hedges",
    include_quoted: bool = True,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Hedges per 1,000 words and per sentence, by group and family, with article-level CIs.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    by : str, pandas.Grouper, list of them, or None, default "outlet"
        Grouping of the articles; None pools them all.
    lexicon : str, Path or Lexicon, default "hedges"
        As in :func:`find_hedges`.
    include_quoted : bool, default True
        Count hedges inside quoted speech too; False keeps only the outlet's own voice.
    ci : float, default 0.95
        Coverage of the percentile interval.
    n_boot : int, default 1000
        Bootstrap resamples of articles.
    seed : int, default 0
        Seed of the resampling.
    n_jobs : int, default 1
        Worker processes for finding the hedges.
    progress : bool, optional
        Progress bar while finding the hedges; None shows it on a terminal or in a notebook.

    Returns
    -------
    DataFrame
        One row per group, family and unit:

        - the ``by`` columns;
        - ``family``: one of the five families, or ``all`` (every hedge);
        - ``unit``: ``per_1000_words`` or ``per_sentence``;
        - ``count``: hedges of that family in the group;
        - ``total``: words (or sentences) in the group's articles;
        - ``rate``: ``count / total`` (times 1,000 for ``per_1000_words``);
        - ``ci_low``, ``ci_high``: percentile interval of the rate over resampled articles;
        - ``n_docs``: articles of the group with at least one word (or sentence).

    Notes
    -----
    The rate is a ratio of sums over the articles of a group; its interval is the cluster
    (article) bootstrap of :func:`framing.stats.bootstrap_ratio`, so long articles weigh by
    their length and hedges that cluster in one article widen the interval. Words are counted
    by :func:`framing.text.count_words`, sentences by :func:`framing.text.sentences`.

    Examples
    --------
    >>> import pandas as pd, framing as fr
    >>> docs = pd.DataFrame({"text": ["Rebels reportedly took the city.", "The army left."],
    ...                      "outlet": ["A", "B"]})
    >>> r = fr.hedge_rates(docs, n_boot=200)
    >>> r[(r.family == "all") & (r.unit == "per_sentence")][["outlet", "rate"]].values.tolist()
    [['A', 1.0], ['B', 0.0]]
    """
    if not isinstance(include_quoted, (bool, np.bool_)):
        raise TypeError(f"`include_quoted` must be True or False. Got {include_quoted!r} instead.")
    lx = _hedge_lexicon(lexicon)
    corpus_fp: Any
    if is_dask(corpus):
        # Reduce each partition to per-document counts; bootstrap the small table here.
        table = dask_doc_table(corpus, _hedge_doc_counts, lexicon)
        docs = table[[c for c in table.columns if not c.startswith("_")]]
        counts = table[[c for c in table.columns if c.startswith("_n_") and "|" in c]]
        ids = docs["doc_id"].to_numpy(dtype=object)
        parts = [
            pd.DataFrame(
                {
                    "doc_id": np.repeat(ids, counts[c].to_numpy()),
                    "family": c[3:].split("|")[0],
                    "in_quote": c.endswith("|1"),
                }
            )
            for c in counts.columns
        ]
        spans = pd.concat(parts, ignore_index=True)
        n_words = table["_n_words"].to_numpy(dtype=np.float64)
        n_sents = table["_n_sents"].to_numpy(dtype=np.float64)
        corpus_fp = combined_fingerprint(table["_sha"])
    else:
        c_obj = as_corpus(corpus)
        spans = find_hedges(c_obj, lexicon=lexicon, n_jobs=n_jobs, progress=progress)
        docs = c_obj.docs
        n_words = docs["text"].map(count_words).to_numpy(dtype=np.float64)
        n_sents = docs["text"].map(lambda t: len(sentences(t))).to_numpy(dtype=np.float64)
        corpus_fp = c_obj
    if not include_quoted:
        spans = spans[~spans["in_quote"]]
    both = pd.concat([spans, spans.assign(family="all")], ignore_index=True)
    cats = [*FAMILIES, "all"]
    parts = []
    for unit, den, scale in (("per_1000_words", n_words, 1000.0), ("per_sentence", n_sents, 1.0)):
        r = rates(
            both,
            docs,
            denominator=den,
            of="family",
            by=by,
            categories=cats,
            scale=scale,
            ci=ci,
            n_boot=n_boot,
            seed=seed,
        )
        r.insert(r.columns.get_loc("family") + 1, "unit", unit)
        parts.append(r)
    out = pd.concat(parts, ignore_index=True)
    keys = [
        c
        for c in out.columns
        if c not in ("family", "unit", "count", "total", "rate", "ci_low", "ci_high", "n_docs")
    ]
    order = {f: i for i, f in enumerate(cats)}
    out = out.assign(_f=out["family"].map(order)).sort_values(
        [*keys, "unit", "_f"], kind="stable", ignore_index=True
    )
    out = out.drop(columns="_f")
    return attach(
        out,
        function="hedge_rates",
        params={
            "by": by,
            "lexicon": lx.name,
            "include_quoted": include_quoted,
            "ci": ci,
            "n_boot": n_boot,
            "seed": seed,
        },
        lexicons=[lx],
        corpus=corpus_fp,
    )
