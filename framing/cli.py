"""The ``framing`` command: run analyses on a bundled corpus or a file, from the shell.

Input is a bundled corpus name (``framing datasets`` lists them) or a file: ``.csv``,
``.jsonl``/``.jsonl.gz``, ``.parquet`` or a folder of ``.txt`` files, with ``--text``,
``--outlet``, ``--date``, ``--title`` and ``--doc-id`` naming the columns.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from framing import __version__, datasets
from framing.corpus import Corpus, read_csv, read_jsonl, read_parquet, read_texts

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


def load_input(args: argparse.Namespace) -> Corpus:
    """Read the corpus named by a command's INPUT and column options."""
    src = args.input
    cols: dict[str, Any] = {
        "text": args.text,
        "outlet": args.outlet,
        "date": args.date,
        "title": args.title,
        "doc_id": args.doc_id,
    }
    path = Path(src)
    if path.is_dir():
        return read_texts(path)
    if path.exists():
        name = path.name.lower()
        if name.endswith(".csv"):
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


def _report_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    p.add_argument("-o", "--output", default="report.html", help="HTML file to write (default: report.html)")
    p.add_argument(
        "--lexicon", default="syria", help="actors lexicon for the naming section (default: syria)"
    )


@command("report", "write the self-contained HTML report", _report_args)
def _report(args: argparse.Namespace) -> int:
    from framing.report import report

    corpus = load_input(args)
    path = report(corpus, lexicon=args.lexicon, path=args.output)
    print(f"wrote {path}")
    return 0


def _keyness_args(p: argparse.ArgumentParser) -> None:
    add_input_arguments(p)
    p.add_argument("-o", "--output", default="keyness.csv", help="CSV file to write (default: keyness.csv)")
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


@command("keyness", "write the distinctive terms of each group (keyness) to a CSV file", _keyness_args)
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
    out.to_csv(args.output, index=False)
    print(f"wrote {args.output} ({len(out)} rows)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    # Importing the analysis modules registers their subcommands.
    from framing import report  # noqa: F401

    parser = argparse.ArgumentParser(
        prog="framing", description="Framing and media-bias indicators for news corpora."
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, add_args, run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_args(p)
        p.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 1
    try:
        return int(args.run(args))
    except (ValueError, TypeError, FileNotFoundError) as exc:
        print(f"framing {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
