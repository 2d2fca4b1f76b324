"""A promotion the story tells ("X was promoted to lieutenant general" ... "Lt Gen X") is the new
rank, not a changed one; a promotion told as history ("who was promoted to colonel in 2022")
fixes the rank the person must keep, so another rank later is still a change."""
from __future__ import annotations

import pytest
from checking import gating_texts


HEAD = "Headline\n\nPowered by automated translation\n\n"


def findings(text: str):
    return gating_texts(HEAD + text, "rank-change")


@pytest.mark.parametrize("text", [
    "Major General Fahd Saad al-Enezi, until now deputy chief of staff, was promoted to lieutenant general "
    "and named chief of staff of the army.\n\nLt Gen Enezi, 57, trained at Sandhurst.",
    "The decree named Brigadier General Abdullah Hamad al-Mutairi as deputy chief of staff, promoting him "
    "to major general.\n\nMaj Gen Mutairi had headed the operations directorate since 2023.",
    "Colonel Salem al-Jaberi was elevated to the rank of brigadier general on Sunday.\n\n"
    "Brigadier General Salem al-Jaberi thanked the minister.",
])
def test_a_promotion_told_in_the_story_is_the_new_rank(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, flagged", [
    # history: the promotion gives the rank he holds; a later other rank is a change
    ("Colonel Salem al-Tarhouni, who was promoted to colonel in 2022, led the raid.\n\n"
     "Major al-Tarhouni said the boats were seized.", "Major al-Tarhouni"),
    # promoted to lieutenant general, but later called a colonel: not the new rank either
    ("Major General Fahd Saad al-Enezi was promoted to lieutenant general on Monday.\n\n"
     "Colonel Fahd Saad al-Enezi said the army was ready.", "Colonel Fahd Saad al-Enezi"),
])
def test_a_rank_other_than_the_promotion_is_still_flagged(text, flagged):
    assert flagged in findings(text)


def test_a_promotion_told_after_a_second_mention_in_one_sentence_is_still_read():
    # the promotion is read from the nearest mention before it (each mention reads only up to
    # the next one, so one long sentence naming one person is not read once per mention)
    text = ("Major General Fahd Saad al-Enezi, whom the palace described as Major General Enezi, "
            "was promoted to lieutenant general on Monday.\n\nLt Gen Enezi, 57, trained at Sandhurst.")
    assert findings(text) == []


def test_a_past_post_apposed_before_a_possessive_name_is_not_that_persons_history():
    # "the former Minister of Agriculture, X's predecessor": the former minister is the predecessor,
    # so X's own change from Minister to Deputy Minister is still read
    text = ("The Minister of Agriculture, Dr. Walid Saad Eddine, toured the burned orchards in Akkar. "
            "The former Minister of Agriculture, Walid Saad Eddine's predecessor in the post, had warned of "
            "the fires in 2021.\n\nThe Deputy Minister of Agriculture, Walid Saad Eddine, said 37 fires were "
            "put out.\n")
    assert findings(text) == ["The Deputy Minister of Agriculture, Walid Saad Eddine"]


def test_a_past_post_apposed_to_the_name_itself_is_still_history():
    text = ("The Minister of Agriculture, Walid Saad Eddine, toured Akkar. The former Minister of Agriculture, "
            "Walid Saad Eddine, had warned of the fires in 2021.\n\nThe Deputy Minister of Agriculture, "
            "Walid Saad Eddine, said 37 fires were put out.\n")
    assert findings(text) == []


def test_an_academic_rank_apposed_after_the_name_is_read():
    text = ("Dr. Tarek Salah Eddin, Professor of Sociology at Assiut University, said the programme helps. "
            "The Assistant Professor Tarek Salah Eddin added that 62 percent of families spend it on food.\n")
    assert findings(text) == ["The Assistant Professor Tarek Salah Eddin"]


def test_a_promotion_told_of_the_surname_alone():
    from checking import gating_severities
    text = ("Headline\n\nPowered by automated translation\n\n"
            "Brig. Gen. Hamid Osman, the state's police chief, said police would help move supplies.\n\n"
            "Osman, who was promoted to major general last month, said roads to the camps were open.\n\n"
            "Maj. Gen. Hamid Osman added that checkpoints would not stop aid trucks.")
    assert gating_severities(text, "rank-change") == []
    untold = text.replace("Osman, who was promoted to major general last month, said", "Osman said")
    assert gating_severities(untold, "rank-change") == [("Maj. Gen. Hamid Osman", "error")]
