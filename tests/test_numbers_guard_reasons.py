"""number-mismatch's trace hook: the guards that keep two figures apart, by name
(quantity_pairs.apart_reasons / frame_reasons, garble_prior.kept_apart_reasons), read by the
developer tool benchmarks/number_guards.py; comparable() is the same test stopped at the first."""
from __future__ import annotations

from mtcheck.analysis.document import Document
from mtcheck.analysis.garble_prior import kept_apart_reasons
from mtcheck.analysis.quantity_pairs import apart_reasons, comparable, frame_reasons
from mtcheck.segment import segment


def _pair(text: str, a: str, b: str):
    ctx = Document(text=text, sentences=segment(text), machine_translated=True)
    qs = {q.text: q for q in ctx.quantities}
    return ctx, qs[a], qs[b]


SCHOOLS = ("Ministry opens schools\n\nThe ministry opened 2,350 new schools in the south on Sunday.\n\n"
           "The director said {later} would take pupils{when}.\n")


def test_the_reasons_name_each_guard_and_comparable_is_their_absence():
    ctx, ref, later = _pair(SCHOOLS.format(later="the 3,250 schools", when=""),
                            "2,350 new schools", "3,250 schools")
    assert list(apart_reasons(ctx, ref, later)) == ["fresh"] and not comparable(ctx, ref, later)
    assert "fresh" in list(kept_apart_reasons(ctx, ref, later, "shifted", {}))
    # (two adjacent digits swapped in a back-reference are the new ones garbled: test_numbers_fresh_slips.py)
    assert "fresh" not in list(kept_apart_reasons(ctx, ref, later, "swap", {}))
    assert list(frame_reasons(ref, later)) == []
    ctx, ref, later = _pair(SCHOOLS.format(later="the 3,250 schools built last year", when=" again"),
                            "2,350 new schools", "3,250 schools")
    assert list(apart_reasons(ctx, ref, later))[:2] == ["fresh", "time-cues"]


def test_no_reason_when_nothing_keeps_two_figures_apart():
    text = ("Floods hit the south\n\nThe floods killed 12 people in Basra province on Monday.\n\n"
            "Officials said the floods killed 21 people in Basra province.\n")
    ctx, ref, later = _pair(text, "12 people", "21 people")
    assert list(apart_reasons(ctx, ref, later)) == [] and comparable(ctx, ref, later)
