"""Construction features of one attribution, for the learned gate of the seventeenth lexicon pass.

Every feature is computed by our own code from the extraction itself (the attribution's speaker,
cue and content offsets in the document) and from short lists of English function words written
here (auxiliaries, modals, pronouns, determiners, relative words): no word n-gram of the texts.
The only string-valued features are our own lexicon keys: the cue lemma with its construction
(``framing.quotes._cue_trigger``) and the speaker path (``framing.quotes._speaker_trigger``).
Used by benchmarks/calibrate_allowlist.py (``rows_of``) and benchmarks/loso_precision.py
(candidate ``L``, the learned gate).
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

from framing import quotes as Q
from framing.text import sentence_at

#: Forms of "be" and "get" that make a passive with a following participle.
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten"])
_MODALS = frozenset(["would", "could", "might", "may", "should", "will", "can", "must", "shall"])
_CONDITIONAL = frozenset(["if", "unless", "whether", "should"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
)
_RELATIVE = frozenset(["who", "whom", "whose", "which", "that"])
_PRONOUN_HEADS = frozenset(["he", "she", "they", "it", "we", "i", "you", "who"])
_WORDS = re.compile(r"[\w'’-]+")
_QUOTE_MARKS = "\"“”‘’'"

#: Numeric and boolean features, in this order (the vectoriser adds the keys and interactions).
FLAGS = (
    "cue_passive",  # a form of "be"/"get" (one adverb allowed) right before the cue, the cue ends -ed/-en
    "cue_by_after",  # "by" within three words after the cue (a passive's agent)
    "cue_noun_use",  # a determiner right before the cue ("a report", "the claim")
    "cue_np_object",  # a determiner right after the cue (the cue takes a noun phrase: "added jobs")
    "cue_that",  # "that" right after the cue (a that-clause)
    "cue_quote_next",  # a quotation mark within three characters after the cue
    "cue_sentence_start",  # the cue is the sentence's first word
    "cue_modal",  # a modal within three words before the cue
    "cue_conditional",  # "if"/"unless"/"whether" earlier in the sentence, before the cue
    "cue_capitalised",  # the cue's first letter is upper-case (not at sentence start: a name or title)
    "content_log_words",  # log(1 + words of the content span)
    "content_in_sentence",  # the content ends inside the cue's sentence
    "no_speaker",
    "speaker_after_cue",  # inverted ("..., said the minister")
    "cue_speaker_log_dist",  # log(1 + words between speaker and cue)
    "between_relative",  # a relative word between the speaker and the cue
    "between_comma",  # a comma between the speaker and the cue
    "between_passive",  # a form of "be" directly before a participle between speaker and cue
    "speaker_log_words",  # log(1 + words of the speaker span)
    "speaker_pronoun",
    "speaker_proper",  # every word of the span capitalised
    "speaker_common",  # the last word of the span is lower-case (a common-noun head)
    "speaker_indefinite",  # the span starts with "a"/"an"
    "speaker_comma",  # an appositive inside the span
    "speaker_of",  # " of " inside the span ("critics of", "head of")
    "speaker_possessive",  # "'s" inside the span
    "speaker_after_by",  # "by" right before the span (a passive's agent taken for the speaker)
    "speaker_after_relative",  # a relative word right before the span
    "speaker_sentence_start",
    "speaker_n_categories",  # distinct speaker_roles categories whose terms match inside the span
    "speaker_other_category",  # a term of another category than the label inside the span
    "near_other_category",  # a term of another category in the 80 characters after the span (same sentence)
    "speaker_anonymous",
)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group().lower()) for m in _WORDS.finditer(text[start:end])]


def _cats(rules: Any, s: str) -> set[str]:
    return {c for c, rx in rules.categories if rx.search(s)}


def features(text: str, a: Any, rules: Any) -> dict[str, float]:
    """The FLAGS of attribution ``a`` (a ``framing.quotes._Att`` after ``_categorise``) in ``text``."""
    f = dict.fromkeys(FLAGS, 0.0)
    anchor = a.cue[0] if a.cue else (a.speaker[0] if a.speaker else a.content[0])
    sent = sentence_at(text, anchor) or (max(0, anchor - 200), min(len(text), anchor + 200))
    s0, s1 = sent
    c0, c1 = a.content
    f["content_log_words"] = math.log1p(len(_WORDS.findall(text[c0:c1])))
    f["content_in_sentence"] = float(s0 <= c1 <= s1 + 1)
    if a.cue:
        q0, q1 = a.cue
        before = _words(text, s0, q0)
        after = _words(text, q1, min(s1, q1 + 40))
        cue = text[q0:q1]
        low = cue.lower()
        prev = [w for _, _, w in before[-2:]]
        f["cue_passive"] = float(
            bool(prev) and (prev[-1] in _BE or (len(prev) == 2 and prev[0] in _BE and prev[1].endswith("ly")))
        ) * float(low.endswith(("ed", "en", "wn", "ld", "id")))
        f["cue_by_after"] = float("by" in [w for _, _, w in after[:3]])
        f["cue_noun_use"] = float(bool(prev) and prev[-1] in _DETERMINERS)
        f["cue_np_object"] = float(bool(after) and after[0][2] in _DETERMINERS - {"that"})
        f["cue_that"] = float(bool(after) and after[0][2] == "that")
        f["cue_quote_next"] = float(any(ch in _QUOTE_MARKS for ch in text[q1 : q1 + 3]))
        f["cue_sentence_start"] = float(not before)
        f["cue_modal"] = float(any(w in _MODALS for _, _, w in before[-3:]))
        f["cue_conditional"] = float(any(w in _CONDITIONAL for _, _, w in before))
        f["cue_capitalised"] = float(bool(before) and cue[:1].isupper())
    if not a.speaker:
        f["no_speaker"] = 1.0
        return f
    p0, p1 = a.speaker
    span = text[p0:p1]
    sw = _words(text, p0, p1)
    f["speaker_log_words"] = math.log1p(len(sw))
    f["speaker_pronoun"] = float(len(sw) == 1 and sw[0][2] in _PRONOUN_HEADS)
    f["speaker_proper"] = float(bool(sw) and all(text[w0].isupper() for w0, _, _ in sw))
    f["speaker_common"] = float(bool(sw) and text[sw[-1][0]].islower())
    f["speaker_indefinite"] = float(bool(sw) and sw[0][2] in ("a", "an"))
    f["speaker_comma"] = float("," in span)
    f["speaker_of"] = float(" of " in span)
    f["speaker_possessive"] = float("'s" in span or "’s" in span)
    prev_sp = _words(text, max(s0, p0 - 30), p0)
    f["speaker_after_by"] = float(bool(prev_sp) and prev_sp[-1][2] == "by")
    f["speaker_after_relative"] = float(bool(prev_sp) and prev_sp[-1][2] in _RELATIVE)
    f["speaker_sentence_start"] = float(not _words(text, s0, p0))
    cats = _cats(rules, span)
    f["speaker_n_categories"] = float(len(cats))
    f["speaker_other_category"] = float(bool(cats - {a.category}))
    tail = text[p1 : min(s1, p1 + 80)]
    f["near_other_category"] = float(bool(_cats(rules, tail) - {a.category}))
    f["speaker_anonymous"] = float(a.anonymous)
    if a.cue:
        q0, q1 = a.cue
        lo, hi = (p1, q0) if p1 <= q0 else (q1, p0)
        f["speaker_after_cue"] = float(p0 >= q1)
        between = _words(text, lo, hi) if hi > lo else []
        f["cue_speaker_log_dist"] = math.log1p(len(between))
        f["between_relative"] = float(any(w in _RELATIVE for _, _, w in between))
        f["between_comma"] = float(hi > lo and "," in text[lo:hi])
        bw = [w for _, _, w in between]
        f["between_passive"] = float(
            any(x in _BE and y.endswith(("ed", "en")) for x, y in itertools.pairwise(bw))
        )
    return f


def keys(a: Any) -> dict[str, str]:
    """The string features: our own lexicon keys (cue lemma:construction, speaker path)."""
    return {"cue_key": Q._cue_trigger(a) if a.cue else "", "kind": a.kind}
