"""number-mismatch: an article that sets two sources' figures side by side (the earlier value given
again next to the later one) reports a disagreement, no slip; two counts swapped in one sentence
are still flagged."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


RAID = ("Two soldiers wounded as army raids smugglers' hideouts near Hermel\n\n"
        "BEIRUT (AP) - Lebanese troops raided hideouts of suspected drug traffickers near the border with "
        "Syria on Thursday, sparking a gunbattle in which two soldiers were wounded, the army said.\n\n"
        "Soldiers seized about 1.2 million Captagon pills and pill-pressing machines inside the farm.\n\n"
        "The state-run National News Agency reported that three soldiers had been wounded in the clash.{tail}\n")

CRASH = ("Microbus crash kills 11 on the desert road\n\n"
         "A microbus collided with a truck on the western desert road near Mallawi on Monday; the crash "
         "killed 11 people and injured 17 others, the health directorate said.\n\n"
         "The bodies of the {dead} dead were transferred to the morgue of Mallawi General Hospital, while "
         "the {hurt} injured were taken to the hospitals of Mallawi and Deir Mawas.\n")


def test_another_source_figure_set_beside_the_first_is_no_slip():
    tail = " The army, which put the number at two, said both were in stable condition."
    assert flagged(RAID.format(tail=tail)) == []
    # nothing sets the two apart: a gating finding in machine-translated copy (in edited wire copy,
    # with its dateline and no marker, number-mismatch findings are info: tests/test_number_human_wire.py)
    machine = RAID.format(tail="").replace("BEIRUT (AP) - ", "").replace(
        "\n\n", "\n\nPowered by automated translation\n\n", 1)
    assert flagged(machine) == ["three soldiers"]


def test_two_counts_swapped_in_one_sentence_are_still_flagged():
    assert "17 dead" in flagged(CRASH.format(dead=17, hurt=11))  # the 11 beside it counts the injured
    assert flagged(CRASH.format(dead=11, hurt=17)) == []
