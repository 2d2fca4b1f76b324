"""The one loader of the data files under mtcheck/data: each file is read once, checked, and
turned into typed tables. A broken file stops the run with one line naming the file and the
line (``DataError``), never a traceback.
"""
from __future__ import annotations

import re
import sys
import threading
import tomllib
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .._diskcache import cache_dir  # noqa: F401 - the gazetteer's too
from .._diskcache import read_copy as _read_copy
from .._diskcache import write_copy as _write_copy
from ..errors import MtcheckError

_SEP = r"(?:\.?[\s\u00a0]*-[\s\u00a0]*|\.?[\s\u00a0]+|\.)"  # between words of a title

# Extra data files (from a configuration's house style) merged with the built-in ones, by name.
_EXTRA: dict[str, list[Path]] = {}


class DataError(MtcheckError):
    """A data file that cannot be read or lacks what the analyses need."""


def add_data_file(name: str, path: str | Path) -> None:
    """Merge ``path`` with the built-in ``name`` (e.g. "titles.toml") from now on: tables of
    lists are extended, arrays of tables appended, other keys replaced."""
    _EXTRA.setdefault(name, []).append(Path(path))
    clear_caches()


def clear_caches() -> None:
    for fn in (load, names, titles, words):
        fn.cache_clear()


def _parse(text: str, label: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line N, column M)"
        raise DataError(f"{label}: broken data file: {exc}") from None


def _merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        old = base.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            old.extend(value)
        elif isinstance(old, str) and isinstance(value, str) and "\n" in old:
            base[key] = old + "\n" + value  # whitespace-separated word lists
        else:
            base[key] = value
    return base


def _content_key(raw: bytes) -> str:
    # zlib's checksums, not hashlib: importing hashlib would cost more than the cache saves
    return f"{len(raw)}-{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}-{sys.hexversion:x}"


# name -> content key of the built-in data file as read, for tables derived from it
_KEYS: dict[str, str] = {}


def _parse_cached(raw: bytes, label: str) -> dict:
    """``_parse`` of a built-in data file, through a marshal copy of the result keyed by the
    file's content: parsing the TOML files is a fifth of a no-model check's start-up. A copy
    that cannot be read or written is ignored (the file is then parsed, as without a cache)."""
    key = _KEYS[Path(label).name] = _content_key(raw)
    path = cache_dir() / "data" / f"{Path(label).stem}-{key}.marshal"
    data = _read_copy(path)
    if isinstance(data, dict):
        return data
    data = _parse(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"), label)  # as text mode reads it
    _write_copy(path, data)
    return data


def derived(name: str, tag: str, build, valid=lambda value: value is not None, also: tuple[str, ...] = ()):
    """``build(load(name))``, kept like the parsed file (keyed by its content and ``tag``, which
    names the derivation and its version): for tables that cost more to derive than to read.
    ``also`` names further data files the table is derived from (their content keys it too).
    Computed afresh when extra data files are merged into ``name``, or when the copy read back
    is not ``valid``."""
    data = load(name)
    key = _KEYS.get(name)
    if key is None or _EXTRA.get(name):
        return build(data)
    for other in also:  # the table is derived from these files as well: their content keys it too
        load(other)
        if _KEYS.get(other) is None or _EXTRA.get(other):
            return build(data)
        key += "-" + _KEYS[other]
    path = cache_dir() / "data" / f"{Path(name).stem}-{tag}-{key}.marshal"
    value = _read_copy(path)
    if not valid(value):
        value = build(data)
        _write_copy(path, value)
    return value


_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _read_builtin(name: str) -> bytes:
    try:  # the package on disk, as installed: importing importlib.resources costs start-up time
        return (_DATA_DIR / name).read_bytes()
    except FileNotFoundError:  # elsewhere (a zip): the resource API
        from importlib import resources

        return resources.files("mtcheck.data").joinpath(name).read_bytes()


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed data file ``name`` (e.g. "units.toml"), merged with any extra files."""
    try:
        data = _parse_cached(_read_builtin(name), f"mtcheck/data/{name}")
    except OSError as exc:
        raise DataError(f"mtcheck/data/{name}: cannot read data file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"mtcheck/data/{name}: cannot read data file: {exc}") from None
    for path in _EXTRA.get(name, ()):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"{path}: cannot read data file: {exc}") from None
        _merge(data, _parse(text, str(path)))
    return data


def require(data: dict, name: str, *keys: str):
    """``data[k1][k2]...`` or a DataError naming the file and the missing key."""
    node = data
    for i, key in enumerate(keys):
        if not isinstance(node, dict) or key not in node:
            raise DataError(f"mtcheck/data/{name}: missing key {'.'.join(keys[:i + 1])!r}")
        node = node[key]
    return node


def word_set(value) -> frozenset[str]:
    """A list of words or a whitespace-separated string of them."""
    return frozenset(value.split()) if isinstance(value, str) else frozenset(value)


def norm_form(s: str) -> str:
    """'Lt.-Gen.' -> 'lt gen': the key a written title is looked up by."""
    return " ".join(re.sub(r"[.\-\u00a0]+", " ", s.lower().replace("’", "'")).split())


@dataclass(frozen=True)
class NameLexicon:
    particles: frozenset[str]
    office_modifiers: frozenset[str]
    preposition_modifiers: frozenset[str]  # "under": a preposition in lower case before a space
    time_modifiers: frozenset[str]
    promotion_verbs: frozenset[str]  # "was promoted to major general": a new rank told
    history_cues: tuple[str, ...]    # "formerly", "served as a": a title after them is the person's history
    title_qualifiers: frozenset[str]
    name_suffixes: frozenset[str]   # "Eddine" of "Salah Eddine": bound to the word before
    given_names: frozenset[str]
    institution_words: frozenset[str]
    not_names: frozenset[str]
    kinship_words: frozenset[str]   # "his cousin X": a relative, another person of the family
    lineage_particles: frozenset[str]  # "bin", "ould": a father's name follows (lower case)
    place_cues: tuple[str, ...]
    place_heads: frozenset[str]
    given_name_family: dict[str, int]  # name -> its transliteration family
    distinct_given_pairs: frozenset[frozenset[str]]  # alike in letters, two names ("Samer", "Samir")


@lru_cache(maxsize=1)
def names() -> NameLexicon:
    data, f = load("names.toml"), "names.toml"
    return NameLexicon(
        particles=frozenset(p.lower() for p in require(data, f, "particles")),
        name_suffixes=frozenset(p.lower() for p in data.get("name_suffixes", [])),
        office_modifiers=word_set(require(data, f, "office_modifiers")),
        preposition_modifiers=word_set(require(data, f, "preposition_modifiers")),
        time_modifiers=word_set(require(data, f, "time_modifiers")),
        promotion_verbs=word_set(require(data, f, "promotion_verbs")),
        history_cues=tuple(require(data, f, "history_cues")),
        title_qualifiers=word_set(require(data, f, "title_qualifiers")),
        # a spelling listed only in a transliteration family ("Kasim" beside "Qasim") is a given name too
        given_names=word_set(require(data, f, "given_names"))
        | frozenset(n for fam in data.get("given_name_families", []) for n in fam),
        institution_words=word_set(require(data, f, "institution_words")),
        not_names=word_set(require(data, f, "not_names")),
        kinship_words=word_set(require(data, f, "kinship_words")),
        lineage_particles=word_set(require(data, f, "lineage_particles")),
        place_cues=tuple(require(data, f, "place_cues")),
        place_heads=word_set(require(data, f, "place_heads")),
        given_name_family={n: i for i, fam in enumerate(data.get("given_name_families", [])) for n in fam},
        distinct_given_pairs=frozenset(frozenset(p) for p in data.get("distinct_given_names", [])),
    )


@dataclass(frozen=True)
class Words:
    months: dict[str, int]          # full names and abbreviations, lower case -> 1..12
    month_names: tuple[str, ...]    # "january".. in order
    weekdays: dict[str, int]        # full names and abbreviations, lower case -> 0..6
    weekday_names: tuple[str, ...]
    number_words: dict[str, int]    # "two".."ninety"
    reporting_verbs: frozenset[str]
    honorifics: frozenset[str]


@lru_cache(maxsize=1)
def words() -> Words:
    data, f = load("words.toml"), "words.toml"
    month_names = tuple(require(data, f, "months"))
    weekday_names = tuple(require(data, f, "weekdays"))
    months = {m: i + 1 for i, m in enumerate(month_names)}
    months.update(require(data, f, "month_abbreviations"))
    weekdays = {w: i for i, w in enumerate(weekday_names)}
    weekdays.update(require(data, f, "weekday_abbreviations"))
    numbers = {w: i + 2 for i, w in enumerate(require(data, f, "units_words"))}
    numbers.update({w: 10 * (i + 2) for i, w in enumerate(require(data, f, "tens_words"))})
    return Words(months, month_names, weekdays, weekday_names, numbers,
                 word_set(require(data, f, "reporting_verbs")), word_set(require(data, f, "honorifics")))


@dataclass(frozen=True)
class TitleDef:
    id: str
    category: str
    level: int
    generic: bool


@dataclass(frozen=True)
class TitleMatch:
    """Where a written title form stands in a text (the parts of ``re.Match`` the analyses use)."""
    string: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.string[self.begin:self.finish]


# a word of a title form: letters, accented ones too ("Chargé"), and an elided article or a
# possessive inside it ("d'affaires", "King's")
_TITLE_WORD = re.compile(r"[A-Za-z\u00c0-\u00ff]+(?:['’][A-Za-z\u00c0-\u00ff]+)?")
_TITLE_SEP = re.compile(_SEP)
_BEFORE_TITLE = re.compile(r"[\w'’-]")
_AFTER_TITLE = re.compile(r"[\w'’]|-\w")


class TitleMatcher:
    """Finds written title forms ("Lt.-Gen.", "Lieutenant-General", "Deputy Minister") by
    reading the next few words and looking them up, longest first. A dictionary lookup per word
    start, where one regex of every form would cost a tenth of a second to compile."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = keys
        self.longest = max((len(k.split()) for k in keys), default=1)
        # every word-prefix of a form ("lieutenant", "lieutenant general"): reading stops at the
        # first word no form continues with, so most words cost one lookup
        self.prefixes = {" ".join(k.split(" ")[:i]) for k in keys for i in range(1, k.count(" ") + 2)}
        # The people analysis asks again at the same word (a title's head is looked for up to
        # three words on, then each of those words is read in turn): recent answers are kept,
        # per thread, for the text last read.
        self._recent = threading.local()

    def match(self, text: str, pos: int, end: int | None = None, joined: bool = False) -> TitleMatch | None:
        """``joined``: the form may follow a hyphen, after a modifier joined to it ("Vice-Dean")."""
        end = len(text) if end is None else end
        recent = self._recent
        if getattr(recent, "text", None) is not text or len(recent.found) > 4096:
            recent.text, recent.found = text, {}
        key = (pos, end, joined)
        if key in recent.found:
            return recent.found[key]
        found = recent.found[key] = self._match(text, pos, end, joined)
        return found

    def _match(self, text: str, pos: int, end: int, joined: bool = False) -> TitleMatch | None:
        if pos > 0 and _BEFORE_TITLE.match(text, pos - 1) and not (joined and text[pos - 1] == "-"):
            return None
        words, ends, p = [], [], pos
        while len(words) < self.longest:
            w = _TITLE_WORD.match(text, p, end)
            if not w:
                break
            word = w.group().lower().replace("’", "'")
            if (" ".join(words) + " " + word if words else word) not in self.prefixes:
                break  # no form goes on with this word: longer readings cannot match either
            words.append(word)
            ends.append(w.end())
            sep = _TITLE_SEP.match(text, w.end(), end)
            if not sep:
                break
            p = sep.end()
        for k in range(len(words), 0, -1):
            if " ".join(words[:k]) in self.keys:
                e = ends[k - 1]
                if e < end and text[e] == ".":
                    e += 1
                if e < end and _AFTER_TITLE.match(text, e, end):
                    continue
                return TitleMatch(text, pos, e)
        return None

    def finditer(self, text: str):
        for w in re.finditer(r"(?<![\w'’-])[A-Za-z]", text):
            m = self.match(text, w.start())
            if m is not None:
                yield m


@lru_cache(maxsize=1)
def titles() -> tuple[dict[str, TitleDef], TitleMatcher]:
    """(written form key -> title, a matcher of any written form at a word start)."""
    data = load("titles.toml")
    by_form: dict[str, TitleDef] = {}
    for t in require(data, "titles.toml", "title"):
        try:
            td = TitleDef(t["id"], t["category"], int(t.get("level", 0)), bool(t.get("generic", False)))
            written = t["forms"]
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"mtcheck/data/titles.toml: title {t.get('id', '?')!r} lacks or mistypes {exc}") from None
        for form in written:
            # the first definition of a form wins, so ranks beat roles ("commander")
            by_form.setdefault(norm_form(form), td)
    return by_form, TitleMatcher(set(by_form))
