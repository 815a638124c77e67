"""Agency of harm: is a harm told with a perpetrator, without one, or as a death with no causer?

"Regime jets shelled the town" names who did it; "the town was shelled, killing four" does not;
"four died" does not even say that someone did something. :func:`find_agency` finds every harm
verb of the ``harm_verbs`` lexicon and classifies its construction with a small set of rules
that need no part-of-speech tagger (none is available offline); :func:`agency_rates` turns the
rows into P(agentless | harm clause) per outlet with article-level bootstrap intervals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from framing import lexicons as _lexicons
from framing._mapping import Doc, as_doc, check_n_jobs, dask_spans, is_dask, map_docs, span_table
from framing._phrases import WordStarts, trie_pattern
from framing._validation import check_choice
from framing.corpus import Corpus, as_corpus
from framing.labels import _FOLDS_TO_ASCII
from framing.lexicons import Lexicon
from framing.provenance import attach
from framing.stats import shares
from framing.text import inside

__all__ = ["COARSE", "CONSTRUCTIONS", "agency_rates", "find_agency"]

#: The constructions of :func:`find_agency`, in the order of the design.
CONSTRUCTIONS = (
    "active",
    "passive",
    "agentless_passive",
    "agentless_participle",
    "event_subject",
    "intransitive",
)

#: Coarse split of the constructions: is a perpetrator named?
COARSE = {
    "active": "with_agent",
    "passive": "with_agent",
    "agentless_passive": "agentless",
    "agentless_participle": "agentless",
    "event_subject": "agentless",
    "intransitive": "intransitive",
}

_COLUMNS = [
    "doc_id",
    "outlet",
    "date",
    "start",
    "end",
    "text",
    "verb",
    "form",
    "construction",
    "agent",
    "agent_start",
    "agent_end",
    "victim",
    "victim_start",
    "victim_end",
    "in_quote",
]

# -- closed word classes (grammar, not lexicon) -----------------------------------------------


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_DETERMINERS = _words(
    "a an the this that these those his her its their our my your some any many several no each "
    "every another such"
)
_PASSIVE_AUX = _words("am is are was were be been being get gets got gotten getting become became")
_BE = _words("am is are was were be been being")
_HAVE = _words("has have had having")
_MODALS = _words(
    "to will would can could may might must should shall did do does didn't don't doesn't won't "
    "wouldn't couldn't can't cannot"
)
_SUBJECT_PRONOUNS = _words("i we you they he she it who")
_OBJECT_PRONOUNS = _words("me us him her them it you himself herself themselves")
_ADVERBS = _words(
    "not n't never also then still later reportedly allegedly already just even nearly almost "
    "apparently fatally seriously critically badly mortally lightly slightly indiscriminately "
    "repeatedly deliberately brutally systematically heavily again once first recently since "
    "purportedly possibly probably likely mostly mainly largely subsequently eventually ever "
    "now soon"
)
_NOT_ADVERBS = _words("family italy july ally rally early only belly holy daily jolly bully")
_PREPOSITIONS = _words(
    "in on at by during near after before when while as with for since from into inside outside "
    "across over around throughout along amid amidst among between under against toward towards "
    "through upon until via within without beside behind beyond off onto per despite"
)
_CONJUNCTIONS = _words("and or but nor so because if although though whereas where whether unless than")
_RELATIVES = _words("who which that whom whose")
_TIME_WORDS = _words(
    "yesterday today tonight overnight earlier last this monday tuesday wednesday thursday "
    "friday saturday sunday"
)
_REPORTING = _words("said says say told added according claimed stated reported")
_ED_ADJECTIVES = _words(
    "armed unidentified suspected alleged masked hundred red backed led based unnamed so-called "
    "united wounded injured detained displaced besieged unmanned improvised guided coordinated "
    "sophisticated renewed continued repeated sustained concerted unprovoked unexploded organized "
    "organised heightened"
)
_QUANTIFIER_LEADS = _words("about around over nearly almost some roughly approximately up more")
_CLAUSE_PUNCT = frozenset(',;:.!?()[]—–-…"“”')
_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens scores hundreds "
    "thousands millions"
)
_BY_NOT_AGENT = _words(
    "then now far end time midnight noon dawn nightfall phone telephone email car hand name year "
    "week day month"
)
_MONTHS = _words("january february march april may june july august september october november december")
_POSSESSIVES = _words("his her its their our")
_LOCATIVE = _words("in near at on outside inside from during across")
# Nouns of a time phrase that can sit between an event and its relative clause or verb
# ("the attack last month in Libya that killed", "packages in Austin since March 2 killed").
_TIME_NOUNS = (
    _words("month months week weeks year years day days night weekend morning afternoon evening decade")
    | _TIME_WORDS
)
_DASHES = frozenset("—–-(")
# Heads of person nouns that detonate or blow up on purpose ("a suicide bomber detonated").
_AGENT_NOUN_ENDINGS = (
    "bomber",
    "bombers",
    "attacker",
    "attackers",
    "ist",
    "ists",
    "ant",
    "ants",
    "men",
    "man",
)
_FRONTED_TIME = _words("earlier later afterward afterwards ago meanwhile shortly")
# Endings of demonyms ("Israeli", "Syrian", "Chinese", "Turkish", "Afghan"), also with "'s".
_DEMONYM = ("i", "ian", "ians", "ese", "ish", "an", "ans", "lis")
# Photo captions and video teasers of web pages ("Hide Caption 3 of 12 Photos: ... shooting",
# "JUST WATCHED Slain editor ..."): their capitalised and -ing forms are noun phrases.
_CAPTION = re.compile(r"Hide Caption|JUST WATCHED|MUST WATCH|Replay More Videos|\bPhotos:")
_EVENT_VERBS = _words("crashed exploded collapsed detonated erupted sank burned went")
# Words whose "for"-complement gerund is done by the person they describe: "the bomber
# responsible for killing", "he was arrested for stabbing", "criticized the guards for shooting".
_CONTROLLERS = _words(
    "responsible guilty known notorious infamous famous wanted blamed accused charged arrested "
    "convicted jailed sentenced indicted detained held tried prosecuted fined punished criticized "
    "criticised condemned praised thanked faulted suspected investigated executed imprisoned"
)
# Words whose "of"-complement gerund is done by the person they describe ("suspected of killing",
# "accused them of shelling"), and nouns of habit whose owner is the subject of the verb before
# them ("have a long history of attacking").
_OF_CONTROLLERS = _words(
    "suspected accused convicted guilty capable acquitted charged innocent proud afraid tired fond incapable"
)
_HABIT_NOUNS = _words("history record habit practice pattern tradition")
# Prepositions and subordinators before a gerund whose implied subject is the subject of the
# clause it hangs on ("the group could focus on attacking", "he says ... while beheading").
_GERUND_OPENERS = _words("while when after before despite without on upon by since in about instead")
# Heads that make a preceding -ing form a noun modifier: "shooting death", "bombing campaign".
_ING_NOUN_HEADS = _words(
    "situation situations spree sprees death deaths incident incidents event events campaign "
    "campaigns range ranges victim victims suspect suspects survivor survivors site sites scene "
    "scenes rampage mission missions squad squads gallery"
)
# Quantities before "of" that leave the head to the phrase after it ("two of the strikes").
_PARTITIVES = _words("at least most all rest remainder majority half part none both either neither few")
_CONTRACTION_SUBJECTS = _SUBJECT_PRONOUNS | _words("that there")
_PERCEPTION = _words(
    "saw see sees seen found find finds left leave put let make made keep kept had get got heard"
)
_NON_AGENT_NOUNS = _words("deal agreement bargain balance compromise chord tone record nerve pose")
# Adjectives that make "shot" a noun: "a long shot", "a parting shot", "a veiled shot at".
_SHOT_NOUN_ADJECTIVES = _words("long cheap parting warning veiled good big first best last clear direct")
_CLAUSE_OPENERS = _words("when while after before as since until if once though although")
# Words that make "shot" a noun after a determiner: "a reasonable shot", "the cover shot".
_SHOT_NOUN_MODIFIERS = _words(
    "reasonable decent fair real slim outside cover mug head booster flu opening final single "
    "lone second third another one"
)
# Demonyms in "-i" (country adjectives); any other capitalised "-i" word before an event noun is a
# place that names the event ("the Benghazi attack", "the Mumbai attacks").
_I_DEMONYMS = _words(
    "israeli israelis iraqi iraqis pakistani pakistanis saudi saudis kuwaiti kuwaitis yemeni yemenis "
    "somali somalis omani qatari emirati bahraini bangladeshi afghani nepali kashmiri azerbaijani "
    "punjabi pashtun iraqi-kurdish israeli-backed saudi-led"
)
# Elliptical heads that stand for a noun said before them ("one strike hit a car, while the
# other hit a hideout"; "two explosions at X and another at Y killed").
_ELLIPTICAL = _words("other another one latter former second first third")
# Nouns of a plan whose owner does the gerund after "for": "the US strategy for destroying ISIL".
_PLAN_NOUNS = _words("strategy strategies plan plans campaign effort efforts plot plots scheme blueprint")
# Verbs of starting or going on whose gerund is a verb even with no object: "started shooting".
_ASPECTUAL = _words(
    "start started starts starting begin began begun begins keep kept keeps continue continued "
    "continues stop stopped stops resumed resume"
)
# Heads of a subject that can die in the literal sense without violence nearby ("10 people died",
# "his father died"); a figurative "die" takes a bill, a deal or a hope as its subject.
_PERSON_NOUNS = _words(
    "people persons person man men woman women child children boy boys girl girls baby babies "
    "father mother son daughter brother sister wife husband parent parents grandfather "
    "grandmother friend friends victim victims soldier soldiers civilians civilian patient "
    "patients resident residents officer officers worker workers student students member members "
    "passenger passengers others guard guards fighters troops inmate inmates"
)
_PARTICLES = ("dead", "alive", "down", "up", "out", "off")
_CLOSED = (
    _DETERMINERS
    | _PASSIVE_AUX
    | _HAVE
    | _MODALS
    | _SUBJECT_PRONOUNS
    | _OBJECT_PRONOUNS
    | _PREPOSITIONS
    | _CONJUNCTIONS
    | _RELATIVES
    | _TIME_WORDS
    | _REPORTING
    | _NUMBER_WORDS
    | _words("of not there here")
)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class _Form:
    lemma: str
    kind: str  # base, present, past, participle, past_participle, ing
    particle: str | None
    transitive: bool
    noun_homograph: bool
    figurative: bool
    exclude_after: re.Pattern[str] | None
    require_after: re.Pattern[str] | None


@dataclass
class _Rules:
    forms: dict[str, list[_Form]] = field(default_factory=dict)
    events: frozenset[str] = frozenset()
    perpetrators: frozenset[str] = frozenset()
    context: re.Pattern[str] | None = None
    # The plain form of ``context``, for a text with a character that ``re.IGNORECASE`` matches
    # with an ASCII letter other than its own cases (the gates of ``context`` test those only).
    context_plain: re.Pattern[str] | None = None
    natural: re.Pattern[str] | None = None
    # Any harm-verb form as a substring (a trie): a sentence without a hit has no form token.
    form_re: re.Pattern[str] | None = None
    # The places where a form may start a token (after a non-word character), in one scan of
    # the document; None when a form starts otherwise.
    form_scan: WordStarts | None = None


def _alternation(patterns: Sequence[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")", re.IGNORECASE)


def _context_regex(patterns: Sequence[str], plain: re.Pattern[str]) -> re.Pattern[str]:
    """A regex for yes/no searches of the violence-context ``patterns`` as whole words.

    The plain form ``plain`` is ``\\b(?:(?:p1)|(?:p2)|...)\\b``, case ignored. When every
    pattern starts with an ASCII word character that can be worked out, the alternatives are dispatched on that
    character (:func:`framing.labels._gated_union`), each written ``(?<!\\w)(?:p)\\b``: before a
    word character, ``\\b`` is ``(?<!\\w)``, so a search finds a match exactly where the plain
    form does (not necessarily the same one: only ``search(...) is None`` may be relied on),
    in a text without a character of :data:`framing.labels._FOLDS_TO_ASCII` ("ſ" matches "s"
    case-insensitively, but not the gate ``[sS]``).
    """
    from framing.labels import _first_chars, _gated_union, _sre_parse

    sources = [rf"(?<!\w)(?:{p})\b" for p in patterns]
    for src in sources:
        try:
            chars, nullable = _first_chars(_sre_parse.parse(src, re.IGNORECASE).data)
        except Exception:
            chars, nullable = None, True
        if not chars or nullable or not all(re.fullmatch(r"[A-Za-z0-9_]", ch) for ch in chars):
            return plain
    gated = _gated_union(list(dict.fromkeys(sources)))
    return gated if gated is not None else plain


def _rules(lexicon: Lexicon) -> _Rules:
    rules = _Rules()
    data = lexicon.data
    for section, transitive in (("verbs", True), ("intransitive", False)):
        for lemma, entry in (data.get(section) or {}).items():
            base = lemma.replace("_", " ")
            by_word: dict[str, set[str]] = {}
            for kind, word in (
                ("base", base),
                ("present", entry["present"]),
                ("past", entry["past"]),
                ("participle", entry["participle"]),
                ("ing", entry["ing"]),
            ):
                by_word.setdefault(word, set()).add(kind)
            for word, kinds in by_word.items():
                if {"past", "participle"} <= kinds:
                    kind = "past_participle"
                elif "participle" in kinds and "base" in kinds:
                    kind = "past_participle"  # hit, shut: the participle reading is the harder one
                else:
                    kind = sorted(kinds, key=["base", "present", "past", "participle", "ing"].index)[-1]
                head, _, particle = word.partition(" ")
                rules.forms.setdefault(head, []).append(
                    _Form(
                        lemma=lemma,
                        kind=kind,
                        particle=particle or None,
                        transitive=transitive,
                        noun_homograph=bool(entry.get("noun_homograph", False)),
                        figurative=bool(entry.get("figurative", False)),
                        exclude_after=_alternation(entry.get("exclude_after", [])),
                        require_after=_alternation(entry.get("require_after", [])),
                    )
                )
    rules.events = frozenset(w.lower() for w in data.get("event_subjects", []))
    rules.perpetrators = frozenset(w.lower() for w in data.get("perpetrator_modifiers", []))
    ctx = data.get("violence_context", [])
    if ctx:
        rules.context_plain = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in ctx) + r")\b", re.I)
        rules.context = _context_regex(ctx, rules.context_plain)
    natural = sorted((w.lower() for w in data.get("natural_causes", [])), key=len, reverse=True)
    if natural:
        alts = "|".join(re.escape(w) for w in natural)
        rules.natural = re.compile(rf"\s+(?:(?:of|from)\s+)?(?:{alts})(?![\w-])", re.IGNORECASE)
    rules.form_re = re.compile(trie_pattern(rules.forms)) if rules.forms else None
    if rules.forms and all(f[:1].isalnum() or f[:1] == "_" for f in rules.forms):
        rules.form_scan = WordStarts("(?=" + trie_pattern(rules.forms) + ")", zero_width=True)
    return rules


# -- per-document extraction ------------------------------------------------------------------
@dataclass
class _Tok:
    start: int
    end: int
    word: str
    lw: str


def _is_punct(t: _Tok) -> bool:
    return not (t.word[0].isalnum() or t.word[0] == "_")


def _is_adverb(t: _Tok) -> bool:
    if t.lw in _ADVERBS:
        return True
    return t.lw.endswith("ly") and t.word[0].islower() and t.lw not in _NOT_ADVERBS and len(t.lw) > 4


def _is_number(t: _Tok) -> bool:
    return t.lw[0].isdigit() or t.lw in _NUMBER_WORDS


class _Sentence:
    """One sentence's tokens and the rules that read them."""

    def __init__(self, text: str, toks: list[_Tok], rules: _Rules, proper: Container[str]) -> None:
        self.text = text
        self.t = toks
        self.rules = rules
        self.proper = proper
        self.context_span = (toks[0].start, toks[-1].end) if toks else (0, 0)

    # token classes --------------------------------------------------------------------------
    def verbish(self, k: int) -> bool:
        t = self.t[k]
        lw = t.lw
        if lw in _PASSIVE_AUX or lw in _HAVE or lw in _MODALS or lw in _REPORTING:
            return True
        if lw in self.rules.forms:
            kinds = {f.kind for f in self.rules.forms[lw]}
            if kinds & {"past", "participle", "past_participle"}:
                return True
            return "present" in kinds and not self.rules.forms[lw][0].noun_homograph
        return lw.endswith("ed") and t.word[0].islower() and "-" not in lw and lw not in _ED_ADJECTIVES

    def prev_index(self, k: int) -> int:
        """Index of the nearest token left of ``k`` that is not an adverb (-1 at the start)."""
        k -= 1
        while k >= 0 and _is_adverb(self.t[k]):
            k -= 1
        return k

    def next_index(self, k: int) -> int:
        k += 1
        while k < len(self.t) and _is_adverb(self.t[k]):
            k += 1
        return k

    def starts_object(self, k: int, *, strict: bool = False) -> bool:
        """Does a direct object start at token ``k``?"""
        if k >= len(self.t):
            return False
        t = self.t[k]
        lw = t.lw
        if _is_punct(t):
            return False
        if lw == "at" and k + 1 < len(self.t) and self.t[k + 1].lw in ("least", "most"):
            return True
        if lw in _QUANTIFIER_LEADS and k + 1 < len(self.t):
            nxt = self.t[k + 1]
            if _is_number(nxt) or nxt.lw in ("than", "to", "as"):
                return True
        if lw in _DETERMINERS or _is_number(t) or lw in _OBJECT_PRONOUNS:
            return lw != "that"
        if strict:
            return t.word[0].isupper()
        if lw in _PREPOSITIONS or lw in _CONJUNCTIONS or lw in _RELATIVES or lw in _TIME_WORDS:
            return False
        if lw in ("dead", "alive", "to", "down", "up", "out", "back", "there", "here", "home"):
            return False
        return not self.verbish(k)

    # noun phrases ---------------------------------------------------------------------------
    def skip_time(self, k: int) -> int:
        """Index left of a bare time phrase ending at token ``k`` ("Tuesday", "late Monday", "on
        Friday", "yesterday"), or ``k`` itself."""
        r = k
        while r > 0 and self.t[r].lw in _TIME_WORDS and self.t[r].lw not in ("last", "this", "earlier"):
            r -= 1
        if r == k:
            return k
        if self.t[r].lw in ("late", "early", "on") and r > 0:
            r -= 1
        return r

    def np_left(
        self, j: int, *, follow_relative: bool = True, chain: bool = True, event_stops: bool = False
    ) -> tuple[int, int] | None:
        """Token range [a, b) of the noun phrase ending just before token ``j``; with ``chain``,
        through the place and time phrases that follow its head (with ``event_stops``, not past
        a nearest phrase headed by an event noun: "use of gas by rebels in the attack that")."""
        k = self.prev_index(j)
        if k < 0:
            return None
        if k > 0 and self.t[k].lw in _TIME_WORDS and not _is_punct(self.t[k - 1]):
            # "two explosions ... Tuesday killed": the bare time phrase is not the subject
            k2 = self.skip_time(k)
            if k2 != k and not _is_punct(self.t[k2]) and self.t[k2].lw not in _RELATIVES:
                return self.np_left(k2 + 1, follow_relative=follow_relative, chain=chain)
        if follow_relative and self.t[k].lw in _RELATIVES and self.t[k].lw != "whose":
            r = k
            while r > 0 and self.t[r - 1].lw in _TIME_WORDS:
                r -= 1
            if r < k and r > 1 and self.t[r - 1].lw in ("late", "early"):
                r -= 1  # "an attack late Monday that killed"
            if r > 1 and self.t[r - 1].lw == "," and self.t[k].lw in ("who", "which"):
                r -= 1  # "the attacks, which killed four": the antecedent before the comma
            elif self.t[k].lw in ("who", "which"):
                while r > 1 and self.t[r - 1].lw in _DASHES:
                    r -= 1  # "Ted Kaczynski -- who killed": the antecedent before the dash
            return self.np_left(r, follow_relative=False, event_stops=True)
        end = k + 1
        a = end
        while k >= 0 and end - k <= 8:
            t = self.t[k]
            lw = t.lw
            if _is_punct(t):
                break
            quantity = (lw == "at" and self.t[k + 1].lw in ("least", "most")) or (
                lw == "than" and k > 0 and self.t[k - 1].lw in ("more", "fewer", "less")
            )
            if not quantity and (
                lw in _PREPOSITIONS or lw in _CONJUNCTIONS or lw in _RELATIVES or lw in _REPORTING
            ):
                break
            month = t.word == "May" and k + 1 < len(self.t) and _is_number(self.t[k + 1])
            if (lw in _PASSIVE_AUX or lw in _HAVE or lw in _MODALS or lw in _TIME_WORDS) and not month:
                break
            if self.verbish(k) and lw != "of" and not month:
                break
            a = k
            if lw in _DETERMINERS:
                break
            k -= 1
        while a < end and self.t[a].lw == "of":
            a += 1
        if a >= end:
            return None
        if self.t[end - 1].lw in ("of", "'s"):
            return None
        # "Two explosions near the embassy in the capital killed": the head is the leftmost phrase.
        first_end = end
        if event_stops and self.event_head(a, end):
            chain = False
        while chain and a >= 1:
            before = self.t[a - 1].lw
            left: tuple[int, int] | None
            if self.is_time(a, end):
                # "the attack last month in Libya", "packages since March 2": not the head
                c = a
                while c > 0 and (
                    self.t[c - 1].lw in _TIME_WORDS
                    or self.t[c - 1].lw in _LOCATIVE
                    or self.t[c - 1].lw == "since"
                ):
                    c -= 1
                left = self.np_left(c, follow_relative=False, chain=False) if 0 < c < a else None
            elif (before in _LOCATIVE or before == "of") and a >= 2:
                left = self.np_left(a - 1, follow_relative=False, chain=False)
            elif before in (",", "and") and a >= 3 and self.is_place(a, end):
                # "in Benghazi, Libya, which", "in Tanzania and Kenya, which": one place phrase
                left = self.np_left(a - 1, follow_relative=False, chain=False)
                if left is None or not self.is_place(*left) or self.t[left[0] - 1].lw not in _LOCATIVE:
                    break
            else:
                break
            if left is None or left[0] < first_end - 24:
                break
            last = self.t[left[1] - 1].lw
            if last.endswith("ed") or last in _ED_ADJECTIVES:
                break  # "a man suspected in shootings that killed": the shootings did
            # "six of the 15 extremists": the "of" phrase stays part of the noun phrase
            a, end = left[0], (end if before == "of" else left[1])
        return a, end

    def event_head(self, a: int, b: int) -> bool:
        """Is the last word of the phrase an event noun ("the attack", "strikes")?"""
        last = self.t[b - 1].lw
        ev = self.rules.events
        return last in ev or (last.endswith("s") and last[:-1] in ev)

    def is_time(self, a: int, b: int) -> bool:
        """Is the phrase a date or time ("last month", "March 2", "Monday")?"""
        if b <= a:
            return False
        words = [self.t[k].lw for k in range(a, b)]
        year = len(words) == 1 and re.fullmatch(r"(?:1[89]|20)\d\d", words[0]) is not None
        return (
            year
            or words[-1] in _TIME_NOUNS
            or words[-1] in _MONTHS
            or (_is_number(self.t[b - 1]) and any(w in _MONTHS for w in words))
        )

    def is_place(self, a: int, b: int) -> bool:
        """A short capitalised name ("Benghazi", "Libya", "New York")."""
        return 0 < b - a <= 3 and all(self.t[k].word[0].isupper() for k in range(a, b))

    def np_right(self, j: int) -> tuple[int, int] | None:
        """Token range [a, b) of the noun phrase starting at token ``j``."""
        k = j
        n = len(self.t)
        while k < n and k - j < 10:
            t = self.t[k]
            lw = t.lw
            if _is_punct(t) and lw not in ("%",):
                break
            quantity = lw == "at" and k + 1 < n and self.t[k + 1].lw in ("least", "most")
            if k > j and lw in _PREPOSITIONS and lw != "of" and not quantity:
                break
            if (lw in _CONJUNCTIONS and lw != "than") or lw in _RELATIVES or lw in _TIME_WORDS:
                break
            if k > j and (lw in _PASSIVE_AUX or lw in _HAVE or lw in _MODALS or self.verbish(k)):
                break
            k += 1
        while k > j and self.t[k - 1].lw in ("of", "at", "than", "the", "a", "an"):
            k -= 1
        if k - j >= 3 and self.t[k - 1].lw == "ago":
            # "the civil war almost two years ago": the time phrase is not part of the noun phrase
            k -= 2
            while k > j and (_is_number(self.t[k - 1]) or self.t[k - 1].lw in _QUANTIFIER_LEADS):
                k -= 1
        return (j, k) if k > j else None

    def is_event(self, np: tuple[int, int]) -> bool:
        """Is the phrase an event or weapon (explosion, shelling, missile) with no perpetrator?"""
        a, b = np
        words = [self.t[k].lw for k in range(a, b)]
        head_end = words.index("of") if "of" in words[1:] else len(words)
        if head_end < len(words) and all(
            w in _PARTITIVES or w in _DETERMINERS or _is_number(self.t[a + x])
            for x, w in enumerate(words[:head_end])
        ):
            # "at least two of the strikes", "the remainder of the strikes": the head follows "of"
            return self.is_event((a + head_end + 1, b)) if a + head_end + 1 < b else False
        head = words[:head_end]
        if not head:
            return False
        two = " ".join(head[-2:])
        events = self.rules.events
        if head[-1] in _ELLIPTICAL and not self.has_perpetrator((a, a + head_end)):
            # "while the other hit", "and another at Y killed": the noun said before it
            return any(t.lw in events or (t.lw.endswith("s") and t.lw[:-1] in events) for t in self.t[:a])
        if not (head[-1] in events or two in events or (head[-1].endswith("s") and head[-1][:-1] in events)):
            return False
        return not self.has_perpetrator((a, a + head_end), event=True)

    def has_perpetrator(self, np: tuple[int, int], *, event: bool = False) -> bool:
        a, b = np
        for k in range(a, b):
            t = self.t[k]
            parts = re.split(r"[-'’]", t.lw)
            if t.lw in self.rules.perpetrators or any(p in self.rules.perpetrators for p in parts):
                return True
            if t.lw in _POSSESSIVES:
                return True  # "its strikes", "their shelling": the owner was named before
            demonym = t.lw.endswith(_DEMONYM) and (not t.lw.endswith("i") or t.lw in _I_DEMONYMS)
            if event and t.word[0].isupper() and not t.word.isupper() and not demonym:
                # "the London attack", "the Charlie Hebdo attacks", "Monday's attack": the name
                # of an event (a place, a date, a target), not who carried it out; actors are
                # demonyms ("Israeli strikes") or acronyms ("ISIS attacks").
                continue
            named = t.word[0].isupper() and t.lw not in _DETERMINERS and t.lw not in self.rules.events
            # A capital at the sentence start counts when the word is capitalised elsewhere too.
            if named and (k > 0 or t.word in self.proper or t.lw.endswith(("i", "ian", "ese", "ish"))):
                return True
        return False

    def span(self, np: tuple[int, int] | None) -> tuple[int, int] | None:
        if np is None:
            return None
        return self.t[np[0]].start, self.t[np[1] - 1].end

    # clause-level inference -----------------------------------------------------------------
    def by_agent(self, j: int) -> tuple[int, int] | None:
        """The noun phrase after "by" to the right of token ``j`` within the clause."""
        n = len(self.t)
        k = j
        while k < n and k - j < 12:
            t = self.t[k]
            if t.lw in _CLAUSE_PUNCT or t.lw in (
                "when",
                "where",
                "after",
                "as",
                "while",
                "because",
                "and",
                "but",
            ):
                return None
            if t.lw in _RELATIVES and k > j:
                return None
            if t.lw == "by" and k + 1 < n:
                first = self.t[k + 1]
                if first.lw in _MONTHS or first.lw in _BY_NOT_AGENT:
                    return None
                np = self.np_right(k + 1)
                if np is None:
                    return None
                words = [self.t[x].lw for x in range(np[0], np[1])]
                head = words[: words.index("of")] if "of" in words else words
                if (
                    (head and head[-1] in _BY_NOT_AGENT)
                    or words[-1] in _MONTHS
                    or _is_number(self.t[np[1] - 1])
                    or any(w in ("percent", "%", "per", "points", "votes", "margin") for w in words)
                ):
                    return None  # "by the end of November", "by 2015", "by 10 percent"
                return np
            k += 1
        return None

    def subject_of(self, w: int) -> tuple[int, int] | None:
        """The subject of the verb at token ``w`` (left of its auxiliaries, through relatives)."""
        q = self.prev_index(w)
        while q >= 0 and (
            self.t[q].lw in _PASSIVE_AUX
            or self.t[q].lw in _HAVE
            or self.t[q].lw in _MODALS
            or self.t[q].lw == "not"
        ):
            q = self.prev_index(q)
        if q >= 0 and self.t[q].lw == ",":
            # "Saddam Hussein, when he led Iraq, avoided targeting": skip the parenthetical
            c = q - 1
            while c > 0 and q - c <= 12 and self.t[c].lw not in (",", ";", ":"):
                c -= 1
            if c > 0 and self.t[c].lw == "," and q - c > 1:
                return self.np_left(c)
            return None
        return self.np_left(q + 1) if q >= 0 else None

    def is_verb_word(self, k: int) -> bool:
        """A finite or non-finite verb that can control a following gerund or infinitive."""
        t = self.t[k]
        if t.lw in _PASSIVE_AUX or t.lw in _MODALS:
            return False
        if t.lw.endswith("ing") and t.word[0].islower() and len(t.lw) > 5 and t.lw not in self.rules.forms:
            return True  # "a jet attempting to target"
        return self.verbish(k)

    def for_controller(self, p: int) -> tuple[int, int] | None:
        """Who does the gerund after "for" or "of" at token ``p``: "the bomber responsible for
        killing", "are suspected of killing", "have a long history of attacking"."""
        k = p - 1
        controllers = _OF_CONTROLLERS if self.t[p].lw == "of" else _CONTROLLERS
        if self.t[p].lw == "for" and k >= 0 and self.t[k].lw in _PLAN_NOUNS:
            # "the United States' strategy for destroying ISIL": the plan's owner
            x = k - 1
            while x >= 0 and p - x <= 6 and self.t[x].lw not in _DETERMINERS:
                w = self.t[x].word
                if w in ("'", "’") and x > 0 and self.t[x - 1].word.endswith("s"):
                    x -= 1  # "the United States' strategy"
                    w = self.t[x].word + "'"
                elif _is_punct(self.t[x]):
                    return None
                if w.endswith(("'s", "’s", "s'", "s’")) and w[0].isupper():
                    owner = self.np_left(x + 1, follow_relative=False, chain=False)
                    if owner is not None:
                        return owner
                if self.t[x].lw in _POSSESSIVES:
                    return None
                x -= 1
            return None
        if self.t[p].lw == "of" and k >= 0 and self.t[k].lw in _HABIT_NOUNS:
            np = self.np_left(k + 1, follow_relative=False, chain=False)
            v = np[0] - 1 if np is not None else -1
            if v >= 0 and self.verbish(v) and self.t[v].lw not in _PASSIVE_AUX:
                return self.subject_of(v)
            return None
        while k >= 0 and p - k <= 12:
            t = self.t[k]
            if t.lw in (";", ":", "(", ")") or t.lw in _RELATIVES:
                return None
            if t.lw in controllers:
                before = self.prev_index(k)
                if before >= 0 and (self.t[before].lw in _PASSIVE_AUX or self.t[before].lw in _HAVE):
                    return self.subject_of(k)  # "he was arrested ... for stabbing"
                n = self.next_index(k)
                if n < p and self.starts_object(n):
                    return self.np_right(n)  # "criticized the guards for shooting"
                left = self.np_left(k)
                return left if left is not None else self.subject_of(k)  # "the bomber responsible"
            k -= 1
        return None

    def coord_subject(self, p: int) -> tuple[int, int] | None:
        """Subject of the verb before the "and" at token ``p`` ("police pulled over a car and
        shot"), or None."""
        k = p - 1
        while k >= 0 and p - k <= 10:
            t = self.t[k]
            if t.lw in _CLAUSE_PUNCT or t.lw in _RELATIVES or t.lw in _CONJUNCTIONS:
                return None
            if self.verbish(k) and t.lw not in _PASSIVE_AUX and t.lw not in _MODALS and t.lw not in _HAVE:
                before = self.prev_index(k)
                if before >= 0 and (self.t[before].lw in _PASSIVE_AUX or self.t[before].lw in _HAVE):
                    return None
                subj = self.np_left(k, follow_relative=False, chain=False)
                if subj is None or self.t[subj[0]].lw in _RELATIVES:
                    return None
                return subj
            k -= 1
        return None

    def clause_agent(self, p: int) -> tuple[int, int] | None:
        """Implied subject of a gerund after the preposition at token ``p``: the subject of the
        nearest verb to its left in the same clause ("the group could focus on attacking"), or
        the phrase before a comma that opens the clause ("the US, despite targeting")."""
        k = p - 1
        while k >= 0 and p - k <= 15:
            t = self.t[k]
            if t.lw in (";", ":", "(", ")", "—", "–") or t.lw in _RELATIVES:
                return None
            if t.lw == ",":
                np = self.np_left(k, follow_relative=False, chain=False)
                if np is None or (np[0] > 0 and (self.verbish(np[0] - 1) or _is_punct(self.t[np[0] - 1]))):
                    return None
                return np
            if self.verbish(k):
                before = self.prev_index(k)
                if self.t[p].lw == "by" and before >= 0 and self.t[before].lw in _PASSIVE_AUX:
                    return None  # "were killed by shelling": the by-phrase is the cause
                return self.subject_of(k)
            k -= 1
        return None

    def skip_fronted(self, a: int, limit: int) -> int:
        """Start of the main clause after a dateline ("NAIROBI, Kenya — Armed men stormed") and
        verbless fronted time or place phrases ("Two days earlier, a bomber detonated")."""
        for k in range(a, limit):
            if self.t[k].lw in ("—", "–", "--") and not any(self.verbish(x) for x in range(a, k)):
                a = k + 1
                break
        while True:
            c = next((k for k in range(a, limit) if self.t[k].lw == ","), None)
            if c is None or c == a or c - a > 8 or any(self.verbish(x) for x in range(a, c)):
                return a
            seg = [self.t[x] for x in range(a, c)]
            first = seg[0].lw
            fronted = (
                first in _PREPOSITIONS
                or first in _TIME_WORDS
                or _is_adverb(seg[0])
                or any(t.lw in _TIME_WORDS or t.lw in _FRONTED_TIME for t in seg)
            )
            if not fronted:
                return a
            a = c + 1

    def clause_subject(self, i: int) -> tuple[tuple[int, int] | None, bool]:
        """Subject of the sentence's main clause before token ``i`` and whether it is passive."""
        a = 0
        limit = i
        first = self.t[0].lw
        if a < i and (
            first in _PREPOSITIONS
            or first in _CLAUSE_OPENERS
            or first in _TIME_WORDS
            or _is_adverb(self.t[0])
        ):
            commas = [k for k in range(len(self.t)) if self.t[k].lw == ","]
            if commas and commas[0] < i:
                a = commas[0] + 1
            elif commas and first not in _TIME_WORDS:
                # "After shooting a woman there, he gets back in his car": the verb is in the fronted
                # adverbial clause, whose implied subject is the main clause's, after the comma.
                a, limit = commas[0] + 1, len(self.t)
                if a < limit and self.t[a].lw in _SUBJECT_PRONOUNS:
                    return (a, a + 1), False
        a = self.skip_fronted(a, limit)
        k = a
        head: tuple[int, int] | None = None
        while k < limit and not self.verbish(k):
            nxt = self.t[k + 1] if k + 1 < limit else None
            if (
                self.t[k].lw == ","
                and head is None
                and k > a
                and nxt is not None
                and nxt.lw in ("who", "which")
            ):
                # "Reinking, who was last seen ..., pulled up ... and shot": skip the relative clause
                c2 = next((x for x in range(k + 2, limit) if self.t[x].lw == ","), None)
                if c2 is not None:
                    head = self.np_left(k, follow_relative=False)
                    k = c2 + 1
                    continue
            if self.t[k].lw in (",", ";", ":") or self.t[k].lw in _CONJUNCTIONS:
                return None, False
            k += 1
        if k >= limit or k == a:
            return None, False
        subj = head if head is not None else self.np_left(k, follow_relative=False)
        if self.t[k].lw in _EVENT_VERBS and not (
            subj is not None
            and (
                any(self.t[x].lw in self.rules.perpetrators for x in range(*subj))
                or self.t[subj[1] - 1].lw.endswith(_AGENT_NOUN_ENDINGS)
            )
        ):
            return None, True  # "the plane crashed, killing all aboard": no perpetrator
        passive = self.t[k].lw in _PASSIVE_AUX and (
            k + 1 < limit and (self.verbish(self.next_index(k)) if self.next_index(k) < limit else False)
        )
        return subj, passive


def _doc_records(doc: str | Doc, rules: _Rules) -> list[dict[str, Any]]:
    """All harm-verb rows of one document (the pure per-document extractor)."""
    d = as_doc(doc)
    text = d.text
    sents = d.sentences
    # Sentences with a harm-verb form, found from token strings (no per-token objects); the
    # lower-cased text tokenises like the text when lower-casing keeps every offset.
    low = d.lower
    form_index = rules.forms
    same = len(low) == len(text)
    # A token equal to a form is that form as a substring of the sentence: one search of the
    # forms' trie rules out most sentences before they are tokenised.
    form_re = rules.form_re if same else None
    candidates = []
    # A form token after the first token of a sentence starts after a non-word character (the
    # token before it ends there): the scan lists where those may be, and a sentence without
    # one is passed over unless its first token may be a form glued to the text before it.
    starts = rules.form_scan.spans(low) if form_re is not None and rules.form_scan is not None else None
    for k, (s, e) in enumerate(sents):
        if starts is not None and (s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_")):
            i = bisect.bisect_left(starts, (s, s))
            if i == len(starts) or starts[i][0] >= e:
                continue
        elif form_re is not None and form_re.search(low, s, e) is None:
            continue
        lws = _TOKEN.findall(low, s, e) if same else [w.lower() for w in _TOKEN.findall(text, s, e)]
        if any(map(form_index.__contains__, lws)):
            candidates.append(k)
    if not candidates:
        return []
    # Capitalised words that do not open their sentence: the document's proper names (collected
    # on first use: few sentences ask).
    proper = _ProperNames(text, sents)
    out: list[dict[str, Any]] = []
    for k in candidates:
        s, e = sents[k]
        toks = [_Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text, s, e)]
        if not any(t.lw in rules.forms for t in toks):
            continue
        caption = _CAPTION.search(text, s, e) is not None
        sent = _Sentence(text, toks, rules, proper)
        # Violence context is looked for in the sentence and its neighbours.
        sent.context_span = (sents[max(k - 1, 0)][0], sents[min(k + 1, len(sents) - 1)][1])
        rows: list[dict[str, Any]] = []
        for i, t in enumerate(toks):
            forms = rules.forms.get(t.lw)
            if not forms:
                continue
            if caption and (t.word[0].isupper() or t.lw.endswith("ing")):
                continue  # caption nouns: "Slain editor", "Kidnapped teens", "airport shooting"
            row = _classify(sent, i, forms, rows, (s, e))
            if row is not None:
                rows.append(row)
        out.extend(rows)
    if out:
        flags = inside([r["start"] for r in out], d.quote_contents)
        for r, f in zip(out, flags):
            r["in_quote"] = bool(f)
    return out


class _ProperNames:
    """The capitalised tokens of ``text`` that do not open their sentence, as a set computed
    the first time it is asked about."""

    __slots__ = ("_names", "_sents", "_text")

    def __init__(self, text: str, sents: Sequence[tuple[int, int]]) -> None:
        self._text = text
        self._sents = sents
        self._names: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._names is None:
            names: set[str] = set()
            for s, e in self._sents:
                names.update(w for w in _TOKEN.findall(self._text, s, e)[1:] if w[0].isupper())
            self._names = names
        return word in self._names


def _living_subject(sent: _Sentence, i: int) -> bool:
    """Is the word before the dying verb at token ``i`` a person ("10 people died", "his father
    died", "Jerry died", "they died")? A figurative death takes a bill, a deal or a hope."""
    p = sent.prev_index(i)
    if p < 0 or sent.t[i].lw.endswith("ing"):
        return False
    t = sent.t[p]
    lw = t.lw
    if lw in ("he", "she", "they", "i", "we", "you") or lw in _PERSON_NOUNS:
        return True
    if lw.endswith("s") and lw[:-1] in _PERSON_NOUNS:
        return True
    # A name that is not the sentence's first word, nor a word of the closed classes.
    return p > 0 and t.word[0].isupper() and not t.word.isupper() and lw not in _CLOSED


def _matches_form(sent: _Sentence, i: int, forms: list[_Form]) -> tuple[_Form, int] | None:
    """The form read at token ``i`` and the index of its last token (particle verbs)."""
    for f in forms:
        if f.particle is None:
            return f, i
        if i + 1 < len(sent.t) and sent.t[i + 1].lw == f.particle:
            return f, i + 1
    return None


def _classify(
    sent: _Sentence, i: int, forms: list[_Form], prior: list[dict[str, Any]], bounds: tuple[int, int]
) -> dict[str, Any] | None:
    hit = _matches_form(sent, i, forms)
    if hit is None:
        return None
    f, last = hit
    toks = sent.t
    after = sent.text[toks[last].end : bounds[1]]
    if f.exclude_after is not None and f.exclude_after.match(after):
        return None
    if f.require_after is not None and not f.require_after.match(after):
        return None
    if f.figurative and sent.rules.context is not None:
        c0, c1 = sent.context_span
        masked = sent.text[c0 : toks[i].start] + " " + sent.text[toks[last].end : c1]
        context = sent.rules.context
        if any(c in masked for c in _FOLDS_TO_ASCII):
            context = sent.rules.context_plain or context
        if not context.search(masked) and not (not f.transitive and _living_subject(sent, i)):
            return None
    p = sent.prev_index(i)
    prev = toks[p].lw if p >= 0 else ""
    n = sent.next_index(last)
    if n < len(toks) and toks[n].lw in _PARTICLES:
        n = sent.next_index(n)
    kind = f.kind
    if kind == "past_participle" and prev in _MODALS and toks[i].lw == f.lemma.split("_")[0]:
        kind = "base"  # "the U.S. must hit Assad": "hit" after a modal is the base form

    def row(
        construction: str, agent: tuple[int, int] | None, victim: tuple[int, int] | None
    ) -> dict[str, Any]:
        a = sent.span(agent)
        v = sent.span(victim)
        return {
            "start": toks[i].start,
            "end": toks[last].end,
            "verb": f.lemma,
            "form": kind if kind != "past_participle" else "past",
            "construction": construction,
            "agent": sent.text[a[0] : a[1]] if a else None,
            "agent_start": a[0] if a else None,
            "agent_end": a[1] if a else None,
            "victim": sent.text[v[0] : v[1]] if v else None,
            "victim_start": v[0] if v else None,
            "victim_end": v[1] if v else None,
        }

    def subject_row(
        subj: tuple[int, int] | None, victim: tuple[int, int] | None, *, finite: bool
    ) -> dict[str, Any]:
        if subj is not None:
            return row("event_subject" if sent.is_event(subj) else "active", subj, victim)
        return inherited(victim, finite=finite)

    def inherited(victim: tuple[int, int] | None, *, finite: bool) -> dict[str, Any]:
        """A clause without its own subject: the perpetrator of the clause it hangs on, if any."""
        if prior:
            last_row = prior[-1]
            if COARSE[last_row["construction"]] == "with_agent":
                r = row("active", None, victim)
                r.update(
                    agent=last_row["agent"],
                    agent_start=last_row["agent_start"],
                    agent_end=last_row["agent_end"],
                )
                return r
            if finite and last_row["construction"] == "event_subject":
                # "Monday's attack killed three and injured 176": the same event did both.
                r = row("event_subject", None, victim)
                r.update(
                    agent=last_row["agent"],
                    agent_start=last_row["agent_start"],
                    agent_end=last_row["agent_end"],
                )
                return r
            return row("agentless_participle", None, victim)
        subj, passive = sent.clause_subject(i)
        if subj is not None and not passive:
            if sent.is_event(subj):
                return row(
                    "event_subject" if finite else "agentless_participle", subj if finite else None, victim
                )
            return row("active", subj, victim)
        return row("agentless_participle", None, victim)

    def passive_row(victim: tuple[int, int] | None) -> dict[str, Any] | None:
        if victim is not None and f.figurative and toks[victim[1] - 1].lw in _NON_AGENT_NOUNS:
            return None  # "a deal had been struck"
        by = sent.by_agent(last + 1)
        if by is None and n + 1 < len(toks) and toks[n].lw == "and" and toks[n + 1].lw in sent.rules.forms:
            # "was shot and killed by police": the conjuncts share the by-agent after the second.
            by = sent.by_agent(n + 2)
        if by is None:
            return row("agentless_passive", None, victim)
        return row("event_subject" if sent.is_event(by) else "passive", by, victim)

    # The word before the verb decides most readings.
    if (
        toks[i].lw == "shot"
        and p > 0
        and (
            prev in _SHOT_NOUN_ADJECTIVES
            or (prev.endswith("est") and len(prev) > 4)
            or prev in _SHOT_NOUN_MODIFIERS
        )
        and (toks[sent.prev_index(p)].lw in _DETERMINERS or toks[sent.prev_index(p)].lw in _POSSESSIVES)
    ):
        return None  # "a long shot", "a veiled shot at", "his biggest shot", "the cover shot"
    if toks[i].lw == "shot" and p >= 0 and _is_number(toks[p]) and n < len(toks) and toks[n].lw in _BE:
        return None  # "at least one shot was fired": a noun
    if prev == "those" and kind in ("past", "participle", "past_participle"):
        return passive_row(None)  # "among those killed"
    base, _, suffix = re.sub("’", "'", prev).partition("'")
    if suffix in ("s", "ve", "d", "re", "ll", "m") and base in _CONTRACTION_SUBJECTS:
        # "he's killed tens of thousands", "they've shelled": the pronoun is the subject
        pronoun = (p, p + 1)
        if sent.starts_object(n):
            return subject_row(pronoun, sent.np_right(n), finite=True)
        if kind == "ing" or suffix in ("ve", "d", "ll"):
            return None
        return passive_row(pronoun)  # "he's wounded"
    if prev == "of" and kind != "ing":
        return None  # "dozens of wounded", "a string of besieged leaders": adjectives or nouns
    if (prev in _DETERMINERS and prev != "that") or (
        p >= 0 and toks[p].word.endswith(("'s", "’s")) and prev not in ("it's", "that's")
    ):
        return None  # "the killing", "the wounded", "the besieged city", "Assad's siege"
    if prev in _PREPOSITIONS and prev not in _CLAUSE_OPENERS and prev != "by" and kind != "ing":
        return None  # "protest over kidnapped girls": attributive after a preposition
    if not f.transitive:
        if kind in ("base", "present") and f.noun_homograph:
            return None
        if kind == "ing" and prev not in _BE:
            return None
        if kind == "base" and prev not in _MODALS:
            return None
        if sent.rules.natural is not None and sent.rules.natural.match(after):
            return None  # "died of cancer", "died peacefully at home": a natural death
        subj = sent.np_left(p + 1) if p >= 0 and prev not in _BE else None
        if prev in _BE:
            q = sent.prev_index(p)
            subj = sent.np_left(q + 1) if q >= 0 else None
        return row("intransitive", None, subj)
    if kind == "ing":
        if n < len(toks) and toks[n].lw == "of":
            return None  # "the killing of"
        if n < len(toks) and toks[n].lw in _ING_NOUN_HEADS:
            return None  # "shooting death", "bombing campaign", "active shooting situations"
        if prev == "being":
            q = sent.prev_index(p)
            return passive_row(sent.np_left(q + 1) if q >= 0 else None)
        if not sent.starts_object(n):
            progressive_end = n >= len(toks) or toks[n].lw in (
                ".",
                "!",
                "?",
                ";",
                "again",
                "there",
                "at",
                "into",
            )
            if n + 1 < len(toks) and toks[n].lw == "to" and toks[n + 1].lw in sent.rules.forms:
                progressive_end = True  # "authorities were shooting to kill"
            if prev in ("is", "are", "was", "were") and progressive_end:
                # progressive with no object: "the Americans are bombing."
                q = sent.prev_index(p)
                subj = sent.np_left(q + 1) if q >= 0 else None
                if subj is not None:
                    return subject_row(subj, None, finite=True)
            if prev in _ASPECTUAL:
                # "... and started shooting": the subject of the aspectual verb
                controller = sent.subject_of(p)
                if controller is not None:
                    return subject_row(controller, None, finite=True)
                return inherited(None, finite=False)
            if (
                n + 1 < len(toks)
                and toks[n].lw == "at"
                and toks[n + 1].lw in _OBJECT_PRONOUNS
                and p >= 0
                and not _is_punct(toks[p])
                and prev not in _PREPOSITIONS
            ):
                # "people shooting at you": a verb with its target
                subj = sent.np_left(p + 1)
                if subj is not None:
                    return subject_row(subj, sent.np_right(n + 1), finite=True)
            return None  # a noun: "shelling killed four", "the bombing in Homs"
        victim = sent.np_right(n)
        if prev in ("for", "of"):
            controller = sent.for_controller(p)
            if controller is not None:
                return subject_row(controller, victim, finite=True)
        if prev in _GERUND_OPENERS and not (prior and COARSE[prior[-1]["construction"]] == "with_agent"):
            controller = sent.clause_agent(p)
            if controller is not None:
                return subject_row(controller, victim, finite=True)
        if (
            p >= 0
            and prev not in _BE
            and prev not in _HAVE
            and sent.is_verb_word(p)
            and prev not in _REPORTING
        ):
            # "Saddam Hussein avoided targeting Jerusalem": the subject of the controlling verb
            controller = sent.subject_of(p)
            if controller is not None:
                return subject_row(controller, victim, finite=True)
        if prev in _BE:
            q = sent.prev_index(p)
            return subject_row(sent.np_left(q + 1) if q >= 0 else None, victim, finite=True)
        if p > 0 and toks[p].word[0].isupper() and prev not in _SUBJECT_PRONOUNS:
            return None  # a compound noun: "the Boston bombing victims", "Navy Yard shooting"
        if (
            p < 0
            or prev in _CLAUSE_PUNCT
            or prev in ("and", "thereby", "while", "after", "before", "by", "also")
        ):
            return inherited(victim, finite=False)
        return subject_row(sent.np_left(p + 1), victim, finite=True)
    if kind in ("base", "present"):
        if f.noun_homograph:
            verbal = prev in _MODALS or prev in _SUBJECT_PRONOUNS or prev == "not"
            if not verbal and kind == "present" and p >= 0:
                pt = toks[p]
                demonym = pt.word[0].isupper() and pt.lw.endswith(("i", "ian", "ese", "ish"))
                verbal = (
                    sent.starts_object(n, strict=True)
                    and not demonym
                    and not _is_punct(pt)
                    and prev not in _PREPOSITIONS
                    and not _is_number(pt)
                    and pt.lw not in sent.rules.events
                )
            if not verbal:
                return None
        elif (
            kind == "base"
            and not (prev in _MODALS or prev in _SUBJECT_PRONOUNS or prev == "not")
            and not sent.starts_object(n)
        ):
            return None
        victim = sent.np_right(n) if sent.starts_object(n) else None
        if prev in _MODALS or prev == "not":
            q = p
            while q >= 0 and (toks[q].lw in _MODALS or toks[q].lw == "not"):
                q = sent.prev_index(q)
            if prev == "to":
                w = sent.prev_index(p)
                if w >= 0 and sent.is_verb_word(w) and toks[w].lw not in _HAVE:
                    # "he threatened to kill", "militants have vowed to kill": the controller's subject
                    controller = sent.subject_of(w)
                    if controller is not None:
                        return subject_row(controller, victim, finite=True)
                return inherited(victim, finite=False)
            return subject_row(sent.np_left(q + 1) if q >= 0 else None, victim, finite=True)
        return subject_row(sent.np_left(p + 1) if p >= 0 else None, victim, finite=True)
    # past / participle
    if prev in _PASSIVE_AUX:
        q = sent.prev_index(p)
        while q >= 0 and (toks[q].lw in _PASSIVE_AUX or toks[q].lw in _HAVE or toks[q].lw in _MODALS):
            q = sent.prev_index(q)
        return passive_row(sent.np_left(q + 1) if q >= 0 else None)
    if prev in _HAVE:
        if not sent.starts_object(n):
            return None
        q = p
        while q >= 0 and (toks[q].lw in _HAVE or toks[q].lw in _MODALS):
            q = sent.prev_index(q)
        return subject_row(sent.np_left(q + 1) if q >= 0 else None, sent.np_right(n), finite=True)
    if n + 1 <= len(toks) - 1 and toks[n].word[0].islower() and sent.event_head(n, n + 1):
        nn = n + 1
        if (
            nn >= len(toks)
            or not (toks[nn].word[0].isalpha() and not sent.verbish(nn))
            or toks[nn].lw in _CLOSED
        ):
            return None  # "a limited and targeted strike", "a coordinated attack that"
    if (
        p > 0
        and toks[p].word[0].islower()
        and prev.endswith("ed")
        and prev not in sent.rules.forms
        and prev not in _ED_ADJECTIVES
        and sent.verbish(p)
        and sent.starts_object(n)
        and toks[n].lw not in _DETERMINERS
        and not _is_number(toks[n])
        and toks[n].lw not in _OBJECT_PRONOUNS
    ):
        return None  # "photographed wounded Marine Sgt. X": a participle before its noun
    if kind == "participle":
        if (
            sent.starts_object(n)
            and toks[n].word[0].islower()
            and toks[n].lw not in _DETERMINERS
            and toks[n].lw not in _OBJECT_PRONOUNS
            and not _is_number(toks[n])
        ):
            return None  # headline "Slain deputy mourned": an attributive participle
        return passive_row(sent.np_left(p + 1) if p >= 0 else None)
    if sent.starts_object(n):
        nt = toks[n]
        if (
            p >= 0
            and _is_number(toks[p])
            and nt.word[0].islower()
            and not _is_number(nt)
            and nt.lw not in _DETERMINERS
        ):
            return None  # attributive: "three wounded soldiers"
        victim = sent.np_right(n)
        if p >= 0 and prev in ("and", "but", "then", "before"):
            if not prior and prev == "and":
                coord = sent.coord_subject(p)
                if coord is not None:
                    return subject_row(coord, victim, finite=True)  # "police stopped a car and shot X"
            return inherited(victim, finite=True)
        subj = sent.np_left(p + 1) if p >= 0 and prev not in _CLAUSE_PUNCT else None
        if prev == ",":
            subj = sent.subject_of(i)  # "The strikes, led by Britain and France, hit Syria"
        return subject_row(subj, victim, finite=True)
    # no object: a participle (headline "Four killed in ...", ", killed in ...", "civilians killed by")
    if prev in _SUBJECT_PRONOUNS and prev not in ("it", "who") and kind != "participle":
        # "the women police say he kidnapped and raped": a subject pronoun is never the victim
        # of a reduced passive
        return subject_row((p, p + 1), None, finite=True)
    if (
        prev in ("and", "or")
        and prior
        and p > 0
        and prior[-1]["end"] == toks[sent.prev_index(p)].end
        and COARSE[prior[-1]["construction"]] == "with_agent"
        and prior[-1]["construction"] == "active"
    ):
        return inherited(None, finite=True)  # "he kidnapped and raped": the first verb's subject
    if (
        prev == "and"
        and not prior
        and n + 2 < len(toks)
        and toks[n].lw == "and"
        and toks[n + 1].lw in sent.rules.forms
        and sent.starts_object(sent.next_index(n + 1))
    ):
        coord = sent.coord_subject(p)
        if coord is not None:
            return subject_row(coord, None, finite=True)  # "police pulled over a car and shot and killed X"
    subj = sent.np_left(p + 1) if p >= 0 and prev not in _CLAUSE_PUNCT else None
    if (
        subj is not None
        and not _is_number(toks[subj[0]])
        and n + 1 < len(toks)
        and toks[n].lw == "at"
        and toks[n + 1].lw in _OBJECT_PRONOUNS
    ):
        return subject_row(subj, sent.np_right(n + 1), finite=True)  # "the gunman shot at them"
    if (
        subj is not None
        and not _is_number(toks[subj[0]])
        and n + 2 < len(toks)
        and toks[n].lw in ("and", "or")
        and (sent.verbish(n + 1) or toks[n + 1].lw in sent.rules.forms)
        and sent.starts_object(sent.next_index(n + 1))
    ):
        return subject_row(subj, None, finite=True)  # "rebels attacked and killed ten soldiers"
    if (
        subj is not None
        and toks[subj[0]].lw in _DETERMINERS
        and subj[0] > 0
        and subj[1] == p + 1
        and not _is_number(toks[p])
        and not toks[p].lw.endswith("ing")
        and sent.by_agent(last + 1) is None
        and not any(toks[x].lw == "of" for x in range(*subj))
    ):
        before = toks[subj[0] - 1]
        if (
            before.lw not in _PERCEPTION
            and before.lw not in ("either", "neither", "both", "whether")
            and before.word[0].islower()
            and before.word[0].isalpha()
            and before.lw not in _CLOSED
            and not _is_adverb(before)
            and not sent.verbish(subj[0] - 1)
            and not before.lw.endswith("ing")
        ):
            # a relative clause without "that": "the cars the militants attacked"
            return subject_row(subj, None, finite=True)
    return passive_row(subj)


# -- public API -------------------------------------------------------------------------------
def find_agency(
    corpus: Corpus | pd.DataFrame,
    *,
    lexicon: str | Lexicon = "harm_verbs",
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Find harm verbs and whether each names a perpetrator.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (a DataFrame needs a ``text`` column; see :func:`framing.as_corpus`).
    lexicon : str or Lexicon, default "harm_verbs"
        A lexicon of kind ``harm_verbs``: a built-in name, a path to a YAML file, or a loaded
        (possibly extended) Lexicon.
    n_jobs : int, default 1
        Processes for joblib; -1 uses all cores. Results are identical to ``n_jobs=1``.
    progress : bool or None, default None
        Show a progress bar; None shows one only on a terminal or in a notebook.

    Returns
    -------
    DataFrame
        One row per harm verb, in document order:

        - ``doc_id``, ``outlet``, ``date``: the article.
        - ``start``, ``end``, ``text``: the verb (with its particle, as in "gunned down").
        - ``verb``: the lemma ("kill", "shell", "die").
        - ``form``: ``base``, ``present``, ``past`` (past tense or participle), ``participle``
          (a distinct participle such as "slain") or ``ing``.
        - ``construction``: ``active`` (a perpetrator is the subject: "regime jets shelled the
          town", "government shelling killed four"; also a participle or coordinated verb that
          inherits the perpetrator of the clause it hangs on), ``passive`` (a by-agent that names
          a perpetrator), ``agentless_passive`` ("was shelled", the headline "Four killed in
          ..."), ``agentless_participle`` (", killing four" or "to kill" whose implied subject has
          no perpetrator), ``event_subject`` (an event or weapon with no perpetrator as the
          causer: "an explosion killed nine", "killed by shelling"), ``intransitive`` ("died").
        - ``agent``, ``agent_start``, ``agent_end``: the phrase naming the causer (the
          perpetrator, or the event for ``event_subject``), with offsets; missing otherwise.
        - ``victim``, ``victim_start``, ``victim_end``: the object of an active verb or the
          subject of a passive or intransitive one, when found; missing otherwise.
        - ``in_quote``: the verb is inside quoted speech (the source's wording, not the outlet's).

    Notes
    -----
    No part-of-speech tagger is available offline, so the rules read a few closed word classes
    around each verb form listed in the lexicon:

    1. *Which uses count.* A form preceded by a determiner or possessive is a noun or an
       attributive adjective ("the killing", "the wounded", "the besieged city") and is skipped;
       so is a participle between a number and a noun ("three wounded soldiers"). Base and -s
       forms of ``noun_homograph`` verbs ("strike", "attacks", "shells") count only after a
       modal, "to" or a subject pronoun, or as a headline verb between a name and its object
       ("Israel strikes Syrian positions"). ``figurative`` verbs ("attack", "hit", "target",
       "strike", "destroy", "die") count only when the sentence has a ``violence_context`` word,
       and every verb's ``exclude_after`` patterns drop idioms ("hit a record", "struck a deal").
       -ing forms count as verbs only when an object follows ("killing four"), or after "being";
       nominalisations ("the shelling of") are not harm clauses here.
    2. *Passive.* A form after a passive auxiliary (be, get, become, with adverbs in between) is
       passive; so is a past form with no object after it ("Four killed in ...", "civilians
       killed by"). A "by" phrase before the end of the clause is the agent: ``passive`` when it
       names a perpetrator, ``event_subject`` when it is an event or weapon, otherwise
       ``agentless_passive``.
    3. *Active.* A past or present form with an object is active; its subject is the noun phrase
       found by scanning left to the clause start (through "who/which/that" to the antecedent).
       A subject headed by an ``event_subjects`` noun with no perpetrator in it (no
       ``perpetrator_modifiers`` word, no demonym or acronym; a place or date name only names
       the event: "the London attack") gives ``event_subject``. The main clause starts after a
       dateline ("NAIROBI, Kenya — ...") and verbless fronted time phrases ("Two days earlier,").
       The head of a subject or antecedent is found through the place, time and "of" phrases
       that follow it ("the attack last month in Benghazi, Libya, which killed", "packages in
       Austin since March 2 killed"), through a dash before "who", and past a parenthetical
       between commas ("The strikes, led by Britain, hit"; "X, who ..., pulled up and shot").
       Capitalised and -ing forms in photo captions and video teasers ("Hide Caption",
       "JUST WATCHED") are nouns and skipped.
    4. *Participles and coordination.* ", killing four", "and killed four" and "to kill" take the
       perpetrator of the previous harm clause of the sentence ("and injured 176" also its
       event subject; "was shot and killed by police" its by-agent), else the main clause's subject;
       with none in reach they are ``agentless_participle``. A gerund or infinitive after a verb
       takes that verb's subject ("Hussein avoided targeting", "militants vowed to kill"); after
       "for" it takes the person a controller word describes ("the bomber responsible for
       killing", "he was arrested for stabbing", "criticized the guards for shooting"); in a
       fronted adverbial clause it takes the main clause's subject ("After shooting a woman, he
       ..."); after "of" it takes the person a controller describes ("suspected of killing") or
       the owner of a habit noun ("have a long history of attacking"); after a preposition or
       subordinator ("while", "despite", "on", "by") the subject of the clause it hangs on ("the
       group could focus on attacking", "the US, despite targeting"). "X attacked and killed Y"
       gives both verbs X's agency; a contracted pronoun is a subject ("he's killed").
    5. *Relatives.* "X, which/who killed" and "X that killed" take the antecedent X; a relative
       clause without "that" ("the cars the militants attacked") is active.
    6. *Natural deaths.* "died"/"perished" followed by a ``natural_causes`` phrase ("of cancer",
       "peacefully", "at the age of") is not a harm clause.
       "died" with a person as its subject ("ten people died", "his father died") counts even
       with no violence word nearby.
    7. *Nouns and attributives (1.4.0).* "shot" after a determiner and an adjective or
       superlative ("his biggest shot"), or between a number and "was" ("one shot was fired"), is
       a noun; a participle before an event noun ("a targeted strike"), after another verb
       ("photographed wounded X") or a distinct participle before a noun ("Slain deputy") is
       attributive. An elliptical head ("the other", "another") stands for the event noun said
       before it.

    Agency as a framing device follows Trew (1979) and Henley, Miller & Beazley (1995); the
    measured accuracy is in ``benchmarks/RESULTS.md``.

    References
    ----------
    Trew, T. (1979). Theory and ideology at work. In Fowler et al., *Language and Control*.
    Henley, N. M., Miller, M., & Beazley, J. A. (1995). Syntax, semantics, and sexual violence:
    agency and the passive voice. *Journal of Language and Social Psychology*, 14(1-2), 60-84.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> df = pd.DataFrame({"text": ["Regime jets shelled the town. A school was shelled, killing four."]})
    >>> out = fr.find_agency(df)
    >>> out["construction"].tolist()
    ['active', 'agentless_passive', 'agentless_participle']
    >>> out["agent"].iloc[0]
    'Regime jets'
    """
    if is_dask(corpus):
        return dask_spans(corpus, find_agency, lexicon=lexicon, progress=False)
    corp = as_corpus(corpus)
    lx = _lexicons.load(lexicon)
    if lx.kind != "harm_verbs":
        raise ValueError(
            f"`lexicon` must be a lexicon of kind 'harm_verbs'; {lx.name!r} is of kind {lx.kind!r}. "
            "Pass lexicon='harm_verbs' or a file of that kind."
        )
    n_jobs = check_n_jobs(n_jobs)
    rules = _rules(lx)
    docs = corp.docs
    per_doc = map_docs(
        _doc_records, docs["text"].tolist(), rules, n_jobs=n_jobs, progress=progress, desc="find_agency"
    )
    out = span_table(
        docs,
        per_doc,
        _COLUMNS[3:],
        dtypes={
            **dict.fromkeys(("agent_start", "agent_end", "victim_start", "victim_end"), "Int64"),
            "in_quote": bool,
        },
        function="find_agency",
    )
    return attach(
        out, function="find_agency", params={"lexicon": lx.name, "n_jobs": n_jobs}, lexicons=[lx], corpus=corp
    )


def _victim_matcher(victim: Any, lexicon: Any) -> tuple[re.Pattern[str], Lexicon | None]:
    """A regex for the victim phrase: an actor of an actors lexicon, or words/regexes."""
    if isinstance(victim, str) and lexicon is not None:
        lx = lexicon if isinstance(lexicon, Lexicon) else _lexicons.load(lexicon)
        if lx.kind != "actors":
            raise ValueError(
                f"`lexicon` must be an actors lexicon when `victim` names an actor; {lx.name!r} is of kind "
                f"{lx.kind!r}. Pass lexicon='syria' or a list of words as `victim`."
            )
        if victim not in lx.actors:
            raise ValueError(
                f"`victim` {victim!r} is not an actor of lexicon {lx.name!r}; the actors are: "
                f"{', '.join(lx.actors)}. Pass one of them, or a list of words."
            )
        entry = lx.data["actors"][victim] or {}
        pats: list[Any] = list(entry.get("aliases", []) or [])
        for lab in (entry.get("labels") or {}).values():
            pats += list((lab or {}).get("patterns", []) or [])
        parts = []
        for pat in pats:
            if isinstance(pat, dict):
                body = pat["pattern"]
                parts.append(rf"\b(?:{body})\b" if pat.get("case_sensitive") else rf"(?i:\b(?:{body})\b)")
            else:
                parts.append(rf"(?i:\b(?:{pat})\b)")
        if not parts:
            raise ValueError(f"`victim` {victim!r} has no aliases or label patterns in lexicon {lx.name!r}.")
        return re.compile("|".join(parts)), lx
    if isinstance(victim, str):
        words: list[str] = [victim]
    elif isinstance(victim, (list, tuple)) and victim and all(isinstance(w, str) and w for w in victim):
        words = list(victim)
    else:
        raise TypeError(
            "`victim` must be an actor name (with an actors `lexicon`), or a non-empty list of words "
            f"or regular expressions. Got {victim!r} instead."
        )
    try:
        return re.compile("|".join(rf"(?i:\b(?:{w})\b)" for w in words)), None
    except re.error as exc:
        raise ValueError(
            f"`victim` holds an invalid regular expression ({exc}); escape it with re.escape."
        ) from None


def agency_rates(
    corpus: Corpus | pd.DataFrame,
    *,
    by: Any = "outlet",
    victim: str | Sequence[str] | None = None,
    lexicon: str | Lexicon | None = None,
    harm_lexicon: str | Lexicon = "harm_verbs",
    detail: bool = False,
    include_intransitive: bool = True,
    agency: pd.DataFrame | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """P(agentless | harm clause) per group, with article-level bootstrap intervals.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    by : str, Grouper or list, default "outlet"
        Grouping column(s) of the documents.
    victim : str or list of str, optional
        Keep only harm clauses whose victim phrase matches: an actor name of the actors
        ``lexicon`` (its aliases and label patterns, e.g. ``"civilians"`` with
        ``lexicon="syria"``), or a list of words / regular expressions (case-insensitive, at word
        boundaries), e.g. ``["civilians?", "children", "residents"]``. None keeps all.
    lexicon : str or Lexicon, optional
        The actors lexicon for an actor-name ``victim``.
    harm_lexicon : str or Lexicon, default "harm_verbs"
        The harm-verb lexicon passed to :func:`find_agency`.
    detail : bool, default False
        False: two categories, ``agentless`` and ``with_agent``. True: the share of each of the
        six constructions.
    include_intransitive : bool, default True
        Count "died"/"perished" as agentless (they name no causer). False leaves intransitive
        clauses out of the denominator.
    agency : DataFrame, optional
        A result of :func:`find_agency` on the same corpus, to avoid recomputing it.
    ci, n_boot, seed
        Interval coverage, bootstrap resamples and seed (see :func:`framing.stats.bootstrap_ratio`).
    n_jobs : int, default 1
        Passed to :func:`find_agency`.
    progress : bool or None, default None
        Passed to :func:`find_agency`: show a progress bar; None shows one only on a terminal or
        in a notebook.

    Returns
    -------
    DataFrame
        One row per group and category: the ``by`` columns, ``agency`` (``agentless`` /
        ``with_agent``; with ``detail=True`` the column is ``construction``), ``count`` (harm
        clauses of that category), ``total`` (harm clauses of the group), ``share``
        (count / total), ``ci_low``, ``ci_high`` (percentile interval of the cluster bootstrap
        over articles), ``n_docs`` (articles of the group with at least one harm clause).

    Notes
    -----
    The share is a ratio of sums over the articles of a group, ``sum_d agentless_d / sum_d
    harm_d``, and its interval resamples articles, since clauses of one article are not
    independent (Field & Welsh 2007). Computed with :func:`framing.stats.shares`.

    Examples
    --------
    >>> import pandas as pd
    >>> import framing as fr
    >>> df = pd.DataFrame({"text": ["Jets shelled the town.", "A school was shelled."], "outlet": ["A", "B"]})
    >>> r = fr.agency_rates(df, n_boot=100)
    >>> r[r.agency == "agentless"][["outlet", "share"]].values.tolist()
    [['A', 0.0], ['B', 1.0]]
    """
    corp = as_corpus(corpus)
    if not isinstance(detail, bool):
        raise TypeError(f"`detail` must be True or False. Got {detail!r} instead.")
    if lexicon is not None and not isinstance(victim, str):
        raise ValueError(
            f"`lexicon` is used only to find an actor named by `victim`, and victim is {victim!r}; "
            "pass victim='civilians' (an actor of that lexicon) with it, or leave lexicon=None "
            "(the harm verbs are set by `harm_lexicon`)."
        )
    used: list[Any] = []
    if agency is None:
        hx = _lexicons.load(harm_lexicon, parameter="harm_lexicon")
        if hx.kind != "harm_verbs":
            raise ValueError(
                f"`harm_lexicon` must be a lexicon of kind 'harm_verbs'; {hx.name!r} is of kind "
                f"{hx.kind!r}. Pass harm_lexicon='harm_verbs' or a file of that kind."
            )
        used.append(hx)
    spans = (
        agency
        if agency is not None
        else find_agency(corp, lexicon=harm_lexicon, n_jobs=n_jobs, progress=progress)
    )
    if "construction" not in spans.columns or "doc_id" not in spans.columns:
        raise ValueError(
            "`agency` must be a result of fr.find_agency (with doc_id and construction columns); "
            f"got columns {', '.join(map(str, spans.columns))}. Leave agency=None to compute it."
        )
    bad = set(spans["construction"]) - set(CONSTRUCTIONS)
    if bad:
        check_choice("construction", sorted(bad)[0], CONSTRUCTIONS, owner="agency")
    if victim is not None:
        pattern, actors_lx = _victim_matcher(victim, lexicon)
        used.append(actors_lx)
        vic = spans["victim"].fillna("")
        spans = spans[vic.map(lambda v: bool(pattern.search(v)))]
    if not include_intransitive:
        spans = spans[spans["construction"] != "intransitive"]
    spans = spans.assign(agency=spans["construction"].map(COARSE).replace({"intransitive": "agentless"}))
    if detail:
        cats: list[str] = [c for c in CONSTRUCTIONS if include_intransitive or c != "intransitive"]
        of = "construction"
    else:
        cats, of = ["agentless", "with_agent"], "agency"
    out = shares(spans, corp.docs, of=of, by=by, categories=cats, ci=ci, n_boot=n_boot, seed=seed)
    params = {
        "by": by,
        "victim": victim,
        "lexicon": getattr(lexicon, "name", lexicon),
        "detail": detail,
        "include_intransitive": include_intransitive,
        "ci": ci,
        "n_boot": n_boot,
        "seed": seed,
    }
    return attach(out, function="agency_rates", params=params, lexicons=used, corpus=corp)
