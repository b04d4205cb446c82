"""Casualty counts as long wire stories and conflict notes tell them: a dateline and a toll, then the toll told again
in other words, its dead listed, its growth, and the tolls of other incidents. Names and places are invented or
only stand for a place."""
from tests.extract.test_estimates_implicit import _counts
from tests.extract.test_estimates_incidents import _totals


# --- a month is no modal ---

def test_a_month_after_a_counted_phrase_is_no_modal_before_its_verb():
    assert _counts("A strike on a hardware store in May killed 19 people.") == [("19", 19, "exact", "killed")]
    assert _totals("KHARKIV, Ukraine (AP) — An attack on the market in May killed 12 people, police said.") == (12, 0)


def test_a_modal_may_and_a_headline_in_title_case_keep_their_verb():
    assert _totals("A civilian may have been killed in the strike.") == (1, 0)
    assert _totals("Two Soldiers Were Killed In Kharkiv") == (2, 0)


# --- the dead listed after their toll ---

def test_the_dead_included_people_with_no_verb_of_their_own_are_of_the_toll():
    assert _totals("KHARKIV, Ukraine (AP) — Russian forces shelled Kharkiv on Monday, killing three civilians, the "
                   "governor said. The dead included a 12-year-old girl and her grandmother, Governor Oleh Lenko "
                   "said.") == (3, 0)
    assert _totals("Russian forces shelled Kharkiv, killing three civilians. The dead included a girl and a woman, "
                   "the governor said.") == (3, 0)


def test_a_person_told_after_the_list_of_the_dead_is_still_counted():
    assert _totals("Russian forces shelled Kharkiv, killing three civilians. The dead included a girl. Her "
                   "grandmother was wounded.") == (3, 1)
    assert _totals("An explosive device detonated in a market in Kano. The dead included four police officers and a "
                   "journalist.") == (5, 0)
