"""Places of events the judges of stop 58 found misplaced: a region's name that a far larger city abroad bears, and
the other constructions below. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, country", [
    ("Students threw stones at police in Santiago on Monday.", "threw", "CHL"),
    ("Inmates took five guards hostage at the Turi prison in Cuenca on Monday.", "took", "ECU"),
    ("Health workers marched in Trujillo on Monday.", "marched", "PER"),
])
def test_a_bare_name_of_a_region_and_a_far_larger_city_abroad_is_the_city(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country


@pytest.mark.parametrize("text, trigger, country", [
    ("Farmers marched in Cuenca province on Monday.", "marched", "ESP"),
    ("Farmers marched in Cuenca, Spain, on Monday.", "marched", "ESP"),
    ("Farmers marched in Cuenca on Monday, Spanish police said.", "marched", "ESP"),
    ("Farmers marched in Valencia on Monday.", "marched", "ESP"),
    ("Bushfires forced hundreds to flee in Victoria, and farmers marched in Victoria on Monday.", "marched", "AUS"),
])
def test_a_region_told_as_one_or_in_a_story_of_its_country_stays(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country
