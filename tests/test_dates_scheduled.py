"""date-mismatch: a session a case is put off to is a plan, and "the session scheduled for 20 November"
names it again: one schedule said two ways (analysis/noun_days.py, date_policy.py)."""
from __future__ import annotations

import pytest
from checking import gating_texts



def texts(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


_TRIAL = ("Fez prison guards trial postponed\n\n"
          "Powered by automated translation\n\n"
          "Fez - The Criminal Chamber of the Court of Appeal in Fez decided today, Monday, 17 November 2025, to "
          "postpone the trial of eleven prison guards to the session of Monday, 24 November 2025, to enable the "
          "defence to prepare.\n"
          "A source in the court said that the verdict could be issued at {later}, if the defence completes its "
          "pleadings.\n")


@pytest.mark.parametrize("later,flag", [
    ("the session scheduled for 20 November", "the session scheduled for 20 November"),
    ("the session scheduled for 24 November", None),
    ("the session of the other case scheduled for 20 December", None),   # another case's session
])
def test_a_scheduled_session_said_two_ways(later, flag):
    assert texts(_TRIAL.format(later=later)) == ([flag] if flag else [])
