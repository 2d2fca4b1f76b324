"""date-mismatch: heldout13's blind misses as families (the story's event named by a bare gerund, as
the subject of its own verb, with a clock time before its day) and the traps beside them."""
from __future__ import annotations

import mtcheck

LEAD = ("Run-off\n\nBahraini voters went to the polls today, Saturday, in the second round of the "
        "municipal elections.\n\nTurnout was high across the kingdom.\n\n{b}\n")


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


def test_the_event_as_the_subject_of_its_verb_dated_another_day():
    b = ("Election day passed without incidents, the Ministry of Interior said, after voting in the stations "
         "closed at eight o'clock in the evening of yesterday, Friday.")
    assert any("yesterday, Friday" in f for f in flagged(LEAD.format(b=b)))
    assert any("Friday" in f for f in flagged(LEAD.format(b="Voting closed on the evening of yesterday, Friday.")))
    assert any("Friday" in f for f in flagged(LEAD.format(b="The polls closed at 8 pm on Friday.")))


def test_the_same_day_or_another_event_is_no_conflict():
    assert flagged(LEAD.format(b="Voting in the stations closed at eight o'clock in the evening of today, Saturday.")) == []
    assert flagged(LEAD.format(b="Campaigning ended on Thursday, a day before the electoral silence.")) == []
    assert flagged(LEAD.format(b="The candidates held a debate on the old bridge on Friday.")) == []
    assert flagged(LEAD.format(b="The results of the vote will be announced on Monday.")) == []
