"""Participants, places and dates of incident summaries (stop 58): the group fighters come "from", what a device or
a rigged vehicle did not do, where and when the event was. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor", [
    ("Gunmen from Tehrik-i-Taliban Pakistan attacked a school in Peshawar on Monday.", "attacked",
     "Gunmen from Tehrik-i-Taliban Pakistan"),
    ("Militants from Lashkar-e-Taiba attacked a hotel in Mumbai on Monday.", "attacked",
     "Militants from Lashkar-e-Taiba"),
    ("Guerrillas from the Revolutionary Armed Forces of Colombia kidnapped four engineers near Saravena on Monday.",
     "kidnapped", "Guerrillas from the Revolutionary Armed Forces of Colombia"),
])
def test_fighters_from_a_group_the_lexicon_does_not_know_are_the_groups(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Gunmen from al-Shabaab attacked a hotel in Mogadishu on Monday.", "attacked", "Gunmen from al-Shabaab"),
    ("Fighters from Chechnya attacked a base in Donetsk on Monday.", "attacked", "Fighters"),
    ("Fighters from the Democratic Republic of Congo attacked a village in Rwanda on Monday.", "attacked",
     "Fighters"),
    ("Fighters from the province of Idlib attacked a village in Hama on Monday.", "attacked", "Fighters"),
    ("Police from Kabul arrested five men on Monday.", "arrested", "Police"),
    ("Myanmar military from LIB 538 torched eight houses in Rathedaung on Monday.", "torched", "Myanmar military"),
])
def test_fighters_from_a_place_or_a_unit_of_a_named_force_keep_their_phrase(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text", [
    "A gas canister bomb exploded on a commuter train in Paris on Monday, killing eight people.",
    "A pressure cooker bomb exploded near the finish line in Boston on Monday.",
    "A bus packed with dynamite exploded outside a police building in Bogota on Monday, killing 52 people.",
    "A truck carrying half a ton of dynamite exploded outside a police building in Bogota on Monday.",
])
def test_a_bomb_or_a_rigged_vehicle_that_exploded_names_no_one_who_set_it_off(text):
    assert event_on(text, "exploded", JUL_4).actor is None


@pytest.mark.parametrize("text, trigger, actor", [
    ("Israeli jets bomb Gaza on Monday.", "bomb", "Israeli jets"),
    ("Rebels detonated a truck packed with dynamite outside a base in Cauca on Monday, killing five soldiers.",
     "detonated", "Rebels"),
    ("Miners used dynamite to blow up a police post in Potosi on Monday.", "blow up", "Miners"),
])
def test_who_bombed_or_set_off_a_device_is_still_the_actor(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("A group of miscreants opened fire on a family in Sitapur on Monday.", "opened fire", "miscreants"),
    ("A group of merchants protested in Santa Rosa on Monday.", "protested", "merchants"),
    ("Students demanding reform of the quota system clashed with Chhatra League activists in Savar on Monday.",
     "clashed", "Students"),
])
def test_the_people_a_group_gathers_or_who_demand_something_act(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("A group of gunmen opened fire on a family in Sitapur on Monday.", "opened fire", "gunmen"),
    ("A gang of armed robbers attacked a bus near Kaduna on Monday.", "attacked", "gang of armed robbers"),
    ("Workers of a mine in Potosi went on strike on Monday.", "went on strike", "Workers"),
])
def test_a_group_of_fighters_and_the_people_of_a_place_keep_their_phrase(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor
