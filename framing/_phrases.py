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
