"""number-mismatch: digit slips of one counted thing named otherwise later (a coordinated phrase,
another word of its kind, a listed part restated), a total in another currency, and a rise to the
same digits reordered within one period. Each with the look-alike that must not be flagged."""
from __future__ import annotations

from mtcheck.analysis.quantities import extract_sentence
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def _q(text: str, digits: str):
    return next(q for q in extract_sentence(text, 0, len(text)) if q.digits == digits)


WEAPONS = ("Factions hand over weapons in the Plains\n\n"
           "The committee said the factions handed over 212 medium and heavy weapons, among them mortars, "
           "to the army warehouses in Bartella.\n\n"
           "The deputy head of the committee said that the {n} weapons received so far are only a part of "
           "what the factions own.\n")


def test_a_coordinated_phrase_counts_its_plural_noun():
    assert "weapon" in _q("The factions handed over 212 medium and heavy weapons to the army.", "212").head
    assert "shelter" in _q("The storm damaged 1,850 tents and shelters in the camps.", "1850").head
    # another figure after the joiner is another count, not a part of the phrase
    assert _q("The attack killed 12 soldiers and 3 civilians.", "12").head == frozenset({"soldier"})
    assert "wound" not in _q("The attack killed 12 soldiers and wounded 7 others.", "12").head


def test_weapons_handed_over_restated_with_digits_swapped():
    assert flagged(WEAPONS.format(n=221)) == ["221 weapons"]
    assert flagged(WEAPONS.format(n=212)) == []
    text = WEAPONS.replace("the {n} weapons received so far are", "another 40 weapons to be received next week are")
    assert flagged(text) == []  # another batch


RESCUE = ("Boat sinks off Sfax\n\nThe coast guard recovered the bodies of 19 migrants after their boat sank "
          "off Jebeniana, while 63 people were rescued.\n\n"
          "The {n} survivors were transferred to a reception centre run by the Red Crescent in Sfax.\n")


def test_the_rescued_are_the_survivors():
    assert flagged(RESCUE.format(n=36)) == ["36 survivors"]
    assert flagged(RESCUE.format(n=63)) == []
    assert flagged(RESCUE.format(n=19)) == []  # the dead are other people


RETURNS = ("Syrians leave Arsal\n\nThe directorate said that the batch included 1,230 displaced persons "
           "distributed on 287 families, of whom 540 are children.\n\n"
           "The directorate indicated that the {n} people who left today will be received in centres in Qara.\n")


def test_a_listed_count_restated_with_its_digits_reordered():
    assert flagged(RETURNS.format(n="1,320")) == ["1,320 people"]
    assert flagged(RETURNS.format(n="1,230")) == []
    assert flagged(RETURNS.format(n="1,500")) == []  # another figure, no slip of these digits


def test_a_listed_part_and_the_whole_are_not_compared():
    text = ("Dengue in Kassala\n\nThe ministry recorded 4,800 suspected cases, including 48 deaths.\n\n"
            "The 4,800 cases were recorded in the city and its camps.\n")
    assert flagged(text) == []


MINARET = ("Restoration of the minaret begins\n\nThe minister gave the signal for the restoration of the "
           "minaret, with a budget estimated at 4.6 million dinars.\n\n"
           "He said that the total cost of the project reaches {total}, of which the European grant is a third.\n")


def test_a_total_in_another_currency_with_the_same_figure():
    assert flagged(MINARET.format(total="4.6 million euros")) == ["4.6 million euros"]
    assert flagged(MINARET.format(total="6.2 million dinars")) == []  # a total is another figure
    assert flagged(MINARET.format(total="4.6 million dinars")) == []


DENGUE = ("Dengue in Kassala\n\nThe WHO representative said that the suspected cases recorded since the "
          "beginning of August exceeded 4,800 cases, including 37 deaths.\n\n"
          "The emergency centre said in its daily report that the number of the deaths rose to {later}, most of "
          "them in the Shajarab camp.\n")


def test_a_rise_to_the_same_digits_in_the_same_period():
    assert flagged(DENGUE.format(later="73 since the beginning of August")) == ["73"]
    # another period, or no period: a two-digit rise is an update
    assert flagged(DENGUE.format(later="73 since the beginning of September")) == []
    assert flagged(DENGUE.format(later="73 by Thursday")) == []
    assert flagged(DENGUE.format(later="48 since the beginning of August")) == []


POWER = ("Power cuts in Ouargla\n\nThe director said the peak of consumption in the south had reached about "
         "1,450 megawatts, a record level.\n\nHe said consumption had jumped to {later}, compared with 1,200 "
         "megawatts last year.\n")


def test_a_rise_to_three_digits_reordered_with_no_time_of_its_own():
    assert flagged(POWER.format(later="1,540 megawatts on the hottest day")) == ["1,540 megawatts"]
    assert flagged(POWER.format(later="1,540 megawatts on Tuesday")) == []  # dated after: an update
    assert flagged(POWER.format(later="1,540 megawatts so far this month")) == []
    assert flagged(POWER.format(later="1,620 megawatts on the hottest day")) == []


def test_one_counted_thing_named_by_another_word_of_its_kind():
    text = ("Boat capsizes off Zuwara\n\nThe coast guard said that 134 migrants were on board the boat when it "
            "capsized off Zuwara.\n\nThe {n} emigrants were taken to a shelter run by the Red Crescent in Zuwara.\n")
    assert flagged(text.format(n=143)) == ["143 emigrants"]
    assert flagged(text.format(n=134)) == []
    text = ("Iraq and Jordan sign deals\n\nThe two sides signed 12 agreements in the fields of energy and trade.\n\n"
            "The minister said that the {n} memoranda signed in Baghdad will be followed by a joint committee.\n")
    assert flagged(text.format(n=21)) == ["21 memoranda"]
    assert flagged(text.format(n=12)) == []


METRO = ("Metro line\n\nThe authority said that the line will serve about 1.5 million passengers a day when it is "
         "completed.\n\nThe ministry said that {later} will be served by feeder buses.\n")


def test_an_approximation_on_another_power_of_ten():
    assert flagged(METRO.format(later="the 150,000 daily passengers")) == ["150,000 daily passengers"]
    assert flagged(METRO.format(later="the 1.5 million daily passengers")) == []
    # a bound allows any figure above it; a yearly figure is another quantity
    text = METRO.replace("about 1.5 million", "more than 150,000")
    assert flagged(text.format(later="the 1.5 million daily passengers")) == []
    assert flagged(METRO.format(later="the 15 million passengers a year")) == []


def test_updates_and_parts_that_are_no_slips():
    text = ("Cases\n\nThe ministry recorded 1,230 cases {when}.\n\nThe number of cases rose to 1,320{base}, the "
            "ministry said.\n")
    assert flagged(text.format(when="in the governorate", base="")) == ["1,320"]
    assert flagged(text.format(when="last week", base="")) == []  # the earlier figure is of an earlier time
    assert flagged(text.format(when="in the governorate", base=", up from 1,230")) == []  # its base given
    text = "School trip\n\nThe school has 1,500 students.\n\nAbout 150 students took part in the trip.\n"
    assert flagged(text) == []  # a tenth of them, no rescaled figure


def test_other_people_another_occasion_and_an_expected_value():
    text = ("Raid\n\nThe army killed 12 militants in the raid.\n\nThe {n} gunmen {what} in the operation were "
            "transferred to Baghdad.\n")
    assert flagged(text.format(n=21, what="arrested")) == []  # the killed are not the arrested
    assert flagged(text.format(n=21, what="killed")) == ["21 gunmen"]
    text = ("Boat\n\nThe coast guard rescued 45 people after the boat sank.\n\nSeveral of the 54 survivors of "
            "{which} sinking were also treated.\n")
    assert flagged(text.format(which="an earlier")) == []
    assert flagged(text.format(which="the")) == ["54 survivors"]
    text = "Rates\n\nThe bank cut its key rate to 2.5 percent.\n\nAnalysts expected the new rate of 2.25 percent.\n"
    assert flagged(text) == []
