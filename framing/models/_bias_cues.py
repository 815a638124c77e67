"""Counting the word classes of a ``bias_cues`` lexicon in texts.

Shared by the ``bias_cues`` block of :class:`~framing.models.FramingFeatures` (rates per 100
words) and the ``bias_cues`` option of :class:`~framing.models.FramingClassifier` (per-class
counts on short texts). Entries are matched on lowercased word tokens (the tokenizer of the
classifier's word block), longest entry first, left to right, without overlaps: in "they forgot
to file" the implicative "forgot to" wins over the factive "forgot".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from framing.models import _lexicon

#: The built-in lexicon used by ``FramingFeatures(blocks=[..., "bias_cues"])`` and
#: ``FramingClassifier(bias_cues="bias_cues")``.
DEFAULT_LEXICON = "bias_cues"

Entries = tuple[tuple[str, tuple[str, ...]], ...]


def check_option(value: Any, owner: str) -> None:
    """Raise unless ``value`` is None, a lexicon name, a path to a ``.yaml`` file or a Lexicon.

    The one check of the ``bias_cues`` parameter of :class:`~framing.models.FramingFeatures` and
    :class:`~framing.models.FramingClassifier` (the kind is checked when :func:`load_entries`
    reads the lexicon at fit).
    """
    from framing.lexicons import Lexicon

    if value is None or isinstance(value, (str, Path, Lexicon)):
        return
    raise ValueError(
        f"The `bias_cues` parameter of {owner} must be None, the name or .yaml path of a lexicon of "
        f"kind 'bias_cues', or a loaded Lexicon, e.g. 'bias_cues'. Got {value!r} instead."
    )


def load_entries(lexicon: Any, *, parameter: str = "bias_cues") -> tuple[Entries, dict[str, str]]:
    """((class, entries) pairs, provenance ``{name, version, sha256}``) of a ``bias_cues`` lexicon."""
    if isinstance(lexicon, str) and not lexicon.endswith((".yaml", ".yml")):
        return _load_builtin(lexicon, parameter)
    return _load(lexicon, parameter)


@lru_cache(maxsize=8)
def _load_builtin(name: str, parameter: str) -> tuple[Entries, dict[str, str]]:
    return _load(name, parameter)


def _load(lexicon: Any, parameter: str) -> tuple[Entries, dict[str, str]]:
    from framing import lexicons

    lx = lexicons.load(lexicon, parameter=parameter)
    if lx.kind != "bias_cues":
        raise ValueError(
            f"`{parameter}` must name a lexicon of kind 'bias_cues' (such as the built-in "
            f"'bias_cues'). Got {lx.name!r} of kind {lx.kind!r} instead."
        )
    classes = lx.data["classes"]
    entries = tuple((str(c), tuple(str(e) for e in body["entries"])) for c, body in classes.items())
    return entries, {"name": lx.name, "version": lx.version, "sha256": lx.sha256}


@lru_cache(maxsize=8)
def _matcher(entries: Entries) -> tuple[dict[str, list[tuple[tuple[str, ...], int]]], int]:
    """First token -> [(tokens, class index)], longest first; and the longest entry in tokens."""
    table: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    longest = 1
    for k, (_, words) in enumerate(entries):
        for entry in words:
            tokens = tuple(entry.split())
            longest = max(longest, len(tokens))
            table.setdefault(tokens[0], []).append((tokens, k))
    for options in table.values():
        options.sort(key=lambda item: -len(item[0]))
    return table, longest


def tokens(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _lexicon.words(text)]


def count(texts: Sequence[str], entries: Entries) -> tuple[np.ndarray, np.ndarray]:
    """(counts (n_texts, n_classes), words per text): non-overlapping matches per class."""
    table, _ = _matcher(entries)
    out = np.zeros((len(texts), len(entries)))
    n_words = np.zeros(len(texts))
    for i, text in enumerate(texts):
        toks = tokens(text)
        n_words[i] = len(toks)
        j = 0
        while j < len(toks):
            step = 1
            for entry, k in table.get(toks[j], ()):
                if tuple(toks[j : j + len(entry)]) == entry:
                    out[i, k] += 1
                    step = len(entry)
                    break
            j += step
    return out, n_words


def freeze(entries: Mapping[str, Sequence[str]] | Entries) -> Entries:
    """``entries`` as the hashable form :func:`count` takes."""
    items = entries.items() if isinstance(entries, Mapping) else entries
    return tuple((str(c), tuple(str(e) for e in words)) for c, words in items)
