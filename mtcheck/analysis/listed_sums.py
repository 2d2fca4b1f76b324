"""A list of amounts restated later as one definite figure named by the list's own verb: "the plan will
add 500 megawatts from the Rumaila station, 400 megawatts from the Najibiya station and 200 megawatts
from the Khor al-Zubair station" ... "the 1,200 additional megawatts will enter service gradually";
"imported 25,000, 21,000 and 18,000 tonnes" ... "the imported 68,000 tonnes". The later figure points
back ("the"), its word is the verb the list hangs on (added, imported, allocated), and it is larger
than every part: it is the list's sum, and machine translation garbles one figure of the tally as
easily as any other.

The list is two or more amounts of one unit, one after another in one sentence, joined by commas and
"and" with a few words between (where each comes from), the verb within a few words before the first.
The nearest such list, up to a few sentences back, is the one restated.
"""
from __future__ import annotations

import re

from .quantity_words import Quantity
from .runs import by_sentence as quantities_by_sentence, consecutive_runs
from .units import stem

_REACH = 12  # sentences back from the restated figure to its list
_JOIN = re.compile(r"^[^\d.;:]{0,60}?(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]and[ \u00a0]+)$")
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,})[ \u00a0]+(?:(?:a|an|the|about|some|of|to|with)[ \u00a0]+)?$")
_THE_BEFORE = re.compile(r"\b(?:the|these|those|its|their)[ \u00a0]+(?:(?P<pre>[a-z]{3,})[ \u00a0]+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \u00a0]+(?P<word>[a-z]{3,})")


def _lists(qs: list[Quantity], text: str) -> list[list[Quantity]]:
    """Runs of two or more amounts of one unit joined as a list, in one sentence."""
    return consecutive_runs(qs, lambda q: q.unit is not None,
                            lambda run, q: q.unit == run[-1].unit and _JOIN.match(text[run[-1].end:q.start]) is not None)


def _same_verb(a: str, b: str) -> bool:
    """'additional' / 'add', 'imported' / 'import': one stem begins the other."""
    a, b = stem(a.lower()), stem(b.lower())
    return len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a))


def _words_of(text: str, q: Quantity) -> list[str]:
    """The words that name a definite figure: before its number ('the imported 68,000 tonnes') and
    between the number and its unit ('the 1,200 additional megawatts')."""
    m = _THE_BEFORE.search(text, max(0, q.start - 30), q.start)
    if m is None:
        return []
    words = [m.group("pre")] if m.group("pre") else []
    after = _WORD_AFTER.match(text, q.number[1])
    if after is not None and after.end() <= q.end:
        words.append(after.group("word"))
    return words


def listed_sums(ctx, quantities: list[Quantity]) -> list:
    from .tallies import Breakdown  # (tallies reads list_totals, which reads near this module)
    by_sentence = quantities_by_sentence(quantities)
    lists: dict[int, list[tuple[list[Quantity], str]]] = {}
    out = []
    for total in quantities:
        if total.hedged or total.unit is None or total.part in ("caption", "credit"):
            continue
        words = _words_of(ctx.text, total)
        if not words:
            continue
        for k in range(total.sentence - 1, max(-1, total.sentence - 1 - _REACH), -1):
            if k not in lists:
                qs = by_sentence.get(k, ())
                lists[k] = []
                for run in _lists(list(qs), ctx.text):
                    v = _VERB_BEFORE.search(ctx.text, max(0, run[0].start - 30), run[0].start)
                    if v is not None:
                        lists[k].append((run, v.group("verb")))
            found = [(run, verb) for run, verb in lists[k] if run[0].unit == total.unit
                     and any(_same_verb(w, verb) for w in words)]
            if not found:
                continue
            run = found[-1][0]
            parts_sum = sum(q.value for q in run)
            if all(q.value < total.value for q in run) and not any(q.hedged for q in run) \
                    and abs(parts_sum - total.value) > total.precision / 2:
                out.append(Breakdown(tuple(run), total, exhaustive=True))
            break
    return out
