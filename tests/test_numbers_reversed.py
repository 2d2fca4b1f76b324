"""number-mismatch: an update that goes against its verb with the digits of the figure it updates."""
from __future__ import annotations

from mtcheck.analysis.quantities import extract_sentence
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def _q(text: str, digits: str):
    return next(q for q in extract_sentence(text, 0, len(text)) if q.digits == digits)


def test_from_before_a_cause_is_no_old_value():
    assert not _q("The death toll from the floods stood at 64 on Monday.", "64").other
    assert _q("Exports reached 5,000 tonnes, up from 300 tonnes.", "300").other
    assert _q("The price rose from about 300 pounds to 450 pounds.", "300").other


TOLL = "Floods in the valley\n\nThe death toll from the floods stood at {a} on Monday.\n\n" \
       "The death toll rose to {b} on Tuesday, the civil defence said.\n"


def test_a_toll_that_rises_to_its_digits_reordered_and_less():
    assert flagged(TOLL.format(a=64, b=46)) == ["46"]


def test_a_toll_that_rises_to_more_is_an_update():
    assert flagged(TOLL.format(a=46, b=64)) == []
    assert flagged(TOLL.format(a=46, b=51)) == []


def test_a_rise_to_less_whatever_the_time_cues():
    text = ("Cholera in Gedaref\n\nThe ministry said on Monday that 1,420 cholera cases had been recorded in the "
            "state.\n\nOn Wednesday, the number of cases climbed to 1,240, the ministry said.\n")
    assert flagged(text) == ["1,240"]
    text = ("Dams\n\nReservoir levels fell to 35 percent last month.\n\nThe level dropped to 53 percent this week.\n")
    assert flagged(text) == ["53 percent"]


def test_a_fall_to_less_is_an_update():
    text = ("Dams\n\nReservoir levels fell to 53 percent last month.\n\nThe level dropped to 35 percent this week.\n")
    assert flagged(text) == []


def test_other_things_with_the_same_digits_are_left_alone():
    text = ("Cholera in Gedaref\n\nThe ministry said 1,420 teachers had joined the strike in the state.\n\n"
            "On Wednesday, the number of cholera cases climbed to 1,240, the ministry said.\n")
    assert flagged(text) == []
