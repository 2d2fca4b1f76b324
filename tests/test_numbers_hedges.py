"""number-mismatch: hedged figures ("more than", "about", "nearly") read as bounds of one quantity."""
from __future__ import annotations

from mtcheck.analysis.quantities import extract_sentence
from checking import gating_texts, only_quantity as only


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


# --- "more than": a bound of this figure, not a comparison with another -----------------------
def test_more_than_is_a_hedge_not_another_figure():
    q = only("The floods displaced more than 4,200 families in the city.")
    assert q.hedged and not q.other


def test_than_of_a_comparison_is_still_another_figure():
    qs = extract_sentence(*(lambda t: (t, 0, len(t)))("Exports reached 300 tonnes, more than the 250 tonnes of May."))
    assert [q.other for q in qs] == [False, True]


def test_rise_to_less_after_more_than_is_flagged():
    text = ("Floods hit Kassala\n\nThe governor said the floods had displaced more than 4,200 families in the "
            "city and the villages.\n\nHe said later that the number of the displaced families had risen to "
            "2,400 families.\n")
    assert flagged(text) == ["2,400 families"]


def test_rise_to_more_after_more_than_is_fine():
    text = ("Floods hit Kassala\n\nThe governor said the floods had displaced more than 2,400 families in the "
            "city and the villages.\n\nHe said later that the number of the displaced families had risen to "
            "4,200 families.\n")
    assert flagged(text) == []


# --- hedged figures as ranges ------------------------------------------------------------------
from mtcheck.analysis.hedge_ranges import disagree, hedge_of, span_of  # noqa: E402


def _pair(first: str, second: str):
    text = first + " " + second
    a = extract_sentence(text, 0, len(first))[0]
    b = extract_sentence(text, len(first) + 1, len(text))[0]
    return text, a, b


def test_hedge_kinds():
    text = "about 50 dead, more than 40 dead, nearly 1,000 dead, fewer than 30 dead, no less than 12 dead"
    kinds = [hedge_of(text, q) for q in extract_sentence(text, 0, len(text))]
    assert kinds == ["about", "above", "nearly", "below", "above"]


def test_about_allows_its_rounding_and_a_tenth():
    text, a, b = _pair("about 50 wounded", "47 wounded")
    assert not disagree(text, a, b)
    lo, hi = span_of(text, a)
    assert lo <= 45 and hi >= 55


def test_an_approximation_that_cannot_cover_a_bound_disagrees():
    text, a, b = _pair("about 2,300 families", "more than 3,000 families")
    assert disagree(text, a, b)


def test_a_higher_bound_beside_a_higher_figure_agrees():
    text, a, b = _pair("more than 40 dead", "52 dead")
    assert not disagree(text, a, b)


def test_two_approximations_apart_disagree():
    text, a, b = _pair("about 18,000 barrels per day", "about 16,000 barrels per day")
    assert disagree(text, a, b)
    text, a, b = _pair("about 1,500 families", "around 1,450 families")
    assert not disagree(text, a, b)


RETURNS = ("Sudanese army retakes villages\n\n"
           "The Humanitarian Aid Commission in Sennar state said that about 2,300 families began returning to "
           "their villages since yesterday, coming from the camps of the displaced.\n\n"
           "The director of the commission told the agency that the returnees found their houses looted.\n\n"
           "He added that the commission registered {second} families who returned to the villages, noting that "
           "the number is expected to increase.\n")


def test_two_hedged_figures_of_one_return_that_cannot_meet():
    assert flagged(RETURNS.format(second="more than 3,000")) == ["3,000 families"]


def test_two_hedged_figures_that_can_meet_are_fine():
    assert flagged(RETURNS.format(second="more than 2,000")) == []
    assert flagged(RETURNS.format(second="nearly 2,500")) == []


def test_hedged_figures_far_apart_are_two_quantities():
    # a factor of more than two: another count of families (the whole camp, the whole province)
    assert flagged(RETURNS.format(second="more than 9,000")) == []


FIRE = ("Forest fire near Chefchaouen\n\n"
        "A forest fire in the mountains near the town burned about 300 hectares of pine and cork oak before "
        "firefighters brought it under control on Wednesday, the agency said.\n\n"
        "The regional director said the fire had destroyed about {second} hectares, according to a first "
        "estimate.\n\n"
        "In July 2022, fires in three provinces burned more than 10,000 hectares, he said.\n")


def test_area_burned_given_as_two_approximations():
    assert flagged(FIRE.format(second="500")) == ["500 hectares"]


def test_area_burned_within_the_approximation_and_an_earlier_fire_are_fine():
    assert flagged(FIRE.format(second="320")) == []


def test_hedged_figure_beside_an_exact_one_is_left_to_the_exact_comparison():
    text = ("Oil workers protest in Basra\n\nThe protest began on Tuesday when about 300 workers blocked the "
            "road to demand permanent contracts.\n\nThe committee head said the 200 workers promised permanent "
            "contracts would be chosen by years of service.\n")
    assert flagged(text) == []


def test_quoted_approximation_is_not_compared():
    text = ('Pipeline attack\n\n"The production was about 18,000 barrels per day," the director said.\n\n'
            "The ministry said the fields had produced about 16,000 barrels per day before the attack.\n")
    assert flagged(text) == []


def test_hedged_figures_of_two_days_are_two_quantities():
    text = ("Clashes in Tripoli\n\nAbout 40 people were wounded on Monday in the clashes.\n\n"
            "More than 60 people were wounded on Tuesday as the clashes spread.\n")
    assert flagged(text) == []
