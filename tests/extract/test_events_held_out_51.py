"""Constructions of our own texts in the styles we are measured on (stop 51): a word of politics that qualifies a
school, a person's title after a kind of place.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo.places import find_places
from tests.extract.test_events_wire import event_on, events_of

APR_25 = datetime(2024, 4, 25, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [
    "Armed men attacked a primary school in Djugu territory on Tuesday.",
    "At least 12 children were killed when gunmen attacked a primary school on Tuesday.",
    "Militants attacked primary schools and a clinic near Beni on Monday.",
])
def test_primary_before_a_school_is_no_vote(text):
    assert event_on(text, "attacked", APR_25).event_type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The senator attacked her rival in the primary on Tuesday.",
    "Trump attacked Cruz ahead of the Indiana primary.",
])
def test_an_attack_in_a_primary_is_still_words(text):
    assert event_on(text, "attacked", APR_25).event_type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The demonstrators burned a patrol car, state Security Secretary Rolando Solano said.",
    "The crowd set fire to the town hall, state Governor Evelyn Salgado said.",
    "Police dispersed the crowd, district Commissioner Peter Mwangi said.",
])
def test_a_title_after_a_kind_of_place_is_no_place(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text, place", [
    ("Troops entered the capital Lenga on Monday.", "capital Lenga"),
    ("Gunmen raided village Omboro at night.", "village Omboro"),
])
def test_a_name_after_a_kind_of_place_is_still_a_place(text, place):
    assert [p.text for p in find_places(text)] == [place]


@pytest.mark.parametrize("text, trigger, place", [
    ("On 20 September 2023, Azerbaijani forces regained control of Khojaly (Khojaly, Nagorno-Karabakh).",
     "regained control", "Khojaly"),
    ("On 6 August 2023, Fano militiamen took control of Lalibela (Lasta, North Wello).", "took control", "Lalibela"),
    ("On 5 November 2023, the MNDAA took over Chinshwehaw (Laukkaing, Shan-North).", "took over", "Chinshwehaw"),
    ("Rebels took control of Goma on Monday.", "took control", "Goma"),
])
def test_taking_a_named_town_is_fighting_for_it(text, trigger, place):
    event = event_on(text, trigger, APR_25)
    assert (event.event_type, event.target) == ("ASSAULT", place)


@pytest.mark.parametrize("text", [
    "Elon Musk took over Twitter in October.",
    "The new chief executive took control of the company on Monday.",
])
def test_taking_over_what_is_no_place_is_no_event(text):
    assert events_of(text, APR_25) == []
