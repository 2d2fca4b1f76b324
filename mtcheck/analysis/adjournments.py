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
    if not any(w in ctx.text for w in ("next hearing", "next session", "next sitting", "next court", "next trial")):
        return []
    set_to = _cued(ctx, mentions, _ADJOURNED)
    if not set_to or len({(d.month, d.day) for d in set_to}) != 1:
        return []
    ref = set_to[0]
    out = []
    for d in _cued(ctx, mentions, _NEXT):
        if d.start > ref.start and d.sentence != ref.sentence and (d.month, d.day) != (ref.month, ref.day):
            out.append((d.start, d.end, f"'{ctx.text[d.start:d.end]}' dates the next session, but the adjournment "
                                        f"earlier sets it for {ctx.text[ref.start:ref.end]}."))
    return out
