"""Schemas of the lexicon kinds. Each validator raises ``checker.fail(path, message)``."""

from __future__ import annotations

import re
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


_FORMS = ("present", "past", "participle", "ing")


def _check_patterns(value: Any, path: tuple[Any, ...], ck: _Checker) -> None:
    if not isinstance(value, list):
        raise ck.fail(path, f"must be a list of regular expressions; got {type(value).__name__}.")
    for i, pat in enumerate(value):
        if not isinstance(pat, str) or not pat.strip():
            raise ck.fail((*path, i), f"must be a non-empty string; got {pat!r}.")
        try:
            re.compile(pat)
        except re.error as exc:
            raise ck.fail((*path, i), f"is not a valid regular expression ({exc}).") from None


def _check_verb(lemma: Any, entry: Any, path: tuple[Any, ...], ck: _Checker) -> None:
    if not isinstance(lemma, str) or not re.fullmatch(r"[a-z][a-z_]*", lemma):
        raise ck.fail(path, f"a verb lemma must be lowercase letters or underscores; got {lemma!r}.")
    if not isinstance(entry, dict):
        raise ck.fail(path, f"must be a mapping with keys {', '.join(_FORMS)}; got {entry!r}.")
    for key in _FORMS:
        form = ck.require(entry, path, key, str)
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)?", form):
            raise ck.fail((*path, key), f"must be one lowercase word (or verb + particle); got {form!r}.")
    for key in ("noun_homograph", "figurative"):
        if key in entry and not isinstance(entry[key], bool):
            raise ck.fail((*path, key), f"must be true or false; got {entry[key]!r}.")
    for key in ("exclude_after", "require_after"):
        if key in entry:
            _check_patterns(entry[key], (*path, key), ck)
    known = {*_FORMS, "noun_homograph", "figurative", "exclude_after", "require_after"}
    for key in entry:
        if key not in known:
            raise ck.fail((*path, key), f"is not a harm-verb key; the keys are: {', '.join(sorted(known))}.")


@register_kind("harm_verbs")
def _harm_verbs(data: dict[str, Any], ck: _Checker) -> None:
    """``verbs`` and ``intransitive`` map lemmas to their forms; see harm_verbs.yaml."""
    verbs = ck.require(data, (), "verbs", dict)
    if not verbs:
        raise ck.fail(("verbs",), "must list at least one verb.")
    intransitive = data.get("intransitive") or {}
    if not isinstance(intransitive, dict):
        raise ck.fail(("intransitive",), f"must be a mapping of lemmas; got {type(intransitive).__name__}.")
    for section, entries in (("verbs", verbs), ("intransitive", intransitive)):
        for lemma, entry in entries.items():
            _check_verb(lemma, entry, (section, lemma), ck)
    for lemma in set(verbs) & set(intransitive):
        raise ck.fail(("intransitive", lemma), "is also listed under `verbs`; keep it in one section.")
    for key in ("event_subjects", "perpetrator_modifiers"):
        words = data.get(key, [])
        if not isinstance(words, list):
            raise ck.fail((key,), f"must be a list of words or phrases; got {type(words).__name__}.")
        for i, w in enumerate(words):
            if not isinstance(w, str) or not w.strip():
                raise ck.fail((key, i), f"must be a non-empty string; got {w!r}.")
    if "violence_context" in data:
        _check_patterns(data["violence_context"], ("violence_context",), ck)
