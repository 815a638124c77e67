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


#: Stances of reporting verbs (journalism style guides: said is neutral, claimed distancing, ...).
CUE_STANCES = ("neutral", "distancing", "endorsing", "emotive", "assertive")

#: Speaker categories every `speaker_roles` lexicon must define (``unknown`` is the fallback).
SPEAKER_CATEGORIES = (
    "official",
    "military",
    "armed_group",
    "ngo",
    "international_org",
    "expert",
    "civilian",
    "media",
    "anonymous",
)


def _check_pattern(p: Any, path: tuple[Any, ...], ck: _Checker) -> None:
    """A pattern is a non-empty regex string or ``{pattern: str, case_sensitive: bool}``."""
    if isinstance(p, dict):
        text = ck.require(p, path, "pattern", str)
        extra = set(p) - {"pattern", "case_sensitive"}
        if extra:
            raise ck.fail(
                path, f"unknown key(s) {sorted(extra)}; a pattern mapping has `pattern` and `case_sensitive`."
            )
        if not isinstance(p.get("case_sensitive", False), bool):
            raise ck.fail((*path, "case_sensitive"), f"must be true or false; got {p['case_sensitive']!r}.")
    elif isinstance(p, str):
        text = p
    else:
        raise ck.fail(path, f"must be a regular expression string or a mapping with `pattern`; got {p!r}.")
    if not text.strip():
        raise ck.fail(path, "must be a non-empty pattern.")
    try:
        re.compile(text)
    except re.error as exc:
        raise ck.fail(path, f"is not a valid regular expression ({exc}): {text!r}.") from None


@register_kind("reporting_verbs")
def _reporting_verbs(data: dict[str, Any], ck: _Checker) -> None:
    """``verbs``: lemma -> ``{inflections: [...], stance: ..., speech: bool}``."""
    verbs = ck.require(data, (), "verbs", dict)
    if not verbs:
        raise ck.fail(("verbs",), "must list at least one verb.")
    for lemma, entry in verbs.items():
        path = ("verbs", lemma)
        if not isinstance(entry, dict):
            raise ck.fail(
                path, f"must be a mapping with `inflections`, `stance` and `speech`; got {entry!r}."
            )
        forms = ck.require(entry, path, "inflections", list)
        if not forms:
            raise ck.fail((*path, "inflections"), "must list at least one form.")
        for i, f in enumerate(forms):
            if not isinstance(f, str) or not f.strip():
                raise ck.fail((*path, "inflections", i), f"must be a non-empty string; got {f!r}.")
        ck.choice(ck.require(entry, path, "stance", str), (*path, "stance"), CUE_STANCES)
        ck.require(entry, path, "speech", bool)
        extra = set(entry) - {"inflections", "stance", "speech", "description"}
        if extra:
            raise ck.fail(path, f"unknown key(s) {sorted(extra)}; the keys are inflections, stance, speech.")


@register_kind("speaker_roles")
def _speaker_roles(data: dict[str, Any], ck: _Checker) -> None:
    """``categories``: each of SPEAKER_CATEGORIES -> ``{description, roles: [...], organisations: [...]}``."""
    cats = ck.require(data, (), "categories", dict)
    missing = [c for c in SPEAKER_CATEGORIES if c not in cats]
    if missing:
        raise ck.fail(
            ("categories",),
            f"lacks the categories {missing}; a speaker_roles lexicon defines all of "
            f"{list(SPEAKER_CATEGORIES)} (an empty `roles: []` is allowed).",
        )
    for cat, entry in cats.items():
        path = ("categories", cat)
        ck.choice(cat, path, SPEAKER_CATEGORIES)
        if not isinstance(entry, dict):
            raise ck.fail(path, f"must be a mapping with `roles` and `organisations`; got {entry!r}.")
        for key in ("roles", "organisations"):
            items = entry.get(key, [])
            if not isinstance(items, list):
                raise ck.fail((*path, key), f"must be a list of patterns; got {items!r}.")
            for i, p in enumerate(items):
                _check_pattern(p, (*path, key, i), ck)
