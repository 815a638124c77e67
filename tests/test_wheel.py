"""Build the wheel, install it into a fresh virtual environment, and load a bundled corpus."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = textwrap.dedent(
    """
    import json, sys
    import framing
    from framing import datasets
    root = datasets._root()
    print(json.dumps({
        "file": framing.__file__,
        "version": framing.__version__,
        "corpora": str(root),
        "packaged": root.name == "_corpora",
        "available": datasets.available(),
    }))
    if "--load" in sys.argv:
        corpus = datasets.load("aleppo-2024")
        assert len(corpus) > 0, "aleppo-2024 loaded from the wheel is empty"
        print(json.dumps({"n_docs": len(corpus)}))
    """
)


@pytest.mark.slow
def test_wheel_installs_and_loads_bundled_corpus(tmp_path):
    dist = tmp_path / "dist"
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    # No build isolation: hatchling comes from the test environment, so this works offline.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(dist),
        ],
        check=True,
        env=env,
        cwd=tmp_path,
    )
    wheels = list(dist.glob("framing_toolkit-*.whl"))
    assert len(wheels) == 1, wheels
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, env=env)
    py = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    # When the tests run inside a virtual environment, --system-site-packages only reaches the
    # base interpreter: point the new environment at this one's packages for the dependencies.
    # Its own site-packages (with the wheel) stays first on sys.path.
    target = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(target) / "_framing_test_deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run(
        [str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheels[0])],
        check=True,
        env=env,
        cwd=tmp_path,
    )
    has_articles = any((ROOT / "corpora" / "aleppo-2024" / "articles").glob("**/*.txt"))
    args = [str(py), "-c", CHECK] + (["--load"] if has_articles else [])
    # run outside the source tree so that `import framing` cannot find the checkout
    run = subprocess.run(args, check=True, env=env, cwd=tmp_path, capture_output=True, text=True)
    import json

    info = json.loads(run.stdout.splitlines()[0])
    assert Path(info["file"]).resolve().is_relative_to(venv.resolve()), info
    assert info["packaged"], info
    if not has_articles:
        pytest.skip(
            "corpora/aleppo-2024/articles is empty in this checkout: the wheel installs and "
            "imports, but datasets.load('aleppo-2024') has nothing to load"
        )
    assert "aleppo-2024" in info["available"]
    assert json.loads(run.stdout.splitlines()[1])["n_docs"] > 0


def test_package_metadata_has_no_placeholder_address():
    # A placeholder link on the package index page would send users nowhere.
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert ".invalid" not in text and "example.com" not in text
