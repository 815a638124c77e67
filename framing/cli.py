"""The ``framing`` command: run analyses on a bundled corpus or a file, from the shell.

Input is a bundled corpus name (``framing datasets`` lists them) or a file: ``.csv``,
``.jsonl``/``.jsonl.gz``, ``.parquet`` or a folder of ``.txt`` files, with ``--text``,
``--outlet``, ``--date``, ``--title`` and ``--doc-id`` naming the columns.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
import warnings
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from framing import __version__, datasets
from framing.corpus import Corpus, read_csv, read_jsonl, read_parquet, read_texts
from framing.quotes import PRECISIONS

#: Subcommands: name -> (help, add_arguments, run). Modules register theirs with `command`.
COMMANDS: dict[
    str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = {}


def command(
    name: str, help: str, add_arguments: Callable[[argparse.ArgumentParser], None] | None = None
) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    """Register a subcommand; ``run(args) -> exit code``."""

    def deco(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = (help, add_arguments or (lambda p: None), run)
        return run

    return deco


def add_run_arguments(p: argparse.ArgumentParser, *, bootstrap: bool = False) -> None:
    """--n-jobs, and with ``bootstrap`` also --n-boot and --seed, for a command's parser."""
    if bootstrap:
        p.add_argument(
            "--n-boot", dest="n_boot", type=int, default=1000, help="bootstrap resamples (default: 1000)"
        )
        p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--n-jobs", dest="n_jobs", type=int, default=1, help="worker processes (default: 1)")


def add_input_arguments(p: argparse.ArgumentParser) -> None:
    """The INPUT argument and the column options every analysis command takes."""
    p.add_argument(
        "input",
        help="bundled corpus name (see `framing datasets`) or a .csv/.jsonl/.parquet file or a folder of .txt files",
    )
    p.add_argument("--text", default="text", help="column with the article text (default: text)")
    p.add_argument("--outlet", default=None, help="column with the outlet name")
    p.add_argument("--date", default=None, help="column with the publication date")
    p.add_argument("--title", default=None, help="column with the headline")
    p.add_argument("--doc-id", dest="doc_id", default=None, help="column with a unique article id")
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_const",
        const=True,
        default=None,
        help="read numeric dates such as 01/02/2024 day first (default: decided from the column)",
    )
    order.add_argument(
        "--monthfirst",
        dest="dayfirst",
        action="store_const",
        const=False,
        help="read numeric dates such as 01/02/2024 month first",
    )
    p.add_argument(
        "--sep", default=None, help="column separator of a .csv file, e.g. ';' or '\\t' (default: a comma)"
    )


def add_output_argument(p: argparse.ArgumentParser, default: str, what: str = "CSV file to write") -> None:
    """-o/--output of a command that writes a table: a file, or - for stdout."""
    p.add_argument("-o", "--output", default=default, help=f"{what}, or - for stdout (default: {default})")


def load_input(args: argparse.Namespace) -> Corpus:
    """Read the corpus named by a command's INPUT and column options."""
    src = args.input
    cols: dict[str, Any] = {
        "text": args.text,
        "outlet": args.outlet,
        "date": args.date,
        "title": args.title,
        "doc_id": args.doc_id,
        "dayfirst": getattr(args, "dayfirst", None),
    }
    path = Path(src)
    if path.is_dir():
        return read_texts(path)
    if path.exists():
        name = path.name.lower()
        if name.endswith(".csv"):
            sep = getattr(args, "sep", None)
            if sep:
                return read_csv(path, sep="\t" if sep in ("\\t", "tab") else sep, **cols)
            return read_csv(path, **cols)
        if name.endswith((".tsv", ".tab")):
            return read_csv(path, sep="\t", **cols)
        if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".json")):
            return read_jsonl(path, **cols)
        if name.endswith((".parquet", ".pq")):
            return read_parquet(path, **cols)
        raise SystemExit(
            f"framing: INPUT {src!r} has an unknown extension; use .csv, .tsv, .jsonl, .jsonl.gz, .parquet or a folder of .txt files."
        )
    if src in datasets.available():
        return datasets.load(src)
    raise SystemExit(
        f"framing: INPUT {src!r} is neither a file nor a bundled corpus; the bundled corpora are: "
        f"{', '.join(datasets.available())}."
    )


@command("datasets", "list the bundled corpora")
def _datasets(args: argparse.Namespace) -> int:
    for name in datasets.available():
        c = datasets.load(name)
        print(f"{name}\t{len(c)} articles, {c.docs['outlet'].nunique()} outlets")
    return 0


def _lexicons_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "lexicons",
        nargs="*",
        metavar="LEXICON",
        help="built-in lexicon names or .yaml files of your own (default: every built-in lexicon)",
    )
    p.add_argument(
        "-o",
        "--output",
        default=None,
        help="CSV file for the full table (with description and sources), or - for stdout "
        "(default: one line per lexicon)",
    )


@command("lexicons", "list the lexicons: kind, version, number of entries, hash", _lexicons_args)
def _lexicons(args: argparse.Namespace) -> int:
    from framing.lexicons import describe

    table = describe(list(args.lexicons) or None)
    if args.output is None:
        for row in table.itertuples(index=False):
            print(
                f"{row.name}\t{row.kind} v{row.version}, {row.n_entries} {row.entries_are}, sha256 {row.sha256}"
            )
        return 0
    _write_table(table, args.output, f"wrote {len(table)} lexicons to {args.output}")
    return 0


def _report_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    p.add_argument("-o", "--output", default="report.html", help="HTML file to write (default: report.html)")
    p.add_argument(
        "--lexicon", default="syria", help="actors lexicon for the naming section (default: syria)"
    )
    p.add_argument(
        "--precision",
        default="standard",
        choices=PRECISIONS,
        help="precision of the quotes in the sourcing section; high: a speaker category or verb stance "
        "only from triggers proven on judged rows, for examples, not for comparing outlets; balanced: "
        "the standard rules minus a short denylist of triggers; the report names the mode "
        "(default: standard)",
    )


@command("report", "the whole analysis as one self-contained HTML report", _report_args)
def _report(args: argparse.Namespace) -> int:
    from framing.report import report

    corpus = load_input(args)
    path = report(corpus, lexicon=args.lexicon, path=args.output, precision=args.precision)
    print(f"wrote {path}")
    return 0


def _agency_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "agency.csv", "CSV file for the harm-clause rows")
    p.add_argument(
        "--lexicon", default="harm_verbs", help="harm_verbs lexicon name or YAML file (default: harm_verbs)"
    )
    add_run_arguments(p)


@command("agency", "harm clauses and whether they name a perpetrator", _agency_args)
def _agency(args: argparse.Namespace) -> int:
    from framing.agency import find_agency

    corpus = load_input(args)
    rows = find_agency(corpus, lexicon=args.lexicon, n_jobs=args.n_jobs)
    counts = rows["construction"].value_counts().to_dict()
    summary = ", ".join(f"{k} {v}" for k, v in counts.items()) or "none found"
    _write_table(rows, args.output, f"wrote {len(rows)} harm clauses to {args.output} ({summary})")
    return 0


def _labels_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "labels.csv")
    p.add_argument(
        "--lexicon", default="syria", help="actors lexicon: built-in name or .yaml file (default: syria)"
    )
    p.add_argument(
        "--spans",
        action="store_true",
        help="write the span table of find_labels (one row per mention) instead of the "
        "label_choice table (shares per outlet, actor and label)",
    )
    p.add_argument("--by", default="outlet", help="grouping column for label_choice (default: outlet)")
    p.add_argument(
        "--voice",
        default="own",
        choices=("own", "quoted", "all"),
        help="count mentions in the outlet's own voice, inside quotes, or both (default: own)",
    )
    add_run_arguments(p, bootstrap=True)


@command("labels", "naming: label shares per outlet and actor, or each label mention (--spans)", _labels_args)
def _labels(args: argparse.Namespace) -> int:
    from framing.labels import find_labels, label_choice

    corpus = load_input(args)
    if args.spans:
        table = find_labels(corpus, args.lexicon, n_jobs=args.n_jobs)
        kind = "find_labels span table"
    else:
        table = label_choice(
            corpus,
            args.lexicon,
            by=args.by,
            voice=args.voice,
            n_boot=args.n_boot,
            seed=args.seed,
            n_jobs=args.n_jobs,
        )
        kind = "label_choice table"
    _write_table(table, args.output, f"wrote the {kind} ({len(table)} rows) to {args.output}")
    return 0


def _write_table(df: Any, output: str, message: str | None = None) -> None:
    """Write ``df`` as CSV to the file ``output`` (then print ``message``) or to stdout for ``-``."""
    if output == "-":
        try:
            df.to_csv(sys.stdout, index=False)
        except BrokenPipeError:
            # The reader (e.g. `head`) closed the pipe: stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        df.to_csv(output, index=False)
        print(message or f"wrote {len(df)} rows to {output}")


def _hedges_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "hedges.csv")
    p.add_argument(
        "--lexicon", default="hedges", help="hedges lexicon: built-in name or .yaml file (default: hedges)"
    )
    p.add_argument(
        "--rates",
        action="store_true",
        help="write hedges per 1,000 words and per sentence by --by instead of the spans",
    )
    p.add_argument("--by", default="outlet", help="grouping column for --rates (default: outlet)")
    add_run_arguments(p)


@command(
    "hedges", "hedges and distancing (reportedly, allegedly, scare quotes, ...), or their rates", _hedges_args
)
def _hedges(args: argparse.Namespace) -> int:
    from framing.hedges import find_hedges, hedge_rates

    corpus = load_input(args)
    if args.rates:
        table = hedge_rates(corpus, by=args.by, lexicon=args.lexicon, n_jobs=args.n_jobs)
    else:
        table = find_hedges(corpus, lexicon=args.lexicon, n_jobs=args.n_jobs)
    _write_table(table, args.output)
    return 0


def _frames_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "frames.csv")
    p.add_argument(
        "--dictionary",
        default="generic_frames",
        help="built-in dictionary name or a .yaml/.dic file (default: generic_frames)",
    )
    p.add_argument("--by", default=None, help="grouping column (default: one row per article and category)")


@command("frames", "dictionary frame scores per article or per group", _frames_args)
def _frames(args: argparse.Namespace) -> int:
    from framing.dictionaries import dictionary_scores

    _write_table(dictionary_scores(load_input(args), args.dictionary, by=args.by), args.output)
    return 0


def _quotes_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "quotes.csv")
    p.add_argument(
        "--lexicon", default=None, help="actors lexicon for speaker_actor, e.g. syria (default: none)"
    )
    p.add_argument(
        "--precision",
        default="standard",
        choices=PRECISIONS,
        help="high: a speaker category or verb stance only from triggers proven on judged rows, "
        "under a third of the categories, for picking examples, not comparing outlets; balanced: "
        "drops the few triggers judged mostly wrong, keeps 93%% of the categories, not 0.9 on "
        "every label held out (default: standard)",
    )
    add_run_arguments(p)


@command("quotes", "quotes and attributions: who said what, with which verb", _quotes_args)
def _quotes(args: argparse.Namespace) -> int:
    from framing.quotes import extract_quotes

    corpus = load_input(args)
    table = extract_quotes(corpus, lexicon=args.lexicon, precision=args.precision, n_jobs=args.n_jobs)
    _write_table(
        table,
        args.output,
        f"wrote {len(table)} attributions from {len(corpus)} articles to {args.output}"
        + (
            " (--precision high: speaker categories and verb stances off the allowlist are unknown / empty)"
            if args.precision == "high"
            else " (--precision balanced: categories and stances of denied triggers are unknown / empty)"
            if args.precision == "balanced"
            else ""
        ),
    )
    return 0


def _tone_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "tone.csv")
    p.add_argument(
        "--lexicon", default="syria", help="actors lexicon: built-in name or .yaml file (default: syria)"
    )
    p.add_argument("--by", default="outlet", help="grouping column (default: outlet)")
    p.add_argument(
        "--voice",
        default="split",
        choices=["split", "own", "quoted", "all"],
        help="own voice and quoted speech in separate rows (split), one of them, or pooled (default: split)",
    )
    p.add_argument(
        "--sentences",
        action="store_true",
        help="write the scored sentences (one row per sentence, actor and voice) instead of the means",
    )
    add_run_arguments(p, bootstrap=True)


@command("tone", "mean VADER tone of the sentences that mention each actor, by group", _tone_args)
def _tone(args: argparse.Namespace) -> int:
    from framing.lexicons import load
    from framing.tone import actor_sentences, actor_tone

    corpus = load_input(args)
    lexicon = load(args.lexicon)
    if args.sentences:
        table = actor_sentences(corpus, lexicon, n_jobs=args.n_jobs)
    else:
        table = actor_tone(
            corpus,
            lexicon,
            by=args.by,
            voice=args.voice,
            n_boot=args.n_boot,
            seed=args.seed,
            n_jobs=args.n_jobs,
        )
    _write_table(table, args.output)
    return 0


def _keyness_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    add_output_argument(p, "keyness.csv")
    p.add_argument("--by", default="outlet", help="grouping column (default: outlet)")
    p.add_argument(
        "--method",
        default="log_odds",
        choices=["log_odds", "chi2", "g2", "log_ratio", "lrc"],
        help="keyness statistic (default: log_odds)",
    )
    p.add_argument(
        "--prior", default="corpus", choices=["corpus", "uniform"], help="log-odds prior (default: corpus)"
    )
    p.add_argument("--alpha0", type=float, default=1000, help="prior strength (default: 1000)")
    p.add_argument(
        "--min-count", dest="min_count", type=int, default=5, help="minimum corpus count (default: 5)"
    )
    p.add_argument(
        "--ngram-range",
        dest="ngram_range",
        type=int,
        nargs=2,
        default=(1, 1),
        metavar=("MIN", "MAX"),
        help="word n-grams to count (default: 1 1; 1 2 adds bigrams)",
    )
    p.add_argument(
        "--stop-words", dest="stop_words", choices=["english"], default=None, help="remove English stop words"
    )
    p.add_argument(
        "--vs", default="rest", help="'rest', 'pairs' or a group to compare against (default: rest)"
    )
    p.add_argument("--top", type=int, default=None, help="keep the N most typical terms per comparison")


@command("keyness", "the distinctive terms of each group (keyness)", _keyness_args)
def _keyness(args: argparse.Namespace) -> int:
    from framing.keyness import keyness

    corpus = load_input(args)
    out = keyness(
        corpus,
        by=args.by,
        method=args.method,
        prior=args.prior,
        alpha0=args.alpha0,
        min_count=args.min_count,
        ngram_range=tuple(args.ngram_range),
        stop_words=args.stop_words,
        vs=args.vs,
    )
    if args.top is not None:
        if args.top < 1:
            raise ValueError(f"`--top` must be at least 1. Got {args.top} instead.")
        # Rows are sorted most typical first within each comparison.
        out = out.groupby([args.by, "other"], observed=True, sort=False).head(args.top)
    _write_table(out, args.output, f"wrote {args.output} ({len(out)} rows)")
    return 0


#: Shown under "examples:" at the end of each subcommand's --help.
EXAMPLES: dict[str, list[str]] = {
    "datasets": ["framing datasets"],
    "lexicons": [
        "framing lexicons",
        "framing lexicons syria mine.yaml -o lexicons.csv  # with descriptions and sources",
    ],
    "report": [
        "framing report aleppo-2024 -o report.html",
        "framing report articles.csv --text body --outlet source --date published -o report.html",
        "framing report articles.csv --date published --dayfirst -o report.html  # 31/12/2024 dates",
        "framing report aleppo-2024 --precision high -o examples.html  # well-identified speakers only",
    ],
    "agency": ["framing agency aleppo-2024 -o agency.csv", "framing agency articles.jsonl -o - | head"],
    "labels": [
        "framing labels aleppo-2024 -o label_shares.csv",
        "framing labels aleppo-2024 --spans -o mentions.csv",
        "framing labels articles.csv --lexicon my_actors.yaml --voice all -o -",
    ],
    "hedges": [
        "framing hedges aleppo-2024 -o hedges.csv",
        "framing hedges aleppo-2024 --rates --by outlet -o -",
    ],
    "frames": [
        "framing frames aleppo-2024 --by outlet -o frames.csv",
        "framing frames articles.csv --dictionary my_frames.dic -o -",
    ],
    "quotes": [
        "framing quotes aleppo-2024 --lexicon syria -o quotes.csv",
        "framing quotes texts/ --n-jobs -1 -o -",
        "framing quotes articles.csv --date published --dayfirst --precision high -o examples.csv",
    ],
    "tone": ["framing tone aleppo-2024 -o tone.csv", "framing tone aleppo-2024 --sentences -o -"],
    "keyness": [
        "framing keyness aleppo-2024 --stop-words english --top 20 -o keyness.csv",
        "framing keyness articles.csv --by outlet --vs pairs --ngram-range 1 2 -o -",
    ],
}


def _epilog(lines: Sequence[str], footer: str = "") -> str:
    text = "examples:\n" + "\n".join(f"  {line}" for line in lines) if lines else ""
    return f"{text}\n\n{footer}".strip()


def build_parser() -> argparse.ArgumentParser:
    # Importing the analysis modules registers their subcommands.
    from framing import report  # noqa: F401

    parser = argparse.ArgumentParser(
        prog="framing",
        description="Framing and media-bias indicators for news corpora.\n\nEvery analysis command reads "
        "INPUT and writes a CSV table (-o FILE, or -o - for\nstdout); `framing report` writes one HTML page.",
        epilog=_epilog(
            [
                "framing datasets",
                "framing report aleppo-2024 -o report.html",
                "framing labels articles.csv --text body --outlet source -o label_shares.csv",
            ],
            "Run `framing COMMAND --help` for the options and examples of one command. INPUT is a "
            "bundled corpus name or a .csv/.tsv/.jsonl(.gz)/.parquet file or a folder of .txt files; "
            "-o - writes a table to stdout.",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, add_args, run) in COMMANDS.items():
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_epilog(EXAMPLES.get(name, [])) or None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        add_args(p)
        p.set_defaults(run=run)
    return parser


def _in_cli_terms(message: str, parser: argparse.ArgumentParser, command: str) -> str:
    """Name the command's options (``--n-jobs``) where the library's message names parameters."""
    sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if sub is None or command not in sub.choices:
        return message
    options: dict[str, str] = {}
    for a in sub.choices[command]._actions:
        if a.option_strings and a.option_strings[-1].startswith("--"):
            options.setdefault(a.dest, a.option_strings[-1])  # --dayfirst, not --monthfirst
    # A command has no `corpus` object to look at: say where the list is in Python.
    message = message.replace(
        "they are listed in corpus.report['dropped'].",
        "all are listed in corpus.report['dropped'] when the file is read in Python (fr.read_csv, ...).",
    )
    if "dayfirst" in options:
        message = message.replace("dayfirst=True", "--dayfirst").replace("dayfirst=False", "--monthfirst")

    def as_option(match: re.Match[str], option: str) -> str:
        value = match.group(2)
        return f"{match.group(0)[0]}ass {option} {shlex.quote(value) if value else ''}"

    for dest, option in options.items():
        message = message.replace(f"`{dest}`", f"`{option}`")
        message = re.sub(
            rf"\b[Pp]ass {dest}=('([^']*)'|<column>)", partial(as_option, option=option), message
        )
        message = message.replace(f"Pass {option} .", f"Pass {option} <column>.").replace(
            f"Pass {option}  ", f"Pass {option} <column> "
        )
    return message


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 1

    def show_warning(message: Any, category: Any, *rest: Any, **kwargs: Any) -> None:
        # One line in the command's terms, not a file path and a line of library source.
        text = _in_cli_terms(str(message), parser, args.command)
        print(f"framing {args.command}: warning: {text}", file=sys.stderr)

    try:
        with warnings.catch_warnings():
            warnings.showwarning = show_warning
            return int(args.run(args))
    except (ValueError, TypeError, FileNotFoundError) as exc:
        print(f"framing {args.command}: {_in_cli_terms(str(exc), parser, args.command)}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
