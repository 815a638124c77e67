import json
import re
import subprocess
import sys

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
    assert (
        "`text` names a column that is not in the data ('text')" in r.stderr
        and "Pass text='body'" in r.stderr
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
    assert r.returncode == 2 and "`dictionary` must be a lexicon of kind 'dictionary'" in r.stderr
