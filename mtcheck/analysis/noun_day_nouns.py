"""Which event a noun phrase of noun_days names (noun_day_patterns' matches with a "noun" group, and
"mods" and "comp" where the pattern has them): the event's one name (event_noun), the words a later
reference adds that the earlier sentence must name too (phrase_words), "the same visit" (said_same),
and whether the noun names an event of its own at all (names_event)."""
from __future__ import annotations

import re

from .noun_day_patterns import (_FUNCTION, _MONTH_WORDS, _NOT_EVENTS, _OTHER, _PARTITIVE, _PARTS, _SAME, _WORD,
                                _canon, _singular)


def event_noun(m: re.Match) -> str:
    """The event a noun phrase names, by one name of its group ("the killing" -> crime; "the opening
    ceremony" -> opening, by its last two words when they are a name)."""
    noun = _singular(m.group("noun"))
    mods = (m.groupdict().get("mods") or "").split()
    if mods and (two := f"{_singular(mods[-1])} {noun}") in _SAME:
        return _SAME[two]
    if noun in _PARTS and (part := _PARTITIVE.match(m.string, m.end("noun"))):  # "a round of talks"
        return _canon(part.group("noun"))
    return _SAME.get(noun, noun)


def phrase_words(m: re.Match) -> frozenset[str]:
    """The content words of a later reference's noun phrase ("the board meeting": board; "the meeting of
    the security committee"), which the earlier sentence must name too: "the board meeting" is another
    than the general assembly's."""
    words = [re.sub(r"['\u2019]s$", "", w.lower()) for w in _WORD.findall(m.groupdict().get("mods") or "")]
    if words and f"{_singular(words[-1])} {_singular(m.group('noun'))}" in _SAME:
        words = words[:-1]  # "the opening ceremony": one name
    words += [w.lower() for w in _WORD.findall(m.groupdict().get("comp") or "")]  # "the meeting of the council"
    return frozenset(w for w in words if w not in _FUNCTION and w not in _MONTH_WORDS and not w[0].isdigit()
                     and w != "same")  # ("the same visit": the one told before, no word of its own)


def said_same(m: re.Match) -> bool:
    """"the same visit", "the same campaign, which was launched": the event told before, said so."""
    return "same" in (m.groupdict().get("mods") or "").lower().split()


def names_event(m: re.Match, first: bool = False) -> bool:
    """A noun that names an event of its own: not a time or a speaker, not "the second convoy" (a
    first mention may be "a new convoy": new to the reader, not another than one named before)."""
    noun = m.group("noun").lower()
    words = (m.groupdict().get("mods") or "").split()
    mods = {w.lower() for w in words} - ({"new"} if first else set())
    if noun in _PARTS and _PARTITIVE.match(m.string, m.end("noun")):
        return not mods & _OTHER  # "a new round of talks": the talks
    if words and f"{_singular(words[-1])} {_singular(noun)}" in _SAME:
        return not mods & _OTHER  # "the marketing season": an event's name, though a season is a time
    return noun not in _NOT_EVENTS and noun not in _OTHER and not noun[0].isdigit() and not mods & _OTHER
