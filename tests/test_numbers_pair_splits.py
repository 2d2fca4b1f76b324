"""number-mismatch: a total split in its own sentence into two counts that each start with one word
of a complementary pair (arriving/departing, male/female, urban/rural, ...) must add up to it,
whatever word lists them ("including", "of whom", a colon); a list of parts that are not a pair may
name only some of the total."""
from __future__ import annotations
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def story(sentence: str) -> str:
    return ("Busy day at the border crossing\n\n"
            "The crossing reopened on Sunday after two weeks of closure for maintenance works.\n\n"
            f"{sentence}\n\n"
            "The director said the procedures went smoothly and without congestion.\n")


def test_a_complementary_split_that_misses_its_total_is_flagged():
    for sentence, span in (
            ("The statement said the crossing received a total of 2,150 travellers, including 1,300 departing "
             "towards Tunisia and 750 arriving in Libya.", "1,300 departing towards Tunisia and 750 arriving"),
            ("The schools of the district admitted 4,200 pupils this year, of whom 2,600 male and 1,500 female "
             "pupils, the directorate said.", "2,600 male and 1,500 female pupils"),
            ("Health teams vaccinated 9,400 children: 5,100 urban and 4,100 rural children in the governorate.",
             "5,100 urban and 4,100 rural children")):
        found = flagged(story(sentence))
        assert len(found) == 1 and found[0].startswith(span.split()[0]), (sentence, found)


def test_a_split_that_adds_up_or_a_partial_list_is_not_flagged():
    for sentence in (
            "The crossing received a total of 2,150 travellers, including 1,400 departing towards Tunisia "
            "and 750 arriving in Libya.",
            "The crossing received a total of 2,150 travellers, including 1,300 women and 750 children.",
            "The crossing received 2,150 travellers and 420 private cars, with 1,300 departing cars and "
            "750 arriving trucks counted by customs."):
        assert flagged(story(sentence)) == [], sentence
