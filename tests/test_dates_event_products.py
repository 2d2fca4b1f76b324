"""date-mismatch: a date after a stage of an event or what is made of it ("the second stage of the
campaign", "the final results of the campaign on Sunday, October 5") dates that, not the event
(events.toml [phase_nouns], analysis/date_events.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


CAMPAIGN = ("Jordan launches measles vaccination campaign\n\n"
            "Powered by automated translation\n\n"
            "The Ministry of Health launched this morning, Sunday, September 14, 2025, the national campaign of "
            "vaccination against measles, which targets 1.2 million children.\n"
            "The director said that the teams will begin {stage} in the schools next Sunday, "
            "September 21.\n"
            "The ministry said that it will publish {later} on Sunday, October 5.\n")


def test_what_comes_of_an_event_has_a_day_of_its_own():
    text = CAMPAIGN.format(stage="the second stage of the campaign", later="the final results of the campaign")
    assert texts(text) == []


@pytest.mark.parametrize("later", ["the outcome of the campaign", "the findings of the campaign"])
def test_what_comes_of_it_after_a_stage(later):
    assert texts(CAMPAIGN.format(stage="the second stage of the campaign", later=later)) == []
