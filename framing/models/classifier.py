"""``FramingClassifier``: a linear text classifier for frames, leaning and loaded language."""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

from framing.models import _bias_cues, _lexicon
from framing.models._linear import _MODELS, CalibratedLinear, NBLinear
from framing.models._masking import _mask, _outlet_pattern
from framing.models.features import FramingFeatures, as_texts
from framing.provenance import attach

if TYPE_CHECKING:
    from framing.lexicons import Lexicon

__all__ = ["FramingClassifier"]

_CALIBRATION = ("sigmoid", "isotonic")
# nb_scaling="auto" scales n-grams by their log-count ratio when the training texts average at
# most this many characters (sentences, headlines, short posts), not for full articles.
_NB_MAX_MEAN_CHARS = 1000
# long_texts="words": above the same mean length, only the word n-gram block is used (the
# character block and the style block pick up outlet house style on full articles).
_LONG_MEAN_CHARS = _NB_MAX_MEAN_CHARS
_LONG_TEXTS = ("words", "all")
# calibration_cv="auto": 5 inner folds up to this many training documents (cheap fits, and
# out-of-fold scores from 80% of the data resemble the final model's), 2 above (fit time).
_SMALL_TRAINING = 10_000
# select="auto": the inner-CV grid (see FramingClassifier.select) on up to _SMALL_TRAINING
# training documents. Fixed before the fifth-pass runs (benchmarks/RESULTS.md).
SELECT_GRID: dict[str, tuple[Any, ...]] = {
    "C": (0.125, 0.25, 0.5, 1.0, 2.0),
    "model": ("svm", "logreg", "both"),
    "char_weight": (0.5, 1.0, 2.0),
}
#: Examples shown in errors for the optional ``select_grid`` keys (not searched by default).
_GRID_EXAMPLES: dict[str, tuple[Any, ...]] = {"cue_weight": (0.5, 1.0, 2.0), "nb": (True, False)}


def _outlets_of(X: Any) -> list[str]:
    from framing.corpus import Corpus

    docs = X.docs if isinstance(X, Corpus) else X
    if isinstance(docs, pd.DataFrame) and "outlet" in docs.columns:
        return sorted({str(o) for o in docs["outlet"].dropna() if str(o) not in ("", "unknown")})
    return []


def _target_column(X: Any, name: str) -> pd.Series:
    from framing.corpus import Corpus

    docs = X.docs if isinstance(X, Corpus) else X
    if not isinstance(docs, pd.DataFrame):
        raise ValueError(
            f"`y` is the string {name!r}, which names a column only when `X` is a Corpus or "
            "DataFrame; pass the labels themselves (a list or array) instead."
        )
    if name not in docs.columns:
        from framing._validation import column_error

        raise column_error("y", name, list(docs.columns))
    return docs[name]


def _fit_column(X: Any, name: str, parameter: str, holding: str) -> pd.Series:
    """The column ``name`` of the Corpus or DataFrame ``X`` that ``parameter`` names; one
    sentence naming the parameter when ``X`` does not have it."""
    from framing.corpus import Corpus

    docs = X.docs if isinstance(X, Corpus) else X
    if not isinstance(docs, pd.DataFrame) or name not in docs.columns:
        have = list(docs.columns) if isinstance(docs, pd.DataFrame) else []
        raise ValueError(
            f"`{parameter}` names the column {name!r}, which `X` does not have (columns: {have}); "
            f"fit on a Corpus or DataFrame {holding}, or pass {parameter}=None."
        )
    return docs[name]


class FramingClassifier(ClassifierMixin, BaseEstimator):
    """A linear classifier on raw news texts, for multi-class or multi-label framing targets.

    Features are word 1-2-gram TF-IDF, character n-gram TF-IDF, the style statistics of
    :class:`FramingFeatures` and counts of the bias-cue word classes of the built-in
    ``bias_cues`` lexicon (word n-grams only for full articles); the model averages a linear support vector machine and a logistic
    regression, one-vs-rest with balanced class weights, on n-grams scaled by their naive-Bayes
    log-count ratio when the texts are short (NB-SVM); calibrated probabilities come from
    cross-validated calibration. On training sets of up to 10,000 documents, the
    regularisation, the linear model and the weight of the character block are chosen by an
    inner cross-validation on the training data (``select``). One default configuration serves
    sentences, headlines and full articles (see Notes for what adapts to text length and
    training-set size, and why).

    Parameters
    ----------
    word_ngrams : tuple of int, default (1, 2)
        Word n-gram range; None leaves the word block out.
    char_ngrams : tuple of int, default (2, 5)
        Character n-gram range (within word boundaries); None leaves the char block out.
    char_chars : int or None, default 1000
        Characters at the start of each document that feed the character block (None: all).
        Character n-grams help most on short texts (headlines, sentences); on long articles
        they cost memory and time for little gain, so only the lead is used.
    min_df : int, default 2
        Minimum number of training documents an n-gram must occur in.
    max_features : int or None, default 500000
        Cap on each n-gram vocabulary (most frequent kept).
    framing_features : bool, default True
        Add the standardised :class:`FramingFeatures` block.
    feature_blocks : "auto" or sequence of str, default ("text",)
        Blocks of :class:`FramingFeatures` (see there; its ``"bias_cues"`` block reads the
        lexicon of ``bias_cues``, the built-in one when that is None). The default is the style block only:
        the extractor blocks (``"hedges"``, ``"quotes"``, ``"labels"``, ``"agency"``, all in
        ``"auto"``) cost about 8 ms per news article and did not raise cross-validated
        macro-F1 on BABE, GVFC or the Narrative Frames Corpus (benchmarks/RESULTS.md); pass
        ``"auto"`` to use them.
    C : float, default 0.5
        Inverse regularisation strength of the linear SVM (the logistic regression uses
        ``10 * C``: its log-loss is smaller per example than the squared hinge).
    model : {"both", "svm", "logreg"}, default "both"
        Linear SVM, logistic regression, or the average of the two (each model's weight
        vector divided by its l2 norm, then averaged).
    long_texts : {"words", "all"}, default "words"
        Feature blocks for long training texts. ``"words"``: when the training texts average
        more than 1,000 characters (full articles), only the word n-gram block (and the
        ``lexicon_words`` block) is used; the character block and the
        :class:`FramingFeatures` block are left out (when the word block is configured). On
        articles these two blocks learn outlet house style that does not carry to unseen
        outlets, and they cost fit time (see Notes). ``"all"``: every configured block,
        whatever the length.
    nb_scaling : {"auto", True, False}, default "auto"
        Scale the word and character n-gram columns by their naive-Bayes log-count ratio
        (Wang & Manning 2012) in each one-vs-rest problem. ``"auto"`` does so when the
        training texts average at most 1,000 characters.
    class_weight : "balanced", dict or None, default "balanced"
        Class weights; "balanced" weighs classes inversely to their frequency.
    calibration : {"sigmoid", "isotonic"}, default "sigmoid"
        Probability calibration fitted on cross-validated scores (Platt 1999 for "sigmoid").
    calibration_cv : int or "auto", default "auto"
        Inner folds (stratified, shuffled with seed 0) whose out-of-fold scores fit the
        calibration maps and, with ``tune_decision``, the decision offsets; reduced to the size
        of the smallest class when that is smaller. ``"auto"``: 5 folds for up to 10,000
        training documents, 2 above. Each fold refits the linear models, so the fit costs
        ``folds + 1`` rounds.
    tune_decision : {"auto", True, False}, default "auto"
        Shift the decision of each one-vs-rest problem by an offset chosen to maximise F1 on
        the inner out-of-fold scores: a threshold per label (multi-label), a threshold for the
        binary case (objective: macro-F1 of the two classes), one bias per class (multi-class,
        objective macro-F1, coordinate ascent). ``"auto"`` tunes multi-label targets only
        (see Notes for the measurements behind this).
    select : {"auto", True, False}, default "auto"
        Choose the linear model's setting by an inner cross-validation on the training data:
        every combination of ``select_grid`` is fitted on the inner folds of
        ``calibration_cv`` and the one whose out-of-fold decisions (sign or argmax of the
        scores, before decision offsets) have the highest macro-F1 is refitted on all the
        training data; the configured ``C``, ``model`` and char weight 1 are the first
        candidate and are kept on ties. One choice per label for multi-label targets. The test
        data of an outer evaluation are never seen. ``"auto"``: on up to 10,000 training
        documents. The fit costs about ``len(C values) x len(char weights) / 2`` times as much
        (one SVM and one logistic regression per pair give all three ``model`` values).
    select_grid : dict or None, default None
        The candidates of ``select``: keys among ``"C"``, ``"model"`` and ``"char_weight"``
        (the character n-gram block multiplied by the weight after NB scaling, the same as
        dividing its l2 penalty by the weight squared), each a list of values; a key left out
        keeps the configured value. None: ``C`` in (0.125, 0.25, 0.5, 1, 2), ``model`` in
        ("svm", "logreg", "both"), ``char_weight`` in (0.5, 1, 2) (45 candidates; the char
        weight is dropped when the char block is not used). An optional key ``"nb"`` (values
        True / False) also chooses the naive-Bayes scaling (``nb_scaling`` gives the first
        candidate), and ``"cue_weight"`` (positive numbers) the weight of the ``bias_cues``
        block (dropped when the block is not used).
    inner_groups : str or None, default None
        Name of a column of the training data (Corpus or DataFrame) whose groups (article,
        story, outlet) are kept whole in the inner folds of calibration, decision offsets and
        ``select`` (stratified group K-fold; missing values form one group). Use it when the
        outer evaluation is grouped, so that the inner choices are made on the same footing.
    lexicon_words : str or None, default None
        Name of a column of the training data (Corpus or DataFrame given to :meth:`fit`) that
        holds, per document, the words annotators marked as loaded or biased (a list, a string
        such as ``"['a', 'b']"``, or comma-separated words). A lexicon learned from the training
        documents only (loading of a word = times marked / (documents containing it + 1)) adds
        three features: the largest and the mean loading of the text's words and the log count
        of words with loading >= 0.5. Training rows get the values of a lexicon learned on the
        other four fifths of the training data. Prediction needs the texts only.
    bias_cues : str, Path, Lexicon or None, default "bias_cues"
        Name, ``.yaml`` path or loaded :class:`~framing.lexicons.Lexicon` (e.g. a built-in one
        extended with :meth:`~framing.lexicons.Lexicon.extend`) of a lexicon of kind
        ``bias_cues`` (the built-in
        ``"bias_cues"``: factive, implicative and assertive verbs, intensifiers, strongly
        subjective and loaded words; see Notes) whose classes become features on short texts:
        per class log(1 + matches in the text), and 1 if any class matched, standardised like
        the style block. Used when the training texts average at most 1,000 characters
        (sentences, headlines); left out for full articles under ``long_texts="words"``, like
        the character block. None: no such block.
    mask_outlets : bool, default True
        Replace outlet names, URLs, e-mails, handles, bylines, datelines and wire credits with
        placeholder tokens before featurising (see :func:`framing.models.mask_outlets`).
    outlets : list of str or None, default None
        Outlet names to mask, in addition to those learned from the ``outlet`` column when
        :meth:`fit` receives a Corpus or DataFrame.
    n_jobs : int or None, default None
        Processes for the indicator features (see :class:`FramingFeatures`); results are
        identical to ``n_jobs=1``.

    Attributes
    ----------
    classes_ : ndarray
        Class labels (multi-class) or label names (multi-label: the columns of ``y``).
    multilabel_ : bool
    outlets_ : list of str
        Outlet names masked at fit and prediction.
    nb_used_ : bool
        Whether NB scaling was applied (the resolution of ``nb_scaling``).
    char_used_, framing_used_ : bool
        Whether the character block and the FramingFeatures block were used (the resolution
        of ``char_ngrams``, ``framing_features`` and ``long_texts``).
    n_ngram_features_ : int
        Number of word and character n-gram columns (the NB-scaled ones).
    tune_used_ : bool
        Whether decision offsets were tuned (the resolution of ``tune_decision``).
    calibration_folds_ : int
        Inner folds used (the resolution of ``calibration_cv``).
    select_used_ : bool
        Whether the inner-CV selection ran (the resolution of ``select``).
    selected_ : list of dict
        The chosen ``C``, ``model`` and ``char_weight``, one dict per one-vs-rest model (one for
        single-label targets, one per label for multi-label); the configured values without
        ``select``. The inner macro-F1 of every candidate is in
        ``models_[i].selection_scores_``.
    bias_cues_columns_ : tuple of int or None
        Column range of the ``bias_cues`` block in the feature matrix.
    char_columns_ : tuple of int or None
        Column range of the character block in the feature matrix.
    decision_offsets_ : ndarray
        Offsets added to the linear scores (zeros without ``tune_decision``): one per class
        (multi-class), one per label (multi-label), one for the second class (binary).
    lexicon_ : dict
        With ``lexicon_words``: the loading of each marked training word.
    bias_cues_used_ : bool
        Whether the ``bias_cues`` block was used (the resolution of ``bias_cues`` and
        ``long_texts``).
    bias_cues_entries_ : tuple
        With the block: ``(class, entries)`` pairs of the lexicon, fixed at fit.
    bias_cues_lexicon_ : dict
        With the block: the lexicon's ``name``, ``version`` and ``sha256``.
    feature_names_ : ndarray of str
        Names of the model's input features, prefixed ``word__``, ``char__``, ``framing__``,
        ``bias_cues__`` and ``lexicon__``.
    training_ : dict
        Training provenance: ``n_docs``, ``sha256`` of the training texts, ``classes``,
        ``framing_version``, ``sklearn_version``, ``fitted_at`` (UTC, ISO 8601).

    Notes
    -----
    TF-IDF uses sublinear term frequency (1 + log tf) and l2 row normalisation (Salton & Buckley
    1988). Each class (or label) gets a binary one-vs-rest problem. With NB scaling, n-gram
    column ``j`` is multiplied by ``r_j = log((p_j / |p|_1) / (q_j / |q|_1))``, where ``p`` and
    ``q`` are 1 plus the number of documents in and outside the class that contain the n-gram
    (Wang & Manning 2012); the ratio is folded back into the weights, so the reported weights
    apply to the unscaled TF-IDF values. NB scaling raised macro-F1 on short texts (BABE
    sentences, GVFC headlines) and lowered it on full articles with rare labels (Narrative
    Frames), where few positive documents make the ratios noisy, hence the length rule of
    ``nb_scaling="auto"``. Averaging the SVM with a logistic regression raised macro-F1 on
    Narrative Frames (0.446 -> 0.472) and BABE (0.739 -> 0.741) and lowered it on GVFC
    (0.636 -> 0.625); it is the default because it is the best single setting over the three.

    Long texts (``long_texts="words"``): when the training texts average more than 1,000
    characters, the character block and the style block are left out. On full articles both
    pick up outlet house style (typography, boilerplate, sentence-length habits) that does not
    carry to unseen outlets. With 5-fold CV (benchmarks/RESULTS.md), AllSides grouped by outlet
    rose from 0.467 to 0.494 macro-F1 (plain word TF-IDF + logistic regression: 0.470 on the
    same folds) and Narrative Frames from 0.519 to 0.557. It also cut the AllSides fit time
    (295 s -> 178 s). Sentences and headlines keep every block (BABE and GVFC are unchanged).

    Probabilities: the linear models are fitted on each inner training fold and score the
    held-out fold; one calibration map per one-vs-rest column is fitted on these out-of-fold
    scores (Platt 1999: a one-feature logistic regression; or isotonic regression), and the
    linear models are refitted on all data, so :meth:`explain` shows one set of weights
    (as :class:`sklearn.calibration.CalibratedClassifierCV` with ``ensemble=False``).
    Multi-class rows are normalised to sum to one. Multi-label ``y`` (2-D, 0/1, one column per
    label) fits one calibrated binary model per column.

    Decision offsets (``tune_decision``): balanced class weights still leave rare labels
    under-predicted when their positive documents are few and varied. The same out-of-fold
    scores choose an offset per column that maximises F1 (the threshold for each label, as in
    :class:`sklearn.model_selection.TunedThresholdClassifierCV`, or per-class biases for the
    argmax, found by coordinate ascent from the worst class); the offsets are added to the
    intercepts, so :meth:`decision_function`, :meth:`predict` and :meth:`explain_document`
    include them (Lipton et al. 2014 on F1-optimal thresholds). Measured with 5-fold CV
    (benchmarks/RESULTS.md): per-label thresholds raised Narrative Frames macro-F1 from 0.472
    to 0.519 (the rare labels HI and MO are no longer starved), while a binary threshold
    (BABE 0.741 -> 0.735) and multi-class biases (GVFC 0.625 -> 0.620) cost a little: with
    balanced class weights the single-label decisions are already near their best, and the
    offsets add noise from the inner folds. Hence ``"auto"`` = multi-label only.

    Bias cues (``bias_cues``): closed classes of words that linguistics ties to the writer's
    stance, the classes Recasens et al. (2013) used to find the biased word in a sentence:
    factive verbs (Kiparsky & Kiparsky 1970), implicative verbs (Karttunen 1971), assertive
    verbs (Hooper 1975), intensifiers, strongly subjective words (Riloff & Wiebe 2003) and
    loaded terms. The n-gram blocks already see each word; the class counts pool the rare
    ones, which a training set of a few thousand sentences cannot weigh one by one. With
    5-fold CV (benchmarks/RESULTS.md, sixth pass; option and adoption rule fixed before the
    runs) the block moved BABE from 0.742 to 0.741 and GVFC from 0.628 to 0.636 macro-F1
    (Narrative Frames unchanged: full articles do not use it), within the fold spread; it is
    on by default for short texts under the pre-registered rule (not lower by more than 0.005
    anywhere).

    Inner-CV selection (``select``): the setting is model selection on the training data only
    (the inner folds of the calibration), so an outer evaluation that refits the classifier per
    fold stays honest (Varma & Simon 2006 on selection bias; Cawley & Talbot 2010 on
    over-fitting in model selection, which is why the grid is small and fixed and the
    configured setting wins ties). The grid and the rule for making it the default were fixed
    before it was measured (benchmarks/RESULTS.md, fifth pass). With 5-fold CV it moved BABE
    (grouped by article) from 0.741 to 0.742, GVFC from 0.625 to 0.628 and Narrative Frames from
    0.557 to 0.564 macro-F1: small gains, within the fold spread. ``"auto"`` leaves training
    sets above 10,000 documents alone (the 45 fits per inner fold would multiply the fit time
    of full-article corpora such as AllSides).

    References
    ----------
    Platt, J. (1999). Probabilistic outputs for support vector machines. *Advances in Large
    Margin Classifiers*.
    Wang, S., & Manning, C. D. (2012). Baselines and bigrams: simple, good sentiment and topic
    classification. *ACL*, 90-94.
    Lipton, Z. C., Elkan, C., & Naryanaswamy, B. (2014). Optimal thresholding of classifiers
    to maximize F1 measure. *ECML PKDD*, 225-239.
    Varma, S., & Simon, R. (2006). Bias in error estimation when using cross-validation for
    model selection. *BMC Bioinformatics*, 7, 91.
    Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for
    analyzing and detecting biased language. *ACL*, 1650-1659.
    Cawley, G. C., & Talbot, N. L. C. (2010). On over-fitting in model selection and subsequent
    selection bias in performance evaluation. *JMLR*, 11, 2079-2107.
    Salton, G., & Buckley, C. (1988). Term-weighting approaches in automatic text retrieval.
    *Information Processing & Management*, 24(5).

    Examples
    --------
    >>> texts = ["Rebels shelled the city.", "Militants attacked the town.",
    ...          "Rebels advanced on the city.", "Militants bombed the town.",
    ...          "Rebels took the city.", "Militants struck the town."] * 2
    >>> y = ["a", "b", "a", "b", "a", "b"] * 2
    >>> clf = FramingClassifier(min_df=1).fit(texts, y)
    >>> clf.predict(["Militants entered the town."]).tolist()
    ['b']
    """

    def __init__(
        self,
        *,
        word_ngrams: tuple[int, int] | None = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        char_chars: int | None = 1000,
        min_df: int = 2,
        max_features: int | None = 500_000,
        framing_features: bool = True,
        feature_blocks: str | Sequence[str] = ("text",),
        C: float = 0.5,
        model: str = "both",
        long_texts: str = "words",
        nb_scaling: bool | str = "auto",
        class_weight: str | dict[Any, float] | None = "balanced",
        calibration: str = "sigmoid",
        calibration_cv: int | str = "auto",
        tune_decision: bool | str = "auto",
        select: bool | str = "auto",
        select_grid: dict[str, Sequence[Any]] | None = None,
        inner_groups: str | None = None,
        lexicon_words: str | None = None,
        bias_cues: str | Path | Lexicon | None = "bias_cues",
        mask_outlets: bool = True,
        outlets: Sequence[str] | None = None,
        n_jobs: int | None = None,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.char_chars = char_chars
        self.min_df = min_df
        self.max_features = max_features
        self.framing_features = framing_features
        self.feature_blocks = feature_blocks
        self.C = C
        self.model = model
        self.long_texts = long_texts
        self.nb_scaling = nb_scaling
        self.class_weight = class_weight
        self.calibration = calibration
        self.calibration_cv = calibration_cv
        self.tune_decision = tune_decision
        self.select = select
        self.select_grid = select_grid
        self.inner_groups = inner_groups
        self.lexicon_words = lexicon_words
        self.bias_cues = bias_cues
        self.mask_outlets = mask_outlets
        self.outlets = outlets
        self.n_jobs = n_jobs

    # -- validation ---------------------------------------------------------------------------
    def _check_params(self) -> None:
        from framing._validation import check_choice, check_int

        check_choice("calibration", self.calibration, _CALIBRATION, owner="FramingClassifier")
        check_choice("model", self.model, _MODELS, owner="FramingClassifier")
        check_choice("long_texts", self.long_texts, _LONG_TEXTS, owner="FramingClassifier")
        check_choice("nb_scaling", self.nb_scaling, ("auto", True, False), owner="FramingClassifier")
        if self.calibration_cv != "auto":
            check_int("calibration_cv", self.calibration_cv, minimum=2)
        check_int("min_df", self.min_df, minimum=1)
        check_choice("tune_decision", self.tune_decision, ("auto", True, False), owner="FramingClassifier")
        check_choice("select", self.select, ("auto", True, False), owner="FramingClassifier")
        self._check_grid()
        if self.inner_groups is not None and not isinstance(self.inner_groups, str):
            raise ValueError(
                "The `inner_groups` parameter of FramingClassifier must be None or the name of a "
                f"column of the training data, e.g. 'story'. Got {self.inner_groups!r} instead."
            )
        if not isinstance(self.C, (int, float)) or isinstance(self.C, bool) or not self.C > 0:
            raise ValueError(
                f"The `C` parameter of FramingClassifier must be a positive number. Got {self.C!r} instead."
            )
        for name in ("word_ngrams", "char_ngrams"):
            value = getattr(self, name)
            if value is None:
                continue
            ok = (
                isinstance(value, (tuple, list))
                and len(value) == 2
                and all(isinstance(v, int) for v in value)
            )
            if not ok or not 1 <= value[0] <= value[1]:
                raise ValueError(
                    f"The `{name}` parameter of FramingClassifier must be None or a pair (low, high) "
                    f"with 1 <= low <= high, e.g. (1, 2). Got {value!r} instead."
                )
        if self.lexicon_words is not None and not isinstance(self.lexicon_words, str):
            raise ValueError(
                "The `lexicon_words` parameter of FramingClassifier must be None or the name of a "
                f"column of marked words per document, e.g. 'biased_words'. Got {self.lexicon_words!r} instead."
            )
        _bias_cues.check_option(self.bias_cues, "FramingClassifier")
        if self.word_ngrams is None and self.char_ngrams is None and not self.framing_features:
            raise ValueError(
                "FramingClassifier has no features: `word_ngrams` and `char_ngrams` are None and "
                "`framing_features` is False; enable at least one."
            )

    def _check_grid(self) -> None:
        grid = self.select_grid
        if grid is None:
            return
        if not isinstance(grid, dict) or not grid:
            raise ValueError(
                "The `select_grid` parameter of FramingClassifier must be None or a non-empty dict "
                f"with keys among {[*SELECT_GRID, 'cue_weight', 'nb']}, e.g. {{'C': [0.25, 0.5, 1.0]}}. Got {grid!r} "
                "instead."
            )
        for key, values in grid.items():
            if key not in (*SELECT_GRID, "cue_weight", "nb"):
                raise ValueError(
                    f"The `select_grid` parameter of FramingClassifier has the key {key!r}; the keys "
                    f"must be among {[*SELECT_GRID, 'cue_weight', 'nb']}. Remove it or fix its spelling."
                )
            if isinstance(values, str) or not isinstance(values, Sequence) or not values:
                raise ValueError(
                    f"The `select_grid` entry {key!r} of FramingClassifier must be a non-empty list of "
                    f"values, e.g. {list(SELECT_GRID.get(key, _GRID_EXAMPLES.get(key, ())))}. Got {values!r} instead."
                )
            for v in values:
                if key == "model":
                    ok, expected = v in _MODELS, f"one of {list(_MODELS)}"
                elif key == "nb":
                    ok, expected = isinstance(v, bool), "True or False"
                else:
                    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
                    expected = "a positive number"
                if not ok:
                    raise ValueError(
                        f"The `select_grid` entry {key!r} of FramingClassifier must hold {expected} "
                        f"per value. Got {v!r} instead."
                    )

    def _prepare(self, texts: list[str]) -> list[str]:
        if not self.mask_outlets:
            return texts
        pattern = _outlet_pattern(self.outlets_)
        return [_mask(t, pattern) for t in texts]

    # -- featurising --------------------------------------------------------------------------
    def _char_texts(self, texts: list[str]) -> list[str]:
        if self.char_chars is None:
            return texts
        return [t[: self.char_chars] for t in texts]

    def _featurize(self, texts: list[str], *, fit: bool) -> sp.csr_matrix:
        blocks = []
        if self.word_ngrams is not None:
            if fit:
                self.word_vectorizer_ = TfidfVectorizer(
                    ngram_range=tuple(self.word_ngrams),
                    min_df=self.min_df,
                    max_df=0.9,
                    max_features=self.max_features,
                    sublinear_tf=True,
                    lowercase=True,
                    token_pattern=_lexicon.WORD_PATTERN,
                    dtype=np.float32,
                )
                blocks.append(self.word_vectorizer_.fit_transform(texts))
            else:
                blocks.append(self.word_vectorizer_.transform(texts))
        if fit:
            start = int(sum(b.shape[1] for b in blocks))
        if self.char_used_ and self.char_ngrams is not None:
            chars = self._char_texts(texts)
            if fit:
                self.char_vectorizer_ = TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=tuple(self.char_ngrams),
                    min_df=self.min_df,
                    max_df=0.9,
                    max_features=self.max_features,
                    sublinear_tf=True,
                    lowercase=True,
                    dtype=np.float32,
                )
                blocks.append(self.char_vectorizer_.fit_transform(chars))
            else:
                blocks.append(self.char_vectorizer_.transform(chars))
        if fit:
            stop = int(sum(b.shape[1] for b in blocks))
            self.char_columns_ = (start, stop) if stop > start else None
        if self.framing_used_:
            if fit:
                # A "bias_cues" block among the feature blocks reads the classifier's lexicon.
                cues = _bias_cues.DEFAULT_LEXICON if self.bias_cues is None else self.bias_cues
                self.framing_features_ = FramingFeatures(
                    blocks=self.feature_blocks, bias_cues=cues, n_jobs=self.n_jobs
                )
                dense = self.framing_features_.fit_transform(texts)
                self.scaler_ = StandardScaler().fit(dense)
            else:
                self.framing_features_.set_params(n_jobs=self.n_jobs)
                dense = self.framing_features_.transform(texts)
            scaled = np.clip(self.scaler_.transform(dense), -5.0, 5.0)
            # A whole block of ~10 standardised columns would outweigh an l2-normalised TF-IDF
            # row; scaling it to unit expected norm puts the three blocks on an equal footing.
            scaled = scaled / np.sqrt(max(scaled.shape[1], 1))
            blocks.append(sp.csr_matrix(scaled.astype(np.float32)))
        if fit:
            self.n_ngram_features_ = int(
                sum(b.shape[1] for b in blocks[: len(blocks) - int(self.framing_used_)])
            )
        if fit:
            self.bias_cues_columns_: tuple[int, int] | None = None
        if self.bias_cues_used_:
            if fit:
                start = int(sum(b.shape[1] for b in blocks))
                self.bias_cues_columns_ = (start, start + len(self.bias_cues_entries_) + 1)
            dense = self._bias_cue_features(texts)
            if fit:
                self.bias_cues_scaler_ = StandardScaler().fit(dense)
            scaled = np.clip(self.bias_cues_scaler_.transform(dense), -5.0, 5.0) / np.sqrt(dense.shape[1])
            blocks.append(sp.csr_matrix(scaled.astype(np.float32)))
        if self.lexicon_words is not None:
            if fit:
                # Training rows get out-of-fold values (lexicon learned without the row's own
                # marks), so the model does not learn to trust a feature that is perfect in-sample.
                dense = self._lexicon_training_features(texts)
                self.lexicon_scaler_ = StandardScaler().fit(dense)
            else:
                dense = _lexicon.featurize(texts, self.lexicon_)
            scaled = np.clip(self.lexicon_scaler_.transform(dense), -5.0, 5.0) / np.sqrt(dense.shape[1])
            blocks.append(sp.csr_matrix(scaled.astype(np.float32)))
        return sp.hstack(blocks, format="csr")

    def _bias_cue_features(self, texts: list[str]) -> np.ndarray:
        """Per class log(1 + matches), then 1 if the text has any match (``bias_cues``)."""
        counts, _ = _bias_cues.count(texts, self.bias_cues_entries_)
        return np.column_stack([np.log1p(counts), (counts.sum(axis=1) > 0).astype(float)])

    def _lexicon_training_features(self, texts: list[str]) -> np.ndarray:
        from sklearn.model_selection import KFold

        marked = self._marked_
        self.lexicon_ = _lexicon.learn(texts, marked)
        out = np.zeros((len(texts), len(_lexicon.LEXICON_FEATURES)))
        folds = KFold(min(5, len(texts)), shuffle=True, random_state=0)
        for train, test in folds.split(np.zeros(len(texts))):
            lex = _lexicon.learn([texts[i] for i in train], [marked[i] for i in train])
            out[test] = _lexicon.featurize([texts[i] for i in test], lex)
        return out

    def _feature_names(self) -> np.ndarray:
        names: list[str] = []
        if self.word_ngrams is not None:
            names += [f"word__{n}" for n in self.word_vectorizer_.get_feature_names_out()]
        if self.char_used_:
            names += [f"char__{n}" for n in self.char_vectorizer_.get_feature_names_out()]
        if self.framing_used_:
            names += [f"framing__{n}" for n in self.framing_features_.get_feature_names_out()]
        if self.bias_cues_used_:
            names += [f"bias_cues__{c}" for c, _ in self.bias_cues_entries_] + ["bias_cues__any"]
        if self.lexicon_words is not None:
            names += [f"lexicon__{n}" for n in _lexicon.LEXICON_FEATURES]
        return np.array(names, dtype=object)

    def _binary_model(self, y: np.ndarray, groups: np.ndarray | None = None) -> Any:
        counts = np.bincount(y)
        counts = counts[counts > 0]
        if len(counts) < 2:
            raise ValueError(
                "`y` has a single class (or a label column with no positive or no negative "
                "document); a classifier needs at least two classes to learn from."
            )
        folds = int(min(self.calibration_folds_, counts.min()))
        if groups is not None:
            n_groups = len(pd.unique(groups))
            if n_groups < 2:
                raise ValueError(
                    f"`inner_groups` column {self.inner_groups!r} has {n_groups} distinct value in the "
                    "training data, and inner folds need at least two groups; pass a finer column or "
                    "inner_groups=None."
                )
            folds = min(folds, n_groups)
        base = NBLinear(
            C=self.C,
            class_weight=self.class_weight,
            model=self.model,
            nb=self.nb_used_,
            n_scaled=self.n_ngram_features_,
            char_cols=self.char_columns_,
            cue_cols=self.bias_cues_columns_,
        )
        if folds < 2:
            raise ValueError(
                "`y` has a class with a single document, too few to calibrate probabilities; "
                "add documents of that class or merge it with another."
            )
        grid: dict[str, Any] | None = None
        if self.select_used_:
            grid = dict(SELECT_GRID if self.select_grid is None else self.select_grid)
            if self.char_columns_ is None:
                grid.pop("char_weight", None)
            if self.bias_cues_columns_ is None:
                grid.pop("cue_weight", None)
        return CalibratedLinear(base, method=self.calibration, cv=folds, tune=self.tune_used_, grid=grid)

    # -- fit / predict ------------------------------------------------------------------------
    def fit(self, X: Any, y: Any) -> FramingClassifier:
        """Fit on texts ``X`` (list of str, Series, DataFrame with ``text`` or Corpus) and labels
        ``y`` (1-D for multi-class, 2-D 0/1 with one column per label for multi-label)."""
        from sklearn import __version__ as sk_version

        from framing import __version__

        self._check_params()
        texts = as_texts(X)
        if isinstance(y, str):
            y = _target_column(X, y)
        y_arr = np.asarray(y.to_numpy() if isinstance(y, pd.DataFrame | pd.Series) else y)
        if y_arr.shape[0] != len(texts):
            raise ValueError(
                f"`y` has {y_arr.shape[0]} labels for {len(texts)} texts in `X`; pass one label "
                "(or one row of 0/1 labels) per text."
            )
        self.outlets_ = sorted(set(_outlets_of(X)) | {str(o) for o in (self.outlets or [])})
        prepared = self._prepare(texts)
        self.calibration_folds_ = (
            (5 if len(texts) <= _SMALL_TRAINING else 2)
            if self.calibration_cv == "auto"
            else int(self.calibration_cv)
        )
        mean_chars = float(np.mean([len(t) for t in texts])) if texts else 0.0
        self.nb_used_ = (
            bool(mean_chars <= _NB_MAX_MEAN_CHARS) if self.nb_scaling == "auto" else bool(self.nb_scaling)
        )
        words_only = (
            self.long_texts == "words" and self.word_ngrams is not None and mean_chars > _LONG_MEAN_CHARS
        )
        self.char_used_ = self.char_ngrams is not None and not words_only
        self.framing_used_ = bool(self.framing_features) and not words_only
        self.bias_cues_used_ = self.bias_cues is not None and not words_only
        if self.bias_cues_used_:
            self.bias_cues_entries_, self.bias_cues_lexicon_ = _bias_cues.load_entries(self.bias_cues)
        self.select_used_ = len(texts) <= _SMALL_TRAINING if self.select == "auto" else bool(self.select)
        groups = None
        if self.inner_groups is not None:
            groups = (
                _fit_column(X, self.inner_groups, "inner_groups", "with that column")
                .fillna("")
                .astype(str)
                .to_numpy()
            )
        if self.lexicon_words is not None:
            self._marked_ = [
                _lexicon.parse_marked(v)
                for v in _fit_column(
                    X, self.lexicon_words, "lexicon_words", "with one list of marked words per document"
                )
            ]
        features = self._featurize(prepared, fit=True)
        if self.lexicon_words is not None:
            del self._marked_
        self.feature_names_ = self._feature_names()
        self.n_features_ = features.shape[1]
        if y_arr.ndim == 2:
            if not np.isin(y_arr, [0, 1, True, False]).all():
                raise ValueError(
                    "`y` is 2-D, which means multi-label, so it must hold only 0/1 (one column per "
                    "label); encode labels with sklearn.preprocessing.MultiLabelBinarizer."
                )
            self.multilabel_ = True
            self.classes_ = (
                np.array([str(c) for c in y.columns], dtype=object)
                if isinstance(y, pd.DataFrame)
                else np.arange(y_arr.shape[1])
            )
            y_int = y_arr.astype(int)
            self.tune_used_ = self.tune_decision in ("auto", True)
            self.models_ = [
                self._binary_model(y_int[:, j], groups).fit(features, y_int[:, j], groups=groups)
                for j in range(y_int.shape[1])
            ]
        elif y_arr.ndim == 1:
            self.multilabel_ = False
            if pd.isna(pd.Series(y_arr)).any():
                raise ValueError(
                    "`y` has missing labels; drop those documents or fill the labels before fitting."
                )
            self.classes_, y_int = np.unique(y_arr, return_inverse=True)
            self.tune_used_ = self.tune_decision is True
            self.models_ = [self._binary_model(y_int, groups).fit(features, y_int, groups=groups)]
        else:
            raise ValueError(
                f"`y` must be 1-D (multi-class) or 2-D (multi-label). Got {y_arr.ndim} dimensions instead."
            )
        self.decision_offsets_ = np.concatenate([m.offsets_ for m in self.models_])
        self.selected_ = [dict(m.selected_) for m in self.models_]
        digest = hashlib.sha256()
        for t in texts:
            digest.update(t.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        self.training_ = {
            "n_docs": len(texts),
            "sha256": digest.hexdigest(),
            "classes": [str(c) for c in self.classes_],
            "framing_version": __version__,
            "sklearn_version": sk_version,
            "fitted_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        }
        return self

    def _transform(self, X: Any) -> sp.csr_matrix:
        check_is_fitted(self, "models_")
        return self._featurize(self._prepare(as_texts(X)), fit=False)

    def decision_function(self, X: Any) -> np.ndarray:
        """Uncalibrated linear scores: (n,) for two classes, else (n, n_classes) or (n, n_labels)."""
        features = self._transform(X)
        if self.multilabel_:
            return np.column_stack([self._svm(m).decision_function(features) for m in self.models_])
        return self._svm(self.models_[0]).decision_function(features)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probabilities, (n, n_classes); multi-label: P(label) per column, (n, n_labels)."""
        features = self._transform(X)
        if self.multilabel_:
            return np.column_stack([m.predict_proba(features)[:, 1] for m in self.models_])
        return self.models_[0].predict_proba(features)

    def predict(self, X: Any) -> np.ndarray:
        """Predicted class per text (multi-label: a 0/1 matrix), from the class-weighted linear scores.

        Predictions are the sign (binary, per label) or argmax of :meth:`decision_function`,
        not of :meth:`predict_proba`: calibration restores the training class frequencies, which
        undoes ``class_weight`` and starves rare classes, while the weighted scores keep the
        balance that macro-F1 rewards. The two agree for most documents; on the margin a rare
        class can be predicted with a probability below that of a frequent one (as in
        :class:`sklearn.svm.SVC` with ``probability=True``).
        """
        scores = self.decision_function(X)
        if self.multilabel_:
            return (scores > 0).astype(int)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]

    @staticmethod
    def _svm(model: CalibratedLinear) -> NBLinear:
        return model.estimator_

    def _weights(self) -> tuple[list[Any], np.ndarray]:
        """(class per row, weight matrix) in the one-vs-rest sense, one row per class/label."""
        check_is_fitted(self, "models_")
        if self.multilabel_:
            return list(self.classes_), np.vstack([self._svm(m).coef_[0] for m in self.models_])
        coef = self._svm(self.models_[0]).coef_
        if coef.shape[0] == 1:
            return list(self.classes_), np.vstack([-coef[0], coef[0]])
        return list(self.classes_), coef

    @staticmethod
    def _block_of(names: np.ndarray) -> np.ndarray:
        return np.array([n.split("__", 1)[0] for n in names], dtype=object)

    # -- interpretation -----------------------------------------------------------------------
    def explain(self, *, top: int = 20) -> pd.DataFrame:
        """The most heavily weighted features per class, both directions.

        Parameters
        ----------
        top : int, default 20
            Features per class and direction.

        Returns
        -------
        DataFrame
            Long table, one row per (class, feature): ``class``, ``direction`` ("for" the class
            or "against" it), ``rank`` (1 = largest absolute weight in its direction),
            ``feature`` (without prefix), ``block`` (``word``, ``char``, ``framing``,
            ``bias_cues`` or ``lexicon``),
            ``weight`` (the linear model's coefficient; for two classes, the second class's weights are
            the first class's with the sign flipped).

        Examples
        --------
        >>> texts = ["rebels won", "militants lost", "militants won", "rebels lost"] * 3
        >>> y = ["a", "b", "a", "b"] * 3
        >>> clf = FramingClassifier(min_df=1, word_ngrams=(1, 1), char_ngrams=None, framing_features=False)
        >>> clf.fit(texts, y).explain(top=1)[["class", "direction", "feature"]].values.tolist()[:2]
        [['a', 'for', 'won'], ['a', 'against', 'lost']]
        """
        from framing._validation import check_int

        check_int("top", top, minimum=1)
        classes, weights = self._weights()
        names = self.feature_names_
        blocks = self._block_of(names)
        bare = np.array([n.split("__", 1)[1] for n in names], dtype=object)
        rows = []
        for cls, w in zip(classes, weights):
            order = np.argsort(-w, kind="stable")
            for direction, idx in (("for", order[:top]), ("against", order[::-1][:top])):
                for rank, i in enumerate(idx, start=1):
                    if (direction == "for" and w[i] <= 0) or (direction == "against" and w[i] >= 0):
                        continue
                    rows.append(
                        {
                            "class": cls,
                            "direction": direction,
                            "rank": rank,
                            "feature": bare[i],
                            "block": blocks[i],
                            "weight": float(w[i]),
                        }
                    )
        out = pd.DataFrame(rows, columns=["class", "direction", "rank", "feature", "block", "weight"])
        return attach(
            out,
            function="FramingClassifier.explain",
            params={"top": top, **self._param_summary()},
            lexicons=self._lexicons_used(),
        )

    def explain_document(self, text: str, *, top: int = 20, label: Any = None) -> pd.DataFrame:
        """The features that drove the prediction for one text.

        Parameters
        ----------
        text : str
            One document.
        top : int, default 20
            Features to return, by absolute contribution.
        label : optional
            The class (or label) to explain; default: the predicted class (multi-label: the
            label with the highest probability).

        Returns
        -------
        DataFrame
            ``class``, ``probability`` (calibrated probability of that class for this text),
            ``feature``, ``block``, ``value`` (the feature's value in the document),
            ``weight`` (the linear coefficient), ``contribution`` (value x weight; positive pushes
            towards the class), sorted by absolute contribution. The contributions plus the
            intercept sum to the document's linear score for the class.

        Examples
        --------
        >>> texts = ["rebels won", "militants lost"] * 4
        >>> clf = FramingClassifier(min_df=1, char_ngrams=None, framing_features=False)
        >>> clf.fit(texts, ["a", "b"] * 4).explain_document("rebels lost", top=2)["feature"].tolist()
        ['lost', 'rebels']
        """
        from framing._validation import check_int

        check_int("top", top, minimum=1)
        if not isinstance(text, str):
            raise TypeError(
                f"`text` must be one document as a str. Got {type(text).__name__} instead; for many "
                "documents call explain_document on each."
            )
        classes, weights = self._weights()
        proba = self.predict_proba([text])[0]
        if label is None:
            k = int(np.argmax(proba))
        else:
            matches = [i for i, c in enumerate(classes) if c == label or str(c) == str(label)]
            if not matches:
                raise ValueError(
                    f"`label` must be one of the classes {[str(c) for c in classes]}. Got {label!r} instead."
                )
            k = matches[0]
        row = self._transform([text]).tocsr()
        idx = row.indices
        values = row.data.astype(float)
        contributions = values * weights[k][idx]
        order = np.argsort(-np.abs(contributions), kind="stable")[:top]
        names = self.feature_names_[idx[order]]
        out = pd.DataFrame(
            {
                "class": [classes[k]] * len(order),
                "probability": float(proba[k]),
                "feature": [n.split("__", 1)[1] for n in names],
                "block": self._block_of(names),
                "value": values[order],
                "weight": weights[k][idx[order]].astype(float),
                "contribution": contributions[order],
            }
        )
        return attach(
            out,
            function="FramingClassifier.explain_document",
            params={"top": top, "label": label, **self._param_summary()},
            lexicons=self._lexicons_used(),
        )

    def _param_summary(self) -> dict[str, Any]:
        return {k: v for k, v in self.get_params().items() if k != "outlets"}

    def _lexicons_used(self) -> list[Any]:
        """The ``bias_cues`` lexicons the fitted model used (name, version, hash), for provenance:
        its own block's and that of a ``"bias_cues"`` feature block, once each."""
        used = []
        info = getattr(self, "bias_cues_lexicon_", None)
        if getattr(self, "bias_cues_used_", False) and info:
            used.append(SimpleNamespace(name=info["name"], version=info["version"], sha256=info["sha256"]))
        features = getattr(self, "framing_features_", None) if getattr(self, "framing_used_", False) else None
        for lx in features._lexicons_used() if features is not None else []:
            if all(lx.sha256 != u.sha256 for u in used):
                used.append(lx)
        return used

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.target_tags.multi_output = True
        tags.classifier_tags.multi_label = True
        return tags
