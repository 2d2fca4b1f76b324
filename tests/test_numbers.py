"""number-mismatch (MT201) and the quantity reader under it."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.analysis.digit_edits import one_inserted, swapped, typo_like
from mtcheck.analysis.quantities import extract_sentence, same_value
from checking import gating, only_quantity as one


def flagged(text: str):
    return gating(text, "number-mismatch")


def texts(text: str) -> list[str]:
    return [f.text for f in flagged(text)]


# --- reading quantities --------------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("a 600-kilometre border", "the 600km border"),
    ("the 600km border", "600 kilometres of border"),
    ("seven kilograms of drugs", "7kg of drugs"),
    ("2.3 tonnes of hashish", "2,300 kilograms of hashish"),
    ("an estimated $1.5 billion in lost revenue", "the $1.5bn in lost revenue"),
    ("1.2 million barrels per day", "1.2m bpd"),
    ("killed ١٤ soldiers", "killed 14 soldiers"),
    ("a 60-mile road", "a 97km road"),
    ("40 million Yemeni rials", "40m rials"),
    ("turnout of 38.6 per cent", "turnout of 38.6%"),
])
def test_equal_values_in_other_forms(a, b):
    qa, qb = one(a), one(b)
    assert qa.dimension == qb.dimension
    assert same_value(qa, qb)


@pytest.mark.parametrize("a,b", [
    ("15.3 million children", "13.5 million children"),
    ("a 600km border", "a 650km border"),
    ("$1.5 billion", "$1.5 million"),
    ("$1 billion", "$1.4 billion"),
])
def test_different_values(a, b):
    assert not same_value(one(a), one(b))


@pytest.mark.parametrize("text", [
    "The war began in 2014.",
    "The attack happened on March 9.",
    "He scored in the 78th minute.",
    "Faisal Al Mutairi, 34, a lawyer, came second.",
    "A 31-year-old engineer won.",
    "They received terms of three to seven years.",
    "Security Council Resolution 2254 calls for a ceasefire.",
    "The F-16 jets flew at 10am.",
    "Covid-19 cases fell.",
])
def test_numbers_that_are_not_quantities(text):
    assert extract_sentence(text, 0, len(text)) == []


def test_year_like_number_that_counts():
    assert one("The army deployed 2000 troops to the border.").value == 2000
    assert extract_sentence("The 2021 elections were delayed.", 0, 31) == []


def test_counted_noun_and_span():
    q = one("He said 14 suspects were detained.")
    assert q.text == "14 suspects"
    assert {"suspect", "detain"} <= q.head
    q = one("Traders said the 560,000-barrel shipment was the first.")
    assert q.text == "560,000-barrel shipment" and q.anaphoric and q.dimension == "oil-volume"


def test_typo_likeness():
    assert typo_like("153", "135") and typo_like("14", "16") and typo_like("650000", "560000")
    assert not typo_like("4217", "3950") and not typo_like("2", "3")


def test_digit_edits_read_a_swap_and_an_inserted_digit():
    assert swapped("412650", "421650") and swapped("12", "21")  # two neighbours exchanged
    assert not swapped("1234", "4231") and swapped("1234", "4231", adjacent=False)
    assert not swapped("412650", "412650") and not swapped("412", "4120")
    assert one_inserted("9", "19") and one_inserted("2350", "235") and one_inserted("114", "14")
    assert not one_inserted("46", "9") and not one_inserted("15", "51") and not one_inserted("1", "")


# --- the rule -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,later", [
    ("The 600-kilometre border is controlled by several forces. Officials say the 650-kilometre "
     "border requires constant monitoring.", "650-kilometre border"),
    ("He said 14 suspects were detained, among them two men wanted over an attack. "
     "Gen al-Azzawi said the 16 detainees had been handed to the security service.", "16 detainees"),
    ("The ministry began a campaign aiming to reach 15.3 million children under five. "
     "He said the ministry's target of 13.5 million children was achievable.", "13.5 million children"),
    ("A first tanker loaded a 650,000-barrel cargo bound for Italy. "
     "Traders said the 560,000-barrel shipment would ease supply concerns.", "560,000-barrel shipment"),
    ("The three ringleaders were sentenced to 15 years each. "
     "The prosecution will appeal, seeking heavier sentences for the ringleaders, whose 12-year terms "
     "it described as lenient.", "12-year terms"),
    ("Turnout reached 38.6 per cent of registered voters. "
     "The ministry said the turnout of 36.8 per cent was the highest in a decade.", "36.8 per cent"),
    ("Lebanon beat Bahrain 2-1 in a friendly on Thursday. "
     "The 3-1 victory was Lebanon's first win in five matches.", "3-1 victory"),
    ("Inflation rose to 35.7 per cent in March. The central bank said March's inflation rate of "
     "37.5 per cent was a record.", "37.5 per cent"),
    ("The ministry launched a 40-day vaccination campaign. Officials said the 30-day campaign would "
     "reach remote areas.", "30-day campaign"),
    ("Israel has detained 3,000 Palestinians. The 300 Palestinians were held without charge.",
     "300 Palestinians"),
    ("The attack left 64 dead. The attack, which left 110 dead, was claimed by ISIS.", "110 dead"),
    ("UN officials said 137 lorries had crossed on Sunday. He said the 170 trucks that entered on Sunday "
     "were not enough.", "170 trucks"),
    ("A powerful earthquake struck on Monday, killing 64 people in the coastal city of Jableh. "
     "Rescue workers in Jableh said the quake had left 110 dead in the city.", "110 dead"),
])
def test_conflicting_values_are_flagged(text, later):
    found = flagged(text)
    assert [f.text for f in found] == [later]
    f = found[0]
    assert f.severity == "error" and f.code == "MT201"
    assert f.related and f.suggestion and f.message


def test_suggestion_keeps_the_later_form():
    f = flagged("The 600-kilometre border is long. Officials say the 650-kilometre border is porous.")[0]
    assert f.suggestion == "600-kilometre border"
    assert [r.text for r in f.related] == ["600-kilometre border"]


@pytest.mark.parametrize("text", [
    # equal values in other forms
    "The 600-kilometre border is long. \"The 600km border requires constant monitoring,\" he said.",
    "The network moved 2.3 tonnes of hashish. Police seized 2,300 kilograms of hashish in one raid.",
    "The shutdown cost an estimated $1.5 billion in lost revenue. He said the $1.5bn in lost revenue "
    "showed the damage.",
    "Output recovered to 1.2 million barrels per day. Output will stay at about 1.2m bpd.",
    # different quantities of the same kind
    "Mr Al Enezi won 4,217 votes, ahead of Faisal Al Mutairi, who received 3,950 votes.",
    "Turnout reached 38.6 per cent, up from 29 per cent in the previous by-election.",
    "Mahmoud Al Mashhadani won 182 votes. Salem Al Issawi got 42 votes in the second round.",
    "Darwich scored the winner in the 78th minute. The shot, with 12 minutes remaining, sealed it.",
    "The bomber killed 32 people on Monday. By Tuesday the death toll had risen to 35.",
    "The bombing killed 32 people. A double suicide attack in Tayaran Square in January 2021 killed "
    "32 people.",
    "The budget plans revenue of 11.2 billion rials. The 11.8 billion rials in spending is higher.",
    "The bodies of the two men were taken to Mafraq. The judge ordered the detention of three men "
    "arrested in Mafraq.",
    "The operations manager received five years in prison. The two other managers got three years each.",
    "Al Ahly beat Zamalek 3-2 in the final. His side had lost 1-0 to Zamalek in December and drew 2-2 "
    "with Pyramids last week. Zamalek won 2-0 in Tunisia on Monday.",
    "Iraq's 600km border with Syria is porous. The 1,458km border with Iran is calmer.",
    "A five-storey building collapsed. Officials said 1,500 buildings were damaged.",
    # a rate is not a total, an update is not a contradiction
    "About 500 trucks a day entered before the war. The 170 trucks that entered on Sunday were too few.",
    "Shelling killed 40 civilians in El Fasher on Sunday. The death toll from Sunday's shelling rose to 47.",
    "Israel has detained 3,000 Palestinians since October. The 300 Palestinians held in Ofer were freed.",
])
def test_traps_are_not_flagged(text):
    assert texts(text) == []


# --- one figure, another unit; transposed and misheard figures ------------------------------
@pytest.mark.parametrize("text,span", [
    ("Border guards found the cars 12 kilometres south of the crossing on Monday.\n"
     "The smugglers abandoned the vehicles 12 miles from the crossing, the guards said.\n", "12 miles"),
    ("The audit found the disappearance of 3,400 tonnes of wheat from the silo.\n"
     "The director was blamed for the loss of 3,400 kilograms of wheat at the silo.\n", "3,400 kilograms"),
    ("The housing project will be built at a cost of 1.2 billion Libyan dinars, the fund said.\n"
     "Work on the project, whose cost is the 1.2 billion dollars allocated by the fund, begins soon.\n",
     "1.2 billion dollars"),
])
def test_the_same_figure_in_another_unit_is_a_conflict(text, span):
    assert [t for t in texts(text) if t.startswith(span)]


@pytest.mark.parametrize("text", [
    "The camp was set up two weeks ago.\nThe convoy reached the camp two days later.\n",
    "The road is 30 miles (48km) long, the ministry said.\nThe ministry said the 48km road would open soon.\n",
])
def test_durations_and_conversions_are_not_unit_slips(text):
    assert texts(text) == []


def test_fifteen_and_fifty_are_a_misheard_figure():
    assert typo_like("15", "50") and typo_like("30", "13") and not typo_like("15", "60")


def test_newly_and_new_do_not_hide_what_is_counted():
    q = one("They received 8,100 newly displaced households.")
    assert "household" in q.head and "displac" in q.head
    text = ("The authority decided the drilling of fifteen new wells in the district.\n"
            "The governor said the 50 new wells would supply the district's villages.\n")
    assert texts(text) == ["50 new wells"]


def test_a_year_that_ends_the_reports_date_is_no_time_frame():
    text = ("The unit said on Monday, March 25, 2024, that 1,800 families were displaced from the villages.\n"
            "Aid reached the 8,100 displaced families from the villages, the unit said.\n")
    assert texts(text) == ["8,100 displaced families"]


@pytest.mark.parametrize("text", [
    # digits reordered for the same counted thing, the later one pointing back
    "Cholera spreads\n\nThe ministry said cases reached 312 cases in the state.\n"
    "The centre said in its daily report that the 321 cases include 180 women.\n",
    # a magnitude with its digits swapped
    "Quake hits Morocco\n\nThe earthquake, which measured 6.8 on the Richter scale, killed nearly 3,000 people.\n"
    "The Kingdom received after the 8.6-magnitude earthquake offers of help.\n",
    # the same digits on another power of ten, the later one pointing back
    "Tanker seized\n\nThe tanker was loaded with 1.2 million litres of diesel, the coastguard said.\n"
    "The 120,000 litres seized were unloaded at the port.\n",
    # a currency code before the figure
    "Road deal\n\nThe contract amounts to KD 42 million, the ministry said on Monday.\n"
    "Officials said the KD 24 million contract would be signed soon.\n",
])
def test_digit_slips_are_flagged(text):
    assert [f.rule for f in mtcheck.check(text).findings if f.severity == "error"] == ["number-mismatch"]


@pytest.mark.parametrize("text", [
    # different things that share digits by chance
    "Fire in the market\n\nAt least 13 people were killed on Monday in the fire.\nRescuers said 31 people were injured.\n",
    "Pipeline\n\nThe 1,200 km pipeline will carry gas to the coast.\nWorkers have also laid 120 km of new road.\n",
    "Raids\n\nThe army detained 24 suspects on Monday.\nA court in Basra sentenced 42 defendants to prison.\n",
    "Cholera\n\nHospitals recorded 37 cases of cholera last year.\nSo far this year 73 cases have been recorded.\n",
])
def test_chance_digit_matches_are_not_slips(text):
    assert [f for f in mtcheck.check(text).findings if f.rule == "number-mismatch"] == []


def _number_findings(text: str) -> list[str]:
    return [f.text for f in mtcheck.check(text).findings if f.rule == "number-mismatch"]


@pytest.mark.parametrize("text,span", [
    # the dead counted again under another noun, larger than the toll
    ("Fire\n\nThe fire led to the death of 9 people and injured 23 others, the civil defence said.\n"
     "A health source said the bodies of the 11 victims were transferred to the forensic department.\n",
     "11 victims"),
    ("Attack\n\nThree soldiers of the Iraqi army were killed and 2 others wounded in the attack.\n"
     "The command received the bodies of the 4 dead on Tuesday.\n", "4 dead"),
])
def test_a_toll_restated_with_another_noun(text, span):
    assert _number_findings(text) == [span]


@pytest.mark.parametrize("text", [
    # "at least" leaves room for a later, larger count
    "Fire\n\nThe fire killed at least 9 people.\nA health source said the bodies of the 11 victims were found.\n",
    # a smaller definite count is a part of the dead
    "Fire\n\nThe fire killed 9 people.\nA source said the bodies of the two victims from Basra were found.\n",
])
def test_tolls_that_leave_room_pass(text):
    assert _number_findings(text) == []


@pytest.mark.parametrize("text", [
    "Attack\n\nThe attack killed 23 civilians and injured dozens, the network said.\n"
    "The network said the dead include 9 women and 16 children.\n",
    "Attack\n\nThe attack killed 23 people, including 9 women and 16 children, the network said.\n",
])
def test_parts_that_add_up_to_more_than_the_total(text):
    assert _number_findings(text) == ["9 women and 16 children"]


@pytest.mark.parametrize("text", [
    "Attack\n\nThe attack killed 23 people, including 9 women and 6 children, the network said.\n",
    "Attack\n\nThe attack killed at least 23 people, including 9 women and 16 children.\n",
    "Aid\n\nThe agency delivered 500 tents to the camps.\nThe shipments included 300 blankets and 400 mattresses.\n",
])
def test_parts_within_their_total_pass(text):
    assert _number_findings(text) == []


def test_a_result_written_in_words_is_a_score():
    first = "Derby\n\nAl-Minaa beat Naft al-Basra by three goals against one goal on Friday in the league.\n"
    assert _number_findings(first + "With the 3-2 victory, Al-Minaa moved to second place.\n") == ["3-2 victory"]
    assert _number_findings(first + "With the 3-1 victory, Al-Minaa moved to second place.\n") == []


# --- transposed digits of one amount, read from the two sentences ---------------------------
@pytest.mark.parametrize("first,later,flag", [
    ("The bridge was rebuilt at a total cost of 3.2 billion pounds, the roads agency said.",
     "The ministry allocated the 2.3 billion pounds of the bridge project from its budget.", "2.3 billion pounds"),
    ("The farmers received dues worth 5.4 billion pounds for the wheat delivered to the silos.",
     "The value of the dues paid to the farmers for their wheat reached 4.5 billion pounds.", "4.5 billion pounds"),
    ("The protest stopped the production of about 270,000 barrels per day at the field.",
     "Engineers said the field was producing 207,000 barrels per day before the protest stopped it.",
     "207,000 barrels per day"),
    ("Foiled crossing attempts recorded a rise of 37 percent on the same period of last year.",
     "The officer said the 73 percent increase in foiled attempts shows the plan works.", "73 percent increase"),
])
def test_transposed_digits_of_one_amount(first, later, flag):
    text = f"Report\n\n{first} Officials met on Monday. {later}\n"
    assert any(flag in t for t in texts(text))


@pytest.mark.parametrize("text", [
    # another measure named by the later mention: turnout is not the winner's score
    "Vote\n\nThe commission put the average turnout at 48 per cent. Analysts said the 84 per cent score "
    "was in line with earlier elections, but the turnout figures would be examined.\n",
    # nothing in common between the two sentences but the unit
    "Budget\n\nThe health budget reached 3.2 billion dinars. Separately, exporters of dates earned "
    "2.3 billion dinars abroad.\n",
    # "another": a second amount
    "Aid\n\nDonors pledged 5.4 billion dollars for the reconstruction of the city. Donors later pledged "
    "another 4.5 billion dollars for the reconstruction of the port and the city.\n",
    # an approximate first figure close to the later one
    "Oil\n\nThe field was producing about 1,250 barrels per day before the stoppage of the field. "
    "The stoppage of the field cut 1,205 barrels per day, the engineers said.\n",
])
def test_transposed_digits_traps(text):
    assert texts(text) == []


def test_sole_earlier_count_of_a_noun_is_the_antecedent():
    text = ("Wells\n\nThe corporation launched a project to drill 7 new wells west of the city. The governor "
            "visited the site on Monday. He said the work in the nine new wells will be completed within 8 months.\n")
    assert texts(text) == ["nine new wells"]


def test_definite_smaller_count_may_be_a_part():
    text = ("Wells\n\nThe corporation launched a project to drill 7 new wells west of the city. The governor "
            "visited the site on Monday. He said the two new wells that ran dry will be deepened.\n")
    assert texts(text) == []


def test_a_name_before_the_counted_noun_describes_it():
    assert one("seized 1.2 million Captagon pills").head == frozenset({"pill"})
    text = ("Seizure\n\nBorder guards seized 1.2 million Captagon pills hidden in a lorry. The drugs "
            "directorate said the 1.6 million pills seized on Tuesday would be destroyed.\n")
    assert texts(text) == ["1.6 million pills"]


def test_a_figure_inside_another_speakers_quotation_is_no_conflict():
    import mtcheck as _m
    text = ("Headline\n\nPowered by automated translation\n\nOlive oil output will rise by about 55% this season. "
            "\"This year we hope bottled oil will pass 15%,\" the exporter said.\n")
    assert [f for f in _m.check(text, backend="none").findings if f.rule == "number-mismatch"] == []


def test_a_race_time_and_a_gap_in_seconds_are_no_conflict():
    import mtcheck as _m
    text = ("Headline\n\nPowered by automated translation\n\nHe covered the stage in 4 hours, 38 minutes and "
            "12 seconds. Tesfay is third overall at 22 seconds.\n")
    assert [f for f in _m.check(text, backend="none").findings if f.rule == "number-mismatch"] == []


def test_seconds_and_minutes_are_read_as_a_duration_of_a_race_time():
    gap = one("He finished 14 seconds ahead of Tesfay")
    assert (gap.dimension, gap.unit, gap.timing) == ("duration", "second", True)
    assert one("a gap of 2 minutes").timing
    assert not one("14 suspects were detained").timing
    assert not one("sentenced to seven years in prison").timing


def test_each_co_defendants_sentence_is_its_own_quantity():
    text = ("Verdict\n\nA criminal court on Sunday sentenced the former customs director to nine years in "
            "prison for taking bribes. His co-defendant, a former port clerk, received a six-year sentence. "
            "The director's lawyer said the 9-year sentence was too harsh.\n")
    assert texts(text) == []  # the 9-year sentence restates the director's nine years
    one_defendant = ("Verdict\n\nA criminal court on Sunday sentenced the customs director to a nine-year "
                     "sentence for taking bribes. The director's lawyer said the 6-year sentence was too "
                     "harsh and would be appealed.\n")
    assert texts(one_defendant) == ["6-year sentence"]


def test_a_total_spread_over_several_stages_is_not_one_stage():
    stage = "Cycling\n\nHaddad won the 182 km stage from Meknes to Ifrane on Thursday. "
    assert texts(stage + "The race, which covers 1,250 km over 10 stages, ends in Casablanca.\n") == []
    assert texts("Cycling\n\nThe riders covered the 182-kilometre stage from Meknes to Ifrane in cold rain. "
                 "The race covers 1,250 kilometres in 10 stages, organisers said.\n") == []
    assert texts(stage + "Thursday's 128 km stage was the hardest of the race so far.\n") == ["128 km stage"]


def test_a_figure_is_compared_only_within_max_distance_characters():
    from mtcheck.analysis.quantities_earlier import MAX_DISTANCE
    first = "Floods\n\nThe floods killed 12 people in Basra province on Monday.\n"
    later = "Officials said the floods killed 21 people in Basra province.\n"
    filler = "Rain kept falling on the marshes while crews cleared the roads.\n"
    near = first + filler * 20 + later
    far = first + filler * (MAX_DISTANCE // len(filler) + 10) + later  # another story of a long digest
    assert texts(near) == ["21 people"]
    assert texts(far) == []


_PAID = ("Compensation\n\nThe housing fund said it paid compensation to 2,600 households whose homes were "
         "destroyed in the floods. ")


@pytest.mark.parametrize("later,flag", [
    ("The fund later said the compensation reached 1,500 households in Benghazi and 1,300 households in "
     "Tobruk and Marj.\n", "1,500 households in Benghazi and 1,300 households"),
    ("The fund later said the compensation reached 1,500 households in Benghazi and 1,300 in Tobruk.\n",
     "1,500 households in Benghazi and 1,300"),
    # fewer than the total: the list may name only some places
    ("The fund later said the compensation reached 1,500 households in Benghazi and 900 in Tobruk.\n", None),
    # another matter: nothing but the counted noun in common with the total
    ("Separately, the health ministry vaccinated 1,500 households in Benghazi and 1,300 households in "
     "Tobruk against cholera.\n", None),
])
def test_parts_named_place_by_place_cannot_exceed_the_total(later, flag):
    assert texts(_PAID + later) == ([flag] if flag else [])


def test_a_total_that_is_one_places_figure_has_no_parts_elsewhere():
    text = ("Compensation\n\nThe fund paid compensation to 2,600 households in Benghazi. The fund later said the "
            "compensation reached 1,500 households in Derna and 1,300 households in Tobruk.\n")
    assert texts(text) == []


def test_litres_and_gallons_of_one_cargo():
    seized = "Fuel\n\nCoast guards seized a boat carrying 36,000 litres {} of diesel off Mukalla. "
    later = "Officials said the 36,000 {} of diesel would be handed to the power station.\n"
    swapped = flagged(seized.format("").replace("  ", " ") + later.format("gallons"))
    assert [(f.text, f.suggestion) for f in swapped] == [("36,000 gallons", "36,000 litres")]
    assert texts(seized.format("(9,500 gallons)") + later.format("litres")) == []
    assert one("9,500 gallons of diesel").dimension == "volume"


_FELL = ("Harvest\n\nWheat production in the province fell this season by 30 percent compared with last year, "
         "officials said on Sunday. ")


@pytest.mark.parametrize("text,flag", [
    (_FELL + "The farmers' union said the 13 percent drop in the wheat crop hit small farms hardest.\n",
     "13 percent drop"),
    (_FELL + "The farmers' union said the 30 percent drop in the wheat crop hit small farms hardest.\n", None),
    # two changes of two things: the fall in imports is not the fall in exports
    ("Trade\n\nExports of dates fell by 12 percent this year, the ministry said. The 21 percent fall in "
     "imports of rice worried traders.\n", None),
    ("Trade\n\nExports of dates fell by 12 percent this year, the ministry said. Imports of rice fell by "
     "21 percent.\n", None),
])
def test_a_change_restated_by_its_size(text, flag):
    """'the 13 percent drop' measures a change (no new level), and 'compared with last year' names
    the baseline, not the frame of the figure before it."""
    assert texts(text) == ([flag] if flag else [])


def test_a_baseline_after_a_figure_is_the_baselines_frame():
    s = "The silos received 96,000 tonnes of wheat compared with 137,000 tonnes last year."
    this_year, last_year = extract_sentence(s, 0, len(s))
    assert (this_year.time_cues, this_year.other, this_year.head) == (frozenset(), False, frozenset({"wheat"}))
    assert last_year.time_cues == frozenset({"last"}) and last_year.other
    drop = one("the 13 percent drop in the Garmiyan crop")
    assert not drop.update and drop.item == frozenset({"garmiyan", "crop"})
    assert one("prices rose to 450 pounds").update  # a new level


_ROSE = "Jobs\n\nUnemployment in the province rose by 3 percentage points to 18 percent, the statistics office said. "


@pytest.mark.parametrize("later,flag", [
    ("The labour minister blamed the 3 percent rise in unemployment on the drought.\n", "3 percent rise"),
    ("The labour minister blamed the 3 percentage point rise in unemployment on the drought.\n", None),
    ("The labour minister said the 18 percent unemployment rate was the highest in a decade.\n", None),
])
def test_percentage_points_are_not_per_cent(later, flag):
    assert texts(_ROSE + later) == ([flag] if flag else [])


def test_percentage_points_are_read_as_their_own_unit():
    points = one("up 5 percentage points")
    assert (points.dimension, points.unit) == ("percent:points", "percentage_point")
    assert not same_value(points, one("up 5 per cent"))


_CHOLERA = ("Cholera\n\nThe ministry recorded 312 cases of cholera, including 9 deaths, in the past two weeks. "
            "A hospital source said the {} deaths recorded since the start of the outbreak included two nurses.\n")


@pytest.mark.parametrize("text,flag", [
    (_CHOLERA.format("19"), "19 deaths"),  # a digit inserted into a listed part's count
    (_CHOLERA.format("9"), None),
    ("Raid\n\nPolice arrested 12 suspects in Karbala. The ministry said the 112 suspects held in Karbala "
     "would face trial.\n", "112 suspects"),
    # a smaller definite count may be a part of the earlier one
    ("Raid\n\nPolice arrested 124 suspects in raids across the province. The ministry said the 24 suspects "
     "would face trial.\n", None),
    # restricted to a place the earlier sentence does not name
    ("Raid\n\nPolice arrested 12 suspects in raids across the province. The ministry said the 112 suspects "
     "held in Karbala would face trial.\n", None),
    # two earlier counts of suspects: the later one may restate either
    ("Raid\n\nPolice arrested 12 suspects in Karbala and 40 suspects in Najaf. The ministry said the 112 "
     "suspects would face trial.\n", None),
])
def test_a_digit_inserted_into_a_definite_restatement(text, flag):
    assert texts(text) == ([flag] if flag else [])


def test_a_listed_part_is_other_yet_counts_its_own_noun():
    qs = extract_sentence(_CHOLERA, 0, _CHOLERA.index(" A hospital"))
    deaths = next(q for q in qs if q.text == "9 deaths")
    assert deaths.other and deaths.listed
    assert not any(q.listed for q in qs if q is not deaths)
    assert not one("the two other managers").listed


def test_a_part_named_by_place_is_no_restatement_of_the_total():
    text = ("Compensation\n\nThe fund paid compensation to 2,600 households in Benghazi and Tobruk after the "
            "floods. The fund said the compensation reached 1,500 households in Benghazi and 1,100 households "
            "in Tobruk.\n")
    assert texts(text) == []


@pytest.mark.parametrize("later,flag", [
    # a part of the country: the capital's turnout
    ("Turnout in the capital reached 41 percent.\n", None),
    ("Officials said the 64 percent turnout was the highest since 2005.\n", "64 percent turnout"),
])
def test_a_figure_said_of_a_part_of_the_place_is_another_quantity(later, flag):
    text = "Vote\n\nTurnout rose to 46 percent, up 5 percentage points from the previous election. " + later
    assert texts(text) == ([flag] if flag else [])
    assert "capital" in one("turnout in the capital reached 41 percent").names_near


@pytest.mark.parametrize("text,flag", [
    ("Attack\n\nThe bombing killed 23 people: 9 women and 16 children, the health ministry said.\n",
     "9 women and 16 children"),
    ("Attack\n\nThe bombing killed 23 people, namely 9 women and 16 children, the health ministry said.\n",
     "9 women and 16 children"),
    ("Aid\n\nThe agency distributed 5,000 food baskets, divided into 3,200 baskets in Aden and 2,100 baskets "
     "in Lahj.\n", "3,200 baskets in Aden and 2,100 baskets"),
    ("Attack\n\nThe bombing killed 23 people: 9 women and 14 children, the health ministry said.\n", None),
    ("Attack\n\nThe bombing killed 23 people, namely 9 women and 12 children, the health ministry said.\n", None),
])
def test_parts_after_a_colon_or_namely_cannot_exceed_their_total(text, flag):
    assert texts(text) == ([flag] if flag else [])


@pytest.mark.parametrize("later,flag", [
    ("The minister said the 1.2 million dinars allocated for the bridges would be spent this year.\n",
     "1.2 million dinars allocated"),
    ("The minister said the 1.2 billion dinars allocated for the bridges would be spent this year.\n", None),
    ("The minister said the 1,200 million dinars allocated for the bridges would be spent this year.\n", None),
])
def test_a_scale_word_changed_under_the_same_figure(later, flag):
    first = "Budget\n\nThe government allocated 1.2 billion dinars for the reconstruction of the Mosul bridges. "
    found = flagged(first + later)
    assert [f.text for f in found] == ([flag] if flag else [])
    assert all(f.suggestion == "1.2 billion dinars" for f in found)


def test_a_lengths_direction_is_not_what_it_measures():
    assert one("The new highway is 30 miles long").head == frozenset()
    text = ("Road\n\nThe new highway between Basra and Nasiriyah is 30 miles long. Engineers said the 30 km "
            "highway would open soon.\n")
    assert texts(text) == ["30 km highway"]
    assert texts(text.replace("30 km", "48 km")) == []


@pytest.mark.parametrize("text,flag", [
    ("Raid\n\nPolice arrested seven suspects belonging to a smuggling network in Daraa on Monday. The "
     "ministry said the nine detained were referred to the judiciary.\n", "nine detained"),
    ("Raid\n\nPolice arrested seven suspects belonging to a smuggling network in Daraa on Monday. The "
     "ministry said the seven detained were referred to the judiciary.\n", None),
    # the participle matches an earlier counted noun: that count, not the verb of another, is restated
    ("11 dead and 17 injured in a microbus crash in Minya\n\nThe crash killed 11 people and injured 17 others "
     "on the desert road. The bodies were taken to the morgue, while the 11 injured were taken to the "
     "hospital.\n", "11 injured"),
])
def test_people_named_by_a_participle_are_counted_by_the_earlier_verb(text, flag):
    assert texts(text) == ([flag] if flag else [])


@pytest.mark.parametrize("later,flag", [
    ("The 12 children wounded in the strike were taken to hospitals in Idlib.\n", None),
    ("The 12 children killed in the strike were buried on Sunday.\n", "12 children"),
])
def test_the_killed_and_the_wounded_are_other_people(later, flag):
    text = "Strike\n\nTwo children were killed in the strike on the village of Kafr Nabl. " + later
    assert texts(text) == ([flag] if flag else [])


def test_a_count_smaller_than_every_part_listed_after_it_is_no_total():
    text = ("Marathon\n\nOrganizers said 18,000 participants registered across three races: 2,500 in the full "
            "marathon, 6,500 in the half marathon and 9,000 in the fun run.\n")
    assert texts(text) == []


def test_a_sentence_opening_in_a_part_of_the_place_restricts_its_figures():
    text = ("Campaign\n\nThe ministry launched a campaign that targets 5.2 million children against measles. "
            "In the capital, the campaign targets 1.4 million children against measles.\n")
    assert texts(text) == []
    assert texts(text.replace("In the capital, the", "The")) == ["1.4 million children"]


def test_a_figure_that_a_total_tops_is_a_bound():
    text = ("Turnout tops 60 percent in Tripoli\n\nThe commission said turnout in the municipalities reached "
            "63.6 percent. Tripoli Central recorded a turnout of 61 percent.\n")
    assert one("Turnout tops 60 percent in Tripoli").hedged
    assert texts(text) == []


def test_a_count_of_people_with_its_digits_transposed():
    # three significant digits in another order, the same thing done to the same people
    text = ("Floods in Jeddah\n\nHeavy rains forced the evacuation of 1,240 residents from their homes, the civil "
            "defence said.\n\nIn a later statement it said the number of evacuated people reached 1,420 and that "
            "they were housed in hotels.\n")
    assert texts(text) == ["1,420"]
    # two figures of two digits share them by chance; other people are another count
    assert texts(text.replace("1,240", "24").replace("1,420", "42")) == []
    assert texts(text.replace("number of evacuated people", "number of volunteers")) == []
    # another group, said to be another
    assert texts(text.replace("the number of evacuated people reached 1,420",
                              "another 1,420 people were evacuated")) == []


def test_millimetres_of_rain_are_a_length():
    assert one("the rain recorded was 128 millimetres").dimension == "length"


def test_a_second_group_is_another_count():
    text = ("Aid reaches Tawila\n\nA convoy of 28 trucks loaded with food reached the town on Sunday, the "
            "commission announced.\n\nThe commission added that a second convoy of 15 trucks was waiting in Adre.\n")
    assert texts(text) == []
    assert one("a second convoy of 15 trucks").other and not one("a convoy of 15 trucks").other


MT_HEAD = "Headline\n\nPowered by automated translation\n\n"


def test_a_transposed_figure_after_a_place_named_by_a_common_noun():
    # "in the province" and "Diwaniyah growers" name one place: the reordered digits weigh more
    found = texts(MT_HEAD +
        "The head of the association said the company owed growers in the province about 412 billion dinars, "
        "and that many families had borrowed money.\n\nFarmers' representatives said the 421 billion dinars "
        "owed to Diwaniyah growers represented the income of families.")
    assert found == ["421 billion dinars owed"]


def test_transposed_digits_said_of_two_named_places_stay_apart():
    found = texts(MT_HEAD +
        "The company owed growers in Basra about 412 billion dinars, the association said.\n\n"
        "Representatives said the 421 billion dinars owed to Maysan growers were unpaid.")
    assert found == []


def test_an_expectation_that_opens_a_clause_governs_its_figure():
    found = texts(MT_HEAD +
        "The harvest season opened amid expectations that production this year will reach about 62,000 tonnes, "
        "the highest in a decade.\n\nHe said the expected production of 26,000 tonnes would allow exports.")
    assert found == ["26,000 tonnes"]
    # an actual figure against an expected one stays two quantities
    assert texts(MT_HEAD +
        "Farmers harvested 62,000 tonnes last season, the ministry said.\n\n"
        "Officials expect production of 26,000 tonnes this year after the drought.") == []
