"""Report spellings in data/places.toml [subdivisions] that may name two places.

For every spelling of every entry: another entry holding a spelling with the same lookup key
(one spelling given to two entries), and the places GeoNames or ISO 3166-2 know by that key in
another country (a province, a country, or a town of distinct_min_population or more): a
spelling that would tie two different places. Run after editing places.toml:

    .venv/bin/python scripts/check_places_data.py

tests/test_places_subdivisions_data.py runs the same checks, with the real homonyms it allows.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from typing import NamedTuple

from mtcheck.analysis import lexicon
from mtcheck.analysis.gazetteer import _LATIN, _city_rows, _country_rows, key


class Problem(NamedTuple):
    country: str
    entry: str  # the entry's first spelling
    spelling: str
    detail: str

    def __str__(self) -> str:
        return f"{self.country} {self.entry!r}: {self.spelling!r} {self.detail}"


def known_places(config: dict) -> dict[str, list[tuple[str, str, int]]]:
    """key -> (name, country, population) of the places GeoNames and ISO 3166-2 know."""
    import pycountry
    out = defaultdict(list)
    rows = list(_city_rows(config)) + list(_country_rows())
    rows += [(0, s.name, s.country_code, -1, {s.name}) for s in pycountry.subdivisions]
    for _, name, country, pop, names in rows:
        for n in names:
            if _LATIN.match(n) and len(key(n)) >= 3:
                out[key(n)].append((name, country, pop))
    return out


def shared_spellings(config: dict) -> list[Problem]:
    """Spellings whose key another entry also holds, and keys too short to be looked up."""
    owner: dict[str, tuple[str, str]] = {}
    out = []
    for country, groups in config["subdivisions"].items():
        for group in groups:
            for spelling in group:
                k = key(spelling)
                if len(k) < 3:
                    out.append(Problem(country, group[0], spelling, "has a key too short to look up"))
                    continue
                prev = owner.setdefault(k, (country, group[0]))
                if prev != (country, group[0]):
                    out.append(Problem(country, group[0], spelling, f"also spells {prev[0]} {prev[1]!r}"))
    return out


def named_abroad(config: dict, known: dict | None = None) -> list[Problem]:
    """Spellings that GeoNames or ISO 3166-2 give to a big place of another country."""
    known = known_places(config) if known is None else known
    floor = int(config["distinct_min_population"])
    out = []
    for country, groups in config["subdivisions"].items():
        for group in groups:
            for spelling in group:
                foreign = {p for p in known.get(key(spelling), ()) if p[1] != country and (p[2] < 0 or p[2] >= floor)}
                if foreign:
                    out.append(Problem(country, group[0], spelling, f"names {sorted(foreign)[:4]}"))
    return out


if __name__ == "__main__":
    config = lexicon.load("places.toml")
    found = shared_spellings(config) + named_abroad(config)
    print("\n".join(map(str, found)) or "no spelling names two places")
    sys.exit(1 if found else 0)
