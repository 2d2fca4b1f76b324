"""date-mismatch: heldout13's blind misses as families (the story's event named by a bare gerund, as
the subject of its own verb, with a clock time before its day) and the traps beside them."""
from __future__ import annotations
from checking import gating_texts


LEAD = ("Run-off\n\nBahraini voters went to the polls today, Saturday, in the second round of the "
        "municipal elections.\n\nTurnout was high across the kingdom.\n\n{b}\n")


def flagged(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


def test_the_event_as_the_subject_of_its_verb_dated_another_day():
    b = ("Election day passed without incidents, the Ministry of Interior said, after voting in the stations "
         "closed at eight o'clock in the evening of yesterday, Friday.")
    assert any("yesterday, Friday" in f for f in flagged(LEAD.format(b=b)))
    assert any("Friday" in f for f in flagged(LEAD.format(b="Voting closed on the evening of yesterday, Friday.")))
    assert any("Friday" in f for f in flagged(LEAD.format(b="The polls closed at 8 pm on Friday.")))


def test_the_same_day_or_another_event_is_no_conflict():
    same = "Voting in the stations closed at eight o'clock in the evening of today, Saturday."
    assert flagged(LEAD.format(b=same)) == []
    assert flagged(LEAD.format(b="Campaigning ended on Thursday, a day before the electoral silence.")) == []
    assert flagged(LEAD.format(b="The candidates held a debate on the old bridge on Friday.")) == []
    assert flagged(LEAD.format(b="The results of the vote will be announced on Monday.")) == []


ASSEMBLY = ("Oman FA\n\nMuscat - The general assembly of the Oman Football Association elected, on Thursday "
            "evening, 13 November, Salem Al-Hinai as president of the association.\n\nTurnout was high.\n\n{b}\n")


def test_a_general_assembly_is_a_meeting_and_a_body_name_is_one_word_back():
    assert flagged(ASSEMBLY.format(b="The meeting of 11 November was attended by the Undersecretary.")) \
        == ["meeting of 11 November"]
    assert flagged(ASSEMBLY.format(b="The meeting of 13 November was attended by the Undersecretary.")) == []


def test_another_meeting_or_a_statement_day_is_no_conflict():
    assert flagged(ASSEMBLY.format(b="A previous meeting on 11 November had been postponed.")) == []
    assert flagged(ASSEMBLY.format(b="The association announced the results on 14 November.")) == []
