"""Tone toward actors: how positive or negative are the sentences that mention each actor?

:func:`actor_sentences` finds every sentence that mentions an actor of an actors lexicon (its
labels, via :func:`framing.labels.find_labels`, and its proper names, via
:func:`framing.labels.find_actors`) and scores it with VADER's compound score (Hutto & Gilbert
2014), keeping apart sentences where the actor is named in the outlet's own voice and those
where it is named inside quoted speech. :func:`actor_tone` averages those scores per group with
article-level bootstrap intervals.

VADER's lexicon and rules come from the ``vaderSentiment`` package (its lexicon ships inside the
package, so nothing is downloaded); this module only wraps its analyzer.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from framing._mapping import check_n_jobs
from framing._validation import check_choice, check_int, check_probability
from framing.corpus import Corpus, as_corpus
from framing.labels import _lexicon, find_actors, find_labels
from framing.lexicons import Lexicon
from framing.provenance import attach
from framing.stats import _group_ratio_rows, group_codes
from framing.text import sentences

__all__ = ["actor_sentences", "actor_tone"]

VOICES = ("own", "quoted")
_SENTENCE_COLUMNS = [
    "doc_id",
    "outlet",
    "date",
    "start",
    "end",
    "text",
    "actor",
    "voice",
    "n_mentions",
    "tone",
]
_CHUNK = 200  # documents per parallel task


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _vader_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vaderSentiment")
    except PackageNotFoundError:  # pragma: no cover - installed from a source tree
        return "unknown"


def compound(sentence: str) -> float:
    """VADER's compound score of one sentence, in [-1, 1] (Hutto & Gilbert 2014)."""
    return float(_analyzer().polarity_scores(sentence)["compound"])


def _sentence_of(sents: list[tuple[int, int]], starts: list[int], text: str, pos: int) -> tuple[int, int]:
    """The sentence holding character ``pos``; where the splitter left ``pos`` between sentences,
    the line around it."""
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and pos < sents[k][1]:
        return sents[k]
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return (a, len(text) if b < 0 else b)


def _doc_sentences(
    text: str, mentions: list[tuple[int, int, str, bool]]
) -> list[tuple[int, int, str, str, int, float]]:
    """One document: ``(start, end, actor, voice, n_mentions, tone)`` per sentence, actor and
    voice, in text order. ``mentions`` are ``(start, end, actor, in_quote)``."""
    if not mentions:
        return []
    sents = sentences(text)
    starts = [s for s, _ in sents]
    # Label and alias matches of one actor can overlap ("Syrian army" inside a longer name):
    # overlapping spans of one actor count as one mention.
    counts: dict[tuple[int, int, str, str], int] = {}
    last_end: dict[str, int] = {}
    for s, e, actor, quoted in sorted(mentions, key=lambda m: (m[0], -m[1])):
        if s < last_end.get(actor, -1):
            continue
        last_end[actor] = e
        a, b = _sentence_of(sents, starts, text, s)
        key = (a, b, actor, "quoted" if quoted else "own")
        counts[key] = counts.get(key, 0) + 1
    scores: dict[tuple[int, int], float] = {}
    out = []
    for (a, b, actor, voice), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][3])):
        if (a, b) not in scores:
            scores[(a, b)] = compound(text[a:b])
        out.append((a, b, actor, voice, n, scores[(a, b)]))
    return out


def _run_chunk(
    pairs: list[tuple[str, list[tuple[int, int, str, bool]]]],
) -> list[list[tuple[int, int, str, str, int, float]]]:
    return [_doc_sentences(t, m) for t, m in pairs]


def _check_actors(lx: Lexicon, actors: str | Sequence[str] | None) -> list[str]:
    every = lx.actors
    if actors is None:
        return every
    chosen = [actors] if isinstance(actors, str) else list(actors)
    for a in chosen:
        if a not in every:
            raise ValueError(
                f"`actors` names {a!r}, which is not an actor of lexicon {lx.name!r}; "
                f"the actors are: {', '.join(every)}."
            )
    return chosen


def actor_sentences(
    corpus: Corpus | pd.DataFrame,
    lexicon: Lexicon | str = "syria",
    *,
    actors: str | Sequence[str] | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Every sentence that mentions an actor, with its VADER tone and the voice of the mention.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles (a DataFrame needs a ``text`` column).
    lexicon : Lexicon or str, default "syria"
        An actors lexicon; both its labels ("rebels", "regime") and its proper names ("HTS",
        "Assad") count as mentions.
    actors : str or list of str, optional
        Keep only these actors; default every actor of the lexicon.
    n_jobs : int, default 1
        Worker processes (joblib), -1 for all cores; the result is identical to ``n_jobs=1``.

    Returns
    -------
    DataFrame
        One row per (sentence, actor, voice), in document and text order:

        - ``doc_id``, ``outlet``, ``date``: the article's;
        - ``start``, ``end``: character offsets of the sentence in the article's text;
        - ``text``: the sentence, ``text[start:end]``;
        - ``actor``: the actor mentioned;
        - ``voice``: ``own`` (the mention is in the outlet's own words) or ``quoted`` (inside
          quoted speech); a sentence that names the actor both ways has one row of each;
        - ``n_mentions``: mentions of the actor in that voice in the sentence;
        - ``tone``: VADER's compound score of the whole sentence, in [-1, 1].

    Notes
    -----
    Mentions come from :func:`framing.labels.find_labels` and :func:`framing.labels.find_actors`
    (overlapping matches of one actor count once); each is mapped to its sentence from
    :func:`framing.text.sentences`, and its voice is the mention's ``in_quote``. The tone is the
    compound score of VADER (Hutto & Gilbert 2014), a rule-based scorer over a human-rated
    valence lexicon with rules for negation, intensifiers, "but" and capitals, normalised to
    [-1, 1] as ``x / sqrt(x^2 + 15)`` of the summed valences. It measures the tone of the
    sentence, not the writer's stance toward the actor: "Regime shelling killed ten rebels" is
    negative for both actors it names. Read it as the emotional climate in which an actor
    appears, and check examples before interpreting a difference.

    References
    ----------
    Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
    analysis of social media text. Proceedings of ICWSM 8(1), 216-225.

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> df = pd.DataFrame({"text": ['Syrian rebels won in Aleppo. "The terrorists are cowards," SANA said.'],
    ...                    "outlet": ["Wire"]})
    >>> fr.actor_sentences(df)[["actor", "voice", "tone"]].values.tolist()
    [['armed_opposition', 'own', 0.4404], ['armed_opposition', 'quoted', -0.6249]]
    """
    corpus = as_corpus(corpus)
    lx = _lexicon(lexicon)
    chosen = _check_actors(lx, actors)
    n_jobs = check_n_jobs(n_jobs)
    found = pd.concat(
        [
            find_labels(corpus, lx, n_jobs=n_jobs, progress=False)[
                ["doc_id", "start", "end", "actor", "in_quote"]
            ],
            find_actors(corpus, lx, n_jobs=n_jobs, progress=False)[
                ["doc_id", "start", "end", "actor", "in_quote"]
            ],
        ],
        ignore_index=True,
    )
    found = found[found["actor"].isin(chosen)]
    docs = corpus.docs
    texts = docs["text"].tolist()
    rows = pd.Index(docs["doc_id"]).get_indexer(found["doc_id"])
    per_doc: list[list[tuple[int, int, str, bool]]] = [[] for _ in texts]
    for r, s, e, a, q in zip(rows, found["start"], found["end"], found["actor"], found["in_quote"]):
        per_doc[r].append((int(s), int(e), str(a), bool(q)))
    pairs = list(zip(texts, per_doc))
    if n_jobs == 1 or len(pairs) < 2:
        results = _run_chunk(pairs)
    else:
        from joblib import Parallel, delayed, effective_n_jobs

        size = min(_CHUNK, -(-len(pairs) // (4 * effective_n_jobs(n_jobs))))
        parts = Parallel(n_jobs=n_jobs)(
            delayed(_run_chunk)(pairs[i : i + size]) for i in range(0, len(pairs), size)
        )
        results = list(itertools.chain.from_iterable(parts))
    idx = np.repeat(np.arange(len(results)), [len(r) for r in results])
    recs = [r for res in results for r in res]
    body = pd.DataFrame(recs, columns=["start", "end", "actor", "voice", "n_mentions", "tone"])
    out = pd.DataFrame(
        {
            "doc_id": docs["doc_id"].to_numpy()[idx],
            "outlet": docs["outlet"].to_numpy()[idx],
            "date": docs["date"].to_numpy()[idx],
            "start": body["start"].astype(np.int64),
            "end": body["end"].astype(np.int64),
            "text": [texts[i][s:e] for i, s, e in zip(idx.tolist(), body["start"], body["end"])],
            "actor": body["actor"].astype(object),
            "voice": body["voice"].astype(object),
            "n_mentions": body["n_mentions"].astype(np.int64),
            "tone": body["tone"].astype(np.float64),
        }
    )
    out["date"] = out["date"].astype("datetime64[ns]")
    for col in ("doc_id", "outlet", "text"):
        out[col] = out[col].astype(object)
    return attach(
        out[_SENTENCE_COLUMNS],
        function="actor_sentences",
        params={"actors": actors, "n_jobs": n_jobs, "sentiment": f"vaderSentiment {_vader_version()}"},
        lexicons=[lx],
        corpus=corpus,
    )


def actor_tone(
    corpus: Corpus | pd.DataFrame,
    lexicon: Lexicon | str = "syria",
    *,
    by: Any = "outlet",
    voice: str = "split",
    actors: str | Sequence[str] | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    n_jobs: int = 1,
    spans: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Mean VADER tone of the sentences that mention each actor, by group, with article-level CIs.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        The articles.
    lexicon : Lexicon or str, default "syria"
        An actors lexicon (labels and proper names both count as mentions).
    by : str, pandas.Grouper, list of them, or None, default "outlet"
        Grouping of the articles; None pools them all.
    voice : {"split", "own", "quoted", "all"}, default "split"
        ``"split"`` reports the outlet's own voice and quoted speech in separate rows; ``"own"``
        or ``"quoted"`` only that voice; ``"all"`` pools them (a sentence that names the actor
        both ways counts once) in rows with ``voice == "all"``.
    actors : str or list of str, optional
        Restrict to these actors; default every actor of the lexicon.
    ci : float, default 0.95
        Coverage of the percentile interval.
    n_boot : int, default 1000
        Bootstrap resamples of articles (at least 100).
    seed : int, default 0
        Seed; the same seed gives the same intervals.
    n_jobs : int, default 1
        Worker processes for finding and scoring the sentences.
    spans : DataFrame, optional
        An :func:`actor_sentences` table of this corpus, to avoid scanning it again.

    Returns
    -------
    DataFrame
        One row per group, actor and voice (every chosen actor, mentioned or not):

        - the ``by`` columns;
        - ``actor``;
        - ``voice``: ``own``, ``quoted`` or ``all``;
        - ``count``: sentences of the group that mention the actor in that voice;
        - ``total``: sum of their VADER compound scores;
        - ``mean_tone``: ``total / count``, in [-1, 1]; NaN when ``count`` is 0;
        - ``ci_low``, ``ci_high``: percentile interval of the mean over resampled articles;
        - ``n_docs``: articles of the group with at least one such sentence.

    Notes
    -----
    The mean is a ratio of sums over the articles ``d`` of a group,
    ``sum_d sum(tone in d) / sum_d n_sentences(d)``, so each sentence weighs the same; its
    interval is the cluster (article) bootstrap of :func:`framing.stats.bootstrap_ratio`, since
    sentences of one article share an author and a story (Field & Welsh 2007). All actors and
    voices of a group share the same resamples. Sentences and scores come from
    :func:`actor_sentences`, whose Notes say what VADER's score does and does not measure.

    Checked against BASIL's phrase-level bias annotations (Fan et al. 2019; 300 articles of
    Fox, NYT and HuffPost; ``benchmarks/RESULTS.md``, "Tone toward actors"): the sentence score
    ranks positive above negative bias toward the sentence's target with ROC AUC 0.635 (0.670
    for loaded wording, 0.626 for bias through the choice of facts, 0.421, i.e. reversed, for
    bias through an ally or opponent), and the outlet-level mean tone toward six US political
    actors agrees in sign with the annotated net bias in only 7 of 18 outlet-actor cells, since
    most sentences naming an actor carry no bias at all. It is the emotional climate around an
    actor, not the outlet's stance toward it.

    References
    ----------
    Hutto, C. J., & Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment
    analysis of social media text. Proceedings of ICWSM 8(1), 216-225.
    Fan, L., White, M., Sharma, E., Su, R., Choubey, P. K., Huang, R., & Wang, L. (2019). In plain
    sight: Media bias through the lens of factual reporting. Proceedings of EMNLP-IJCNLP,
    6343-6349.
    Field, C. A., & Welsh, A. H. (2007). Bootstrapping clustered data. JRSS B, 69(3), 369-390.

    Examples
    --------
    >>> import framing as fr, pandas as pd
    >>> df = pd.DataFrame({"text": ["Brave rebels freed Aleppo.", "Rebels killed civilians in Aleppo."],
    ...                    "outlet": ["A", "B"]})
    >>> t = fr.actor_tone(df, actors="armed_opposition", voice="own", n_boot=200)
    >>> t[["outlet", "actor", "count", "mean_tone"]].values.tolist()
    [['A', 'armed_opposition', 1, 0.6486], ['B', 'armed_opposition', 1, -0.743]]
    """
    corpus = as_corpus(corpus)
    lx = _lexicon(lexicon)
    voice = check_choice("voice", voice, ("split", "own", "quoted", "all"), owner="actor_tone")
    n_boot = check_int("n_boot", n_boot, minimum=100)
    ci = check_probability("ci", ci)
    seed = check_int("seed", seed, minimum=0)
    chosen = _check_actors(lx, actors)
    codes, keys = group_codes(corpus.docs, by)  # a missing `by` column fails before the scan
    if spans is None:
        spans = actor_sentences(corpus, lx, actors=chosen, n_jobs=n_jobs)
    else:
        missing = [c for c in ("doc_id", "start", "actor", "voice", "tone") if c not in spans.columns]
        if missing:
            raise ValueError(
                f"`spans` must be a table from fr.actor_sentences; it lacks the column(s) "
                f"{', '.join(missing)}. Pass spans=fr.actor_sentences(corpus, lexicon) or leave it out."
            )
    spans = spans[spans["actor"].isin(chosen)]
    if voice == "all":
        spans = spans.drop_duplicates(["doc_id", "start", "actor"]).assign(voice="all")
        voices: tuple[str, ...] = ("all",)
    elif voice == "split":
        voices = VOICES
    else:
        spans = spans[spans["voice"] == voice]
        voices = (voice,)
    cells = [(a, v) for a in chosen for v in voices]
    docs = corpus.docs
    rows = pd.Index(docs["doc_id"]).get_indexer(spans["doc_id"])
    cols = pd.MultiIndex.from_tuples(cells).get_indexer(list(zip(spans["actor"], spans["voice"])))
    ok = (rows >= 0) & (cols >= 0)
    n_sent = np.zeros((len(docs), len(cells)))
    tone_sum = np.zeros((len(docs), len(cells)))
    np.add.at(n_sent, (rows[ok], cols[ok]), 1.0)
    np.add.at(tone_sum, (rows[ok], cols[ok]), spans["tone"].to_numpy(dtype=np.float64)[ok])
    res = _group_ratio_rows(tone_sum, n_sent, codes, len(keys), n_boot=n_boot, ci=ci, seed=seed)
    parts = []
    for j, (actor, v) in enumerate(cells):
        part = keys.copy()
        part["actor"] = actor
        part["voice"] = v
        part["count"] = res["total"][:, j].astype(np.int64)
        part["total"] = res["count"][:, j]
        part["mean_tone"] = res["share"][:, j]
        part["ci_low"] = res["ci_low"][:, j]
        part["ci_high"] = res["ci_high"][:, j]
        part["n_docs"] = res["n_docs"][:, j].astype(np.int64)
        part["_cell"] = j
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    out = out.sort_values([*keys.columns, "_cell"], kind="stable", ignore_index=True).drop(columns="_cell")
    params = {
        "by": by,
        "voice": voice,
        "actors": actors,
        "ci": ci,
        "n_boot": n_boot,
        "seed": seed,
        "sentiment": f"vaderSentiment {_vader_version()}",
    }
    return attach(out, function="actor_tone", params=params, lexicons=[lx], corpus=corpus)
