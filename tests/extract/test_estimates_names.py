"""What a count counts when names stand in its phrase: an abbreviation's periods ("three U.S. soldiers") and a plural
inside a name ("13 United States service members"). Our own sentences."""
import pytest

from tests.extract.test_estimates_implicit import _counts
from tests.extract.test_estimates_incidents import _totals


@pytest.mark.parametrize("text, killed", [
    ("Three U.S. soldiers were killed in the blast.", 3),
    ("At least 170 civilians and 13 United States service members were killed in the blast.", 183),
    ("Two U.N. peacekeepers and a driver were killed near Kibo.", 3),
])
def test_a_name_inside_a_counted_phrase_keeps_its_verb(text, killed):
    assert _totals(text)[0] == killed


def test_a_name_ending_in_a_plural_before_a_noun_of_no_people_is_no_count():
    # "a … Breitbart News report": a report, no one detained; the eight refugees are
    found = _counts("He cited a confirmed Breitbart News report that eight Syrian refugees were detained.")
    assert [(value, category) for _, value, _, category in found if category == "arrested"] == [(8, "arrested")]


def test_a_count_opening_a_sentence_in_capitals_is_no_named_victim():
    # "Five Maoists" is five, not a person named so (who made it six)
    assert _totals("Five Maoists, including two women, were killed in an encounter on Friday.")[0] == 5
    assert _totals("One Mayi Mayi was killed and the police drove off the assailants.")[0] == 1


def test_one_person_a_toll_included_told_again_by_a_definite_noun_is_no_more_dead():
    assert _totals("Fifty people, including the assailant, were killed. The assailant was killed by police.")[0] == 50
    assert _totals("Fifty people were killed. The assailant was killed by police.")[0] == 51  # not included: one more
