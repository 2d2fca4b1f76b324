"""The field words and kind words of a body's name, read before two names are paired word by
word: an acronym written out ("UN" for "United Nations"), mukafaha rendered "Anti-", "Combating"
or a harm's "Control", one Arabic phrase rendered in other words ("Local Government" / "Local
Governance"), a force unit's kind word, "State" in a fixed term ("State Security"), a kind word
appended after a force's own name. ``org_compare`` pairs what these leave.
Data: data/orgs.toml and data/org_renderings.toml (through ``org_words``).
"""
from __future__ import annotations

from dataclasses import replace

from .names import Difference, Name
from .org_words import is_org_head, lexicon_, phrase_renderings, word_difference
from .spelling import fold


def state_term(a: list[str], b: list[str]) -> bool:
    """Whether "State" in b stands where a has "General" or "Public" inside a fixed term of the
    field ("State Security", amn al-dawla, against "General Security", al-amn al-'amm): another
    Arabic word and another body. Before the kind word ("State Board" / "General Authority")
    the three render the one 'amma."""
    if "State" not in b or "State" in a:
        return False
    i = b.index("State")
    return i + 1 < len(b) and b[i + 1] in lexicon_().adjective_fields \
        and bool({"General", "Public"} & (set(a) - set(b)))


def force_unit_heads(a: list[str], b: list[str], ha: int, hb: int) -> bool:
    """A force's unit named with two kind words a police or a guard uses for one unit: "Medenine
    Regional Directorate of the National Guard" / "Medenine Regional Command of the National
    Guard" (Directorate, Command, Department, Headquarters of the same force)."""
    lex = lexicon_()
    if a[ha] not in lex.force_unit_heads or b[hb] not in lex.force_unit_heads:
        return False
    forces = {fold(w) for w in a if w in lex.force_fields}
    return bool(forces) and forces == {fold(w) for w in b if w in lex.force_fields}


def force_unit_swapped(head: str, mods_a: list[str], mods_b: list[str]):
    """The unit's kind word swapped inside the name of a force's unit, the force's own name last:
    "Medenine Regional Directorate of the National Guard" / "Medenine Regional Command of the
    National Guard". Returns the lists with the unit's kind word made one, and HEAD when it was
    swapped (None otherwise)."""
    lex = lexicon_()
    if head not in lex.force_fields:
        return mods_a, mods_b, None
    ua = [w for w in mods_a if w in lex.force_unit_heads]
    ub = [w for w in mods_b if w in lex.force_unit_heads]
    if len(ua) != 1 or len(ub) != 1 or ua == ub:
        return mods_a, mods_b, None
    unit = lambda mods: ["#unit" if w in lex.force_unit_heads else w for w in mods]
    return unit(mods_a), unit(mods_b), Difference.HEAD


def controlled(words: list[str]) -> bool:
    """Whether the name renders mukafaha as a harm's "Control" ("Narcotics Control")."""
    things = lexicon_().combated_things
    return any(w == "Control" and i > 0 and words[i - 1] in things for i, w in enumerate(words))


def anti_spelt_out(words: list[str]) -> list[str]:
    """"Anti-Narcotics" as the two words it renders ("mukafahat al-mukhaddirat": combating
    narcotics), so that it pairs with "Combating Narcotics"; a harm's "Control" ("Narcotics
    Control", "Smuggling Control") renders the same mukafaha ("Fighting" is a listed synonym)."""
    out = []
    lex = lexicon_()
    for i, w in enumerate(words):
        prefix, _, rest = w.partition("-")
        if prefix in ("Anti", "Counter") and rest[:1].isupper():
            out += ["Combating", rest]
        elif w == "Control" and i > 0 and words[i - 1] in lex.combated_things:
            out.insert(len(out) - 1, "Combating")  # "Narcotics Control": "Combating Narcotics"
        else:
            out.append(w)
    return out


def spell_out(short: Name, full: Name) -> tuple[Name, Name] | None:
    """The names with an acronym word of short written out as the words of full that spell it:
    "UN High Commissioner for Refugees" / "United Nations High Commission for Refugees" compare
    word by word once "UN" reads "United Nations". None when short has no such word."""
    texts = full.texts
    for i, (s, e, w) in enumerate(short.words):
        n = len(w)
        if not (2 <= n <= 6 and w.isupper() and w.isalpha()):
            continue
        for j in range(len(texts) - n + 1):
            if "".join(t[:1] for t in texts[j:j + n]) == w and all(t[:1].isupper() for t in texts[j:j + n]):
                words = short.words[:i] + tuple((s, e, t) for t in texts[j:j + n]) + short.words[i + 1:]
                return replace(short, words=words), full
    return None


def appended_kind(head_a: str, head_b: str, mods_a: list[str], mods_b: list[str]) -> Difference | None:
    """Another kind word after a body's own name: "Yemeni Coast Guard Authority" / "Yemeni
    Coast Guard Corps". The words before it, a head of their own among them ("Guard",
    "Police"), name the body; the kind word appended to them is a translator's choice."""
    kinds = lexicon_().force_kinds
    if head_a not in kinds or head_b not in kinds or len(mods_a) < 2:
        return None
    if [fold(w) for w in mods_a] != [fold(w) for w in mods_b] or not is_org_head(mods_a[-1]):
        return None
    return Difference.HEAD


def phrases_rendered_twice(mods_a: list[str], mods_b: list[str]) -> tuple[list[str], list[str], Difference | None]:
    """Both lists with one Arabic phrase rendered two ways, in as many words each, made one
    word: "Ministry of Local Government" / "Ministry of Local Governance", "Department of Urban
    Planning" / "Town Planning Department". Returns the lists and Difference.WORD when it did."""
    phrases = phrase_renderings()
    found_a = _phrase_spans(mods_a, phrases)
    if not found_a:
        return mods_a, mods_b, None
    for (i, n, key_a) in found_a:
        # a phrase of as many words first
        for (j, m, key_b) in sorted(_phrase_spans(mods_b, phrases), key=lambda x: x[1] != n):
            shared = phrases[key_a] & phrases[key_b]
            # another number of words only when neither phrase holds the other's words ("Fish
            # Resources" / "Fisheries"): "Public Health" / "Health" is a short form
            # one word for one is the word groups' work, which weighs the kind word with it
            if key_a == key_b or not shared or n == m == 1 or n != m and (
                    set(key_a) <= set(key_b) or set(key_b) <= set(key_a) or len(mods_a) - n != len(mods_b) - m):
                continue
            # "Civil Defence" / "Civil Defense" is one word spelt two ways, not two renderings
            diffs = [word_difference(x, y) for x, y in zip(mods_a[i:i + n], mods_b[j:j + m])]
            if n == m and all(d is not False and d is not Difference.WORD for d in diffs):
                continue
            token = f"#{min(shared)}"
            return (mods_a[:i] + [token] + mods_a[i + n:], mods_b[:j] + [token] + mods_b[j + m:],
                    _rendered_difference(key_a, key_b))
    return mods_a, mods_b, None


def _rendered_difference(a: tuple[str, ...], b: tuple[str, ...]) -> Difference:
    """A word of one root in another form ("Government" / "Governance") or another word."""
    for x, y in zip(a, b):
        if x != y and not (len(x) >= 6 and len(y) >= 6 and x[:6] == y[:6]):
            return Difference.WORD
    return Difference.WORD_FORM


def _phrase_spans(words: list[str], phrases) -> list[tuple[int, int, tuple[str, ...]]]:
    folded = [fold(w) for w in words]
    # longer phrases first: "Humanitarian Aid" before "Aid"
    return [(i, n, tuple(folded[i:i + n])) for n in (3, 2, 1) for i in range(len(folded) - n + 1)
            if tuple(folded[i:i + n]) in phrases]
