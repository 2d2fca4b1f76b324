"""number-mismatch: the parts an article lists for a total it gave before must add up to it: a list
after a copula ('the defendants are 16 students, seven teachers and three employees') names all of
them, as 'distributed as' does, and the total a definite noun names is the count of that noun ('a
total of 146 towers of the three companies' ... 'the restored towers are distributed as')."""
from __future__ import annotations

import mtcheck


def flagged(text: str) -> list[str]:
    report = mtcheck.check(text, backend="none", select=["number-mismatch"])
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    return [f.text for f in report.findings if f.severity in ("error", "warning")]


NETWORK = ("Police dismantle a network selling forged driving licences\n\n"
           "The Ministry of Interior announced on Tuesday the arrest of a network of 27 defendants who sold "
           "forged driving licences through groups on the Telegram application.\n\n"
           "The ministry said that the members of the network were arrested in Cairo and Giza.\n\n"
           "He explained that the defendants are {parts} in private driving schools.\n")

TOWERS = ("Mobile network returns to Wad Madani\n\n"
          "The technical teams completed the rehabilitation of a total of 146 towers of the three companies in "
          "the state, pointing out that the works included the replacement of the generators.\n\n"
          "He explained that the restored towers are distributed as {parts}, and that the coverage now "
          "includes the city of Wad Madani.\n")


def test_a_list_after_a_copula_names_every_part_of_the_total():
    assert flagged(NETWORK.format(parts="16 instructors, seven clerks and three examiners")) == \
        ["16 instructors, seven clerks and three examiners"]
    assert flagged(NETWORK.format(parts="17 instructors, seven clerks and three examiners")) == []


def test_a_total_named_by_its_noun_is_the_count_of_that_noun():
    assert flagged(TOWERS.format(parts="64 towers for Zain, 51 towers for Sudani and 41 towers for MTN")) == \
        ["64 towers for Zain, 51 towers for Sudani and 41 towers"]
    assert flagged(TOWERS.format(parts="64 towers for Zain, 41 towers for Sudani and 41 towers for MTN")) == []
