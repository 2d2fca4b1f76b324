"""org-variant: one organisation's name written two ways."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..analysis.french_names import french_names, same_body
from ..analysis.names import Difference, Name, conflicts, declared_alternatives, remembered, unless_listed
from ..analysis.org_acronyms import acronym_part, acronyms, initials, same_acronym_body, short_form_of
from ..analysis.org_compare import bucket, compare, head_word, official_title
from ..analysis.org_dropped import dropped_qualifiers
from ..analysis.org_keys import exact_keys
from ..analysis.org_parts import with_parts
from ..analysis.org_placed import placed_variants
from ..analysis.org_relations import known_apart, regional_unit, related_body
from ..analysis.org_slips import country_possessive, country_possessive_words, place_kinds, slips
from ..analysis.org_spacing import spacings
from ..analysis.org_swaps import swapped_words
from ..analysis.org_words import number_only, stem
from ..analysis.spelling import Relation, fold, relation
from ..analysis.declared_acronyms import declared as declared_acronyms
from .base import Check, Document

# Another word for the same kind of body, another word or other letters make another name (an
# error); a plural, a word's form, a garbled order or capitals are the same name written
# loosely (a warning).
SEVERITY = {Difference.ARTICLE: "warning", Difference.FORM: "warning", Difference.WORD_FORM: "warning",
            Difference.ORDER: "warning", Difference.LETTERS: "error", Difference.WORD: "error",
            Difference.HEAD: "error"}
# the differences a writer's own description of a body may make: its words' forms and order
_LOOSE = (Difference.FORM, Difference.WORD_FORM, Difference.ORDER)
_WHY = {Difference.ORDER: " (its words are in another order)", Difference.HEAD: " (another word for the kind of body)",
        Difference.WORD: " (a word is swapped for another)", Difference.LETTERS: " (letters differ)",
        Difference.WORD_FORM: " (a word's form differs)"}


# a word in brackets right after a body's name: its Arabic name or a word of it
_GLOSS_AFTER = re.compile(r"[ \u00a0]*\(([A-Z][\w'’-]+)\)")


def _glosses(text: str, names) -> dict[tuple[str, ...], set[str]]:
    """The words the article glosses in brackets after a body's name, by the name's words."""
    out: dict[tuple[str, ...], set[str]] = {}
    for n in names:
        m = _GLOSS_AFTER.match(text, n.end)
        if m:
            out.setdefault(tuple(n.texts), set()).add(fold(m.group(1)))
    return out


# "Ministry of Transport" / "Ministry for Transport": English names a ministry's portfolio both ways
_EITHER_LINK = frozenset({"Ministry", "Minister"})
_LINK = re.compile(r"[ \u00a0]+(of|for)[ \u00a0]")


def _link_word(text: str, name) -> str | None:
    """The preposition that joins a body's head to its field ("Authority for Customs": "for")."""
    if not name.linked:
        return None
    for (_, end, _), (start, _, _) in zip(name.words, name.words[1:]):
        m = _LINK.match(text, end, start)
        if m:
            return m.group(1)
    return None


@lru_cache(maxsize=65536)
def _folded_words(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in texts)


def _written_as(ref, later) -> bool:
    """Whether later is ref written again: its short form, or its very words in an order English
    gives one name ("Water Resources Ministry" after "Ministry of Water Resources"). Such a name
    is that body, whatever variant of it came in between ("Ministry of Water Sources")."""
    # each way needs the words of one name among the other's (a short form and a reordering:
    # later's among ref's; an official title: the shorter's among the longer's): a long article
    # asks this of a new name and each of the hundred names of its buckets, nearly all unrelated
    words_ref, words_later = _folded_words(tuple(ref.texts)), _folded_words(tuple(later.texts))
    if not (words_later <= words_ref or words_ref <= words_later):
        return False
    if short_form_of(ref, later) or official_title(ref, later):
        return True
    return sorted(fold(w) for w in ref.texts) == sorted(fold(w) for w in later.texts) \
        and compare(ref, later) is None


# the place a body's branch serves, right after its name: "the Provincial Directorate of Health in Al Haouz"
_IN_PLACE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)?)")


def _other_places(text: str, ref, later) -> bool:
    """Two names each followed by a place they serve, two places: two branches ("the Regional
    Directorate of Health in Marrakech" / "the Provincial Directorate of Health in Al Haouz")."""
    a, b = _IN_PLACE.match(text, ref.end), _IN_PLACE.match(text, later.end)
    # "in Taiz Governorate" / "in Taiz": one place, with and without its kind
    return bool(a and b) and relation(_placed(a.group(1)), _placed(b.group(1)), strict=True) is Relation.DIFFERENT


def _placed(place: str) -> str:
    """The place without the kind word after it: "Taiz Governorate" -> "Taiz"."""
    words = place.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in place_kinds() else place


def _plural_of(a: str, b: str) -> bool:
    """Whether kind word a is the plural of kind word b ("Committees" / "Committee")."""
    return len(a) > len(b) and number_only(a, b)


def _two_bodies(text: str, ref, later, difference) -> bool:
    """Whether the article shows the two names to be two bodies: one introduced as the other's
    relative ("The mother company, Kuwait Petroleum Corporation"), both established names of
    sibling bodies, or a regional department named after the national body ("the Consumer
    Protection Department in North Al Batinah" after "the Public Authority for Consumer
    Protection")."""
    if difference is Difference.HEAD and regional_unit(text, ref, later, head_word):
        return True
    if difference is Difference.HEAD and _unit_of_another_body(text, ref, later):
        return True
    if _other_places(text, ref, later):
        return True
    return related_body(text, ref) or related_body(text, later) or known_apart(ref, later)


# a name followed by "at the" and a capitalised name: a unit of the body named after it
_AT_ANOTHER_BODY = re.compile(r"[ \u00a0]+at[ \u00a0]+the[ \u00a0]+[A-Z]")


def _unit_of_another_body(text: str, ref: Name, later: Name) -> bool:
    """"the Investment Department at the Trade Bank of Iraq" beside "the National Investment
    Commission": a unit of another named body, sharing one field word with it, is another body."""
    shared = {fold(w) for w in ref.texts} & {fold(w) for w in later.texts}
    return len(shared) == 1 and any(_AT_ANOTHER_BODY.match(text, n.end) for n in (ref, later))


def _described_by_country(text: str, ref: Name, later: Name, compare) -> bool:
    """A country in the possessive describes a body without being its name ("Iraq's Integrity
    Commission"): the two differ only by that country when, left out, they no longer differ."""
    a, b = (replace(n, words=n.words[country_possessive_words(text, n):]) for n in (ref, later))
    return (a, b) != (ref, later) and compare(a, b) is None


class OrgVariant(Check):
    rule = "org-variant"
    code = "MT103"
    doc = "Flags an organisation named two ways (another word or letters: error; plural, case or spelling form: warning)."
    explanation = """\
    Flags an organisation named two ways in one article, compared word by word: another word or
    other letters ("Association"/"Federation"), or a plural, spelling-form or capitals-only change
    ("Drug"/"Drugs", "Agoco"/"AGOCO"), or the same words in a garbled order. Reordering with "of"
    where English does it ("Interior Ministry" / "Ministry of Interior") and short forms ("the
    Reconstruction Fund") are house style, not findings. A Maghreb body's French name left beside
    its English rendering ("Groupe Chimique Tunisien" / "Tunisian Chemical Group") is a warning.

    Machine translation often renders an organisation's name differently in each sentence, which
    makes one body look like two.
    """
    example = ('Football body suspends clubs\n\nThe Iraqi Football Association suspended two clubs on Monday. '
               'The Iraqi Football Federation said the ban would last a year.\n')
    default_severity = ("error when a word's letters or the kind of body change; "
                        'warning for plural, spelling-form or capitals-only changes')

    def run(self, ctx: Document):
        flagged = set()
        declared = declared_alternatives(ctx.text)
        glosses = _glosses(ctx.text, ctx.orgs)
        # the parts' run (_parts) compares again most pairs of whole names this run compares
        compare_once = remembered(compare)
        compare_unless_listed = unless_listed(ctx.text, ctx.sentence_at, compare_once)
        apart: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()  # two bodies, however often named
        for ref, later, difference in conflicts(ctx.orgs, compare_unless_listed, bucket, _written_as,
                                                    related=exact_keys):
            pair = (tuple(ref.texts), tuple(later.texts))
            if pair in apart:
                continue
            if _two_bodies(ctx.text, ref, later, difference):
                apart.add(pair)
                continue
            if {fold(ctx.text[n.start:n.end]) for n in (ref, later)} & declared:
                continue  # the article gave both names: "(also known as the ...)"
            if glosses.get(tuple(ref.texts), set()) & {fold(w) for w in later.texts}:
                continue  # "the Ministry of Religious Endowments (Awqaf)" ... "the Awqaf Ministry"
            if difference in _LOOSE and (country_possessive(ctx.text, ref) or country_possessive(ctx.text, later)):
                continue  # "Moroccan National Tourist Office" ... "Morocco's National Tourism Office"
            if difference is Difference.WORD and _described_by_country(ctx.text, ref, later, compare_once):
                continue  # "Iraq's Integrity Commission" ... "the Federal Integrity Commission"
            flagged.add(later.start)
            yield self._variant(ctx, ref, later, SEVERITY[difference], _WHY.get(difference, ""))
        yield from self._acronym_spellings(ctx, flagged)
        yield from self._declared(ctx, flagged)
        yield from self._parts(ctx, flagged, apart, compare_once)
        yield from self._french(ctx, flagged)
        yield from self._link_words(ctx, flagged)
        yield from self._slips(ctx, flagged)
        for ref, later in ctx.acronyms:
            yield self.finding(
                ctx, "warning", later[0], later[1],
                f"'{ctx.text[later[0]:later[1]]}' is written '{ctx.text[ref[0]:ref[1]]}' elsewhere "
                f"(only the capitals differ).",
                related=[ref], suggestion=ctx.text[ref[0]:ref[1]])

    def _acronym_spellings(self, ctx: Document, flagged: set):
        """"Popular Mobilisation Forces (PMF)" ... "Popular Mobilisation Front (PMF)": one acronym
        spelt out two ways."""
        by_initials: dict[str, list] = {}
        for name in ctx.orgs:
            by_initials.setdefault(initials(name), []).append(name)
        for acronym, names in acronyms(ctx.text, ctx.orgs).items():
            first = names[0]
            for later in names[1:]:
                if later.texts != first.texts and later.start not in flagged:
                    flagged.add(later.start)
                    yield self._variant(ctx, first, later, "error", f" (both spell out {acronym})")
            # "Syrian Democratic Forces (SDF)" ... "Syrian Defence Forces": the acronym's letters
            # spelt out with another word
            spelt = acronym_part(first, acronym) if len(acronym) >= 3 else None
            if spelt is not None:
                for later in by_initials.get(acronym, ()):
                    if later.start > first.end and later.start not in flagged and same_acronym_body(spelt, later):
                        flagged.add(later.start)
                        yield self._variant(ctx, first, later, "error", f" (both spell out {acronym})")

    def _declared(self, ctx: Document, flagged: set):
        """"Tunis Afrique Presse (TAP)" ... "Tunisian African Press (TAP)": names no kind word makes
        a body's, declared by their acronym (analysis/declared_acronyms.py)."""
        named = acronyms(ctx.text, ctx.orgs)
        for acronym, runs in declared_acronyms(ctx.text).items():
            if len(named.get(acronym, ())) >= 2:
                continue  # the names' own comparison in run()
            ref = runs[0]
            later = next((n for n in runs[1:] if n.words != ref.words and n.start not in flagged), None)
            if later is not None:
                flagged.add(later.start)
                yield self.finding(ctx, "error", later.start, later.end,
                                   f"'{ctx.text[later.start:later.end]}' and '{ctx.text[ref.start:ref.end]}' "
                                   f"both spell out {acronym}: one body named two ways.",
                                   related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])

    def _parts(self, ctx: Document, flagged: set, apart: set, compare_once):
        """A part of a body named again alone in another form ("the Competitions Committee of the
        Egyptian Football Association" ... "the Competition Committee of the association"): a
        warning, for the loose differences only; a generic part ("Media Office") with another
        word may be another body's, and two parents' parts are two bodies."""
        names, parents = with_parts(ctx.text, ctx.orgs)
        if not parents:
            return
        for ref, later, difference in conflicts(names, compare_once, bucket, _written_as, related=exact_keys):
            if id(ref) not in parents and id(later) not in parents:
                continue  # two whole names: the main comparison's work
            if difference not in _LOOSE or later.start in flagged:
                continue
            if id(ref) in parents and id(later) in parents and parents[id(ref)] != parents[id(later)]:
                continue
            if _plural_of(head_word(later), head_word(ref)):
                continue  # "the Energy Committees of the provincial councils": several other bodies
            if (tuple(ref.texts), tuple(later.texts)) in apart or _two_bodies(ctx.text, ref, later, difference):
                continue
            flagged.add(later.start)
            yield self._variant(ctx, ref, later, SEVERITY[difference], _WHY.get(difference, ""))

    def _link_words(self, ctx: Document, flagged: set):
        """One body's name with "for" and then "of" ("General Company for Ports of Iraq" / "General
        Company of Ports of Iraq"): the same words joined otherwise, a warning. Machine-translated
        copy only: human copy has no such slips to report, and its writers vary the preposition."""
        if not ctx.machine_translated:
            return
        first: dict[tuple[str, ...], tuple] = {}
        for n in ctx.orgs:
            link = _link_word(ctx.text, n)
            if link is None or n.texts[0] in _EITHER_LINK:
                continue
            key = tuple(fold(w) for w in n.texts)
            ref = first.setdefault(key, (n, link))
            if ref[1] != link and n.start not in flagged:
                flagged.add(n.start)
                yield self._variant(ctx, ref[0], n, "warning", f" ('{ref[1]}' became '{link}')")

    def _slips(self, ctx: Document, flagged: set):
        """A name's words in an order English does not use, a country's name for its adjective
        across the head, a field noun dropped (analysis.org_slips): warnings, in
        machine-translated copy only; writers reorder a name the English way."""
        if not ctx.machine_translated:
            return
        for ref, later, difference in slips(ctx.text, ctx.orgs):
            if later.start not in flagged:
                flagged.add(later.start)
                yield self._variant(ctx, ref, later, "warning", _WHY.get(difference, ""))
        for ref, later, difference in placed_variants(ctx.text, ctx.orgs, compare):
            if later.start not in flagged:
                flagged.add(later.start)
                yield self._variant(ctx, ref, later, SEVERITY[difference], _WHY.get(difference, ""))
        for ref, later in swapped_words(ctx.orgs):
            if later.start not in flagged:
                flagged.add(later.start)
                yield self._variant(ctx, ref, later, "error", _WHY[Difference.WORD])
        for sp in spacings(ctx.text, ctx.orgs):
            if sp.later[0] not in flagged:
                flagged.add(sp.later[0])
                yield self.finding(
                    ctx, "warning", *sp.later,
                    f"'{ctx.text[sp.later[0]:sp.later[1]]}' names the body written "
                    f"'{ctx.text[sp.ref[0]:sp.ref[1]]}' before (only spacing, capitals or punctuation differ).",
                    related=[sp.ref], suggestion=ctx.text[sp.ref[0]:sp.ref[1]])
        for ref, later in dropped_qualifiers(ctx.text, ctx.orgs):
            if later.start not in flagged:
                flagged.add(later.start)
                yield self._variant(ctx, ref, later, "warning", " (a word of its full name is left out)")

    def _french(self, ctx: Document, flagged: set):
        """A body's French name beside its English one ("Groupe Chimique Tunisien" / "Tunisian
        Chemical Group"): the later of the two, a warning (one name in two languages)."""
        by_stem: dict[str, list] = {}  # the first English name of each wording, by its words' stems
        seen: set[tuple[str, ...]] = set()
        for n in ctx.orgs:
            if tuple(n.texts) not in seen:
                seen.add(tuple(n.texts))
                for w in set(n.texts):
                    by_stem.setdefault(stem(w), []).append(n)
        answers: dict[str, object] = {}  # a French name written again is matched once
        for fr in french_names(ctx.text, ctx.sentences):
            key = ctx.text[fr.start:fr.end]
            if key not in answers:
                candidates = {id(n): n for alt in fr.readings[0] for n in by_stem.get(stem(alt.split()[0]), ())}
                answers[key] = next((n for n in sorted(candidates.values(), key=lambda n: n.start)
                                     if same_body(fr, n)), None)
            match = answers[key]
            if match is None or (match.start < fr.end and fr.start < match.end):
                continue
            ref, later = sorted(((match.start, match.end), (fr.start, fr.end)))
            if later[0] in flagged:
                continue
            flagged.add(later[0])
            yield self.finding(
                ctx, "warning", later[0], later[1],
                f"'{ctx.text[later[0]:later[1]]}' names the same body as '{ctx.text[ref[0]:ref[1]]}', "
                f"one of them in French.", related=[ref], suggestion=ctx.text[ref[0]:ref[1]])

    def _variant(self, ctx: Document, ref, later, severity: str, why: str):
        return self.finding(
            ctx, severity, later.start, later.end,
            f"'{ctx.text[later.start:later.end]}' names the same body as "
            f"'{ctx.text[ref.start:ref.end]}' written differently{why}.",
            related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])
