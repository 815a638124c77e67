"""Phrase patterns: the small pattern language of the hedge lexicon and of frame dictionaries.

A pattern is a sequence of words separated by spaces, matched case-insensitively on whole words:

- ``according to reports``: the words in that order, any whitespace between them;
- ``is|was|are|were said to``: ``|`` separates alternatives for one word;
- ``could not be independently? verified``: a trailing ``?`` makes a word optional;
- ``terror*``: a trailing ``*`` matches any word ending (``terrorism``, ``terrorists``).

Patterns compile to regular expressions; users never write regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["PhraseError", "compile_phrase", "phrase_regex", "trie_pattern"]

_WORD = re.compile(r"[\w'’.\-]+\*?|\*")
# A pattern never starts or ends inside a word (hyphens count as word-internal: "so-called").
_LEFT = r"(?<![\w\-])"
_RIGHT = r"(?![\w\-])"


class PhraseError(ValueError):
    """A phrase pattern does not follow the pattern language."""


def _alternative(alt: str, pattern: str) -> str:
    if not alt:
        raise PhraseError(f"has an empty alternative around '|' in {pattern!r}")
    if not _WORD.fullmatch(alt) or alt == "*":
        raise PhraseError(
            f"has {alt!r} in {pattern!r}; a word is letters, digits, hyphens, apostrophes or dots, "
            "optionally ending in '*'"
        )
    if alt.endswith("*"):
        return re.escape(alt[:-1]) + r"[\w\-'’]*"
    return re.escape(alt)


def phrase_regex(pattern: str) -> str:
    """The regular expression (a string, without flags) of one phrase pattern.

    Raises
    ------
    PhraseError
        With a message that completes "The pattern ..." (e.g. "is empty").
    """
    if not isinstance(pattern, str):
        raise PhraseError(f"must be a string; got {type(pattern).__name__} {pattern!r}")
    words = pattern.split()
    if not words:
        raise PhraseError("is empty")
    parts: list[str] = []
    for i, word in enumerate(words):
        optional = word.endswith("?") and len(word) > 1
        body = word[:-1] if optional else word
        if optional and i == 0:
            raise PhraseError(f"cannot start with an optional word ({word!r} in {pattern!r})")
        group = "(?:" + "|".join(_alternative(a, pattern) for a in body.split("|")) + ")"
        if i == 0:
            parts.append(group)
        elif optional:
            parts.append(r"(?:\s+" + group + ")?")
        else:
            parts.append(r"\s+" + group)
    return _LEFT + "".join(parts) + _RIGHT


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """Compile one phrase pattern (case-insensitive)."""
    return re.compile(phrase_regex(pattern), re.IGNORECASE)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, written as a trie ("sa(?:id|ys)") so that the regex
    engine tries few alternatives at each position.

    At one position it matches the longest of ``words`` that matches there, as an alternation of
    ``words`` sorted longest first does.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


class WordStarts:
    """The matches of ``(?<![\\w<extra>])(?:<body>)`` in a text, found with one scan that skips
    from one possible preceding character to the next.

    Python's regex engine tries a pattern that starts with a lookbehind at every position of the
    text, and ``\\w`` is a Unicode category test for each. Written instead as a character that
    is not an ASCII word character nor one of ``extra``, followed by ``body``
    (``[^A-Za-z0-9_<extra>](<body>)``), the engine skips in C to the next such character, and
    ``body`` is tried once per word start. The results are the same:

    - a match at the very start of the text (no character before it) is looked for first;
    - a non-ASCII character before a match may be a word character (``é``): the class lets it
      through, so when one turns up the text is scanned with the lookbehind form instead;
    - the character before a match is consumed, so a match right after the end of the previous
      one (which the lookbehind form could find when that match ends with a character outside
      ``\\w<extra>``) would be missed: when a match ends so, the text is scanned with the
      lookbehind form too;
    - ``zero_width`` bodies (a lookahead) match empty; any other body that matches empty also
      sends the text to the lookbehind form.

    Every ``extra`` character must be one that the lookbehind excludes (it is left out of the
    class). ``tests/test_fastpaths.py`` compares both forms on random texts.
    """

    def __init__(self, body: str, extra: str = "", *, zero_width: bool = False) -> None:
        cls = re.escape(extra)
        self.slow = re.compile(rf"(?<![\w{cls}])(?:{body})")
        self.head = re.compile(rf"(?:{body})")
        self.fast = re.compile(rf"[^A-Za-z0-9_{cls}]((?:{body}))")
        self.extra = extra
        self.zero_width = zero_width

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of each match of the lookbehind form in ``text``, in order."""
        out: list[tuple[int, int]] = []
        pos = 0
        m = self.head.match(text)
        if m is not None:
            out.append(m.span())
            pos = m.end()
            if not self._regular_end(text, pos):
                return self._slow(text)
        extra, zero_width = self.extra, self.zero_width
        for m in self.fast.finditer(text, pos):
            c = text[m.start()]
            if c > "\x7f" and c.isalnum():
                return self._slow(text)  # a word character outside ASCII before the match
            s, e = m.span(1)
            if not zero_width:
                if e == s:
                    return self._slow(text)
                last = text[e - 1]
                if not (last.isalnum() or last == "_" or last in extra):
                    return self._slow(text)
            out.append((s, e))
        return out

    def _regular_end(self, text: str, end: int) -> bool:
        if self.zero_width:
            return True
        if end == 0:
            return False
        last = text[end - 1]
        return last.isalnum() or last == "_" or last in self.extra

    def _slow(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.slow.finditer(text)]
