"""number-mismatch: a total split into as many parts as the article says it has ('distributed over four
races' and four figures of runners) must be made by them (analysis/counted_parts.py)."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


RACE = ("Marathon\n\nThe federation said the marathon saw the participation of 32,500 runners, distributed over "
        "four races.\n\nThe full marathon saw {a} runners, while 6,100 runners took part in the half marathon, "
        "11,400 in the 10-kilometre race and 11,700 in the 4-kilometre race.\n")


def test_the_parts_of_a_total_with_its_groups_counted_must_make_it():
    assert flagged(RACE.format(a="2,300")) == [
        "2,300 runners, while 6,100 runners took part in the half marathon, 11,400 in the 10-kilometre race and 11,700"]
    assert flagged(RACE.format(a="3,300")) == []


def test_fewer_figures_than_groups_or_bare_clock_times_are_no_breakdown():
    text = ("Camps\n\nThe camps host 9,000 families in three camps.\n\n"
            "Some 2,100 families live in Wad Sharifi and 3,400 families in Shagarab.\n")
    assert flagged(text) == []  # two of the three camps: some of the parts
    text = ("Dialysis\n\nThe centre received 410 patients in two halls.\n\n"
            "It works from seven in the morning until eleven at night.\n")
    assert flagged(text) == []
