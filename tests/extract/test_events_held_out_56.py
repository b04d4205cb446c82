"""Constructions of our own live blogs, agency wires and everyday news (stop 56): a village no gazetteer knows in an
article set in one country. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, country", [
    ("Militants torched houses in Kwambula village on Tuesday. Troops later raided a camp in Borno State.",
     "torched", "NGA"),
    ("Gunmen killed two farmers in Ikhai village on Monday. Police arrested a suspect in Imphal on Tuesday.",
     "killed", "IND"),
    ("Protesters blocked the Naameh highway on Monday. Later, rioters torched a bank in Beirut.", "blocked", "LBN"),
])
def test_a_place_no_gazetteer_knows_lies_in_the_one_country_of_its_article(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country


@pytest.mark.parametrize("text, trigger", [
    # the article's events lie in two countries: which one holds the village is a guess
    ("Militants torched houses in Kwambula village on Tuesday. Troops raided a camp in Borno State on Wednesday. "
     "In Niger, soldiers killed ten fighters near Diffa on Thursday.", "torched"),
    # a name alone, a sea: anywhere
    ("Warplanes bombed Khas Dagh on Monday. Troops later raided a camp in Borno State.", "bombed"),
    ("A warship fired at a tanker in the South China Sea on Monday. Troops raided a camp in Borno State.", "fired"),
    # the countries an article names are no place of its events: a coalition of one country strikes in another
    ("Saudi-led coalition warplanes struck the Shathath area on Monday, killing four civilians.", "struck"),
])
def test_no_country_is_guessed_for_a_place_the_article_does_not_settle(text, trigger):
    assert event_on(text, trigger, JUL_4).location_country is None
