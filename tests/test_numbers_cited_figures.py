"""number-mismatch: a later figure that says whose figure it is ("referred to by the director",
"mentioned by the delegate", "cited by the minister") is that speaker's earlier figure said again;
a slip of its digits (2.8 / 2.6 million, 4.5 / 4.8 dirhams) is a garble whatever noun either uses.
An equal figure, or one that is no slip of the speaker's, is not flagged."""
from __future__ import annotations
from checking import gating_texts


def flagged(text: str) -> list[str]:
    return gating_texts(text, "number-mismatch")


def story(quote: str, later: str) -> str:
    return ("Port traffic at a record\n\n"
            "The port handled 1.1 million transshipment containers last year, the authority said.\n\n"
            f"The Director General of the port, Fahd Al-Harbi, said in a statement: \"{quote}\"\n\n"
            "Work continues on the new berths, which are due to open next spring.\n\n"
            f"{later}\n")


def test_a_cited_figure_with_its_digits_slipped_is_flagged():
    for quote, later, span in (
            ("The volumes handled exceeded 2.8 million standard containers in the first half.",
             "Analysts said the 2.6 million standard containers referred to by the Director General put the "
             "port at the forefront of the Red Sea.", "2.6 million standard containers"),
            ("We lowered the handling fee to 45 riyals per container this year.",
             "Shipping agents welcomed the 54 riyals per container mentioned by the director general.",
             "54 riyals"),
            ("The port received 1,420 vessels in the first half of the year.",
             "\"The 1,240 ships cited by the director general are a record,\" an agent said.", "1,240 ships")):
        found = flagged(story(quote, later))
        assert len(found) == 1 and found[0].startswith(span), (later, found)


def test_a_cited_figure_that_matches_or_is_no_slip_is_not_flagged():
    for quote, later in (
            ("The volumes handled exceeded 2.8 million standard containers in the first half.",
             "Analysts said the 2.8 million standard containers referred to by the Director General are a record."),
            ("We lowered the handling fee to 45 riyals per container this year.",
             "Shipping agents compared it with the 70 riyals per container mentioned by the chamber."),
            ("The port received 1,420 vessels in the first half of the year.",
             "Analysts said the 1,420 ships referred to by the Director General were a record.")):
        assert flagged(story(quote, later)) == [], later


def budget(later: str) -> str:
    return ("Kuwait approves its budget with a deficit\n\n"
            "The finance minister said the estimated deficit represents 26 percent of the total expenditures, "
            "and that oil revenues were calculated at 68 dollars per barrel.\n\n"
            "Oil prices rose by 3 percent on Tuesday, traders said.\n\n"
            f"{later}\n")


def test_a_figure_put_at_by_the_speaker_with_a_slip_is_flagged():
    for later in (
            "An economist said the ratio of the deficit, which the minister put at 29 percent of the expenditures, "
            "requires reforms.",
            "The deficit, which the Minister estimated at 29 percent of spending, worried lawmakers.",
            "Members of parliament questioned the share that the minister had put at 62 percent."):
        assert len(flagged(budget(later))) == 1, later


def test_a_figure_put_at_by_the_speaker_that_matches_is_not_flagged():
    for later in (
            "An economist said the ratio of the deficit, which the minister put at 26 percent, requires reforms.",
            "The deficit, which the minister estimated at 26 percent of spending, worried lawmakers.",
            "Members of parliament questioned the increase, which the traders put at 3 percent."):
        assert flagged(budget(later)) == [], later
