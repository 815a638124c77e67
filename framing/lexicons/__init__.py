"""Lexicons: versioned YAML word lists that the extractors read.

Every lexicon file has the same header::

    name: hedges            # how it is loaded: fr.lexicons.load("hedges")
    version: "1.0.0"
    language: en
    kind: hedges            # the schema of its entries (see KINDS)
    description: >-
      What it covers and how it was written.
    sources:                # papers and style guides that informed it
      - Hyland (1998), Hedging in Scientific Research Articles.

followed by the kind's own keys. :func:`available` names the built-in lexicons and
:func:`describe` tabulates them (kind, version, size, sources, hash), or your own files.
Built-in lexicons live in ``framing/lexicons/data``; users load
their own files by path and extend built-ins with :meth:`Lexicon.extend`. A lexicon's content is
hashed (``lexicon.sha256``) into the provenance of every result that used it.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from framing._validation import closest

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["KINDS", "Lexicon", "LexiconError", "available", "describe", "load", "register_kind"]

_HEADER = ("name", "version", "language", "kind", "description", "sources")


class LexiconError(ValueError):
    """A lexicon file does not follow its schema; the message names the file, line and key."""


class _Checker:
    """Reports schema errors with the YAML line of the offending key."""

    def __init__(self, source: str, lines: dict[tuple[Any, ...], int]) -> None:
        self.source = source
        self.lines = lines

    def line(self, path: tuple[Any, ...]) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def fail(self, path: tuple[Any, ...], message: str) -> LexiconError:
        line = self.line(path)
        where = f", line {line}" if line else ""
        key = ".".join(str(p) for p in path) or "(top level)"
        return LexiconError(f"Lexicon {self.source}{where}, key `{key}`: {message}")

    def require(self, mapping: Any, path: tuple[Any, ...], key: str, types: type | tuple[type, ...]) -> Any:
        if not isinstance(mapping, Mapping) or key not in mapping:
            raise self.fail(path, f"the key `{key}` is required here.")
        value = mapping[key]
        if not isinstance(value, types):
            tname = types.__name__ if isinstance(types, type) else " or ".join(t.__name__ for t in types)
            raise self.fail((*path, key), f"must be a {tname}; got {type(value).__name__} {value!r}.")
        return value

    def choice(self, value: Any, path: tuple[Any, ...], options: Any) -> Any:
        if value not in options:
            guess = closest(str(value), [str(o) for o in options])
            hint = f" Did you mean {guess!r}?" if guess else ""
            raise self.fail(path, f"must be one of {sorted(options)}; got {value!r}.{hint}")
        return value


#: Validators per lexicon kind: ``validate(data, checker)`` raises ``checker.fail(...)``.
KINDS: dict[str, Callable[[dict[str, Any], _Checker], None]] = {}


def register_kind(
    kind: str,
) -> Callable[[Callable[[dict[str, Any], _Checker], None]], Callable[[dict[str, Any], _Checker], None]]:
    """Decorator registering the validator of a lexicon kind."""

    def deco(fn: Callable[[dict[str, Any], _Checker], None]) -> Callable[[dict[str, Any], _Checker], None]:
        KINDS[kind] = fn
        return fn

    return deco


def _line_map(
    node: yaml.Node, path: tuple[Any, ...] = (), out: dict[tuple[Any, ...], int] | None = None
) -> dict[tuple[Any, ...], int]:
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value
            out[path + (key,)] = k.start_mark.line + 1  # noqa: RUF005  (Python 3.10 syntax)
            _line_map(v, (*path, key), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _line_map(v, (*path, i), out)
    return out


class Lexicon:
    """A loaded, validated lexicon.

    Attributes
    ----------
    name, version, language, kind, description : str
    sources : list of str
    data : dict
        The whole parsed file (header and entries). Treat it as read-only.
    sha256 : str
        Hash of the canonical JSON of ``data``: any change of content changes it.
    """

    def __init__(
        self,
        content: Mapping[str, Any],
        *,
        source: str = "<dict>",
        lines: dict[tuple[Any, ...], int] | None = None,
    ) -> None:
        _ensure_kinds()
        data: dict[str, Any] = copy.deepcopy(dict(content))
        checker = _Checker(source, lines or {})
        for key in ("name", "version", "kind"):
            checker.require(data, (), key, (str, int, float))
        data["version"] = str(data["version"])
        data.setdefault("language", "en")
        data.setdefault("description", "")
        data.setdefault("sources", [])
        kind = str(data["kind"])
        checker.choice(kind, ("kind",), list(KINDS))
        KINDS[kind](data, checker)
        self.data = data
        self.source = source
        self.name = str(data["name"])
        self.version = data["version"]
        self.language = str(data["language"])
        self.kind = kind
        self.description = str(data["description"])
        self.sources = list(data["sources"])
        self.sha256 = hashlib.sha256(
            json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
        ).hexdigest()

    def __setstate__(self, state: dict[str, Any]) -> None:
        # A restored lexicon (copy.deepcopy, sklearn's clone, a model loaded with skops) is
        # validated and hashed again from its content: a stored hash never vouches for other data.
        fresh = Lexicon(state["data"], source=str(state.get("source", "<restored>")))
        self.__dict__.update(fresh.__dict__)

    def __repr__(self) -> str:
        return f"<Lexicon {self.name!r} v{self.version} ({self.kind}), sha256 {self.sha256[:12]}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.sha256 == self.sha256

    def __hash__(self) -> int:
        return hash(self.sha256)

    # -- actor lexicons -----------------------------------------------------------------------
    def _actors(self) -> dict[str, Any]:
        if self.kind != "actors":
            raise TypeError(
                f"Lexicon {self.name!r} is of kind {self.kind!r} and has no actors; pass an "
                "actors lexicon such as fr.lexicons.load('syria')."
            )
        return self.data["actors"]

    @property
    def actors(self) -> list[str]:
        """The actor names of an actors lexicon, in file order."""
        return list(self._actors())

    def labels(self, actor: str) -> list[str]:
        """The label names of ``actor`` (e.g. ``["rebels", "opposition", ...]``)."""
        actors = self._actors()
        if actor not in actors:
            raise ValueError(
                f"`actor` {actor!r} is not in lexicon {self.name!r}; the actors are: {', '.join(actors)}."
            )
        return list((actors[actor] or {}).get("labels", {}) or {})

    def stance(self, actor: str, label: str) -> str:
        """The stance (`delegitimizing`, `neutral`, `legitimizing`) of one label of one actor."""
        labels = self.labels(actor)
        if label not in labels:
            raise ValueError(
                f"`label` {label!r} is not a label of actor {actor!r} in lexicon {self.name!r}; "
                f"the labels are: {', '.join(labels)}."
            )
        return str(self._actors()[actor]["labels"][label]["stance"])

    # -- extension ----------------------------------------------------------------------------
    def extend(self, other: Mapping[str, Any] | Lexicon | str | Path, *, name: str | None = None) -> Lexicon:
        """A new lexicon with ``other``'s entries merged in (mappings merge key by key, lists
        are concatenated without repeats, scalars from ``other`` win).

        ``other`` is a mapping of entries (same shape as the file, header optional), another
        Lexicon, or a path to a YAML file. The result's version is ``"<version>+ext"`` and its
        hash differs, so provenance shows that a customised lexicon was used.

        Examples
        --------
        >>> lx = load("hedges")  # doctest: +SKIP
        >>> mine = lx.extend({"families": {"distancing": {"entries": ["ostensibly"]}}})  # doctest: +SKIP
        """
        if isinstance(other, Lexicon):
            extra = other.data
        elif isinstance(other, (str, Path)):
            extra = load(other).data
        elif isinstance(other, Mapping):
            extra = dict(other)
        else:
            raise TypeError(
                f"`other` must be a mapping, a Lexicon or a path to a YAML file. Got {type(other).__name__}."
            )
        merged = _merge(self.data, {k: v for k, v in extra.items() if k not in _HEADER})
        merged["version"] = f"{self.version}+ext"
        if name:
            merged["name"] = name
        return Lexicon(merged, source=f"{self.source} (extended)")


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, Mapping) and isinstance(extra, Mapping):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else copy.deepcopy(v)
        return out
    if isinstance(base, list) and isinstance(extra, list):
        out_list = list(base)
        for v in extra:
            if v not in out_list:
                out_list.append(copy.deepcopy(v))
        return out_list
    return copy.deepcopy(extra)


def _data_dir() -> Any:
    return resources.files("framing.lexicons") / "data"


def available() -> list[str]:
    """Names of the built-in lexicons, sorted.

    Returns
    -------
    list of str
        The names :func:`load` accepts. For a table with each lexicon's kind, version,
        description, size, sources and hash, use :func:`describe`.

    Examples
    --------
    >>> "syria" in available()
    True
    """
    _ensure_kinds()
    folder = _data_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


#: What :func:`describe` counts as the entries of each kind: (unit, counter of the parsed data).
_ENTRY_COUNTS: dict[str, tuple[str, Callable[[dict[str, Any]], int]]] = {
    "wordlist": ("words", lambda d: len(d["entries"])),
    "harm_verbs": ("verbs", lambda d: len(d["verbs"]) + len(d.get("intransitive") or {})),
    "actors": (
        "labels",
        lambda d: sum(len((a or {}).get("labels") or {}) for a in d["actors"].values()),
    ),
    "hedges": ("entries", lambda d: sum(len(f["entries"]) for f in d["families"].values())),
    "dictionary": ("entries", lambda d: sum(len(c["entries"]) for c in d["categories"].values())),
    "reporting_verbs": ("verbs", lambda d: len(d["verbs"])),
    "speaker_roles": (
        "patterns",
        lambda d: sum(
            len(c.get("roles") or []) + len(c.get("organisations") or []) for c in d["categories"].values()
        ),
    ),
    "bias_cues": ("entries", lambda d: sum(len(c["entries"]) for c in d["classes"].values())),
}

DESCRIBE_COLUMNS = (
    "name",
    "kind",
    "version",
    "language",
    "description",
    "n_entries",
    "entries_are",
    "sources",
    "sha256",
    "source",
)


def describe(lexicons: str | Path | Lexicon | list[str | Path | Lexicon] | None = None) -> pd.DataFrame:
    """One row per lexicon: what it is, how big, where it comes from, and its hash.

    Parameters
    ----------
    lexicons : str, Path, Lexicon or list of them, optional
        Built-in names, paths to ``.yaml`` files of your own, or loaded lexicons (e.g. the result
        of :meth:`Lexicon.extend`). None (default): every built-in lexicon, as listed by
        :func:`available`.

    Returns
    -------
    DataFrame
        In the order given (built-ins: by name). Columns: ``name``, ``kind``, ``version``,
        ``language``, ``description`` (whitespace collapsed to single spaces), ``n_entries``
        (int, see Notes), ``entries_are`` (what ``n_entries`` counts: ``labels``, ``verbs``,
        ``entries``, ``patterns``, ``words`` or ``keys``), ``sources`` (joined with ``"; "``),
        ``sha256`` (the first 12 hex digits of :attr:`Lexicon.sha256`, as in provenance
        sentences) and ``source`` (the file it was read from).

    Raises
    ------
    ValueError
        When a name is neither a built-in lexicon nor a ``.yaml`` file (the message lists the
        built-in names).
    LexiconError
        When a file breaks its kind's schema.

    Notes
    -----
    ``n_entries`` counts, per kind: the labels of all actors (``actors``); the verb lemmas
    (``harm_verbs``: transitive and intransitive; ``reporting_verbs``); the entries of all
    families, categories or classes (``hedges``, ``dictionary``, ``bias_cues``); the role and
    organisation patterns of all categories (``speaker_roles``); the words (``wordlist``). A kind
    registered by your own code counts its top-level keys outside the header (``keys``).

    Examples
    --------
    >>> table = describe()
    >>> table.loc[table["name"] == "hedges", ["kind", "entries_are"]].values.tolist()
    [['hedges', 'entries']]
    >>> mine = load("bias_cues").extend({"classes": {"intensifier": {"entries": ["zorbingly"]}}})
    >>> int(describe(["bias_cues", mine])["n_entries"].diff().iloc[1])
    1
    """
    import pandas as pd

    if lexicons is None:
        items: list[Any] = list(available())
    elif isinstance(lexicons, (str, Path, Lexicon)):
        items = [lexicons]
    elif isinstance(lexicons, (list, tuple)):
        items = list(lexicons)
    else:
        raise TypeError(
            "`lexicons` must be None (every built-in lexicon), a name, a path to a .yaml file, a "
            f"Lexicon, or a list of them; got {type(lexicons).__name__}. Pass e.g. ['syria', 'mine.yaml']."
        )
    rows = []
    for item in items:
        if not isinstance(item, (str, Path, Lexicon)):
            raise TypeError(
                "`lexicons` must hold names, paths to .yaml files or Lexicon objects; got "
                f"{type(item).__name__} {item!r}. Pass e.g. ['syria', 'mine.yaml']."
            )
        lx = load(item, parameter="lexicons")
        if lx.kind in _ENTRY_COUNTS:
            unit, counter = _ENTRY_COUNTS[lx.kind]
            n = counter(lx.data)
        else:
            unit, n = "keys", sum(1 for k in lx.data if k not in _HEADER and not str(k).startswith("_"))
        rows.append(
            {
                "name": lx.name,
                "kind": lx.kind,
                "version": lx.version,
                "language": lx.language,
                "description": " ".join(lx.description.split()),
                "n_entries": int(n),
                "entries_are": unit,
                "sources": "; ".join(" ".join(str(s).split()) for s in lx.sources),
                "sha256": lx.sha256[:12],
                "source": lx.source,
            }
        )
    return pd.DataFrame(rows, columns=list(DESCRIBE_COLUMNS)).astype({"n_entries": "int64"})


def _ensure_kinds() -> None:
    # Kind validators live beside the modules that use them; importing registers them.
    from framing.lexicons import _kinds  # noqa: F401


_CACHE: dict[str, Lexicon] = {}


def _example_name(parameter: str) -> str:
    return {"dictionary": "generic_frames", "harm_lexicon": "harm_verbs"}.get(parameter, "syria")


def load(name_or_path: str | Path | Lexicon, *, parameter: str = "lexicon") -> Lexicon:
    """Load a built-in lexicon by name, or a user lexicon from a YAML file.

    Parameters
    ----------
    name_or_path : str or Path or Lexicon
        A built-in name (see :func:`available`), a path to a ``.yaml`` file, or a Lexicon
        (returned as is).
    parameter : str, default "lexicon"
        The name the error messages give the argument: a function that takes a lexicon under
        another name (``dictionary``, ``harm_lexicon``) passes that name, so that its user reads
        the name they typed.

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        When the file breaks its kind's schema; the message gives the line and key.
    """
    _ensure_kinds()
    if isinstance(name_or_path, Lexicon):
        return name_or_path
    text_source = str(name_or_path)
    path = Path(text_source)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.exists():
            raise FileNotFoundError(
                f"`{parameter}` names a lexicon file that does not exist: {text_source!r} (looked in "
                f"{path.resolve().parent}); check the path, or pass a built-in name such as "
                f"{_example_name(parameter)!r}."
            )
        return _parse(path.read_text(encoding="utf-8"), source=path.name)
    if text_source in _CACHE:
        return _CACHE[text_source]
    names = available()
    if text_source not in names:
        guess = closest(text_source, names)
        hint = f" Did you mean {guess!r}?" if guess else ""
        raise ValueError(
            f"`{parameter}` {text_source!r} is neither a built-in lexicon nor a .yaml file; the "
            f"built-in lexicons are: {', '.join(names)}.{hint}"
        )
    lx = _parse(
        (_data_dir() / f"{text_source}.yaml").read_text(encoding="utf-8"), source=f"{text_source}.yaml"
    )
    _CACHE[text_source] = lx
    return lx


def _parse(text: str, *, source: str) -> Lexicon:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise LexiconError(
            f"Lexicon {source}{where}: not valid YAML ({getattr(exc, 'problem', exc)})."
        ) from None
    if not isinstance(data, dict):
        raise LexiconError(f"Lexicon {source}: the file must be a YAML mapping with name, version, kind, ...")
    return Lexicon(data, source=source, lines=_line_map(node) if node is not None else {})
