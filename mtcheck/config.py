"""Configuration: ``[tool.mtcheck]`` in ``pyproject.toml`` or a ``mtcheck.toml``.

Like ruff, the configuration of an article is the nearest one found walking up from the
article's folder (``mtcheck.toml`` first, then a ``pyproject.toml`` that has a
``[tool.mtcheck]`` table); ``--config FILE`` names one for every article and
``--isolated`` ignores them all. A ``mtcheck.toml`` holds the keys at its top level (or
under ``[tool.mtcheck]``). Keys are kebab-case; an unknown key or a bad value is a
:class:`ConfigError`, one line naming the file and the key.

    select = ["MT1", "doubled-word"]      # codes, ids or code prefixes
    extend-select = ["house-style"]
    ignore = ["MT203"]
    fail-on = "warning"                   # error | warning | never
    backend = "none"                      # auto | hf | ct2 | bergamot | none
    pivot = "ar"
    exclude = ["drafts/*"]

    [per-file-ignores]
    "wire/*.txt" = ["untranslated"]

    [severity]                            # per-rule severity overrides
    doubled-word = "error"

    [house-style]
    spellings = ["Al Kadhimi"]           # preferred spellings of names
    drop-article-particle = true          # "al-Kadhimi" may become "Kadhimi" later on
    data = { titles = "house/titles.toml", calques = "house/calques.toml" }
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .errors import MtcheckError

SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "never")
BACKENDS = ("auto", "hf", "ct2", "bergamot", "none")
# Data files a house style may extend (mtcheck/data/<name>.toml).
DATA_FILES = ("titles", "names", "calques", "words", "units", "events", "transliterations")
CONFIG_NAMES = ("mtcheck.toml", "pyproject.toml")


class ConfigError(MtcheckError):
    """A configuration file that cannot be read, or has an unknown key or a bad value."""


@dataclass(frozen=True)
class HouseStyle:
    spellings: tuple[str, ...] = ()
    drop_article_particle: bool = True
    data: tuple[tuple[str, Path], ...] = ()


@dataclass(frozen=True)
class Config:
    """One configuration. ``None`` means "not set here": the caller's default applies."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str | None = None
    backend: str | None = None
    pivot: str | None = None
    exclude: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    house_style: HouseStyle = field(default_factory=HouseStyle)

    @property
    def root(self) -> Path | None:
        """The folder per-file-ignores and exclude globs are relative to."""
        return self.path.parent if self.path else None

    def ignores_for(self, article: str | None) -> tuple[str, ...]:
        """``ignore`` plus the per-file-ignores whose glob matches the article's path."""
        if not article or not self.per_file_ignores:
            return self.ignore
        rel = relative_posix(Path(article), self.root)
        extra = [r for pattern, rules in self.per_file_ignores if glob_match(rel, pattern) for r in rules]
        return (*self.ignore, *extra)


def relative_posix(path: Path, root: Path | None) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix() if root else path.as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def glob_match(rel: str, pattern: str) -> bool:
    """A gitignore-like glob: ``*.txt`` matches the name anywhere, ``wire/*`` from the root,
    ``**`` crosses folders."""
    from fnmatch import fnmatchcase
    from pathlib import PurePosixPath

    pattern = pattern.rstrip("/")
    if "/" not in pattern:
        return any(fnmatchcase(part, pattern) for part in PurePosixPath(rel).parts)
    pure = PurePosixPath(rel)
    if pure.full_match(pattern) if hasattr(pure, "full_match") else fnmatchcase(rel, pattern):
        return True
    # a folder pattern matches everything under it
    return any(fnmatchcase("/".join(pure.parts[:i]), pattern) for i in range(1, len(pure.parts)))


# ----------------------------------------------------------------------------- finding files

def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` (a folder or a file's folder) or above."""
    folder = start if start.is_dir() else start.parent
    return _find_in(folder.resolve())


@lru_cache(maxsize=256)
def _find_in(folder: Path) -> Path | None:
    for d in (folder, *folder.parents):
        own = d / "mtcheck.toml"
        if own.is_file():
            return own
        project = d / "pyproject.toml"
        if project.is_file() and "tool" in _read_toml(project) and "mtcheck" in _read_toml(project)["tool"]:
            return project
    return None


@lru_cache(maxsize=64)
def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({getattr(exc, 'strerror', None) or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


@lru_cache(maxsize=64)
def load_config(path: str | Path) -> Config:
    """Read and validate one configuration file."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: configuration file not found")
    data = _read_toml(p.resolve())
    table = data.get("tool", {}).get("mtcheck")
    if table is None:
        if p.name == "pyproject.toml":
            raise ConfigError(f"{p}: has no [tool.mtcheck] table")
        table = data
    return parse_config(table, label=str(p), base=p.resolve().parent, path=p.resolve())


def config_for(article: str | Path | None, explicit: str | Path | None = None,
               isolated: bool = False) -> Config:
    """The configuration that applies to one article (or stdin: the working folder's)."""
    if isolated:
        return Config()
    if explicit is not None:
        return load_config(explicit)
    found = find_config(Path(article) if article else Path.cwd())
    return load_config(found) if found else Config()


def coerce(config: "Config | Mapping[str, Any] | str | Path | None") -> Config:
    """What the API's ``config=`` accepts: a Config, a mapping of keys, or a file path."""
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        return parse_config(config, label="config", base=Path.cwd())
    if isinstance(config, (str, Path)):
        return load_config(config)
    raise ConfigError(f"config: expected a Config, a mapping or a file path, not {type(config).__name__}")


# ----------------------------------------------------------------------------- validation

_TOP_KEYS = ("select", "extend-select", "ignore", "per-file-ignores", "fail-on", "backend", "pivot",
             "exclude", "severity", "house-style")
_HOUSE_KEYS = ("spellings", "drop-article-particle", "data")


def parse_config(table: Mapping[str, Any], *, label: str, base: Path, path: Path | None = None) -> Config:
    """Validate a ``[tool.mtcheck]`` table; relative data paths are relative to ``base``."""
    _known(table, _TOP_KEYS, label, "")
    get = _Getter(table, label, "")
    per_file = get.subtable("per-file-ignores")
    severity = get.subtable("severity")
    _rules_known(label, ("select", get.strings("select")), ("extend-select", get.strings("extend-select")),
                 ("ignore", get.strings("ignore")), ("severity", tuple(severity)),
                 *((f"per-file-ignores.{k}", _Getter(per_file, label, "per-file-ignores.").strings(k))
                   for k in per_file))
    return Config(
        path=path,
        select=get.strings("select") if "select" in table else None,
        extend_select=get.strings("extend-select"),
        ignore=get.strings("ignore"),
        per_file_ignores=tuple((pattern, _Getter(per_file, label, "per-file-ignores.").strings(pattern))
                               for pattern in per_file),
        fail_on=get.choice("fail-on", FAIL_ON),
        backend=get.choice("backend", BACKENDS),
        pivot=get.string("pivot"),
        exclude=get.strings("exclude"),
        severity=tuple((rule, _Getter(severity, label, "severity.").choice(rule, SEVERITIES))
                       for rule in severity),
        house_style=_house_style(get.subtable("house-style"), label, base),
    )


def _rules_known(label: str, *keyed: tuple[str, tuple[str, ...]]) -> None:
    """Every rule a configuration names exists (ids, codes, code prefixes, ALL)."""
    from .checks import all_checks
    from .selection import matches, split

    checks = all_checks()
    for key, selectors in keyed:
        for sel in split(list(selectors)):
            if not any(matches(c, sel) for c in checks):
                raise ConfigError(f"{label}: {key}: unknown rule or code {sel!r} (see 'mtcheck rules')")


def _house_style(table: Mapping[str, Any], label: str, base: Path) -> HouseStyle:
    _known(table, _HOUSE_KEYS, label, "house-style.")
    get = _Getter(table, label, "house-style.")
    data_table = get.subtable("data")
    _known(data_table, DATA_FILES, label, "house-style.data.")
    data_get = _Getter(data_table, label, "house-style.data.")
    data = []
    for name in data_table:
        value = data_table[name]
        for item in ([value] if isinstance(value, str) else data_get.strings(name)):
            p = (base / item).resolve()
            if not p.is_file():
                raise ConfigError(f"{label}: house-style.data.{name}: data file {item!r} not found")
            data.append((name, p))
    drop = table.get("drop-article-particle", True)
    if not isinstance(drop, bool):
        raise ConfigError(f"{label}: house-style.drop-article-particle must be true or false, not {drop!r}")
    return HouseStyle(spellings=get.strings("spellings"), drop_article_particle=drop, data=tuple(data))


def _known(table: Mapping[str, Any], keys: tuple[str, ...], label: str, prefix: str) -> None:
    for key in table:
        if key not in keys:
            hint = f" (did you mean {key.replace('_', '-')!r}?)" if key.replace("_", "-") in keys else ""
            raise ConfigError(f"{label}: unknown key '{prefix}{key}'{hint}")


@dataclass
class _Getter:
    table: Mapping[str, Any]
    label: str
    prefix: str

    def _bad(self, key: str, what: str) -> ConfigError:
        return ConfigError(f"{self.label}: {self.prefix}{key} must be {what}, not {self.table[key]!r}")

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._bad(key, "a list of strings")
        return tuple(v.strip() for v in value)

    def string(self, key: str) -> str | None:
        value = self.table.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise self._bad(key, "a string")
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.table.get(key)
        if value is not None and value not in choices:
            raise self._bad(key, "one of " + ", ".join(choices))
        return value

    def subtable(self, key: str) -> Mapping[str, Any]:
        value = self.table.get(key, {})
        if not isinstance(value, Mapping):
            raise self._bad(key, "a table")
        return value


_APPLIED: set[tuple[str, Path]] = set()


def apply_data_files(data: tuple[tuple[str, Path], ...]) -> None:
    """Merge a house style's data files with the built-in ones. The data tables are loaded
    once per process, so a file merged here stays merged for the rest of the process."""
    from .analysis.lexicon import add_data_file

    for name, path in data:
        if (name, path) not in _APPLIED:
            add_data_file(f"{name}.toml", path)
            _APPLIED.add((name, path))
