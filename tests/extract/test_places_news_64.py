"""Places in mainstream news (stop 64): a country whose name is hyphenated ("Guinea-Bissau's army" is GNB, not Guinea
and Bissau read apart), and where a speaker or someone described in commas comes from ("said Gurmeet Singh, a farmer
from Patiala district", "The man, from the Melbourne suburb of Dandenong, appeared …"), which is no place of the
event. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo.countries import find_countries
from tests.extract.test_events_wire import event_on


@pytest.mark.parametrize("text, codes", [
    ("Guinea-Bissau's army said on Monday it had arrested 15 soldiers.", ["GNB"]),
    ("Soldiers tried to seize the presidential palace in Guinea-Bissau on Sunday.", ["GNB"]),
    # guards: hyphenated words that join two names, or a name and a word, stay as they were
    ("The Russia-Ukraine war entered its fourth year.", ["RUS", "UKR"]),
    ("The Saudi-led coalition struck Sanaa.", ["SAU", "YEM"]),
    ("Guinea's army said on Monday it had arrested 15 soldiers.", ["GIN"]),
    ("Equatorial Guinea and Papua New Guinea signed the deal.", ["GNQ", "PNG"]),
])
def test_a_hyphenated_country_name(text, codes):
    assert [m.code for m in find_countries(text)] == codes


DEC_9 = datetime(2025, 12, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location", [
    ("Police used force after protesters pelted stones at personnel at the Shambhu border on Monday, said Gurmeet "
     "Singh, a farmer from Patiala district.", "pelted", "the Shambhu border"),
    ("The man, from the Melbourne suburb of Dandenong, appeared before a bail justice late on Sunday and was remanded "
     "in custody.", "remanded", None),
    # guards: where people came from, told in the event's own clause, and a place the speaker's clause gives no origin
    ("Gunmen from Zamfara state attacked a village in Katsina on Monday.", "attacked", "Katsina"),
    ("Police fired tear gas at protesters in Ludhiana on Monday, said Harjit Kaur, a teacher from Kano.", "fired",
     "Ludhiana"),
])
def test_where_a_speaker_or_a_described_person_comes_from_is_no_place_of_the_event(text, trigger, location):
    assert event_on(text, trigger, DEC_9).location == location


@pytest.mark.parametrize("text, country", [
    ("MELBOURNE — Protesters rallied at St Paul's Cathedral in Melbourne on Sunday against the new law.", "AUS"),
    ("Protesters rallied outside St Mary's Hospital in Sydney on Sunday against the closure.", "AUS"),
    # guard: the same site in another city, and a country's possessive before its state
    ("Protesters rallied at St Paul's Cathedral in London on Sunday against the new law.", "GBR"),
    ("Protesters rallied in Nigeria's Niger state on Sunday against the new law.", "NGA"),
])
def test_a_site_named_in_the_possessive_is_no_town_of_that_name(text, country):
    assert event_on(text, "rallied", DEC_9).location_country == country
