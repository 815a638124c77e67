"""Every public name has a runnable Example, and every docstring Example runs as written."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil

import matplotlib
import pytest

import framing as fr

matplotlib.use("Agg")

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(fr.__path__, prefix="framing.") if not m.name.endswith("__main__")
)


def feature_registry() -> dict:
    """The registry of FramingFeatures blocks (its example registers one)."""
    try:
        from framing.models import features
    except ImportError:
        return {}
    return features._REGISTRY


def public_objects():
    for name in fr.__all__:
        obj = getattr(fr, name)
        if (
            inspect.ismodule(obj)
            or name == "__version__"
            or (inspect.isclass(obj) and issubclass(obj, Warning))
        ):
            continue
        yield name, obj


@pytest.mark.parametrize("name, obj", list(public_objects()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_public_name_has_an_example(name, obj):
    doc = inspect.getdoc(obj) or ""
    assert "Examples\n--------" in doc and ">>>" in doc, f"fr.{name} has no Examples section with code"


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples_run(module, tmp_path, monkeypatch):
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:  # an optional dependency of one module
        pytest.skip(f"{module}: {exc}")
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    # An example registers a feature block: remove it afterwards, so that no later test sees it.
    registry = feature_registry()
    saved = dict(registry)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = [t for t in finder.find(mod, module) if t.examples]
    try:
        for test in tests:
            runner.run(test, clear_globs=True)
    finally:
        for name in set(registry) - set(saved):
            del registry[name]
        registry.update(saved)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {module} failed (output above)"
