import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import framing as fr


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "framing.cli", *args], capture_output=True, text=True, cwd=cwd
    )


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"framing {fr.__version__}"


def test_report_on_written_jsonl(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [{"body": "Rebels took <Aleppo>.", "src": "Wire"}, {"body": "The army withdrew.", "src": "Herald"}]
    p.write_text("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "r.html"
    r = run("report", str(p), "--text", "body", "--outlet", "src", "-o", str(out))
    assert r.returncode == 0, r.stderr
    html = out.read_text()
    assert "Framing report" in html and "Herald" in html and "Computed with framing" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_bad_column_is_one_sentence(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"body": "x"}))
    r = run("report", str(p), "-o", str(tmp_path / "r.html"))
    assert r.returncode == 2
    # The library's message, with the command's option names instead of Python keywords.
    assert (
        "`--text` names a column that is not in the data ('text')" in r.stderr
        and "Pass --text body." in r.stderr
    )


def test_unknown_input():
    r = run("report", "no-such-corpus")
    assert r.returncode != 0 and "neither a file nor a bundled corpus" in r.stderr


def test_hedges_command(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text(
        'text,outlet\n"Rebels reportedly took the airport.",Wire\n"The toll may be higher.",Herald\n'
    )
    out = tmp_path / "h.csv"
    r = run("hedges", str(p), "--outlet", "outlet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    import pandas as pd

    got = pd.read_csv(out)
    assert got[["outlet", "text", "family"]].values.tolist() == [
        ["Wire", "reportedly", "reportative"],
        ["Herald", "may", "epistemic"],
    ]


def test_frames_command_reports_bad_dictionary(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("text,outlet\nA costly clash.,Wire\n")
    r = run("frames", str(p), "--dictionary", "hedges", "-o", "-")
    assert r.returncode == 2 and "`--dictionary` must be a lexicon of kind 'dictionary'" in r.stderr


def test_every_command_help_has_examples_and_documents_every_option():
    from framing.cli import build_parser

    parser = build_parser()
    top = parser.format_help()
    assert "examples:" in top and "framing COMMAND --help" in top
    assert "Every analysis command reads INPUT and writes a CSV table" in top
    assert "CSV file" not in top.split("positional arguments:")[1].split("options:")[0]  # said once
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in sub.choices.items():
        text = p.format_help()
        assert f"examples:\n  framing {name}" in text, f"`framing {name} --help` shows no example"
        for action in p._actions:
            assert action.help, f"`framing {name}` option {action.option_strings or action.dest} has no help"
            if action.option_strings and action.default not in (None, False, argparse.SUPPRESS):
                shown = action.default[0] if isinstance(action.default, tuple) else action.default
                shown = int(shown) if isinstance(shown, float) and shown.is_integer() else shown
                assert f"default: {shown}" in " ".join(action.help.split()), (
                    f"`framing {name}` option {action.option_strings[-1]} does not state its default"
                )


@pytest.mark.parametrize(
    "args, header",
    [
        (["labels", "--spans"], "doc_id,outlet,date,start,end,text,actor,label"),
        (["agency"], "doc_id,outlet,date,start,end,text,verb"),
        (["quotes"], "doc_id,outlet,date,start,end,text,kind,speaker"),
        (["keyness", "--min-count", "1"], "outlet,other,term"),
    ],
)
def test_dash_output_writes_csv_to_stdout_not_a_file_named_dash(tmp_path, args, header):
    p = tmp_path / "in.csv"
    p.write_text(
        "text,outlet\n"
        '"Rebels took Aleppo, killing four, the officials said.",Wire\n'
        '"The army said the terrorists were shelled near Aleppo.",Herald\n'
    )
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    r = subprocess.run(
        [sys.executable, "-m", "framing.cli", args[0], str(p), *args[1:], "-o", "-"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(header), r.stdout[:200]
    assert "wrote" not in r.stdout
    assert not (tmp_path / "-").exists()


def test_errors_name_the_command_options_not_python_keywords(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('text,outlet\n"Rebels reportedly took Aleppo.",Wire\n')
    r = run("labels", str(p), "--n-jobs", "0", "-o", str(tmp_path / "x.csv"))
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "framing labels: `--n-jobs` must be a positive number of processes or -1 for all cores. Got 0 instead."
    )
    r = run("tone", str(p), "--by", "nope", "-o", "-")
    assert r.returncode == 2 and "`--by` names a column that is not in the data ('nope')" in r.stderr
    assert "Pass --by <column> naming one of them." in r.stderr


def test_semicolon_csv_error_and_sep_option(tmp_path):
    p = tmp_path / "semi.csv"
    p.write_text('text;outlet\n"Rebels reportedly took Aleppo.";Wire\n')
    r = run("hedges", str(p), "-o", "-")
    assert r.returncode == 2 and r.stderr.strip().endswith("pass --sep ';'.")
    r = run("hedges", str(p), "--sep", ";", "-o", "-")
    assert r.returncode == 0 and "Wire" in r.stdout and "reportedly" in r.stdout


def test_warnings_are_one_line_in_the_commands_terms(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('body,source\n"Rebels reportedly took Aleppo.",Wire\n')
    r = run("hedges", str(p), "--text", "body", "-o", "-")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().splitlines() == [
        "framing hedges: warning: No `--outlet` column was named and there is none called 'outlet', so "
        "every article gets outlet 'unknown'; the column 'source' looks like one: pass --outlet source."
    ]


def test_dayfirst_option_and_its_warning_in_the_commands_terms(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('text,outlet,date\n"Rebels reportedly took Aleppo.",Wire,01/02/2024\n')
    r = run("hedges", str(p), "-o", "-")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().endswith("If they are day first, pass --dayfirst (or write dates as 2024-12-31).")
    r = run("hedges", str(p), "--dayfirst", "-o", "-")
    assert r.returncode == 0 and r.stderr == "" and "2024-02-01" in r.stdout
    r = run("hedges", str(p), "--monthfirst", "-o", "-")
    assert r.returncode == 0 and r.stderr == "" and "2024-01-02" in r.stdout
    r = run("hedges", str(p), "--dayfirst", "--monthfirst", "-o", "-")
    assert r.returncode == 2 and "not allowed with argument" in r.stderr


def test_dropped_rows_warning_tells_a_command_user_where_the_list_is(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('text,outlet\n"Rebels reportedly took Aleppo.",Wire\n,Herald\n')
    r = run("hedges", str(p), "--outlet", "outlet", "-o", "-")
    assert r.returncode == 0
    assert r.stderr.strip() == (
        "framing hedges: warning: 1 of 2 rows were dropped because their text was missing or empty "
        "(e.g. doc_id 'doc000001'); all are listed in corpus.report['dropped'] when the file is read "
        "in Python (fr.read_csv, ...)."
    )
