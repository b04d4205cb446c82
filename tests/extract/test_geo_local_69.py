"""Local places of a national outlet's story (stop 69): a story never names its own country, and a place the
gazetteer does not know ("Embakasi", a village, "the Sorro area") lies in the one country the lead's towns, regions,
capital or dateline lie in; a sea, a region larger than a country, a country's demonym alone, or a lead of places of
several countries gives none. Every text is our own; the place names of the cases are made up where the gazetteer
must not know them."""
from datetime import datetime, timezone

import pytest

from etl.extract.events.places import _local_name
from tests.extract.test_events_wire import event_on

MAR_2 = datetime(2026, 3, 2, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("text, trigger, location, country", [
    # the capital the lead names
    ("Nairobi police are hunting for gunmen who killed a trader at Kiwandani on Saturday night.", "killed",
     "Kiwandani", "KEN"),
    # a state named with its kind
    ("Gunmen killed two farmers in Dutsen Kurama on Sunday, the Kaduna State police command said.", "killed",
     "Dutsen Kurama", "NGA"),
    # a quarter of the capital the lead names, then a place of its own in a later sentence
    ("Police fired tear gas at protesters in the Borobari area of Dhaka on Monday. Later, they arrested 12 people "
     "at Kolabagan.", "arrested", "Kolabagan", "BGD"),
])
def test_an_unknown_place_lies_in_the_country_of_the_leads_places(text, trigger, location, country):
    event = event_on(text, trigger, MAR_2)
    assert event.location == location
    assert event.location_country == country


@pytest.mark.parametrize("text, trigger", [
    # a sea, by its own word, though the lead's capital is one country's
    ("Navy boats from Manama fired on a fishing dhow in the Persian Gulf on Sunday.", "fired"),
    # a country's demonym alone names the attackers' country, not the scene's
    ("Russian jets bombed Kafr Sorrani on Sunday, killing six people.", "bombed"),
    # the lead's places lie in two countries
    ("Nairobi police fired tear gas at traders on Monday, while Kampala police arrested 30 people at Kiwandani.",
     "arrested"),
])
def test_no_country_for_a_place_that_is_no_local_one(text, trigger):
    assert event_on(text, trigger, MAR_2).location_country is None


@pytest.mark.parametrize("name", ["Kiwandani", "Dutsen Kurama", "Borobari area", "F-17 sector", "Dar al Sorro"])
def test_a_proper_name_of_a_local_place(name):
    assert _local_name(name, "KEN")


@pytest.mark.parametrize("name", [
    "Persian Gulf", "Central Asia", "the Arctic", "Kalahari Desert",  # seas, deserts, regions larger than a country
    "State Department", "Judiciary Committee", "Democratic National Convention",  # bodies and events
    "Saturday's Republican", "Kiwandani July", "City", "Southwest", "South the Evangelicals",  # words of a slot gone wrong
    "Kenyan", "Uganda",  # a people, a country
])
def test_no_local_place(name):
    assert not _local_name(name, "KEN")


def test_a_homonym_abroad_is_no_local_place():
    # a town of the gazetteer in another country only
    assert not _local_name("Kharkiv", "KEN")
