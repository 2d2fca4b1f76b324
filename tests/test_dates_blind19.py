"""date-mismatch: heldout19/20's blind false alarms as families: a date of last year's occurrence, a
plan ("tomorrow") beside a past event ("yesterday") of one report day, the date of a phase of a
series ("until the end of the exams on July 15"), and a year inferred from a date of last year."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "date-mismatch")


FESTIVAL = ("Jerash festival\n\nJerash - The Jerash Festival for Culture and Arts opened on Wednesday, July 23, "
            "2025, with a concert in the southern theatre attended by 9,000 spectators.\n\n"
            "The organisers expect 300,000 visitors this year.\n\n{b}\n")


def test_a_date_of_last_years_occurrence_is_another_event():
    last = ("That compares with 260,000 visitors during the festival of last year, which opened on "
            "Thursday, July 25, 2024, according to the ministry.")
    assert flagged(FESTIVAL.format(b=last)) == []
    assert flagged(FESTIVAL.format(b="Last year's festival opened on Thursday, July 25, 2024.")) == []
    slip = "The festival, which opened on Friday, July 25, 2025, runs for ten days."
    assert flagged(FESTIVAL.format(b=slip)) != []  # this year's festival on another day is still one event


def test_a_year_inferred_from_last_years_date_is_the_year_after():
    text = ("Fuel prices\n\nAmman - The pricing committee cut fuel prices for the month.\n\n"
            "Last year's cut took effect on Wednesday, April 10, 2024, when petrol fell by 3 percent.\n\n"
            "The new prices will apply from Wednesday, April 2, the committee said.\n")
    assert flagged(text) == []  # April 2, 2025 was a Wednesday
    wrong = text.replace("Wednesday, April 2,", "Thursday, April 2,")
    assert flagged(wrong) == ["Thursday, April 2"]


VISIT = ("Trade talks\n\nMuscat - Oman and Tanzania signed today, Sunday, four memoranda of understanding on "
         "trade and fisheries.\n\nThe ministers discussed shipping links.\n\n{b}\n")


def test_a_plan_for_tomorrow_and_a_meeting_of_yesterday_are_two_events():
    b = ("The Tanzanian delegation had met yesterday, Saturday, with the Chamber of Commerce. "
         "The minister said the Tanzanian delegation will visit tomorrow, Monday, the port of Duqm.")
    assert flagged(VISIT.format(b=b)) == []
    b2 = ("The Tanzanian delegation had met yesterday, Saturday, with the Chamber of Commerce.\n\n"
          "The Tanzanian delegation had met today, Sunday, with the Chamber of Commerce.")
    assert flagged(VISIT.format(b=b2)) != []  # two past days for one meeting stay a conflict


EXAMS = ("Exams\n\nKuwait - The Ministry of Education said the mathematics exam, which was held on Sunday, June 22, "
         "passed without incidents.\n\nThe ministry thanked the supervisors.\n\n{b}\n")


def test_the_date_of_a_phase_of_a_series_is_not_the_events_own():
    b = "The ministry will keep its committees working until the end of the exams on July 15."
    assert flagged(EXAMS.format(b=b)) == []
    b2 = "The start of the exams on Saturday, June 28 was delayed by a power cut."
    assert flagged(EXAMS.format(b=b2)) == []
    b3 = "The exam, which was held on Tuesday, June 24, drew complaints from parents."
    assert flagged(EXAMS.format(b=b3)) != []


DAM = ("Dam storage\n\nBaghdad - The Minister of Water Resources announced today, Tuesday, that the storage of the "
       "Haditha Dam has risen to 4.1 billion cubic metres.\n\nThe minister said in a statement received by the "
       "agency that releases will be raised gradually.\n\nThe rains of the past weeks filled the lake.\n\n{b}\n")


def test_the_leads_statement_dated_again_by_its_medium():
    b = "The ministry said in its statement issued yesterday, Monday, that the releases will reach 300 cubic metres."
    assert flagged(DAM.format(b=b)) == ["yesterday, Monday"]
    held = "The minister had, during the statement held yesterday, Monday, visited the dam."
    assert any("yesterday, Monday" in f for f in flagged(DAM.format(b=held)))


def test_another_statement_or_another_medium_is_no_conflict():
    for b in ("The ministry said in a statement yesterday, Monday, that the gates were checked.",
              "The ministry recalled its previous statement issued yesterday, Monday, on the gates.",
              "The governor said at the press conference held yesterday, Monday, that roads were reopened.",
              "The ministry said in its statement issued today, Tuesday, that the releases will rise."):
        assert flagged(DAM.format(b=b)) == [], b


CELL = ("Cell dismantled\n\nRabat - The Central Bureau of Judicial Investigations succeeded, on Tuesday, March 3, 2026, "
        "in dismantling a terrorist cell of four members active in the city of Tangier.\n\n"
        "The suspects were placed in custody under the supervision of the public prosecution.\n\n{b}\n")


def test_a_date_as_an_adjective_names_the_leads_event_on_another_day():
    assert flagged(CELL.format(b="A security source said that the March 5 raids were carried out at dawn.")) \
        == ["the March 5 raids"]
    assert flagged(CELL.format(b="A security source said that the Thursday's raids were carried out at dawn.")) \
        == ["the Thursday's raids"]


def test_an_attributive_date_the_article_has_named_or_far_away_is_no_conflict():
    for b in ("A security source said that the March 3 raids were carried out at dawn.",
              "The cell had been watched since February 26, and the February 26 raid on a flat found nothing.",
              "The cell is linked to the May 16 attacks that struck Casablanca in 2003.",
              "A security source said that the Tuesday's raids were carried out at dawn."):
        assert flagged(CELL.format(b=b)) == [], b


def test_a_past_event_of_an_earlier_year_gives_no_year_to_the_storys_dates():
    text = ("Port fire\n\nAqaba - Civil defence teams controlled on Sunday, November 9, 2025 a fire in a container "
            "yard of the port.\n\nThe last fire of this size broke out on Thursday, July 11, 2024.\n\n"
            "The investigation committee will submit its report on Tuesday, November 25, the corporation said.\n")
    assert flagged(text) == []  # November 25, 2025 is a Tuesday (2024's was a Monday)
    assert flagged(text.replace("Tuesday, November 25", "Monday, November 25")) == ["Monday, November 25"]
    straddle = ("Fireworks\n\nDubai - Police said on Friday, January 2, 2026 that the New Year's Eve fireworks "
                "passed calmly.\n\nCrowds began gathering on Wednesday, December 31, in the afternoon.\n")
    assert flagged(straddle) == []  # December 31, 2025: the year before the latest one written


LOCUSTS = ("Locusts\n\nRabat - The teams of the National Centre for Locust Control treated 14,500 hectares infested with "
           "the desert locust in the provinces of Tata and Guelmim since 3 March.\n\nThe centre mobilised 42 teams.\n\n{b}\n")


def test_one_start_date_with_a_digit_slipped():
    b = "According to the statement, the operations carried out since 13 March included 41,500 hectares."
    assert flagged(LOCUSTS.format(b=b)) == ["13 March"]
    assert flagged(LOCUSTS.format(b="The spraying, which began on 31 March, used 12 aircraft.")) == ["31 March"]


def test_two_starts_of_a_month_that_are_no_slip_or_of_another_month_are_no_conflict():
    for b in ("A ground campaign has also run since 9 March in the oases of Assa-Zag.",
              "Aerial spraying has run since 3 April over the Draa valley.",
              "The centre said: \u201cSince 13 March the swarms have moved north.\u201d",
              "The operations ended on 13 March in Tata."):
        assert flagged(LOCUSTS.format(b=b)) == [], b


def test_a_named_competition_between_the_event_word_and_its_date_makes_another_event():
    text = ("Derby\n\nJeddah - Al-Ittihad defeated Al-Hilal by two goals to one in the match that was held last "
            "night, Friday, at the King Abdullah Sports City Stadium.\n\nThe coach praised the fans.\n\n{b}\n")
    other = "The team will now prepare for the match of the Asian Champions League on Tuesday."
    assert flagged(text.format(b=other)) == []
    same = "The coach said that the match on Tuesday was the hardest of the season."
    assert flagged(text.format(b=same)) != []  # the reported match, no name between: still one event
