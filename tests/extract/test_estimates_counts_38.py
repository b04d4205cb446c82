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
