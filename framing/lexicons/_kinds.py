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


def _check_regex_list(value: Any, path: tuple[Any, ...], ck: _Checker) -> None:
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
            _check_regex_list(entry[key], (*path, key), ck)
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
    for key in ("event_subjects", "perpetrator_modifiers", "natural_causes"):
        words = data.get(key, [])
        if not isinstance(words, list):
            raise ck.fail((key,), f"must be a list of words or phrases; got {type(words).__name__}.")
        for i, w in enumerate(words):
            if not isinstance(w, str) or not w.strip():
                raise ck.fail((key, i), f"must be a non-empty string; got {w!r}.")
    if "violence_context" in data:
        _check_regex_list(data["violence_context"], ("violence_context",), ck)


def _flatten(items: Any) -> list[Any]:
    """Flatten nested lists (YAML anchors let a file reuse a list of cues inside another list)."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, list):
            out.extend(_flatten(item))
        else:
            out.append(item)
    return out


def _check_patterns(ck: _Checker, items: Any, path: tuple[Any, ...], *, empty_ok: bool = True) -> None:
    """A list of patterns: strings or ``{pattern: ..., case_sensitive: bool}``; each must compile."""
    import re

    if items is None and empty_ok:
        return
    if not isinstance(items, list):
        raise ck.fail(path, f"must be a list of patterns; got {type(items).__name__} {items!r}.")
    if not items and not empty_ok:
        raise ck.fail(path, "must list at least one pattern.")
    for i, item in enumerate(items):
        if isinstance(item, list):
            _check_patterns(ck, item, (*path, i))
            continue
        where = (*path, i)
        if isinstance(item, dict):
            unknown = set(item) - {"pattern", "case_sensitive"}
            if unknown:
                raise ck.fail(
                    where,
                    f"a pattern mapping takes the keys `pattern` and `case_sensitive`; got {sorted(unknown)}.",
                )
            text = ck.require(item, where, "pattern", str)
            if not isinstance(item.get("case_sensitive", False), bool):
                raise ck.fail((*where, "case_sensitive"), "must be true or false.")
        elif isinstance(item, str):
            text = item
        else:
            raise ck.fail(where, f"must be a pattern string or a {{pattern: ...}} mapping; got {item!r}.")
        if not text.strip():
            raise ck.fail(where, "is an empty pattern.")
        try:
            re.compile(text)
        except re.error as exc:
            raise ck.fail(where, f"the pattern {text!r} is not a valid regular expression ({exc}).") from None


def _check_context(ck: _Checker, context: Any, path: tuple[Any, ...], *, need_patterns: bool) -> None:
    """``context: {window, patterns, avoid, rivals, scope}``; nested pattern lists are flattened."""
    if context is None:
        return
    if not isinstance(context, dict):
        raise ck.fail(path, "must be a mapping with `window`, `patterns` and optionally `avoid`.")
    unknown = set(context) - {"window", "patterns", "avoid", "rivals", "scope", "anaphora"}
    if unknown:
        raise ck.fail(
            (*path, sorted(unknown)[0]),
            "unknown key; a context takes window, patterns, avoid, rivals, scope, anaphora.",
        )
    if not isinstance(context.get("anaphora", False), bool):
        raise ck.fail((*path, "anaphora"), f"must be true or false; got {context['anaphora']!r}.")
    scope = context.get("scope", "window")
    if scope not in ("window", "sentence"):
        raise ck.fail((*path, "scope"), f"must be 'window' or 'sentence'; got {scope!r}.")
    window = context.get("window", 400)
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ck.fail((*path, "window"), f"must be a non-negative integer; got {window!r}.")
    if need_patterns:
        ck.require(context, path, "patterns", list)
    for key in ("patterns", "avoid", "rivals"):
        if key in context:
            _check_patterns(ck, context[key], (*path, key), empty_ok=key != "patterns")
            context[key] = _flatten(context[key])


@register_kind("actors")
def _actors(data: dict[str, Any], ck: _Checker) -> None:
    """Actors with aliases, speaker patterns and labels (each with a stance), plus named speakers.

    Optional keys beyond the shared schema: an actor's ``context`` (``window`` in characters,
    ``patterns``: a label of that actor counts only with one of them that near, and ``avoid``:
    patterns that cancel it when that near; ``rivals``: patterns that cancel it when one is
    nearer than the nearest of ``patterns``; ``scope: sentence``: cues count only within the
    mention's sentence; ``anaphora: true`` with it: a definite mention, "the extremists", keeps
    the whole window), a label's own ``context`` (overrides its actor's key by key)
    and a label's ``exclude`` (patterns whose match overlapping the label cancels it). A speaker's ``actor`` may
    be null for a speaker that belongs to no actor of the lexicon (a monitor, an aid group).
    Top-level keys starting with ``_`` hold YAML anchors and are ignored.
    """
    actors = ck.require(data, (), "actors", dict)
    if not actors:
        raise ck.fail(("actors",), "must define at least one actor.")
    for name, actor in actors.items():
        path = ("actors", name)
        if not isinstance(name, str) or not name.replace("_", "").isalnum() or name != name.lower():
            raise ck.fail(path, f"actor names are snake_case identifiers; got {name!r}.")
        if actor is None:
            actor = actors[name] = {}
        if not isinstance(actor, dict):
            raise ck.fail(path, f"must be a mapping with description, aliases, labels; got {actor!r}.")
        allowed = {"description", "aliases", "speaker_patterns", "labels", "context"}
        unknown = set(actor) - allowed
        if unknown:
            raise ck.fail((*path, sorted(unknown)[0]), f"unknown key; an actor takes {sorted(allowed)}.")
        for key in ("aliases", "speaker_patterns"):
            _check_patterns(ck, actor.get(key), (*path, key))
        _check_context(ck, actor.get("context"), (*path, "context"), need_patterns=True)
        labels = actor.get("labels") or {}
        if not isinstance(labels, dict):
            raise ck.fail((*path, "labels"), f"must be a mapping of label names; got {labels!r}.")
        for lname, label in labels.items():
            lpath = (*path, "labels", lname)
            if not isinstance(label, dict):
                raise ck.fail(lpath, "must be a mapping with `stance` and `patterns`.")
            unknown = set(label) - {"stance", "patterns", "exclude", "context", "description"}
            if unknown:
                raise ck.fail(
                    (*lpath, sorted(unknown)[0]),
                    "unknown key; a label takes stance, patterns, exclude, context, description.",
                )
            _check_context(ck, label.get("context"), (*lpath, "context"), need_patterns=False)
            stance = ck.require(label, lpath, "stance", str)
            ck.choice(stance, (*lpath, "stance"), STANCES)
            _check_patterns(
                ck, ck.require(label, lpath, "patterns", list), (*lpath, "patterns"), empty_ok=False
            )
            _check_patterns(ck, label.get("exclude"), (*lpath, "exclude"))
            if label.get("exclude"):
                label["exclude"] = _flatten(label["exclude"])
    speakers = data.get("speakers") or []
    if not isinstance(speakers, list):
        raise ck.fail(("speakers",), "must be a list of {name, patterns, actor, category} mappings.")
    for i, sp in enumerate(speakers):
        spath = ("speakers", i)
        if not isinstance(sp, dict):
            raise ck.fail(spath, "must be a mapping with name, patterns, actor, category.")
        ck.require(sp, spath, "name", str)
        _check_patterns(ck, ck.require(sp, spath, "patterns", list), (*spath, "patterns"), empty_ok=False)
        ck.require(sp, spath, "category", str)
        if "actor" not in sp:
            raise ck.fail(spath, "the key `actor` is required here (null for no actor).")
        if sp["actor"] is not None:
            ck.choice(sp["actor"], (*spath, "actor"), list(actors))


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
    (``{negation: bool}``, checked against ``modal_rules``) and ``naming`` (bool: the entry may
    introduce a neutral name); ``scare_quotes`` holds the structural settings of the fifth
    family (optional ``subject_pronouns``, and ``speakers``: the ``verbs`` (reporting_verbs) and
    ``roles`` (speaker_roles) lexicons, the ``mention_words`` and the optional ``source_nouns``
    of the sentence-wide speaker check)."""
    families = ck.require(data, (), "families", dict)
    for fam, body in families.items():
        ck.choice(fam, ("families", fam), HEDGE_FAMILIES)
        entries = ck.require(body, ("families", fam), "entries", list)
        for i, entry in enumerate(entries):
            path = ("families", fam, "entries", i)
            if not isinstance(entry, dict):
                raise ck.fail(path, f"must be a mapping with `lemma` and `patterns`; got {entry!r}.")
            allowed = ["lemma", "patterns", "not_followed_by", "not_preceded_by", "modal", "naming"]
            unknown = set(entry) - set(allowed)
            if unknown:
                key = sorted(unknown)[0]
                ck.choice(key, (*path, key), allowed)
            if "naming" in entry and not isinstance(entry["naming"], bool):
                raise ck.fail((*path, "naming"), f"must be true or false; got {entry['naming']!r}.")
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
        if "subject_pronouns" in sq:
            words = ck.require(sq, ("scare_quotes",), "subject_pronouns", list)
            for i, w in enumerate(words):
                if not isinstance(w, str) or not w.strip() or " " in w.strip():
                    raise ck.fail(
                        ("scare_quotes", "subject_pronouns", i), f"must be a single word; got {w!r}."
                    )
        if "speakers" in sq:
            sp = ck.require(sq, ("scare_quotes",), "speakers", dict)
            for key in ("verbs", "roles"):
                name = ck.require(sp, ("scare_quotes", "speakers"), key, str)
                if not name.strip():
                    raise ck.fail(("scare_quotes", "speakers", key), "must name a lexicon; got ''.")
            for i, w in enumerate(ck.require(sp, ("scare_quotes", "speakers"), "mention_words", list)):
                if not isinstance(w, str) or not w.strip() or " " in w.strip():
                    raise ck.fail(
                        ("scare_quotes", "speakers", "mention_words", i), f"must be a single word; got {w!r}."
                    )
            for key in ("source_nouns", "term_nouns", "evaluative"):
                for i, w in enumerate(sp.get(key) or []):
                    if not isinstance(w, str) or not w.strip() or " " in w.strip():
                        raise ck.fail(
                            ("scare_quotes", "speakers", key, i), f"must be a single word; got {w!r}."
                        )


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


#: Classes every built-in ``bias_cues`` lexicon defines (user files may define their own).
BIAS_CUE_CLASSES = ("factive", "implicative", "assertive", "intensifier", "subjective_strong", "loaded")
_CUE_ENTRY = re.compile(r"[a-z](?:[a-z'-]*[a-z])?(?: [a-z](?:[a-z'-]*[a-z])?)*")


@register_kind("bias_cues")
def _bias_cues(data: dict[str, Any], ck: _Checker) -> None:
    """``classes``: class name (snake_case) -> ``{description, entries: [...]}``; entries are
    lowercase words or phrases (words separated by single spaces, hyphenated compounds are one
    word), each listed once in the whole lexicon."""
    classes = ck.require(data, (), "classes", dict)
    unknown_top = [
        k
        for k in data
        if k not in ("name", "version", "language", "kind", "description", "sources", "classes")
    ]
    if unknown_top:
        raise ck.fail(
            (unknown_top[0],),
            "unknown key; a bias_cues lexicon has its words under `classes`, e.g. "
            "`classes: {intensifier: {entries: [utterly]}}` (in Lexicon.extend: "
            "{'classes': {'intensifier': {'entries': ['utterly']}}}).",
        )
    if not classes:
        raise ck.fail(("classes",), "must define at least one class, e.g. `factive: {entries: [realized]}`.")
    seen: dict[str, str] = {}
    for name, body in classes.items():
        path = ("classes", name)
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ck.fail(path, f"class names are snake_case identifiers such as 'factive'; got {name!r}.")
        if not isinstance(body, dict):
            raise ck.fail(path, f"must be a mapping with `description` and `entries`; got {body!r}.")
        unknown = set(body) - {"description", "entries"}
        if unknown:
            raise ck.fail(
                (*path, sorted(unknown)[0]), "unknown key; a class takes `description` and `entries`."
            )
        entries = ck.require(body, path, "entries", list)
        if not entries:
            raise ck.fail((*path, "entries"), "must list at least one word or phrase.")
        for i, entry in enumerate(entries):
            where = (*path, "entries", i)
            if not isinstance(entry, str) or not _CUE_ENTRY.fullmatch(entry):
                raise ck.fail(
                    where,
                    "must be a lowercase word or phrase (letters, inner hyphens or apostrophes, single "
                    f"spaces between words), e.g. 'so-called' or 'find out'; got {entry!r}.",
                )
            if entry in seen:
                other = seen[entry]
                where_else = "earlier in this class" if other == name else f"under the class {other!r}"
                raise ck.fail(where, f"{entry!r} is already listed {where_else}; list each entry once.")
            seen[entry] = name
