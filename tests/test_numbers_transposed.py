"""number-mismatch: one figure given twice with two digits transposed, the second mention named with
other words ('1,250,000 dirhams in cash' ... 'the sum of 1.52 million dirhams seized'; 'three contracts
with a total value of 7.4 billion dinars' ... 'the three contracts, which reached the 4.7 billion dinars'),
with look-alikes that must stay quiet (another amount, a part of several)."""
from __future__ import annotations
from checking import gating_texts



def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


SEIZURE = ("Police dismantle a drug network in Fes\n\nA statement of the security services said the operation "
           "led to the seizure of two tonnes of cannabis resin, in addition to {a} dirhams in cash and four "
           "vehicles.\n\nThe suspects were referred to the public prosecution.\n\nThe investigations also showed "
           "that the sum of {b} dirhams seized in the houses of the suspects came from the sale of the drugs.\n")


def test_digits_reordered_across_a_scale_word():
    assert flagged(SEIZURE.format(a="1,250,000", b="1.52 million")) == ["1.52 million dirhams"]
    assert flagged(SEIZURE.format(a="1.52 million", b="1,250,000")) == ["1,250,000 dirhams"]
    # the same figure written two ways, and a figure that is no reordering of it
    assert flagged(SEIZURE.format(a="1,250,000", b="1.25 million")) == []
    assert flagged(SEIZURE.format(a="1,250,000", b="1.6 million")) == []
    # two significant digits on two scales are too often two amounts
    assert flagged(SEIZURE.format(a="1,200,000", b="2.1 million")) == []


CONTRACTS = ("Court convicts port official\n\nThe commission said the convicted official approved three dredging "
             "contracts with a total value of 7.4 billion dinars despite the failure of the company to complete "
             "the works.\n\nThe court ordered his imprisonment for seven years.\n\nThe commission stressed that "
             "the damage in {b} reached 4.7 billion dinars, which the court ordered to be recovered.\n")


def test_two_totals_over_the_same_several_things():
    assert flagged(CONTRACTS.format(b="the three contracts")) == ["4.7 billion dinars"]
    # two of the contracts, then three: a total over more of them, not the figure restated
    assert flagged(CONTRACTS.replace("three dredging", "two dredging").format(b="the three contracts")) == []
    assert flagged(CONTRACTS.replace("7.4 billion", "6.2 billion").format(b="the three contracts")) == []


RAIL = ("Works start on the Kenitra-Marrakech line\n\nThe railway office announced the launch of the works of the "
        "high-speed line between Kenitra and Marrakech, over a distance of 430 kilometres.\n\nThe trains will "
        "run at a speed of up to 320 km/h.\n\nThe director added that {b} is estimated at about 53 billion "
        "dirhams, financed by loans.\n")


def test_a_total_word_of_another_noun_leaves_the_figure_plain():
    assert flagged(RAIL.format(b="the total cost of the 340-kilometre line")) == ["340-kilometre line"]
    assert flagged(RAIL.format(b="the total cost of the 430-kilometre line")) == []
    # a total of the figure itself is another figure (here over the line and its branches)
    assert flagged(RAIL.format(b="a total length of 340 kilometres of track")) == []


LOCUSTS = ("Locust teams treat thousands of hectares\n\nThe ministry announced that the teams treated 14,500 "
           "hectares infested with the desert locust in the provinces of Tata and Guelmim since 3 March.\n\n"
           "According to the statement, the operations against the locust carried out since {when} included the treatment of "
           "41,500 hectares, most of them in the pastoral areas.\n")


def test_a_month_both_sentences_name_is_one_period():
    assert flagged(LOCUSTS.format(when="13 March")) == ["41,500 hectares"]
    # another month, or last year's campaign, is another period
    assert flagged(LOCUSTS.format(when="13 April")) == []
    assert flagged(LOCUSTS.format(when="March last year")) == []


HOUSING = ("Homs owners ask to rebuild\n\nThe official explained that the governorate had received 1,350 requests "
           "from the owners of houses in al-Khalidiya to obtain a restoration permit, and that 960 requests have "
           "been approved so far.\n\nHe said the neighbourhood had about 60,000 residents before the war.\n\n"
           "He added that {b} for permits.\n")


def test_requests_and_those_who_applied_are_one_count():
    assert flagged(HOUSING.format(b="1,530 owners had applied")) == ["1,530 owners"]
    assert flagged(HOUSING.format(b="1,350 owners had applied")) == []
    # another group that applied, and a figure that is no slip of the requests
    assert flagged(HOUSING.format(b="another 1,530 owners had applied")) == []
    assert flagged(HOUSING.format(b="2,700 owners had applied")) == []


CHOLERA = ("Basra records new cholera cases\n\nThe health department announced the registration of 43 new cases "
           "of cholera in the districts of Zubair and Abu al-Khasib during the past week.\n\nThe director urged "
           "citizens to boil water before drinking it.\n\nThe deputy director confirmed that the department "
           "received {b} in the emergency units of the hospitals of the province.\n")


def test_cases_of_a_disease_are_its_infections():
    # two digits swapped, the nouns of one family (units.toml), the later one pointing back
    assert flagged(CHOLERA.format(b="the 34 new infections")) == ["34 new infections"]
    assert flagged(CHOLERA.format(b="the 43 new infections")) == []
    # another week's count; a part of them
    assert flagged(CHOLERA.format(b="34 new infections last month")) == []
    assert flagged(CHOLERA.format(b="34 of the new infections")) == []
    # another disease is another count; cases of another thing are no infections
    assert flagged(CHOLERA.format(b="the 34 new measles infections")) == []
    assert flagged(CHOLERA.replace("cases of cholera", "cases of suffocation").format(b="the 34 new infections")) == []


EXAMS = ("Iraq's sixth preparatory exams begin\n\nThe Ministry of Education announced the start of the ministerial "
         "examinations with the participation of {a} male and female students in 2,150 examination centres.\n\n"
         "The spokesman of the ministry said the questions were distributed to the centres at dawn.\n\n"
         "The minister stressed that \"{b} are the sons of all Iraq, and the ministry will not allow anyone to "
         "tamper with their future.\"\n")


def test_a_quoted_back_reference_with_its_digits_reordered():
    assert flagged(EXAMS.format(a="412,650", b="the 421,650 examinees")) == ["421,650 examinees"]
    assert flagged(EXAMS.format(a="412,650", b="the 412,650 examinees")) == []
    # a speaker's own figure (no pointing back), or two digits reordered, stays the speaker's
    assert flagged(EXAMS.format(a="412,650", b="421,650 examinees")) == []
    assert flagged(EXAMS.format(a="43", b="the 34 examinees")) == []
    # another group of people
    assert flagged(EXAMS.format(a="412,650", b="the 421,650 teachers")) == []


WORKERS = ("Contract workers protest in Basra\n\nThe head of the protesters' committee said that \"3,850 contract "
           "workers in the fields of Rumaila and West Qurna have not received any salary since June.\"\n\n"
           "The protesters blocked the road to the fields for three hours.\n\nA source in the Ministry of Oil said "
           "that the ministry \"sent a request to the Ministry of Finance to secure the allocations for {b} "
           "within the 2025 budget.\"\n")


def test_two_quotations_of_one_figure_garbled():
    assert flagged(WORKERS.format(b="the 3,580 workers")) == ["3,580 workers"]
    assert flagged(WORKERS.format(b="the 3,850 workers")) == []
    assert flagged(WORKERS.format(b="the 3,580 engineers")) == []


AIRLIFT = ("Hajj air bridge begins from Najaf\n\nPowered by automated translation\n\nThe Supreme Commission for Hajj "
           "and Umrah announced today, Sunday, the start of the air bridge, within a plan to transport {a} pilgrims "
           "during the current season.\n\nThe first flight carried 312 pilgrims from the governorates of the Middle "
           "Euphrates.\n\nIt is noteworthy that the {b} pilgrims who won the electronic lottery paid the costs of "
           "the Hajj through the Rafidain Bank.\n")


def test_a_planned_figure_with_two_digits_transposed_is_the_figure_garbled():
    # a plan and the figure that came about rarely differ by exactly two adjacent digits swapped
    assert flagged(AIRLIFT.format(a="33,690", b="36,390")) == ["36,390 pilgrims"]
    assert flagged(AIRLIFT.format(a="33,690", b="33,960")) == ["33,960 pilgrims"]
    # a plan and another actual figure stay two quantities, and so does a two-digit reordering
    assert flagged(AIRLIFT.format(a="33,690", b="34,100")) == []
    assert flagged(AIRLIFT.format(a="33,690", b="36,930")) == []


PORT = ("Inspection campaign at Umm Qasr\n\nPowered by automated translation\n\nThe director of the port said in a "
        "statement that \"the port received during the past week {a} containers, of which 64 containers were "
        "referred to the detailed examination\".\n\nThe campaign comes after complaints by importers.\n\nThe company "
        "stated that {b} containers received by the port during the past week were distributed on 12 berths.\n")


def test_a_quoted_count_pointed_back_at_with_its_digits_reordered():
    # the back-reference takes the speaker's figure as said: its reordered digits are the figure garbled
    assert flagged(PORT.format(a="4,860", b="the 4,680")) == ["4,680 containers"]
    # the same figure, another figure of the company's own, and a two-digit reordering stay quiet
    assert flagged(PORT.format(a="4,860", b="the 4,860")) == []
    assert flagged(PORT.format(a="4,860", b="5,200")) == []
    assert flagged(PORT.format(a="4,800", b="the 8,400")) == []
