"""place-variant: one place's name written two ways."""
from __future__ import annotations

import re

from ..analysis import lexicon
from ..analysis.gazetteer import COUNTRY, gazetteer
from ..analysis.org_words import lexicon_ as org_lexicon
from ..analysis.names import Difference, conflicts, declared_alternatives, unless_listed
from ..analysis.place_compare import bucket, compare, exact_keys
from ..analysis.place_contexts import ancient_site, in_body_name, introduced_anew, listed_together
from ..analysis.spelling import fold
from .base import Check, Document

# Other letters name the place differently (an error); case, a hyphen or the article's form is
# a matter of form (a warning). Dropping the article on a later reference ("Al Qaim" ...
# "Qaim") is wire style, flagged only where a house style forbids it.
SEVERITY = {Difference.FORM: "warning", Difference.WORD_FORM: "warning", Difference.ORDER: "warning",
            Difference.LETTERS: "error", Difference.WORD: "error", Difference.HEAD: "error"}


def _both_in_use(text: str, ref, later) -> bool:
    """Both spellings are names the gazetteer lists for one place: names English copy uses."""
    a, b = text[ref.start:ref.end], text[later.start:later.end]
    gaz = gazetteer()
    return bool(gaz.ids(a)) and bool(gaz.ids(b)) and gaz.same_place(a, b) is True


def _nisba(text: str, ref, later) -> bool:
    """'Al-Baghdadi' beside 'Baghdad': a name made from the place with the nisba ending (a family name, or a town
    named so: Al-Baghdadi in Anbar) is no spelling of it."""
    a, b = (fold(text[n.start:n.end]) for n in (ref, later))
    a, b = (re.sub(r"^(?:al|el)", "", x) for x in (a, b))
    return a + "i" == b or b + "i" == a or a + "y" == b or b + "y" == a


def _a_country_and_another(text: str, ref, later) -> bool:
    """One of the two is a country of the region ("Syria"), which no spelling of a town stands for; a
    country far off ("Malawi" for the Egyptian town Mallawi) is a garbled town more often than itself."""
    gaz, regional = gazetteer(), org_lexicon().demonyms
    a, b = text[ref.start:ref.end], text[later.start:later.end]
    countries = [name in regional and (p := gaz.largest(name)) is not None and p.population == COUNTRY
                 for name in (a, b)]
    return any(countries) and gaz.same_place(a, b) is not True


def _pairs(ctx: Document, compare_here):
    """(reference, later, difference) of the places. "The University of Basrah" keeps its
    registered spelling beside the city "Basra": the towns inside bodies' names are compared
    among themselves and the others among themselves; across the two, only a spelling that the
    gazetteer does not tie to the other as a name of one place ("the Port of Um Qasr" beside
    "Umm Qasr") is a variant."""
    text, places = ctx.text, ctx.places
    in_body = {n.start: in_body_name(text, n) for n in places}
    found = []
    for side in (False, True):
        group = [n for n in places if in_body[n.start] == side]
        found += conflicts(group, unless_listed(text, ctx.sentence_at, compare_here), bucket, related=exact_keys)

    def across(ref, later):
        if in_body[ref.start] == in_body[later.start] or _both_in_use(text, ref, later):
            return None
        return compare_here(ref, later)

    flagged = {later.start for _, later, _ in found}
    if any(in_body.values()):
        found += [p for p in conflicts(places, unless_listed(text, ctx.sentence_at, across), bucket, related=exact_keys)
                  if p[1].start not in flagged]
    return sorted(found, key=lambda p: p[1].start)


class PlaceVariant(Check):
    rule = "place-variant"
    code = "MT104"
    doc = "Flags a place named two ways (letters differ: error; case, hyphen or article only: warning)."
    explanation = """\
    Flags a place named two ways in one article: other letters ("Ras Lanuf"/"Ras Lanouf"), or only
    case, hyphen or article ("Al-Qaim"/"Al Qaim"/"Qaim").

    Transliterated place names drift between sentences in machine translation; readers cannot tell
    whether two places are meant. In copy with no machine-translation marker, two spellings the
    gazetteer lists for one place ("Fez"/"Fes", "Mecca"/"Makkah") are the writer's choice: info.
    """
    example = ('Oil exports resume\n\nThe oil port of Ras Lanuf reopened on Monday. '
               'Exports from Ras Lanouf resumed a day later.\n')
    default_severity = 'error when letters change; warning for case, hyphen or article'

    def run(self, ctx: Document):
        article_may_drop = ctx.options.get("particle_may_drop", True)
        declared = declared_alternatives(ctx.text)
        text = ctx.text
        # human copy writes a field by its licence's spelling ("the Nassiriya oilfield" beside the
        # city of Nasiriyah); machine translation transliterates both afresh, so there they compare
        own_names = frozenset(() if ctx.machine_translated else lexicon.load("places.toml").get("own_name_heads", ()))

        listed = listed_together(text, ctx.places)

        def compare_here(ref, later):
            if (ref.head in own_names) != (later.head in own_names):
                return None
            # "the fishermen of Al-Shuhair and Al-Shihr": items of one list are two places
            if listed and frozenset((tuple(ref.texts), tuple(later.texts))) in listed:
                return None
            # compare first: it rules out nearly every pair of a long article by key
            difference = compare(ref, later)
            if difference is not None and (_a_country_and_another(text, ref, later) or _nisba(text, ref, later)):
                return None  # "the Al-Ziraa neighborhood of Latakia, Syria": a country is its own place
            # "Babil" the province and "ancient Babylon" the site are two places
            if difference is None or ancient_site(text, ref) != ancient_site(text, later):
                return None
            # "Ma'in, a village near Madaba" after "Ma'an": a place introduced as new is another
            if introduced_anew(text, later):
                return None
            return difference

        for ref, later, difference in _pairs(ctx, compare_here):
            if {fold(ctx.text[n.start:n.end]) for n in (ref, later)} & declared:
                continue  # "El Obeid (also spelt Al-Ubayyid)": the article gave both spellings
            if ctx.only_opening_case((ref.start, ref.end), (later.start, later.end)):
                continue  # "Al-Hol, run by ..." opening a sentence is "al-Hol" capitalised by grammar
            if difference is Difference.ARTICLE:
                if article_may_drop:
                    continue
                difference = Difference.FORM
            severity = SEVERITY[difference]
            if not ctx.machine_translated and difference is Difference.LETTERS and _both_in_use(ctx.text, ref, later):
                severity = "info"  # human copy: "Fez" and "Fes", "Mecca" and "Makkah" are the writer's choice
            yield self.finding(
                ctx, severity, later.start, later.end,
                f"'{ctx.text[later.start:later.end]}' is the place written "
                f"'{ctx.text[ref.start:ref.end]}' before.",
                related=[(ref.start, ref.end)], suggestion=ctx.text[ref.start:ref.end])
