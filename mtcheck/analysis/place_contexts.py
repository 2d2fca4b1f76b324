"""Where a place is mentioned, as far as comparing it with another mention goes: an ancient site
("the ruins of Nineveh"), a place introduced as new ("Ramadi, a town on the Euphrates"), items
of one list ("Al-Shuhair and Al-Shihr": two towns), the last words of a body's name ("the
University of Basrah"). How two names differ is ``place_compare``'s.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .names import Name

# An ancient site keeps its classical English name ("the ruins of ancient Babylon") beside the
# modern province or town ("Babil"): two places, not one spelt twice.
_ANCIENT_BEFORE = re.compile(r"(?:\bancient|\bruins[ \u00a0]+of(?:[ \u00a0]+the)?(?:[ \u00a0]+ancient)?"
                             r"|\barchaeological[ \u00a0]+site[ \u00a0]+of)[ \u00a0]+$", re.IGNORECASE)


_ANCIENT_WORDS = ("ancient", "ruins", "site")  # one of them is in every match of _ANCIENT_BEFORE


def ancient_site(text: str, name: Name) -> bool:
    """Whether the mention names an ancient site: "ancient Babylon", "the ruins of Nineveh"."""
    # asked for both names of every pair compared (a name is compared with up to a few hundred
    # others): answered once per name, kept beside its cached texts with the text it was read in
    memo = name.__dict__.get("_ancient_site")
    if memo is not None and memo[0] is text:
        return memo[1]
    answer = _ancient_site(text, name)
    name.__dict__["_ancient_site"] = (text, answer)
    return answer


def _ancient_site(text: str, name: Name) -> bool:
    window = max(0, name.start - 40)
    # a window without the pattern's key words is ruled out with no regex search. Non-ASCII
    # letters may match ASCII ones ignoring case ("ı" for i): the pattern decides those windows.
    before = text[window:name.start]
    if before.isascii():
        low = before.lower()
        if not any(w in low for w in _ANCIENT_WORDS):
            return False
    return bool(_ANCIENT_BEFORE.search(text, window, name.start))


# A place the article introduces as a new one: "In Ma'in, a village near Madaba, ..." or "a
# village called Ma'in". An indefinite appositive presents a place the reader has not met, so the
# name is not a later spelling of an earlier place however alike ("Ma'an" the governorate).
@lru_cache(maxsize=1)
def _introduction_rx() -> tuple[re.Pattern, re.Pattern]:
    from . import lexicon
    heads = "|".join(sorted(map(re.escape, lexicon.names().place_heads), key=len, reverse=True))
    s = r"[ \u00a0]+"
    after = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:a|an|another)" + s + r"(?:[a-z][a-z-]*" + s + r"){0,3}?(?:"
                       + heads + r")\b")
    before = re.compile(r"\b(?:a|an|another)" + s + r"(?:[a-z][a-z-]*" + s + r"){0,2}?(?:" + heads + r")"
                        + s + r"(?:called|named|known" + s + r"as)" + s + r"$")
    return after, before


def introduced_anew(text: str, name: Name) -> bool:
    """Whether the mention is introduced as a place not met before (an indefinite appositive)."""
    after, before = _introduction_rx()
    if after.match(text, name.end, min(len(text), name.end + 60)):
        return True
    # "Fnaideq should not be confused with Fneidek in northern Morocco": set apart as another place
    return bool(before.search(text, max(0, name.start - 50), name.start)
                or _CONTRASTED.search(text, max(0, name.start - 30), name.start))


_CONTRASTED = re.compile(r"\b(?:confused|confuse|confusing|mixed[ \u00a0]+up)[ \u00a0]+with[ \u00a0]+$"
                         r"|\b(?:distinct|different)[ \u00a0]+from[ \u00a0]+$", re.IGNORECASE)


# Between two items of one list: a comma, "and" or "or", and other items ("Al-Shihr, Broum and
# Qusay'ar"): "the fishermen of Al-Shuhair and Al-Shihr" names two towns, however alike.
_SEP = r"(?:[ \u00a0]*,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)(?:the[ \u00a0]+)?"
_ITEM = r"(?:[A-Z][\w'’-]*(?:[ \u00a0-]+(?:(?:al|el|ad|as|ash|at|az|an|of|de)[ \u00a0-]+)?[A-Z][\w'’-]*)*)"
_LISTED_BETWEEN = re.compile(rf"{_SEP}(?:{_ITEM}{_SEP}){{0,4}}$")


def listed_together(text: str, places: list[Name]) -> frozenset[frozenset[tuple[str, ...]]]:
    """Pairs of spellings the article lists side by side as items of one list: two places."""
    out = set()
    for a, b in zip(places, places[1:]):
        if a.texts != b.texts and b.start - a.end < 160 and _LISTED_BETWEEN.match(text, a.end, b.start):
            out.add(frozenset((tuple(a.texts), tuple(b.texts))))
    return frozenset(out)


@lru_cache(maxsize=1)
def _body_of_rx() -> re.Pattern:
    from . import lexicon
    heads = lexicon.load("places.toml").get("body_of_heads", ())
    words = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + words + r")[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


def in_body_name(text: str, name: Name) -> bool:
    """Whether the place is the last words of a body's official name written with "of" ("the
    University of Basrah", "the Port of Umm Qasr"): the body keeps the spelling it registered,
    which machine translation copies as a known name while it transliterates the bare town
    afresh ("Basra"), so the two are no variant; two such names still compare with each other."""
    return bool(_body_of_rx().search(text, max(0, name.start - 40), name.start))
