"""``FramingFeatures``: a scikit-learn transformer from raw texts to framing-indicator rates.

The transformer is assembled from *feature blocks*. The ``text`` block (style statistics computed
with :mod:`framing.text`) is always there; blocks built on the library's extractors (labels,
quotes, hedges, agency, dictionary frames) join automatically once the extractor exists in
``framing``, and users or other modules add their own with :func:`register_feature_block`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from framing.text import count_words, paragraphs, quotes, sentences, words

if TYPE_CHECKING:
    from framing.lexicons import Lexicon

__all__ = ["FeatureBlock", "FramingFeatures", "available_feature_blocks", "register_feature_block"]

BlockFunction = Callable[[list[str]], pd.DataFrame]


@dataclass(frozen=True)
class FeatureBlock:
    """One family of document features.

    Attributes
    ----------
    name : str
        Short name; feature names are ``"<name>__<feature>"``.
    requires : tuple of str
        Names that must exist in the ``framing`` namespace for the block to be available (e.g.
        ``("find_hedges",)``); empty for blocks that need nothing.
    function : callable
        ``function(texts) -> DataFrame`` with one row per text, in order, and one numeric column
        per feature. Columns seen at fit are the block's features; at transform, missing columns
        are filled with 0 and new ones ignored.
    description : str
        One line for the documentation and :func:`available_feature_blocks`.
    """

    name: str
    requires: tuple[str, ...]
    function: BlockFunction
    description: str = ""

    def available(self) -> bool:
        import framing

        return all(hasattr(framing, r) for r in self.requires)


_REGISTRY: dict[str, FeatureBlock] = {}


def register_feature_block(
    name: str, function: BlockFunction, *, requires: Sequence[str] = (), description: str = ""
) -> FeatureBlock:
    """Add (or replace) a feature block that :class:`FramingFeatures` can use.

    This is the hook through which indicator extractors become classifier features: an
    extractor module registers a function from texts to a per-document table, and every
    ``FramingFeatures(blocks="auto")`` fitted afterwards includes it.

    Parameters
    ----------
    name : str
        Block name, a Python identifier (``"hedges"``).
    function : callable
        ``function(texts: list[str]) -> DataFrame``, one row per text in order, numeric columns.
        It must be a pure function of the texts.
    requires : sequence of str, default ()
        Public names of ``framing`` the block needs; the block is skipped by ``blocks="auto"``
        while any of them is missing.
    description : str, default ""
        One line shown by :func:`available_feature_blocks`.

    Returns
    -------
    FeatureBlock

    Examples
    --------
    >>> import pandas as pd
    >>> _ = register_feature_block(
    ...     "digits", lambda texts: pd.DataFrame({"share": [sum(c.isdigit() for c in t) / max(len(t), 1) for t in texts]})
    ... )
    >>> FramingFeatures(blocks=["digits"]).fit_transform(["a1", "bb"]).tolist()
    [[0.5], [0.0]]
    """
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"`name` must be a Python identifier such as 'hedges'. Got {name!r} instead.")
    if not callable(function):
        raise TypeError(
            f"`function` must be callable as function(texts) -> DataFrame. Got {type(function).__name__} instead."
        )
    block = FeatureBlock(name, tuple(requires), function, description)
    _REGISTRY[name] = block
    return block


def available_feature_blocks() -> pd.DataFrame:
    """The registered feature blocks: ``name``, ``requires``, ``available``, ``description``.

    Examples
    --------
    >>> "text" in available_feature_blocks()["name"].tolist()
    True
    """
    rows = [
        {
            "name": b.name,
            "requires": ", ".join(b.requires),
            "available": b.available(),
            "description": b.description,
        }
        for b in _REGISTRY.values()
    ]
    return pd.DataFrame(rows, columns=["name", "requires", "available", "description"])


# -- the text block ---------------------------------------------------------------------------
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_SECOND = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_NUMBER = re.compile(r"\d")
_SENTENCE_SAMPLE_CHARS = 1500
_CHUNK = 500

TEXT_FEATURES = (
    "log_words",
    "mean_sentence_words",
    "mean_paragraph_words",
    "mean_word_length",
    "quoted_char_share",
    "quotes_per_1k",
    "numbers_per_1k",
    "questions_per_1k",
    "exclamations_per_1k",
    "first_singular_per_1k",
    "first_plural_per_1k",
    "second_person_per_1k",
    "all_caps_per_1k",
)


def _text_row(text: str) -> list[float]:
    spans = words(text)
    n = len(spans)
    per_k = 1000.0 / max(n, 1)
    lowered = [text[s:e].lower() for s, e in spans]
    # Sentence length is estimated on the lead: Punkt costs ~2 ms per full article, and a few
    # dozen sentences estimate the mean well.
    lead = text[:_SENTENCE_SAMPLE_CHARS]
    n_lead = len(words(lead)) if len(text) > _SENTENCE_SAMPLE_CHARS else n
    n_sent = max(len(sentences(lead)), 1) if n else 1
    n_par = max(len(paragraphs(text)), 1) if n else 1
    qs = quotes(text)
    quoted = sum(q.content_end - q.content_start for q in qs)
    caps = sum(1 for s, e in spans if e - s >= 2 and text[s:e].isupper() and text[s:e].isalpha())
    return [
        float(np.log1p(n)),
        n_lead / n_sent,
        n / n_par,
        (sum(e - s for s, e in spans) / n) if n else 0.0,
        quoted / max(len(text), 1),
        len(qs) * per_k,
        sum(1 for w in lowered if _NUMBER.search(w)) * per_k,
        text.count("?") * per_k,
        text.count("!") * per_k,
        sum(1 for w in lowered if w in _FIRST_SINGULAR) * per_k,
        sum(1 for w in lowered if w in _FIRST_PLURAL) * per_k,
        sum(1 for w in lowered if w in _SECOND) * per_k,
        caps * per_k,
    ]


def _text_block(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame([_text_row(t) for t in texts], columns=list(TEXT_FEATURES), dtype=float)


register_feature_block(
    "text",
    _text_block,
    description=(
        "style statistics: length, sentence and paragraph length, word length, quoted share, "
        "quotes, numbers, questions, exclamations, first/second-person pronouns, all-caps words"
    ),
)


# -- blocks built on the extractors (active once they exist in `framing`) ----------------------
def _span_corpus(texts: list[str]) -> Any:
    """A Corpus over ``texts`` with doc_ids "0", "1", ... (empty texts are absent from it)."""
    from framing.corpus import Corpus

    with warnings.catch_warnings():
        # Empty texts are dropped by the Corpus with a warning; here they simply get zeros.
        warnings.simplefilter("ignore")
        return Corpus.from_dataframe(
            pd.DataFrame({"doc_id": [str(i) for i in range(len(texts))], "text": list(texts)})
        )


def _per_doc(spans: pd.DataFrame, n: int, column: str, levels: Iterable[str], *, share: bool) -> pd.DataFrame:
    """Counts of ``column``'s levels per document, as shares of the document's spans or as-is."""
    index = [str(i) for i in range(n)]
    levels = list(levels)
    if spans is None or len(spans) == 0 or column not in spans.columns:
        counts = pd.DataFrame(0.0, index=index, columns=levels)
    else:
        counts = pd.crosstab(spans["doc_id"].astype(str), spans[column].astype(str)).reindex(
            index=index, columns=levels, fill_value=0
        )
        counts = counts.astype(float)
    if share:
        totals = counts.sum(axis=1).replace(0, np.nan)
        counts = counts.div(totals, axis=0).fillna(0.0)
    return counts.reset_index(drop=True)


def _extractor(name: str) -> Callable[..., pd.DataFrame]:
    """The extractor ``framing.<name>`` (looked up at call time: it may land after this module)."""
    import framing

    function: Callable[..., pd.DataFrame] = getattr(framing, name)
    return function


def _words_per_doc(texts: list[str]) -> np.ndarray:
    return np.array([max(count_words(t), 1) for t in texts], dtype=float)


def _hedges_block(texts: list[str]) -> pd.DataFrame:
    spans = _extractor("find_hedges")(_span_corpus(texts), progress=False)
    families = ("reportative", "epistemic", "distancing", "unverified", "scare_quote")
    counts = _per_doc(spans, len(texts), "family", families, share=False)
    rates = counts.mul(1000.0 / _words_per_doc(texts), axis=0)
    rates.columns = [f"{c}_per_1k" for c in rates.columns]
    return rates


def _quotes_block(texts: list[str]) -> pd.DataFrame:
    # No per-call progress bars: a model calls the extractors once per fit/transform and fold.
    spans = _extractor("extract_quotes")(_span_corpus(texts), progress=False)
    n = len(texts)
    out = {}
    total = _per_doc(spans, n, "kind", ("direct", "indirect", "mixed", "according_to"), share=False)
    out["quotes_per_1k"] = total.sum(axis=1) * 1000.0 / _words_per_doc(texts)
    for column in ("kind", "speaker_category", "cue_stance"):
        if spans is not None and column in spans.columns:
            levels = sorted(spans[column].dropna().astype(str).unique())
            for level, values in _per_doc(spans, n, column, levels, share=True).items():
                out[f"{column}_{level}_share"] = values
    if spans is not None and "anonymous" in spans.columns and len(spans):
        anon = spans.assign(anonymous=spans["anonymous"].astype(str))
        shares = _per_doc(anon, n, "anonymous", ("True",), share=False)["True"]
        out["anonymous_share"] = shares / total.sum(axis=1).replace(0, np.nan)
    return pd.DataFrame(out).fillna(0.0)


def _labels_block(texts: list[str]) -> pd.DataFrame:
    spans = _extractor("find_labels")(_span_corpus(texts), progress=False)
    levels = sorted(spans["stance"].dropna().astype(str).unique()) if spans is not None and len(spans) else []
    shares = _per_doc(spans, len(texts), "stance", levels, share=True)
    shares.columns = [f"stance_{c}_share" for c in shares.columns]
    return shares


def _agency_block(texts: list[str]) -> pd.DataFrame:
    spans = _extractor("find_agency")(_span_corpus(texts), progress=False)
    constructions = (
        "active",
        "passive",
        "agentless_passive",
        "agentless_participle",
        "event_subject",
        "intransitive",
    )
    shares = _per_doc(spans, len(texts), "construction", constructions, share=True)
    shares.columns = [f"{c}_share" for c in shares.columns]
    return shares


register_feature_block(
    "hedges", _hedges_block, requires=("find_hedges",), description="hedge rates per 1,000 words by family"
)
register_feature_block(
    "quotes",
    _quotes_block,
    requires=("extract_quotes",),
    description="quotes per 1,000 words; shares by kind, speaker category and cue stance; anonymous share",
)
register_feature_block(
    "labels", _labels_block, requires=("find_labels",), description="actor-label shares by stance"
)
register_feature_block(
    "agency",
    _agency_block,
    requires=("find_agency",),
    description="shares of harm clauses by construction (active, agentless passive, ...)",
)


def _bias_cues_block(texts: list[str]) -> pd.DataFrame:
    from framing.models import _bias_cues

    entries, _ = _bias_cues.load_entries(_bias_cues.DEFAULT_LEXICON)
    return _bias_cue_rates(texts, entries)


def _bias_cue_rates(texts: list[str], entries: Any) -> pd.DataFrame:
    """Matches per 100 words of each class of a loaded ``bias_cues`` lexicon."""
    from framing.models import _bias_cues

    counts, n_words = _bias_cues.count(texts, entries)
    rates = counts * 100.0 / np.maximum(n_words, 1.0)[:, None]
    return pd.DataFrame(rates, columns=[f"{name}_per_100" for name, _ in entries])


register_feature_block(
    "bias_cues",
    _bias_cues_block,
    description=(
        "bias-cue rates per 100 words by class of the bias_cues lexicon (the built-in one unless "
        "FramingFeatures(bias_cues=...) names another): factive, implicative and assertive verbs, "
        "intensifiers, strong subjective and loaded words"
    ),
)


# -- the transformer --------------------------------------------------------------------------
def as_texts(X: Any, *, parameter: str = "X") -> list[str]:
    """Texts from a list/array/Series of strings, a DataFrame with a ``text`` column or a Corpus."""
    from framing.corpus import Corpus

    if isinstance(X, Corpus):
        X = X.docs
    if isinstance(X, pd.DataFrame):
        if "text" not in X.columns:
            raise ValueError(
                f"`{parameter}` is a DataFrame without a 'text' column (columns: "
                f"{', '.join(map(str, X.columns))}); pass df['your_text_column'] or a Corpus."
            )
        X = X["text"]
    if (
        isinstance(X, str)
        or not hasattr(X, "__iter__")
        or (hasattr(X, "shape") and len(getattr(X, "shape", ())) > 1)
    ):
        shape = getattr(X, "shape", None)
        given = f"an array of shape {shape}" if shape is not None else type(X).__name__
        raise ValueError(
            f"`{parameter}` must be a 1-D sequence of document texts (a list, Series or 1-D array "
            f"of str), a DataFrame with a 'text' column or a Corpus. Got {given} instead; for a "
            "single document pass [text]."
        )
    texts = list(X)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise ValueError(
                f"`{parameter}` must hold strings, but item {i} is {type(t).__name__} {t!r}; "
                "convert missing texts to '' or drop them first."
            )
    if not texts:
        raise ValueError(f"`{parameter}` holds no documents; pass at least one text.")
    return texts


class FramingFeatures(TransformerMixin, BaseEstimator):
    """Transform raw texts into framing-indicator counts and rates, one row per document.

    Parameters
    ----------
    blocks : "auto" or list of str, default "auto"
        Feature blocks to compute. ``"auto"`` takes every registered block whose extractor is
        present in ``framing`` when :meth:`fit` runs (see :func:`available_feature_blocks`);
        a list names blocks explicitly and fails if one is unavailable.
    bias_cues : str, Path, Lexicon or None, default "bias_cues"
        The lexicon of kind ``bias_cues`` whose classes the ``bias_cues`` block counts: a
        built-in name, a path to a ``.yaml`` file of your own, or a loaded
        :class:`~framing.lexicons.Lexicon` (e.g. ``fr.lexicons.load("bias_cues").extend(...)``),
        as for :class:`~framing.models.FramingClassifier`. Its classes name the block's columns
        (``bias_cues__<class>_per_100``). None leaves the block out of ``blocks="auto"`` (and is
        an error when ``blocks`` names it).
    n_jobs : int or None, default None
        Processes (joblib) over chunks of 500 texts; results are identical to ``n_jobs=1``.

    Attributes
    ----------
    blocks_ : list of str
        The blocks used, fixed at fit.
    feature_names_out_ : ndarray of str
        ``"<block>__<feature>"`` for every output column.
    n_features_out_ : int
    bias_cues_lexicon_ : dict or None
        Provenance of the ``bias_cues`` block's lexicon (``name``, ``version``, ``sha256``), or
        None when the block is not used.

    Notes
    -----
    The ``text`` block holds style statistics known to separate outlets and genres (Biber 1988;
    Potthast et al. 2018): the log of the word count; mean words per sentence (Punkt sentences
    of :func:`framing.text.sentences`, estimated on the first 1,500 characters) and per
    paragraph; mean word length; the share of
    characters inside double quotes and quotes per 1,000 words (:func:`framing.text.quotes`);
    per 1,000 words, tokens with digits, question and exclamation marks, first-person singular
    and plural and second-person pronouns, and all-capital words of two letters or more.

    Blocks built on the extractors use the span tables of the design contract: hedge rates
    by family, quote shares by kind, speaker category and cue stance, label shares by stance,
    harm-clause shares by agency construction. The ``bias_cues`` block gives, per 100 words,
    the matches of each class of the ``bias_cues`` lexicon (built-in: factive, implicative and
    assertive verbs, intensifiers, strongly subjective and loaded words; Recasens et al. 2013
    for the classes). A block that raises at fit is left out with a
    :class:`~framing.FramingWarning` (its name is then absent from ``blocks_``).

    References
    ----------
    Biber, D. (1988). *Variation across Speech and Writing*. Cambridge University Press.
    Potthast, M. et al. (2018). A stylometric inquiry into hyperpartisan and fake news. ACL.
    Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for
    analyzing and detecting biased language. ACL.

    Examples
    --------
    >>> ff = FramingFeatures(blocks=["text"]).fit(["We won! Did you see it?", "Rebels said 3 died."])
    >>> ff.transform(["Rebels said 3 died."]).shape
    (1, 13)

    A bias-cue lexicon of your own (here the built-in one with one more intensifier):

    >>> import framing as fr
    >>> mine = fr.lexicons.load("bias_cues").extend({"classes": {"intensifier": {"entries": ["zorbingly"]}}})
    >>> ff = FramingFeatures(blocks=["bias_cues"], bias_cues=mine).fit(["It was zorbingly dull."])
    >>> ff.transform(["It was zorbingly dull."])[0, ff.get_feature_names_out().tolist().index("bias_cues__intensifier_per_100")]
    np.float64(25.0)
    >>> ff.bias_cues_lexicon_["version"]
    '1.0.0+ext'
    """

    def __init__(
        self,
        *,
        blocks: str | Sequence[str] = "auto",
        bias_cues: str | Path | Lexicon | None = "bias_cues",
        n_jobs: int | None = None,
    ) -> None:
        self.blocks = blocks
        self.bias_cues = bias_cues
        self.n_jobs = n_jobs

    def _resolve_blocks(self) -> list[str]:
        if isinstance(self.blocks, str):
            if self.blocks != "auto":
                raise ValueError(
                    f"The `blocks` parameter of FramingFeatures must be 'auto' or a list of block "
                    f"names such as ['text']. Got {self.blocks!r} instead."
                )
            return [
                name
                for name, block in _REGISTRY.items()
                if block.available() and not (name == "bias_cues" and self.bias_cues is None)
            ]
        names = list(self.blocks)
        if not names:
            raise ValueError(
                "The `blocks` parameter of FramingFeatures is empty; pass 'auto' or e.g. ['text']."
            )
        for name in names:
            if name not in _REGISTRY:
                raise ValueError(
                    f"The `blocks` parameter of FramingFeatures names an unknown block {name!r}; "
                    f"the registered blocks are: {', '.join(_REGISTRY)}."
                )
            if not _REGISTRY[name].available():
                missing = [r for r in _REGISTRY[name].requires if not hasattr(__import__("framing"), r)]
                raise ValueError(
                    f"The `blocks` parameter of FramingFeatures names the block {name!r}, which needs "
                    f"framing.{', framing.'.join(missing)} (not in this version); drop it or use 'auto'."
                )
            if name == "bias_cues" and self.bias_cues is None:
                raise ValueError(
                    "The `blocks` parameter of FramingFeatures names the block 'bias_cues', but "
                    "`bias_cues` is None; pass a lexicon (e.g. bias_cues='bias_cues') or drop "
                    "'bias_cues' from `blocks`."
                )
        return names

    def _function(self, name: str) -> BlockFunction:
        """The block's function; the built-in ``bias_cues`` block bound to this model's lexicon."""
        function = _REGISTRY[name].function
        if function is _bias_cues_block:
            return partial(_bias_cue_rates, entries=self.bias_cues_entries_)
        return function

    def _compute(self, name: str, texts: list[str]) -> pd.DataFrame:
        function = self._function(name)
        if self.n_jobs in (None, 1) or len(texts) < 2 * _CHUNK:
            table = function(texts)
        else:
            from joblib import Parallel, delayed

            chunks = [texts[i : i + _CHUNK] for i in range(0, len(texts), _CHUNK)]
            parts = Parallel(n_jobs=self.n_jobs)(delayed(function)(c) for c in chunks)
            table = pd.concat(parts, ignore_index=True)
        if not isinstance(table, pd.DataFrame) or len(table) != len(texts):
            raise ValueError(
                f"Feature block {name!r} returned {type(table).__name__} with "
                f"{len(table) if hasattr(table, '__len__') else '?'} rows for {len(texts)} texts; "
                "a block must return a DataFrame with one row per text."
            )
        return table.reset_index(drop=True).astype(float)

    def fit(self, X: Any, y: Any = None) -> FramingFeatures:
        """Fix the blocks and their feature names on the texts ``X``; returns ``self``."""
        from framing._validation import warn
        from framing.models import _bias_cues

        texts = as_texts(X)
        _bias_cues.check_option(self.bias_cues, "FramingFeatures")
        names = self._resolve_blocks()
        self.bias_cues_lexicon_: dict[str, str] | None = None
        if "bias_cues" in names and _REGISTRY["bias_cues"].function is _bias_cues_block:
            # Read (and check the kind of) the lexicon before any block runs: a wrong lexicon is
            # an error, never a block silently left out of "auto".
            self.bias_cues_entries_, self.bias_cues_lexicon_ = _bias_cues.load_entries(self.bias_cues)
        used: list[str] = []
        columns: dict[str, list[str]] = {}
        for name in names:
            try:
                table = self._compute(name, texts)
            except Exception as exc:
                if self.blocks == "auto" and name != "text":
                    warn(f"Feature block {name!r} failed ({type(exc).__name__}: {exc}) and was left out.")
                    continue
                raise
            used.append(name)
            columns[name] = [str(c) for c in table.columns]
        self.blocks_ = used
        self.block_columns_ = columns
        self.feature_names_out_ = np.array([f"{b}__{c}" for b in used for c in columns[b]], dtype=object)
        self.n_features_out_ = len(self.feature_names_out_)
        return self

    def transform(self, X: Any) -> np.ndarray:
        """The feature matrix (n_documents, n_features_out_) as float64."""
        check_is_fitted(self, "blocks_")
        texts = as_texts(X)
        parts = [
            self._compute(name, texts).reindex(columns=self.block_columns_[name], fill_value=0.0).to_numpy()
            for name in self.blocks_
        ]
        if not parts:
            return np.zeros((len(texts), 0))
        return np.nan_to_num(np.hstack(parts), nan=0.0, posinf=0.0, neginf=0.0)

    def _lexicons_used(self) -> list[Any]:
        """The ``bias_cues`` lexicon the fitted transformer reads (name, version, hash), for provenance."""
        info = getattr(self, "bias_cues_lexicon_", None)
        if not info:
            return []
        return [SimpleNamespace(name=info["name"], version=info["version"], sha256=info["sha256"])]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """``"<block>__<feature>"`` names of the output columns."""
        check_is_fitted(self, "blocks_")
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = True
        return tags
