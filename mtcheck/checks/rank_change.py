"""rank-change: the same person given a different rank or title later in the article."""
from __future__ import annotations

from ..analysis.people import Mention, Person, Title
from .base import Check, Document

COMPARED = ("military", "police", "civil", "judicial")


def _reference_title(person: Person, category: str) -> tuple[Mention, Title] | None:
    for m in person.mentions:
        t = m.title(category)
        if t is not None and not m.quoted:
            return m, t
    return None


def _shortened(ref: Title, later: Title) -> bool:
    """'Lt Gen' -> 'Gen', 'Lt Col' -> 'Col': the later rank is the generic tail of the first;
    'Staff Brig Gen' -> 'Brig Gen': a qualifier dropped."""
    if ref.id == f"staff-{later.id}":
        return True
    return later.generic and ref.id.endswith(f"-{later.id}")


class RankChange(Check):
    rule = "rank-change"
    code = "MT102"
    doc = "Flags a person whose rank or title changes later (another rank: error; shortened to a generic rank: warning)."

    def run(self, ctx: Document):
        for person in ctx.people.people:
            # a person whose history is told ("former", "promoted to") may rightly change title
            if any(t.time_modifier for m in person.mentions for t in m.titles):
                continue
            for category in COMPARED:
                ref = _reference_title(person, category)
                if ref is None or ref[0].historical:
                    continue
                ref_m, ref_t = ref
                for m in person.mentions:
                    t = m.title(category)
                    if m is ref_m or t is None or m.start <= ref_m.start:
                        continue
                    if m.quoted or m.historical or m.ambiguous or t.office == ref_t.office:
                        continue
                    yield self._finding(ctx, ref_m, ref_t, m, t)

    def _finding(self, ctx: Document, ref_m: Mention, ref_t: Title, m: Mention, t: Title):
        start, end = t.start, m.name_end
        ref_span = (ref_t.start, ref_t.end) if ref_t.start >= ref_m.start and ref_t.end <= ref_m.end \
            else (ref_m.start, ref_m.end)
        name = ctx.text[m.name_start:m.name_end]
        if _shortened(ref_t, t):
            return self.finding(
                ctx, "warning", start, end,
                f"'{ref_t.text}' is later shortened to '{t.text}', which reads as another rank."
                if t.generic else f"'{ref_t.text}' later loses its qualifier: '{t.text}'.",
                related=[ref_span], suggestion=f"{ref_t.text} {name}")
        return self.finding(
            ctx, "error", start, end,
            f"The same person is '{ref_t.text}' earlier but '{t.text}' here.",
            related=[ref_span], suggestion=f"{ref_t.text} {name}")
