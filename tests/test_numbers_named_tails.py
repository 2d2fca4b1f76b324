"""number-mismatch: a list of parts named by nationality (capitalised nouns that never overlap)
ending in one more of them ("and one Syrian", "and a Sudanese") counts that last one too, so
"six people" against "four Jordanians, two Egyptians and one Syrian" is seven parts of six."""
from __future__ import annotations
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def story(first: str, later: str) -> str:
    return ("Bus overturns on the Desert Highway\n\n"
            f"The Public Security Directorate announced {first} in a traffic accident at dawn today south of "
            "Al-Qatraneh.\n\n"
            "The spokesman said the driver lost control of the bus on a bend and it overturned outside the road.\n\n"
            f"According to a source in the Directorate, {later}, and the bodies were moved to the hospital.\n")


def test_a_named_list_with_one_more_than_its_total_is_flagged():
    for first, later in (
            ("the death of six people", "the dead included four Jordanians, two Egyptians and one Syrian"),
            ("that five workers were killed", "the victims were three Egyptians, two Syrians and a Sudanese"),
            ("the death of eight passengers", "among the dead were five Saudis, three Yemenis and one Indian")):
        found = flagged(story(first, later))
        assert len(found) == 1, (later, found)


def test_a_named_list_that_fits_or_an_overlapping_tail_is_not_flagged():
    for first, later in (
            ("the death of seven people", "the dead included four Jordanians, two Egyptians and one Syrian"),
            ("the death of six people", "the dead included four Jordanians, two Egyptians and a child"),
            ("the death of six people", "the dead included four Jordanians and two Egyptians")):
        assert flagged(story(first, later)) == [], later
