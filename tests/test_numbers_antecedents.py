"""number-mismatch: "The dam, ..." is the dam named last before it; two dams are two quantities."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


DAMS = ("Water rationing in Tizi Ouzou\n\n"
        "Authorities started rationing water after the level of the Taksebt dam fell to its lowest.\n\n"
        "The dam, which has a capacity of 175 million cubic metres, is now only 31 percent full.\n\n"
        "Officials are studying the transfer of water from the {other} dam in Bouira province. The dam, with a "
        "capacity of 157 million cubic metres, was the main source of water for the region.\n")


def test_two_dams_named_before_their_figures_are_two_quantities():
    assert flagged(DAMS.format(other="Koudiat Acerdoune")) == []


def test_the_same_dam_named_again_is_one_quantity():
    assert flagged(DAMS.format(other="Taksebt")) == ["157 million cubic metres"]


def test_no_name_before_leaves_the_comparison_alone():
    text = ("Water rationing\n\nThe dam, which has a capacity of 175 million cubic metres, is now only 31 "
            "percent full.\n\nOfficials said the dam would be inspected. The dam, with a capacity of 157 million "
            "cubic metres, was the main source of water for the region.\n")
    assert flagged(text) == ["157 million cubic metres"]


POSSESSED = ("Hospitals short of fuel\n\n{marker}"
             "The director of the central hospital said the hospital's two generators had run for a week.\n\n"
             "The Ministry of Health said it had {sent} generators to hospitals in the mountains.\n")


def test_an_owned_set_is_not_a_later_indefinite_count():
    for marker in ("", "Powered by automated translation\n\n"):
        assert flagged(POSSESSED.format(marker=marker, sent="sent 20")) == []


def test_a_definite_back_reference_to_an_owned_set_is_still_compared():
    text = POSSESSED.format(marker="Powered by automated translation\n\n", sent="repaired the 20")
    assert flagged(text.replace("generators to hospitals in the mountains", "generators of the hospital")) \
        == ["20 generators"]
