"""A total shared out by a participle after a long clause of its own ("contracted with 640 new
teachers to fill the shortage in ..., distributed as 380 in Aden and 210 in Lahj"): the parts are
all of it, so a sum short of it disagrees (analysis/tallies.py, _total_before)."""
from __future__ import annotations

import mtcheck

MARK = "Schools open\n\nPowered by automated translation\n\n"


def _numbers(body: str) -> list[str]:
    return [f.text for f in mtcheck.check(MARK + body).findings
            if f.rule == "number-mismatch" and f.severity in ("error", "warning")]


def test_parts_shared_out_after_a_long_clause_fall_short():
    body = ("Aden - He added that the office contracted with 640 new teachers to fill the shortage in the "
            "specializations of mathematics, physics and English language, distributed as 380 in Aden and "
            "210 in Lahj, explaining that graduates were given priority.")
    assert _numbers(body) == ["380 in Aden and 210"]


def test_parts_shared_out_that_make_the_total_agree():
    body = ("Aden - He added that the office contracted with 640 new teachers to fill the shortage in the "
            "specializations of mathematics, physics and English language, distributed as 430 in Aden and "
            "210 in Lahj, explaining that graduates were given priority.")
    assert _numbers(body) == []


def test_a_sharing_verb_of_another_clause_is_no_total():
    body = ("Aden - The office hired 640 new teachers last year. Food baskets were distributed as 380 in Aden "
            "and 210 in Lahj.")
    assert _numbers(body) == []
