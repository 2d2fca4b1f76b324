"""The event an expression of time dates, read from the words of its clause, not from a trigger.

"signed last Thursday" and "which was signed in Baghdad on Monday, November 10" both date a signing;
"the last group on Tuesday" and "the last flight is scheduled to depart on Wednesday" both date the
last departure. A key is (family, instance): the family of the nearest event word of the clause
(mtcheck/data/event_keys.toml), and the word that picks one instance of it ("first", "final"), so
"the first hearing" and "the hearing" are kept apart. A word such as "another" or "separate" near
the event word makes it no key at all: the article names another event there.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from . import lexicon

_DATA = lexicon.load("event_keys.toml")
FAMILY: dict[str, str] = {w: fam for fam, words in _DATA["families"].items() for w in words}
_INSTANCE: dict[str, str] = {w: name for name, words in _DATA["instances"].items() for w in words}
_OTHERS = frozenset(_DATA["others"]["words"])
_ANY_EVENT = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, FAMILY), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ORDINALS = frozenset(_INSTANCE.values())
_THEMES = frozenset(_DATA["themes"]["words"])
_PHASES = frozenset(_DATA["phases"]["words"])
_FUTURE = frozenset(["will", "shall", "scheduled", "expected", "due", "plans", "planned", "set", "would"])
_MODALS = frozenset(["will", "to", "would", "may", "might", "could", "should", "shall", "did", "does", "not"])
_PAST = frozenset(["was", "were", "did", "yesterday", "ago"])
# "Saturday's ceremony in Benghazi" after "a ceremony held on Sunday" in Tripoli: another place, another event
_PLACE = re.compile(r"\b(?:(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:capital[ \u00a0]+|city[ \u00a0]+of[ \u00a0]+)?([A-Z][\w-]+)"
                    r"|(?:with|for)[ \u00a0]+(?:the[ \u00a0]+)?([A-Za-z][\w-]+))")
_CALENDAR = frozenset(lexicon.words().month_names) | frozenset(lexicon.words().weekday_names)

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# Where a clause ends, looking out from an expression of time. A comma ends it too, unless a
# relative clause opens after it ("the campaign, which will take place from ...").
_HARD_STOP = re.compile(r"[;:!?()\"\u201c\u201d\u2014]|\.(?:\s|$)")
_RELATIVE = re.compile(r",[ \u00a0]*(?:which|whose|that|who|where|from|between)\b", re.IGNORECASE)
_COMMA = re.compile(r",")
_NAME_APPOSED = re.compile(r"[ \u00a0]+[A-Z][\w'\u2019-]*(?:[ \u00a0]+(?:(?:al|el|bin|bint|ibn|abu|abd)[ \u00a0-]+)?"
                           r"[A-Z][\w'\u2019-]*){1,4}[ \u00a0]*")
# A comma inside an expression of time ("launched today, Monday, October 27"): no clause ends there.
_APPOSED = re.compile(r"(?:today|yesterday|tomorrow|tonight|morning|evening|night|afternoon|day|[0-9])$", re.IGNORECASE)
# Words after an event word that make it another event ("a hearing in a separate case").
_OTHER_AFTER = frozenset(["another", "separate", "other", "again"])
_LEFT_WORDS = 12
_RIGHT_WORDS = 3  # "next Sunday to open the station": the event right after, not a clause further on
_FILLER = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "of"])

# Words before an event noun that are no modifier of it: "were arrested", "will hold its meeting".
_NOT_MODIFIERS = frozenset("was were is are be been being will would to has have had and or which that who it he "
                           "she they we not also then officially formally on in at for by with".split())
# "had held a meeting last Thursday", "it had opened proceedings": a background event, not the story's
_PAST_PERFECT = frozenset(["had"])


@dataclass(frozen=True)
class Key:
    family: str
    instance: str      # "last" (an ordinal of the table), "adj:practical", "of:station", or ""
    indefinite: bool   # "a meeting": an instance introduced here, not one named before
    place: str = ""    # "in Benghazi", "with Egypt", "for the vocational schools": where or with whom
    themes: frozenset = frozenset()  # what the clause's verb acts on ("campaign", "operation")
    tense: str = ""    # "future" (a plan: "will", "scheduled") or "past" ("was", "had"): a plan is not its outcome
    verb: str = ""     # "took off", "landed": the moment of a noun's event the clause dates

    def same_event(self, other: "Key") -> bool:
        """One family, and instances that can be one: equal, or one unqualified and the other qualified
        by what it acts on ("to open the station" and "the opening of the station"); not "the first
        hearing" and "the hearing", nor "the session" and "its regular session"."""
        if self.family != other.family or (self.place and other.place and self.place != other.place):
            return False
        if self.themes and other.themes and not self.themes & other.themes:
            return False
        a, b = self.instance, other.instance
        return a == b or (not a and b.startswith("of:")) or (not b and a.startswith("of:"))


def _left_bound(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts, no earlier than ``lo``."""
    window = text[lo:pos]
    stops = [m.end() for m in _HARD_STOP.finditer(window)]
    relative = {m.start() for m in _RELATIVE.finditer(window)}
    commas = [m.start() for m in _COMMA.finditer(window)]
    # "arrested the defendant, Hussein Ali Tleiss, on August 14": a name in apposition ends no clause
    named = {c for a, b in zip(commas, commas[1:]) if _NAME_APPOSED.fullmatch(window, a + 1, b) for c in (a, b)}
    stops += [c + 1 for c in commas if c not in relative and c not in named
              and not _APPOSED.search(window, 0, c)]
    return lo + max(stops) if stops else lo


def _right_bound(text: str, pos: int, hi: int) -> int:
    # "signed yesterday, Monday, the decree": the object after the comma is the clause's own
    lead = re.match(r"[ \u00a0]*,(?=[ \u00a0]+(?:the|a|an|its|his|her|their)[ \u00a0])", text[pos:hi])
    pos += lead.end() if lead else 0
    m = re.search(r"[,;:!?()\"\u201c\u201d\u2014]|\.(?:\s|$)", text[pos:hi])
    return pos + m.start() if m else hi


def _bare(word: re.Match) -> str:
    """The word in lower case without its possessive ending."""
    w = word.group().lower()
    return w[:-2] if w.endswith(("'s", "\u2019s")) else w


def _key_at(words: list[re.Match], k: int, clause_end: int) -> Key | None:
    """The key of the event word ``words[k]``, or None where a word near it names another event."""
    word = _bare(words[k])
    before = [w.group().lower() for w in words[max(0, k - 3):k]]
    after = [w.group().lower() for w in words[k + 1:k + 5] if w.start() < clause_end]
    if _OTHERS & set(before[-2:]) or _OTHER_AFTER & set(after) or _PAST_PERFECT & set(before) \
            or _PHASES & set(before):  # "until the end of the strike on March 12": a moment of it
        return None
    instance = ""
    for b in reversed(before):
        if b in _INSTANCE:
            instance = _INSTANCE[b]
            break
        if b not in _FILLER and not b.endswith(("'s", "\u2019s")):
            break
    prior = words[k - 1].group() if k else ""
    if not instance and not word.endswith("ed") and prior.islower() and prior.isalpha() \
            and prior not in _FILLER and prior not in _NOT_MODIFIERS:  # "its regular session", not "the minister signed"
        instance = "adj:" + before[-1]
    if not instance and len(after) >= 2 and after[0] == "of":
        qualifier = after[2] if after[1] == "the" and len(after) > 2 else after[1]
        instance = "of:" + qualifier
    indefinite = bool(before) and (before[-1] in ("a", "an") or (len(before) > 1 and before[-2] in ("a", "an")))
    return Key(FAMILY[word], instance, indefinite)


def event_key(text: str, seg_start: int, seg_end: int, start: int, end: int, noun_after: bool = False,
              only_after: bool = False) -> Key | None:
    """The key of the event the expression ``text[start:end]`` dates: the nearest event word before
    it in its clause, else the nearest after it ("next Sunday to open the station"); with
    ``noun_after`` the word right after comes first ("a ten-day drive", "nine days of the fair"), and
    with ``only_after`` it alone counts ("Sunday's clash" dates the clash, whatever the clause says)."""
    if not _ANY_EVENT.search(text, max(seg_start, start - 160), min(seg_end, end + 80)):
        return None  # no event word near: most expressions of most articles, read at the cost of one search
    lo = _left_bound(text, max(seg_start, start - 160), start)
    hi = _right_bound(text, end, min(seg_end, end + 80))
    left = list(_WORD.finditer(text, lo, start))
    right = list(_WORD.finditer(text, end, hi))
    key = _nearest(left, right, start, hi, noun_after, only_after)
    if key is None:
        return None
    place = next((p.lower() for m in _PLACE.finditer(text, lo, hi) if (p := m.group(1) or m.group(2))
                  and p.lower() not in _CALENDAR and not p.isdigit()), "")
    near = [w.group().lower() for w in left[-_LEFT_WORDS:] + right[:_RIGHT_WORDS]]
    clause = {w.group().lower() for w in left[-_LEFT_WORDS:]}
    said = {w.group().lower() for w in left[-3:]}  # "The council voted on": a past verb right before
    tense = "future" if clause & _FUTURE else "past" if clause & _PAST or any(w.endswith("ed") for w in said) else ""
    themes = frozenset(FAMILY.get(w, w) for w in near if w in _THEMES)  # "the fair" and "the exhibition": one
    verb = next((w for w in reversed([w.group().lower() for w in left[-3:]])
                 if (w.endswith("ed") or w in ("off", "left", "took")) and w not in FAMILY), "")
    key = Key(key.family, key.instance, key.indefinite, place, themes, tense, verb)
    if key.instance in _ORDINALS:
        return key
    # "inaugurated today the first unit" ... "the second unit will be inaugurated": an ordinal
    # anywhere near picks the instance
    near = [w.group().lower() for w in left[-_LEFT_WORDS:] + right[:_RIGHT_WORDS]]
    ordinal = next((_INSTANCE[w] for k, w in enumerate(near) if w in _INSTANCE and w not in FAMILY
                    and not (k and near[k - 1] in _MODALS)), None)  # "will last a week": a verb
    return Key(key.family, ordinal, key.indefinite, place, key.themes, key.tense, key.verb) if ordinal else key


# nouns of what follows an event, which it is "of": "the counting of the votes", "the results of the vote"
_AFTERMATH = frozenset("counting count sorting tallying results result aftermath repercussions consequences".split())


def _after_of(words, k: int) -> bool:
    """The event word is the object of an aftermath noun: "counting of (the) votes"."""
    j = k - 1
    if j >= 0 and words[j].group().lower() == "the":
        j -= 1
    return j >= 1 and words[j].group().lower() == "of" and words[j - 1].group().lower() in _AFTERMATH


def _nearest(left, right, start: int, hi: int, noun_after: bool, only_after: bool) -> Key | None:
    if noun_after:
        for k, w in enumerate(right[:3]):
            if w.group().lower() in FAMILY:
                return _key_at(right, k, hi)
            if w.group().lower() not in _FILLER and w.group().lower() != "long":
                break
        if only_after:
            return None
    for k in range(len(left) - 1, max(-1, len(left) - 1 - _LEFT_WORDS), -1):
        if _bare(left[k]) in FAMILY:  # "during the campaign's ten days": the campaign's
            if _after_of(left, k):
                return None  # "the counting of the votes continued until dawn today": the count's time
            return _key_at(left, k, start)
    for k, w in enumerate(right[:_RIGHT_WORDS]):  # "next Sunday to open": a plan's infinitive, not an object
        if w.group().lower() in FAMILY and k and right[k - 1].group().lower() == "to":
            return _key_at(right, k, hi)
    return None
