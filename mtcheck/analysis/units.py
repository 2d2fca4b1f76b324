"""Units, scale words and counted-noun families, read from data/units.toml.

A unit converts a value to its dimension's base unit ("600km" and "600-kilometre" are both
600,000 metres); a family ties words that name the same counted thing ("detainees" and
"detained", "cargo" and "shipment"). Users extend both in the TOML file, not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

_DATA = lexicon.load("units.toml")


@lru_cache(maxsize=1 << 16)  # the same words are stemmed around every number
def stem(word: str) -> str:
    """A crude stem: enough to tie 'detainees' to 'detained' and 'terms' to 'term'."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ees", ""), ("ee", ""), ("ing", ""), ("ied", "y"),
                         ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suffix)] + repl
            break
    return w.rstrip("e") if len(w) > 4 else w


# Counted nouns too vague to tie two numbers together ("people", "others").
GENERIC = frozenset(stem(w) for w in _DATA["generic"]["words"])
# Vague counted nouns whose "of" phrase names what they count ("37 cases of prosecution").
GENERIC_OF = frozenset(_DATA["generic_of"]["words"])
# Common nouns of a part of a country or city ("in the capital"): a figure said of one is a part.
SCOPE_NOUNS = frozenset(_DATA["scope"]["words"])
# Collective nouns whose "included" names their whole content ("the batch included 152 families").
CONTAINERS = frozenset(_DATA["containers"]["words"])
PACKAGE_SIZES = frozenset(_DATA["package_sizes"]["words"])  # (figure_vetoes matches them by stem)
# People counted one to a vehicle ("the 12 drivers" of "twelve trucks"): operator stem -> vehicle stems.
OPERATORS = {stem(k): frozenset(stem(w) for w in v) for k, v in _DATA.get("operators", {}).items()}
# Qualifier pairs that between them cover every one of a thing ("international" / "domestic").
COMPLEMENTS = tuple(tuple(stem(w) for w in p) for p in _DATA.get("complements", {}).get("pairs", []))
# People a partial list singles out ("including 9 women and 16 children"): analysis/near_totals.py.
PARTIAL_GROUPS = frozenset(stem(w) for w in _DATA.get("partial_groups", {}).get("words", []))
# Words said of any price ("cost", "sold at"): no sign that two prices are of one thing (figure_swaps.py).
PRICE_FRAMES = frozenset(stem(w) for w in _DATA.get("price_frames", {}).get("words", []))
FAMILIES: dict[str, set[str]] = {}
for _name, _words in _DATA["families"].items():
    for _w in _words:
        FAMILIES.setdefault(stem(_w), set()).add(_name)
# Endings that derive one word from another without changing what it names ("grow"/"growth").
_DERIVATIONS = ("th", "ee", "er", "ers", "or", "ors", "ion", "ions", "ment", "ments", "al", "ing", "ur")  # ("clos"/"closur")


@lru_cache(maxsize=1 << 16)  # number-mismatch asks it for many pairs of the same few stems
def linked(a: str, b: str) -> bool:
    """Two stems name the same thing: equal, derived ("grow"/"growth"), or one family in units.toml."""
    if a == b or FAMILIES.get(a, set()) & FAMILIES.get(b, set()):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _DERIVATIONS


@dataclass(frozen=True)
class Unit:
    key: str
    dimension: str
    factor: float


UNITS: dict[str, Unit] = {}
NAME_TO_UNIT: dict[str, str] = {}        # lower-case spelling -> unit key
CASED_NAME_TO_UNIT: dict[str, str] = {}  # case-sensitive spelling ("C", "MW") -> unit key
SYMBOL_TO_UNIT: dict[str, str] = {}      # "$", "US$", "€" -> unit key
for _key, _spec in _DATA["units"].items():
    UNITS[_key] = Unit(_key, _spec["dimension"], float(_spec["factor"]))
    _cased = set(_spec.get("case_sensitive", []))
    for _n in _spec["names"]:
        if _n in _cased:
            CASED_NAME_TO_UNIT[_n] = _key
        else:
            NAME_TO_UNIT[_n.lower()] = _key
    for _s in _spec.get("symbols", []):
        SYMBOL_TO_UNIT[_s.strip()] = _key
SCALE = {k: float(v) for k, v in _DATA["scale"].items()}


def unit_of(name: str) -> str:
    """The unit key of a spelling as matched in the text."""
    key = re.sub(r"\s", " ", name.lower())
    return CASED_NAME_TO_UNIT.get(name) or NAME_TO_UNIT.get(key) or NAME_TO_UNIT[key.replace("-", " ")]


def _alternation(names) -> str:
    # a unit of several words joined by hyphens as an adjective: "the 41-square-kilometre slick"
    return "|".join(re.escape(n).replace("\\ ", r"[ \u00a0-]") for n in sorted(names, key=len, reverse=True))


# What may follow a number: a scale word ("1.5bn", "40 million"), a unit ("600km", "600 km",
# "600-kilometre", "38.6 per cent", "38.6%") or a currency name after an adjective ("Yemeni rials");
# a scale word written out may be hyphenated ("a 54-million-dinar project").
SCALE_AFTER = re.compile(r"(?P<sp>[ \u00a0]?|-(?=thousand|million|billion|trillion))"
                         r"(?P<scale>thousand|million|billion|trillion|mln|mn|bn|tn|m|k|b)(?![\w])",
                         re.IGNORECASE)
# ("the 64 second-shift schools", "the second-largest": an ordinal joined to a noun, no seconds)
UNIT_AFTER = re.compile(r"(?:[ \u00a0]|-)?(?P<unit>" + _alternation(NAME_TO_UNIT) + r")(?![\w])(?!(?<=second)-\w)",
                        re.IGNORECASE)
CASED_UNIT_AFTER = re.compile(r"[ \u00a0]?(?P<unit>" + _alternation(CASED_NAME_TO_UNIT) + r")(?![\w])")
MONEY_AFTER = re.compile(r"[ \u00a0](?-i:[A-Z][a-z]+)[ \u00a0](?P<unit>" + _alternation(
    n for n, k in NAME_TO_UNIT.items() if UNITS[k].dimension.startswith("money")) + r")(?![\w])", re.IGNORECASE)
PERCENT_SIGN = re.compile(r"[ \u00a0]?%")
# A currency symbol right before the number: "$1.5bn", "US$40", "€3m".
# Symbols and currency codes come from the data ("KD 42 million", "AED 3bn"); a code needs its space.
SYMBOL_BEFORE = re.compile("(?<![A-Za-z])(?P<sym>" + "|".join(
    # a code written against its figure too ("JD3.2 million", "KD42 million": Gulf and Jordanian press)
    re.escape(s.strip()) + ("[ \u00a0]?" if s.endswith(" ") else "")
    for s in sorted({s for spec in _DATA["units"].values() for s in spec.get("symbols", [])}, key=lambda s: (-len(s), s)))
    + ")$")


# each noun's whole, where a list may split that whole into kinds (units.toml [kinds])
KIND_OF: dict[str, str] = {stem(w): whole for whole, words in _DATA.get("kinds", {}).items() for w in words}
