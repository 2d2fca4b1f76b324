"""number-mismatch: heldout13's blind misses as families (whole groups after 'among', one counted thing
named otherwise, a rate held, one figure at another scale of its unit) and the traps beside them."""
from __future__ import annotations

import mtcheck
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


LANDING = ("Plane lands safely\n\nA passenger plane made an emergency landing on Thursday morning, after the crew "
           "received a warning signal in one of its engines, without recording any injuries {a} and the crew.\n\n"
           "The ministry said the company secured a replacement aircraft that took the {b} passengers to their "
           "destination in the afternoon.\n")


def test_among_the_group_names_the_whole_group():
    assert flagged(LANDING.format(a="among the 148 passengers", b=184)) == ["184 passengers"]
    assert flagged(LANDING.format(a="among its 148 passengers", b=184)) == ["184 passengers"]
    assert flagged(LANDING.format(a="among 148 passengers", b=184)) == ["184 passengers"]


def test_among_them_counts_a_part():
    text = ("Bus overturns\n\nA bus carrying 40 passengers overturned on Monday, and 12 were hurt, among them "
            "4 passengers from Egypt.\n\nThe 40 passengers were taken to hospital.\n")
    assert flagged(text) == []
    assert flagged(LANDING.format(a="among the 148 passengers", b=148)) == []


PLOTS = ("Ex-governor jailed\n\nThe court found that {who} had allocated 143 residential plots of state land "
         "to relatives between 2019 and 2021.\n\nInvestigators seized documents showing that {b} plots were "
         "transferred to the beneficiaries within a single month.\n")


def test_former_before_a_post_dates_the_person_not_the_figure():
    assert flagged(PLOTS.format(who="the former governor", b=134)) == ["134 plots"]
    assert flagged(PLOTS.format(who="the former Wasit Governor", b=134)) == ["134 plots"]
    assert flagged(PLOTS.format(who="the former governor", b=143)) == []


def test_former_before_a_figure_stays_a_time_cue():
    from mtcheck.analysis.quantities import extract_sentence
    s = "The former 300 employees of the plant were moved to other sites."
    q = next(q for q in extract_sentence(s, 0, len(s)) if q.digits == "300")
    assert "former" in q.time_cues
    s = "The former governor had allocated 143 plots."
    q = next(q for q in extract_sentence(s, 0, len(s)) if q.digits == "143")
    assert "former" not in q.time_cues


HOUSING = ("Housing project\n\nThe corporation will {verb} 1,200 housing units to the beneficiaries by the middle "
           "of next year.\n\nThe deputy director said the {b} will be distributed through a public lottery.\n")


def test_over_after_a_verb_is_its_particle_and_apartments_are_housing_units():
    assert flagged(HOUSING.format(verb="hand over", b="1,400 apartments")) == ["1,400 apartments"]
    assert flagged(HOUSING.format(verb="deliver", b="1,400 flats")) == ["1,400 flats"]
    assert flagged(HOUSING.format(verb="hand over", b="1,200 apartments")) == []


def test_over_as_a_bound_still_hedges():
    from mtcheck.analysis.quantities import extract_sentence
    s = "The corporation has built over 1,200 housing units since 2010."
    assert next(q for q in extract_sentence(s, 0, len(s)) if q.digits == "1200").hedged
    s = "The corporation handed over 1,200 housing units on Monday."
    assert not next(q for q in extract_sentence(s, 0, len(s)) if q.digits == "1200").hedged


RUNOFF = ("Run-off results\n\nThe candidate Ebrahim Al-Dossary won the seat after obtaining 1,284 votes against "
          "1,102 for his rival, the engineer Yousef Al-Buainain, according to the preliminary results.\n\n"
          "Turnout was high across the kingdom.\n\n{b}\n")


def test_a_name_with_its_particle_dropped_is_the_owner_named_before():
    assert flagged(RUNOFF.format(b="Al-Dossary received 1,248 votes in the run-off.")) == ["1,248 votes"]
    assert flagged(RUNOFF.format(b="Dossary received 1,248 votes in the run-off.")) == ["1,248 votes"]
    assert flagged(RUNOFF.format(b="Al-Dossary received 1,284 votes in the run-off.")) == []


def test_the_rival_named_in_the_same_sentence_owns_another_figure():
    assert flagged(RUNOFF.format(b="Al-Buainain received 1,248 votes in the run-off.")) == []
    assert flagged(RUNOFF.format(b="Al-Buainain had received 1,248 votes in the first round.")) == []


RATE = ("Rates\n\nThe central bank decided at its quarterly meeting on Tuesday to keep the key interest rate "
        "unchanged at 2.75 percent, to support the economy.\n\nGrowth is seen at 3 percent.\n\n{b}\n")


def test_two_held_levels_of_one_rate_must_agree():
    b = "An economist said the decision to keep the rate at 2.5 percent was expected by the markets."
    assert flagged(RATE.format(b=b)) == ["2.5 percent"]
    assert flagged(RATE.format(b=b.replace("2.5", "2.75"))) == []


def test_another_rate_held_or_a_rate_changed_is_another_level():
    assert flagged(RATE.format(b="The bank also kept the overnight deposit rate at 2.5 percent.")) == []
    assert flagged(RATE.format(b="An economist said the rate had been cut to 2.5 percent in March.")) == []
    assert flagged(RATE.format(b="Inflation slowed to 2.5 percent in October, the bank said.")) == []


def test_held_thing_reads_the_words_of_what_is_held():
    from mtcheck.analysis.quantity_frames import held_thing
    text = "to keep the key interest rate unchanged at 2.75 percent"
    assert held_thing(text, text.index("2.75")) == {"key", "interest", "rate"}
    text = "the attack left 64 dead"
    assert held_thing(text, text.index("64")) is None


GRID = ("Power cuts\n\nThe official said the share of the province from the national grid fell to 1,150 megawatts "
        "while its need exceeds 2,300 megawatts in the summer.\n\nResidents protested on Monday.\n\n{b}\n")


def test_one_figure_with_its_unit_on_another_scale():
    b = "The minister said the ministry will raise the share of the province by 1,150 kilowatts in the coming days."
    assert flagged(GRID.format(b=b)) == ["1,150 kilowatts"]
    text = "Grain\n\nThe silos received 2,350 tonnes of wheat on Monday.\n\nInspectors weighed 2,350 kilograms.\n"
    assert flagged(text) == ["2,350 kilograms"]


def test_converted_short_or_energy_figures_are_no_scale_slip():
    assert flagged(GRID.format(b="The ministry will add 150 kilowatts to each feeder.")) == []
    assert flagged(GRID.format(b="The tariff is 10 fils for the first 1,150 kilowatt-hours a month.")) == []
    text = "Grain\n\nThe silos received 3,200 tonnes of wheat.\n\nThat is 3.2 million kilograms, the ministry said.\n"
    assert flagged(text) == []


def test_different_measures_and_sides_of_a_score_are_two_quantities():
    econ = ("Economy\n\nInflation reached 3.5 percent in October, the statistics office said.\n\n"
            "The economy grew slowly.\n\n{b} reached 5.3 percent in October.\n")
    assert flagged(econ.format(b="Unemployment")) == []
    assert flagged(econ.format(b="Inflation")) == ["5.3 percent"]
    league = ("League\n\nThe team finished the season on top.\n\nThe side scored 21 goals this season.\n\n"
              "It {verb} 12 goals this season.\n")
    assert flagged(league.format(verb="conceded")) == []
    assert flagged(league.format(verb="scored")) == ["12 goals"]


CAMPS = ("Camps\n\nThe Al-Amal camp houses 1,520 families, the official said.\n\nAid arrived on Monday.\n\n"
         "{b} houses 1,250 families.\n")


def test_two_named_camps_own_two_figures():
    assert flagged(CAMPS.format(b="The Al-Salam camp")) == []
    assert flagged(CAMPS.format(b="The Al-Amal camp")) == ["1,250 families"]
    assert flagged(CAMPS.format(b="The camp")) == ["1,250 families"]


RAID = ("Raids\n\nSecurity forces arrested 14 suspects in a dawn raid on the village on Monday.\n\n"
        "Officials said the operation continues.\n\n{b}\n")


def test_those_at_large_are_another_subset_than_those_arrested():
    assert flagged(RAID.format(b="Police said 41 suspects remain at large.")) == []
    assert flagged(RAID.format(b="Police said 41 suspects who are still on the run were identified.")) == []
    assert flagged(RAID.format(b="Police said the 41 suspects were taken to Baghdad.")) == ["41 suspects"]


def test_a_bound_of_another_figure_in_the_clause_compares_nothing():
    # "more than 2,400 observers" bounds the 2,400; the 96 centres are compared as they are
    text = ("The academy mobilised more than 2,400 observers in the 96 examination centres of the region.\n\n"
            "The academy said that 23 candidates caught cheating in the 69 centres of the region were excluded.")
    report = mtcheck.check("Headline\n\nPowered by automated translation\n\n" + text, backend="none",
                           select=["number-mismatch"])
    assert [f.text for f in report.findings if f.severity == "error"] == ["69 centres"]
