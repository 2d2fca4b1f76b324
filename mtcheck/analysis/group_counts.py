"""A group counted as one person and others: "the killing of a prominent leader of the gang and
three of his aides" is four people, though no "four" is written. A later count that points back at
the whole group ("the bodies of the five terrorists") and is neither the group (four) nor its
others (three) disagrees with it. ``group_conflicts(ctx, qs)`` returns (group span, later) pairs.

The words (who leads, who is counted with him, what a later count may call them all) live in
data/group_counts.toml. One regular-expression pass over the text finds the others ("and three of
his aides"), the one is looked for right before them; each later count is compared with the nearest
group before it: linear time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .quantities import Quantity
from .quantity_words import _WORD_NUMBERS
from .units import FAMILIES, linked, stem

_DATA = lexicon.load("group_counts.toml")["group"]
LEADERS = frozenset(_DATA["leaders"].split())
COMPANIONS = frozenset(_DATA["companions"].split())
PEOPLE = frozenset(stem(w) for w in _DATA["people"].split())
_ROLES = frozenset({"death", "detention", "injury"})  # data/units.toml families: what befell the group
_SMALL = {w: n for w, n in _WORD_NUMBERS.items() if 2 <= n <= 19 or w in ("one", "two")}
_NUMBER = r"(?P<n>\d{1,2}|%s)" % "|".join(sorted(_SMALL, key=len, reverse=True))
# the others, anchored where the group's "and" is: "and three of his aides", "and two companions"
_OTHERS = re.compile(r"\band[ \u00a0]+%s[ \u00a0]+(?:of[ \u00a0]+(?:his|her|its|their)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?"
                     r"(?P<noun>%s)\b" % (_NUMBER, "|".join(sorted(COMPANIONS, key=len, reverse=True))), re.IGNORECASE)
# the one, right before: "a prominent leader of the terrorist gangs " (up to nine words)
_ONE = re.compile(r"\b(?:a|an|one)[ \u00a0]+(?P<lead>(?:[\w'\u2019-]+[ \u00a0]+){0,8})$", re.IGNORECASE)
_LEAD_REACH = 90  # characters before "and" searched for the one
_WORD = re.compile(r"\b(?:%s)\b" % "|".join(sorted(COMPANIONS, key=len, reverse=True)), re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_MAX_SENTENCES = 30  # a later count this far from its group is about something else
_MAX_GROUP = 20       # "a leader and 300 of his men" is an army, not a counted group


@dataclass(frozen=True)
class Group:
    start: int
    end: int
    sentence: int
    total: int          # the one and the others
    others: int
    roles: frozenset[str]
    words: frozenset[str]  # stems of the leader's phrase ("leader", "terrorist", "gang")


def _roles(text: str) -> frozenset[str]:
    return frozenset(f for m in _WORD.finditer(text) for f in FAMILIES.get(stem(m.group()), ()) if f in _ROLES)


def _groups(ctx) -> list[Group]:
    """One pass over the text for "and N (of his) <companions>", then the one before it."""
    out = []
    for m in _OTHERS.finditer(ctx.text):
        i = ctx.sentence_at(m.start())
        seg = ctx.sentences[i]
        if seg.part in ("caption", "credit", "marker") or m.end() > seg.end:
            continue
        one = _ONE.search(ctx.text, max(seg.start, m.start() - _LEAD_REACH), m.start())
        lead = [w.lower() for w in _WORD.findall(one.group("lead"))] if one else []
        if not LEADERS.intersection(lead):
            continue
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _SMALL[raw]
        roles = _roles(ctx.text[seg.start:seg.end])
        if 1 <= n < _MAX_GROUP and roles:
            out.append(Group(one.start(), m.end(), i, n + 1, n, roles, frozenset(stem(w) for w in lead)))
    return out


def _names_group(q: Quantity, group: Group) -> bool:
    """The later count calls its people by a word for the whole group ('the five terrorists',
    'the five men') or by a word of the leader's phrase ('a leader of the terrorist gangs')."""
    noun = stem(q.noun) if q.noun else ""
    return noun in PEOPLE or any(linked(noun, w) for w in group.words if noun)


def _restates_group(ctx, q: Quantity, group: Group) -> bool:
    if q.dimension != "count" or not q.anaphoric or q.hedged or q.other or q.update or q.fresh or q.time_cues:
        return False
    if q.sentence <= group.sentence or q.sentence - group.sentence > _MAX_SENTENCES:
        return False
    if q.value in (group.total, group.others) or q.value != int(q.value) or q.value > 2 * group.total:
        return False  # (far more: another count, "the 12 militants killed this year")
    seg = ctx.sentences[q.sentence]
    return _names_group(q, group) and bool(group.roles & _roles(ctx.text[seg.start:seg.end]))


def group_conflicts(ctx, qs: list[Quantity], skip=lambda q: False) -> list[tuple[Group, Quantity]]:
    groups = _groups(ctx)
    if not groups:
        return []
    out = []
    said: set[float] = set()  # values counted of people since the group: the later one may restate those
    g = -1
    for q in qs:
        while g + 1 < len(groups) and groups[g + 1].start < q.start:
            g += 1
            said = set()
        if g < 0 or skip(q):
            continue
        if q.value not in said and _restates_group(ctx, q, groups[g]):
            out.append((groups[g], q))
        if q.dimension == "count" and q.sentence != groups[g].sentence:
            said.add(q.value)
    return out
