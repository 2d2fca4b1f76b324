"""A court's or a council's next session, dated where it is adjourned and again where it is named:
"the court decided to adjourn the case to Tuesday, March 18" ... "the continuation of the detention of
the defendants until the next hearing, scheduled for March 25"; "decided to postpone the trial ... until
Tuesday, May 26" ... "at the next session, set for May 19".

An adjournment sets the one next session; "the next hearing" (session, sitting) names it again, so its
date must be the adjournment's. An article that adjourns to two dates (two cases, two courts) names no
one next session and is left alone; so is a next session named in another sentence than its date's
clause ("the next session, which ..., will be held on").
"""
from __future__ import annotations

import re

from .dates import DateMention

_SP = r"[ \u00a0]+"
_SESSION = r"(?:hearing|session|sitting|trial[ \u00a0]+session|court[ \u00a0]+session)"
# "adjourn the case to", "postponed the trial of ... until", "deferred the hearing to the session of"
_ADJOURNED = re.compile(r"\b(?:adjourn|postpon|defer|delay)\w*\b(?:[^.;:]|\.(?=[A-Z,]|[ \u00a0][a-z])){0,240}?\b(?:to|until|till)" + _SP
                        + r"(?:(?:the" + _SP + r")?(?:session|hearing|sitting)" + _SP + r"of" + _SP + r")?$",
                        re.IGNORECASE)
# "until the next hearing, scheduled for", "at the next session, set for", "the next hearing on"
_NEXT = re.compile(r"\bthe" + _SP + r"next" + _SP + _SESSION + r"(?:,?" + _SP + r"(?:which[ \u00a0]+is" + _SP
                   + r"|which[ \u00a0]+was" + _SP + r")?(?:scheduled|set|fixed|due|slated)" + _SP + r"(?:for|on)|"
                   + _SP + r"on|" + _SP + r"of)" + _SP + r"$", re.IGNORECASE)
_REACH = 300  # characters before a date searched for its cue
# "will present new documents at its 9 April hearing": the court's coming hearing, named by its date
_ITS = re.compile(r"\b(?:at|in|during|before)" + _SP + r"(?:its|the)" + _SP + r"$", re.IGNORECASE)
_HEARING_AFTER = re.compile(_SP + _SESSION + r"\b", re.IGNORECASE)
_NEXT_REACH_DAYS = 31
_NEEDLE = re.compile(r"adjourn|postpon|defer|delay", re.IGNORECASE)  # an article that adjourns anything


def _cued(ctx, mentions: list[DateMention], cue: re.Pattern) -> list[DateMention]:
    out = []
    for d in mentions:
        if not d.has_date or d.hijri:
            continue
        seg = ctx.sentences[d.sentence]
        if cue.search(ctx.text, max(seg.start, d.start - _REACH), d.start):
            out.append(d)
    return out


def conflicts(ctx, mentions: list[DateMention]) -> list[tuple[int, int, str]]:
    """(start, end, why) for each next session dated otherwise than the one adjournment."""
    if _NEEDLE.search(ctx.text) is None:
        return []  # no adjournment: most articles
    set_to = _cued(ctx, mentions, _ADJOURNED)
    if not set_to or len({(d.month, d.day) for d in set_to}) != 1:
        return []
    ref = set_to[0]
    out = []
    named = _cued(ctx, mentions, _NEXT) + [d for d in mentions if d.has_date and not d.hijri and _attributive_hearing(ctx, d, ref)]
    for d in sorted(named, key=lambda m: m.start):
        if d.start > ref.start and d.sentence != ref.sentence and (d.month, d.day) != (ref.month, ref.day):
            out.append((d.start, d.end, f"'{ctx.text[d.start:d.end]}' dates the next session, but the adjournment "
                                        f"earlier sets it for {ctx.text[ref.start:ref.end]}."))
    return out


def _attributive_hearing(ctx, d: DateMention, ref: DateMention) -> bool:
    """'at its 9 April hearing' after the adjournment to 2 April: a hearing dated after the one the
    adjournment set, within a month of it, cannot come before it; the article reports no second
    adjournment (the caller holds one)."""
    if not (_ITS.search(ctx.text, max(0, d.start - 12), d.start) and _HEARING_AFTER.match(ctx.text, d.end)):
        return False
    a, b = ref.as_date(), d.as_date()
    if a is None or b is None:
        a, b = (ref.month, ref.day), (d.month, d.day)
        return a < b and d.month - ref.month <= 1
    return 0 < (b - a).days <= _NEXT_REACH_DAYS
