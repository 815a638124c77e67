"""Text primitives with character offsets: normalisation, paragraphs, sentences, tokens, quotes.

Offsets everywhere index the *normalised* text. Normalisation happens once, when a
:class:`~framing.Corpus` is built (:func:`normalize`), so every span a later extractor returns
satisfies ``doc.text[start:end] == span.text``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

__all__ = [
    "Quote",
    "inside",
    "normalize",
    "paragraphs",
    "quotes",
    "sentence_at",
    "sentences",
    "tokens",
    "words",
]

# Abbreviations that end in a period but rarely end a sentence in news prose.  Punkt's
# unsupervised training needs data we do not have offline, so they are given explicitly.
NEWS_ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.a.e",
        "u.s.a",
        "d.c",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rev",
        "st",
        "jr",
        "sr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "brig",
        "gov",
        "sen",
        "rep",
        "rev",
        "pres",
        "amb",
        "sec",
        "dept",
        "no",
        "nos",
        "vol",
        "fig",
        "approx",
        "est",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "vs",
        "etc",
        "al",
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
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
    ]
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
# Characters removed at normalisation: zero-width marks and the BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Space-like characters mapped to a plain space; line/paragraph separators to a newline.
_SPACES: dict[int, str | None] = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"}
# Unicode category Cc is exactly U+0000-U+001F and U+007F-U+009F; tab and newline are kept.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES.update({ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\r"): None})
# Any character the two tables above change: most texts have none, and then str.translate
# (a Python-level table lookup per character) is skipped.
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, [*_INVISIBLE, *_SPACES]))) + "]")


def normalize(text: str) -> str:
    """Normalise one document's text once, before any offsets are taken.

    Steps: Unicode NFC composition; ``\\r\\n`` and ``\\r`` line ends to ``\\n``; non-breaking and
    other Unicode spaces to a plain space; zero-width characters and the byte-order mark removed;
    other control characters (except tab and newline) removed. Quote marks, dashes and
    apostrophes are kept as they are: their shape carries meaning (curly vs straight quotes).

    Parameters
    ----------
    text : str
        The raw text.

    Returns
    -------
    str
        The normalised text. All offsets in this library index this string.

    Examples
    --------
    >>> normalize("Aleppo\\u00a0fell.\\r\\n")
    'Aleppo fell.\\n'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    if _TRANSLATED.search(text):
        text = text.translate(_INVISIBLE).translate(_SPACES)
    return _CONTROL.sub("", text)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans ``(start, end)``: blocks separated by one or more blank lines.

    Leading and trailing whitespace of each paragraph is excluded from its span.
    """
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        if rs > ls:
            out.append((s + ls, s + rs))
    return out


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)``, never crossing a paragraph or line boundary.

    Uses NLTK's data-free :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` with a list of
    news abbreviations (U.S., Gen., Sen., Jan., ...) so that "Gen. Smith said" stays one sentence.
    A single newline also ends a sentence: in news text it separates headlines, datelines and
    site lines.
    """
    return _sentences(text, paragraphs(text))


def _sentences(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`sentences` of ``text`` given its :func:`paragraphs`."""
    out: list[tuple[int, int]] = []
    for ps, pe in paras:
        block = text[ps:pe]
        line_start = 0
        for line in block.split("\n"):
            _line_sentences(line, ps + line_start, out)
            line_start += len(line) + 1
    return out


_SENTENCE_END = re.compile(r"[.?!]")


def _line_sentences(line: str, offset: int, out: list[tuple[int, int]]) -> None:
    """Append the sentence spans of one line (text without newlines starting at ``offset``)."""
    if not line.strip():
        return
    body = line.rstrip()
    if not _SENTENCE_END.search(body, 0, len(body) - 1):
        # No sentence-final mark before the end: one sentence, as Punkt would find (and faster).
        out.append((offset, offset + len(body)))
        return
    start = 0
    while True:
        fast, rest, hard = _easy_prefix(body, start)
        out.extend((offset + s, offset + e) for s, e in fast)
        if rest is None:
            return
        # Punkt from the last plain break before the hard mark to the next plain break after it
        # (or to the end of the line); the easy path goes on from there.
        after = _plain_break_after(body, hard)
        if after is None:
            _punkt_line_sentences(line[rest:], offset + rest, out)
            return
        _punkt_line_sentences(body[rest : after[0]], offset + rest, out)
        start = after[1]


def _punkt_line_sentences(line: str, offset: int, out: list[tuple[int, int]]) -> None:
    """Append Punkt's sentence spans of ``line`` (shifted by ``offset``), with two corrections."""
    first = len(out)
    prev_end = -1
    for s, e in _punkt().span_tokenize(line):
        # Punkt ends a sentence after ?" or !"; a lowercase start says it did not end. Nor does a
        # known abbreviation end one: Punkt misses it after an opening curly quote ("“Sen. Rubio").
        if len(out) > first and (line[s].islower() or _ends_with_abbreviation(line, prev_end)):
            out[-1] = (out[-1][0], offset + e)
        else:
            out.append((offset + s, offset + e))
        prev_end = e


def _ends_with_abbreviation(line: str, end: int) -> bool:
    """Whether ``line[:end]`` ends with a known abbreviation and its full stop ("Gen.")."""
    if end < 2 or line[end - 1] != ".":
        return False
    a = _ABBREVIATION.search(line, max(0, end - 21), end - 1)
    return a is not None and a.group().lower() in NEWS_ABBREVIATIONS


# A sentence-final mark that plainly ends a sentence: after a word of two or more letters or a
# number, optionally followed by closing quotes or brackets, then spaces and a capital letter
# (possibly after an opening quote or bracket).
_SIMPLE_END = re.compile(r"[.?!]([\"”’')\]]*)( +)(?=[\"“‘(]?[A-Z])")
_TAIL = re.compile(r"[.?!][\"”’')\]]*$")
_ABBREVIATION = re.compile(r"(?:^|(?<=[ \"“‘(]))(?:[A-Za-z]{2,}|[A-Za-z](?:\.[A-Za-z])+)$")
_SIMPLE_WORD = re.compile(r"(?:^|(?<=[ \"“‘(]))(?:[A-Za-z]{2,}|[0-9]+)$")


def _simple_line_sentences(line: str, body: str) -> list[tuple[int, int]] | None:
    """Punkt's sentence spans of ``line`` for the common easy case, or None when it is not easy
    (see :func:`_easy_prefix`)."""
    spans, rest, _ = _easy_prefix(body)
    return spans if rest is None else None


def _easy_prefix(body: str, start: int = 0) -> tuple[list[tuple[int, int]], int | None, int]:
    """Punkt's sentence spans of the easy part of a line (``body``: the line without its
    trailing spaces) from ``start`` (0 or the start of a sentence after a plain break), where
    the rest of the line starts (None when the line is easy to its end), and the offset of the
    first mark that is not easy (-1 when there is none).

    The rest starts at the first sentence after the last plain break before that mark. Punkt
    finds the same breaks in the stretch from there to the next plain break (see
    :func:`_plain_break_after`) as in the whole line: it decides each candidate break from the
    word before the mark and the token after it, a plain break is always a break, and the
    sentence after it starts at a capital letter or an opening quote or bracket, not at a
    closing one that Punkt would move back (checked on every line of the AllSides articles and
    by a property test, ``tests/test_fastpaths.py``).

    The line is easy when every ``.``, ``?`` and ``!`` in it either closes the line (with closing
    quotes or brackets after it) or follows a plain word or number that is not a known
    abbreviation and is followed by spaces and a capital letter, or ends a known abbreviation of
    two or more letters ("Gen.", "U.S.") followed by a space or comma. On such lines untrained
    Punkt breaks at exactly the former marks (a non-abbreviation token ending in a period is a
    sentence break, an abbreviation is not, and with no trained orthographic context its second
    pass revises neither); any other line goes to Punkt. The
    equivalence is checked against Punkt on real news text and by a property test
    (``tests/test_text.py``).
    """
    spans: list[tuple[int, int]] = []
    # (start 0: Punkt's first sentence keeps the line's leading spaces)
    n = len(body)
    pos = start
    while True:
        i = _SENTENCE_END.search(body, pos)
        if i is None:
            break
        k = i.start()
        if k > 0 and body[k - 1] in ".?!":
            return spans, start, k  # "..." , "?!": Punkt's own business
        if body[k + 1 : k + 2].isalnum():
            pos = k + 1  # "U.S", "3.5", "Yahoo!News": Punkt never breaks inside a token
            continue
        if body[k] == "." and body[k + 1 : k + 2] in (" ", ","):
            a = _ABBREVIATION.search(body, max(0, k - 20), k)
            if a is not None and a.group().lower() in NEWS_ABBREVIATIONS:
                pos = k + 1  # "Gen. Smith", "U.S. officials", "Mo., saying": never a break
                continue
        if body[k] == ".":
            skip = _no_punkt_break(body, k)
            if skip > 0:
                pos = skip  # "so... Then", "George W. Bush": Punkt does not break there
                continue
        m = _SIMPLE_END.match(body, k)
        if m is None:
            tail = _TAIL.match(body, k)
            if tail is not None and tail.end() == n:
                break
            return spans, start, k
        w = _SIMPLE_WORD.search(body, max(0, k - 40), k)
        if w is None or w.group().lower() in NEWS_ABBREVIATIONS:
            return spans, start, k
        end = m.start(2)
        spans.append((start, end))
        start = m.end()
        pos = start
    spans.append((start, n))
    return spans, None, -1


# The token after an ellipsis or an initial when Punkt's context there has no other sentence
# break: a plain word (capitalised for an initial), then a space, ", " or the end of the line.
_PLAIN_NEXT = re.compile(r" +[A-Za-z]+(?= |, |$)")
_INITIAL_NEXT = re.compile(r" +[A-Z][A-Za-z]*(?= |, |$)")
_ELLIPSIS_WORD = re.compile(r"(?:^|(?<= ))[A-Za-z]+$")


def _no_punkt_break(body: str, k: int) -> int:
    """Where to look on (after the stops) when the full stop at ``k`` is one where untrained
    Punkt never breaks: the first stop of an ellipsis after a plain word ("so... Then"), or an
    initial ("W. Bush"); else 0.

    A token ending in two stops is never a break in its first pass, nor is an ellipsis token in
    its second (no orthographic context, no sentence starters); a single letter with a stop
    before a capitalised word is an initial (second pass, "special orthographic heuristic"). The
    word before must follow a space (so Punkt's context is that word alone) and the token after
    must be a plain word (a "?" or a second stop in it would make the context hold a break).
    """
    if body.startswith("..", k):
        j = k
        while body[j : j + 1] == ".":
            j += 1
        plain = _ELLIPSIS_WORD.search(body, max(0, k - 40), k) and _PLAIN_NEXT.match(body, j)
        return j if plain else 0
    initial = (
        k >= 1
        and body[k - 1] in _ASCII_LETTERS
        and (k == 1 or body[k - 2] == " ")
        and _INITIAL_NEXT.match(body, k + 1) is not None
    )
    return k + 1 if initial else 0


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _plain_break_after(body: str, hard: int) -> tuple[int, int] | None:
    """The first plain break after offset ``hard`` of ``body``: (end of its sentence, start of the
    next), or None. A plain break is one the easy path takes (a word of two or more letters or a
    number that is no known abbreviation, the mark, closing quotes, spaces, a capital) whose word
    follows a space, so that Punkt's context for the mark is that word alone."""
    pos = hard + 1
    while True:
        i = _SENTENCE_END.search(body, pos)
        if i is None:
            return None
        k = i.start()
        pos = k + 1
        if body[k - 1] in ".?!" or body[k + 1 : k + 2].isalnum():
            continue
        m = _SIMPLE_END.match(body, k)
        if m is None:
            continue
        w = _SIMPLE_WORD.search(body, max(0, k - 40), k)
        if w is None or w.group().lower() in NEWS_ABBREVIATIONS or body[w.start() - 1 : w.start()] != " ":
            continue
        if body[k] == "." and body[k + 1 : k + 2] in (" ", ","):
            a = _ABBREVIATION.search(body, max(0, k - 20), k)
            if a is not None and a.group().lower() in NEWS_ABBREVIATIONS:
                continue
        return m.start(2), m.end()


def sentence_at(text: str, pos: int, paras: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """The span of the sentence of :func:`sentences` that holds character ``pos``, or None.

    Splits only the line around ``pos`` (sentences never cross a line), so it is much cheaper
    than ``sentences(text)`` when few positions are asked about; ``paras`` may pass
    ``paragraphs(text)`` computed once.
    """
    for ps, pe in paras if paras is not None else paragraphs(text):
        if ps <= pos < pe:
            a = max(ps, text.rfind("\n", 0, pos) + 1)
            b = text.find("\n", pos)
            b = pe if b < 0 else min(pe, b)
            found: list[tuple[int, int]] = []
            _line_sentences(text[a:b], a, found)
            for s, e in found:
                if s <= pos < e:
                    return (s, e)
            return None
    return None


def tokens(text: str) -> list[tuple[int, int]]:
    """Token spans: words (with inner hyphens, apostrophes and dots, as in "al-Assad", "U.S")
    and single punctuation marks."""
    return [m.span() for m in _TOKEN.finditer(text)]


def words(text: str) -> list[tuple[int, int]]:
    """Word spans only (no punctuation)."""
    return [m.span() for m in _WORD.finditer(text)]


def count_words(text: str) -> int:
    """The number of words in ``text`` (the denominator of per-1,000-word rates)."""
    # findall builds the word strings in C; iterating match objects costs twice as much.
    return len(_WORD.findall(text))


class Quote(NamedTuple):
    """A quoted stretch of text.

    ``start``/``end`` include the quote marks; ``content_start``/``content_end`` exclude them.
    ``closed`` is False when no closing mark was found and the quote was closed at the end of its
    paragraph (a local fallback for unbalanced marks). ``paragraphs`` counts the paragraphs the
    quote spans (more than one for a quote re-opened at the start of each paragraph).
    """

    start: int
    end: int
    content_start: int
    content_end: int
    mark: str
    closed: bool
    paragraphs: int


_OPEN_CURLY = "“«„"
_CLOSE_CURLY = "”»"
_DOUBLE = _OPEN_CURLY + _CLOSE_CURLY + '"'
_TWO_APOSTROPHES = "''"
# One alternative per mark, each starting with a literal character (not a class then "''"): so
# `re` finds the set of first characters and skips to the next of them in C.
_MARK_CANDIDATE = re.compile("|".join(map(re.escape, _DOUBLE)) + "|''")
_LEFT_CONTEXT = set(" \t\n([{—–-/:;")


def _is_opening_straight(text: str, i: int, width: int = 1) -> bool | None:
    """Decide whether a straight double quote at ``i`` opens (True), closes (False) or is unclear."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before in _LEFT_CONTEXT and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’"):
        return False
    return None


def quotes(text: str) -> list[Quote]:
    """Pair double quote marks into quoted spans, robustly.

    Handles curly (“ ”), guillemet and straight (") double quotes, with opening/closing decided by
    the surrounding characters for straight quotes. A quote left open at the end of a paragraph
    continues when the next paragraph opens with a quote mark (the news convention for a quote
    running over several paragraphs); otherwise it is closed at the paragraph's end with
    ``closed=False`` and pairing starts afresh, so one stray mark never swallows the rest of the
    document. Two apostrophes count as one straight double quote (the New York Times archive
    writes quotes that way). Single quotes (‘ ’ and ') are not paired here: they are mostly
    apostrophes.

    Parameters
    ----------
    text : str
        Normalised text.

    Returns
    -------
    list of Quote
        In document order, non-overlapping.
    """
    if _MARK_CANDIDATE.search(text) is None:
        return []
    return _quotes(text, paragraphs(text))


def _quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """:func:`quotes` of ``text`` given its :func:`paragraphs`."""
    out: list[Quote] = []
    open_at: int | None = None  # index of the opening mark of the quote in progress
    open_mark = ""
    n_paras = 0
    for pi, (ps, pe) in enumerate(paras):
        if open_at is not None:
            # A quote is carried over from the previous paragraph.
            if text[ps] in _OPEN_CURLY or text[ps] == '"' or text.startswith(_TWO_APOSTROPHES, ps):
                n_paras += 1
                i = ps + (2 if text.startswith(_TWO_APOSTROPHES, ps) else 1)
            else:
                prev_end = paras[pi - 1][1]
                out.append(
                    Quote(open_at, prev_end, open_at + len(open_mark), prev_end, open_mark, False, n_paras)
                )
                open_at = None
                i = ps
        else:
            i = ps
        while i < pe:
            # Jump to the next candidate mark (a character loop is too slow on long articles).
            nxt = _MARK_CANDIDATE.search(text, i, pe)
            if nxt is None:
                break
            i = nxt.start()
            ch = text[i]
            # Two apostrophes stand for a straight double quote in some archives (the NYT's).
            if ch == "'" and text.startswith(_TWO_APOSTROPHES, i) and not text.startswith("'" * 3, i):
                ch = _TWO_APOSTROPHES
            elif ch not in _DOUBLE:
                i += 1
                continue
            width = len(ch)
            straight = ch in ('"', _TWO_APOSTROPHES)
            if open_at is None:
                opening = ch in _OPEN_CURLY or (
                    straight and _is_opening_straight(text, i, width) is not False
                )
                if opening:
                    open_at, open_mark, n_paras = i, ch, 1
            else:
                closing = ch in _CLOSE_CURLY or (
                    straight and _is_opening_straight(text, i, width) is not True
                )
                if ch in _OPEN_CURLY and open_mark in _OPEN_CURLY:
                    # A second opening curly mark before any closing one: the first was stray.
                    out.append(Quote(open_at, i, open_at + len(open_mark), i, open_mark, False, n_paras))
                    open_at, open_mark, n_paras = i, ch, 1
                elif closing and (ch == _TWO_APOSTROPHES) == (open_mark == _TWO_APOSTROPHES):
                    out.append(
                        Quote(open_at, i + width, open_at + len(open_mark), i, open_mark, True, n_paras)
                    )
                    open_at = None
            i += width
        if open_at is not None and pi == len(paras) - 1:
            out.append(Quote(open_at, pe, open_at + len(open_mark), pe, open_mark, False, n_paras))
            open_at = None
    return out


def inside(positions: np.ndarray | list[int], spans: list[tuple[int, int]] | list[Quote]) -> np.ndarray:
    """Boolean array: is each character position inside one of the (sorted, disjoint) spans?

    Used for ``in_quote``: a label at position ``p`` is in quoted speech when
    ``inside([p], [(q.content_start, q.content_end) for q in quotes(text)])``.
    """
    pos = np.asarray(positions, dtype=np.int64)
    if not len(spans):
        return np.zeros(len(pos), dtype=bool)
    starts = np.fromiter((s[0] if not isinstance(s, Quote) else s.content_start for s in spans), np.int64)
    ends = np.fromiter((s[1] if not isinstance(s, Quote) else s.content_end for s in spans), np.int64)
    k = np.searchsorted(starts, pos, side="right") - 1
    ok = k >= 0
    res = np.zeros(len(pos), dtype=bool)
    res[ok] = pos[ok] < ends[k[ok]]
    return res
