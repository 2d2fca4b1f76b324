"""number-mismatch: two values of one counted noun five times or more apart, whose digits share
nothing a slip leaves, are two quantities (a part, another seizure, another group), however alike
their words; a slip of the same figure (digits reordered, one dropped, another scale) is still flagged."""
from __future__ import annotations

from mtcheck.analysis.quantity_slips import digits_related
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


EXAMS = ("Sudanese Certificate results announced\n\n"
         "The Minister of Education announced today, Tuesday, in a press conference in Port Sudan, the results "
         "of the Sudanese Certificate exams for the year 2025, in which 229,614 male and female students sat, "
         "with a pass rate of 69.8 percent, compared to 71.6 percent in the previous session.\n\n"
         "The Minister said that the exams, which were held between June 28 and July 12 in 14 states, in "
         "addition to centres in Egypt, Chad, Uganda and South Sudan, \"represent a victory for the will of the "
         "Sudanese student\", noting that {n} students sat the exams in 41 centres in Egypt alone.\n")

SEIZURE = ("Border guards seize qat and hashish in Jazan\n\n"
           "He explained that the patrols controlled 1,830 kilograms of qat and 46 kilograms of hashish in "
           "their possession, in addition to 3 mules that were used to transport the smuggled goods.\n\n"
           "The Abu Arish Governorate Police also announced the arrest of a citizen for possessing {n} "
           "kilograms of hashish and 4,000 amphetamine pills that he was promoting in the governorate.\n")


def test_digits_related_reads_the_slips_of_a_figure():
    assert digits_related("412650", "421650")  # two swapped
    assert digits_related("3", "13") and digits_related("125", "1250")  # one inserted, another scale
    assert digits_related("74", "47") and digits_related("15", "50")  # reordered; fifteen / fifty
    assert not digits_related("229614", "9842")
    assert not digits_related("46", "9")


def test_a_far_smaller_count_of_the_same_noun_is_a_part():
    assert flagged(EXAMS.format(n="9,842")) == []


def test_a_far_smaller_seizure_of_the_same_drug_is_another_seizure():
    assert flagged(SEIZURE.format(n=9)) == []
    assert flagged(SEIZURE.format(n=64)) == ["64 kilograms"]  # the digits reordered: one figure
    assert flagged(SEIZURE.format(n=4)) == ["4 kilograms"]  # a digit dropped


def test_a_slip_of_the_figure_is_still_flagged_however_far():
    assert flagged(EXAMS.format(n="22,614")) == ["22,614 students"]  # a digit dropped: tenfold, still a slip
    assert flagged(EXAMS.format(n="292,614")) == ["292,614 students"]


TRIAL = ("Court sentences seven accused of smuggling gold\n\n"
         "The criminal court in Atbara issued on Wednesday its ruling against seven accused in the case of "
         "smuggling 48 kilograms of gold.\n\n"
         "The judge sentenced the first accused to ten years in prison, while the other accused received "
         "sentences ranging between three and seven years.\n\n"
         "The court {verb} an absentee ruling against {n} accused who fled before the arrest.\n")


def test_also_adds_another_group_unless_the_digits_slipped():
    assert flagged(TRIAL.format(verb="also issued", n="two")) == []
    assert flagged(TRIAL.format(verb="issued", n="two")) == ["two accused"]
    assert flagged(TRIAL.format(verb="also issued", n="17")) == ["17 accused"]  # seven with a digit added
