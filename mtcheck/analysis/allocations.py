"""Totals shared out by category, the list hung on no "including": "600 billion dinars were allocated
to Baghdad, 450 billion dinars to Basra, Nineveh and Anbar, and 350 billion dinars to the remaining
governorates" after "a total of 1.5 trillion dinars"; "the education sector 201 billion riyals, the
health sector 259 billion riyals and the military sector 240 billion riyals, for a combined 710
billion riyals"; "the participants are distributed as follows: 100 from Damascus, 75 from Aleppo,
..." after "320 imams and preachers". Read by number-mismatch as a list that names every part
(tallies.Breakdown).

A list is a run of two or more figures of one sentence, of one unit (one currency, one measure,
or counts of one noun or of none), none hedged, with only words between them. Its total is:

- after it, a figure said to be their sum ("for a combined", "totalling", "bringing total
  exports in the first half to"), in its sentence; or in one of the next two sentences when that
  sentence counts as many things as the list has parts ("the three agreements, totalling 9 million
  tonnes");
- before it, in its sentence or the two before: a figure said to be a total ("a total of 1.5
  trillion dinars"), or the count of the list's own thing when the list says it shares it out
  ("distributed as follows", "divided", "allocated") or ends on what is left ("to the remaining
  governorates").

A list that ends on what is left, or whose total is said after it, is all of its total; a list
shared out from an earlier figure not said to be a total must come near it (NEAR) to be read as
all of it: a list of some parts only leaves any remainder.
"""
from __future__ import annotations

import re

from . import lexicon
from .quantity_words import STOP, Quantity
from .runs import by_sentence, consecutive_runs
from .units import linked, stem

_SP = r"[ \u00a0]+"
# what may stand between two parts of a list: words, commas, "and", "while"; no figure, no clause end
_GAP = re.compile(r"[^\d.;:!?()\"\u201c\u201d]{1,110}")
_LISTED = re.compile(r",|\b(?:and|while|whereas)\b")  # a gap that lists ("..., 450 billion dinars to ...")
# ("..., with a depth of 18 metres": another measure of the same things, no part of the list)
_NOT_A_LIST = re.compile(r"\b(?:out[ \u00a0]+of|than|compared|against|instead|with[ \u00a0]+an?|depth|width|height"
                         r"|diameter|each)\b", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:between|from)[ \u00a0]+$", re.IGNORECASE)
_SUM_AFTER = re.compile(r"(?:,[ \u00a0]*|" + _SP + r")(?:(?:for|with|in|at|to)" + _SP + r")?(?:a" + _SP + r")?"
                        r"(?:combined|totall?ing|total" + _SP + r"of|(?:bringing|raising|taking)" + _SP
                        + r"(?:the" + _SP + r")?total(?:" + _SP + r"[a-z]+){0,6}?" + _SP + r"to)" + _SP + r"$",
                        re.IGNORECASE)
# "out of a total of 4,100": the whole the figures are a part of, not their sum
_OUT_OF = re.compile(r"\bout" + _SP + r"of" + _SP + r"(?:a" + _SP + r")?total" + _SP + r"of" + _SP + r"$", re.IGNORECASE)
# "bringing the total to": a running total may take in what came before the list; only near the sum is it theirs
_RUNNING = re.compile(r"\b(?:bringing|raising|taking)\b", re.IGNORECASE)
_BATCHES = re.compile(r"\b(?:batch|batches|phase|stage|round|shipment|instalment|installment)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:a|the)" + _SP + r"total" + _SP + r"(?:[a-z]+" + _SP + r"){0,3}?of" + _SP + r"$",
                           re.IGNORECASE)
_SHARED = re.compile(r"\b(?:distributed|distribution|divided|allocated|shared|broken" + _SP + r"down|split)\b",
                     re.IGNORECASE)
# a part set apart by its place: "97 schools in the Rastan area", "six areas in Jahra Governorate",
# "420,000 in Kassala locality", "38 schools in al-Qusayr district"
_LISTS = re.compile(r"\b(?:included|includes|include|comprised|comprises|covered|covers|as" + _SP + r"follows)\b",
                    re.IGNORECASE)
_PLACED = re.compile(r"[ \u00a0]+(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z]|(?:al|el)-[A-Z])")
# the last part's own category is what is left ("and 350 billion dinars to the remaining governorates"),
# not a clause of its own with no figure ("while 8 ships carried fuel and the rest carried containers")
_REST = re.compile(r"(?:" + _SP + r"[a-z]+){0,2}?" + _SP + r"(?:to|for|in|from|on|at|among|between)" + _SP
                   + r"(?:all" + _SP + r")?the" + _SP + r"(?:remaining|rest|other)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:the|these|those|its|their)" + _SP + r"(?P<n>two|three|four|five|six|seven|eight|nine|ten)"
                      + _SP + r"[a-z]+", re.IGNORECASE)
_REACH = 2
NEAR = (0.9, 1.2)  # a list shared out from a figure not said to be a total: within this of it


def _alike(a: Quantity, b: Quantity) -> bool:
    if a.dimension != b.dimension or a.unit != b.unit:
        return False
    if a.dimension != "count":
        return True
    # ("four others": the rest of the same thing, whatever it is)
    return a.noun in ("", "others") or b.noun in ("", "others") or a.noun == b.noun \
        or any(linked(x, y) for x in a.head for y in b.head)


def _runs(ctx, qs: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more alike figures of one sentence with only words between them; a figure said
    to be their sum closes the run ("..., for a combined 710 billion riyals")."""
    return consecutive_runs(
        qs, lambda q: not q.hedged and not q.timing and not q.change and q.dimension not in ("percent", "score", "duration"),
        lambda run, q: _SUM_AFTER.search(ctx.text, max(0, q.start - 70), q.start) is None
        and _alike(run[-1], q) and _listing(ctx, run, q))


def _listing(ctx, run: list[Quantity], q: Quantity) -> bool:
    """Whether only the words of a list stand between the run and ``q`` (not "19 out of the 23", not
    the range "between 20 and 30")."""
    gap = ctx.text[run[-1].end:q.start]
    if not _GAP.fullmatch(gap) or not _LISTED.search(gap) or _NOT_A_LIST.search(gap):
        return False
    return len(run) > 1 or not _RANGE_START.search(ctx.text, max(0, run[0].start - 12), run[0].start)


def _own_total(run: list[Quantity], q: Quantity) -> bool:
    """Whether ``q`` may be the run's total: alike, larger than every part, not hedged."""
    return q.dimension == run[0].dimension and q.unit == run[0].unit and not q.hedged \
        and q.value > max(p.value for p in run) and q.part not in ("caption", "credit") \
        and (q.dimension != "count" or all(_alike(q, p) for p in run))


def _sum_after(ctx, run: list[Quantity], q: Quantity, lo: int) -> bool:
    """Whether ``q`` is said to be the sum of the run: its cue before it, not "out of a total of", and a
    running total ("bringing the total to") only where the run comes near it."""
    before = ctx.text[max(lo, q.start - 70):q.start]
    cue = _SUM_AFTER.search(before)
    if cue is None or _OUT_OF.search(before):
        return False
    if not _RUNNING.search(cue.group()):
        return True
    # (batches that bring a total up are running_totals.py's: "the second batch of 5,600 tonnes, bringing")
    return not _BATCHES.search(ctx.text, run[0].start, q.start) \
        and NEAR[0] <= sum(p.value for p in run) / q.value <= NEAR[1]


def _after(ctx, run: list[Quantity], sentences: dict[int, list[Quantity]]) -> Quantity | None:
    """The figure said to be the run's sum after it: in its sentence, or in one of the next two that
    counts as many things as the run has parts."""
    k = run[0].sentence
    for q in sentences.get(k, ()):
        if q.start > run[-1].end and _own_total(run, q) and _sum_after(ctx, run, q, 0):
            return q
    for j in range(k + 1, k + 1 + _REACH):
        seg = ctx.sentences[j] if j < len(ctx.sentences) else None
        for q in sentences.get(j, ()):
            if _own_total(run, q) and _sum_after(ctx, run, q, seg.start) and _counts(ctx, seg.start, q.start, len(run)):
                return q
    return None


def _counts(ctx, start: int, end: int, n: int) -> bool:
    """Whether text[start:end] counts ``n`` things by a definite number word ("the three agreements")."""
    return any(lexicon.words().number_words[c.group("n").lower()] == n for c in _COUNTED.finditer(ctx.text, start, end))


def _before(ctx, run: list[Quantity], sentences: dict[int, list[Quantity]], rest: bool) -> Quantity | None:
    """The total the run shares out, said before it (see the module's docstring)."""
    k = run[0].sentence
    seg = ctx.sentences[k]
    # "the rehabilitation works included 97 schools in the Rastan area, 64 ...": a list of places a verb
    # gives as the content of the whole ("including" picks some)
    shared = rest or bool(_SHARED.search(ctx.text, seg.start, run[-1].start)) \
        or all(_PLACED.match(ctx.text, p.end) for p in run) and bool(_LISTS.search(ctx.text, seg.start, run[0].start))
    of_them = _OF_THE.match(ctx.text, run[0].end)
    for j in range(k, k - 1 - _REACH, -1):
        earlier = [q for q in sentences.get(j, ()) if q.end <= run[0].start]
        for q in reversed(earlier):
            if q.dimension != run[0].dimension or q.unit != run[0].unit:
                continue
            if not _own_total(run, q):
                if q.dimension != "count" or q.noun and run[0].noun and _alike(q, run[0]):
                    return None  # an alike figure between: the run's total is not said before it
                continue
            stated = q.total or bool(_TOTAL_BEFORE.search(ctx.text, max(0, q.start - 30), q.start)) \
                or _shares_out(run, q, of_them)
            if not stated and _PLACED.match(ctx.text, q.end):
                return None  # "2,600 households in Benghazi": one place's figure, no whole of other places
            if j < k and not stated and not run[0].noun and _names_another(ctx, seg.start, run[0].start, q):
                return None  # "Food baskets were distributed as 380 in Aden ..." after "640 new teachers"
            return q if stated or shared else None
    return None


# people named by their part in what the story tells: they stand for the count said before ("the
# participants are distributed as follows" after "320 imams and preachers")
_ROLE_WORDS = frozenset(stem(w) for w in """participants beneficiaries recipients members people persons individuals
trainees attendees applicants candidates""".split())
_PLURAL = re.compile(r"\b[a-z]{4,}s\b", re.IGNORECASE)


def _names_another(ctx, start: int, end: int, total: Quantity) -> bool:
    """Whether the words before a list, in its sentence, count another thing than ``total`` (a plural
    noun tied to none of its words, and no role word)."""
    for m in _PLURAL.finditer(ctx.text, start, end):
        word = m.group().lower()
        w = stem(word)
        if w in STOP or w in _ROLE_WORDS or any(linked(w, h) for h in total.head):
            continue
        if word not in _NOT_NOUNS:
            return True
    return False


_NOT_NOUNS = frozenset("""was as is has this its his hers ours theirs yours thus us plus also always perhaps follows
news series address process access press business class""".split())


# "sentenced six of the defendants to death, five to life imprisonment and four others to 15 years"
_OF_THE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|these)[ \u00a0]+(?P<noun>[a-z]+)")


def _shares_out(run: list[Quantity], q: Quantity, of_them: re.Match | None) -> bool:
    """A list that opens on a part of ``q``'s own people ("six of the defendants") and ends on "N
    others" names every one of them."""
    return of_them is not None and run[-1].noun == "others" \
        and any(linked(stem(of_them.group("noun")), h) for h in q.head)


def allocations(ctx, quantities: list[Quantity]) -> list:
    from .tallies import Breakdown  # (tallies reads list_totals, whose modules this one sits beside)
    sentences = by_sentence(quantities)
    out = []
    for qs in sentences.values():
        out += _summed_kinds(ctx, qs, Breakdown)
        for run in _runs(ctx, qs):
            rest = bool(_REST.match(ctx.text, run[-1].end)) or run[-1].noun == "others" \
                and bool(_OF_THE.match(ctx.text, run[0].end))
            total = _after(ctx, run, sentences)
            if total is not None:
                out.append(Breakdown(tuple(run), total, exhaustive=True))
                continue
            total = _before(ctx, run, sentences, rest)
            if total is None:
                continue
            ratio = sum(p.value for p in run) / total.value
            if rest or total.total or NEAR[0] <= ratio <= NEAR[1]:
                out.append(Breakdown(tuple(run), total, exhaustive=rest or NEAR[0] <= ratio <= NEAR[1]))
    return out


_APPOSED_SUM = re.compile(r",[ \u00a0]*(?:a" + _SP + r"total" + _SP + r"of|totall?ing|in" + _SP + r"total)" + _SP + r"$",
                          re.IGNORECASE)


def _summed_kinds(ctx, qs: list[Quantity], breakdown) -> list:
    """"3,200 Saudi engineers and 1,100 foreign experts, a total of 4,500 workers": counts of other
    kinds listed, then their sum set right beside them: the sum says the list is all of it."""
    out = []
    for k, total in enumerate(qs):
        if k < 2 or total.dimension != "count" or total.hedged \
                or not _APPOSED_SUM.search(ctx.text, max(0, total.start - 20), total.start):
            continue
        parts = [qs[k - 1]]
        if ctx.text[parts[0].end:total.start].count(",") != 1:
            continue  # the sum right after the last part
        for q in reversed(qs[:k - 1]):
            if not (_GAP.fullmatch(ctx.text, q.end, parts[0].start) and _LISTED.search(ctx.text, q.end, parts[0].start)):
                break
            parts.insert(0, q)
        if len(parts) >= 2 and all(p.dimension == "count" and p.noun and not p.hedged
                                   and p.value < total.value for p in parts):
            out.append(breakdown(tuple(parts), total, exhaustive=True))
    return out

