"""date-mismatch (MT202) and the date reader under it."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.checks.base import Context
from mtcheck.analysis.dates import extract
from mtcheck.segment import segment
from checking import gating


def flagged(text: str):
    return gating(text, "date-mismatch")


def texts(text: str) -> list[str]:
    return [f.text for f in flagged(text)]


def mentions(text: str):
    return extract(Context(text=text, sentences=segment(text), machine_translated=False))


def test_reads_dates_in_several_styles():
    ms = mentions("It began on Wednesday, March 10, 2021. It ended on Tuesday 16 November 2021. "
                  "Talks resumed on 2021-11-20 and on Sept. 3. Monday's verdict stands.")
    got = [(m.weekday, m.month, m.day, m.year, m.possessive) for m in ms]
    assert got == [(2, 3, 10, 2021, False), (1, 11, 16, 2021, False), (None, 11, 20, 2021, False),
                   (None, 9, 3, None, False), (0, None, None, None, True)]


def test_year_less_date_takes_the_nearest_year():
    ms = mentions("The fund was approved on December 30, 2024. It pays out on Wednesday, January 1.")
    assert ms[1].inferred_year == 2025


def test_a_historical_date_does_not_lend_its_year():
    ms = mentions("The talks opened on Sunday, June 2, 2024, in Cairo. They recalled the war that began "
                  "on June 5, 1967. The next round opens on Monday, June 3.")
    assert ms[-1].inferred_year == 2024


@pytest.mark.parametrize("text,span", [
    ("The minister spoke on Wednesday, January 18, 2021, in Baghdad.", "Wednesday, January 18, 2021"),
    ("The campaign began on Sunday, October 29, 2023. The drive will end on Wednesday, November 2, "
     "the ministry said.", "Wednesday, November 2"),
    ("Voters went to the polls on Saturday, May 18, 2024. Results were announced early on "
     "Sunday, May 18.", "Sunday, May 18"),
    ("The court met on Tuesday 16 November 2021. Lawyers returned on Friday 18 November.", "Friday 18 November"),
])
def test_weekday_contradicts_date(text, span):
    found = flagged(text)
    assert [f.text for f in found] == [span]
    assert found[0].severity == "error" and found[0].code == "MT202" and found[0].suggestion


def test_weekday_message_and_suggestion():
    f = flagged("The drive began on Sunday, October 29, 2023 and will end on Wednesday, November 2.")[0]
    assert f.suggestion == "Thursday, November 2"
    assert "Thursday" in f.message and "November 1" in f.message
    assert [r.text for r in f.related] == ["Sunday, October 29, 2023"]


@pytest.mark.parametrize("text,span", [
    ("The crash happened on February 30, 2023, near Assiut.", "February 30, 2023"),
    ("The bus overturned on February 29, 2023, near the village.", "February 29, 2023"),
    ("The decree is dated 31 April 2024.", "31 April 2024"),
])
def test_impossible_dates(text, span):
    assert texts(text) == [span]


@pytest.mark.parametrize("text,span", [
    ("The court in Aden on Tuesday, November 16, 2021, sentenced 11 men. "
     "Defence lawyers said they would appeal Monday's verdict.", "Monday's verdict"),
    ("A suicide bomber blew himself up in a market on Monday, killing 32 people. "
     "He promised compensation for the victims of Monday's bombing. "
     "Police said the men were linked to the cell that carried out Sunday's attack.", "Sunday's attack"),
    ("Gunmen attacked a checkpoint on March 3, killing four soldiers. "
     "The March 5 attack was claimed by ISIS.", "March 5 attack"),
    ("The court sentenced the men on 16 November 2021. The verdict of 18 November was criticised.",
     "verdict of 18 November"),
    ("Voters went to the polls on Sunday, May 4, 2025, in Mount Lebanon. "
     "Candidates said Saturday's vote in Mount Lebanon had been marred by queues.", "Saturday's vote"),
])
def test_one_event_dated_two_ways(text, span):
    found = flagged(text)
    assert [f.text for f in found] == [span]
    assert found[0].related


@pytest.mark.parametrize("text", [
    "The command said on Wednesday, March 10, 2021, that the sweep had ended.",
    "Iraqi soldiers search a cave. Picture taken March 9, 2021. REUTERS/Karim Haddad\n\n"
    "The command said on Wednesday, March 10, 2021, that the operation was over.",
    "The leap-day session was held on February 29, 2024.",
    # different events on different days
    "The minister visited the front on Tuesday. The command said on Wednesday that the sweep had ended.",
    "The polls opened on Saturday, May 18, 2024. Results were announced on Sunday, May 19.",
    "An attack on Monday killed five people in Kirkuk. Tuesday's attack in Mosul killed three.",
    "Shelling killed 40 civilians on Sunday. In a separate attack on Monday, a drone killed 12. "
    "The toll from Sunday's shelling rose to 47.",
    "The court sentenced the men on Tuesday. The appeal court will rule on Monday.",
    "The court sentenced the men on Tuesday. Last Monday's hearing was adjourned.",
    # a summit lasts several days
    "The summit opened in Riyadh on Sunday, March 10, 2024. The summit on Monday ended with a statement.",
    # a year-less date with no dated reference: nothing to check it against
    "Talks will resume on Wednesday, November 2.",
])
def test_traps_are_not_flagged(text):
    assert texts(text) == []


# --- relative dates ----------------------------------------------------------------------
def test_today_and_yesterday_that_give_the_report_two_days():
    text = ("Gunmen attacked an army post at dawn today, Wednesday, the command said.\n"
            "The general said the attack that took place yesterday, Monday, would be punished.\n")
    [f] = flagged(text)
    assert f.text == "yesterday, Monday" and f.severity == "error"
    assert f.related[0].text == "today, Wednesday" and f.suggestion == "yesterday, Tuesday"


def test_this_morning_against_today():
    text = "The ministry said today, Monday, that talks would resume.\nThe envoy arrived this morning, Tuesday.\n"
    assert texts(text) == ["this morning, Tuesday"]


@pytest.mark.parametrize("text", [
    "The ministry said today, Thursday, that the ambush was carried out yesterday, Wednesday.",
    "Talks began yesterday (Sunday) and continue today, Monday.",
    'The ministry announced today, Monday, the plan. A farmer said: "Yesterday, Friday, it rained."',
])
def test_consistent_relative_dates_and_quoted_ones_pass(text):
    assert texts(text) == []


# --- Hijri dates -------------------------------------------------------------------------
def test_hijri_date_against_its_gregorian_partner():
    text = "The unit said on Monday, 5 Ramadan 1445 AH, corresponding to March 25, 2024, that 1,800 families fled."
    [f] = flagged(text)
    assert f.text == "5 Ramadan 1445 AH, corresponding to March 25, 2024"  # both sides: either may be the slip
    assert f.related[0].text == "5 Ramadan 1445 AH"
    assert "March 15, 2024" in f.message


@pytest.mark.parametrize("text", [
    "The project began on Monday, June 10, 2024, corresponding to 4 Dhu al-Hijjah 1445 AH.",
    "Fasting ends on 29 Ramadan 1445 (April 9, 2024), one day off the Umm al-Qura date (sighting).",
    "The fair opens on 15 Shaban 1445 (February 25, 2024).",
])
def test_consistent_hijri_dates_pass(text):
    assert texts(text) == []


def test_hijri_date_without_a_year_takes_the_articles_hijri_year():
    text = ("The authority said on Friday, 8 Dhu al-Hijjah 1445 AH, corresponding to June 14, 2024, that "
            "1.8 million pilgrims had arrived.\nThey spent the Day of Arafah, 9 Dhu al-Hijjah, which "
            "corresponds to Saturday, June 22, on Mount Arafat.\n")
    assert texts(text) == ["9 Dhu al-Hijjah, which corresponds to Saturday, June 22"]


def test_one_date_given_two_weekdays_without_a_year():
    import mtcheck
    text = ("Bridge reopens\n\nThe governor opened the bridge on Sunday, November 5, after two years of work. "
            "The bridge, which was opened to traffic on Saturday, November 5, carries 4,000 cars a day.\n")
    found = [f for f in mtcheck.check(text, select=["date-mismatch"]).findings]
    assert [f.text for f in found] == ["Saturday, November 5"]
    assert found[0].severity == "error" and found[0].suggestion.startswith("Sunday")
    # the same date and weekday twice is consistent
    same = text.replace("Saturday, November 5", "Sunday, November 5")
    assert [f for f in mtcheck.check(same, select=["date-mismatch"]).findings] == []


def test_one_event_put_on_two_days_by_relative_dates():
    text = ("Captagon seized\n\nThe Border Guards announced, today, Thursday, the seizure of pills in an ambush "
            "that was carried out at dawn today, Thursday, near Al-Qaim.\nHe explained that the operation, "
            "which was carried out at dawn yesterday, Wednesday, is the biggest of its kind.\n")
    assert texts(text) == ["yesterday, Wednesday"]


def test_two_events_on_two_relative_days_pass():
    text = ("Raids\n\nGunmen attacked a checkpoint at dawn yesterday, Wednesday, killing two soldiers.\n"
            "The army launched a sweep of the area at dawn today, Thursday, the ministry said.\n")
    assert texts(text) == []


@pytest.mark.parametrize("later,expected", [
    ("Thursday's attack", ["Thursday's attack"]),   # neither day of the night
    ("Saturday's attack", []),                      # the second day of the night
    ("Friday's attack", []),                        # the first
])
def test_a_night_across_two_days_dates_the_event_by_either(later, expected):
    text = ("Attack\n\nGunmen attacked a checkpoint on the night of Friday to Saturday in Diyala, killing two "
            f"soldiers.\nSecurity sources said {later} was carried out by a sleeper cell.\n")
    assert texts(text) == expected


@pytest.mark.parametrize("text,span", [
    # the event named by its noun, the verb saying which end of it is dated
    ("The ministry said the vaccination campaign will start on Sunday, March 3, 2024 in all governorates. "
     "Officials said the campaign, which begins on March 5, targets 2 million children.",
     "campaign, which begins on March 5"),
    ("Troops launched a military operation on Tuesday in the desert of Anbar. "
     "The command said Wednesday's operation killed 3 militants.", "Wednesday's operation"),
])
def test_one_campaign_or_operation_dated_two_ways(text, span):
    assert texts(text) == [span]


@pytest.mark.parametrize("text", [
    # two events that both "began"
    "A strike began on Sunday in the ports. The talks, which began on Tuesday, failed.",
    # the start and the end of one campaign
    "The vaccination campaign will start on Sunday, March 3, 2024. The campaign will end on March 7.",
])
def test_different_events_or_phases_pass(text):
    assert texts(text) == []


def _date_findings(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["date-mismatch"])
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


def test_relative_date_against_the_dated_event():
    text = ("Fires\n\nFires that broke out on Sunday, June 9, 2024, destroyed 2,300 hectares of wheat. "
            "Farmers asked for help. The fires that broke out yesterday, Saturday, consumed crops of 400 farmers.\n")
    assert _date_findings(text) == ["yesterday, Saturday"]


def test_relative_date_of_another_event_is_no_conflict():
    text = ("Fires\n\nFires that broke out on Sunday, June 9, 2024, destroyed 2,300 hectares of wheat. "
            "Farmers asked for help. The governor, who visited the villages yesterday, Saturday, promised aid.\n")
    assert _date_findings(text) == []


def test_the_report_date_may_fall_a_year_after_the_events_it_recalls():
    # 2 October 2025 was a Thursday; the project dates are of 2024
    text = ("Bridge\n\nDamascus - The ministry announced on Thursday, 2 October, that the bridge works reached "
            "85 percent. The project began on 15 March 2024. Works resumed on 13 May 2024.\n")
    assert _date_findings(text) == []


def test_a_later_year_less_date_keeps_the_nearest_year():
    # October 2, 2024 was a Wednesday: a later mention is not moved to the year its weekday fits
    text = ("Bridge\n\nDamascus - The project began on 15 March 2024, the ministry said. "
            "The bridge opened on Thursday, 2 October.\n")
    assert _date_findings(text) == ["Thursday, 2 October"]


_AMBUSH = ("Seizure\n\nPowered by automated translation\n\nCustoms units seized 40 kilograms of hashish in an "
           "ambush near the border on the night of Monday to Tuesday, the ministry said. ")


@pytest.mark.parametrize("later,flag", [
    ("The officer said the operation carried out on Thursday night was coordinated with the customs.\n",
     "operation carried out on Thursday"),
    ("The officer said the operation carried out on Tuesday was coordinated with the customs.\n", None),
    # an operation, not the operation: another one
    ("The officer said an operation carried out on Thursday night seized more pills.\n", None),
])
def test_the_operation_points_back_at_the_storys_first_dated_event(later, flag):
    assert texts(_AMBUSH + later) == ([flag] if flag else [])


def test_no_back_reference_when_the_story_has_events_on_two_days():
    text = ("Clashes\n\nPowered by automated translation\n\nGunmen attacked a checkpoint on Monday, police "
            "said. Hundreds attended the funeral of the two officers on Wednesday. The operation carried out "
            "on Thursday led to three arrests.\n")
    assert texts(text) == []


_P = "Attack\n\nPowered by automated translation\n\n"
_SUNDAY = _P + "Gunmen attacked a police checkpoint in Tarmiyah on Sunday, killing two officers. "


@pytest.mark.parametrize("text,flag", [
    (_SUNDAY + "Two days later, on Wednesday, hundreds attended their funeral.\n", "Two days later, on Wednesday"),
    (_SUNDAY + "Two days later, on Tuesday, hundreds attended their funeral.\n", None),
    # counted from the event the phrase names, not from the report's day ("said on Monday")
    (_SUNDAY + "Police said on Monday that three days after the attack, on Thursday, the suspects would be "
               "questioned.\n", "three days after the attack, on Thursday"),
    (_SUNDAY + "Police said on Monday that three days after the attack, on Wednesday, the suspects would be "
               "questioned.\n", None),
    (_P + "Voters went to the polls on Saturday, May 11, 2024. The day before the vote, Thursday, candidates "
          "held final rallies.\n", "The day before the vote, Thursday"),
    (_P + "Voters went to the polls on Saturday, May 11, 2024. The day before the vote, Friday, candidates "
          "held final rallies.\n", None),
    # either day of one night
    (_P + "The fire broke out on the night of Friday to Saturday. The following day, Sunday, firefighters "
          "were still at work.\n", None),
    (_P + "The fire broke out on the night of Friday to Saturday. The following day, Monday, firefighters "
          "were still at work.\n", "The following day, Monday"),
    # nothing dated to count from; and a speaker's own count inside a quotation
    (_P + "Two days later, on Wednesday, hundreds attended the funeral.\n", None),
    (_SUNDAY + "\"Two days later, on Wednesday, we buried them,\" a relative said.\n", None),
])
def test_days_counted_from_another_date(text, flag):
    assert texts(text) == ([flag] if flag else [])


def test_counted_days_message_and_suggestion():
    f, = flagged(_SUNDAY + "Two days later, on Wednesday, hundreds attended their funeral.\n")
    assert "2 days after Sunday" in f.message and "is a Tuesday" in f.message
    assert f.suggestion == "Two days later, on Tuesday"


@pytest.mark.parametrize("day,flag", [("Tuesday", False), ("Wednesday", True)])
def test_days_are_counted_from_the_story_not_from_a_statement(day, flag):
    text = (_SUNDAY + "The ministry said on Monday that the attackers had fled. Security forces searched the "
            f"orchards. Two days later, on {day}, hundreds attended the funeral.\n")
    assert texts(text) == ([f"Two days later, on {day}"] if flag else [])


@pytest.mark.parametrize("relative,flag", [
    ("today, Sunday", True),
    ("today, Tuesday", False),
    ("yesterday, Monday", False),
    ("yesterday, Tuesday", True),
])
def test_a_relative_date_against_the_dateline(relative, flag):
    text = (_P + f"Baghdad, November 5, 2024 (INA) - The Ministry of Health announced {relative}, the opening "
            "of a new hospital in the city.\n")
    assert texts(text) == ([relative] if flag else [])


def test_a_date_further_into_the_paragraph_is_no_dateline():
    text = (_P + "Baghdad (INA) - The Ministry of Health announced today, Sunday, that the hospital opened on "
            "November 5, 2024 would receive patients.\n")
    assert texts(text) == []


def test_dateline_message_and_suggestion():
    f, = flagged(_P + "Baghdad, November 5, 2024 (INA) - The ministry announced today, Sunday, a new plan.\n")
    assert "dateline dates it November 5, 2024, a Tuesday" in f.message and f.suggestion == "today, Tuesday"


@pytest.mark.parametrize("later,flag", [
    ("Since the declaration of the disaster on February 7, the city received pumps.\n", "disaster on February 7"),
    ("Since the declaration of the disaster on February 5, the city received pumps.\n", None),
])
def test_a_disaster_declared_on_one_day(later, flag):
    """The date after 'two days after X declared ...' is X's own, not a day counted from it."""
    text = (_P + "Zliten (LANA) - 287 families left their homes, the committee said, two days after the "
            "government declared the city a disaster area on Monday, February 5, 2024. " + later)
    assert texts(text) == ([flag] if flag else [])


@pytest.mark.parametrize("day,flag", [("Sunday", False), ("Monday", True)])
def test_a_week_later_is_the_same_weekday(day, flag):
    text = _SUNDAY + f"A week later, on {day}, the suspects appeared before a judge.\n"
    assert texts(text) == ([f"A week later, on {day}"] if flag else [])


# --- ceremonies, arrivals, handovers and seizures; a participle after a definite noun -----------------
@pytest.mark.parametrize("text,span", [
    ("Power\n\nThe company opened a new unit in a ceremony held on Sunday, October 25, 2026, with ministers. "
     "The inauguration, which took place on Saturday, was attended by deputies.\n", "Saturday"),
    ("Port\n\nThe director said the first ship docked on Tuesday, September 9, carrying gasoline. His deputy "
     "said the port has worked around the clock since the arrival of the first ship on Wednesday.\n",
     "Wednesday"),
    ("Exchange\n\nHe added that the bodies of 7 fighters were handed over on Tuesday evening in al-Kassarah. "
     "He said the families had recognised the bodies exchanged on Monday by their clothes.\n", "Monday"),
])
def test_one_ceremony_arrival_or_handover_dated_two_ways(text, span):
    assert any(span in t for t in texts(text))


@pytest.mark.parametrize("text", [
    # a second ship, a separate handover: other events
    "Port\n\nThe first ship docked on Tuesday, September 9, carrying gasoline. A second ship arrived on "
    "Wednesday with diesel.\n",
    "Exchange\n\nThe bodies of 7 fighters were handed over on Tuesday evening. In a separate exchange on "
    "Monday, the two sides swapped 12 prisoners.\n",
    # a ceremony of another event, in another place
    "Power\n\nThe unit entered service in a ceremony held on Sunday, October 25, 2026. Saturday's ceremony "
    "in Benghazi marked the anniversary of the company.\n",
])
def test_other_arrivals_and_handovers_pass(text):
    assert texts(text) == []


# --- a Hijri date standing alone dates its event; the lead's event; a yearless Ramadan date ---------
_EXCHANGE = ("Exchange\n\nMarib - Local mediation succeeded in completing a deal for the release of 48 prisoners "
             "between the two sides on the southern fronts of Marib province, on Thursday, November 5, 2026, "
             "officials said. Al-Gubati pointed out that the exchange, which was carried out on {hijri}, is the "
             "fourth of its kind this year.\n")


def test_one_event_dated_in_both_calendars():
    found = flagged(_EXCHANGE.format(hijri="2 Jumada al-Akhirah 1448 AH"))  # November 12, 2026
    assert [f.text for f in found] == ["exchange, which was carried out on 2 Jumada al-Akhirah 1448 AH"]
    assert "November 12, 2026" in found[0].message and found[0].suggestion is None
    assert texts(_EXCHANGE.format(hijri="25 Jumada al-Ula 1448 AH")) == []  # November 5, 2026


def test_the_leads_far_event_word_does_not_take_the_operations_back_reference():
    text = ("Attack\n\nBaghdad - Two officers were killed in an attack by ISIS remnants on a checkpoint in the "
            "Tarmiyah district, north of Baghdad, at dawn on Sunday, November 3, 2024. The commander said the "
            "operation carried out on Thursday in the orchards led to the killing of two attackers.\n")
    assert texts(text) == []


@pytest.mark.parametrize("text,flag", [
    ("Ramadan\n\nThe month starts on Saturday, 1 Ramadan 1446 AH, corresponding to 1 March 2025. The "
     "i'tikaf will begin on 21 Ramadan, corresponding to 25 March.\n", True),
    ("Ramadan\n\nThe month starts on Saturday, 1 Ramadan 1446 AH, corresponding to 1 March 2025. The "
     "i'tikaf will begin on 21 Ramadan, corresponding to 21 March.\n", False),
    ("Ramadan\n\nThe month starts on Saturday, 1 Ramadan 1446 AH, corresponding to 1 March 2025. The "
     "office on 10 Ramadan Street opened on 25 March.\n", False),
])
def test_a_yearless_ramadan_date_with_its_gregorian_partner(text, flag):
    assert bool(texts(text)) == flag


def test_the_noun_after_the_date_names_what_was_launched():
    text = ("Sweep\n\nThe command said its forces launched at dawn today, Saturday, a wide security sweep in "
            "the wadi. The source said the operation launched at dawn on Thursday came after intelligence "
            "information.\n")
    assert any("Thursday" in t for t in texts(text))
    # another thing launched: a campaign is no operation
    other = text.replace("a wide security sweep", "a vaccination campaign")
    assert texts(other) == []


def test_two_dates_of_one_month_fix_each_others_weekday_without_a_year():
    import mtcheck
    text = ("Snow closes schools\n\nThe department said today, Monday, January 12, that a storm would arrive.\n\n"
            "The government suspended the schools on Wednesday, January 13, after the recommendation.\n")
    found = [f for f in mtcheck.check(text, backend="none", select=["date-mismatch"]).findings]
    assert [(f.text, f.suggestion) for f in found] == [("Wednesday, January 13", "Tuesday, January 13")]
    assert "1 day after" in found[0].message
    # consistent dates are fine, however far apart in the month
    assert mtcheck.check(text.replace("Wednesday, January 13", "Tuesday, January 13"), backend="none",
                         select=["date-mismatch"]).findings == []
    assert mtcheck.check(text.replace("Wednesday, January 13", "Thursday, January 15"), backend="none",
                         select=["date-mismatch"]).findings == []
    assert mtcheck.check(text.replace("Wednesday, January 13", "Friday, January 15"), backend="none",
                         select=["date-mismatch"]).findings != []


def test_a_day_counted_from_a_blast_told_by_its_verb():
    # "exploded" dates the blast that "a day after the blast" counts from
    body = ("Mosul - A car bomb exploded in a market on Sunday, killing five.\n"
            "A day after the blast, on Tuesday, the governor visited the site.")
    assert texts(body) == ["A day after the blast, on Tuesday"]
    assert texts(body.replace("on Tuesday", "on Monday")) == []


def test_the_start_of_an_ongoing_event_dated_two_ways():
    body = ("Kassala - Floods from the seasonal Gash (القاش) river have displaced about 21,000 people since "
            "Saturday, August 9, the commission said on Tuesday.\n"
            "The commission said in its statement that the floods began on August 7 after heavy rains.")
    assert texts(body) == ["floods began on August 7"]
    assert texts(body.replace("began on August 7", "began on August 9")) == []


@pytest.mark.parametrize("later", [
    "The floods peaked on August 12, when the river broke the earth barrier.",  # not its start
    "The roads to the city have been closed since August 7.",                   # no event named
    "Aid convoys have arrived since August 11, the commission said.",            # another event
])
def test_a_start_given_by_since_against_other_dates_passes(later):
    body = ("Kassala - Floods have displaced about 21,000 people since Saturday, August 9, the commission "
            "said on Tuesday.\n" + later)
    assert texts(body) == []


def test_the_end_of_a_fire_on_the_next_day_is_no_other_date():
    body = ("Sfax - A huge fire broke out on Saturday night in the old souk, destroying about 60 shops.\n"
            "The spokesman said 14 engines fought the blaze, which was brought under control at dawn on Sunday.")
    assert texts(body) == []
    assert texts(body.replace("which was brought under control", "which broke out")) == ["blaze, which broke out at dawn on Sunday"]


YEARLESS_FLOODS = ("Mukalla - Five citizens died as a result of the torrents that swept Wadi Doan on Tuesday, "
                   "August 5, after heavy rains.\n"
                   "The torrents that swept the valley on the evening of {hijri} caused the collapse of 40 houses.")


def test_a_yearless_hijri_date_against_a_yearless_weekday_date():
    # Tuesday, August 5 is 2025 near Safar (11 Safar 1447); 13 Safar 1447 was August 7
    assert texts(YEARLESS_FLOODS.format(hijri="13 Safar")) == [
        "torrents that swept the valley on the evening of 13 Safar"]


@pytest.mark.parametrize("hijri", ["11 Safar", "10 Safar"])  # the day itself, or the day before (moon sighting)
def test_a_yearless_hijri_date_on_the_same_day_passes(hijri):
    assert texts(YEARLESS_FLOODS.format(hijri=hijri)) == []


@pytest.mark.parametrize("text,span", [
    ("Baghdad - Three soldiers were killed on Sunday (January 13, 2025) in an attack.", "Sunday (January 13, 2025"),
    ("Baghdad - Three soldiers were killed on Sunday (13 January 2025) in an attack.", "Sunday (13 January 2025"),
    ("Baghdad - The session was held on Sunday, corresponding to 13 January 2025.",
     "Sunday, corresponding to 13 January 2025"),
    ("Baghdad - Three soldiers were killed on Sunday 13/1/2025 in an attack.", "Sunday 13/1/2025"),
])
def test_a_weekday_with_its_date_in_brackets_or_in_figures(text, span):
    assert texts(text) == [span]  # January 13, 2025 was a Monday


@pytest.mark.parametrize("text", [
    "Baghdad - Three soldiers were killed on Monday (January 13, 2025) in an attack.",
    "Baghdad - Three soldiers were killed on Monday 13/1/2025 in an attack.",
    "Baghdad - Three soldiers were killed on Monday 1/13/2025 in an attack.",   # month first: it fits
    "Baghdad - Three soldiers were killed on Monday, 13-01-2025, in an attack.",
    "Baghdad - The plan for 2025-2030 was approved on Monday 13/1/2025.",
    "Baghdad - Three soldiers were killed on Sunday (their unit said) in an attack.",
])
def test_consistent_dates_in_brackets_or_in_figures_pass(text):
    assert texts(text) == []


def test_one_convoy_said_to_arrive_on_two_days():
    body = ("Sabha - He explained that the last convoy arrived to the city on Thursday, with 12 tankers only.\n"
            "A source told the agency that the last convoy, which entered Ubari on Tuesday, had been stopped "
            "for two days.")
    assert texts(body) == ["entered Ubari on Tuesday"]


@pytest.mark.parametrize("later", [
    "A source said the new convoy, which entered Ubari on Tuesday, carried 20 tankers.",
    "He said the 170 trucks that entered on Tuesday were not enough.",
])
def test_other_convoys_and_counted_groups_pass(later):
    body = "Sabha - He explained that the last convoy arrived to the city on Thursday, with 12 tankers only.\n" + later
    assert texts(body) == []


_BOMB = "Mosul - A car bomb exploded in a market on Sunday, killing five.\n"


@pytest.mark.parametrize("later,right,wrong", [
    ("The following day ({}), the governor visited the site.", "Monday", "Wednesday"),
    ("After two days, on {}, the governor visited the site.", "Tuesday", "Thursday"),
    ("48 hours later, on {}, the governor visited the site.", "Tuesday", "Wednesday"),
    ("On the second day, {}, the governor visited the site.", "Monday", "Wednesday"),
])
def test_more_ways_to_count_days(later, right, wrong):
    assert texts(_BOMB + later.format(right)) == []
    assert len(texts(_BOMB + later.format(wrong))) == 1


def test_hours_that_make_no_whole_day_count_nothing():
    assert texts(_BOMB + "After two hours, on Sunday evening, the market was evacuated.") == []
    assert texts(_BOMB + "36 hours later, on Tuesday, the market reopened.") == []


def test_relative_days_without_their_comma():
    body = "Basra - The ministry announced today Wednesday that a tanker docked yesterday {} at Umm Qasr."
    assert texts(body.format("Monday")) == ["yesterday Monday"]
    assert texts(body.format("Tuesday")) == []


def test_a_part_of_the_day_between_a_weekday_and_its_date():
    text = ("Headline\n\nPowered by automated translation\n\nThe company announced on Tuesday, February 3, 2026, "
            "the return of the station.\n\nThe outage, which began on Monday evening, February 3, hit Misrata.\n")
    assert texts(text) == ["Monday evening, February 3"]


def test_two_weekdays_then_their_two_dates_are_no_weekday_date_pair():
    # "Friday and Sunday, May 1 and May 3": the first weekday is May 1's, the second May 3's
    text = ("Lebanon votes\n\nPowered by automated translation\n\n"
            "Beirut - The ministry said on Monday, May 4, 2026, that the expatriate voting took place on Friday "
            "and Sunday, May 1 and May 3, in 58 countries.\n")
    assert texts(text) == []
    assert texts(text.replace("Friday and Sunday, May 1 and", "Sunday, May 1, and")) == ["Sunday, May 1"]
