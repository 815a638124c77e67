"""Naming: which label each outlet uses for the same actor ("rebels" or "terrorists"?).

:func:`find_labels` finds every label mention of an actors lexicon (``fr.lexicons.load("syria")``)
with character offsets, its actor, stance and whether it sits inside quoted speech;
:func:`find_actors` finds proper-name mentions (aliases); :func:`label_choice` turns the label
mentions into shares per group with article-level bootstrap intervals.

How a mention is attributed (the rule is the same for every actors lexicon):

1. All label patterns of the lexicon are compiled into one regular expression (cached per
   lexicon). Matches are non-overlapping, scanned left to right; at one position the longest
   pattern is tried first ("rebel fighters" before "rebel").
2. A label's ``exclude`` patterns cancel it when one of their matches overlaps the mention
   ("sanctions regime", "anti-government", "the Turkish government").
3. An actor with a ``context`` needs one of its cue patterns within ``window`` characters of the
   mention (a Syrian place or name for the Syrian actors; ISIS/Daesh for ``islamic_state``). A
   label may carry its own ``context`` (overriding the actor's window or cues), and ``avoid``
   cues within the window cancel the mention (an ambiguous "militants" next to "ISIS" or
   "Iraq" is not the Syrian armed opposition's). ``rivals`` cues cancel the mention when one is
   nearer than the nearest context cue (a "government" closer to "Iraq's" than to "Syria" is
   Iraq's), and ``scope: sentence`` limits the cues (and avoid/rival cues) to the mention's
   sentence (:func:`framing.text.sentence_at`) within the window; with ``anaphora: true`` a
   definite mention ("the extremists") keeps the whole window, since a definite description
   refers to an actor named in the passage around it.
4. When the same words are a label of several actors ("terrorists"), the actor whose nearest cue
   is closest wins; ties go to the actor listed first in the lexicon. A definite mention of such
   a label ("the terrorists", "the terrorist organisation's commander") with no cue touching it
   refers back: it takes the actor of the latest earlier mention of the same label within 600
   characters before it ("the PKK/YPG terrorists ... the terrorists"), when that actor's
   exclude and avoid patterns allow it, even if a cue of another actor (a place of the war) is
   nearer before it; not when that nearer cue follows the mention within 60 characters in a
   relative clause or post-modifier of it ("the militants who fight for Kurdish autonomy"),
   which describes it. This is the usual same-head coreference of definite noun phrases (Poesio & Vieira
   1998, A corpus-based investigation of definite description use. Computational Linguistics
   24(2)).
5. A mention inside a list-like run of capitalised names (a web page's drop-down of countries,
   where fewer than one word in six starts in lower case) is not naming and is skipped.

In every pattern a straight apostrophe also matches a curly one ("Iraq's" matches "Iraq’s").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd

from framing._mapping import Doc, as_doc, check_n_jobs, dask_spans, is_dask, map_docs, span_table
from framing._phrases import WordStarts, trie_pattern
from framing._validation import check_choice, check_int, check_probability
from framing.corpus import Corpus, as_corpus
from framing.lexicons import Lexicon, load
from framing.provenance import attach
from framing.stats import group_codes, shares
from framing.text import inside

__all__ = ["find_actors", "find_labels", "label_choice", "pattern_source"]

_SPAN_COLUMNS = ["doc_id", "outlet", "date", "start", "end", "text"]
_LABEL_COLUMNS = [*_SPAN_COLUMNS, "actor", "label", "stance", "in_quote"]
_ACTOR_COLUMNS = [*_SPAN_COLUMNS, "actor", "in_quote"]
_EXCLUDE_REACH = 80  # characters around a mention searched for exclude patterns


def _curly(text: str) -> str:
    """Let a straight apostrophe outside a character class match a curly one too."""
    if "'" not in text:
        return text
    out = []
    in_class = escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "'":
            out.append("['’]")
            continue
        out.append(ch)
    return "".join(out)


def pattern_source(item: str | dict[str, Any], *, bounded: bool = True) -> str:
    """The regular expression of one lexicon pattern.

    A pattern is a string (matched case-insensitively) or ``{pattern: ..., case_sensitive:
    true}``. The result is meant for a regex compiled with ``re.IGNORECASE``: a case-sensitive
    pattern is wrapped in ``(?-i:...)``. With ``bounded`` the match must start and end at word
    boundaries. A straight apostrophe outside a character class also matches a curly one.

    Examples
    --------
    >>> import re
    >>> bool(re.search(pattern_source({"pattern": "HTS", "case_sensitive": True}), "hts", re.I))
    False
    """
    if isinstance(item, dict):
        text = _curly(str(item["pattern"]))
        if item.get("case_sensitive", False):
            text = f"(?-i:{text})"
    else:
        text = _curly(str(item))
    return rf"(?<!\w)(?:{text})(?!\w)" if bounded else f"(?:{text})"


def _union(items: Iterable[Any]) -> re.Pattern[str] | None:
    return _gated_union(list(dict.fromkeys(pattern_source(p) for p in items)))


try:  # the regex parser, used only to find which characters can start a pattern
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_parse as _sre_parse


def _first_chars(items: Any, nullable_ok: bool = False) -> tuple[set[str] | None, bool]:
    """Characters that can start a match of a parsed pattern; None when not known.

    Returns ``(chars, nullable)``: ``nullable`` is True when the pattern can match empty, so the
    characters of what follows can start a match too. Zero-width assertions are skipped.
    """
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
            return chars, False
        if name == "IN":
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL":
                    chars.add(chr(iav))
                elif iname == "RANGE" and iav[1] - iav[0] < 64:
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return None, False
            return chars, False
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name == "SUBPATTERN":
            sub, nullable = _first_chars(av[-1].data)
        elif name == "BRANCH":
            sub, nullable = set(), False
            for alt in av[1]:
                a, n = _first_chars(alt.data)
                if a is None:
                    return None, False
                sub |= a
                nullable = nullable or n
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, nullable = _first_chars(av[2].data)
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def _literal_prefixes(items: Any) -> list[tuple[str, bool]]:
    """Lowercase ASCII strings one of which starts every match of a parsed pattern.

    Returns ``(prefix, complete)`` pairs, ``complete`` False once a construct other than a
    literal, a group, an alternation, an optional part or a zero-width assertion stopped the
    walk. Zero-width assertions consume nothing, so skipping them keeps each prefix a
    substring of the matches it stands for.
    """
    out: list[tuple[str, bool]] = [("", True)]
    for op, av in items:
        if not any(c for _, c in out):
            break
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name == "LITERAL" and av < 128:
            sub = [(chr(av).lower(), True)]
        elif name == "SUBPATTERN":
            sub = _literal_prefixes(av[-1].data)
        elif name == "BRANCH":
            sub = [x for alt in av[1] for x in _literal_prefixes(alt.data)]
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] == 0 and av[1] == 1:
            sub = [*_literal_prefixes(av[2].data), ("", True)]
        else:
            sub = [("", False)]
        nxt = [(p + q, c) for p, done in out if done for q, c in sub]
        nxt += [x for x in out if not x[1]]
        if len(nxt) > 64:  # enough: stop extending
            return [(p, False) for p, _ in out]
        out = list(dict.fromkeys(nxt))
    return out


def _prefixes(sources: Iterable[str], cut: int = 5) -> tuple[str, ...] | None:
    """Lowercase ASCII strings (at most ``cut`` characters, none starting with another) one of
    which starts every match of every pattern source; None when a pattern can start otherwise
    or a string is shorter than three characters (too common for the shortcut to pay)."""
    found: set[str] = set()
    for src in sources:
        try:
            pairs = _literal_prefixes(_sre_parse.parse(src, re.IGNORECASE).data)
        except Exception:  # an unusual construct: no prefix known
            return None
        if any(not p for p, _ in pairs):
            return None
        found.update(p[:cut] for p, _ in pairs)
    if not found or min(len(p) for p in found) < 3:  # too common to save time
        return None
    return tuple(sorted(p for p in found if not any(q != p and p.startswith(q) for q in found)))


# The characters other than ASCII that ``re.IGNORECASE`` matches with an ASCII character ("İ",
# "ı", "ſ", the Kelvin sign); "İ" is also the one character whose lowercase is longer.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _candidates(text: str, prefixes: tuple[str, ...] | None, low: str | None = None) -> list[int] | None:
    """The offsets where one of ``prefixes`` occurs in ``text``, case ignored; None when
    ``prefixes`` is None or ``text`` holds a character of ``_FOLDS_TO_ASCII``.

    Without those characters, a character that ``re.IGNORECASE`` matches with an ASCII one is
    that one in either case, and ``text.lower()`` has the same offsets as ``text``; so a match
    of a pattern starting with a prefix starts where the prefix occurs in ``text.lower()``
    (``low``, when the caller has it).
    """
    if prefixes is None or any(c in text for c in _FOLDS_TO_ASCII):
        return None
    if low is None:
        low = text.lower()
    out: list[int] = []
    for prefix in prefixes:
        i = low.find(prefix)
        while i >= 0:
            out.append(i)
            i = low.find(prefix, i + 1)
    out.sort()  # the prefixes do not start one another, so no offset repeats
    return out


_NOT_AFTER_WORD = str(_sre_parse.parse(r"(?<!\w)").data[0])


@lru_cache(maxsize=64)
def _starts_after_non_word(pattern: str, flags: int) -> bool:
    r"""Does every match of the pattern start where no word character precedes it (the pattern
    is a sequence whose first item is ``(?<!\w)``, as :func:`_gated_union` writes it)?"""
    try:
        data = _sre_parse.parse(pattern, flags).data
    except Exception:  # an unusual construct: not known
        return False
    return bool(data) and str(data[0]) == _NOT_AFTER_WORD


@lru_cache(maxsize=64)
def _word_start_scan(prefixes: tuple[str, ...]) -> WordStarts:
    """Zero-width matches where one of ``prefixes`` starts and no word character precedes."""
    return WordStarts("(?=" + trie_pattern(prefixes) + ")", zero_width=True)


def _word_start_candidates(text: str, prefixes: tuple[str, ...], low: str | None = None) -> list[int] | None:
    r"""The offsets of :func:`_candidates` that no word character precedes, found in one scan of
    the lowercased text; None as there. Lower-casing keeps offsets (the characters that do not
    are in ``_FOLDS_TO_ASCII``) and whether a character is a word character
    (``tests/test_fastpaths.py`` checks every code point), so ``(?<!\w)`` answers the same on
    ``low`` as on ``text``."""
    if any(c in text for c in _FOLDS_TO_ASCII):
        return None
    if low is None:
        low = text.lower()
    return [s for s, _ in _word_start_scan(prefixes).spans(low)]


def _hits(
    rx: re.Pattern[str], text: str, prefixes: tuple[str, ...] | None, low: str | None = None
) -> Iterator[re.Match[str]]:
    r"""The non-empty matches of ``rx`` in ``text``, left to right, each search resuming at the
    end of the previous match (as ``finditer`` does for non-empty matches).

    With ``prefixes`` (every match starts with one of them), ``rx`` is tried only where one
    occurs: the leftmost of those offsets where ``rx`` matches is where a search would match.
    Every match is then at least one character long. When ``rx`` starts with ``(?<!\w)``, only
    the offsets that no word character precedes are tried (one trie scan instead of a
    ``str.find`` pass per prefix).
    """
    if prefixes is not None and _starts_after_non_word(rx.pattern, rx.flags):
        cands = _word_start_candidates(text, prefixes, low)
    else:
        cands = _candidates(text, prefixes, low)
    if cands is None:
        pos, n = 0, len(text)
        while pos < n:
            hit = rx.search(text, pos)
            if hit is None:
                return
            s, e = hit.span()
            pos = e if e > s else s + 1
            if e > s:
                yield hit
        return
    pos = 0
    for c in cands:
        if c < pos:
            continue
        hit = rx.match(text, c)
        if hit is not None:
            pos = hit.end()
            yield hit


def _gated_union(
    by_pattern: dict[str, list[_Owner]] | list[str], owners: dict[int, list[_Owner]] | None = None
) -> re.Pattern[str] | None:
    """One regex for all patterns, dispatched on the first character of the match.

    Python's regex engine tries every alternative at every word start; grouping the
    alternatives behind a lookahead on their possible first letters makes a word start cost a
    few character tests instead of one attempt per pattern. Within a group the longest pattern
    comes first, so that at one position the more specific phrase wins. Patterns whose first
    characters cannot be worked out go in a group tried at every word start.
    """
    buckets: dict[str, list[str]] = {}
    for src in by_pattern:
        try:
            parsed = _sre_parse.parse(src, re.IGNORECASE)
            chars, nullable = _first_chars(parsed.data)
        except Exception:  # an unusual construct: fall back to the ungated group
            chars, nullable = None, True
        keys = {c.lower() for c in chars} if chars and not nullable else {""}
        for k in keys:
            buckets.setdefault(k, []).append(src)
    if not buckets:
        return None
    parts: list[tuple[str, str]] = []
    group = 1
    for key in sorted(buckets, key=lambda k: (k == "", k)):
        alts = []
        for src in sorted(buckets[key], key=len, reverse=True):
            alts.append(f"({src})")
            if owners is not None and isinstance(by_pattern, dict):
                owners[group] = by_pattern[src]
            group += 1 + re.compile(src).groups
        parts.append((key, "|".join(alts)))
    # Checked once up front, the word-start test rejects most positions with one comparison;
    # the gates then form a binary tree, so a word start costs a few lookaheads, not one per
    # first letter. The gates are disjoint, so the tree tries the same alternatives in the
    # same order as a flat list of gates would.
    gated = [(k, b) for k, b in parts if k]
    tree = [_gate_tree(gated)] if gated else []
    tree += [f"(?:{b})" for k, b in parts if not k]
    return re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(tree) + ")", re.IGNORECASE)


def _gate(keys: Iterable[str]) -> str:
    """A lookahead for a first character among ``keys`` (lowercase) in either case."""
    chars = "".join(dict.fromkeys(c for k in keys for c in (k, k.upper())))
    return f"(?=[{''.join(re.escape(c) for c in chars)}])"


def _gate_tree(parts: list[tuple[str, str]]) -> str:
    """The alternatives ``parts`` (first character, body), each behind its gate, as a tree of
    lookaheads halving the set of first characters at each level."""
    if len(parts) <= 3:
        return "|".join(f"{_gate([k])}(?:{b})" for k, b in parts)
    half = len(parts) // 2
    left, right = parts[:half], parts[half:]
    return (
        f"{_gate(k for k, _ in left)}(?:{_gate_tree(left)})"
        f"|{_gate(k for k, _ in right)}(?:{_gate_tree(right)})"
    )


class _Context(NamedTuple):
    cues: re.Pattern[str] | None
    window: int
    avoid: re.Pattern[str] | None
    rivals: re.Pattern[str] | None
    sentence: bool
    anaphora: bool


class _Owner(NamedTuple):
    actor: str
    label: str
    stance: str
    rank: int  # file order of the actor, for ties


class _Matcher:
    """One lexicon compiled for fast scanning: a single alternation of all label patterns."""

    def __init__(self, lexicon: Lexicon, section: str) -> None:
        actors = lexicon.data["actors"]
        self.section = section
        by_pattern: dict[str, list[_Owner]] = {}
        full: list[tuple[_Owner, re.Pattern[str]]] = []
        self.exclude: dict[tuple[str, str], re.Pattern[str] | None] = {}
        # (actor, label) -> its context; a label's own context keys replace its actor's.
        self.context: dict[tuple[str, str], _Context] = {}
        for rank, (actor, spec) in enumerate(actors.items()):
            spec = spec or {}
            if section == "labels":
                actor_ctx = spec.get("context") or {}
                items = []
                for name, lab in (spec.get("labels") or {}).items():
                    ctx = {**actor_ctx, **(lab.get("context") or {})}
                    if ctx:
                        self.context[(actor, name)] = _Context(
                            _union(ctx.get("patterns") or []),
                            int(ctx.get("window", 400)),
                            _union(ctx.get("avoid") or []),
                            _union(ctx.get("rivals") or []),
                            ctx.get("scope", "window") == "sentence",
                            bool(ctx.get("anaphora", False)),
                        )
                    items.append(
                        (_Owner(actor, name, str(lab["stance"]), rank), lab["patterns"], lab.get("exclude"))
                    )
            else:
                items = [(_Owner(actor, "", "", rank), spec.get("aliases") or [], None)]
            for owner, patterns, exclude in items:
                self.exclude[(owner.actor, owner.label)] = _union(exclude or [])
                for p in patterns:
                    by_pattern.setdefault(pattern_source(p), []).append(owner)
                full.append(
                    (
                        owner,
                        re.compile("|".join(pattern_source(p, bounded=False) for p in patterns), re.I),
                    )
                )
        self.owners: dict[int, list[_Owner]] = {}
        self.regex = _gated_union(by_pattern, self.owners)
        # Every match starts with one of these (lowercase): the regex is tried only where one
        # occurs.
        self.prefixes = _prefixes(by_pattern)
        self._full = full
        self._surface: dict[str, list[_Owner]] = {}

    def owners_of(self, m: re.Match[str]) -> list[_Owner]:
        """Every (actor, label) whose patterns match this surface form, the matching one first."""
        first = self.owners[m.lastindex or 0] if m.lastindex in self.owners else []
        if m.lastindex not in self.owners:
            # A user pattern with its own groups: find the outer group that matched.
            for g, owners in self.owners.items():
                if m.start(g) >= 0:
                    first = owners
                    break
        surface = m.group(0)
        if surface not in self._surface:
            self._surface[surface] = [o for o, rx in self._full if rx.fullmatch(surface)]
        out = list(first)
        out.extend(o for o in self._surface[surface] if o not in out)
        return out


@lru_cache(maxsize=16)
def _matcher(lexicon: Lexicon, section: str) -> _Matcher:
    if lexicon.kind != "actors":
        raise TypeError(
            f"`lexicon` must be an actors lexicon such as fr.lexicons.load('syria'). Got "
            f"{lexicon.name!r} of kind {lexicon.kind!r} instead."
        )
    return _Matcher(lexicon, section)


def _distance(s: int, e: int, cues: list[tuple[int, int]]) -> int:
    """Characters between the mention [s, e) and the nearest cue (0 when they touch/overlap)."""
    best = sys.maxsize
    for cs, ce in cues:
        d = max(0, cs - e, s - ce)
        if d < best:
            best = d
    return best


# "the extremists", "the Sunni extremists": a definite description refers to an actor named in the
# passage around it, so with ``anaphora`` its cues may come from the whole window.
_DEFINITE = re.compile(r"(?<!\w)the\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)

# A definite mention shared by several actors ("the terrorists", "the terrorist organisation")
# refers back to the same label named just before: up to about three sentences of news prose.
_ANTECEDENT_REACH = 600
_AFTER_REACH = 60  # a cue this close after a definite mention, in its sentence, describes it ...
# ... when a relative clause or a post-modifier attaches it to the mention
_DESCRIBED_AFTER = re.compile(
    r"\s*,?\s*(?:who|whom|that|which|of|loyal to|linked to|allied (?:to|with)|backed by)\b", re.IGNORECASE
)
_LIST_REACH = 150  # characters each side of a mention inspected by the list-run test
_LIST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _in_name_list(text: str, s: int, e: int) -> bool:
    """True when the mention sits in a long run of capitalised names (a country drop-down).

    Prose has many lower-case words (articles, verbs, prepositions); a list of names has almost
    none. The run must hold at least 20 words, fewer than one in six in lower case ("and", "of"
    of multi-word names such as "Trinidad and Tobago"), and no
    sentence-ending full stop.
    """
    lo, hi = max(0, s - _LIST_REACH), min(len(text), e + _LIST_REACH)
    chunk = text[lo:hi]
    if ". " in chunk or "\n\n" in chunk:
        return False
    found = _LIST_WORD.findall(chunk)
    if len(found) < 20:
        return False
    lower = sum(1 for w in found if w[0].islower())
    return lower * 6 < len(found)


def _antecedent(out: list[tuple[int, int, str, str, str]], s: int, eligible: list[_Owner]) -> _Owner | None:
    """The owner of the latest earlier mention of the same label within ``_ANTECEDENT_REACH``
    characters before ``s`` ("the PKK/YPG terrorists ... the terrorists"), if it is eligible."""
    for _ps, pe, actor, label, _ in reversed(out):
        if pe < s - _ANTECEDENT_REACH:
            break
        for o in eligible:
            if o.actor == actor and o.label == label:
                return o
    return None


def _label_records(text: str, m: _Matcher, d: Doc | None = None) -> list[tuple[int, int, str, str, str]]:
    """Label mentions of one document: ``(start, end, actor, label, stance)``; ``d`` is the
    document's shared analysis, if any."""
    out: list[tuple[int, int, str, str, str]] = []
    rx = m.regex
    if rx is None:
        return out
    n = len(text)
    for hit in _hits(rx, text, m.prefixes, d.lower if d is not None else None):
        s, e = hit.span()
        if _in_name_list(text, s, e):
            continue
        sentence: tuple[int, int] | None = None
        best: tuple[int, int, _Owner] | None = None
        owners = m.owners_of(hit)
        eligible: list[_Owner] = []  # not excluded nor avoided, whatever their cues
        for owner in owners:
            ex = m.exclude.get((owner.actor, owner.label))
            if ex is not None and any(
                x.start() < e and x.end() > s
                for x in ex.finditer(text, max(0, s - _EXCLUDE_REACH), min(n, e + _EXCLUDE_REACH))
            ):
                continue
            dist = 0
            ctx = m.context.get((owner.actor, owner.label))
            if ctx is None:
                eligible.append(owner)
            else:
                lo, hi = max(0, s - ctx.window), min(n, e + ctx.window)
                if ctx.sentence:
                    if sentence is None:
                        if d is None:
                            d = Doc(text)  # its paragraphs are split once, when first needed
                        sentence = d.sentence_at(s) or (s, e)
                    if not (ctx.anaphora and _DEFINITE.search(text, max(0, s - 40), s)):
                        lo, hi = max(lo, sentence[0]), min(hi, max(e, sentence[1]))
                if ctx.avoid is not None and ctx.avoid.search(text, lo, hi):
                    continue
                eligible.append(owner)
                if ctx.cues is not None:
                    dist = _distance(s, e, [c.span() for c in ctx.cues.finditer(text, lo, hi)])
                    if dist > ctx.window:
                        continue
                if ctx.rivals is not None:
                    rival = _distance(s, e, [c.span() for c in ctx.rivals.finditer(text, lo, hi)])
                    if rival < dist:
                        continue
            key = (dist, owner.rank)
            if best is None or key < best[:2]:
                best = (dist, owner.rank, owner)
        if (
            len({o.actor for o in owners}) > 1
            and (best is None or best[0] > 1)
            and _DEFINITE.search(text, max(0, s - 40), s)
        ):
            ante = _antecedent(out, s, eligible)
            if ante is not None and best is not None and best[2].actor != ante.actor:
                # A cue of another actor right after the mention, in its own sentence, describes
                # it ("the militants who fight for Kurdish autonomy"): the cue rule stands.
                if d is None:
                    d = Doc(text)
                sent_end = (d.sentence_at(s) or (s, e))[1]
                ctx = m.context.get((best[2].actor, best[2].label))
                cues = ctx.cues if ctx is not None else None
                near = min(sent_end, e + _AFTER_REACH)
                if (
                    cues is not None
                    and _DESCRIBED_AFTER.match(text, e)
                    and any(c.start() - e <= best[0] for c in cues.finditer(text, e, near))
                ):
                    ante = None
            if ante is not None:
                best = (0, ante.rank, ante)
        if best is not None:
            o = best[2]
            out.append((s, e, o.actor, o.label, o.stance))
    return out


def _alias_records(text: str, m: _Matcher) -> list[tuple[int, int, str, str, str]]:
    out: list[tuple[int, int, str, str, str]] = []
    if m.regex is None:
        return out
    # Without prefixes a pattern may match empty: finditer's own rule for resuming then applies.
    hits = m.regex.finditer(text) if m.prefixes is None else _hits(m.regex, text, m.prefixes)
    for hit in hits:
        if hit.end() > hit.start():
            owner = m.owners_of(hit)[0]
            out.append((hit.start(), hit.end(), owner.actor, "", ""))
    return out


def _doc_mentions(doc: str | Doc, arg: tuple[Lexicon, str]) -> list[tuple[int, int, str, str, str, bool]]:
    """The pure per-document extractor: ``(start, end, actor, label, stance, in_quote)`` rows."""
    lexicon, section = arg
    d = as_doc(doc)
    m = _matcher(lexicon, section)
    recs = _label_records(d.text, m, d) if section == "labels" else _alias_records(d.text, m)
    if not recs:
        return []
    flags = inside([r[0] for r in recs], d.quote_contents)
    return [(*r, bool(f)) for r, f in zip(recs, flags)]


def _scan(
    corpus: Corpus, lexicon: Lexicon, section: str, *, n_jobs: int, progress: bool | None
) -> pd.DataFrame:
    docs = corpus.docs
    per_doc = map_docs(
        _doc_mentions,
        docs["text"].tolist(),
        (lexicon, section),
        n_jobs=n_jobs,
        progress=progress,
        desc=f"find_{section}",
    )
    return span_table(
        docs,
        per_doc,
        ["start", "end", "actor", "label", "stance", "in_quote"],
        dtypes={"in_quote": bool},
        function=f"find_{section}",
    )


def _lexicon(lexicon: Any) -> Lexicon:
    if isinstance(lexicon, Lexicon):
        lx = lexicon
    elif isinstance(lexicon, str):
        lx = load(lexicon)
    else:
        raise TypeError(
            "`lexicon` must be an actors Lexicon or the name of a built-in one, e.g. 'syria'. "
            f"Got {type(lexicon).__name__} instead."
        )
    _matcher(lx, "labels")  # kind check and compilation, once
    return lx


def find_labels(
    corpus: Corpus | pd.DataFrame,
    lexicon: Lexicon | str = "syria",
    *,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Every label mention of every actor, with offsets, stance and voice.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (a DataFrame needs a ``text`` column).
    lexicon : Lexicon or str, default "syria"
        An actors lexicon, or the name of a built-in one.
    n_jobs : int, default 1
        Worker processes (joblib); the result is identical to ``n_jobs=1``. -1 uses all cores.
    progress : bool or None, default None
        Show a progress bar; None shows one only on a terminal or in a notebook.

    Returns
    -------
    DataFrame
        One row per mention, in document order: ``doc_id``, ``outlet``, ``date``, ``start``,
        ``end`` (character offsets into the document's text), ``text`` (the mention,
        ``doc.text[start:end]``), ``actor``, ``label``, ``stance`` (``delegitimizing``,
        ``neutral`` or ``legitimizing``), ``in_quote`` (True inside quoted speech: the source's
        word, not the outlet's).

    Notes
    -----
    The attribution rule (one compiled pattern per lexicon, exclude patterns, context windows,
    nearest-cue resolution of shared labels) is described in the module docstring. Quoted speech
    is found with :func:`framing.text.quotes`; a mention is ``in_quote`` when its first character
    lies inside a quote's content. Only the article text is scanned, not the title.

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> df = pd.DataFrame({"text": ['Syrian rebels took Aleppo. "The terrorists fled," SANA said.'],
    ...                    "outlet": ["Wire"]})
    >>> fr.find_labels(df)[["text", "actor", "label", "in_quote"]].values.tolist()
    [['rebels', 'armed_opposition', 'rebels', False], ['terrorists', 'armed_opposition', 'terrorists', True]]
    """
    if is_dask(corpus):
        return dask_spans(corpus, find_labels, lexicon=lexicon, progress=False)
    corpus = as_corpus(corpus)
    lx = _lexicon(lexicon)
    n_jobs = check_n_jobs(n_jobs)
    out = _scan(corpus, lx, "labels", n_jobs=n_jobs, progress=progress)
    return attach(
        out[_LABEL_COLUMNS], function="find_labels", params={"n_jobs": n_jobs}, lexicons=[lx], corpus=corpus
    )


def find_actors(
    corpus: Corpus | pd.DataFrame,
    lexicon: Lexicon | str = "syria",
    *,
    n_jobs: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Proper-name mentions (aliases) of each actor: how often is each actor named?

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    lexicon : Lexicon or str, default "syria"
        An actors lexicon; its actors' ``aliases`` are searched.
    n_jobs, progress
        As in :func:`find_labels`.

    Returns
    -------
    DataFrame
        One row per mention: ``doc_id``, ``outlet``, ``date``, ``start``, ``end``, ``text``,
        ``actor``, ``in_quote``.

    Notes
    -----
    Aliases are matched case-insensitively at word boundaries (case-sensitive where the lexicon
    says so, as for "HTS"), non-overlapping, longest alias first at one position. Aliases need
    no context cue: a proper name identifies its actor.

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> df = pd.DataFrame({"text": ["HTS and the SDF clashed near Aleppo."]})
    >>> fr.find_actors(df)["actor"].tolist()
    ['armed_opposition', 'kurdish_forces']
    """
    corpus = as_corpus(corpus)
    lx = _lexicon(lexicon)
    n_jobs = check_n_jobs(n_jobs)
    out = _scan(corpus, lx, "aliases", n_jobs=n_jobs, progress=progress)
    return attach(
        out[_ACTOR_COLUMNS], function="find_actors", params={"n_jobs": n_jobs}, lexicons=[lx], corpus=corpus
    )


def _check_actors(lx: Lexicon, actors: str | Sequence[str] | None) -> list[str]:
    with_labels = [a for a in lx.actors if lx.labels(a)]
    if actors is None:
        return with_labels
    chosen = [actors] if isinstance(actors, str) else list(actors)
    for a in chosen:
        if a not in lx.actors or not lx.labels(a):
            raise ValueError(
                f"`actors` names {a!r}, which is not an actor with labels in lexicon {lx.name!r}; "
                f"the actors are: {', '.join(with_labels)}."
            )
    return chosen


def label_choice(
    corpus: Corpus | pd.DataFrame,
    lexicon: Lexicon | str = "syria",
    *,
    by: Any = "outlet",
    voice: str = "own",
    actors: str | Sequence[str] | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    n_jobs: int = 1,
    spans: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Which label each group uses for each actor: shares with article-level bootstrap CIs.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    lexicon : Lexicon or str, default "syria"
        An actors lexicon.
    by : str, pandas.Grouper or list of them, default "outlet"
        Grouping of the articles, e.g. ``["outlet", pd.Grouper(key="date", freq="W")]``.
    voice : {"own", "quoted", "all"}, default "own"
        ``"own"`` counts mentions outside quoted speech (the outlet's own words), ``"quoted"``
        only those inside quotes, ``"all"`` both.
    actors : str or list of str, optional
        Restrict to these actors; default every actor with labels.
    ci : float, default 0.95
        Coverage of the percentile interval.
    n_boot : int, default 1000
        Bootstrap resamples (at least 100).
    seed : int, default 0
        Seed; the same seed gives the same intervals.
    n_jobs : int, default 1
        Worker processes for :func:`find_labels`.
    spans : DataFrame, optional
        A :func:`find_labels` table of this corpus, to avoid scanning it again.

    Returns
    -------
    DataFrame
        One row per (group, actor, label), every label of each actor included: the ``by``
        columns, ``actor``, ``label``, ``stance``, ``count`` (mentions of the label in the
        group), ``total`` (mentions of any label of the actor in the group), ``share``
        (count / total; NaN when the group never mentions the actor), ``ci_low``, ``ci_high``
        (percentile interval of the cluster bootstrap), ``n_docs`` (articles of the group that
        mention the actor).

    Notes
    -----
    The share is a ratio of sums over articles, ``sum_d count_d / sum_d total_d``, and its
    interval resamples articles with replacement within each group (cluster bootstrap, Efron &
    Tibshirani 1993; Field & Welsh 2007), because mentions in one article are not independent.
    Computed with :func:`framing.stats.shares`.

    References
    ----------
    Efron, B., & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall.
    Field, C. A., & Welsh, A. H. (2007). Bootstrapping clustered data. JRSS B, 69(3), 369-390.

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> df = pd.DataFrame({"text": ["Rebels entered Aleppo.", "Terrorists shelled Aleppo."],
    ...                    "outlet": ["A", "B"]})
    >>> t = fr.label_choice(df, actors="armed_opposition", n_boot=200)
    >>> t[t["count"] > 0][["outlet", "label", "share"]].values.tolist()
    [['A', 'rebels', 1.0], ['B', 'terrorists', 1.0]]
    """
    corpus = as_corpus(corpus)
    lx = _lexicon(lexicon)
    voice = check_choice("voice", voice, ("own", "quoted", "all"), owner="label_choice")
    n_boot = check_int("n_boot", n_boot, minimum=100)
    ci = check_probability("ci", ci)
    chosen = _check_actors(lx, actors)
    group_codes(corpus.docs, by)  # a missing `by` column fails before the scan
    if spans is None:
        spans = find_labels(corpus, lx, n_jobs=n_jobs, progress=False)
    elif not isinstance(spans, pd.DataFrame) or not {"doc_id", "actor", "label", "in_quote"} <= set(
        spans.columns
    ):
        cols = ", ".join(map(str, getattr(spans, "columns", []))) or type(spans).__name__
        raise ValueError(
            "`spans` must be the span table of fr.find_labels (with doc_id, actor, label and "
            f"in_quote columns); got {cols}. Pass spans=fr.find_labels(corpus) or leave spans=None."
        )
    if voice == "own":
        spans = spans[~spans["in_quote"].astype(bool)]
    elif voice == "quoted":
        spans = spans[spans["in_quote"].astype(bool)]
    spans = spans[spans["actor"].isin(chosen)]
    table = shares(
        spans,
        corpus.docs,
        of="label",
        by=by,
        within="actor",
        categories={a: lx.labels(a) for a in chosen},
        ci=ci,
        n_boot=n_boot,
        seed=seed,
    )
    stance = {(a, lab): lx.stance(a, lab) for a in chosen for lab in lx.labels(a)}
    table.insert(
        table.columns.get_loc("label") + 1,
        "stance",
        [stance.get((a, lab), "") for a, lab in zip(table["actor"], table["label"])],
    )
    params = {"by": by, "voice": voice, "actors": actors, "ci": ci, "n_boot": n_boot, "seed": seed}
    return attach(table, function="label_choice", params=params, lexicons=[lx], corpus=corpus)
