"""A supervised loaded-word lexicon learned from per-document word annotations.

Some corpora mark, for each training document, the words annotators found loaded or biased
(BABE's ``biased_words``). ``FramingClassifier(lexicon_words=column)`` turns those marks into
a lexicon learned from the training documents only and adds three features per document.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

#: Words of the classifier's word block (inner hyphens and apostrophes kept), shared by its
#: vectorizer, the marked-word lexicon and the bias-cue counts.
WORD_PATTERN = r"(?u)\b\w[\w'’-]*\w\b|\b\w\b"
_WORD = re.compile(WORD_PATTERN)
LEXICON_FEATURES = ("max_loading", "mean_loading", "loaded_words")


def parse_marked(value: Any) -> list[str]:
    """Marked words of one document: a list, a string like ``"['a', 'b']"``, or ``"a, b"``."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        if text.startswith("["):
            try:
                value = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                value = text.strip("[]").split(",")
        else:
            value = text.split(",")
    return [w for v in value for w in _WORD.findall(str(v).lower())]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def learn(texts: Sequence[str], marked: Sequence[list[str]]) -> dict[str, float]:
    """Loading of every marked word: ``m_w / (n_w + 1)``, where ``m_w`` is the number of
    documents in which annotators marked ``w`` and ``n_w`` the number of documents containing it."""
    marks: Counter[str] = Counter()
    for m in marked:
        marks.update(set(m))
    present: Counter[str] = Counter()
    for t in texts:
        present.update({w for w in words(t) if w in marks})
    return {w: m / (present[w] + 1.0) for w, m in marks.items()}


def featurize(texts: Sequence[str], lexicon: dict[str, float]) -> np.ndarray:
    """(n, 3): the largest loading of a word in the text, the mean loading per word, and
    log(1 + number of words with a loading of at least 0.5)."""
    out = np.zeros((len(texts), len(LEXICON_FEATURES)))
    for i, t in enumerate(texts):
        loads = [lexicon.get(w, 0.0) for w in words(t)]
        if loads:
            out[i] = (max(loads), sum(loads) / len(loads), np.log1p(sum(v >= 0.5 for v in loads)))
    return out
