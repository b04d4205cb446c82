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

