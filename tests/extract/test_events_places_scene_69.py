"""Where a protest or an attack happened when its sentence also names the place of its cause or a road's ends: a war
"in Syria" protested against in Berlin, a kidnapping on the highway between two cities near a town. Every text is our
own; the places are real."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo import find_places
from tests.extract.test_events_wire import event_on

MAR_5 = datetime(2023, 3, 5, tzinfo=timezone.utc)  # a Sunday


@pytest.mark.parametrize("text, trigger, place, country", [
    ("Around 200 people protested against the war in Syria in Berlin on Saturday.", "protested", "Berlin", "DEU"),
    ("Around 200 people protested against the war in Syria outside the embassy in Berlin.", "protested", "Berlin",
     "DEU"),
    ("Students rallied over the crisis in Sudan in Nairobi on Friday.", "rallied", "Nairobi", "KEN"),
    ("Dozens of activists demonstrated against the fighting in Gaza in Amsterdam.", "demonstrated", "Amsterdam",
     "NLD"),
])
def test_the_place_of_a_cause_is_not_where_people_protested(text, trigger, place, country):
    found = event_on(text, trigger, MAR_5)
    assert place in found.location and found.location_country == country
    assert not any(w in found.location for w in ("Syria", "Sudan", "Gaza"))


@pytest.mark.parametrize("text, trigger", [
    ("Around 200 people protested in Berlin against the war in Syria on Saturday.", "protested"),
    ("Hundreds rallied in Berlin in support of the people of Syria.", "rallied"),
])
def test_a_place_told_before_the_cause_stays(text, trigger):
    assert event_on(text, trigger, MAR_5).location == "Berlin"


@pytest.mark.parametrize("text, joined", [
    ("The war in Syria in Berlin.", False),  # a country does not lie in a city of another
    ("A protest over the crisis in Sudan in Nairobi.", False),
    ("Gunmen shot a farmer in Ara in As-Sweida.", True),  # a town's name abroad does not part it from its region
    ("Fighting was reported in Tripoli in northern Lebanon.", True),
])
def test_a_place_lies_in_the_next_only_where_a_country_holds_both(text, joined):
    spans = [p.text for p in find_places(text)]
    assert any(" in " in s for s in spans) == joined, spans


@pytest.mark.parametrize("text, trigger, place", [
    ("Gunmen kidnapped two engineers on the highway between Lagos and Ibadan near Ogere on Friday.", "kidnapped",
     "Ogere"),
    ("Bandits ambushed a bus on the road between Kaduna and Abuja near Katari.", "ambushed", "Katari"),
])
def test_a_point_on_a_road_beats_the_road_s_ends(text, trigger, place):
    assert event_on(text, trigger, MAR_5).location == place


def test_a_road_s_ends_stay_the_place_when_no_point_is_told():
    found = event_on("Gunmen kidnapped two engineers on the highway between Lagos and Ibadan.", "kidnapped", MAR_5)
    assert found.location == "Lagos and Ibadan"
