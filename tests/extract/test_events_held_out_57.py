"""Constructions of our own conflict notes (stop 57): what a protest asks for, told by a clause of purpose or a
participle of demand, is no request of its own. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor", [
    ("Nurses protested in Aden on Monday to demand unpaid wages.", "protested", "Nurses"),
    ("Farmers blocked a road near Cusco on Monday to demand the release of the former mayor.", "blocked", "Farmers"),
    ("Residents took to the streets of Sanaa on Monday to call for the release of prisoners.", "took to the streets",
     "Residents"),
    ("Hundreds of workers demonstrated in Dhaka on Monday calling for higher wages.", "demonstrated", "workers"),
    ("Students demanding the resignation of the rector marched in Lima on Monday.", "marched", "Students"),
    ("Protesters demanding the release of detained activists rallied in Minsk on Monday.", "rallied", "Protesters"),
    ("Teachers demanding higher pay marched in Nairobi on Monday.", "marched", "Teachers"),
])
def test_what_a_protest_asks_for_is_no_event_of_its_own(text, trigger, actor):
    found = events_of(text, JUL_4)
    assert [e.event_type for e in found] == ["PROTEST"]
    [protest] = found
    assert (protest.trigger, protest.actor, protest.modality) == (trigger, actor, "asserted")


@pytest.mark.parametrize("text, trigger, actor", [
    ("The union demanded a pay rise on Monday.", "demanded", "union"),
    ("The opposition is demanding new elections, and its supporters marched in Lima on Monday.", "demanding",
     "opposition"),
    ("Workers marched in Lima on Monday. The union demanded the release of its leader.", "demanded", "union"),
])
def test_a_demand_told_as_an_act_of_its_own_is_still_a_request(text, trigger, actor):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.actor) == ("REQUEST", actor)


def test_a_verb_that_takes_the_demand_keeps_it():
    # "threatened to demand": the threat's object, no purpose of the march
    found = events_of("Workers marched in Lima on Monday and threatened to demand the minister's resignation.", JUL_4)
    assert "REQUEST" in {e.event_type for e in found}


@pytest.mark.parametrize("text", [
    "Villagers clashed with CRS riot police in Nantes on Monday.",
    "Miners clashed with ESMAD riot police near Cali on Monday.",
    "Students threw stones at MAT riot police in Athens on Monday.",
])
def test_riot_police_named_by_their_unit_are_no_riot(text):
    assert "PROTEST" not in {e.event_type for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text", ["Prisoners riot in a Quito jail.", "Inmates rioted in a Quito jail on Monday."])
def test_a_riot_is_still_one(text):
    assert [e.event_type for e in events_of(text, JUL_4)] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Police detained 12 people in Antakya on Monday for looting shops damaged in the earthquake.",
    "Volunteers cleared roads damaged by the storm in Hue on Monday.",
    "Police arrested five men in Derna on Monday for stealing from homes destroyed in the floods.",
])
def test_a_thing_a_disaster_harmed_told_by_a_bare_participle_is_no_attack(text):
    assert not any(e.event_type == "ASSAULT" and e.trigger in ("damaged", "destroyed") for e in events_of(text, JUL_4))


def test_a_thing_harmed_in_fighting_is_still_harmed_by_someone():
    found = event_on("Soldiers burned houses in Bakhmut on Monday.", "burned", JUL_4)
    assert (found.event_type, found.actor) == ("ASSAULT", "Soldiers")
    assert event_on("A man wounded in an air strike in Gaza on Monday died.", "wounded", JUL_4).event_type == "ASSAULT"


@pytest.mark.parametrize("text, trigger", [
    ("A roadside bomb targeting a convoy of the Syrian army exploded near Deir ez-Zor on Monday.", "exploded"),
    ("An IED targeting a vehicle of the STC forces exploded in Mudiyah on Monday.", "exploded"),
])
def test_whose_thing_a_bomb_targeted_is_no_doer(text, trigger):
    assert event_on(text, trigger, JUL_4).actor is None


@pytest.mark.parametrize("text, trigger, actor", [
    ("Militants driving a truck of the Malian army attacked a base near Gao on Monday.", "attacked", "Militants"),
    ("Fighters of the Wagner group attacked a village near Gao on Monday.", "attacked", "Wagner group"),
    ("Members of the Kisan Union blocked a highway in Punjab on Monday.", "blocked", "Kisan Union"),
])
def test_the_doer_before_a_participle_or_of_a_group_stays(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


def test_a_call_for_a_protest_is_a_request_of_its_own():
    # (stop 57 review: the participle of demand before a protest verb is its subject's only after the people asking)
    text = "The opposition responded by calling for nationwide mobilization, asking citizens to take to the streets."
    assert [e.actor for e in events_of(text, JUL_4) if e.event_type == "REQUEST"] == ["opposition"]


@pytest.mark.parametrize("text, trigger, event_type", [
    # (re-judges of stop 57) a protest of the police, a town's heart captured, an assault on a place, a blast that
    # blasted, an offensive along a line
    ("On 8 July 2024, residents of Mathare came out to protest police killings.", "protest", "PROTEST"),
    ("On 20 May 2023, Wagner fighters captured the heart of Bakhmut (Donetsk oblast).", "captured", "COERCE"),
    ("Benjamin Netanyahu spoke on Monday. On 1 January 2024, Benjamin Netanyahu's assault on Gaza continued, with "
     "strikes on Khan Younis (Gaza Strip).", "assault", "ASSAULT"),
    ("Fighting erupted on September 27, when Azerbaijani forces launched an offensive along the line of contact.",
     "offensive", "ASSAULT"),
])
def test_what_the_re_judges_found_broken(text, trigger, event_type):
    assert event_on(text, trigger, JUL_4).event_type == event_type


def test_an_explosion_that_blasted_through_a_market_is_no_criticism():
    text = "On 3 March 2024, an explosion blasted through a crowded market in Bajaur, killing 5 people."
    assert {e.event_type for e in events_of(text, JUL_4)} == {"ASSAULT"}


def test_a_protest_placed_with_a_note_before_its_purpose_asks_nothing_of_its_own():
    # (re-judge) the coding project's notes put the region in brackets before "to demand"
    text = "On 15 December 2022, farmers blocked a highway near Ica (Ica region) to demand the release of Pedro Castillo."
    assert [e.event_type for e in events_of(text, JUL_4)] == ["PROTEST"]
