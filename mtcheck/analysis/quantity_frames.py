"""The frame a number is said in, beyond its own clause: whether it is expected rather than
actual, whether the sentence opens on another occasion, and whose it is.

Three readings that keep two figures of one kind apart (number-mismatch compares a figure only
with one said in the same frame):

- an expectation: "two expected a larger, 200-basis-point reduction" is no restatement of
  "cut rates by 100 basis points"; a forecast, demand, target, proposal or hope is its own figure;
- an earlier occasion named by the sentence's opening phrase: "At its previous meeting on Oct. 15,
  the MPC cut by 150 bps" (the phrase is outside the number's clause, so ``quantity_context``
  does not see it);
- the owner: "Al-Minaa has 29 points" and "Al-Zawraa, which had been unbeaten, stays third with
  24 points" are two teams' points.

The words are data (data/quantity_frames.toml). Each reading is one pass over the sentence's
tokens, so the cost stays linear in its length.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon
from .quantity_words import _NAME_PARTICLES, _RELATIVES, WEEKDAYS, Token, _bare, _is_month

_DATA = lexicon.load("quantity_frames.toml")


def _listed(section: str, key: str) -> frozenset[str]:
    """A word list of quantity_frames.toml, required."""
    return lexicon.word_set(lexicon.require(_DATA, "quantity_frames.toml", section, key))


EXPECTATION = _listed("expectation", "words")
EARLIER_EVENT = _listed("earlier_event", "words")
SEPARATE = _listed("separate_occasion", "words")
SEPARATE_MARKERS = _listed("separate_occasion", "markers")
OCCASIONS = _listed("separate_occasion", "occasions")
OWNER_VERBS = _listed("owner", "verbs")
CLAUSE_ENDS = _listed("owner", "clause_ends")
EARLIER_HOLDER = _listed("earlier_holder", "words")
TELLING = _listed("another_member", "telling")
PARTICLE_VERBS = _listed("particle_verbs", "verbs")
OWNER_KINDS = _listed("owner", "kinds")
HELD_VERBS = _listed("held_level", "verbs")
FORMER_POSTS = _listed("former_holder", "posts")

# How far before a number an expectation word still governs it: "had expected a cut of 1
# percentage point" (4 tokens), "expected a larger, 200-basis-point reduction" (3).
_EXPECTATION_REACH = 5
# Punctuation that ends the phrase of a number (a comma does not: "a larger, 200-point cut").
_PHRASE_BREAKS = frozenset(";:()[]\u2014\"\u201c\u201d")  # (a period ends an abbreviation: "Oct.")
# Words after "last"/"earlier" that keep the story's own day: "last Thursday", "earlier on Monday".
_SAME_OCCASION = frozenset({"on", "today", "this", "in", *WEEKDAYS})
_OPENING_REACH = 14  # tokens: "At its previous meeting on Oct. 15," and the like


# ... and an expectation word that opens a that-clause governs the clause: "amid expectations
# that production this year will reach about 62,000 tonnes" (8 tokens)
_EXPECTATION_CLAUSE_REACH = 12


def expected(toks: list[Token], i0: int) -> bool:
    """An expectation word a few tokens before toks[i0], in the number's phrase."""
    n = i0 - 1
    while n >= 0 and i0 - n <= _EXPECTATION_CLAUSE_REACH and toks[n].text not in _PHRASE_BREAKS:
        if toks[n].low in EXPECTATION and toks[n].text.islower() and (
                i0 - n <= _EXPECTATION_REACH or n + 1 < i0 and toks[n + 1].low == "that"):
            return True  # (a capital is a name: "Hope Siddig stated that the 11 deaths")
        if toks[n].kind == "num":
            return False  # another figure stands between: "expected 3% and got 100 ..."
        n -= 1
    return False


_BE = frozenset({"is", "are", "was", "were"})
_BY_THE_LAW = frozenset("judiciary justice police authorities court courts prosecution interpol security law".split())


def _next_words(toks: list[Token], k: int) -> set[str]:
    return {t.low for t in toks[k:k + 3]}


def expected_after(toks: list[Token], n: int) -> bool:
    """An expectation verb as a participle right after the figure's phrase, with its agent ('the
    ransom of 30 million riyals demanded by the kidnappers') or as its passive verb ('5,100
    pilgrims are expected to travel'). (A bare participle is as often the actual: 'the 30 tonnes
    requested arrived'.)"""
    # (the participle may have been read as the phrase's last word: n is then the "by")
    if any(0 <= k and k + 1 < len(toks) and toks[k].low in EXPECTATION and toks[k].low.endswith("ed")
           and toks[k + 1].low == "by" and not (toks[k].low == "wanted" and _BY_THE_LAW & _next_words(toks, k + 2))
           for k in (n - 1, n)):
        return True  # (not "14 suspects wanted by the judiciary": fugitives, no expectation)
    # "5,100 pilgrims are expected to travel" (not "the decision to keep the rate at 2.5 percent was
    # expected by the markets": the decision was)
    return n + 2 < len(toks) and toks[n].low in _BE and toks[n + 1].low in EXPECTATION \
        and toks[n + 1].low.endswith("ed") and toks[n + 2].low == "to"


def opening_cues(toks: list[Token], first_word: int) -> frozenset[str]:
    """Earlier-occasion words of the sentence's opening phrase, up to its first comma."""
    if first_word < 0:
        return frozenset()
    for n in range(first_word, min(len(toks), first_word + _OPENING_REACH)):
        if toks[n].text == ",":
            cues = {toks[k].low for k in range(first_word, n) if toks[k].low in EARLIER_EVENT
                    and not (k + 1 < n and _bare(toks[k + 1].low) in _SAME_OCCASION)}
            return frozenset(cues)
        if toks[n].text in _PHRASE_BREAKS:
            break
    return frozenset()


def when_cues(toks: list[Token]) -> list[tuple[int, frozenset[str]]]:
    """(from, cues): a ", when ..." clause from toks[from] on takes the time frame of the phrase it
    hangs on: "the last of which was in March, when the forces killed three terrorists"."""
    out = []
    for k in range(2, len(toks)):
        if toks[k].low != "when" or toks[k - 1].text != ",":
            continue
        cues = set()
        for n in range(k - 2, max(-1, k - 12), -1):
            t = toks[n]
            if t.text in _PHRASE_BREAKS or t.text == ",":
                break
            if t.low in EARLIER_EVENT or _is_month(t):
                cues.add(_bare(t.low).rstrip("."))
            elif t.kind == "num" and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100:
                cues.add(t.text)
        if cues:
            out.append((k, frozenset(cues)))
    return out


# "the deportation of a third defendant ... after he serves a three-year sentence": an indefinite
# ordinal introduces one more member of a group, and every figure after it in the sentence is that
# member's, not a restatement of the group's ("ten years in prison each").
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def earlier_holder(toks: list[Token]) -> frozenset[str]:
    """A time cue for every figure of a sentence that names an office holder of an earlier time
    ("The then-minister had ended that strike after six days", "the then governor")."""
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.low in EARLIER_HOLDER and (nxt.text == "-" and nxt.start == t.end
                                        or k > 0 and toks[k - 1].low == "the" and nxt.kind == "word"):
            return frozenset({t.low})
    return frozenset()


def former_of_post(toks: list[Token], k: int) -> bool:
    """toks[k] is 'former' before a person's post ('the former governor', 'the former Kut Governor'):
    the person's past office, no time cue of a figure."""
    for t in toks[k + 1:k + 4]:
        if t.low in FORMER_POSTS:
            return True
        if t.kind != "word" or not t.text[0].isupper():
            return False
    return False


_HELD_AT = re.compile(r"([A-Za-z][\w\s'’-]{0,70}?)\s+(?:unchanged\s+|steady\s+)?at\s+"
                      r"(?:a\s+|its\s+)?(?:level\s+of\s+)?$")
_HELD_NOISE = frozenset("the its their a an of bank's central".split())
# the end every match of _HELD_AT has ("... at ", "at its level of "): searched first, it rules
# out nearly every window at once (the full pattern retries its lazy run from each start)
_HELD_TAIL = re.compile(r"\sat\s+(?:a\s+|its\s+)?(?:level\s+of\s+)?$")


def held_thing(text: str, start: int) -> frozenset[str] | None:
    """The words of what is held at the figure that starts at ``start`` ("to keep the key interest
    rate unchanged at 2.75 percent": key, interest, rate), or None when no held level is told."""
    if _HELD_TAIL.search(text, max(0, start - 90), start) is None:
        return None
    m = _HELD_AT.search(text, max(0, start - 90), start)
    if m is None:
        return None
    words = [w.lower() for w in re.findall(r"[\w'’-]+", m.group(1))]
    held = max((k for k, w in enumerate(words) if w in HELD_VERBS), default=None)
    if held is None:
        return None
    thing = frozenset(w for w in words[held + 1:] if w not in _HELD_NOISE and w not in HELD_VERBS)
    return thing or None


def separate_occasion(toks: list[Token]) -> frozenset[str]:
    """A time cue for every figure of a sentence about another case ("in a separate case")."""
    for k, t in enumerate(toks):
        if t.low in SEPARATE or t.low in SEPARATE_MARKERS and k + 1 < len(toks) and toks[k + 1].low in OCCASIONS:
            return frozenset({"separate"})
    return frozenset()


def another_member_at(toks: list[Token]) -> int:
    """The index of the first "a third <noun>" of the sentence, or len(toks) when it has none
    ("a second statement", another telling of the same story, brings in no other member)."""
    for k in range(len(toks) - 2):
        if toks[k].low in ("a", "an") and toks[k + 1].low in _ORDINALS and toks[k + 2].kind == "word" \
                and toks[k + 2].low not in TELLING and not (k + 3 < len(toks) and toks[k + 3].low in TELLING):
            return k
    return len(toks)


_SEPARATE_ANY = SEPARATE | SEPARATE_MARKERS
# a word of an amount's clause -> the roles it names ([measure_roles])
_ROLE_OF: dict[str, frozenset[str]] = {}
for _role, _words in lexicon.require(_DATA, "quantity_frames.toml", "measure_roles").items():
    for _w in lexicon.word_set(_words):
        _ROLE_OF[_w] = _ROLE_OF.get(_w, frozenset()) | {_role}


def measure_roles(toks: list[Token]) -> frozenset[str]:
    """The roles ([measure_roles]) the words of an amount's clause name: production, import, need ..."""
    out: frozenset[str] = frozenset()
    for t in toks:
        r = _ROLE_OF.get(t.low)
        if r:
            out |= r
    return out


def sentence_frames(toks: list[Token], first_word: int, lows: set[str]):
    """(opening cues, when sites, owner sites, another member's index) of one sentence. ``lows`` is
    the set of its tokens' lower-case forms: a pass none of whose words the sentence holds (most
    sentences hold none) is skipped, with the result it would give."""
    opening = opening_cues(toks, first_word) if not lows.isdisjoint(EARLIER_EVENT) else frozenset()
    if not lows.isdisjoint(_SEPARATE_ANY):
        opening |= separate_occasion(toks)
    if not lows.isdisjoint(EARLIER_HOLDER):
        opening |= earlier_holder(toks)
    when = when_cues(toks) if "when" in lows else []
    owners = owner_sites(toks, first_word) if toks and not lows.isdisjoint(OWNER_VERBS) else []
    another = another_member_at(toks) if not lows.isdisjoint(_ORDINALS) else len(toks)
    return opening, when, owners, another


def cues_at(sites: list[tuple[int, frozenset[str]]], i0: int) -> frozenset[str]:
    """The time frame of the last ", when" clause before toks[i0] (sites in order: a bisection,
    so a long sentence of many numbers and clauses stays linear)."""
    n = bisect_left(sites, (i0,)) - 1
    return sites[n][1] if n >= 0 else frozenset()


def owner_sites(toks: list[Token], first_word: int) -> list[tuple[int, int, frozenset[str]]]:
    """(from, to, owner): the tokens toks[from:to] follow "<Name> <owner verb>" in one clause,
    and the number there is the name's. Sites are in sentence order and do not overlap."""
    sites: list[tuple[int, int, frozenset[str]]] = []
    clause_end = [len(toks)] * (len(toks) + 1)  # the first clause-ending word from each token on
    for k in range(len(toks) - 1, -1, -1):
        clause_end[k] = k if toks[k].low in CLAUSE_ENDS else clause_end[k + 1]
    for v, tok in enumerate(toks):
        if tok.low not in OWNER_VERBS or v == 0 or _auxiliary(toks, v):
            continue
        owner = _name_before(toks, v, first_word)
        if not owner:
            continue
        if sites and sites[-1][1] > v:
            sites[-1] = (sites[-1][0], v, sites[-1][2])  # the next owner's clause ends the last one
        sites.append((v + 1, clause_end[v + 1], owner))
    return sites


def _auxiliary(toks: list[Token], v: int) -> bool:
    """'cases in Gedaref had risen to 1,240': 'had' before a participle is a tense, not ownership."""
    nxt = toks[v + 1].low if v + 1 < len(toks) else ""
    return toks[v].low in ("has", "have", "had") and (nxt == "been" or nxt.endswith(("ed", "en", "wn")))


def owner_at(sites: list[tuple[int, int, frozenset[str]]], i0: int) -> frozenset[str]:
    """The owner of a number at toks[i0] (sites in order and apart: a bisection)."""
    n = bisect_left(sites, (i0 + 1,)) - 1
    if n >= 0 and sites[n][0] <= i0 < sites[n][1]:
        return sites[n][2]
    return frozenset()


def _name_before(toks: list[Token], v: int, first_word: int) -> frozenset[str]:
    """The capitalised name right before toks[v], or before a ", which ...," clause that ends there."""
    end = v
    if toks[v - 1].text == ",":
        # "Al-Zawraa, which had been unbeaten, stays": the name is before the relative clause
        k = v - 2
        while k > 0 and v - k < 12 and not (toks[k].text == "," and toks[k + 1].low in _RELATIVES):
            k -= 1
        if k <= 0 or toks[k].text != ",":
            return frozenset()
        end = k
    if end - 1 > first_word and toks[end - 1].low in ("has", "have", "had"):
        end -= 1  # "Al-Buainain had received 1,248 votes"
    if end - 2 >= 0 and toks[end - 1].low in OWNER_KINDS and toks[end - 1].text[0].islower() \
            and toks[end - 2].kind == "word" and toks[end - 2].text[0].isupper():
        end -= 1  # "The Al-Amal camp houses 1,520 families": the named camp owns the figure
    words = []
    k = end - 1
    while k >= 0 and (toks[k].kind == "word" and toks[k].text[0].isupper() or toks[k].text == "-"
                      and k > 0 and toks[k].start == toks[k - 1].end):
        if toks[k].kind == "word":
            words.append(_bare(toks[k].text))
        k -= 1
    if not words or words == ["The"]:
        return frozenset()
    if len(words) == 1 and k < first_word and end - 1 == first_word and toks[end - 1].low.endswith("s") \
            and toks[end - 1].text[1:].islower():
        return frozenset()  # "Officials have ...": a sentence-initial plural common noun
    # "Al" of "Al-Minaa" and "Al-Zawraa" names no one: two clubs do not share it
    return frozenset(w for w in words if w != "The" and w.lower() not in _NAME_PARTICLES)
