"""date-mismatch: a season's work the lead dates by its start ("began harvesting ... on Sunday") put
on another day by a later start ("the harvest was officially launched yesterday, Saturday"), and
not by a day of the work itself (analysis/story_day.py, data/events.toml [story_events.harvest])."""
from __future__ import annotations

import pytest
from checking import gating_texts


HEAD = "Wheat harvest begins\n\nPowered by automated translation\n\n"
LEAD = ("Farmers in the irrigated scheme began harvesting the winter wheat crop on Sunday, in a season "
        "that officials said had been hit by shortages of diesel.\n"
        "Growers said yields looked better than last year despite the late rains.\n")


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "date-mismatch")


@pytest.mark.parametrize("later,flag", [
    ("The ministry said in a statement on Sunday, March 3, that the target was 2 million tonnes.\n"
     "The harvest was officially launched yesterday, Saturday, the statement said.", "Saturday"),
    ("The harvest was launched on Thursday in the presence of the minister, the ministry said.", "Thursday"),
    ("Officials said the harvesting started on Friday morning.", "Friday"),
])
def test_a_later_start_of_the_harvest_on_another_day(later, flag):
    assert any(flag in t for t in texts(LEAD + later))


@pytest.mark.parametrize("later", [
    # a day of the work, not its start
    "The harvest on Tuesday brought in 300 tonnes, the scheme's board said.",
    # a plan for another region
    "The harvest will start on Thursday in the northern state, officials said.",
    # the start on the lead's own day
    "The harvest was officially launched on Sunday in the presence of the governor.",
])
def test_other_days_of_a_lasting_harvest_are_no_conflict(later):
    assert texts(LEAD + later) == []


RECEPTION = ("Deir ez-Zor - The director of the grain branch announced today, Wednesday, that the reception "
             "centres in the governorate received yesterday, Tuesday, the first quantities of the wheat crop "
             "for this season, amounting to 1,850 tons.\n"
             "Farmers complained about the cost of diesel.\n")


def test_since_the_start_of_the_crop_reception_on_another_day():
    later = "A farmer who delivered his crop since the reception began on Monday said the price was fair."
    assert any("Monday" in t for t in texts(RECEPTION + later))


def test_a_lead_that_dates_a_day_of_the_season_not_its_start():
    lead = RECEPTION.replace("the first quantities", "further quantities")
    later = "A farmer who delivered his crop since the reception began on Monday said the price was fair."
    assert texts(lead + later) == []
