"""Counts of the dead and wounded that wire stories, event notes and incident summaries tell in ways the other rules
missed: a toll noun far from its verb, another incident named in a phrase that opens its sentence, the toll of a
whole war. Names and places are invented."""
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


# --- a toll and what it is of ---

def test_a_toll_takes_its_verb_past_a_long_phrase_of_what_it_counts():
    assert _counts("The death toll from a car bombing in a crowded market in eastern Lenmar rose to 27 on Tuesday, "
                   "police said.") == [("27", 27, "exact", "killed")]
    assert _totals("The death toll from the collapse of a five-storey building in the old quarter of Dalo has risen "
                   "to 14.") == (14, 0)


# --- another incident told beside the story's own ---

def test_a_similar_attack_named_in_a_phrase_opening_the_sentence_is_another_incident():
    assert _totals("A suicide bomber killed 9 people at a wedding in Dalo on Saturday. In a similar attack in March, 30 "
                   "people were killed.") == (9, 0)
    assert _totals("Gunmen killed four farmers near Kemo on Monday. During a previous raid on the village, 12 people "
                   "died.") == (4, 0)
    # a phrase of the story's own incident is no other one
    assert _totals("Gunmen killed four farmers near Kemo on Monday. In the attack, 12 people were wounded.") == (4, 12)
