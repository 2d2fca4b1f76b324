"""number-mismatch: one distance given in nautical miles and then in kilometres with the same figure
is the unit garbled; the same distance converted in brackets is not."""
from __future__ import annotations

import mtcheck


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["number-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


BOAT = ("Migrant boat sinks off Kerkennah\n\n"
        "The National Guard rescued 52 migrants after their boat sank about 12 nautical miles east of the "
        "Kerkennah islands, the spokesman said.\n\n"
        "He said that the bodies of the three victims were recovered {later} of the coast of Kerkennah, "
        "where the boat sank.\n")


def test_a_sea_distance_restated_in_kilometres_with_its_figure_is_flagged():
    assert flagged(BOAT.format(later="12 kilometres east")) == ["12 kilometres east"]
    assert flagged(BOAT.format(later="12 nautical miles east")) == []
    assert flagged(BOAT.format(later="22 kilometres east")) == []  # the same distance converted


def test_a_bracketed_conversion_of_nautical_miles_agrees():
    text = ("Trawlers seized\n\nThe coast guard seized the trawlers inside the territorial waters, which "
            "extend 12 nautical miles (22 km) from the coast.\n")
    assert flagged(text) == []
    assert flagged(text.replace("(22 km)", "(12 km)")) == ["12 km"]
