"""Lists of parts that come near their total: one figure of them, or the total, garbled.

Machine-translated copy hangs a full breakdown on its total with the words a partial one uses
("the dead included six men, three women and a child" after "the death of 11 people"; "the seized
trawlers included 15 vessels ... and six vessels ..." after "23 foreign trawlers"; "three shipments
totalling 75,000 tonnes, including 30,000 tonnes of diesel and 40,000 tonnes of fuel oil"). A list
that names only some of the total leaves a remainder of any size; a list whose figure (or whose
total) was garbled in translation misses it by one digit. So an "including" or "of them" list is
read as all of its total when:

- the total is exact (not hedged) and the list has two or more parts,
- the parts come within NEAR of the total, short of it, and their sum written at the total's
  precision differs from the total in one digit only (70,000 / 75,000; 6.1 / 6.3 million; 21 / 23),
- the parts are not all of the groups a toll singles out (women, children: data/units.toml
  [partial_groups]), none is set apart by a manner or a place ("9 seriously", "9 in Basra": the
  main ones may be named), and nothing after the list says it leaves some out ("and others").

A list ends with "and a child" or "and one executive program" as often as with a figure
(``single_tail``): that part is one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .quantity_words import Quantity
from .units import PARTIAL_GROUPS, stem

NEAR = 0.85  # the least share of its total a list garbled in one figure still covers
# the list says it leaves some out: "..., and others", "the rest", "the remaining"
_REST = re.compile(r"[^.;]{0,40}?\b(?:and|or)[ \u00a0]+(?:others?|other[ \u00a0]+\w+|the[ \u00a0]+(?:rest|remaining|remainder))\b"
                   r"|[^.;]{0,40}?\bthe[ \u00a0]+(?:rest|remaining|remainder)\b", re.IGNORECASE)
# a part set apart by a manner or a place right after its figure (or its unit): "9 seriously", "9 in Basra"
_SET_APART = re.compile(r"[ \u00a0]+(?!(?:family|elderly|daily|weekly|monthly|yearly|only|early|holy)\b)[a-z]+ly\b"
                        r"|(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:in|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
# ", and a child", " and one executive program": a last part of one, named by its noun
_ONE_TAIL = re.compile(r",?[ \u00a0]+and[ \u00a0]+(?P<one>(?:a|an|one)[ \u00a0]+"
                       r"(?P<noun>[a-z][a-z-]+))", re.IGNORECASE)


def one_digit_off(ctx, total: Quantity, value: float) -> bool:
    """The sum written as the total is (its unit, scale and decimals) differs from it in one digit,
    the two of one length: 70000 / 75000, 6.1 / 6.3 (million), 21 / 23."""
    if not total.numeral:
        return False
    written = ctx.text[total.number[0]:total.number[1]].replace(",", "")
    decimals = len(written.split(".")[1]) if "." in written else 0
    shown = value * total.numeral / total.value
    a, b = f"{total.numeral:.{decimals}f}", f"{shown:.{decimals}f}"
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def near_whole(ctx, total: Quantity, parts: list[Quantity]) -> bool:
    """The list is all of its total, a figure garbled (module docstring)."""
    if total.hedged or total.ceiling or len(parts) < 2 or total.value <= 0:
        return False
    s = sum(p.value for p in parts)
    if not NEAR * total.value <= s < total.value or not one_digit_off(ctx, total, s):
        return False
    if any(_SET_APART.match(ctx.text, p.number[1]) for p in parts):
        return False  # "9 seriously and 12 lightly", "9 in Basra and 12 in Kirkuk": a manner or a place may be some
    nouns = {stem(p.noun) for p in parts if p.noun}
    if nouns and nouns <= PARTIAL_GROUPS:
        return False  # "including 9 women and 16 children": the men are not listed
    seg = ctx.sentences[parts[-1].sentence]
    return not _REST.match(ctx.text, parts[-1].number[1], seg.end)  # (a part may run on: "six vessels and others")

_NOT_ONE = frozenset("half quarter third number total further few lot rise fall drop increase decrease".split())


def single_tail(ctx, last: Quantity) -> Quantity | None:
    """'six men, three women and a child': the last part, one thing named by its noun, as a count of
    one (None when the list does not end so)."""
    if last.dimension != "count":
        return None
    m = _ONE_TAIL.match(ctx.text, last.end)
    if m is None or ctx.sentence_at(m.end()) != last.sentence:
        return None
    start, noun, word = m.start("one"), m.group("noun"), m.group("one").split()[0]
    if noun.lower() in _NOT_ONE:
        return None
    return replace(last, start=start, end=m.end("noun"), value=1.0, numeral=1.0, digits="1", noun=noun,
                   head=frozenset({stem(noun)}), text=ctx.text[start:m.end("noun")], number=(start, start + len(word)),
                   precision=1.0)
