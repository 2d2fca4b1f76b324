"""number-mismatch: parts named place by place with each count in brackets after its place
("Marib city (six camps), Marib Al-Wadi (five camps) and Sirwah (five camps)") cannot add up to
more than the total the article gave for that thing; fewer is fine (a list may name only some)."""
from __future__ import annotations
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def story(first: str, later: str) -> str:
    return ("Floods damage displacement camps in Marib\n\n"
            f"The executive unit said the torrential rains damaged {first}, in a new humanitarian disaster.\n\n"
            "Rescue teams evacuated families from the lowest areas on Tuesday night.\n\n"
            f"According to the unit's report, the damaged sites {later}, and relief teams were sent to them.\n")


def test_bracketed_parts_over_their_total_are_flagged():
    for first, later in (
            ("the tents of 2,370 families in 14 camps",
             "are distributed over Marib city (six camps), Marib Al-Wadi (five camps) and Sirwah (five camps)"),
            ("nine schools", "lie in Sirwah (four schools), Raghwan (three schools) and the Medghal (three schools)"),
            ("the roofs of 40 houses", "were counted in Al-Jufaina (25 houses) and Al-Rawdah (18 houses)")):
        found = flagged(story(first, later))
        assert len(found) == 1, (later, found)


def test_bracketed_parts_within_their_total_are_not_flagged():
    for first, later in (
            ("the tents of 2,370 families in 16 camps",
             "are distributed over Marib city (six camps), Marib Al-Wadi (five camps) and Sirwah (five camps)"),
            ("nine schools", "lie in Sirwah (four schools) and Raghwan (three schools)"),
            ("the roofs of 40 houses", "were counted in Al-Jufaina (25 families) and Al-Rawdah (18 families)")):
        assert flagged(story(first, later)) == [], later
