"""When two date mentions are one event said two ways, and so a conflict (the policy of date-mismatch).

Written for copy nobody on the team has seen: every rule below is about how news is written, not
about one article's words.

1. A mention is tied to its event by the event's noun and its verb family (events.toml, event_days.toml:
   "the session" / "held" / "convened"), by a definite back-reference ("the session", "this visit",
   "the operation"), by "the same ..." and by a relative clause ("the truce, which was agreed ...").
   An event noun that modifies another noun dates that noun, not the event ("approved the exam rules
   on April 16": the rules' date; events.toml [modifier_heads]).
2. A quoted relative day counts from the day its speaker spoke, which is the article's day unless the
   text says otherwise: "next Wednesday" in a quote of a report dated Sunday, October 5 is the
   Wednesday of that week. So a speaker's "the session next Wednesday" against "The session will be
   held on Tuesday, October 7" is one schedule said two ways: a conflict. A coming weekday names its
   weekday as "on Wednesday" does (``COMING``); "last Monday", "every Monday" stay out (another week,
   each week). A plan is compared with a plan, never with what already took place ("met on Sunday"
   ... "will meet again on Thursday" are two meetings).
3. A stated length must match the dates that bound it when both are of one event and the count is
   explicit (days, weeks, months): "will start on Sunday, June 15 ... and continue for three weeks until
   ... July 10". Counting inclusive or exclusive are both allowed (``length_fits``), so only a
   difference beyond a day either way (three days for weeks, ten for months; twice that after "about")
   is a conflict. A bound ("more than", "up to"), a length of something else ("ten days after", "two
   weeks ago") and a sentence with several ranges are left alone.
4. A Hijri date is judged by the Umm al-Qura calendar (``hijridate``) with a day either way for moon
   sighting, unless the article fixes the month's start itself ("Dhul-Hijjah began on Wednesday, May
   28, corresponding to 1 Dhul-Hijjah"): its other days then keep that count. A Gregorian date a
   connector ("corresponding to") ties to one Hijri date is no partner of another Hijri date nearby.
5. What keeps mentions apart: different events of one kind ("the second convoy", "a separate attack"),
   deadlines and bounds ("by Dec. 1", "until June 8"), a schedule against an outcome, "the previous
   Monday", another speaker's other event, another place or party named after the later date, and a
   counted day that carries its own date ("a day earlier, on Friday, Dec. 12") when a dated day of
   the article lies the count away from it (the nearest date before it is only a guess at its anchor).
"""
from __future__ import annotations

import re

from .dates import MONTHS

# "the session next Wednesday", "the coming Thursday": a weekday of the speaker's (= the report's) week
COMING = re.compile(r"\b(?:next|coming)[ \u00a0]+$", re.IGNORECASE)


def length_fits(stated: int, counted: int, slack: int) -> bool:
    """A stated length (in days) against the days between its two dates, counted either way (from the
    26th to the 30th is four days, or five with both ends), with ``slack`` days of looseness."""
    return min(abs(counted - stated), abs(counted + 1 - stated)) <= slack


# the day a speaker spoke, said by the reporting verb ("said on Monday", "told reporters yesterday", "said in
# a press conference on Thursday"; not a date of what follows "that")
_SPOKEN_ON = re.compile(r"\b(?:said|says|told|stated|added|announced|explained|noted|stressed|declared|confirmed"
                        r"|indicated|affirmed)\b(?:(?!\bthat\b)[^\"\u201c\u201d.;]){0,40}?\b(?:yesterday|today|tonight"
                        r"|last|ago|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def spoken_today(ctx, seg, quoted, known: bool | None) -> bool:
    """Whether the quotations of a sentence were spoken on the report's day: its reporting verb gives
    their speaker no day of his own ('said that "the vote yesterday ..."'; not 'said on Monday that
    "..."'), so his "yesterday" counts from the article's day (point 2 above)."""
    if known is not None:
        return known
    return not any(not quoted(m.start()) for m in _SPOKEN_ON.finditer(ctx.text, seg.start, seg.end))
