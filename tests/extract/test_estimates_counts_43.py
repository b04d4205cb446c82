"""Counts of one for a victim whose title a country's adjective opens. The texts are our own."""
import pytest

from tests.extract.test_estimates_incidents import _totals


@pytest.mark.parametrize("text", [
    "Haitian President Jovenel Moise was killed early Wednesday in Port-au-Prince.",
    "Former Japanese Prime Minister Shinzo Abe was shot dead on Friday in Nara.",
    "Taliban fighters killed Afghan Army Commander Ali Shah in Kunduz.",
])
def test_a_person_whose_title_a_country_s_adjective_opens_is_one_dead(text):
    assert _totals(text) == (1, 0)


def test_a_people_named_in_capitals_is_no_one_dead():
    assert _totals("Ukrainian Forces Killed North Korean Soldiers In Kursk") == (0, 0)
