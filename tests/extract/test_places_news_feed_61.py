"""Places a news feed names by a possessive and a direction alone: "in Nigeria's northeast", "a pub in Sydney's inner
west" (stop 61). The names are real places; every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

AUG_10 = datetime(2024, 8, 10, tzinfo=timezone.utc)  # a Saturday


@pytest.mark.parametrize("text, trigger, location, country", [
    ("Gunmen killed five people in Nigeria's northeast on Saturday.", "killed", "Nigeria's northeast", "NGA"),
    ("A man was stabbed at a pub in Sydney's inner west early on Saturday.", "stabbed",
     "Sydney's inner west", "AUS"),
    ("Militants attacked an army post in Pakistan's northwest.", "attacked", "Pakistan's northwest", "PAK"),
])
def test_a_direction_after_a_place_possessive_is_a_place(text, trigger, location, country):
    found = event_on(text, trigger, AUG_10)
    assert (found.location, found.location_country) == (location, country)


@pytest.mark.parametrize("text, trigger", [
    # guards: a noun after the direction is what the possessive owns, not a place
    ("Russia's western allies condemned the attack on Saturday.", "condemned"),
    ("Police arrested Smith's north-west gang leader on Saturday.", "arrested"),
])
def test_a_direction_before_a_noun_is_no_place(text, trigger):
    assert event_on(text, trigger, AUG_10).location is None
