"""date-mismatch: one event pinned to a part of the day on two weekdays (analysis/timed_days.py)."""
from __future__ import annotations

from mtcheck.analysis.quotes import QuoteIndex
from mtcheck.analysis.relative_days import relative_days
from mtcheck.analysis.timed_days import conflicts
from mtcheck import reader, segment
from mtcheck.analysis import Document
from checking import gating_texts

HEAD = "Raid in the north\n\nPowered by automated translation\n\n"


def texts(body: str) -> list[str]:
    return gating_texts(HEAD + body + "\n", "date-mismatch")


def test_dawn_today_against_the_dawn_of_another_day():
    body = ("Kirkuk - The Security Media Cell announced, at dawn today, Tuesday, the killing of four "
            "militants in an airdrop operation carried out east of the district.\n"
            "A commander said the operation, which began at the dawn of Wednesday, lasted three hours.")
    assert texts(body) == ["dawn of Wednesday"]


def test_this_evening_against_a_clash_of_another_evening():
    body = ("Basra - Nine people were injured this evening, Sunday, during clashes that erupted near "
            "the oil company between police and protesters.\n"
            "The police chief said that the clashes of Saturday evening were over.")
    assert texts(body) == ["clashes of Saturday"] or texts(body) == ["Saturday evening"]


def test_a_night_across_two_days_against_another_night():
    body = ("Sabha - Gunmen attacked the control room of the water field on the night of Tuesday to "
            "Wednesday and stole cables.\n"
            "A guard told the agency that the attack that took place on Friday night was the third this year.")
    assert texts(body) == ["Friday night"]


def test_the_same_day_in_other_words_is_no_conflict():
    body = ("Kirkuk - Security forces killed four militants at dawn today, Tuesday, in an airdrop "
            "operation east of the district.\n"
            "A commander said the operation, which began at the dawn of Tuesday, lasted three hours.")
    assert texts(body) == []


def test_trap_a_day_the_article_spoke_of_before_has_its_own_event():
    # Wednesday is named before: the raid of Wednesday dawn may be another one
    body = ("Kirkuk - Security forces killed four militants at dawn today, Tuesday, in an airdrop "
            "operation east of the district.\n"
            "Forces also searched villages on Wednesday, the command said.\n"
            "A commander said the operation, which began at the dawn of Wednesday, lasted three hours.")
    assert texts(body) == []


def timed_conflicts(body: str) -> list[str]:
    src = reader.from_text(HEAD + body + "\n")
    doc = Document(text=src.view, sentences=segment.segment(src.view, soft_newlines=src.soft_newlines),
                   machine_translated=True)
    quoted = QuoteIndex(doc.text).inside
    return [doc.text[c.later.start:c.later.end] for c in conflicts(doc, relative_days(doc, quoted), quoted)]


def test_trap_another_part_of_the_day_is_another_event():
    same = ("Basra - Nine people were injured this evening, Sunday, during clashes near the oil company.\n"
            "The police chief said that the clashes of Saturday evening had been smaller.")
    assert timed_conflicts(same) == ["Saturday evening"]
    assert timed_conflicts(same.replace("this evening, Sunday", "at dawn today, Sunday")) == []


def test_trap_an_indefinite_event_is_a_new_one():
    body = ("Kirkuk - Security forces killed four militants at dawn today, Tuesday, in an airdrop "
            "operation east of the district.\n"
            "A similar operation at dawn on Saturday killed two others in the same valley.")
    assert texts(body) == []


def test_trap_a_day_counted_from_another_event_is_not_its_date():
    body = ("Misrata - Tankers could not unload for a second day on Thursday after clashes broke out "
            "near the depot.\n"
            "The fighting erupted on Tuesday evening between two armed groups.")
    assert texts(body) == []


def test_one_hijri_day_given_two_gregorian_dates():
    body = ("Cairo - The outlets open on the first of Ramadan 1446 AH, corresponding to March 1, 2025, "
            "the ministry said.\n"
            "The ministry added that the sale starts on the 1st of Ramadan, corresponding to February 28.")
    assert texts(body) == ["1st of Ramadan, corresponding to February 28"]


def test_trap_one_hijri_day_given_the_same_date_twice():
    body = ("Cairo - The outlets open on the first of Ramadan 1446 AH, corresponding to March 1, 2025, "
            "the ministry said.\n"
            "The ministry added that the sale starts on the 1st of Ramadan, corresponding to March 1.")
    assert texts(body) == []
    # "the first Ramadan" without "of" is no date
    assert texts("Cairo - It is the first Ramadan since the war, on March 1, 2025.") == []


def test_the_nth_of_this_month_dates_an_accident():
    body = ("Amman - Three people died and 11 others were injured at dawn on Thursday, 18 September, when a "
            "bus overturned on the Desert Highway.\n"
            "The ministry said that the accident on the 17th of this month occurred inside Jordan.")
    assert texts(body) == ["accident on the 17th of this month"]


def test_trap_the_same_day_of_this_month_agrees():
    body = ("Amman - Three people died and 11 others were injured at dawn on Thursday, 18 September, when a "
            "bus overturned on the Desert Highway.\n"
            "The ministry said that the accident on the 18th of this month occurred inside Jordan.")
    assert texts(body) == []
    # no full date before: "this month" names no month
    assert texts("Amman - The ministry said the accident on the 17th of this month occurred inside Jordan.") == []


def test_a_relative_day_takes_the_calendar_day_of_the_report():
    body = ("Beirut - The company announced on Tuesday, 4 November, that it will raise the feeding hours "
            "after the fuel ship which docked yesterday, Monday, at the Zahrani facilities.\n"
            "A source said the unloading began only after its docking on 2 November.")
    assert texts(body) == ["docking on 2 November"]


def test_trap_the_relative_day_and_the_date_agree_or_no_report_date():
    body = ("Beirut - The company announced on Tuesday, 4 November, that it will raise the feeding hours "
            "after the fuel ship which docked yesterday, Monday, at the Zahrani facilities.\n"
            "A source said the unloading began only after its docking on 3 November.")
    assert texts(body) == []
    # the date written is not the report's day (a Tuesday): nothing to count from (the statement a
    # day before the report; one a day after it, "on Wednesday, 5 November", would put the report
    # before the statement it tells: tests/test_dates_statement_day.py)
    assert texts(body.replace("announced on Tuesday, 4 November,", "announced on Monday, 3 November,")
                 .replace("on 3 November.", "on 2 November.")) == []


def test_other_ways_to_write_a_part_of_the_day():
    body = ("Kirkuk - Security forces killed five militants in the early hours of Tuesday in a raid on a "
            "hideout.\nThe commander said the raid carried out in the early hours of Wednesday lasted two hours.")
    assert texts(body) == ["early hours of Wednesday"]


def test_trap_unrest_over_several_days_dates_each_day_its_own():
    body = ("Basra - Nine people were injured this evening, Sunday, in renewed clashes near the oil company "
            "between police and protesters.\n"
            "The police chief said that the clashes of Saturday evening had left two dead.")
    assert timed_conflicts(body) == [] and texts(body) == []
    later = ("Basra - Nine people were injured this evening, Sunday, in clashes near the oil company.\n"
             "The police chief said that the clashes of the previous Saturday evening had left two dead.")
    assert timed_conflicts(later) == []


def test_a_past_event_dated_two_ways():
    body = ("Sohag - 13 people were killed when two trains collided near Tahta on Tuesday.\n"
            "The accident revived the memory of the collision near Girga in August 2022, which killed 11.\n"
            "An MP said people still wait for the results of the investigation into the Girga collision of "
            "August 2020.")
    assert texts(body) == ["the Girga collision of August 2020"]


def test_trap_past_events_of_two_places_or_one_date():
    body = ("Sohag - The accident revived the memory of the collision near Girga in August 2022.\n"
            "An MP recalled the Tahta collision of August 2020.")
    assert texts(body) == []
    body = ("Sohag - The accident revived the memory of the collision near Girga in August 2022.\n"
            "An MP recalled the Girga collision of 2022, which killed 11.")
    assert texts(body) == []
    # "a similar collision" is another one
    body = ("Sohag - The accident revived the memory of the collision near Girga in August 2022.\n"
            "An MP recalled a similar collision near Girga in May 2019, and the Girga collision of May 2019.")
    assert texts(body) == []
    body = ("Sohag - An MP recalled a similar collision near Girga in May 2019.\n"
            "The accident revived the memory of the Girga collision of August 2022.")
    assert texts(body) == []


def test_a_yearless_gregorian_partner_with_its_weekday_pins_the_year():
    body = ("Minya - The outlets will open during the days of the Eid, which begin on 10 Dhu al-Hijjah, "
            "corresponding to Sunday, June 8, in Egypt.")
    assert texts(body) == ["10 Dhu al-Hijjah, corresponding to Sunday, June 8"]


def test_trap_a_yearless_partner_that_fits_a_year_of_its_weekday():
    body = ("Minya - The outlets will open during the days of the Eid, which begin on 10 Dhu al-Hijjah, "
            "corresponding to Friday, June 6, in Egypt.")
    assert texts(body) == []
    # no weekday: no year to read
    assert texts(body.replace("Friday, June 6", "June 8")) == []


def test_trap_plans_date_no_event_that_took_place():
    body = ("Baghdad - The minister announced this morning, Tuesday, that the cabinet will hold a meeting "
            "tomorrow on the budget.\n"
            "A spokesman said the meeting of Wednesday morning would discuss the salaries.")
    assert timed_conflicts(body) == []


def test_a_storming_dated_by_its_date_and_the_attack_on_another_weekday():
    body = ("Tripoli - An armed group stormed the control station of the well field at dawn on Sunday, "
            "January 12, 2025, and forced the workers to stop the pumps.\n"
            "Residents complained of cuts since the attack on Friday.")
    assert texts(body) == ["attack on Friday"]


def test_an_attack_on_another_day_named_as_such_is_no_conflict():
    body = ("Tripoli - An armed group stormed the control station at dawn on Sunday, January 12, 2025.\n"
            "It was the second such raid after an earlier attack on Friday, January 10, on a depot.")
    assert texts(body) == []


def test_the_event_of_last_weekday_points_back_at_the_story_s_event():
    body = ("Shabwa - Three soldiers were killed on Monday, in an attack on a checkpoint in Bayhan, officials said.\n"
            "A commander said the attack of last Friday showed the need for reinforcements.")
    assert texts(body) == ["attack of last Friday"]


def test_an_attack_last_weekday_is_another_week_s_attack():
    body = ("Shabwa - Three soldiers were killed on Monday, in an attack on a checkpoint in Bayhan, officials said.\n"
            "It followed an attack last Friday on a convoy near Ataq.")
    assert texts(body) == []


def test_a_relative_day_that_files_the_report_before_its_statement():
    body = ("Basra - Customs inspectors seized 42 containers at Umm Qasr, the authority said on Tuesday.\n"
            "An officer said the shipment was flagged yesterday, Sunday, when an agent tried to move it.")
    assert texts(body) == ["yesterday, Sunday"]


def test_a_relative_day_after_the_statement_is_the_day_of_filing():
    body = ("Basra - Customs inspectors seized 42 containers at Umm Qasr, the authority said on Tuesday.\n"
            "The minister, who visited the port yesterday, Tuesday, praised the inspectors.")
    assert texts(body) == []
