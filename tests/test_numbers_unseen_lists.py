"""number-mismatch: parts listed for a total that is the subject of the list's verb, a count after
a place name, a listed count restated over the same running period, and another ordinal member's
figure (no restatement). Each with its look-alike."""
from __future__ import annotations

from mtcheck.analysis.quantities import extract_sentence
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def test_a_count_after_a_place_name_is_no_identifier():
    s = "Iraq and Jordan signed on Sunday in Baghdad 12 agreements and memoranda of understanding."
    assert [q.digits for q in extract_sentence(s, 0, len(s))] == ["12"]
    s = "The soldiers of Brigade 47 were deployed."
    assert not [q for q in extract_sentence(s, 0, len(s)) if q.digits == "47"]


AGREEMENTS = ("Iraq and Jordan sign agreements\n\nIraq and Jordan signed on Sunday in Baghdad 12 agreements and "
              "memoranda of understanding, including {parts}, during the visit of the Jordanian Prime Minister.\n")


def test_parts_of_agreements_signed_in_a_place():
    assert flagged(AGREEMENTS.format(parts="7 in the field of energy, 4 in trade and 3 in transport")) \
        == ["7 in the field of energy, 4 in trade and 3"]
    assert flagged(AGREEMENTS.format(parts="5 in the field of energy, 4 in trade and 3 in transport")) == []
    assert flagged(AGREEMENTS.format(parts="5 in the field of energy and 4 in trade")) == []  # some of them


LOAN = ("Loan approved\n\nThe minister explained that the loan of 180 million dollars approved by the World Bank "
        "will be divided into 90 million dollars for fuel, {b} million dollars for the maintenance of the plants "
        "and 20 million dollars for the grid.\n")


def test_a_total_that_is_the_subject_of_its_division():
    assert flagged(LOAN.format(b=60)) == ["90 million dollars for fuel, 60 million dollars for the maintenance "
                                          "of the plants and 20 million dollars"]
    assert flagged(LOAN.format(b=70)) == []
    text = ("Loan approved\n\nThe loan of 180 million dollars was approved, and the ministry said that the "
            "grants will be divided into 90 million dollars for fuel and 20 million dollars for the grid.\n")
    assert flagged(text) == []  # a comma and another subject: not the loan's division


CHOLERA = ("Cholera in Gedaref\n\nThe ministry registered 1,462 cases of cholera since the start of the outbreak "
           "at the end of August, including 38 deaths.\n\nThe director said that the number of the deceased "
           "reached {n} since the start of {period}.\n")


def test_a_listed_count_restated_over_the_same_period():
    assert flagged(CHOLERA.format(n=83, period="the outbreak")) == ["83"]
    assert flagged(CHOLERA.format(n=83, period="the rainy season")) == []  # another period
    assert flagged(CHOLERA.format(n=38, period="the outbreak")) == []


METRO = ("Works on the fourth metro line\n\nThe ministry announced the start of the works of the fourth line of the "
         "metro, which extends 17.5 kilometres.\n\nThe head of the authority said that the line will serve about "
         "1.5 million passengers a day when it is completed.\n\n{last}\n")


def test_another_ordinal_member_s_figure_is_no_restatement():
    text = METRO.format(last="The first line of the metro, which opened in 1987, carries about 1.2 million "
                             "passengers a day.")
    assert flagged(text) == []
    text = METRO.format(last="The fourth line of the metro, the minister said, will carry about 1.2 million "
                             "passengers a day.")
    assert flagged(text) == ["1.2 million passengers"]  # the same member: compared


BATCH = ("Families return to Jadaa camp\n\nThe director said that the {who} included 152 families, most of them women "
         "and children, who were transported in buses to the camp.\n\nThe ministry said that the {n} families who "
         "arrived in the camp were received by the teams.\n")


def test_what_a_batch_included_is_all_it_held():
    assert flagged(BATCH.format(who="batch", n=156)) == ["156 families"]
    assert flagged(BATCH.format(who="batch", n=152)) == []
    # what the returnees included is a part of them: another count than the later families
    assert flagged(BATCH.format(who="returnees", n=156)) == []
