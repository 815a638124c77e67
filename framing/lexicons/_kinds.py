"""Schemas of the lexicon kinds. Each validator raises ``checker.fail(path, message)``."""

from __future__ import annotations

from typing import Any

from framing.lexicons import _Checker, register_kind

STANCES = ("delegitimizing", "neutral", "legitimizing")


@register_kind("wordlist")
def _wordlist(data: dict[str, Any], ck: _Checker) -> None:
    """The simplest kind: ``entries`` is a list of words or phrases."""
    entries = ck.require(data, (), "entries", list)
    for i, e in enumerate(entries):
        if not isinstance(e, str) or not e.strip():
            raise ck.fail(("entries", i), f"must be a non-empty string; got {e!r}.")
