"""number-mismatch: one distance given in nautical miles and then in kilometres with the same figure
is the unit garbled; the same distance converted in brackets is not."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


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


BOATS = ("Fishing boats rescued after the storm\n\n"
         "The head of the syndicate said that \"the boats were about 40 kilometres from the coast when the engines "
         "stopped working.\"\n\n"
         "The coast guard vessels were deployed at a distance of 12 miles (19 km) from the shore, while the stranded "
         "boats were located {later} from the coast, a source said.\n")


def test_a_quoted_distance_restated_with_another_unit_is_flagged():
    assert flagged(BOATS.format(later="40 miles")) == ["40 miles"]
    assert flagged(BOATS.format(later="25 miles")) == []  # the same distance converted
    assert flagged(BOATS.format(later="40 kilometres")) == []


CITRUS = ("Citrus harvest in Souss\n\n"
          "The director said that the area planted with citrus in the region amounts to 40,000 hectares.\n\n"
          "The president of the chamber said that exports are expected to exceed 410 thousand tonnes, and that "
          "the farmers of the region cultivate {area}. He added that {exports} would go mainly to Russia.\n")


def test_an_area_or_a_weight_said_again_with_another_unit_or_scale_word():
    assert flagged(CITRUS.format(area="forty thousand dunams", exports="the exports")) == ["forty thousand dunams"]
    assert flagged(CITRUS.format(area="forty thousand hectares", exports="the exports of 410 million tonnes")) \
        == ["410 million tonnes"]
    assert flagged(CITRUS.format(area="forty thousand hectares", exports="the exports of 410 thousand tonnes")) == []


def test_trap_one_figure_measuring_two_things_in_units_far_apart():
    from mtcheck.analysis.document import Document
    from mtcheck.analysis.measure_swaps import measure_swaps
    from mtcheck.segment import segment
    text = ("New road opens\n\nThe ministry opened a road of 5 kilometres in the village, the mayor said.\n\n"
            "The road is 5 metres wide and has lighting along the whole village, he said.\n")
    ctx = Document(text=text, sentences=segment(text), machine_translated=True)
    assert measure_swaps(ctx, ctx.quantities) == []  # (a width beside a length: kilometres are no garbled metres)
    miles = text.replace("5 metres wide", "5 miles long")
    ctx = Document(text=miles, sentences=segment(miles), machine_translated=True)
    assert [q.text for _, q in measure_swaps(ctx, ctx.quantities)] == ["5 miles"]


def test_a_quoted_amount_restated_in_another_currency_by_its_speaker():
    text = ("Grants for pupils\n\nThe director said that \"the value of the grant was set at 75,000 dinars per "
            "month for each student.\"\n\nHe added that \"the monthly amount of {a} is a real support for "
            "families.\"\n")
    assert flagged(text.format(a="75,000 dollars")) == ["75,000 dollars"]
    assert flagged(text.format(a="75,000 dinars")) == []
