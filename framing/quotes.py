"""Sourcing: who is quoted or paraphrased, with which reporting verb, and how.

:func:`extract_quotes` finds attributions (direct quotes, indirect speech, mixed quotes and
"according to") with rules over the project's own sentences, tokens and quote-mark pairing;
:func:`source_share` and :func:`cue_stance_by_speaker` aggregate them per outlet with
article-level bootstrap intervals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

import numpy as np
import pandas as pd

from framing import _allowlist as _allowed
from framing import _balanced
from framing import lexicons as _lexicons
from framing._coverage import warn_if_mostly_unknown
from framing._cues import ACT_ASSERTIVE, NO_STANCE, cue_stance, phrase_spans, says
from framing._mapping import (
    Doc,
    as_doc,
    check_n_jobs,
    dask_spans,
    is_dask,
    map_docs,
    show_progress,
    span_table,
)
from framing._phrases import WordStarts
from framing._phrases import trie_pattern as _trie_pattern
from framing._validation import check_choice, check_int, check_probability
from framing.corpus import Corpus, as_corpus
from framing.provenance import DocsRef, attach
from framing.stats import shares
from framing.text import NEWS_ABBREVIATIONS

__all__ = ["QUOTE_COLUMNS", "cue_stance_by_speaker", "extract_quotes", "source_share"]

#: The columns of the span table returned by :func:`extract_quotes`, in order.
QUOTE_COLUMNS = [
    "doc_id",
    "outlet",
    "date",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_resolved",
    "speaker_category",
    "speaker_actor",
    "anonymous",
    "cue",
    "cue_lemma",
    "cue_start",
    "cue_end",
    "cue_stance",
    "content",
    "content_start",
    "content_end",
]
KINDS = ("direct", "indirect", "mixed", "according_to")

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "who"])
# Auxiliaries and adverbs that sit between a speaker and the reporting verb ("has also said").
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "not",
        "never",
        "also",
        "later",
        "then",
        "previously",
        "repeatedly",
        "once",
        "again",
        "still",
        "already",
        "recently",
        "publicly",
        "privately",
        "often",
        "just",
        "further",
        "first",
        "quickly",
        "flatly",
        "earlier",
        "even",
        "reportedly",
        "initially",
        "subsequently",
        "separately",
        "last",
        "n't",
        "now",
    ]
)
# Words that end a speaker noun phrase when walking left from the verb.
_BOUNDARY = frozenset(
    [
        "that",
        "which",
        "whom",
        "whose",
        "when",
        "while",
        "after",
        "before",
        "because",
        "if",
        "as",
        "but",
        "or",
        "so",
        "since",
        "than",
        "where",
        "whether",
        "though",
        "although",
        "until",
        "unless",
        "what",
        "how",
        "why",
        "whatever",
        "and",
        "nor",
        "yet",
        "to",
        "for",
        "about",
        "with",
        "in",
        "on",
        "at",
        "by",
        "from",
        "into",
        "over",
        "under",
        "during",
        "without",
        "against",
        "of",
    ]
)
# Inside a phrase, these prepositions may join a head to its modifier ("the head of the UN
# agency", "a spokesman for the ministry"); they only end the phrase when followed by a verb.
_NP_PREPS = frozenset(["of", "for", "at", "in", "from", "with"])
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "one",
        "some",
    ]
)
_INTRO = frozenset(
    [
        "meanwhile",
        "however",
        "but",
        "and",
        "yet",
        "still",
        "also",
        "so",
        "then",
        "later",
        "earlier",
        "separately",
        "instead",
        "nevertheless",
        "moreover",
        "indeed",
        "now",
        "today",
        "yesterday",
    ]
)
# Capital and small letters of the Latin script, for names with diacritics ("Öncü Keçeli",
# "Erdoğan", "Łukasz"): an ASCII class would cut a name at its first accented letter.
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LO = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
_NAME_RUN = re.compile(rf"(?<![.!?]\s)\b[{_UP}][{_LO}'’-]+(?:\s+[{_UP}][{_LO}'’-]+)+")
_WORD = re.compile(r"[\w'’-]+")
# A personal name: capitalised words with name particles ("Hassan Abdul Ghani", "Bashar al-Assad",
# "Dr. Helena Marsh", "Umm Khaled").
_PERSON_NAME = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Maj|Capt|Lt|Sen|Rep|Gov)\.\s+|Professor\s+)?"
    rf"[{_UP}][^\W\d_A-Z]+(?:-[^\W\d_]+)*"
    rf"(?:\s+(?:(?:al|el|bin|ibn|de|van|von|da)[- ])?[{_UP}][\w'’]*(?:-[^\W\d_]+)*){{0,3}}"
)
_TITLE = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+|Professor\s+)")
_ANON_HINT = re.compile(
    r"(?i)anonym|named|identified|authori[sz]ed|permitted|allowed|withheld|familiar|close to|give (?:his|her|their)"
)
# Every string _ANON_HINT matches, lowercased: its window search is answered from their offsets.
_ANON_HINT_PHRASES = (
    "anonym",
    "named",
    "identified",
    "authorised",
    "authorized",
    "permitted",
    "allowed",
    "withheld",
    "familiar",
    "close to",
    "give his",
    "give her",
    "give their",
)


def _anon_hint(text: str, lo: int, hi: int) -> bool:
    """``_ANON_HINT.search(text, lo, hi)``, from the offsets of its phrases in the whole text."""
    spans = phrase_spans(text, _ANON_HINT_PHRASES)
    if spans is None:
        return _ANON_HINT.search(text, lo, hi) is not None
    return any(s >= lo and e <= hi for s, e in spans)


_PRE_CUE_END = re.compile(r"(?:\s+that)?\s*[,:]?\s*$")
_COORD_END = re.compile(r"(?:\band|\bbut|,)\s+(?:\w+ly\s+)?$")
# A comma and closing quote marks before a participle cue ('"nearly done," adding that').
_COMMA_QUOTE_END = re.compile(r",([\"”’']+)\s+(?:\w+ly\s+)?$")
_QMARK = re.compile(r"[\"“”«»]|''")
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
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
    ]
)


# -- compiled rules ----------------------------------------------------------------------------
def _pattern_regex(patterns: Iterable[Any]) -> re.Pattern[str] | None:
    """One case-insensitive regex at word boundaries from lexicon patterns (str or mapping)."""
    parts = []
    for p in patterns:
        if isinstance(p, dict):
            body = str(p["pattern"])
            parts.append(f"(?-i:{body})" if p.get("case_sensitive") else f"(?:{body})")
        else:
            parts.append(f"(?:{p})")
    if not parts:
        return None
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@dataclass
class _Rules:
    multi: dict[str, list[tuple[re.Pattern[str], str]]]
    cue_info: dict[str, tuple[str, str, bool]]
    categories: list[tuple[str, re.Pattern[str]]]
    anonymous_re: re.Pattern[str] | None
    actors: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    named: list[tuple[re.Pattern[str], str | None, str | None]] = field(default_factory=list)
    role_re: re.Pattern[str] | None = None  # role nouns of all categories ("spokesman", "resident")
    org_re: re.Pattern[str] | None = None  # organisations and states of all categories
    # Roles that say what a person is, whoever they work for ("analyst", "teacher").
    person_roles: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    # Each category's role nouns and organisations apart, for reading descriptions.
    category_roles: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    category_orgs: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    anon_clause_re: re.Pattern[str] | None = None  # multi-word anonymity markers ("asked not to be named")
    # The words that can start a cue (single forms and first words of multi-word forms), lowercased,
    # and a regex that finds them as whole tokens of lowercased text (a trie, so one scan is fast).
    cue_words: frozenset[str] = frozenset()
    cue_word_re: re.Pattern[str] | None = None
    cue_word_scan: WordStarts | None = None  # cue_word_re's matches, found faster
    cache: dict[tuple[str, str], Any] = field(default_factory=dict)  # per-mention lookups


def _build_rules(
    verbs: _lexicons.Lexicon, roles: _lexicons.Lexicon, domain: _lexicons.Lexicon | None
) -> _Rules:
    info: dict[str, tuple[str, str, bool]] = {}
    for lemma, entry in verbs.data["verbs"].items():
        for form in entry["inflections"]:
            info.setdefault(form.lower(), (str(lemma), str(entry["stance"]), bool(entry["speech"])))
    # Multi-word forms ("pointed out") are found from their first word.
    multi: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for form in sorted(info, key=len, reverse=True):
        first, *rest = form.split()
        if rest:
            rx = re.compile(r"(?i)" + "".join(r"\s+" + re.escape(w) for w in rest) + r"(?![\w-])")
            multi.setdefault(first, []).append((rx, form))
    cats = []
    anonymous_re = None
    for cat, entry in roles.data["categories"].items():
        prx = _pattern_regex([*(entry.get("roles") or []), *(entry.get("organisations") or [])])
        if cat == "anonymous":
            anonymous_re = prx
        elif prx is not None:
            cats.append((str(cat), prx))
    rules = _Rules(multi, info, cats, anonymous_re)
    rules.cue_words = frozenset(w for w in [*info, *multi] if _WORD.fullmatch(w))
    if rules.cue_words:
        rules.cue_word_re = re.compile(r"(?<![\w'’-])" + _trie_pattern(rules.cue_words) + r"(?![\w'’-])")
        rules.cue_word_scan = WordStarts(_trie_pattern(rules.cue_words) + r"(?![\w'’-])", "'’-")
    entries = [e for c, e in roles.data["categories"].items() if c != "anonymous"]
    rules.role_re = _pattern_regex([p for e in entries for p in e.get("roles") or []])
    rules.org_re = _pattern_regex([p for e in entries for p in e.get("organisations") or []])
    anon = roles.data["categories"].get("anonymous", {}).get("roles") or []
    rules.anon_clause_re = _pattern_regex(
        [p for p in anon if " " in str(p.get("pattern") if isinstance(p, dict) else p)]
    )
    for cat in ("expert", "civilian"):
        prx = _pattern_regex(roles.data["categories"].get(cat, {}).get("roles") or [])
        if prx is not None:
            rules.person_roles.append((cat, prx))
    for cat, entry in roles.data["categories"].items():
        if cat == "anonymous":
            continue
        rrx = _pattern_regex(entry.get("roles") or [])
        orx = _pattern_regex(entry.get("organisations") or [])
        if rrx is not None:
            rules.category_roles.append((str(cat), rrx))
        if orx is not None:
            rules.category_orgs.append((str(cat), orx))
    if domain is not None:
        for actor, entry in (domain.data.get("actors") or {}).items():
            entry = entry or {}
            prx = _pattern_regex([*(entry.get("aliases") or []), *(entry.get("speaker_patterns") or [])])
            if prx is not None:
                rules.actors.append((str(actor), prx))
        for sp in domain.data.get("speakers") or []:
            prx = _pattern_regex(sp.get("patterns") or [sp["name"]])
            if prx is not None:
                rules.named.append((prx, sp.get("actor"), sp.get("category")))
    return rules


@lru_cache(maxsize=8)
def _cached_rules(
    verbs: _lexicons.Lexicon, roles: _lexicons.Lexicon, domain: _lexicons.Lexicon | None
) -> _Rules:
    return _build_rules(verbs, roles, domain)


# -- speaker phrases ---------------------------------------------------------------------------
def _toks(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


_APPOSITIVE_START = frozenset(["a", "an", "the", "who", "whose"])


def _drop_aux(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop auxiliaries and adverbs next to the verb ("has repeatedly said")."""
    while toks and (
        toks[-1][2].lower() in _AUX
        or toks[-1][2].lower() in _TIME_WORDS
        or (toks[-1][2].lower().endswith("ly") and len(toks[-1][2]) > 4 and not _is_cap(toks[-1][2]))
    ):
        toks.pop()
    return toks


def _speaker_left(
    text: str, lo: int, hi: int, *, max_tokens: int = 12, forms: Container[str] = frozenset()
) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``hi`` (a reporting verb), not before ``lo``."""
    # The walk below looks at most max_tokens + 3 tokens back from the last one kept, and the
    # appositive check at most 32, so the tokens of a window before ``hi`` give the same answer
    # when the window holds enough of them; otherwise the whole stretch from ``lo`` is tokenised.
    win = max(lo, hi - 300)
    toks = _drop_aux(_toks(text, win, hi))
    if win > lo and len(toks) < max(max_tokens + 4, 34):
        toks = _drop_aux(_toks(text, lo, hi))
    if not toks:
        return None
    # Appositive: "Smith, a spokesman for the ministry, said" -> Smith.
    if toks[-1][2] == ",":
        commas = [i for i, t in enumerate(toks[:-1]) if t[2] == ","]
        # "Smith, 49, said", "Smith, a spokesman, said", "Smith, who ..., said".
        if commas and (
            len(toks) - 2 - commas[-1] <= 12
            # "X, a consultant whose firm ... campaign, said": a long appositive or relative clause
            or (len(toks) - 2 - commas[-1] <= 30 and toks[commas[-1] + 1][2].lower() in _APPOSITIVE_START)
        ):
            inner = text[toks[commas[-1]][1] : toks[-1][0]].strip()
            if _PERSON_NAME.fullmatch(inner) and inner.split()[0].lower() not in _DETERMINERS:
                # "Its military spokesman, Hassan Abdul Ghani, said": the name is the speaker.
                k = text.index(inner, toks[commas[-1]][1])
                return k, k + len(inner)
            return _speaker_left(text, lo, toks[commas[-1]][0], max_tokens=max_tokens, forms=forms)
        return None
    picked: list[tuple[int, int, str]] = []
    for i in range(len(toks) - 1, -1, -1):
        w = toks[i][2]
        lw = w.lower()
        if not (w[0].isalnum() or w in "-'’&."):
            break
        if lw in forms:
            break
        if lw == "to" and picked and i > 0 and toks[i - 1][2].lower() in ("close", "closer"):
            picked.append(toks[i])  # "a source close to the president" (sixth pass)
            continue
        if lw in _BOUNDARY:
            if lw in _NP_PREPS and picked and i > 0 and toks[i - 1][2][0].isalnum():
                prev = toks[i - 1][2].lower()
                if prev not in _BOUNDARY and prev not in _AUX and prev not in _PRONOUNS:
                    picked.append(toks[i])
                    continue
            if lw == "and" and picked and _is_cap(picked[-1][2]) and i > 0 and _is_cap(toks[i - 1][2]):
                picked.append(toks[i])
                continue
            break
        if picked and lw in _PRONOUNS:
            break
        if (
            picked
            and _is_cap(picked[0][2])
            and not _is_cap(w)
            and lw not in _DETERMINERS
            and lw not in _NP_PREPS
            and picked[-1][2] != "to"
        ):
            # A lowercase word before a proper name ("chairman John Podesta", "ended Trump"):
            # keep titles of a single word only when the name is a full name.
            break
        picked.append(toks[i])
        if len(picked) >= max_tokens:
            break
    while picked and picked[-1][2].lower() in (_INTRO | _NP_PREPS | {"and"}):
        picked.pop()
    while picked and picked[0][2].lower() in (_NP_PREPS | {"and"}):
        picked.pop(0)
    if not picked:
        return None
    return picked[-1][0], picked[0][1]


def _speaker_right(text: str, lo: int, hi: int, *, max_tokens: int = 10) -> tuple[int, int] | None:
    """The noun phrase that starts at ``lo`` (after an inverted verb: 'said Smith')."""
    picked: list[tuple[int, int, str]] = []
    for s, e, w in _toks(text, lo, hi):
        lw = w.lower()
        if not (w[0].isalnum() or w in "-'’&"):
            break
        if (lw in _BOUNDARY and lw not in _NP_PREPS) or (lw in ("on", "in", "at", "during") and picked):
            break
        if not picked and (lw in _AUX or lw in ("that", "to")):
            return None
        picked.append((s, e, w))
        if len(picked) >= max_tokens:
            break
    while picked and picked[-1][2].lower() in _NP_PREPS | _DETERMINERS:
        picked.pop()
    if not picked:
        return None
    end = picked[-1][1]
    last = picked[-1][2]
    if last.endswith(".") and last[:-1].lower() not in NEWS_ABBREVIATIONS and last.count(".") == 1:
        end -= 1  # the sentence's full stop, not an abbreviation's
    return picked[0][0], end


# -- verbs next to a quotation ------------------------------------------------------------------
# Right after a quotation, "SPEAKER VERB." and "VERB SPEAKER." are attributions whatever the verb
# ('"...," he concluded.', '"...," remarked Smith'); so is "SPEAKER VERB:" or "SPEAKER VERB,"
# right before one. In these frames a verb the lexicon does not list is still a cue.
_FRAME_SPEAKER = (
    r"(?:he|she|they|we|I|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|(?:the|a|an|one|another)\s+[a-z-]+(?:\s+[a-z-]+)?)"
)
_FRAME_END = r"(?=\s*[.,;!?]|\s+(?:in|on|at|during|after|before|to|of|with|via|from|last|this)\b)"
_FRAME_AFTER = re.compile(
    rf"\s*(?:(?P<s1>{_FRAME_SPEAKER})\s+(?P<v1>[a-z]+)(?:\s+(?:him|her|them|me|us|reporters|{_FRAME_SPEAKER}))?"
    rf"|(?P<v2>[a-z]+)\s+(?P<s2>{_FRAME_SPEAKER})){_FRAME_END}"
)
_FRAME_BEFORE = re.compile(r"(?P<v>[a-z]+)\s*[,:]\s*$")
_SUBJECT = re.compile(
    r"\s*(?:(?:[A-Z]\w+|\w+ly),\s+)?([^,;:]+?)"
    r"(?:,|\s+(?=(?:has|have|had|was|were|is|are|will|would|also|[a-z]+ed)\b))"
)
# A fronted participle or adverbial phrase before the subject of a sentence ("Speaking to reporters
# Monday, ...", "Appearing on CNN, ...", "In a statement on Friday, ...").
_FRONTED = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\s+(?=(?:to|on|in|at|with|before|after|from|for|about|during|a|an|the|his|her|their|"
    r"its|this|reporters|[A-Z][a-z]+day)\b)|(?:In|On|At|After|Before|During|Following|Asked|Interviewed|Earlier|"
    r"Later)\s+(?!least\b))[^,;:.!?\"“”]{1,60},\s+(?=\S)"
)
_FRONTED_PRONOUN = re.compile(r"(he|she|they|we|I)\s+[a-z]")
_ADVERBIAL = re.compile(
    r"\s*(?:$|[.,;:!?)”\"]|(?:on|in|at|during|after|before|last|this|earlier|later|late|early|recently|"
    r"according|when|while|as|via|from|with|over|about|of|outside|inside|today|yesterday|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\w+\s+(?:on|in|at))\b)",
    re.IGNORECASE,
)


def _trailing_rest(after: str, lemma: str) -> bool:
    """Whether what follows a cue ends an attribution ("..., he said on Monday.") rather than
    starting its content ("Addressing the gala, Trump said the South has ...")."""
    words = len(after.split())
    return bool(_ADVERBIAL.match(after)) or words <= 2 or (lemma in ("tell", "ask") and words <= 5)


_TITLE_BEFORE = re.compile(
    r"(?:['’]s|\b(?:on|of|in|from|to|the|a|an|show|book|series|program|programme|film|movie|titled|"
    r"entitled|album|song|play|column|memoir|autobiography|documentary|novel|podcast))\s*$",
    re.IGNORECASE,
)


def _is_title(text: str, q: Any, sentence_start: int) -> bool:
    """A quoted title inside a sentence ('on Fox News Channel's "Hannity," Gingrich said'): a short
    run of capitalised words after a possessive, a preposition or a word like "show" or "book"."""
    words = text[q.content_start : q.content_end].split()
    if not words or len(words) > 8 or not text[sentence_start : q.start].strip():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words):
        return False
    return bool(_TITLE_BEFORE.search(text, max(0, q.start - 40), q.start))


_NOT_VERBS = frozenset(["news", "this", "thus", "plus", "always", "perhaps", "whereas", "series", "always"])


def _lemma_candidates(form: str) -> list[str]:
    """Possible lemmas of a regular English verb form, most likely first ('concluded' -> conclude)."""
    out = [form]
    if form.endswith("ied") or form.endswith("ies"):
        out.append(form[:-3] + "y")
    if form.endswith("ed"):
        stem = form[:-2]
        out += [stem + "e", stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    elif form.endswith("ing"):
        stem = form[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    elif form.endswith("es"):
        out += [form[:-1], form[:-2]]
    elif form.endswith("s"):
        out.append(form[:-1])
    return out


def _guess_lemma(form: str) -> str:
    """The lemma of a regular past or present tense: concluded -> conclude, quipped -> quip."""
    if form.endswith("ied"):
        return form[:-3] + "y"
    if form.endswith("ed"):
        stem = form[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
            return stem[:-1]
        if (
            stem.endswith(("v", "u", "c", "z"))
            or (stem[-1:] == "s" and (stem[-2:-1] in ("a", "e", "i", "o") or stem[-3:-1] in ("au", "ou")))
            or (
                len(stem) > 2
                and stem[-2] in "aeiou"
                and stem[-1] not in "wxy"
                and stem[-3] not in "aeiou"
                and not stem.endswith(("er", "en", "on", "el", "it", "om", "et", "ol", "us"))
            )
        ):
            return stem + "e"
        return stem
    if form.endswith("ies"):
        return form[:-3] + "y"
    if form.endswith(("ches", "shes", "sses", "xes", "zes")):
        return form[:-2]
    return form[:-1] if form.endswith("s") else form


def _frame_cue(form: str, rules: _Rules) -> tuple[str, str | None, bool] | None:
    """(lemma, stance, speech) of a word in a verb slot next to a quotation, or None.

    Forms the lexicon lists come first, then other regular forms of its lemmas ("calling", "read"
    for call, read) with their stance; then any past or present tense ("-ed", "-s") with a
    guessed lemma and no stance, since the lexicon does not say how it frames the speaker.
    """
    key = ("frame", form)
    if key in rules.cache:
        hit: tuple[str, str | None, bool] | None = rules.cache[key]
        return hit
    lemmas = rules.cache.get(("lemmas", ""))
    if lemmas is None:
        lemmas = rules.cache[("lemmas", "")] = {v[0]: v for v in rules.cue_info.values()}
    hit = rules.cue_info.get(form)
    cands = _lemma_candidates(form)
    if hit is None:
        hit = next((lemmas[c] for c in cands if c in lemmas), None)
    tense = form.endswith("ed") and not form.endswith("eed")
    tense = tense or (form.endswith("s") and not form.endswith(("ss", "us", "is", "ous")))
    if hit is None and tense and len(form) >= 5 and form not in _AUX | _NOT_VERBS | _TIME_WORDS:
        hit = (_guess_lemma(form), None, True)
    rules.cache[key] = hit
    return hit


_NOT_IN_SUBJECT = frozenset(["who", "which", "that", "despite", "so-called"]) | _AUX - {
    "also",
    "later",
    "then",
}


def _subject_like(phrase: str) -> bool:
    """Whether a phrase before an unlisted verb reads as its subject: no auxiliary, relative word
    or preposition in it ("cells can grow in lab dishes", "a favorite who crushed")."""
    return not any(w.lower() in _NOT_IN_SUBJECT for w in phrase.split())


def _plausible(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Reject a 'speaker' whose head is a lowercase verb form ("expressed continued support")."""
    if span is None:
        return None
    first = text[span[0] : span[1]].split()[0]
    if first.islower() and first.endswith(("ed", "ing")) and len(first) > 4:
        return None
    return span


# -- one document ------------------------------------------------------------------------------
@dataclass
class _Att:
    kind: str
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_lemma: str | None
    cue_stance: str | None
    content: tuple[int, int]
    resolved: str | None = None
    antecedent: _Att | None = None  # the earlier attribution this mention refers to
    category: str = "unknown"
    actor: str | None = None
    anonymous: bool = False
    speech: bool = True  # the cue is a verb of saying, not of belief or perception ("hope", "show")
    trigger: str = ""  # the path that gave the speaker category (thirteenth pass: the allowlist key)


_REL_CLAUSE_END = re.compile(r"(?:,\s*|\s+)(?:who|because|as|after)\s+[^,;:.!?\"“”]{0,100}?,?\s*$")


# Reporting verbs that can be part of an anonymity marker ("asked not to be named").
_ANON_CUES = frozenset(["asked", "asking", "requested", "requesting", "authorized", "authorised"])


def _cue_words(text: str, rules: _Rules, low: str | None = None) -> list[tuple[int, int, str]]:
    """The ``_WORD`` tokens of ``text`` that can start a cue: (start, end, lowercased), in order.

    The same tokens as ``[m for m in _WORD.finditer(text) if m.group().lower() in
    rules.cue_words]``, found without a Python step per token: one scan of the lowercased text
    with the trie regex of the cue words. ``low`` is ``text.lower()`` when the caller has it.
    """
    if low is None:
        low = text.lower()
    if len(low) != len(text):  # a character whose lowercase is longer: offsets would shift
        return [
            (m.start(), m.end(), m.group().lower())
            for m in _WORD.finditer(text)
            if m.group().lower() in rules.cue_words
        ]
    if rules.cue_word_scan is None:
        return []
    return [(s, e, low[s:e]) for s, e in rules.cue_word_scan.spans(low)]


_WORD_CHAR = re.compile(r"[\w'’-]")


def _word_before(text: str, pos: int) -> str:
    """The ``_WORD`` token before the one starting at ``pos``, lowercased, when a space follows it
    (else ""): the word a determiner check looks at ("her claims", not '"... for her," said')."""
    i = pos - 1
    while i >= 0 and not _WORD_CHAR.match(text, i):
        i -= 1
    if i < 0 or text[i + 1 : i + 2] != " ":
        return ""
    j = i
    while j >= 0 and _WORD_CHAR.match(text, j):
        j -= 1
    return text[j + 1 : i + 1].lower()


# After a closing quote mark, "and" or "but" and a past tense start a second predicate of the
# same subject ('decried "systemic racism" and highlighted her plans').
_COORDINATED_VERB = re.compile(r"(?<=[\"”’'])[,]?\s+(?:and|but)\s+(?:\w+ly\s+)?[a-z]+ed\b")


def _end_at_coordinated_verb(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A mixed attribution's content ends with its quotation when a coordinated verb follows:
    what the subject did next is not what they said."""
    m = _COORDINATED_VERB.search(text, content[0], content[1])
    return (content[0], m.start()) if m else content


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,:;—–-":
        s += 1
    while e > s and text[e - 1] in " \t\n,;:.—–-":
        e -= 1
    return s, e


# Patterns of _attributions' rules, compiled once.
_GAP_TO_CUE = re.compile(r"[^\"“”.!?]{0,80}[,.:]\s*")
_COMMA_WORDS_END = re.compile(r",\s*\S+(?:\s+\S+){0,5}\s*$")
_FEW_WORDS = re.compile(r"\s+(?:[\w.'’-]+\s+){0,4}[\w.'’-]+\s*")
_ANY_WORD_CHAR = re.compile(r"\w")
_AND_OR_COMMA_END = re.compile(r"(?:\band|,)\s*(?:\w+ly\s+)?$")
_AS_START = re.compile(r"\s*As\s")
_SHORT_TO_COMMA = re.compile(r"[^,]{0,40},")
_THAT_AFTER_CUE = re.compile(r"\s+that\b")
_COMMA_END = re.compile(r",\s*$")
_COMMA_NEXT = re.compile(r"\s*,")
_WORDS_THEN_THAT = re.compile(r"(?:[\s,]+[\w.'’-]+){0,5}?[\s,–—-]+that\b")
_ACCORDING_TO = re.compile(r"(?i)\baccording to\s+")
_NAME_COLON_END = re.compile(r"(?:^|(?<=\n))\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*(:)\s*$")


def _according_to(text: str, low: str) -> Iterator[re.Match[str]]:
    """``_ACCORDING_TO.finditer(text)``, with ``low == text.lower()``: the matches start where
    "according to" occurs in ``low``, so ``str.find`` lists the places to try the pattern at.

    Exact when lower-casing keeps offsets and only ASCII letters' own cases fold to the letters
    of "according to": "İ" and "ı" also match "i" under ``(?i)``, and a text with either is
    scanned with the pattern as before (``tests/test_fastpaths.py`` checks the list of such
    characters against all code points).
    """
    if len(low) != len(text) or "ı" in text:  # "İ" lower-cases to two characters
        yield from _ACCORDING_TO.finditer(text)
        return
    i = low.find("according to")
    while i >= 0:
        m = _ACCORDING_TO.match(text, i)
        if m is not None:
            yield m
            i = low.find("according to", m.end())
        else:
            i = low.find("according to", i + 1)


# Check every cue candidate's sense before the rules run (the order before round 9); only tests
# set it, to show that the lazy check gives the same attributions.
_EAGER_CUES = False


def _attributions(text: str, rules: _Rules, doc: Doc | None = None) -> list[_Att]:
    if not text or not text.strip():
        return []
    anon_re = rules.anon_clause_re

    def left(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        # "An official who asked not to be named said": the clause is not part of the speaker.
        if anon_re is not None and _anon_hint(text, max(lo, hi - 120), hi):
            m = _REL_CLAUSE_END.search(text, max(lo, hi - 120), hi)
            if m and anon_re.search(text, m.start(), hi):
                hi = m.start()
        return _speaker_left(text, lo, hi, forms=rules.cue_info)

    d = doc if doc is not None else Doc(text)
    sents = d.sentences
    s_starts = [s for s, _ in sents]
    paras = d.paragraphs
    p_starts = [s for s, _ in paras]
    qs = [q for q in d.quotes if q.content_end > q.content_start]
    q_starts = [q.content_start for q in qs]
    q_all = [q.start for q in qs]

    def sent_of(pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(s_starts, pos) - 1, 0)
        return sents[i] if sents else (0, len(text))

    def para_of(pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(p_starts, pos) - 1, 0)
        return paras[i] if paras else (0, len(text))

    def in_quote(pos: int) -> int:
        i = bisect.bisect_right(q_starts, pos) - 1
        return i if i >= 0 and pos < qs[i].content_end else -1

    cues: list[tuple[int, int, str, str | None, bool]] = []
    info = rules.cue_info
    for w_start, w_end, lw in _cue_words(text, rules, d.lower):
        key, end = None, w_end
        for rx, form in rules.multi.get(lw, ()):
            m2 = rx.match(text, end)
            if m2:
                key, end = form, m2.end()
                break
        if key is None and lw in info:
            key = lw
        if key is not None and text.startswith(" upon", end):
            key = None  # "agreed upon"
        if key is not None and anon_re is not None and lw in _ANON_CUES:
            # "asked not to be named" marks anonymity, it reports nothing
            m3 = anon_re.search(text, max(0, w_start - 40), min(len(text), end + 60))
            if m3 and m3.start() <= w_start < m3.end():
                key = None
        if key is None or in_quote(w_start) >= 0:
            continue
        # A determiner only rules out a noun reading right before the word ("her claims"), not
        # across punctuation ('"... for her," said X').
        prev = _word_before(text, w_start)
        if prev not in _DETERMINERS and prev != "to":
            lemma, stance, speech = info[key]
            cues.append((w_start, end, lemma, stance, speech))
    # The one sense check (nouns, adjectives, non-speech senses and boilerplate drop out) is
    # made lazily: a candidate is a cue when ``cue_stance`` gives it a sense, asked once and only
    # when a rule looks at the candidate (``is_cue``). The rules see the same cues as when every
    # candidate was checked first (``cue_in`` and ``cue_before`` skip candidates that are not
    # cues, the indirect pass checks its cue before it keeps an attribution), and a candidate
    # that no rule needs is never checked.
    cue_starts = [c[0] for c in cues]
    checked = [False] * len(cues)
    used_cues: set[int] = set()
    used_quotes: set[int] = set()
    out: list[_Att] = []

    def is_cue(i: int) -> bool:
        c = cues[i]
        if not checked[i]:
            checked[i] = True
            c = cues[i] = (c[0], c[1], c[2], cue_stance(text, c[0], c[1], c[2], c[3] or ""), c[4])
        return c[3] is not None

    if _EAGER_CUES:  # the former order, every candidate checked first (tests compare the two)
        for i in range(len(cues)):
            is_cue(i)

    def cue_in(lo: int, hi: int) -> int:
        """The first cue starting in [lo, hi), or -1."""
        i = bisect.bisect_left(cue_starts, lo)
        while i < len(cues) and cues[i][0] < hi:
            if is_cue(i):
                return i
            i += 1
        return -1

    def cue_before(pos: int, bound: int) -> int:
        """The last cue starting before ``pos`` if it starts at ``bound`` or later, else -1."""
        i = bisect.bisect_left(cue_starts, pos) - 1
        while i >= 0 and cues[i][0] >= bound:
            if is_cue(i):
                return i
            i -= 1
        return -1

    def frame_cue(start: int, end: int) -> tuple[str, str | None, bool] | None:
        """:func:`_frame_cue` of ``text[start:end]``, with the sense check for listed lemmas."""
        hit = _frame_cue(text[start:end], rules)
        if hit is None or hit[1] is None:
            return hit
        sense = cue_stance(text, start, end, hit[0], hit[1])
        return None if sense is None else (hit[0], sense, hit[2])

    def subject(ss: int, hi: int) -> tuple[int, int] | None:
        """The subject of the sentence starting at ``ss`` (for "X did this and accused Y")."""
        fronted = _FRONTED.match(text, ss, hi)
        if fronted:
            ss = fronted.end()  # "Speaking to reporters Monday, Sen. X praised ..." (sixth pass)
        subj = _SUBJECT.match(text, ss, hi)
        if subj and len(subj.group(1).split()) <= 6 and cue_in(ss, subj.end(1)) < 0:
            end = subj.end(1)
            paren = text.find(" (", subj.start(1), end)
            if paren > subj.start(1):
                end = paren  # "Sen. X (R) of Ohio": the name before the parenthesis
            return left(text, ss, end + 1) or (subj.start(1), end)
        if fronted:
            pron = _FRONTED_PRONOUN.match(text, ss, hi)  # "On Tuesday, he took that argument further, saying"
            if pron:
                return pron.start(1), pron.end(1)
        return None

    def verb_before(lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int], str, str | None] | None:
        """'Smith concluded, "..."' / 'Jones echoed:' ending at ``hi``: (speaker, verb, lemma, stance)."""
        m_v = _FRAME_BEFORE.search(text, max(lo, hi - 60), hi)
        if not m_v:
            return None
        hit = frame_cue(m_v.start("v"), m_v.end("v"))
        k = cue_in(m_v.start("v"), m_v.end("v"))
        if hit is None or k in used_cues or not (m_v.group("v").endswith("ed") or hit[1] is not None):
            return None
        spk = _plausible(text, left(text, lo, m_v.start("v")))
        if spk is None or text[spk[0] : spk[1]].lower() in _DETERMINERS:
            return None
        if k >= 0:
            used_cues.add(k)
        return spk, (m_v.start("v"), m_v.end("v")), hit[0], hit[1]

    # 1. Direct quotes: the attribution after the quote, or a cue right before it.
    for qi, q in enumerate(qs):
        if qi in used_quotes:
            continue
        ps, pe = para_of(q.start)
        pe = para_of(q.end - 1)[1]  # a quote may run over several paragraphs
        att = None
        if _is_title(text, q, sent_of(q.start)[0]):
            continue
        # (a) '"...," she said' / '"...," said Smith' / '"..." Smith said in a statement.'
        si = max(bisect.bisect_right(s_starts, q.end) - 1, 0)
        tail_end = min(sents[si][1], pe) if sents else pe
        starts_sentence = not text[sent_of(q.start)[0] : q.start].strip(" \n-–—")
        if tail_end <= q.end + 1 and si + 1 < len(sents) and sents[si + 1][0] < pe and starts_sentence:
            # '"...." Smith said.': the attribution is the next sentence (only for a quotation
            # that is a sentence of its own, not the end of someone else's paraphrase).
            tail_end = sents[si + 1][1]
        ci = cue_in(q.end, min(tail_end + 1, q.end + 160))
        # Only a complete utterance ('"...,"', '"...?"') takes an attribution after it; a phrase
        # quoted inside a sentence ('is "a unifier" who ...') is left to the indirect pass.
        inner_end = q.content_end
        while inner_end > q.content_start and text[inner_end - 1] in "'’":
            inner_end -= 1  # '"... you are the Queen,\'" she said': a quotation inside ends it
        complete = text[inner_end - 1 : inner_end] in ",.?!—–-…" or text[q.end : q.end + 1] == ","
        found: tuple[tuple[int, int], tuple[int, int], str | None, str | None] | None = None
        if complete and ci >= 0 and ci not in used_cues and not _QMARK.search(text, q.end, cues[ci][0]):
            c = cues[ci]
            between = text[q.end : c[0]]
            spk = left(text, q.end, c[0]) if between.strip(" ,") else None
            if spk is None and between.rstrip().endswith(")") and "(" in between:
                # '"...," Rep. Jim Ortiz (D-Texas) said.': the name before the parenthesis.
                spk = left(text, q.end, q.end + between.rindex("("))
            if spk is None and not between.strip(" ,\n—–-"):
                spk = _speaker_right(text, c[1], tail_end)
            if spk is not None and len(between.split()) <= 10:
                found = (spk, (c[0], c[1]), c[2], c[3])
                used_cues.add(ci)
        if found is None and complete and (starts_sentence or text[q.end : q.end + 1] == ","):
            # '"...," he concluded.' / '"...," remarked Smith': any verb in the frame.
            m_f = _FRAME_AFTER.match(text, q.end, min(len(text), q.end + 120))
            if m_f and "\n" not in m_f.group():
                v, sg = ("v1", "s1") if m_f.group("v1") else ("v2", "s2")
                hit = frame_cue(m_f.start(v), m_f.end(v))
                k = cue_in(m_f.start(v), m_f.end(v))
                if hit is not None and k not in used_cues:
                    found = ((m_f.start(sg), m_f.end(sg)), (m_f.start(v), m_f.end(v)), hit[0], hit[1])
                    if k >= 0:
                        used_cues.add(k)
        if found is not None:
            spk = found[0]
            att = _Att("direct", spk, found[1], found[2], found[3], (q.content_start, q.content_end))
            end_attr = max(spk[1], found[1][1])
            # '"...," she said, "..."': the quote goes on after the attribution.
            last_end, first, titles = end_attr, True, []
            for qj in range(qi + 1, len(qs)):
                if qs[qj].start < pe and _is_title(text, qs[qj], sent_of(qs[qj].start)[0]):
                    # '"...," X told NBC's "Today" on Monday. "...": a title inside the
                    # attribution is not a quotation; the next one may still go on quoting X.
                    titles.append(qs[qj])
                    continue
                gap = text[last_end : qs[qj].start]
                for t in titles:
                    k = t.start - last_end
                    gap = gap[:k] + "x" * (t.end - t.start) + gap[k + t.end - t.start :]
                cj = cue_in(qs[qj].end, qs[qj].end + 40)
                if "." in gap and cj >= 0 and text[qs[qj].content_end - 1 : qs[qj].content_end] in ",?!":
                    break  # '"...," X said. "...," he said.': the next quote has its own attribution
                k = cue_in(last_end, qs[qj].start)
                if (
                    k >= 0
                    and k not in used_cues
                    and text[cues[k][0] : cues[k][1]].endswith("ing")
                    and text[last_end : cues[k][0]].rstrip().endswith(",")
                ):
                    break  # '"...," X said, adding that ... "...": that quotation is the new cue's
                if (
                    (qs[qj].start < pe and len(gap) <= 40 and not gap.strip(" ,.;:\n"))
                    or (first and _GAP_TO_CUE.fullmatch(gap) and qs[qj].start < pe)
                    or (
                        # '"...," said X, who ... . "...": the next sentence goes on quoting X.
                        first
                        and qs[qj].start < pe
                        and sent_of(end_attr)[1] >= qs[qj].start - 3
                        and not _QMARK.search(gap)
                    )
                ):
                    att.content = (att.content[0], qs[qj].content_end)
                    used_quotes.add(qj)
                    last_end, first, titles = qs[qj].end, False, []
                else:
                    break
        if att is None:
            # (b) 'Smith said: "..."' / 'Smith told reporters that "..."' / 'Erdogan: "..."'
            ss = sent_of(q.start)[0] if q.start >= ps else ps
            lo = min(ss, q.start)
            pre = text[lo : q.start]
            tail = pre[-40:]
            m_pre = _PRE_CUE_END.search(tail)
            stop = q.start - len(tail) + (m_pre.start() if m_pre else len(tail))
            ci = cue_before(stop, lo)
            if ci >= 0 and ci not in used_cues and cues[ci][1] >= stop - 40 and cues[ci][0] >= lo:
                c = cues[ci]
                obj = text[c[1] : stop]
                marked = bool(pre[stop - lo :].strip())
                lead = text[lo : c[0]]
                if (
                    _COMMA_WORDS_END.search(lead[-80:])
                    and len(lead.split()) >= 5
                    and not text[q.content_start : q.content_start + 1].isupper()
                ):
                    # "The plan, Ms. Tanzer said, "is a ..." to ...": a parenthetical attribution.
                    obj = "x x x x x x x"
                if not obj.strip() or (marked and _FEW_WORDS.fullmatch(obj)):
                    spk = left(text, lo, c[0]) or left(text, ps, c[0])
                    if spk is None and text[lo : c[0]].rstrip().endswith(","):
                        # 'X rallied supporters, saying: "..."': the sentence subject speaks.
                        spk = subject(lo, c[0])
                    if spk is not None:
                        att = _Att("direct", spk, (c[0], c[1]), c[2], c[3], (q.content_start, q.content_end))
                        used_cues.add(ci)
                        rest_end = sent_of(q.end - 1)[1]
                        nxt = cue_in(q.end, rest_end)
                        if nxt >= 0 and nxt not in used_cues:
                            m_co = _COORD_END.search(text, max(q.end, cues[nxt][0] - 30), cues[nxt][0])
                            m_cq = _COMMA_QUOTE_END.search(
                                text, max(q.start, cues[nxt][0] - 30), cues[nxt][0]
                            )
                            if m_co:
                                # '... that he has "expanded the party" and claimed that ...': the
                                # second verb starts its own attribution.
                                rest_end = m_co.start()
                            elif m_cq and text[cues[nxt][0] : cues[nxt][1]].endswith("ing"):
                                # '... has "expanded the party," claiming that ...': so does a
                                # participle after the quotation's closing comma.
                                rest_end = m_cq.end(1)
                        if rest_end <= pe and _ANY_WORD_CHAR.search(text[q.end : rest_end]):
                            # 'X says "the wind is at our backs" despite the loss': the quotation
                            # is part of a paraphrase that goes on to the end of the sentence.
                            att.kind = "mixed"
                            att.content = _end_at_coordinated_verb(text, _strip_span(text, q.start, rest_end))
                            for qj in range(qi + 1, len(qs)):
                                if qs[qj].start >= att.content[1]:
                                    break
                                used_quotes.add(qj)
                                att.content = (att.content[0], max(att.content[1], qs[qj].end))
            if att is None:
                hit_b = verb_before(lo, q.start)
                if hit_b is not None:
                    att = _Att(
                        "direct", hit_b[0], hit_b[1], hit_b[2], hit_b[3], (q.content_start, q.content_end)
                    )
            if att is None:
                m_col = len(pre) < 80 and _NAME_COLON_END.search(pre)
                if m_col:
                    spk = (lo + m_col.start(1), lo + m_col.end(1))
                    att = _Att(
                        "direct",
                        spk,
                        (lo + m_col.start(2), lo + m_col.end(2)),
                        ":",
                        "neutral",
                        (q.content_start, q.content_end),
                    )
            if (
                att is None
                and q.start > ss
                and text[ss : q.start].rstrip().endswith(":")
                and cue_in(ss, q.start) < 0
                and "according to" not in text[ss : q.start].lower()
            ):
                # 'A footnote in the report makes that clear: "..."', 'Republican pollster Daron
                # Shaw: "..."': a quotation introduced by a colon is attributed to the subject of
                # the sentence that introduces it (or the phrase before the colon), when that
                # sentence has no cue of its own (then the quotation is part of its content).
                colon = ss + len(text[ss : q.start].rstrip()) - 1
                spk = subject(ss, colon)
                for m_v in _WORD.finditer(text, ss, colon) if spk is None else ():
                    # 'A note in the report makes it plain:': the phrase before the first verb.
                    w = m_v.group()
                    if m_v.start() > ss and w.islower() and w.endswith(("s", "ed")) and _frame_cue(w, rules):
                        spk = left(text, ss, m_v.start())
                        break
                spk = _plausible(text, spk or left(text, ss, colon))
                if spk is not None and text[spk[0] : spk[1]].lower() not in _DETERMINERS | _PRONOUNS - {
                    "he",
                    "she",
                    "they",
                }:
                    att = _Att(
                        "direct", spk, (colon, colon + 1), ":", "neutral", (q.content_start, q.content_end)
                    )
            if att is None and q.start == ps and ps > 0:
                # The cue closes the previous paragraph: 'Trump told the crowd:' then the quote.
                pps, ppe = para_of(ps - 2)
                if text[ppe - 1 : ppe] == ":":
                    ci = cue_before(ppe, max(pps, ppe - 80))
                    if ci >= 0 and ci not in used_cues and cues[ci][0] >= max(pps, ppe - 80):
                        c = cues[ci]
                        spk = left(text, sent_of(c[0])[0], c[0])
                        if spk is not None:
                            att = _Att(
                                "direct", spk, (c[0], c[1]), c[2], c[3], (q.content_start, q.content_end)
                            )
                            used_cues.add(ci)
                    if att is None:
                        # 'President X released the following statement:' / 'He then listed the
                        # qualities ...:': the first verb of that sentence after its subject.
                        ss_p = max(sent_of(ppe - 1)[0], pps)
                        for m_v in _WORD.finditer(text, ss_p, min(ppe, ss_p + 200)):
                            hit = frame_cue(m_v.start(), m_v.end()) if m_v.group().islower() else None
                            if hit is None or not (m_v.group().endswith("ed") or hit[1] is not None):
                                continue
                            k = cue_in(m_v.start(), m_v.end())
                            spk = _plausible(text, left(text, ss_p, m_v.start()))
                            if (
                                k not in used_cues
                                and spk is not None
                                and text[spk[0] : spk[1]].lower() not in _DETERMINERS
                            ):
                                att = _Att(
                                    "direct",
                                    spk,
                                    (m_v.start(), m_v.end()),
                                    hit[0],
                                    hit[1],
                                    (q.content_start, q.content_end),
                                )
                                if k >= 0:
                                    used_cues.add(k)
                            break
        if att is not None:
            used_quotes.add(qi)
            out.append(att)

    # 2. Indirect speech and "according to", over the remaining cues.
    for ci, c in enumerate(cues):
        if ci in used_cues or (checked[ci] and c[3] is None):
            continue
        ss, se = sent_of(c[0])
        att = None
        after = text[c[1] : se]
        before = text[ss : c[0]]
        participle = text[c[0] : c[1]].lower().endswith("ing") and before.rstrip().rstrip("\"”’'").endswith(
            ","
        )
        spk = None if participle else _plausible(text, left(text, ss, c[0]))
        if participle:
            # '"...," he said, adding that ...': the speaker of the attribution just before.
            prior = next((a for a in reversed(out) if a.cue and ss <= a.cue[1] <= c[0] and a.speaker), None)
            spk = prior.speaker if prior is not None else None
        inverted = False
        if spk is None and before.rstrip().endswith(")"):
            # "Paul Ryan (R-Wis.) has pointed out": skip the parenthesis.
            k = before.rfind("(")
            if k > 0:
                spk = left(text, ss, ss + k)
        if spk is None and not participle and before.rstrip().endswith(","):
            spk = _speaker_right(text, c[1], se)
            inverted = spk is not None
        if spk is None and _AND_OR_COMMA_END.search(before[-30:]):
            # "X did this and accused Y": the sentence subject speaks.
            spk = subject(ss, c[0])
        if spk is None:
            continue
        rest_words = len(after.split())
        lead = text[ss : spk[0]]
        if _AS_START.match(lead) and _SHORT_TO_COMMA.match(after) and len(lead.split()) <= 8:
            # "As the minister said, the talks failed."
            content = _strip_span(text, c[1] + after.index(",") + 1, se)
        elif (
            (
                inverted
                or (rest_words <= 10 and not _THAT_AFTER_CUE.match(after) and _trailing_rest(after, c[2]))
            )
            and _COMMA_END.search(lead)
            and len(lead.split()) >= 3
        ):
            # Trailing attribution: "The city fell, the monitor said."
            content = _strip_span(text, ss, ss + len(lead.rstrip()) - 1)
        elif _COMMA_END.search(lead) and len(lead.split()) >= 3 and _COMMA_NEXT.match(after):
            # Parenthetical attribution: "The plan, the minister said, is dead."
            content = _strip_span(text, ss, se)
        elif inverted:
            continue
        else:
            m_that = (
                _WORDS_THEN_THAT.match(after)
                if not c[4] or c[2] in ("tell", "say", "write", "explain", "add", "note", "warn", "promise")
                else None
            )
            m_that = m_that or _THAT_AFTER_CUE.match(after)
            cs = c[1] + (m_that.end() if m_that else 0)
            ce = se
            nxt = cue_in(cs + 1, se)
            m_co = _COORD_END.search(text[max(cs, cues[nxt][0] - 30) : cues[nxt][0]]) if nxt >= 0 else None
            if m_co:
                # "he agrees X and said Y": the second verb starts its own attribution.
                ce = cues[nxt][0] - len(m_co.group())
            elif nxt >= 0 and text[cues[nxt][0] : cues[nxt][1]].endswith("ing"):
                # 'he said the repairs were "nearly done," adding that ...': so does a participle
                # after a quotation's closing comma.
                m_cq = _COMMA_QUOTE_END.search(text, max(cs, cues[nxt][0] - 30), cues[nxt][0])
                if m_cq:
                    ce = m_cq.end(1)
            content = _strip_span(text, cs, ce)
            quoted = bool(_QMARK.search(text, content[0], content[1]))
            if not m_that and c[2] in ("tell", "ask", "call", "urge") and not quoted:
                content = (
                    (content[0], content[0]) if len(text[content[0] : content[1]].split()) < 4 else content
                )
        n_words = len(text[content[0] : content[1]].split())
        if n_words < 2 or (n_words < 3 and not _QMARK.search(text, content[0], content[1])):
            # 'Bush called Trump "unhinged."' is an attribution; "he told reporters" is not.
            continue
        if not is_cue(ci):
            continue
        c = cues[ci]
        kind = "indirect"
        for qj in range(
            bisect.bisect_left(q_all, content[0] - 1), bisect.bisect_right(q_all, content[1] + 2)
        ):
            q = qs[qj]
            if q.closed and content[0] <= q.start < content[1] and q.end > content[1] + 2:
                # A quotation that opens inside the paraphrase runs on past a sentence break
                # ('he added that it was "fighting for ... . The rest ..."'): content ends with it.
                content = (content[0], q.end)
            if q.end <= content[1] + 2:
                kind = "mixed"
                used_quotes.add(qj)
        if kind == "mixed":
            content = _end_at_coordinated_verb(text, content)
        att = _Att(kind, spk, (c[0], c[1]), c[2], c[3], content, speech=c[4])
        used_cues.add(ci)
        out.append(att)

    for m in _according_to(text, d.lower):
        if in_quote(m.start()) >= 0:
            continue
        ss, se = sent_of(m.start())
        spk = _speaker_right(text, m.end(), se, max_tokens=12)
        if spk is None:
            continue
        lead = text[ss : m.start()].rstrip()
        if len(lead.split()) >= 3:
            content = _strip_span(text, ss, ss + len(lead))
        else:
            content = _strip_span(text, spk[1], se)
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        out.append(
            _Att(
                "according_to",
                spk,
                (m.start(), m.end() - (len(m.group()) - len(m.group().rstrip()))),
                "according to",
                "neutral",
                content,
            )
        )

    # 2b. A quoted phrase in the object of a verb the lexicon does not list ('Christie refers to
    # the candidate as "Mr. Trump"', 'Politifact rated both aspects "True."'): the nearest verb
    # before the quotation with a speaker before it.
    for qi, q in enumerate(qs):
        ss, se = sent_of(q.start)
        if qi in used_quotes or q.start <= ss or not q.closed or _is_title(text, q, ss):
            continue
        if any(a.content[0] <= q.start < a.content[1] for a in out if a.content[0] >= ss - 1):
            continue
        words = list(_WORD.finditer(text, max(ss, q.start - 120), q.start))[-10:]
        for m_v in reversed(words):
            w = m_v.group()
            hit = frame_cue(m_v.start(), m_v.end()) if w.islower() else None
            if hit is None or not (w.endswith(("ed", "s")) or hit[1] is not None):
                continue
            if in_quote(m_v.start()) >= 0 or cue_in(m_v.start(), m_v.end()) in used_cues:
                break
            spk = _plausible(text, left(text, ss, m_v.start()))
            if spk is None or text[spk[0] : spk[1]].lower() in _DETERMINERS:
                break
            if not _subject_like(text[spk[0] : spk[1]]):
                break  # 'cells grow in lab dishes, "lines" ...': a plural noun, not a verb
            end = max(q.end, se)
            content = _end_at_coordinated_verb(text, _strip_span(text, m_v.end(), end))
            if len(text[content[0] : content[1]].split()) >= 2:
                out.append(_Att("mixed", spk, (m_v.start(), m_v.end()), hit[0], hit[1], content))
                used_quotes.add(qi)
            break

    # A belief or perception inside what someone is reported to say ('he said he hoped that ...')
    # is part of that content, not a second source.
    out = [
        a
        for a in out
        if a.speech
        or a.cue is None
        or not any(
            b is not a
            and b.content[0] <= a.cue[0] < b.content[1]
            and b.content[1] - b.content[0] > a.content[1] - a.content[0]
            for b in out
        )
    ]

    # 3. Floating quotes: a fully quoted paragraph after an attributed one inherits its speaker.
    out.sort(key=lambda a: a.content[0])
    starts = [a.content[0] for a in out]
    for qi, q in enumerate(qs):
        if qi in used_quotes or len(text[q.content_start : q.content_end].split()) < 4:
            continue
        ps, pe = para_of(q.start)
        if q.start != ps or q.end < pe - 1 or ps == 0:
            continue
        k = bisect.bisect_left(starts, q.start) - 1
        if k < 0 or para_of(out[k].content[0])[1] < para_of(ps - 2)[0]:
            continue
        anchor = out[k]
        out.insert(
            k + 1,
            _Att(
                "direct",
                None,
                None,
                None,
                None,
                (q.content_start, q.content_end),
                resolved=_resolved_of(text, anchor),
                antecedent=anchor,
            ),
        )
        starts.insert(k + 1, q.content_start)
    return out


def _resolved_of(text: str, att: _Att) -> str | None:
    if att.resolved is not None:
        return att.resolved
    return text[att.speaker[0] : att.speaker[1]] if att.speaker else None


_ROLE_HEAD = re.compile(r"(?i)^(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
_POSSESSIVE = re.compile(r"(?i)^(?:its|their)\s+\S")
_PERSON_PRONOUNS = frozenset(["he", "she", "i"])
_GROUP_PRONOUNS = frozenset(["they", "we"])
_NAME_PARTICLES = frozenset(["al", "el", "bin", "ibn", "de", "van", "von", "da", "abu", "umm"])


def _is_name(mention: str, rules: _Rules) -> bool:
    """A personal name ("Tomas Reinholt", "Umm Khaled"), not an organisation or a place."""
    key = ("name", mention)
    if key not in rules.cache:
        rules.cache[key] = _is_name_uncached(mention, rules)
    return bool(rules.cache[key])


def _is_name_uncached(mention: str, rules: _Rules) -> bool:
    if not _PERSON_NAME.fullmatch(mention) or mention.isupper():
        return False
    bare = _TITLE.sub("", mention)
    return not any(
        rx is not None and rx.search(bare) for rx in (rules.org_re, rules.role_re, rules.anonymous_re)
    )


_HEAD_MODIFIER = re.compile(r"\s(?:of|with|from|for|at|in|on|who|whose|that)\s")


def _is_person(mention: str, rules: _Rules) -> bool:
    """A single person: a name, or a singular role noun phrase ("a resident", "the spokesman")."""
    key = ("person", mention)
    hit = rules.cache.get(key)
    if hit is None:
        hit = rules.cache[key] = _is_person_uncached(mention, rules)
    return bool(hit)


def _is_person_uncached(mention: str, rules: _Rules) -> bool:
    low = mention.lower()
    if low in _PERSON_PRONOUNS:
        return True
    if _is_name(mention, rules):
        return True
    if rules.role_re is None or not rules.role_re.search(mention):
        return False
    # The head noun is the last word before a modifier ("a commander with one of the factions").
    head = _HEAD_MODIFIER.split(low)[0].split()[-1]
    return not head.endswith("s") or head.endswith(("ss", "man"))


def _resolve(text: str, atts: list[_Att], rules: _Rules) -> None:
    """Link each mention to the earlier attribution it refers to (``antecedent``) and fill ``resolved``.

    Pronouns take the nearest earlier speaker of the right type ("he"/"she": a person; "it": an
    organisation; "they": a group); a bare description ("the official") takes the nearest earlier
    speaker with the same head noun, else a "spokesman John Kirby" description in the text; a
    surname ("Reinholt") takes the earlier full name ("Tomas Reinholt"); "Its spokesman" takes the
    nearest earlier organisation.
    """
    seen: list[tuple[_Att, str, bool]] = []  # (attribution, mention, is a person)
    for a in atts:
        if a.speaker is None:
            continue
        mention = text[a.speaker[0] : a.speaker[1]]
        low = mention.lower()
        ant: _Att | None = None
        if low in _PRONOUNS:
            if low in _PERSON_PRONOUNS:
                ant = next((b for b, _, p in reversed(seen) if p), None)
            elif low == "it":
                ant = next(
                    (b for b, m, p in reversed(seen) if not p and m.lower() not in _GROUP_PRONOUNS), None
                )
            elif low in _GROUP_PRONOUNS:
                ant = next((b for b, _, p in reversed(seen) if not p), None)
            else:
                ant = seen[-1][0] if seen else None
            if ant is not None:
                a.resolved = _resolved_of(text, ant)
            elif low in ("he", "she"):
                a.resolved = _nearest_name(text, a.speaker[0])
            else:
                a.resolved = mention
        elif _ROLE_HEAD.match(mention):
            head = low.split()[-1]
            ant = next(
                (b for b, m, _ in reversed(seen) if head in m.lower().split() and m.lower() not in _PRONOUNS),
                None,
            )
            a.resolved = _resolved_of(text, ant) if ant is not None else _match_description(text, a, mention)
        elif _POSSESSIVE.match(mention):
            ant = next((b for b, m, p in reversed(seen) if not p and m.lower() not in _PRONOUNS), None)
            a.resolved = mention
        else:
            a.resolved = mention
            if _is_name(mention, rules):
                # "Reinholt" after "Tomas Reinholt": the same person.
                words = set(mention.split())
                ant = next(
                    (
                        b
                        for b, m, p in reversed(seen)
                        if p and m != mention and words <= set(m.split()) and len(m) > len(mention)
                    ),
                    None,
                )
                if ant is not None:
                    a.resolved = _resolved_of(text, ant)
        a.antecedent = ant
        person = _is_person(mention, rules) or (ant is not None and low in _PERSON_PRONOUNS)
        seen.append((a, mention, person))


def _match_description(text: str, a: _Att, mention: str) -> str:
    if a.speaker is None:
        return mention
    head = mention.split()[-1].lower()
    window = text[max(0, a.speaker[0] - 1500) : a.speaker[0]]
    found = list(_description_re(head).finditer(window)) if _may_describe(window, head) else []
    if found:
        m = found[-1]
        return (m.group(1) or m.group(2)).strip()
    return mention


_NAME_AFTER = re.compile(rf"\s+[{_UP}][\w'’-]+")
_APPOSITIVE_BEFORE = re.compile(rf"[{_UP}][\w'’-]+,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}$")


def _may_describe(window: str, head: str) -> bool:
    """Can ``_description_re(head)`` match in ``window``? False only when it cannot, so that the
    pattern of a head is compiled only where it may find something: each match holds the head,
    followed by a capitalised word ("spokesman John") or preceded by a capitalised word, a comma,
    an article and at most three words ("Kirby, a Pentagon spokesman")."""
    low = window.lower()
    if head not in low:
        return False
    if not head.isascii() or len(low) != len(window) or "ı" in window or "ſ" in window:
        return True  # the head's occurrences under (?i) may differ from those in ``low``
    i = low.find(head)
    while i >= 0:
        if _NAME_AFTER.match(window, i + len(head)) or _APPOSITIVE_BEFORE.search(window, 0, i):
            return True
        i = low.find(head, i + 1)
    return False


@lru_cache(maxsize=4096)
def _description_re(head: str) -> re.Pattern[str]:
    """'spokesman John Kirby' or 'John Kirby, a spokesman' for the head noun 'spokesman'."""
    h = re.escape(head)
    name = rf"(?:[{_UP}][\w'’-]+\s+){{0,2}}[{_UP}][\w'’-]+"
    return re.compile(rf"(?i:{h})\s+({name})|({name}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{h})")


def _nearest_name(text: str, pos: int) -> str | None:
    found = _NAME_RUN.findall(text, max(0, pos - 1500), pos)
    return found[-1] if found else None


def _lookup(mention: str, rules: _Rules) -> tuple[str | None, str | None, bool]:
    """(category, actor, named) from the words of a mention: named speakers, then roles and organisations."""
    key = ("lookup", mention)
    if key not in rules.cache:
        if len(rules.cache) > 50_000:
            rules.cache.clear()
        rules.cache[key] = _lookup_uncached(mention, rules)
    out: tuple[str | None, str | None, bool] = rules.cache[key]
    return out


def _lookup_uncached(mention: str, rules: _Rules) -> tuple[str | None, str | None, bool]:
    category: str | None = None
    actor: str | None = None
    named = False
    for rx, a, cat in rules.named:
        if rx.search(mention):
            actor, category, named = a, cat, True
            break
    if category is None:
        for cat, rx in rules.categories:
            if rx.search(mention):
                category = cat
                break
    if actor is None:
        for a, rx in rules.actors:
            if rx.search(mention):
                actor = a
                break
    return category, actor, named


_TITLE_WORD = re.compile(r"[A-Za-z][\w-]*")
# A ministry's spokesperson at the start of a sentence ("Foreign Ministry spokesman Ann Roe said"):
# the capitalised ministry name belongs to the title, which is `official`.
_MINISTRY_TITLE = re.compile(r"(?:[A-Z][\w-]*\s+)*Ministry\s+spokes(?:man|woman|person)")
_APPOS_AFTER = re.compile(r"\s*,\s*([^,;:!?\"“”()]{2,160})|\s+((?:of|from|at|with)\s+[^,;:!?\"“”()]{2,120})")
_APPOS_CUT = re.compile(r"\s(?:whose|which|that|where|when|who\s+(?:said|told|was|is|had|has))\s|\.(?:\s|$)")
_FORMER = re.compile(r"(?i)\b(?:former|ex-)\s*[\w-]+")


_APPOS_VERB = re.compile(
    r"(?i)^(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|do|"
    r"also|then|later|however|too|not)\b|^(?!based\b)[a-z][\w-]*(?:ing|ed)\b"
)
# "who heads a charity", "who served as an adviser": a who-clause describes the person only
# through a verb of holding a role; "who has studied jihadist groups" says nothing of the speaker's own.
_WHO_ROLE = re.compile(
    r"(?i)^who\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|now\s+)?(?:a|an|the)\b|"
    r"(?:now\s+)?(?:heads?|headed|leads?|led|runs?|ran|directs?|directed|chairs?|chaired|"
    r"founded|co-founded|works?\s+(?:for|at|with)|worked\s+(?:for|at|with)|serves?\s+as|served\s+as|"
    r"represents?|represented|teaches|taught|studies\s+at)\b)"
)
_WHO_STUDIES = re.compile(
    r"(?i)^who\s+(?:has\s+|had\s+|have\s+)?(?:long\s+)?(?:stud(?:ies|ied)|research(?:es|ed)|"
    r"track(?:s|ed)|(?:writes|wrote|written)\s+(?:extensively\s+)?(?:about|on))\b"
)
_SENTENCE_BREAK = re.compile(r"[\n.!?:;\"“”()]")
_APPOS_CLAUSE = re.compile(
    r"(?i)^[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:is|are|was|were|has|have|had|will|would|can|could|says?|said)\b"
)
# Words that open a clause, not an appositive describing the name before the comma (fifth pass).
_NOT_APPOSITIVE = frozenset(
    [
        "whose",
        "which",
        "where",
        "when",
        "while",
        "that",
        "that's",
        "that’s",
        "it",
        "it's",
        "it’s",
        "this",
        "there",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "because",
        "so",
        "if",
        "as",
        "although",
        "though",
        "since",
        "unless",
        "until",
        "or",
        "nor",
        "yet",
        "then",
        "now",
        "too",
        "however",
    ]
)


def _description_category(text: str, start: int, end: int, rules: _Rules) -> tuple[str | None, str | None]:
    """(category, actor) from the words that describe a name at ``text[start:end]``.

    Read, in this order: an appositive after the name (", a widow in Ariha", ", who heads a local
    charity", " of the University of ..."), a title before it ("Security analyst Mark Ellery"), and
    an appositive before it ("Its military spokesman, Hassan Abdul Ghani,"). A verb phrase after
    the comma (", speaking to reporters", ", has told CNN") is not a description; a who-clause
    counts only with a verb of holding a role; title words stop at the sentence or line before
    the name and need a singular head ("the families Nielsen described" is not a title).
    """
    m = _APPOS_AFTER.match(text, end, min(len(text), end + 200))
    if m:
        desc = m.group(1) or m.group(2)
        first = desc.split()[0].lower() if desc.split() else ""
        usable = first not in rules.cue_info and first not in ("and", "but", "said", "told")
        usable = usable and first not in _NOT_APPOSITIVE  # ", whose military ...", ", that's because"
        if usable and first != "who" and _APPOS_CLAUSE.match(desc.strip()):
            usable = False  # ", ISIS is harder to target": a clause with its own subject
        if usable and m.group(1) and _APPOS_VERB.match(desc.strip()):
            usable = False
        if usable and first == "who" and _WHO_STUDIES.match(desc.strip()):
            return "expert", None  # "who studies armed movements", "who has studied jihadist groups"
        if usable and first == "who" and not _WHO_ROLE.match(desc.strip()):
            usable = False
        if usable:
            if first != "who":
                cut = _APPOS_CUT.search(desc)
                desc = desc[: cut.start()] if cut else desc
            now = re.search(r"\bnow\s+", desc)
            desc = desc[now.end() :] if now else _FORMER.sub(" ", desc)
            cat, actor = _lookup_description(desc, rules)
            if cat is not None:
                return cat, actor
    before = text[max(0, start - 80) : start]
    if before[-1:].isspace():
        brk = max((mm.end() for mm in _SENTENCE_BREAK.finditer(before)), default=0)
        local = before[brk:]
        # Title words: lowercase, except the first word of a sentence ("Security analyst Mark Ellery").
        words: list[str] = []
        for w in reversed(local.split()[-3:]):
            if not _TITLE_WORD.fullmatch(w):
                break
            words.insert(0, w)
        if words:
            lead = before[: brk + local.rfind(words[0])].rstrip()
            sentence_start = not lead or lead.endswith((".", "\n", '"', "”", ":", ";"))
            while words and words[0][0].isupper() and not sentence_start:
                words.pop(0)
        head = words[-1].lower() if words else ""
        plural = head.endswith("s") and not head.endswith(("ss", "man", "ics"))
        lower_title = all(w[0].islower() for w in words[1:]) or bool(
            _MINISTRY_TITLE.fullmatch(" ".join(words))
        )
        if words and not plural and lower_title and head not in rules.cue_info:
            cat, actor, _ = _lookup(" ".join(words), rules)
            if cat is not None:
                return cat, actor
    seg = before.rstrip()
    if text[end : end + 1] == "," and seg.endswith(","):
        seg = seg[:-1]
        k = max(seg.rfind(c) for c in ',.;:!?"“”()\n')
        desc = seg[k + 1 :].strip()
        if len(desc) >= 2:
            if _POSSESSIVE.match(desc):
                return _context_org(text, start - len(before) + k + 1, rules)
            cat, actor = _lookup_description(desc, rules)
            if cat is not None:
                return cat, actor
    return None, None


# Role nouns that say only that a person belongs to an organisation: in "a spokesman for the
# Observatory" or "a commander with HTS" the organisation gives the category.
_RELATIONAL_ROLES = re.compile(
    r"(?i)\b(?:officials?|spokes(?:m[ae]n|wom[ae]n|persons?|people)|commanders?|presidents?|"
    r"representatives?|chiefs?|members?|leaders?|directors?|heads?|chairm[ae]n|chairs?|"
    r"vice[- ]presidents?|secretar(?:y|ies))$"
)
_MODIFIER = re.compile(r"(?i)\s(?:of|with|from|for|at|in|on|to|who|whose|that|which|and|or|under|since)\s|,")


# A capitalised organisation name after a relational head: "of/for/at/with (the) X Y of Z".
_ORG_NAME_AFTER = re.compile(
    r"\s+(?:of|for|at|with)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*)(?:\s+(?:of|for|and|on|the|&|to|at|"
    r"[A-Z][\w.&'’-]*))*)"
)
# A head noun that only relates a person to an organisation, listed as a role or not ("director",
# "founder", "president", "head").
_RELATIONAL_HEAD = re.compile(
    r"(?i)\b(?:directors?|founders?|co-founders?|presidents?|heads?|chiefs?|chairm[ae]n|chairs?|"
    r"chairwom[ae]n|leaders?|members?|spokes(?:m[ae]n|wom[ae]n|persons?)|officials?|executives?|"
    r"managers?|coordinators?|secretar(?:y|ies)|commissioners?|administrators?)\s*$"
)
_GOV_AGENCY = re.compile(
    r"\b(?:Department|Agency|Administration|Bureau|Ministry|Centers?\s+for\s+Disease\s+Control|"
    r"Office\s+of|Federal|National\s+Institutes?\s+of\s+Health)\b"
)


def _org_category(name: str, rules: _Rules) -> str | None:
    """The category of an organisation named ``name``: a named speaker of the domain lexicon, an
    organisation pattern of ``speaker_roles``, or a government agency (`official`); else None."""
    cat, _, named = _lookup(name, rules)
    if named:
        return cat
    for c, rx in rules.category_orgs:
        if rx.search(name):
            return c
    if _GOV_AGENCY.search(name):
        return "official"
    return None


def _lookup_description(desc: str, rules: _Rules) -> tuple[str | None, str | None]:
    """Like :func:`_lookup`, but the description's own head noun comes first.

    A person's role in the head noun phrase ("an analyst at the X Foundation", "a refugee
    advocate with ...", "the president's special envoy for the coalition to defeat ISIS") outranks
    the words in its modifiers; the last role word of the head phrase is its head. A relational
    head ("a spokesman for", "a commander with", "the State Department's point man on") takes the
    organisation named first instead. Named speakers of the domain lexicon come before both.
    """
    cat, actor, named = _lookup(desc, rules)
    if named:
        return cat, actor
    mod = _MODIFIER.search(desc)
    head_np = desc[: mod.start()] if mod else desc
    best: tuple[int, str | None, bool] = (-1, None, False)
    for c, rx in rules.category_roles:
        for hit in rx.finditer(head_np):
            if hit.end() > best[0]:
                best = (hit.end(), c, bool(_RELATIONAL_ROLES.search(hit.group())))
    if best[1] is not None and not best[2]:
        return best[1], actor
    if best[1] is not None or _RELATIONAL_HEAD.search(head_np):
        org = _ORG_NAME_AFTER.match(desc, len(head_np))
        if org is not None:
            # "president of Refugees International", "director of the Centers for Disease
            # Control": the organisation heads the description, so its own name decides; a role
            # word inside the name ("Refugee") does not make its head a civilian (fifth pass).
            return _org_category(org.group(1), rules), actor
    first: tuple[int, str | None] = (len(desc) + 1, None)
    for c, rx in rules.category_orgs:
        m = rx.search(desc)
        if m and m.start() < first[0]:
            first = (m.start(), c)
    if best[1] is not None:
        # "a spokesman for the war monitor": a role in the modifier names the organisation too.
        rest = desc[len(head_np) :]
        for c, rx in rules.category_roles:
            for hit in rx.finditer(rest):
                at = len(head_np) + hit.start()
                if at < first[0] and not _RELATIONAL_ROLES.search(hit.group()):
                    first = (at, c)
                    break
    if first[1] is not None:
        return first[1], actor
    if best[1] is not None:
        return best[1], actor
    return cat, actor


def _context_org(text: str, pos: int, rules: _Rules) -> tuple[str | None, str | None]:
    """The category of the organisation mentioned last before ``pos`` (for "Its spokesman")."""
    window = text[max(0, pos - 400) : pos]
    best: tuple[int, str | None, str | None] = (-1, None, None)
    for rx, a, cat in rules.named:
        for m in rx.finditer(window):
            if m.end() > best[0] and cat is not None:
                best = (m.end(), cat, a)
    for cat, rx in rules.categories:
        for m in rx.finditer(window):
            if m.end() > best[0]:
                best = (m.end(), cat, None)
    return best[1], best[2]


# A mention that is not a speaker's name: a topic ("of ISIS") or a clause fragment ("X's conduct
# was laid out"), or the reader and the writer ("you", "I" outside a quote).
_NOT_SPEAKER = re.compile(
    r"(?i)^(?:of|about|on|for|with|to|at)\s|\s(?:is|are|was|were|been|exists?|has|have|had)(?:\s|$)|^(?:you|i)$"
)
# A relative named through someone else ("his father", "her sister"): the category is that
# person's, which the mention does not give.
_KIN = re.compile(
    r"(?i)^(?:his|her|their|its)\s+(?:\w+\s+)?(?:father|mother|parents?|sons?|daughters?|brothers?|"
    r"sisters?|wife|husband|uncle|aunt|cousins?|grand(?:father|mother|son|daughter)|family|children)$"
)
# A document, a data series or a video as the subject ("The order noted", "the latest WHO numbers
# suggest", "an NBC News poll released Tuesday"): no speaker category unless an author is named
# ("a report by Human Rights Watch").
_DOCUMENT_HEAD = re.compile(
    r"\b(?:polls?|surveys?|study|studies|reports?|orders?|memos?|videos?|footage|documents?|"
    r"numbers|figures|data|statistics|analysis|rulings?|resolutions?|bills?|indictments?|lawsuits?|"
    r"filings?|websites?|editorials?|articles?|books?|ads?|films?|photos?|images?|maps?|charts?|"
    r"estimates?|situation|files)(?:\s+(?:released|conducted|published|issued|out|taken|seized|leaked|obtained)\b.*)?$"
)
# A clause or a verb phrase read as a speaker ("Hagel got the job", "took out a full-page ad").
_CLAUSE_SPAN = re.compile(
    r"\b(?:\w+ed|got|took|gave|made|sent|won|lost|ran|held|put|set|saw|highlight|highlights)\s+"
    r"(?:a|an|the|his|her|its|their|out|up|enough|\d+)\b|\s(?:he|she|who|they)$"
)
_ENVOY_TO = re.compile(
    r"(?i)\b(?:ambassadors?|envoys?|representatives?|missions?|delegates?|successor)\s+(?:to|at)\s*$"
)
_ANTECEDENT_REACH = 600  # characters: a pronoun further from its antecedent speaker is left unresolved


def _antecedent_ok(text: str, a: _Att, ant: _Att, rules: _Rules) -> bool:
    """Does the pronoun of ``a`` plausibly refer to the speaker of ``ant``?

    A wrong antecedent gives a confidently wrong category, so the link is kept only when it is
    close and unchallenged: the earlier speaker is within ``_ANTECEDENT_REACH`` characters, and
    for he/she no other personal name stands between them (then the pronoun may well mean that
    person); "who" refers to the words right before it, so it keeps the link only when those words
    are the earlier speaker.
    """
    if a.speaker is None or ant.speaker is None:
        return True
    low = text[a.speaker[0] : a.speaker[1]].lower()
    if low == "who":
        return not text[ant.speaker[1] : a.speaker[0]].strip(" ,")
    if a.speaker[0] - ant.speaker[1] > _ANTECEDENT_REACH:
        return False
    if low in ("he", "she"):
        ref = set((_resolved_of(text, ant) or "").replace("’s", "").replace("'s", "").split())
        for m in _NAME_RUN.finditer(text, ant.speaker[1], a.speaker[0]):
            name = m.group()
            if _is_name(name, rules) and not (set(name.split()) & ref):
                return False
    return True


# A role that says only that a person belongs to some organisation ("the spokesman", "a
# commander"): alone it names no category, an appositive or the same person's earlier mention must.
_BARE_RELATIONAL = re.compile(
    r"(?i)^(?:(?:the|a|an|one|another|its|their|his|her|our)\s+)?(?:(?:senior|top|chief|deputy|local|"
    r"press|new|military|field)\s+)?(?:spokes(?:m[ae]n|wom[ae]n|persons?|people)|commanders?|leaders?|"
    r"heads?|directors?|members?|chiefs?|representatives?|chairm[ae]n|chairs?)$"
)
# Retired or former officers speak as analysts: `expert`, not `military`.
_NOT_SERVING = re.compile(r"(?i)\b(?:retired|former|formerly|ex-|onetime|one-time)(?:\s|\b)")
# Seventh pass: an officer who has left the service ("a reserve captain who separated from the
# service on Friday") speaks for no armed force, and is no analyst by that alone: no category.
_LEFT_SERVICE = re.compile(
    r"(?i)\bwho\s+(?:has\s+|had\s+|recently\s+)?(?:left|separated\s+from|retired\s+from|quit|resigned\s+from)\s+"
    r"(?:the\s+)?(?:service|military|army|navy|air\s+force|marines|corps|reserves?)\b"
)
# A witness at a hearing or a trial is not an ordinary person reporting what they saw.
_HEARING = re.compile(
    r"(?i)\b(?:hearings?|testif(?:y|ied|ies|ying)|testimony|committee|subcommittee|trial|court|"
    r"jury|lawmakers|senators?|congressional)\b"
)
# Categories given only on evidence in the mention itself or its own appositive/title, never
# through a pronoun, a surname or an earlier mention: the least reliable ones.
_LOCAL_ONLY = frozenset(["civilian", "armed_group"])
_LINE_START = re.compile(r"(?m)^(?=[^\n]*\S)")
# Not a speaker's noun phrase: a clause or a dateline read as the speaker ("Turkey will not
# apologize for ... it", "WASHINGTON -- The group"), a fronted phrase ("Despite ISIS's"), a
# possessive ("lawmakers’ needs").
_BROKEN_SPAN = re.compile(
    r"(?i)^(?:despite|unless|until|if|because|although|though|while|after|before|since|by|from|in|"
    r"into|against|over|under|without|like|than)\s|\s(?:--|—|–)\s|(?:’s|'s|s’|s')$|n[’']t$"
)
# The span is the subject of a passive or a raising verb, not a speaker: "NATO is expected to
# act", "militants believed to be from", "the EU will be asked to".
_NOT_SAYING = re.compile(
    r"\s*(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:widely\s+)?(?:expected|believed|thought|asked|set|due|said|reported|rumou?red|supposed|"
    r"known|understood|alleged)\s+to\b"
)
_INSTITUTION_ONLY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+)*(?:University|College)(?:\s+of(?:\s+[A-Z][\w.-]*)+)?$"
)


_DR_TITLE = re.compile(r"(?:Dr|Prof)\.\s|Professor\s")
_CLAUSE_STOP = re.compile(r"[.;\n]")
_COMMA_AFTER = re.compile(r"\s*,")
# Fifth pass: who is not serving in the armed forces or the government.
_OBSERVERS = re.compile(r"(?i)\b(?:observers?|watchers?|commentators?)\s*$")
_CHIEF_OFFICER = re.compile(r"(?i)\bchief\s+[\w-]+\s+officers?\b")
_VETERAN = re.compile(r"(?i)\bveterans?\b")
_CORPORATE = re.compile(
    r"(?i)\b(?:firms?|company|companies|corporations?|corp\.|inc\.|llc|contractors?|startups?|"
    r"consultancy|consulting)\b"
)
_LAWMAKER = re.compile(
    r"(?i)\b(?:lawmakers?|legislators?|senators?|congress(?:man|woman|men|women|ional)?|capitol\s+hill|"
    r"house\s+(?:members?|republicans|democrats)|armed\s+services\s+committee)\b|\b(?-i:Sen\.|Rep\.)"
)
_CAMPAIGN = re.compile(
    r"(?i)\bcampaign(?:'s|’s)?\s+(?:staff(?:ers?)?|managers?|chair(?:man|woman)?|directors?|spokes\w+|aides?|"
    r"advis[eo]rs?|officials?|strategists?|workers?|volunteers?|press\s+secretary)\b|\b(?:digital|field|political|communications|finance)\s+director\b|"
    r"\b(?:19|20)\d\d\s+(?:\w+\s+)?(?:director|manager|chairman|adviser|advisor|strategist)\b"
)


def _serving(cat: str, mention: str, own: str, rules: _Rules) -> str | None:
    """Correct a `military` or `official` category from the mention and its own words (``own``:
    the sentence before the mention and its appositive).

    An analyst is an `expert` ("military analysts"); a lawmaker is never `military`
    ("Capitol Hill military hawks"); a veteran or a corporate officer ("the chief intelligence
    officer at a cybersecurity firm") is neither serving officer nor official; campaign staff
    ("the campaign's digital director") are not `official`. Seventh pass: an officer who has left
    the service is not `military`, and a former staff member is not `international_org`.
    """
    if cat == "international_org":  # seventh pass: who has left it speaks for it no more
        return None if _NOT_SERVING.search(own) or _LEFT_SERVICE.search(own) else cat
    if _head_has(mention, "expert", rules):
        return "expert"
    words = mention + " " + own
    if cat == "military":
        if _LAWMAKER.search(words):
            return "official"
        if _VETERAN.search(words) or _CORPORATE.search(words):
            return None
    if cat == "military" and (_CHIEF_OFFICER.search(words) or _OBSERVERS.search(mention)):
        return None  # a corporate officer; "military observers" (commentators)
    if cat == "official" and (_CAMPAIGN.search(words) or _NOT_SERVING.search(own)):
        return None  # campaign staff; a former official speaks as a commentator
    if cat == "military" and _LEFT_SERVICE.search(own):
        return None  # out of the service (seventh pass)
    return cat


def _head_has(mention: str, cat: str, rules: _Rules) -> bool:
    """Does a role noun or organisation of ``cat`` end the head noun phrase of ``mention``?

    "Syrian rebels", "an eyewitness", "ISIS fighters" and "Hezbollah" do; "the ISIS insurgency",
    "Refugee resettlement organizations" and "the Office of Refugee Resettlement" do not.
    """
    mod = _MODIFIER.search(mention)
    head = (mention[: mod.start()] if mod else mention).rstrip()
    starts = [m.start() for m in re.finditer(r"\b\w", head)]
    for c, rx in (*rules.category_roles, *rules.category_orgs):
        if c == cat and any(rx.fullmatch(head, i) for i in starts):
            return True
    return False


def _window_starts(text: str) -> list[int]:
    r"""Starts of the non-blank lines (news paragraphs are lines or blank-line separated blocks).

    The starts of ``_LINE_START.finditer(text)``, from the lines between newlines (``^`` with
    MULTILINE follows only "\n"; ``\S`` is a character for which ``str.isspace`` is False)."""
    starts = []
    pos = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            starts.append(pos)
        pos += len(line) + 1
    return starts


_NAME_PART_BEFORE = re.compile(rf"([{_UP}][\w'’.-]*|al|el|bin|ibn|de|van|von|da)[ -]$")


def _word_occurrences(text: str, word: str, lo: int, hi: int) -> list[tuple[int, int]]:
    r"""The (start, end) of each ``word`` in ``text[lo:hi]`` with no word character or hyphen right
    before or after it inside that slice: what ``re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])",
    text[lo:hi])`` finds, shifted by ``lo``, without compiling a pattern per word."""
    found = []
    n = len(word)
    i = text.find(word, lo, hi)
    while i >= 0:
        before = text[i - 1] if i > lo else ""
        after = text[i + n] if i + n < hi else ""
        if not (before and (before.isalnum() or before in "_-")) and not (
            after and (after.isalnum() or after in "_-")
        ):
            found.append((i, i + n))
            i = text.find(word, i + n, hi)
        else:
            i = text.find(word, i + 1, hi)
    return found


def _full_mention(text: str, mention: str, lo: int, hi: int, rules: _Rules) -> tuple[str | None, str | None]:
    """(category, actor) of the nearest full mention of the person ``mention`` in ``text[lo:hi]``.

    A full mention is the name with its title or appositive ("rebel commander Abu Karim",
    "Karim, a resident of the town,") or with more of the name ("Abu Karim" for "Karim"). It
    counts only when no other person's name stands between it and ``hi``.
    """
    bare = _TITLE.sub("", mention)
    last = bare.split()[-1] if bare.split() else ""
    if len(last) < 2:
        return None, None
    words = set(bare.split())
    found: tuple[int, int] | None = None
    for s0, e in _word_occurrences(text, last, lo, hi):
        # extend over the capitalised words of the name before the surname
        while True:
            pm = _NAME_PART_BEFORE.search(text[max(lo, s0 - 30) : s0])
            if not pm:
                break
            s0 = max(lo, s0 - 30) + pm.start()
        if words <= set(text[s0:e].split()):
            found = (s0, e)
    if found is None:
        return None, None
    fs, fe = found
    full_words = set(text[fs:fe].split())
    for m in _NAME_RUN.finditer(text, fe, hi):
        name = m.group()
        if _is_name(name, rules) and not (set(name.split()) & full_words):
            return None, None  # another person stands between: "he" or the surname may be them
    cat, actor, _ = _lookup(text[fs:fe], rules)
    if cat is None:
        cat, actor = _description_category(text, fs, fe, rules)
    if cat in ("military", "official"):
        # "retired Gen. Ann Roe ... Roe said": the full mention's own words say not serving (fifth pass)
        around = text[max(lo, fs - 60) : fe] + _CLAUSE_STOP.split(text[fe : fe + 120], maxsplit=1)[0]
        if _NOT_SERVING.search(around) or _VETERAN.search(around):
            return None, actor
    return cat, actor


# Sixth step: a span that is only part of the speaker's phrase. The object of a preposition ("a
# contractor working in [Iraq]", "a professor at [Harvard Law School]", "the killing of [X]"), a
# modifier of a document noun ("the [UN] report", "a new [CNN]/ORC survey"), or a name glued to
# a link widget ("... SchatzSchumer seeks focus").
_PREP_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:in|at|of|around|near|from|on|about|into|outside|inside|across|between|with|against|"
    r"over|under|among|toward|towards|without|throughout)\s+$"
)
_PLACE_AFTER_COMMA = re.compile(r"\b(?:in|at|from|of|near)\s+[A-Z][a-z]+,\s+$")
# "a branch of [ISIS]", "members of [Congress]": the organisation is the speaker's own.
_MEMBER_OF = re.compile(
    r"(?i)\b(?:branch|wing|affiliate|arm|members?|spokes(?:man|woman|person)|leaders?|commanders?|fighters?|"
    r"officials?|representatives?|units?|cells?)\s+(?:of|for|with|from)\s+$"
)
_DOCUMENT_AFTER = re.compile(
    r"(?:/[\w-]+)?\s+(?:polls?|surveys?|study|studies|reports?|pledges?|resolutions?|statements?|data|"
    r"figures|estimates?|documents?|videos?|footage|inspectors?|rulings?|analysis|website)\b"
)
_VERB_AFTER_NOUN = re.compile(
    r"\s+(?:\w+ly\s+)?(?:will|would|could|may|might|is|was|has|had|did|does|said|says|found|finds|shows|showed|"
    r"notes|noted|released|issued|gave|gives|says?|states?|stated|suggests?|suggested|concludes?|concluded|"
    r"warns?|warned|argues?|argued|predicts?|predicted)\b"
)
_GLUED_NAME = re.compile(r"[a-z]{3,}[A-Z][a-z]")  # "SchatzSchumer", not "McCain" or "DeSantis"


def _inside_phrase(text: str, a: _Att, mention: str) -> bool:
    """Is the speaker span only part of the speaker's phrase (see the patterns above)?"""
    if a.speaker is None or a.cue_lemma == "according to":
        return False
    sp0, sp1 = a.speaker
    if _PREP_BEFORE.search(text, max(0, sp0 - 15), sp0) and not _MEMBER_OF.search(
        text, max(0, sp0 - 40), sp0
    ):
        return True
    if (
        mention[:1].isupper()
        and len(mention.split()) == 1
        and _PLACE_AFTER_COMMA.search(text, max(0, sp0 - 25), sp0)
        and text[sp1 : sp1 + 1] == ","
    ):
        return True  # "Activists in Multan, [Pakistan], condemn": the place of a place
    doc = _DOCUMENT_AFTER.match(text, sp1)
    if doc is not None and (
        a.cue is None or not (sp1 <= a.cue[0] < doc.end()) or _VERB_AFTER_NOUN.match(text, doc.end())
    ):
        return True  # "the [UN] report will" (but "the UN reports that": the cue itself)
    return bool(_GLUED_NAME.search(mention))


# Verbs the lexicon lists as non-speech (their subject is often a document or a datum: "the data
# indicate") that report a statement when a that-clause follows: "Turkish officials indicated that
# the goal was limited". The subject still needs a category word of its own to get a category.
_COMMUNICATIVE_LEMMAS = frozenset({"indicate", "signal"})
_THAT_NEXT = re.compile(r"\s+(?:\w+\s+){0,2}?that\b")


def _communicates(text: str, cue_end: int, lemma: str | None) -> bool:
    """Is a non-speech cue such as "indicated" used as a verb of saying (a that-clause after it)?"""
    return lemma in _COMMUNICATIVE_LEMMAS and bool(_THAT_NEXT.match(text, cue_end))


def _speech_lemma(lemma: str | None, rules: _Rules) -> bool:
    """Does the reporting_verbs lexicon list ``lemma`` as a verb of saying (``speech: true``)?"""
    table = rules.cache.get(("speech", ""))
    if table is None:
        table = rules.cache[("speech", "")] = {v[0]: v[2] for v in rules.cue_info.values()}
    return bool(table.get(lemma or "", False))


# What may open the speaker's own clause after the mention or the cue ("who spoke on condition
# of anonymity", "said on condition of anonymity", ", asking that his name be withheld").
_OWN_CLAUSE = re.compile(
    r"\s*,?\s*(?:who|because|as|asking|speaking|on|under|declining|requesting|and\s+(?:asked|declined|requested))\b"
)
# Anonymity markers that describe somebody else ("citing people familiar with", "the sources of").
_OTHERS_ANON = re.compile(r"(?i)(?:people|persons?|someone|officials?|sources?|insiders?)\b")


def _named_mention(mention: str, rules: _Rules) -> bool:
    """A mention that names its speaker: it ends in a capitalised word ("Press Secretary Peter
    Cook", "McMaster", "The Denver Post"), unless it says it is unnamed ("a source close to
    Erdogan", "Sources") or is one role word or a pronoun ("Officials", "He")."""
    words = mention.split()
    if not words or not _is_cap(words[-1]):
        return False
    if rules.anonymous_re is not None and rules.anonymous_re.search(mention):
        return False  # "a source close to Erdogan", "Sources"
    if len(words) == 1:
        return not (
            mention.lower() in _PRONOUNS or (rules.role_re is not None and rules.role_re.fullmatch(mention))
        )
    return True


def _own_anonymity(text: str, a: _Att, mention: str, rules: _Rules) -> bool:
    """Whether this mention is an unnamed source on its own evidence (sixth pass).

    The mention itself says so ("a source", "officials familiar with the talks"), or the speaker's
    own clause after the mention or the cue does ("who spoke on condition of anonymity", "said on
    condition of anonymity", ", asking that his name be withheld"). Not: a named person or a
    newspaper, nor a clause about other people's sourcing ("citing unnamed sources", "who had
    read the sources' reports", "according to X, ... the source of the information").
    """
    if rules.anonymous_re is None or a.speaker is None or _named_mention(mention, rules):
        return False
    if rules.anonymous_re.search(mention):
        return True
    if rules.anon_clause_re is None:
        return False
    at_cue = max(a.speaker[1], a.cue[1] if a.cue else 0)
    for at in {a.speaker[1], at_cue}:
        nxt = text[at : at + 160]
        if not _OWN_CLAUSE.match(nxt):
            continue
        clause = re.split(r"[.!?;\"“”]", nxt)[0]
        m = rules.anon_clause_re.search(clause)
        if m and not _OTHERS_ANON.match(m.group()):
            return True
    return False


# -- eighth pass: precision first for the five low-precision categories -----------------------------
# armed_group, military, civilian, expert and international_org are given only on strong, local
# evidence (the role or the organisation heads the speaker's own noun phrase or its title, or an
# appositive says it), and never in the contexts below; otherwise the speaker is `unknown`.
_GATED = frozenset(["armed_group", "military", "civilian", "expert", "international_org"])
_NEGATED_SUBJECT = re.compile(r"(?i)^(?:no|neither|none\s+of)\s")
_AND_BEFORE = re.compile(r"[A-Z][\w.!'’-]*[\"”’]?\s+(?:and|&)\s+$")  # "E! Online and [U.N. Women]"
# A lone attacker or suspect is a person, not a speaking armed group.
_INDIVIDUAL = re.compile(
    r"(?i)\b(?:suspects?|suspected|alleged|accused|attackers?|gunm[ae]n|shooters?|bombers?|assailants?|"
    r"perpetrators?|lone|killers?|hijackers?)\b"
)
# Words that say the text is about armed conflict (a bare "the rebels" may be a party's rebels).
_ARMED_CONTEXT = re.compile(
    r"(?i)\b(?:armed|weapons?|troops|militar\w*|shell(?:ing|ed)|air\s?strikes?|offensive|battle\w*|"
    r"insurgen\w*|militias?|killed|civil\s+war|ceasefire|cease-fire|guns?|rockets?|artillery|"
    r"front\s?lines?|captured|seized|fighters)\b"
)
_BARE_REBELS = re.compile(r"(?i)(?:^|\s)(?:rebels?|factions?)$")
_ARMED_WORD = re.compile(
    r"(?i)\b(?:armed|militants?|militias?|jihadists?|insurgents?|fighters?|HTS|ISIS|Hamas|Hezbollah)\b"
)
# Police, law enforcement and other civilian services are not military.
_POLICE = re.compile(
    r"(?i)\b(?:police\w*|law\s+enforcement|sheriffs?|deput(?:y|ies)|troopers?|immigration|border\s+patrol|"
    r"public\s+safety|DPS|highway\s+patrol|state\s+patrol|"
    r"customs|fire\s+(?:department|chief|officials?)|firefighters?|swat|constab\w*|detectives?|"
    r"correction(?:s|al)|precinct|NYPD|LAPD|FBI|ICE)\b"
)
# A kin relation of someone else, a medical resident, an organisation's name: not an ordinary
# person speaking for themselves.
_KIN_WORDS = (
    r"(?:mothers?|fathers?|parents?|widows?|wife|husband|sons?|daughters?|sisters?|brothers?|"
    r"grand(?:mothers?|fathers?|parents?|daughters?|sons?|children)|families|family|relatives?|uncle|aunt|cousins?)"
)
# Kin of someone else ("her mother", "the baby's mother", "the widow of Sgt. X", "the mother of
# victim X"), not a self-description ("a mother of three").
_KIN_ROLE = re.compile(
    rf"(?i)\b(?:his|her|their|its|[\w.-]+(?:'s|’s))\s+(?:\w+\s+)?{_KIN_WORDS}\b|"
    rf"\b{_KIN_WORDS}\s+of\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?!-))"
)
_MEDICAL = re.compile(
    r"(?i)\b(?:hospitals?|medical|doctors?|physicians?|patients?|ER|surgery|surgical|nurses?|clinic|residency)\b"
)
_CIVIL_POST = re.compile(r"(?i)\b(?:(?:assistant|under|deputy)\s+secretary|secretary\s+of|minister)\b")
_NOW_ELSEWHERE = re.compile(r"(?i)\bnow\s+(?:at|with|a|an|teaches|works|runs|heads)\b")
_BARE_INSTITUTION = re.compile(
    r"(?i)^(?:the|a|an|this|that)\s+(?:university|college|institute|foundation|think\s+tank|school)$"
)
_CIVILIAN_ORG_DESC = re.compile(
    r"(?i)\b(?:unions?|association|organi[sz]ation|group|network|coalition|council|committee|campaign|"
    r"party)\b|\b(?:with|at|of|for)\s+the\s+(?-i:[A-Z])"
)
# The addressee of a letter, a call or a speech ("a letter from senators to [X]"): not a speaker.
_TO_BEFORE = re.compile(r"(?i)(?<![\w-])to\s+$")
_DESC_CUT = re.compile(r",|\s(?:who|which|as|with|when|while)\s")
_ORG_NAME_IN = re.compile(r"\s(?:for|against)\s+[A-Z]")
# Political work, party roles or a news organisation: not an independent expert.
_NOT_EXPERT = re.compile(
    r"(?i)\b(?:campaigns?|candidates?|strategists?|consultants?|advis[eo]rs?|operatives?|partisan|"
    r"opposition\s+research|super\s+PAC|PAC|lobbyists?|lobbying)\b"
)
_MEDIA_NAME = re.compile(
    r"\b(?:CNN|BBC|NPR|NBC|CBS|ABC|MSNBC|Fox|Reuters|Al Jazeera|Bloomberg|HuffPost|Vox|Politico|"
    r"network|television|TV)\b"
)
# National people and bodies at an international body: "EU leaders", "member states", "members
# of the Security Council", an ambassador to it.
_NATIONAL_AT_BODY = re.compile(
    r"(?i)\b(?:leaders|heads\s+of\s+(?:state|government)|member\s+(?:states|countries|nations)|members|"
    r"ministers|countries|(?<!United\s)nations|allies|partners|governments|presidents|prime\s+ministers)\b"
)
_MEMBERS_OF_BEFORE = re.compile(r"(?i)\bmembers?\s+of\s+$")
_ENVOY_TO_BODY = re.compile(
    r"(?i)\b(?:ambassadors?|envoys?|representatives?|delegates?|permanent\s+representatives?)\s+(?:to|at)\s+"
    r"(?:the\s+)?(?:U\.?N\.?|United\s+Nations|NATO|EU|E\.U\.|European\s+Union|OSCE|OAS|OPEC|African\s+Union|"
    r"Arab\s+League|IAEA|Security\s+Council)\b|\b(?:U\.?N\.?|NATO|EU|E\.U\.)\s+[Aa]mbassadors?\b"
)
_NATIONAL_ENVOY = re.compile(
    r"(?:[A-Z][\w.-]*(?:'s|’s)|\b(?:[A-Z][a-z]+(?:ian|ese|ish|i|an)|U\.S\.|US|American|British|French))\s+"
    r"(?:U\.?N\.?|United\s+Nations)\s+(?:envoy|ambassador)|\b(?:envoy|ambassador)\s+to\s+the\s+"
    r"(?:U\.?N\.?|United\s+Nations)"
)
_UN_ENVOY_BARE = re.compile(r"(?i)^(?:the\s+)?(?:U\.?N\.?|United\s+Nations)\s+(?:envoy|ambassador)s?$")
_NATIONAL_COUNCIL = re.compile(r"([A-Z][\w.-]*)\s+Security\s+Council")
_UN_WORDS = frozenset(["UN", "U.N.", "Nations"])
_PLAIN_WORD_VERB = re.compile(r"(?:ed|ing)$")
_EIGHTH_DETERMINER = re.compile(r"(?i)^(?:the|a|an|its|their)\s+")


# A heading or a question ("What [militants] say"), the object of an infinitive ("to fight
# [ISIS]"), a video widget's word ("CLOSE ISIS"), a clause with an adverb ("military pressure
# largely drove ..."), a document ("a new paper from researchers ...", "the [IAEA] report").
_HEADING_BEFORE = re.compile(r"(?:^|\n)\s*What\s+$")
_INFINITIVE_BEFORE = re.compile(r"\bto\s+[a-z]+\s+$")
_WIDGET_START = re.compile(r"^(?:CLOSE|WATCH|VIDEO|PHOTOS?|READ|MORE|RELATED)\s")
_ADVERB_IN = re.compile(
    r"\b(?!(?:family|ally|daily|elderly|early|only|friendly|rally|weekly|monthly)\b)[a-z]+ly\b"
)
_DOCUMENT_START = re.compile(
    r"(?i)^(?:(?:a|an|the)\s+)?(?:(?:new|recent|latest|\d{4})\s+)?(?:papers?|study|studies|reports?|surveys?|polls?|"
    r"research|analysis|count|books?|articles?|estimates?)\b"
)
_DOCUMENT_NEXT = re.compile(
    r"\s+(?:reports?|study|studies|surveys?|polls?|estimates?|analysis|data|figures|findings|assessments?|"
    r"statements?|documents?|videos?)\b"
)
_PREP_APPOSITIVE = re.compile(r"\s*,\s*(?:in|on|at|after|during|despite|amid|with|while|before|since)\s")
_OFFICERS = re.compile(r"(?i)\bofficers?\b")
_MINISTER = re.compile(
    r"(?i)\b(?:ministers?|ministry|(?:defen[cs]e|war)\s+secretary|secretary\s+of\s+(?:defen[cs]e|war))\b"
)
_TITLE_WORDS_BEFORE = re.compile(r"(?:[\w.'’-]+\s+){0,4}$")
_THAT_BEFORE = re.compile(r"(?i)\bthat\s+(?:[\w'’-]+\s+){0,3}$")
_OF_ORG = re.compile(r"\s(?:of|at|with|from)\s")


def _in_quote_marks(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph (an odd number of quote marks before it)?"""
    lo = text.rfind("\n", 0, pos) + 1
    seg = text[lo:pos]
    return (seg.count('"') % 2 == 1) or seg.count("“") > seg.count("”")


def _np_has(np: str, cat: str, rules: _Rules) -> bool:
    """Does ``cat`` head the noun phrase ``np`` ("rebel commanders", "the Pentagon", "army
    officers"), or is its organisation the first word(s) with at most four plain words after it
    ("Pentagon officials", "the UN's refugee agency"; not "US military pilots dropped leaflets")?"""
    if _head_has(np, cat, rules):
        return True
    body = _EIGHTH_DETERMINER.sub("", np, count=1)
    second = body.find(" ") + 1
    for c, rx in rules.category_orgs:
        if c != cat:
            continue
        for at in {0, second}:
            m = rx.match(body, at)
            if m is None or m.end() == at or (m.end() < len(body) and body[m.end()].isalnum()):
                continue
            rest = body[m.end() :].lstrip("’'s ").split()
            if len(rest) <= 4 and not any(
                _PLAIN_WORD_VERB.search(w) or w.lower() in rules.cue_info for w in rest[:-1]
            ):
                return True  # "Pentagon officials", "other Pentagon officials", "a senior military official involved"
    return False


def _strong_head(mention: str, cat: str, rules: _Rules) -> bool:
    """Is ``cat`` in the head of the mention, or in a title before a name in it ("rebel commander
    Abu Karim", "Gen. Ann Roe", "UN envoy Staffan de Mistura")?"""
    mod = _MODIFIER.search(mention)
    head = (mention[: mod.start()] if mod else mention).rstrip()
    if _np_has(head, cat, rules):
        return True
    if mod and len(mention.split()) <= 6 and _ends_with(mention, cat, rules):
        return True  # "A Department of Defense official"
    if mod and _OF_ORG.match(mention, mod.start()) and all(w[:1].isupper() for w in head.split()):
        rest = mention[mod.end() :]
        if any(rx.search(rest) for c, rx in rules.category_orgs if c == cat):
            return True  # "Ann Roe of the Brookings Institution"
    poss = re.search(r"[’']s\s", head)
    if poss and any(rx.search(head[: poss.start()]) for c, rx in rules.category_orgs if c == cat):
        return True  # "American University's Ann Roe", "the UN's refugee agency"
    return any(_titled_name(words, cat, rules) for words in {tuple(head.split()), tuple(mention.split()[:8])})


def _titled_name(words: tuple[str, ...], cat: str, rules: _Rules) -> bool:
    """Do ``words`` hold a title of ``cat`` before a name ("rebel commander Abu Karim")?"""
    for j in range(1, len(words)):
        name = words[j:]
        title = " ".join(words[:j])
        last = words[j - 1]
        if not (j == 1 or last[:1].islower() or last.endswith(".")):
            continue  # a title ends in a role word or a rank ("Gen."), not "... of Military Force"
        if all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in name) and (
            _np_has(title, cat, rules) or _ends_with(title, cat, rules)
        ):
            return True  # "US Joint Chiefs of Staff Gen. Ann Roe"
    return False


def _ends_with(phrase: str, cat: str, rules: _Rules) -> bool:
    """Does a role or organisation of ``cat`` end ``phrase`` (from any word start)?"""
    starts = [m.start() for m in re.finditer(r"\b\w", phrase)]
    for c, rx in (*rules.category_roles, *rules.category_orgs):
        if c == cat and any(rx.fullmatch(phrase, i) for i in starts):
            return True
    return False


# Ninth pass. "by [X]" after a participle that is not the attribution's cue ("a hostage held by
# [insurgents]", "people interviewed by [the paper]", "overheard by [reporters]"): X is the agent
# of another verb, not the speaker.
_BY_AFTER_PARTICIPLE = re.compile(r"\b([a-z]+(?:ed|en|wn|ld|ght|nt|ut))\s+(?:\w+ly\s+)?by\s+$")


def _AGENT_OF_PARTICIPLE_BEFORE(text: str, a: _Att) -> bool:
    """Is the speaker the agent, after "by", of a participle other than its own cue?"""
    if a.speaker is None:
        return False
    sp0 = a.speaker[0]
    m = _BY_AFTER_PARTICIPLE.search(text, max(0, sp0 - 40), sp0)
    if m is None:
        return False
    return a.cue is None or not (m.start(1) <= a.cue[0] < sp0)


# A category word in a web address or a site name is no role ("Military.com").
_PLACE_OR_SITE = re.compile(r"(?i)\w\.(?:com|org|net|co\.uk|gov)\b")
# A place preposition before the organisation ("aboard Air Force One", "at the Pentagon") and an
# adjective use before a non-armed noun ("a militant free-trader").
_PLACE_PREPOSITION = re.compile(
    r"(?i)\b(?:aboard|on\s+board|inside|outside|near|at|in|from|to|into)\s+(?:the\s+)?$"
)
_ADJECTIVE_USE = re.compile(
    r"(?i)\b(?:militant|military|rebel|civilian|terrorist)\s+"
    r"(?:free[- ]\w+|economists?|writers?|columnists?|lawyers?|attorneys?|professors?|bloggers?|historians?|"
    r"analysts?|experts?|scholars?|law|reporters?|correspondents?|reformers?|traders?)\b"
)
_SPAN_IN_PLACE = re.compile(r"(?i)\b(?:aboard|on\s+board|inside|outside)\s+(?:the\s+)?$")
_PARENT_BODY = re.compile(r"(?i)\bparent\s+(?:company|companies|firm|group|corporation|organi[sz]ation)\b")


def _category_only_in_place(
    text: str, sp0: int, sp1: int, mention: str, cat: str, rules: _Rules, source: str
) -> bool:
    """Is the category word an adjective of another role ("a militant free-trader", "military
    analyst Ann Roe")? And for a category read from a description or a full mention: is every
    role and organisation of ``cat`` in the sentence around the mention after a place preposition
    or after "<participle> by" ("a contractor held by insurgents")?"""
    adjective = cat in ("military", "armed_group", "civilian")
    if adjective and _ADJECTIVE_USE.search(mention):
        return True
    if source == "mention":
        return False
    lo = max(text.rfind(".", 0, sp0), text.rfind("\n", 0, sp0), sp0 - 200) + 1
    stop = _CLAUSE_STOP.search(text, sp1, sp1 + 200)
    hi = stop.start() if stop else min(len(text), sp1 + 200)
    window = text[lo:hi]
    if adjective and _ADJECTIVE_USE.search(window):
        return True
    found = placed = 0
    for c, rx in (*rules.category_orgs, *rules.category_roles):
        if c != cat:
            continue
        for m in rx.finditer(window):
            if m.end() == m.start():
                continue
            found += 1
            if _PLACE_PREPOSITION.search(
                window, max(0, m.start() - 20), m.start()
            ) or _BY_AFTER_PARTICIPLE.search(window, max(0, m.start() - 40), m.start()):
                placed += 1
    return found > 0 and placed == found


def _eighth_gate(
    text: str,
    a: _Att,
    mention: str,
    cat: str,
    source: str,
    rules: _Rules,
    contents: list[tuple[int, int, int]],
) -> str | None:
    """The eighth pass's checks for the five gated categories (see the block comment above):
    ``cat`` if the evidence is strong and local, another category where the evidence says so
    (a national envoy to the UN is `official`), else None. ``source`` says where ``cat`` came
    from: ``mention`` (the mention's own words), ``description`` (its appositive or title),
    ``full`` (the same person's full mention) or ``antecedent`` (the earlier speaker a pronoun
    or a role noun refers to)."""
    assert a.speaker is not None
    sp0, sp1 = a.speaker
    if _AGENT_OF_PARTICIPLE_BEFORE(text, a):
        return None  # ninth pass, any category: "held by [insurgents]", "interviewed by [the paper]"
    tenth = _tenth_gate(text, a, mention, cat, source, rules, contents)
    if tenth != cat:
        return tenth
    if cat == "ngo":
        # ninth pass: an NGO role or organisation must head the mention ("union advocates" is not one)
        return cat if source != "mention" or _strong_head(mention, cat, rules) else None
    if cat not in _GATED:
        return cat
    if (
        _PLACE_OR_SITE.search(mention)
        or _SPAN_IN_PLACE.search(text, max(0, sp0 - 20), sp0)
        or _category_only_in_place(text, sp0, sp1, mention, cat, rules, source)
    ):
        return None  # ninth pass: "Military.com"; "aboard Air Force One", "a militant free-trader"
    if cat == "civilian" and _PARENT_BODY.search(mention + " " + text[sp1 : min(len(text), sp1 + 80)]):
        return None  # ninth pass: "Lufthansa, Germanwings' parent company, said"
    if cat == "expert" and source == "full":
        last = mention.split()[-1]
        for m in _word_occurrences(text, last, max(0, sp0 - 3000), sp0):
            around = text[max(0, m[0] - 80) : min(len(text), m[1] + 80)]
            if _MEDIA_NAME.search(around) or _NOT_EXPERT.search(around):
                return None  # ninth pass: a network's analyst or a consultant at the full mention
    if (
        _NEGATED_SUBJECT.match(mention)
        or " and " in mention
        or _AND_BEFORE.search(text, max(0, sp0 - 40), sp0)
    ):
        return None  # "no group has claimed"; half of a coordinated subject
    if (
        _HEADING_BEFORE.search(text, max(0, sp0 - 12), sp0)
        or _INFINITIVE_BEFORE.search(text, max(0, sp0 - 30), sp0)
        or _WIDGET_START.match(mention)
        or _ADVERB_IN.search(mention)
        or _DOCUMENT_START.match(mention)
        or _DOCUMENT_NEXT.match(text, sp1)
    ):
        return None  # "What [militants] say", "to fight [ISIS]", "CLOSE ISIS", a clause, a document
    if any(c0 <= sp0 and sp1 <= c1 and owner != id(a) for owner, c0, c1 in contents) and (
        _THAT_BEFORE.search(text, max(0, sp0 - 30), sp0) or _in_quote_marks(text, sp0)
    ):
        return None  # a subject inside what someone else is reported to have said
    if (
        source == "mention"
        and not _strong_head(mention, cat, rules)
        and not (cat == "expert" and _strong_head(mention, "military", rules))  # a retired officer
    ):
        return None  # "partners in the military alliance", "the Islamic State released a video late"
    # The mention's own words: its title (up to four words right before it) and its appositive
    # (after a comma, up to the end of the clause or the cue).
    sent_lo = max(text.rfind(".", 0, sp0), text.rfind("\n", 0, sp0), sp0 - 80) + 1
    title = _TITLE_WORDS_BEFORE.search(text, sent_lo, sp0)
    stop = _CLAUSE_STOP.search(text, sp1, sp1 + 200)
    end = stop.start() if stop else min(len(text), sp1 + 200)
    if a.cue is not None and sp1 <= a.cue[0] < end:
        end = a.cue[0]
    appositive = text[sp1:end] if _COMMA_AFTER.match(text, sp1) else ""
    own = (title.group() if title else "") + " " + mention + " " + appositive
    if cat == "armed_group":
        if _INDIVIDUAL.search(own):
            return None  # "the suspected terrorist", "the alleged gunman"
        if (
            _BARE_REBELS.search(mention)
            and not _ARMED_WORD.search(mention)
            and not _ARMED_CONTEXT.search(text, max(0, sp0 - 500), sp1 + 500)
        ):
            return None  # a party's "rebels" or "factions"
    if cat == "military":
        if source == "antecedent":
            return None  # a pronoun's antecedent proved unreliable for `military`
        if _POLICE.search(own):
            return None  # police and law enforcement officers
        if source == "full":
            last = mention.split()[-1]
            for m in _word_occurrences(text, last, max(0, sp0 - 3000), sp0):
                if _POLICE.search(text, max(0, m[0] - 80), min(len(text), m[1] + 80)):
                    return None  # "Sgt. Ann Roe, a police spokeswoman, ... Roe said"
    near = text[max(sent_lo, sp0 - 50) : sp0]  # an appositive or title before the mention
    if (
        source == "description"
        and not _ends_with(near.strip(" ,"), cat, rules)
        and _PREP_APPOSITIVE.match(appositive)
    ):
        return None  # "Trump, in the wake of attacks inspired by ISIS, called": no description
    if cat == "military" and source != "mention" and _MINISTER.search(near + appositive):
        return "official"  # "Israel's defense minister, Ann Roe,"
    # Second step (after the seed-9191 errors, which made that sample development data).
    own_desc = _DESC_CUT.split(appositive[1:], maxsplit=1)[0] if appositive else ""
    if (
        source == "description"
        and _KIN_ROLE.search(near + " " + own_desc)
        and not _strong_civilian(near + own_desc)
    ):
        return None  # "the granddaughter of General X": the description is someone else's
    if cat == "military" and _CIVIL_POST.search(appositive):
        return "official"  # "Adm. Ann Roe, assistant secretary for health,"
    if cat == "military" and _NOW_ELSEWHERE.search(appositive):
        return None  # "..., now at the Harvard Kennedy School": no longer serving
    if cat == "expert" and _BARE_INSTITUTION.match(mention):
        return None  # "the university announced": the institution, not an expert
    if (
        cat == "civilian"
        and source == "description"
        and (_CIVILIAN_ORG_DESC.search(near + " " + own_desc) or _ORG_NAME_IN.search(own_desc))
    ):
        return None  # "a strategist with the X Network", "the nation's largest teachers union"
    if cat == "civilian":
        if (
            _KIN_ROLE.search(near + " " + own_desc)
            and source != "mention"
            and not _strong_civilian(near + own_desc)
        ):
            return None  # "her mother, [Ann Roe],"; "the mother of victim [X]"
        if _ORG_NAME_IN.search(mention):
            return None  # "Students for Fair Admissions": an organisation
        if re.search(r"(?i)\bresident$", mention) and _MEDICAL.search(
            text, max(sent_lo, sp0 - 200), stop.start() if stop else min(len(text), sp1 + 200)
        ):
            return None  # a medical resident
        if a.cue_lemma == "testify":
            return None  # a witness at a hearing speaks in an official proceeding
    if cat == "expert" and (_NOT_EXPERT.search(own) or _MEDIA_NAME.search(own)):
        return None  # campaign strategists, party consultants, a network's analyst
    if cat == "international_org":
        if _NATIONAL_AT_BODY.search(mention) or _MEMBERS_OF_BEFORE.search(text, max(0, sp0 - 30), sp0):
            return "official"  # "the 28 EU leaders", "members of the UN Security Council"
        if _UN_ENVOY_BARE.match(mention) and _NATIONAL_ENVOY.search(text, max(0, sp0 - 800), sp0):
            return "official"  # "Iran's U.N. envoy ... the U.N. envoy said"
        council = _NATIONAL_COUNCIL.search(mention)
        if council and council.group(1) not in _UN_WORDS:
            return None  # "the Kurdish Region Security Council"
        if re.search(r"\bWatch\b", mention):
            return None  # "U.N. Watch", a watchdog group
        if source != "mention" or _is_name(mention, rules):
            last = mention.split()[-1]
            for m in _word_occurrences(text, last, max(0, sp0 - 3000), sp1):
                if _ENVOY_TO_BODY.search(text, max(0, m[0] - 70), m[0]) or _ENVOY_TO_BODY.search(mention):
                    return "official"  # "U.S. ambassador to the EU Gordon Sondland ... Sondland said"
    return cat


# Tenth pass (branch lexprec10): precision first by structure for the labels that missed on the
# seed-11111 sample. Each check has a test sentence in tests/test_cues.py
# (test_speaker_categories_tenth_pass).
# `civilian` only for a civilian role word in the mention or its own appositive, in lowercase (a
# capitalised "Farmer" or "Founding Fathers" is a name), never through a pronoun or a full mention.
# An armed-conflict word in the sentence outside the mention (weapons, attacks, war, a named armed group).
_CONFLICT = re.compile(
    r"(?i)\b(?:armed|arms|weapons?|guns?|rifles?|rockets?|missiles?|mortars?|bombs?|bomb(?:ing|ed|ings)|"
    r"explosi\w+|shell(?:ing|ed|s)?|air\s?strikes?|drones?|attack\w*|offensive|battle\w*|fight(?:ing)?|"
    r"fought|wars?|warfare|civil\s+war|ceasefire|cease-fire|truce|troops|soldiers|army|military|"
    r"militias?|killed|killing|kidnapp\w*|hostages?|captured|seized|front\s?lines?|ambush\w*|"
    r"jihad\w*|ISIS|ISIL|Daesh|Hamas|Hezbollah|Taliban|al-Qaeda|al-Shabab|Houthis?|HTS|Boko\s+Haram)\b"
)
# A military service or unit: a rank gives `military` only with one of these in the mention, its
# title or its appositive (or around the full mention of the same surname).
_SERVICE = re.compile(
    r"(?i)\b(?:army|navy|naval|air\s+force|marines?|marine\s+corps|troops|forces|military|armed\s+forces|"
    r"defen[cs]e\s+(?:ministry|department|forces|staff)|ministry\s+of\s+defen[cs]e|department\s+of\s+defen[cs]e|"
    r"pentagon|brigades?|battalions?|division|regiments?|corps|squadrons?|fleet|command|soldiers?|sailors?|"
    r"airmen|servicem[ae]n|service\s+members?|national\s+guard|coast\s+guard|IDF|CENTCOM|Joint\s+Chiefs|"
    r"general\s+staff|special\s+operations)\b"
)
# General officers' ranks, which no police or fire service uses: military without a service word
# (a commander, chief, captain, colonel, lieutenant, sergeant or officer needs one).
_GENERAL_RANK = re.compile(
    r"\b(?:Gen\.|General|Adm\.|Admiral|Brig\.|Brigadier|Vice\s+Adm\.|Air\s+Marshal)(?=\s+[A-Z])"
)
# Words that make a mention armed by itself ("rebel commanders", "opposition fighters").
_ARMED_SELF = re.compile(
    r"(?i)\b(?:commanders?|fighters?|militants?|militias?|militiam[ae]n|guerrillas?|jihadists?)\b"
)


def _lowercase_role(words: str, cat: str, rules: _Rules, at_start: bool) -> bool:
    """Does a role of ``cat`` occur in ``words`` in lowercase (or as the first word of a sentence)?
    A capitalised role word elsewhere is a name ("Tom Farmer", "the Founding Fathers")."""
    for c, rx in rules.category_roles:
        if c != cat:
            continue
        for m in rx.finditer(words):
            if words[m.start()].islower() or (at_start and not words[: m.start()].strip()):
                return True
    return False


# A post in a party, a PAC, a campaign or a company: not an independent expert, nor an NGO.
_PARTISAN_POST = re.compile(
    r"\b(?:[Pp]arty|Republicans?|Democrats?|Democratic|GOP|DNC|RNC|PAC|[Pp]olitical\s+action\s+committee|"
    r"[Cc]ampaigns?|[Cc]ompany|[Cc]orporation|Inc\.?|Corp\.?|LLC)\b"
)
# An advocacy or aid organisation in an expert's post: the organisation's voice (`ngo` when named).
_ADVOCACY = re.compile(
    r"(?i)\b(?:rights|advocacy|advocates?|humanitarian|charity|charities|watchdog|non-?profit|NGO|"
    r"campaigners?|activists?)\b"
)
# "Judge X" is a judge (`official`) only where a court is named in the mention or its appositive.
_JUDGE_TITLE = re.compile(r"^Judge\s+[A-Z]")
_COURT = re.compile(r"(?i)\b(?:court|bench|tribunal|judiciary|circuit)\b")
_SENT_STOP = re.compile(r"[.!?\n]")
_NATIONAL_RED_CROSS = re.compile(
    r"\b(?!(?:The|A|International|Its|Their)\b)(?:[A-Z][a-z]+|U\.S\.|US|U\.K\.|UK|national)\s+Red\s+(?:Cross|Crescent)\b"
)
_RETIRED_RANK = re.compile(r"\bRet\.|\([Rr]et\.?\)|\b[Rr]etired\b")
_SERVICE_EMPLOYEE = re.compile(r"(?i)\b(?:employees?|contractors?|civilian\s+workers?|staffers?)\b")
_NAMED_ORG_AFTER = re.compile(
    r"\b(?:at|with|for|of)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for))*)"
)


def _sentence_outside(text: str, sp0: int, sp1: int) -> str:
    """The sentence around a mention, without the mention itself."""
    lo = max(
        text.rfind(".", 0, sp0), text.rfind("!", 0, sp0), text.rfind("?", 0, sp0), text.rfind("\n", 0, sp0)
    )
    stop = _SENT_STOP.search(text, sp1)
    hi = stop.start() if stop else len(text)
    return text[lo + 1 : sp0] + " " + text[sp1:hi]


def _own_words(text: str, a: _Att, mention: str) -> tuple[str, str]:
    """The mention's title (up to four words right before it, in its sentence) and its appositive
    (after a comma, up to the end of the clause or the cue)."""
    assert a.speaker is not None
    sp0, sp1 = a.speaker
    sent_lo = max(text.rfind(".", 0, sp0), text.rfind("\n", 0, sp0), sp0 - 80) + 1
    title = _TITLE_WORDS_BEFORE.search(text, sent_lo, sp0)
    stop = _CLAUSE_STOP.search(text, sp1, sp1 + 200)
    end = stop.start() if stop else min(len(text), sp1 + 200)
    if a.cue is not None and sp1 <= a.cue[0] < end:
        end = a.cue[0]
    appositive = text[sp1:end] if _COMMA_AFTER.match(text, sp1) else ""
    return (title.group() if title else ""), appositive


def _tenth_gate(
    text: str,
    a: _Att,
    mention: str,
    cat: str,
    source: str,
    rules: _Rules,
    contents: list[tuple[int, int, int]],
) -> str | None:
    """The tenth pass's checks (see the block comment above): ``cat``, another category, or None."""
    assert a.speaker is not None
    sp0, sp1 = a.speaker
    if any(c0 <= sp0 and sp1 <= c1 and owner != id(a) for owner, c0, c1 in contents) and (
        _THAT_BEFORE.search(text, max(0, sp0 - 30), sp0) or _in_quote_marks(text, sp0)
    ):
        return None  # any category: a speaker inside what someone else is reported to have said
    title, appositive = _own_words(text, a, mention)
    own = title + " " + mention + " " + appositive
    if cat == "official" and _JUDGE_TITLE.match(mention) and not _COURT.search(own):
        return None  # "Judge Parker" may be a surname; a judge only with a court
    if cat == "civilian":
        if source not in ("mention", "description"):
            return None  # never through a pronoun or an earlier mention
        words = mention if source == "mention" else _DESC_CUT.split(appositive[1:], maxsplit=1)[0]
        before = text[max(0, sp0 - 4) : sp0].rstrip(" \"“'‘(")
        at_start = source == "mention" and (not before or before[-1] in ".!?\n:")
        if not _lowercase_role(words, "civilian", rules, at_start) or _NOT_SERVING.search(words):
            return None  # "Tom Farmer", "the Founding Fathers", "a former teacher"
        if not _twelfth_civilian(text, a, mention, source, words, rules):
            return None  # twelfth pass: generic, quantified, negated or not the head
    if cat == "armed_group":
        named = _lookup(mention, rules)[2]
        if (
            not named
            and not _CONFLICT.search(mention)
            and not _ARMED_SELF.search(title + " " + mention)
            and not _CONFLICT.search(_sentence_outside(text, sp0, sp1))
        ):
            return None  # "insurgents in the party": no armed conflict in the sentence
    if cat in ("military", "ngo"):
        twelfth = _twelfth_gate(text, a, mention, cat, source, own, rules)
        if twelfth != cat:
            return twelfth
    if cat == "military" and source != "antecedent":
        service = _SERVICE.search(own)
        if not service and source == "full":
            last = mention.split()[-1]
            for m in _word_occurrences(text, last, max(0, sp0 - 3000), sp0):
                if _SERVICE.search(text, max(0, m[0] - 80), min(len(text), m[1] + 80)):
                    service = True  # type: ignore[assignment]
                    break
        if _RETIRED_RANK.search(own) or _SERVICE_EMPLOYEE.search(mention + " " + appositive):
            return None  # "Ret. Lt. Gen. X"; "a Navy Yard employee": not a serving member
        if not service and not _GENERAL_RANK.search(title + " " + mention):
            return None  # a rank alone ("Commander Ann Roe", "Capt. Ann Roe"): no service named
    if cat == "international_org" and _NATIONAL_RED_CROSS.search(own):
        return "ngo"  # "the American Red Cross": a national society, not an intergovernmental body
    if cat in ("military", "international_org"):
        return _eleventh_gate(text, a, mention, cat, source, own, rules)
    if cat in ("expert", "ngo") and _PARTISAN_POST.search(own):
        return None  # "a pollster for the Republican Party", "veteran GOP pollster X"
    if cat == "expert":
        named_org = _NAMED_ORG_AFTER.search(appositive)
        if named_org and _org_category(named_org.group(1), rules) == "ngo":
            return "ngo"  # "X, senior researcher at Human Rights Watch": the NGO's voice
        if _ADVOCACY.search(title + " " + appositive):
            return None  # "a researcher at a rights group": an unnamed advocacy group
    return cat


# Eleventh pass. A service's civilian secretary is an official; a retirement said anywhere
# earlier in the document of the same surname blocks ``military``; an international body's
# document ("a Security Council resolution", "WHO data") or a future statement ("will declare")
# is no speaker of the body; "EU leaders" are national officials.
_SERVICE_SECRETARY = re.compile(
    r"(?i)\b(?:secretary\s+of\s+the\s+(?:navy|army|air\s+force)|(?:navy|army|air\s+force)\s+"
    r"(?:under\s+|assistant\s+|deputy\s+)?secretary)\b"
)
_RANK_WORDS = re.compile(
    r"^(?:(?:[Tt]he\s+)?(?:[A-Z][a-z]{0,4}\.|General|Admiral|Colonel|Major|Captain|Lieutenant|Sergeant|Commander|"
    r"Brigadier|Vice|Rear|Chief|Private|Corporal|Marshal|Air)\s+)+"
)
_SENTENCE_END_BEFORE = re.compile(r"[a-z]{3,}[.!?][\"”’]?\s|\n")
_RETIRED_OF = re.compile(r"(?i)\bretire(?:d|s|ment)?\b|\(ret\.?\)|\bRet\.")
_BODY_DOCUMENT = re.compile(
    r"(?i)\b(?:resolutions?|reports?|data|figures|statistics|study|studies|surveys?|estimates?|findings|"
    r"guidelines|charter|treaty|conventions?|documents?|licen[cs]es?|terms)(?:\s+[a-z]+ed)?\s*$"
)
_FUTURE_BEFORE = re.compile(r"(?i)\b(?:will|shall|[’']ll|is\s+to|are\s+to)\s+(?:\w+ly\s+)?$")
_LEADERS_OF_BEFORE = re.compile(
    r"(?i)\b(?:leaders|heads\s+of\s+(?:state|government)|(?:prime\s+|foreign\s+)?ministers)\s+of\s+$"
)
_EU_LEADERS = re.compile(r"(?i)\b(?:EU|E\.U\.|European(?:\s+Union)?)\s+(?:\w+\s+)?(?:leaders|heads)\b")


def _eleventh_gate(
    text: str, a: _Att, mention: str, cat: str, source: str, own: str, rules: _Rules
) -> str | None:
    """The eleventh pass's checks for ``military`` and ``international_org``."""
    assert a.speaker is not None
    sp0, sp1 = a.speaker
    if cat == "military":
        if _SERVICE_SECRETARY.search(own):
            return "official"  # "Air Force Secretary Ann Roe": a civilian appointee
        person = _RANK_WORDS.sub("", mention)
        if source != "antecedent" and person and _is_name(person, rules):
            surname = person.split()[-1]
            for m in _word_occurrences(text, surname, 0, sp1):
                lo = max(0, m[0] - 120)
                ends = list(_SENTENCE_END_BEFORE.finditer(text, lo, m[0]))
                lo = ends[-1].end() if ends else lo
                stop = _CLAUSE_STOP.search(text, m[1], min(len(text), m[1] + 150))
                if _RETIRED_OF.search(text, lo, stop.start() if stop else min(len(text), m[1] + 150)):
                    return None  # "Roe retired from the Navy in 2010. ... Adm. Roe said": not serving
        return cat
    # international_org
    if _EU_LEADERS.search(mention) or _LEADERS_OF_BEFORE.search(text, max(0, sp0 - 40), sp0):
        return "official"  # "EU leaders", "leaders of the European Union": national heads of government
        return "official"  # "EU leaders": national heads of government
    if _BODY_DOCUMENT.search(mention):
        return None  # "a Security Council resolution", "WHO data": a document, no speaker
    if a.cue is not None and _FUTURE_BEFORE.search(text, max(0, a.cue[0] - 30), a.cue[0]):
        return None  # "the agency will declare": nothing said yet
    return cat


# Twelfth pass (branch lexprec12): precision first by construction for `civilian`, `ngo` and
# `military`. `civilian` only for one person or a definite group singled out as the speaker (a
# name with a civilian role as the head of its appositive, "a resident", "one mother", "the
# shopkeeper", "the residents", "two witnesses", "Ann Roe's mother", and the bare plurals of the
# people a reporter finds at the scene: "Residents said", "Witnesses told"); none for another bare
# plural ("Students said", "parents worry"), a quantified ("many people", "some witnesses", "any voter"), negated ("not a
# single parent") or possessive-generic ("your neighbors", "Democrats' own witnesses") subject, for
# a role that is not the head ("the lawyer representing the parents"), for an indefinite subject of
# a participle ("a mother claiming she ..."), for a market professional ("an equities trader") or
# for a span with a quote mark. `ngo` and `military` never through a pronoun, and through a
# surname only when one person in the document bears it; "Gen." is no rank in "Attorney Gen." (or
# where the document calls the person "Attorney General"), and an academic at a war college or a
# service academy is `expert`. Each rule has a test sentence in tests/test_cues.py
# (test_speaker_categories_twelfth_pass).
_TWELFTH_ADVERB = re.compile(r"(?i)^(?:[a-z]+ly\s+)+")
_NEGATED_START = frozenset(["not", "no", "none", "neither", "nor", "never", "nobody"])
_QUANTIFIER_START = frozenset(
    [
        "many",
        "some",
        "several",
        "most",
        "all",
        "few",
        "numerous",
        "multiple",
        "various",
        "countless",
        "any",
        "every",
        "each",
        "other",
        "others",
        "more",
        "fewer",
        "both",
        "lots",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "scores",
        "plenty",
        "enough",
        "certain",
        "such",
    ]
)
_GENERIC_POSSESSIVE = frozenset(["your", "our", "their", "whose", "its"])
# The people a reporter found at the scene: a bare plural of these ("Residents said", "Witnesses
# told the agency") reports the ones the reporter spoke to, not a generic claim about everyone.
_ON_THE_GROUND = frozenset(
    ["residents", "witnesses", "eyewitnesses", "villagers", "locals", "refugees", "survivors", "civilians"]
)
_DEFINITE_START = frozenset(
    ["a", "an", "one", "another", "the", "this", "that", "these", "those", "my", "his", "her"]
)
_NUMERAL = re.compile(
    r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+pair\s+of)$"
)
_GROUP_POSSESSOR = re.compile(
    r"(?i)^(?:Democrats|Republicans|Americans|people|voters|parents|children|kids|families|students|"
    r"citizens|residents|conservatives|liberals|progressives|taxpayers|consumers|workers)(?:['’]s?|['’])$"
)
_HEAD_STOP = frozenset(
    [
        "of",
        "at",
        "in",
        "from",
        "with",
        "who",
        "whose",
        "which",
        "that",
        "for",
        "on",
        "near",
        "and",
        "or",
        "to",
        "by",
        "as",
        "about",
        "like",
        "born",
        "himself",
        "herself",
        "themselves",
        "said",
        "says",
        "told",
    ]
)
_MARKET_TRADER = re.compile(
    r"(?i)\b(?:equit(?:y|ies)|stocks?|bonds?|oil|currency|currencies|commodit(?:y|ies)|futures|options|"
    r"floor|day|energy|hedge|wall\s+street|derivatives?|crypto(?:currency)?)\s+traders?\b"
)
_QUOTE_MARK_IN = re.compile(r"[\"“”«»]")
_INVERTED_AUX = re.compile(r"^(?:Is|Are|Was|Were|Did|Does|Do|Has|Have|Had|Would|Could|Should|Will|Can)\s")


def _np_head(words: str) -> tuple[str, list[str]]:
    """The head of the first noun phrase in ``words`` (its last word before a preposition, a
    conjunction, a relative pronoun or a verb form) and the words of that noun phrase."""
    toks = [t.strip(".,;:()[]") for t in words.split()]
    toks = [t for t in toks if t]
    np: list[str] = []
    for i, t in enumerate(toks):
        low = t.lower()
        if i > 0 and low in _HEAD_STOP:
            break
        if i > 0 and t[:1].islower() and "-" not in t and re.search(r"[a-z](?:ing|ed)$", low):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if not nxt or nxt.lower() in _HEAD_STOP or nxt.lower() in _DEFINITE_START or nxt[:1].isupper():
                break  # a participle phrase: "representing Ann Roe", "visiting the town", "enrolled at"
        np.append(t)
    return (np[-1] if np else ""), np


def _is_civilian_role(np: list[str], rules: _Rules) -> bool:
    """Does a civilian role of the lexicon end the noun phrase ``np`` ("store owners")?"""
    phrase = " ".join(np)
    for variant in (phrase, phrase[:1].lower() + phrase[1:]):
        for c, rx in rules.category_roles:
            if c == "civilian":
                for m in rx.finditer(variant):
                    if m.end() == len(variant) and (m.start() == 0 or variant[m.start() - 1] == " "):
                        return True
    return False


def _twelfth_civilian(text: str, a: _Att, mention: str, source: str, words: str, rules: _Rules) -> bool:
    """Twelfth pass: does the civilian mention (or its appositive ``words``) single out one person
    or a definite group as the speaker? See the block comment above."""
    if _QUOTE_MARK_IN.search(mention) or not mention[:1].isalnum():
        return False  # a broken span: "'Suddenly a trader", "' father"
    if _INVERTED_AUX.match(mention):
        return False  # "Is a teacher ...?": a question, not a statement
    if source == "description":
        _, np = _np_head(words)
        return _is_civilian_role(np, rules) and not _MARKET_TRADER.search(words)
    bare = _TWELFTH_ADVERB.sub("", mention)  # "Surely many parents"
    head, np = _np_head(bare)
    if not np or not _is_civilian_role(np, rules) or _MARKET_TRADER.search(" ".join(np)):
        return False  # "the lawyer representing the parents": the role is not the head
    first = np[0].lower()
    if first in _NEGATED_START or first in _QUANTIFIER_START or first in _GENERIC_POSSESSIVE:
        return False  # "not a single parent", "many families", "your neighbors"
    if first in ("a", "an") and len(np) > 1 and np[1].lower() in ("few", "lot", "number", "handful"):
        return False  # "a few residents", "a number of students"
    if any(_GROUP_POSSESSOR.match(t) for t in np[:-1]):
        return False  # "Democrats' own witnesses": a generic group's
    plural = (head.lower().endswith("s") and not head.lower().endswith("ss")) or head.lower() == "people"
    definite = (
        first in _DEFINITE_START
        or bool(_NUMERAL.match(first))
        or any(t.endswith(("'s", "’s", "s'", "s’")) for t in np[:-1])  # "Ann Roe's parents"
        or (len(np) > 2 and bool(_NUMERAL.match(" ".join(np[:3]).lower())))
    )
    if plural and not definite and head.lower() not in _ON_THE_GROUND:
        return False  # a bare plural: "students have posted", "parents worry"
    if a.cue is not None and first in ("a", "an"):
        gap = text[a.speaker[1] : a.cue[0]] if a.speaker is not None else ","
        if not gap.strip() and text[a.cue[0] : a.cue[1]].lower().endswith("ing"):
            return False  # "a mother claiming she was abused has a case": a generic subject
    return True


_CIVIL_GENERAL = re.compile(
    r"(?i)\b(?:attorney|surgeon|solicitor|inspector|postmaster|comptroller|auditor|consul|secretary|"
    r"governor|director|accountant|procurator|prosecutor)[\s-]+gen(?:\.|eral)(?!\w)|"
    r"\bGen\.\s+(?:Counsel|Assembly|Manager|Secretary|Motors|Electric|Mills|Dynamics|Atomics|Services)\b"
)
_WAR_COLLEGE = re.compile(
    r"(?i)\b(?:war\s+college|naval\s+academy|military\s+academy|air\s+force\s+academy|west\s+point|"
    r"national\s+defen[cs]e\s+university|naval\s+postgraduate\s+school|staff\s+college|"
    r"air\s+university|marine\s+corps\s+university|virginia\s+military\s+institute|the\s+citadel|"
    r"military\s+college|coast\s+guard\s+academy|merchant\s+marine\s+academy)\b"
)
_ACADEMIC = re.compile(
    r"(?i)\b(?:professors?|lecturers?|scholars?|researchers?|instructors?|teach(?:es|ing)?|taught|faculty|"
    r"academics?|deans?|historians?|fellows?|chair\s+of|department)\b"
)


_CAPITALISED_RUN = re.compile(rf"\b[{_UP}][{_LO}'’-]+(?:\s+[{_UP}][{_LO}'’-]+)+")


def _one_bearer(text: str, surname: str, rules: _Rules) -> bool:
    """Does only one person in ``text`` bear ``surname`` (every full name ending in it has the
    same first name)?"""
    firsts: set[str] = set()
    for m in _CAPITALISED_RUN.finditer(text):
        words = [w.replace("’s", "").replace("'s", "") for w in m.group().split()]
        if len(words) >= 2 and words[-1] == surname and _is_name(" ".join(words[-2:]), rules):
            firsts.add(words[-2])
            if len(firsts) > 1:
                return False
    return True


def _twelfth_gate(
    text: str, a: _Att, mention: str, cat: str, source: str, own: str, rules: _Rules
) -> str | None:
    """The twelfth pass's checks for ``military`` and ``ngo`` (see the block comment above)."""
    assert a.speaker is not None
    sp0 = a.speaker[0]
    if source == "antecedent":
        return None  # reached through a pronoun or "the group": no category of its own
    if _INVERTED_AUX.match(mention) or _QUOTE_MARK_IN.search(mention) or not mention[:1].isalnum():
        return None  # "Is an Air Force commander ...?"; a broken span
    person = _RANK_WORDS.sub("", _TITLE.sub("", mention)).strip()
    surname = person.split()[-1] if person.split() else ""
    if source == "full" and surname and not _one_bearer(text, surname, rules):
        return None  # "Mr. Khan" after "Capt. Humayun Khan" and "Khizr Khan": which Khan?
    if cat == "ngo" and source != "mention" and _NOT_SERVING.search(own):
        return None  # "a former head of the charities bureau": not the group's voice now
    if cat == "military":
        if _CIVIL_GENERAL.search(own):
            return None  # "Attorney Gen. Ann Roe", "Gen. Counsel Ann Roe": no general
        if surname[:1].isupper() and (person != mention.strip() or _is_name(person, rules)):
            for m in _word_occurrences(text, surname, 0, len(text)):
                if _CIVIL_GENERAL.search(text, max(0, m[0] - 40), m[0]):
                    return None  # the document calls the person "Attorney General Roe"
        contexts = [own]
        if source == "full" and surname:
            contexts += [
                text[max(0, m[0] - 120) : min(len(text), m[1] + 160)]
                for m in _word_occurrences(text, surname, max(0, sp0 - 3000), sp0)
            ]
        for c in contexts:
            if _WAR_COLLEGE.search(c) and _ACADEMIC.search(c):
                return "expert"  # "a professor at the Naval War College": an academic
    return cat


_STRONG_CIVILIAN = re.compile(
    r"(?i)\b(?:residents?|civilians?|witness(?:es)?|eyewitness(?:es)?|villagers?|refugees?|survivors?|"
    r"displaced|shop ?keepers?|farmers?|locals)\b"
)


def _strong_civilian(words: str) -> bool:
    return _STRONG_CIVILIAN.search(words) is not None


# "<X> report(s)" and the like followed by a finite verb ("IAEA reports only recount", "the
# Islamic State report praised"): the document is the speaker, and it has no category.
_DOC_NOUN_AFTER = re.compile(
    r"\s+(?:reports?|study|studies|surveys?|polls?|estimates?|analysis|data|figures|findings|assessments?)"
    r"(?:\s+(?:only|also|just|still|now|often|never|\w+ly))*\s+([a-z][\w'’-]*)"
)
_FINITE_VERBS = frozenset(
    [
        "show",
        "shows",
        "recount",
        "recounts",
        "suggest",
        "suggests",
        "find",
        "finds",
        "say",
        "says",
        "indicate",
    ]
)


def _document_speaker(text: str, a: _Att, rules: _Rules) -> bool:
    """Is the speaker span the modifier of a document noun followed by a finite verb?"""
    if a.speaker is None:
        return False
    m = _DOC_NOUN_AFTER.match(text, a.speaker[1])
    if m is None:
        return False
    w = m.group(1)
    return w in _AUX or w.endswith("ed") or w in rules.cue_info or w in _FINITE_VERBS


def _act_spoken(text: str, a: _Att) -> bool:
    """Twelfth pass: a cue of warn, demand, vow, threaten or caution that lost its stance only for
    lack of content ("vowed to fight") still says that its subject spoke: the category stays."""
    if a.cue is None or a.cue_lemma not in ACT_ASSERTIVE:
        return False
    return cue_stance(text, a.cue[0], a.cue[1], a.cue_lemma, "assertive", acts=False) == "assertive"


# Eighteenth pass: a media role in the appositive ("an editor", "a media officer") whose employer is
# named as another kind of organisation ("of the Grain Growers Association", "at the Climate
# Project"): the person works for that organisation, not for a news outlet.
_NON_MEDIA_EMPLOYER = re.compile(
    r"\b(?:of|at|for|with)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,5}(?:Project|Association|Institute|"
    r"Foundation|Council|Union|University|College|Society|Campaign|Committee|Coalition|Alliance|League|"
    r"Federation|Party|Fund|Initiative|Chamber)\b"
)


# Eighteenth pass: a group named by its stance towards an organisation or a role ("critics of the
# union", "supporters of the ministry") takes no category from the object of "of".
_STANCE_GROUP_OF = re.compile(
    r"(?i)^(?:the\s+|some\s+|many\s+|other\s+|several\s+)?(?:[\w'’-]+\s+)?(?:critics|opponents|"
    r"detractors|supporters|defenders|admirers|foes|rivals|enemies|fans|skeptics|sceptics)\s+of\b"
)


def _categorise(text: str, atts: list[_Att], rules: _Rules) -> None:
    """Fill ``category``, ``actor`` and ``anonymous`` of each attribution, in text order.

    Precision first: a category is given only on direct, local evidence, otherwise ``unknown``.
    The evidence is, in this order: the speaker span itself (a role noun, an organisation or a
    named speaker of the domain lexicon: "a rebel commander", "the foreign ministry", "SANA");
    for a name or a bare relational role ("the spokesman"), its appositive or title at this
    mention, in the same sentence; for a surname, the full mention of the same person in the
    same paragraph or the one before; for a pronoun, "its spokesman" or "the official", the
    category of the earlier speaker it refers to, in the same paragraph or the one before and
    with no other person's name between them. ``civilian`` and ``armed_group`` are given only from
    the span or its own appositive, never through a pronoun or an earlier mention, and a witness
    at a hearing or trial is not ``civilian``; a retired or former officer is ``expert``.
    """
    starts = _window_starts(text)

    def window_start(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return starts[max(i - 1, 0)] if starts else 0

    identified: dict[int, bool] = {}
    contents = [(id(b), b.content[0], b.content[1]) for b in atts]
    latent: dict[int, str] = {}  # the category a silent mention would have (for later pronouns)
    for a in atts:
        mention = text[a.speaker[0] : a.speaker[1]] if a.speaker else None
        ant = a.antecedent
        if mention is None or a.speaker is None:  # a floating quote: its anchor's speaker
            if ant is not None:
                a.category, a.actor, a.anonymous = ant.category, ant.actor, ant.anonymous
                a.trigger = ant.trigger
                identified[id(a)] = identified.get(id(ant), False)
            continue
        sp0, sp1 = a.speaker
        low = mention.lower()
        documentary = _DOCUMENT_HEAD.search(mention) and not re.search(r"(?i)\s(?:by|from)\s", mention)
        not_saying = (a.cue is not None and a.cue_stance is None and a.cue_lemma != "according to") or bool(
            _NOT_SAYING.match(text, sp1)
        )
        # Only the subject of a verb of saying speaks: not of "hopes", "believes", "responded with
        # airstrikes", "threatened the city", "was told" (fifth pass). The mention is still read
        # (a later "he" may refer to it), but its own category is `unknown`.
        silent = (
            not not_saying
            and a.cue is not None
            and a.cue_lemma != "according to"
            and (
                not (_speech_lemma(a.cue_lemma, rules) or _communicates(text, a.cue[1], a.cue_lemma))
                or not says(text, a.cue[0], a.cue[1], a.cue_lemma or "")
                or (a.cue_stance == NO_STANCE and not _act_spoken(text, a))  # eighth pass: negated too
            )
        )
        if (
            _NOT_SPEAKER.search(mention)
            or _KIN.match(mention)
            or _inside_phrase(text, a, mention)
            or documentary
            or _CLAUSE_SPAN.search(mention)
            or _BROKEN_SPAN.search(mention)
            or len(mention.split()) > 8
            or not_saying
            or _document_speaker(text, a, rules)
            or (
                a.cue_lemma != "according to"
                and _TO_BEFORE.search(text, max(0, sp0 - 4), sp0)
                and not _ENVOY_TO.search(text, max(0, sp0 - 40), sp0)
            )
        ):
            a.category, a.actor, a.anonymous = "unknown", None, False
            a.antecedent = None
            identified[id(a)] = False
            continue
        if ant is not None and (
            ant.speaker is None
            or ant.speaker[0] < window_start(sp0)
            or not _antecedent_ok(text, a, ant, rules)
        ):
            ant = a.antecedent = None
            a.resolved = mention
        cat, actor, named = _lookup(mention, rules)
        source = "mention"  # where the category comes from (eighth pass)
        if cat in _LOCAL_ONLY and not named and not _head_has(mention, cat, rules):
            cat = None  # "the ISIS insurgency", "refugee resettlement organizations"
        if cat is not None and not named and _STANCE_GROUP_OF.match(mention):
            cat = None  # eighteenth pass: "critics of the union" are not the union
        if cat == "expert" and not named and _INSTITUTION_ONLY.match(mention):
            cat = None  # a university's statement is the institution's, not an expert's
        if _ENVOY_TO.search(text, max(0, sp0 - 40), sp0):
            cat = "official"  # "Russia's envoy to [the United Nations]": the speaker is the envoy
        elif " and " in mention and cat is not None:
            left_cat = _lookup(mention.split(" and ")[0], rules)[0]
            right_cat = _lookup(mention.split(" and ")[-1], rules)[0]
            if left_cat is not None and right_cat is not None and left_cat != right_cat:
                cat = None  # "Hezbollah and Syrian officials": no one category
        bare_role = not named and bool(_BARE_RELATIONAL.match(mention))
        if bare_role:
            cat = None  # "the spokesman": of whom?
        anonymous = own_anonymous = _own_anonymity(text, a, mention, rules)
        lexicon_named = named
        is_name = _is_name(mention, rules)
        pronoun = low in _PRONOUNS
        if cat == "expert" and not named and is_name and _DR_TITLE.match(mention):
            # "Dr. Ann Lee, director of the health ministry": the title says a degree, the
            # appositive says the role (fifth pass).
            desc_cat, desc_actor = _description_category(text, sp0, sp1, rules)
            if desc_cat is not None:
                cat, actor, source = desc_cat, actor or desc_actor, "description"
        if cat is None and (is_name or bare_role):
            cat, desc_actor = _description_category(text, sp0, sp1, rules)  # this mention's own
            actor, source = actor or desc_actor, "description"
        if cat is None and is_name:
            cat, desc_actor = _full_mention(text, mention, window_start(sp0), sp0, rules)
            if cat in _LOCAL_ONLY:
                cat = None
            actor, source = actor or desc_actor, "full"
        if ant is not None and (
            pronoun or _ROLE_HEAD.match(mention) or _POSSESSIVE.match(mention) or bare_role
        ):
            ant_cat = latent.get(id(ant), ant.category)
            if cat is None and ant_cat not in _LOCAL_ONLY:
                cat, source = (None if ant_cat == "unknown" else ant_cat), "antecedent"
            actor = actor or ant.actor
            anonymous = anonymous or ant.anonymous
            is_name = is_name or identified.get(id(ant), False)
        elif ant is not None and is_name:
            is_name = True
        if cat in ("military", "official", "international_org"):
            sent_lo = max(text.rfind(".", 0, sp0), text.rfind("\n", 0, sp0), sp0 - 60)
            stop = a.content[0] if sp1 < a.content[0] < sp1 + 160 else sp1 + 160  # not into the content
            after = _CLAUSE_STOP.split(text[sp1:stop], maxsplit=1)[0]
            appositive = after if _COMMA_AFTER.match(after) else ""
            cat = _serving(cat, mention, text[max(sent_lo + 1, sp0 - 40) : sp0] + appositive, rules)
            if cat == "military" and (
                _NOT_SERVING.search(text[sent_lo + 1 : sp1]) or _NOT_SERVING.search(appositive)
            ):
                cat = "expert"  # a retired general or a former officer speaks as an analyst
        if cat == "media" and source == "description":
            stop = a.content[0] if sp1 < a.content[0] < sp1 + 160 else sp1 + 160
            after = _CLAUSE_STOP.split(text[sp1:stop], maxsplit=1)[0]
            if _COMMA_AFTER.match(after) and _NON_MEDIA_EMPLOYER.search(after):
                cat = None  # eighteenth pass: "an editor of the Climate Project": not a news outlet
        if cat == "civilian" and re.search(r"(?i)witness", mention):
            stop = text.find(".", sp1)
            sent = text[
                max(0, sp0 - 300) : len(text) if stop < 0 else stop
            ]  # this sentence and the one before
            if _HEARING.search(sent):
                cat = None
        if cat is not None and (
            (cat in _GATED and not named)
            or (cat == "ngo" and not named)
            or _AGENT_OF_PARTICIPLE_BEFORE(text, a)
        ):
            cat = _eighth_gate(text, a, mention, cat, source, rules, contents)
        elif cat is not None and cat in ("official", "media") and not named:
            cat = _tenth_gate(text, a, mention, cat, source, rules, contents)  # nested; "Judge X"
        if cat == "official" and _OFFICERS.search(mention) and not _POLICE.search(mention):
            cat = None  # "U.S. officers": soldiers or officials? (eighth pass: officers need a service word)
        named = named or is_name
        if anonymous and not named:
            cat = "anonymous"  # an unnamed source: anonymity before the role noun
        a.category, a.actor, a.anonymous = cat or "unknown", actor, anonymous
        a.trigger = _speaker_trigger(mention, a.category, source, lexicon_named, own_anonymous, rules)
        identified[id(a)] = named
        if silent:
            latent[id(a)] = a.category
            a.category = "unknown"
    # A later mention can reveal anonymity ('..., he said, asking that his name be withheld'):
    # the whole chain of mentions is the same unnamed source.
    for a in reversed(atts):
        if a.anonymous and a.antecedent is not None and not a.antecedent.anonymous:
            b = a.antecedent
            if b.speaker is not None and _named_mention(text[b.speaker[0] : b.speaker[1]], rules):
                continue  # a named person or a newspaper is not the unnamed source (sixth pass)
            b.anonymous = True
            if not identified.get(id(b), False) and id(b) not in latent:
                b.category, b.trigger = "anonymous", "anonymous:chain"
    for a in atts:
        ref = a.antecedent
        if ref is not None and ref.anonymous and not a.anonymous:
            if a.speaker is not None and _named_mention(text[a.speaker[0] : a.speaker[1]], rules):
                continue
            a.anonymous = True
            if not identified.get(id(a), False) and id(a) not in latent:
                a.category, a.trigger = "anonymous", "anonymous:chain"


_SINGULAR = re.compile(r"(?<=ss)es$|(?<=[^su])s$")  # "witnesses", "officials"; not "isis", "press"
_NATIONALITY = re.compile(
    r"^(?:afghan|american|australian|british|canadian|chinese|egyptian|emirati|french|german|indian|"
    r"iranian|iraqi|israeli|japanese|jordanian|korean|kurdish|lebanese|libyan|mexican|pakistani|"
    r"palestinian|qatari|russian|saudi|syrian|turkish|u\.s\.|us|ukrainian|yemeni)\s+"
)


def _speaker_trigger(
    mention: str, cat: str, source: str, lexicon_named: bool, own_anonymous: bool, rules: _Rules
) -> str:
    """The path that gave ``cat`` to ``mention``: the key of the thirteenth pass' allowlist.

    ``named`` (a named speaker of the domain lexicon), ``anonymous:own`` / ``anonymous:antecedent``
    (the mention's own anonymity or an earlier mention's), ``mention:<role or organisation>`` (the
    category's lexicon term found in the speaker's own phrase, lower-cased, a plural ``s`` dropped),
    ``description`` (the mention's appositive or title), ``full`` (the full mention of a surname)
    and ``antecedent`` (an earlier speaker a pronoun or role refers to).
    """
    if cat == "unknown":
        return ""
    if cat == "anonymous":
        return "anonymous:own" if own_anonymous else "anonymous:antecedent"
    if lexicon_named:
        return "named"
    if source != "mention":
        return source
    for c, rx in rules.categories:
        if c == cat:
            m = rx.search(mention)
            if m is not None:
                term = " ".join(m.group().lower().replace("’", "'").split())
                term = re.sub(r"^the |'s$", "", term)
                if " " in term:
                    term = _NATIONALITY.sub("", term)  # "Turkish officials": the role noun heads
                return "mention:" + _SINGULAR.sub("", re.sub(r"ies$", "y", term))
    return "mention:?"


def _cue_trigger(a: _Att) -> str:
    """The cue's allowlist key: its lemma and construction (``quote`` for content in quotation
    marks, ``clause`` for reported speech, ``according_to``)."""
    how = "quote" if a.kind in ("direct", "mixed") else "clause" if a.kind == "indirect" else a.kind
    return f"{a.cue_lemma}:{how}"


def _allowlist(atts: list[_Att]) -> None:
    """Thirteenth pass: keep a stance or a category only for triggers proven on the judged dev rows.

    A cue stance whose (stance, lemma) is not in :data:`framing._allowlist.CUE_STANCES` becomes
    :data:`NO_STANCE` (the cue is kept); a speaker category whose (category, trigger) is not in
    :data:`framing._allowlist.SPEAKER_CATEGORIES` becomes ``unknown`` (the speaker is kept).
    Named speakers of a domain lexicon are kept (the user's own list). Only with
    ``precision="high"``.
    """
    for a in atts:
        if a.cue_stance and (a.cue_stance, a.cue_lemma) not in _allowed.CUE_STANCES:
            a.cue_stance = NO_STANCE
        if (
            a.category != "unknown"
            and a.trigger != "named"
            and (a.category, a.trigger) not in _allowed.SPEAKER_CATEGORIES
        ):
            a.category = "unknown"


def _gate(atts: list[_Att]) -> None:
    """Sixteenth pass: the gate of ``precision="balanced"`` (:mod:`framing._balanced`).

    Per label, :data:`framing._balanced.MODES` says whether it is kept whatever the trigger
    (``all``), only for its triggers in :data:`framing._balanced.PAIRS` (``allow``), for every
    trigger but those (``deny``) or never (``drop``); a removed cue stance becomes
    :data:`NO_STANCE`, a removed category ``unknown``. Named speakers of a domain lexicon keep
    their category.
    """
    modes, pairs = _balanced.MODES, _balanced.PAIRS
    for a in atts:
        if a.cue_stance and not _gate_keeps(
            modes.get(a.cue_stance, "all"), (a.cue_stance, a.cue_lemma), pairs
        ):
            a.cue_stance = NO_STANCE
        if (
            a.category != "unknown"
            and a.trigger != "named"
            and not _gate_keeps(modes.get(a.category, "all"), (a.category, a.trigger), pairs)
        ):
            a.category = "unknown"


def _gate_keeps(mode: str, pair: tuple[str, Any], pairs: frozenset[tuple[str, str]]) -> bool:
    if mode == "allow":
        return pair in pairs
    if mode == "deny":
        return pair not in pairs
    return mode != "drop"


#: The choices of ``precision``: the rules alone, the rules then the allowlist, or the rules then
#: the calibrated gate of :mod:`framing._balanced`.
PRECISIONS = ("standard", "high", "balanced")


# Tenth pass: an emotive or endorsing stance only where the subject can speak (a person, an
# organisation, a pronoun other than "it"/"this"/"that"), not in a headline (a line with no final
# full stop), and no stance at all for the writer's own "I think"/"we think" outside quotations.
_PERSON_HEAD = re.compile(
    r"(?i)(?:(?<!docum)(?<!stat)(?<!agre)(?<!mom)(?<!comm)(?<!elem)(?<!segm)(?<!judgm)(?<!argum)"
    r"(?:er|or|ist|ian|ant|ent|ee|man|men|woman|women)s?|people|persons?|folks|staff|officials?|members?|"
    r"government|administration|agency|agencies|ministry|department|court|committee|council|group|party|"
    r"campaign|team|union|board|office|commission|company|firm|family|families|public|crowd|community|press|"
    r"media|everyone|anyone|someone|somebody|nobody|many|some|others|both|all|few|most|critics|allies|aides|"
    r"sources|police|army|military|navy|church|school|university|city|state|country|nation|kremlin|"
    r"white house|pentagon|faculty|panel|jury|audience|clergy|youth|kids|children|ones|you|he|she|they|we|i|who)$"
)
_NOT_PERSON_HEAD = re.compile(
    r"(?i)(?:paper|letter|order|number|matter|chapter|poster|border|water|computer)s?$"
)
_WRITER = frozenset(["i", "we"])


def _can_speak(mention: str | None, resolved: str | None = None) -> bool:
    if mention is None:
        return True  # no subject found: left as it was
    if mention.lower() in ("it", "this", "that", "which"):
        # a pronoun speaks only when resolved to a person or an organisation
        return resolved is not None and resolved.lower() != mention.lower() and _can_speak(resolved)
    words = mention.split()
    if any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper() and len(words) == 1):
        return True  # a name or an organisation
    head = re.sub(r"[^\w' -]", "", mention).strip().lower()
    return bool(_PERSON_HEAD.search(head)) and not _NOT_PERSON_HEAD.search(head)


def _tenth_stance(text: str, atts: list[_Att]) -> None:
    for a in atts:
        if a.cue is None or not a.cue_stance:
            continue
        c0, c1 = a.cue
        mention = text[a.speaker[0] : a.speaker[1]] if a.speaker else None
        if mention is not None and mention.lower() in _WRITER and not _in_quote_marks(text, c0):
            a.cue_stance = NO_STANCE  # the writer's own "we think of X as ..."
            continue
        if a.cue_stance not in ("emotive", "endorsing"):
            continue
        lo = text.rfind("\n", 0, c0) + 1
        hi = text.find("\n", c1)
        line = text[lo : hi if hi >= 0 else len(text)].rstrip()
        if line and line[-1] not in ".!?\"”’')…:;,":
            a.cue_stance = NO_STANCE  # a headline or a link line
        elif not _can_speak(mention, a.resolved):
            a.cue_stance = NO_STANCE  # "the guidelines recognize", "the event revealed"


def _doc_records(
    doc_id: Any,
    text: str,
    rules: _Rules,
    doc: Doc | None = None,
    *,
    high: bool = False,
    balanced: bool = False,
) -> list[tuple[Any, ...]]:
    atts = _attributions(text, rules, doc)
    atts.sort(key=lambda a: a.speaker[0] if a.speaker else a.content[0])
    _resolve(text, atts, rules)
    _categorise(text, atts, rules)
    _tenth_stance(text, atts)
    if high:
        _allowlist(atts)
    elif balanced:
        _gate(atts)
    rows = []
    for a in atts:
        cs, ce = a.content
        spans = [a.content, *(s for s in (a.speaker, a.cue) if s is not None)]
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        mention = text[a.speaker[0] : a.speaker[1]] if a.speaker else None
        resolved = a.resolved if a.resolved is not None else mention
        rows.append(
            (
                doc_id,
                start,
                end,
                text[start:end],
                a.kind,
                mention,
                a.speaker[0] if a.speaker else None,
                a.speaker[1] if a.speaker else None,
                resolved,
                a.category,
                a.actor,
                a.anonymous,
                text[a.cue[0] : a.cue[1]] if a.cue else None,
                a.cue_lemma,
                a.cue[0] if a.cue else None,
                a.cue[1] if a.cue else None,
                a.cue_stance or None,  # "" (NO_STANCE): a negated or hypothetical use
                text[cs:ce],
                cs,
                ce,
            )
        )
    rows.sort(key=lambda r: (r[1], r[2]))
    return rows


def _doc_quotes(
    doc: str | Doc, rules: _Rules, *, high: bool = False, balanced: bool = False
) -> list[tuple[Any, ...]]:
    """The pure per-document extractor: the rows of :data:`QUOTE_COLUMNS` from ``start`` on,
    without ``text`` (with ``high``, the allowlist of ``precision="high"`` after the rules; with
    ``balanced``, the gate of ``precision="balanced"``)."""
    d = as_doc(doc)
    return [(r[1], r[2], *r[4:]) for r in _doc_records(None, d.text, rules, d, high=high, balanced=balanced)]


def _per_doc(precision: str) -> Callable[[str | Doc, _Rules], list[tuple[Any, ...]]]:
    """The per-document extractor of a checked ``precision`` (a partial of a module-level
    function, so joblib pickles it)."""
    if precision == "balanced":
        return partial(_doc_quotes, balanced=True)
    return partial(_doc_quotes, high=True) if precision == "high" else _doc_quotes


def _load_domain(lexicon: Any) -> _lexicons.Lexicon | None:
    if lexicon is None:
        return None
    lx = _lexicons.load(lexicon)
    if lx.kind != "actors":
        raise ValueError(
            f"`lexicon` must be an actors lexicon (kind 'actors', such as 'syria') naming who "
            f"speakers belong to; got {lx.name!r} of kind {lx.kind!r}. Pass lexicon='syria' or None."
        )
    return lx


def extract_quotes(
    corpus: Corpus | pd.DataFrame,
    *,
    lexicon: str | _lexicons.Lexicon | None = None,
    precision: str = "standard",
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find who is quoted or paraphrased in each article, with the reporting verb and content.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (a DataFrame needs a ``text`` column; see :func:`framing.as_corpus`).
    lexicon : str or Lexicon, optional
        A domain actors lexicon (such as ``"syria"``) that maps speakers to actors and named
        speakers (SANA, the Syrian Observatory) to categories. Without it ``speaker_actor`` is
        missing and categories come from ``speaker_roles`` alone.
    precision : {"standard", "high", "balanced"}, default "standard"
        ``"standard"``: every category and stance the rules give. ``"high"``: the same rows
        (every attribution, speaker and cue is kept), but a ``speaker_category`` or a
        ``cue_stance`` only where its trigger is on an allowlist calibrated on the judged
        development rows of the lexicon benchmark; other categories become ``unknown`` and other
        stances missing (see Notes). Use ``"high"`` when each reported category or stance must be
        right (examples, case studies, a list of who said what); use ``"standard"`` to compare
        outlets, because ``"high"`` keeps under a third of the categories, and fewer where
        outlets phrase sourcing in the ways it does not keep. ``"balanced"``: the same rows,
        with a short denylist of triggers whose judged development rows were mostly wrong (the
        category becomes ``unknown``, the stance missing); it keeps 93% of the categories and
        99% of the stances, but on its held-out sample it did not reach 0.9 for every label
        (see Notes), so it is an option, not the default.
    n_jobs : int, default 1
        Worker processes (joblib); the result is identical to ``n_jobs=1``. ``-1`` uses all cores.
    progress : bool, optional
        Show a progress bar. Default: only on a terminal or in a notebook.

    Returns
    -------
    DataFrame
        One row per attribution, ordered by document then position:

        - ``doc_id``, ``outlet``, ``date``: the article's.
        - ``start``, ``end``, ``text``: the whole attribution (speaker, cue and content);
          ``text == doc_text[start:end]``.
        - ``kind``: ``direct`` (a quotation with its speaker), ``indirect`` (reported speech
          without quote marks), ``mixed`` (reported speech containing a partial quotation) or
          ``according_to``.
        - ``speaker``, ``speaker_start``, ``speaker_end``: the mention in the text (possibly a
          pronoun); missing for a floating quote, which inherits its speaker.
        - ``speaker_resolved``: the nearest earlier named speaker for a pronoun or a bare
          description ("the spokesman"), else the mention itself.
        - ``speaker_category``: ``official``, ``military``, ``armed_group``, ``ngo``,
          ``international_org``, ``expert``, ``civilian``, ``media``, ``anonymous`` or ``unknown``.
        - ``speaker_actor``: the domain lexicon's actor of the speaker, or missing.
        - ``anonymous``: True for unnamed sources ("sources said", "an official who spoke on
          condition of anonymity").
        - ``cue``, ``cue_lemma``, ``cue_start``, ``cue_end``, ``cue_stance``: the reporting verb
          (or ``:`` or ``according to``), its lemma and its stance from ``reporting_verbs``
          (``neutral``, ``distancing``, ``endorsing``, ``emotive``, ``assertive``); the stance
          is missing for a verb the lexicon does not list, found only next to a quotation
          (``"...," he concluded``), whose lemma is guessed from its ending.
        - ``content``, ``content_start``, ``content_end``: what is attributed (without the
          quote marks of a direct quote; for a quote interrupted by its attribution, from the
          first part's start to the last part's end).

    Notes
    -----
    Rules over the project's own sentence splitter, tokens and quote-mark pairing
    (:func:`framing.text.quotes`, which falls back locally on unbalanced marks), in three passes:

    1. Each quotation looks for its attribution after it (``"...," she said``, ``"...," said
       Smith``, ``"..." Smith said.`` in the next sentence) and, failing that, before it
       (``Smith said: "..."``, ``Erdogan: "..."``, a cue ending the previous paragraph with a
       colon). In these frames any past or present tense is a cue (``"...," he concluded``,
       ``Jones echoed: "..."``). A quotation resumed after the attribution (``"...," he said,
       "..."``, also after a long attribution sentence) joins it. A quotation that is part of a
       clause (``X says "..." despite ...``) makes the rest of the sentence ``mixed`` content.
       Short quoted titles after a possessive or a word such as "show" are not quotations.
    2. Each remaining reporting verb (from ``reporting_verbs``, speech and non-speech such as
       "a poll shows") takes the noun phrase before it (or after it when inverted) as the
       speaker and the rest of its sentence (after "that") as content; a trailing attribution
       (``"The city fell, the monitor said."``) takes the sentence before it. A partial
       quotation inside that content makes it ``mixed`` (and a quotation that opens inside it
       extends it to its closing mark). "according to X" is its own kind. A quoted phrase in the
       object of any other verb (``X refers to Y as "..."``) is a ``mixed`` attribution of the
       subject. A belief or perception verb ("hope", "think", "show") inside the content of
       another attribution is part of that content, not a second attribution.
    3. A fully quoted paragraph with no attribution, after an attributed one, inherits that
       speaker (a floating quote).

    Speaker categories come from the mention's words (named speakers of the domain lexicon, then
    the ``speaker_roles`` patterns in file order); a personal name takes the category of its
    description anywhere in the article (an appositive such as ", a widow in Ariha" or ", of the
    University of ...", a title such as "analyst Mark Ellery", or "Its spokesman, NAME,"); a
    pronoun, a surname, a bare description ("the official") or a possessive ("Its spokesman")
    takes the category of the earlier speaker it refers to (he/she: a person, it: an
    organisation). An unnamed source marked as anonymous, in its mention or anywhere along that
    chain of mentions ('..., he said, asking that his name be withheld'), is ``anonymous``
    whatever its role noun. The mark comes from the mention itself ("a source", "officials
    familiar with the talks") or its own clause ("who spoke on condition of anonymity"), never
    from a clause about other people's sources, and never marks a named person or a newspaper
    ("The Post, citing unnamed sources").

    Quotations of fewer than four words with no attribution (scare quotes, titles) are not
    attributions and are left to the hedges analysis.

    With ``precision="high"`` a cue keeps its stance only if its (stance, lemma) pair, and a
    speaker its category only if its (category, trigger) pair, was judged right on at least 5
    development rows with at least 95% right (:mod:`framing._allowlist`, written by
    ``benchmarks/calibrate_allowlist.py``); the trigger is the path that gave the category (the
    role noun heading the speaker's phrase, an appositive, an antecedent, ...). Named speakers of
    a domain lexicon keep theirs. On a held-out sample (AllSides articles, 20 rows per label or
    all there were) "high" gave cue stances 0.99 overall and speaker categories 0.986 (every label
    with 20 rows 0.95-1.00; civilian, ngo, international_org and armed_group under 20 rows, all
    right), against 0.91 and 0.85 for "standard" on its latest sample; it kept 27% of the
    categorised speakers (civilian almost none) and 60% of the stances, and 14-38% of the
    categories depending on the outlet (``benchmarks/RESULTS.md``, "Lexicon precision",
    "Fifteenth pass").

    With ``precision="balanced"`` a label is lost only by the triggers of
    :mod:`framing._balanced` (written by ``benchmarks/loso_precision.py``): those with at least 5
    judged development rows under 80% right (the cue "show", "reveal" as endorsing, "father",
    "reporter", "media", "dr." in the speaker's phrase, a surname's earlier full mention for
    media and official, an appositive for military); triggers never judged keep their label. It
    was the pre-registered fallback of a leave-one-sample-out selection in which no calibrated
    gate, the "high" allowlist included, reached 0.95 for every label. On its held-out sample (20
    rows per label) cue stances were 0.95 overall and speaker categories 0.91, with neutral
    (0.85), civilian (0.75) and media (0.80) under 0.9; it kept 93% of the categorised speakers
    (83-100% per outlet) and 99% of the stances of ``"standard"`` (``benchmarks/RESULTS.md``,
    "Lexicon precision", "Sixteenth pass"). Scored against PolNeAR (Newell et al.,
    2018) with the Gender Gap Tracker's content-overlap matching (Asr et al., 2021); see
    ``benchmarks/RESULTS.md``.

    References
    ----------
    Newell, E., Margolin, D., Ruths, D. (2018). An Attribution Relations Corpus for Political
    News. LREC. Asr, F. T., et al. (2021). The Gender Gap Tracker. PLOS ONE 16(1).

    Examples
    --------
    >>> import framing as fr
    >>> docs = pd.DataFrame({"text": ['"We will not leave," a resident said.'], "outlet": ["A"]})
    >>> q = fr.extract_quotes(docs)
    >>> q[["kind", "speaker", "cue_lemma", "content"]].values.tolist()
    [['direct', 'a resident', 'say', 'We will not leave,']]
    """
    check_choice("precision", precision, PRECISIONS, owner="extract_quotes")
    if is_dask(corpus):
        return dask_spans(corpus, extract_quotes, lexicon=lexicon, precision=precision, progress=False)
    corp = as_corpus(corpus)
    n_jobs = check_n_jobs(n_jobs)
    show = show_progress(progress)
    verbs = _lexicons.load("reporting_verbs")
    roles = _lexicons.load("speaker_roles")
    domain = _load_domain(lexicon)
    rules = _cached_rules(verbs, roles, domain)
    docs = corp.docs
    per_doc = map_docs(
        _per_doc(precision), docs["text"].tolist(), rules, n_jobs=n_jobs, progress=show, desc="extract_quotes"
    )
    df = span_table(
        docs,
        per_doc,
        [c for c in QUOTE_COLUMNS if c not in ("doc_id", "outlet", "date", "text")],
        dtypes={
            **dict.fromkeys(("speaker_start", "speaker_end", "cue_start", "cue_end"), "Int64"),
            **dict.fromkeys(("content_start", "content_end"), np.int64),
            "anonymous": bool,
        },
        function="extract_quotes",
    )
    df.attrs["docs"] = DocsRef(docs[[c for c in docs.columns if c != "text"]])
    return attach(
        df,
        function="extract_quotes",
        params={"lexicon": domain.name if domain else None, "precision": precision, "n_jobs": n_jobs},
        lexicons=[verbs, roles, domain],
        corpus=corp,
    )


# -- aggregates --------------------------------------------------------------------------------
_OF = ("speaker_category", "speaker_actor", "cue_stance", "kind", "anonymous", "cue_lemma")


def _quotes_and_docs(
    data: Any, corpus: Any, lexicon: Any, owner: str = "source_share", precision: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, Any]:
    if precision is not None:
        check_choice("precision", precision, PRECISIONS, owner=owner)
    if isinstance(data, pd.DataFrame) and "cue_stance" in data.columns and "content_start" in data.columns:
        if precision is not None:
            raise ValueError(
                f"`precision` of {owner} is used only when `quotes_or_corpus` is a corpus, but a quote "
                f"table was given with precision={precision!r}; drop `precision=` here and pass it to "
                "fr.extract_quotes(corpus, precision=...) when making the table, or pass the corpus "
                "instead of the table."
            )
        if lexicon is not None:
            raise ValueError(
                f"`lexicon` of {owner} is used only when `quotes_or_corpus` is a corpus, but a quote "
                f"table was given with lexicon={_lexicon_name(lexicon)!r}; drop `lexicon=` here and "
                "pass it to fr.extract_quotes(corpus, lexicon=...) when making the table, or pass the "
                "corpus instead of the table."
            )
        if corpus is not None:
            corp = as_corpus(corpus)
            return data, corp.docs, corp
        ref = data.attrs.get("docs")
        if not isinstance(ref, DocsRef):
            raise ValueError(
                "`quotes_or_corpus` is a quote table without its article list (it was not made by "
                "fr.extract_quotes, or was rebuilt); pass the corpus too: corpus=<your corpus>."
            )
        return data, ref.frame, None
    corp = as_corpus(data, parameter="quotes_or_corpus")
    return extract_quotes(corp, lexicon=lexicon, precision=precision or "standard"), corp.docs, corp


def _lexicon_name(lexicon: Any) -> str:
    return str(getattr(lexicon, "name", lexicon))


def source_share(
    quotes_or_corpus: pd.DataFrame | Corpus,
    *,
    by: Any = "outlet",
    of: str = "speaker_category",
    corpus: Corpus | pd.DataFrame | None = None,
    lexicon: str | _lexicons.Lexicon | None = None,
    precision: str | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Share of attributions per speaker category (or verb stance, kind, ...) in each outlet.

    Parameters
    ----------
    quotes_or_corpus : DataFrame or Corpus
        The output of :func:`extract_quotes` (it keeps its article list in
        ``df.attrs["docs"]``, so articles without any quote still count), or a corpus, which is
        run through :func:`extract_quotes` first.
    by : str, Grouper or list, default "outlet"
        Grouping of articles (a corpus column).
    of : str, default "speaker_category"
        The category: ``speaker_category``, ``speaker_actor``, ``cue_stance``, ``kind``,
        ``anonymous`` or ``cue_lemma``.
    corpus : Corpus or DataFrame, optional
        The articles of a quote table that lost its ``attrs`` (filtered copies keep them).
    lexicon : str or Lexicon, optional
        Domain actors lexicon for :func:`extract_quotes` when a corpus is given (needed for
        ``of="speaker_actor"``). With a quote table it is an error (the table was already
        extracted: pass ``lexicon`` to :func:`extract_quotes` instead).
    precision : {"standard", "high", "balanced"}, optional
        ``precision`` of :func:`extract_quotes` when a corpus is given (default ``"standard"``,
        the right choice for comparing outlets: ``"high"`` leaves most speakers ``unknown`` and
        drops different shares in different outlets; ``"balanced"`` keeps 83-100% of each
        outlet's categories). With a quote table it is an error.
    ci : float, default 0.95
        Coverage of the bootstrap interval.
    n_boot : int, default 1000
        Bootstrap resamples of articles.
    seed : int, default 0
        Seed of the resampling.

    Returns
    -------
    DataFrame
        Columns: the ``by`` column(s), ``of``, ``count`` (attributions of that category),
        ``total`` (attributions in the group), ``share`` = count / total, ``ci_low``,
        ``ci_high``, ``n_docs`` (articles of the group with at least one attribution).

    Notes
    -----
    The interval is an article-level cluster bootstrap of the ratio of sums (attributions
    cluster in articles), see :func:`framing.stats.shares`. Attributions with a missing
    category (e.g. no ``speaker_actor``) are not counted in ``total``.

    Examples
    --------
    >>> import framing as fr
    >>> docs = pd.DataFrame({"text": ["Officials said the road was open.", "A resident said it was closed."],
    ...                      "outlet": ["A", "B"]})
    >>> fr.source_share(docs, n_boot=100)[["outlet", "speaker_category", "count", "share"]].values.tolist()
    [['A', 'civilian', 0, 0.0], ['A', 'official', 1, 1.0], ['B', 'civilian', 1, 1.0], ['B', 'official', 0, 0.0]]
    """
    check_choice("of", of, _OF, owner="source_share")
    ci = check_probability("ci", ci)
    n_boot = check_int("n_boot", n_boot, minimum=100)
    table, docs, corp = _quotes_and_docs(quotes_or_corpus, corpus, lexicon, precision=precision)
    warn_if_mostly_unknown(table, [of])
    spans = table[["doc_id", of]].dropna()
    out = shares(spans, docs, of=of, by=by, ci=ci, n_boot=n_boot, seed=seed)
    return _attach_aggregate(
        out,
        table,
        corp,
        "source_share",
        {"by": by, "of": of, "precision": None, "ci": ci, "n_boot": n_boot, "seed": seed},
    )


def _attach_aggregate(
    out: pd.DataFrame, table: pd.DataFrame, corp: Any, function: str, params: dict[str, Any]
) -> pd.DataFrame:
    """Provenance of an aggregate of a quote table: its own ``params`` with ``precision`` (a
    placeholder there) set to the table's mode, the table's lexicons and corpus (``corp`` when the
    aggregate was given one)."""
    prov = table.attrs.get("framing", {})
    precision = prov.get("params", {}).get("precision", "standard")
    return attach(
        out,
        function=function,
        params={**params, "precision": precision},  # the key's place is the caller's
        lexicons=[_lexicons.load(n) for n in prov.get("lexicons", {}) if n in _lexicons.available()],
        corpus=corp if corp is not None else prov.get("corpus"),
    )


def cue_stance_by_speaker(
    quotes_or_corpus: pd.DataFrame | Corpus,
    *,
    by: Any = "outlet",
    speaker: str = "speaker_category",
    corpus: Corpus | pd.DataFrame | None = None,
    lexicon: str | _lexicons.Lexicon | None = None,
    precision: str | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """How each outlet introduces each kind of speaker: shares of verb stances per category.

    For every group and speaker category, the share of that category's attributions whose
    reporting verb is ``neutral``, ``distancing``, ``endorsing``, ``emotive`` or
    ``assertive``. A high distancing share for one category in one outlet ("the regime
    claimed") next to neutral verbs for another ("the monitor said") is a framing signal.

    Parameters
    ----------
    quotes_or_corpus : DataFrame or Corpus
        As in :func:`source_share`.
    by : str, Grouper or list, default "outlet"
        Grouping of articles.
    speaker : str, default "speaker_category"
        The speaker column to split by: ``speaker_category`` or ``speaker_actor``.
    corpus, lexicon, precision, ci, n_boot, seed
        As in :func:`source_share`.

    Returns
    -------
    DataFrame
        Columns: the ``by`` column(s), ``speaker`` (named as the ``speaker`` argument),
        ``cue_stance``, ``count``, ``total`` (attributions of that speaker in the group with a
        verb cue), ``share``, ``ci_low``, ``ci_high``, ``n_docs``. All five stances are listed
        for every speaker, with count 0 where unused.

    Notes
    -----
    Floating quotes (no verb) and verbs the lexicon does not list (no stance) are left out. Intervals: article-level cluster bootstrap of the
    ratio of sums (:func:`framing.stats.shares` with ``within=speaker``).

    Examples
    --------
    >>> import framing as fr
    >>> docs = pd.DataFrame({"text": ["Officials claimed the road was open."], "outlet": ["A"]})
    >>> t = fr.cue_stance_by_speaker(docs, n_boot=100)
    >>> t.loc[t.cue_stance == "distancing", ["speaker_category", "share"]].values.tolist()
    [['official', 1.0]]
    """
    check_choice("speaker", speaker, ("speaker_category", "speaker_actor"), owner="cue_stance_by_speaker")
    ci = check_probability("ci", ci)
    n_boot = check_int("n_boot", n_boot, minimum=100)
    table, docs, corp = _quotes_and_docs(
        quotes_or_corpus, corpus, lexicon, "cue_stance_by_speaker", precision=precision
    )
    warn_if_mostly_unknown(table, [speaker, "cue_stance"])
    spans = table[["doc_id", speaker, "cue_stance"]].dropna()
    stances = ["neutral", "distancing", "endorsing", "emotive", "assertive"]
    cats: dict[Any, Sequence[Any]] = {w: stances for w in sorted(spans[speaker].unique().tolist(), key=str)}
    out = shares(
        spans, docs, of="cue_stance", by=by, within=speaker, categories=cats, ci=ci, n_boot=n_boot, seed=seed
    )
    params = {"by": by, "speaker": speaker, "precision": None, "ci": ci, "n_boot": n_boot, "seed": seed}
    return _attach_aggregate(out, table, corp, "cue_stance_by_speaker", params)
