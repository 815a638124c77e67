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


def _check_phrases(ck: _Checker, values: Any, path: tuple[Any, ...]) -> None:
    """``values`` is a list of phrase patterns (see framing._phrases)."""
    from framing._phrases import PhraseError, phrase_regex

    if not isinstance(values, list) or not values:
        raise ck.fail(path, f"must be a non-empty list of phrase patterns; got {values!r}.")
    for i, v in enumerate(values):
        try:
            phrase_regex(v)
        except PhraseError as exc:
            raise ck.fail((*path, i), f"the pattern {exc}.") from None


HEDGE_FAMILIES = ("reportative", "epistemic", "distancing", "unverified")


@register_kind("hedges")
def _hedges(data: dict[str, Any], ck: _Checker) -> None:
    """``families`` maps each of the four lexical families to ``entries``: ``lemma``,
    ``patterns`` and optional ``not_followed_by``/``not_preceded_by`` phrase lists and ``modal``
    (``{negation: bool}``, checked against ``modal_rules``); ``scare_quotes`` holds the
    structural settings of the fifth family."""
    families = ck.require(data, (), "families", dict)
    for fam, body in families.items():
        ck.choice(fam, ("families", fam), HEDGE_FAMILIES)
        entries = ck.require(body, ("families", fam), "entries", list)
        for i, entry in enumerate(entries):
            path = ("families", fam, "entries", i)
            if not isinstance(entry, dict):
                raise ck.fail(path, f"must be a mapping with `lemma` and `patterns`; got {entry!r}.")
            unknown = set(entry) - {"lemma", "patterns", "not_followed_by", "not_preceded_by", "modal"}
            if unknown:
                key = sorted(unknown)[0]
                ck.choice(
                    key, (*path, key), ["lemma", "patterns", "not_followed_by", "not_preceded_by", "modal"]
                )
            lemma = ck.require(entry, path, "lemma", str)
            if not lemma.strip():
                raise ck.fail((*path, "lemma"), "must be a non-empty string.")
            _check_phrases(ck, ck.require(entry, path, "patterns", list), (*path, "patterns"))
            for key in ("not_followed_by", "not_preceded_by"):
                if key in entry:
                    _check_phrases(ck, entry[key], (*path, key))
            if "modal" in entry:
                modal = entry["modal"]
                if not isinstance(modal, dict) or not isinstance(modal.get("negation"), bool):
                    raise ck.fail(
                        (*path, "modal"), f"must be a mapping like {{negation: true}}; got {modal!r}."
                    )
                if "modal_rules" not in data:
                    raise ck.fail((*path, "modal"), "needs a top-level `modal_rules` section.")
    if "modal_rules" in data:
        rules = ck.require(data, (), "modal_rules", dict)
        for key in ("adverbs", "complements"):
            words = ck.require(rules, ("modal_rules",), key, list)
            for i, w in enumerate(words):
                if not isinstance(w, str) or not w.strip() or " " in w.strip():
                    raise ck.fail(("modal_rules", key, i), f"must be a single word; got {w!r}.")
    if "scare_quotes" in data:
        sq = ck.require(data, (), "scare_quotes", dict)
        for key in ("max_words", "window_before", "window_after"):
            v = ck.require(sq, ("scare_quotes",), key, int)
            if isinstance(v, bool) or v < (1 if key == "max_words" else 0):
                raise ck.fail(("scare_quotes", key), f"must be a positive integer; got {v!r}.")
        _check_phrases(ck, ck.require(sq, ("scare_quotes",), "cues", list), ("scare_quotes", "cues"))


@register_kind("dictionary")
def _dictionary(data: dict[str, Any], ck: _Checker) -> None:
    """``categories`` maps each category name to ``entries`` (phrase patterns: words, multi-word
    phrases, trailing ``*`` wildcards) and an optional ``description``."""
    cats = ck.require(data, (), "categories", dict)
    if not cats:
        raise ck.fail(("categories",), "must name at least one category.")
    for name, body in cats.items():
        path = ("categories", name)
        if not isinstance(body, dict):
            raise ck.fail(path, f"must be a mapping with `entries`; got {body!r}.")
        entries = ck.require(body, path, "entries", list)
        for i, e in enumerate(entries):
            if not isinstance(e, str) or not e.strip():
                raise ck.fail((*path, "entries", i), f"must be a non-empty string; got {e!r}.")
            if "|" in e or any(w.endswith("?") for w in e.split()):
                raise ck.fail(
                    (*path, "entries", i),
                    f"dictionary entries are words or phrases with an optional trailing '*'; got {e!r}.",
                )
        if entries:
            _check_phrases(ck, entries, (*path, "entries"))
