"""Constructions of our own terrorism and protest briefs (stop 58): rows that should not exist, or should be one row,
and triggers read in the wrong sense. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text", [
    "Anarchists set fire to a bank branch in Athens on Monday. No one was injured in the attack.",
    "Rebels burned ballot boxes in Chuschi on Monday. Nobody was killed.",
    "Gunmen attacked a checkpoint in Kandahar on Monday, but no one was hurt or killed.",
    "Gunmen attacked a checkpoint in Kandahar on Monday. No soldiers were killed.",
    "Gunmen attacked a checkpoint in Kandahar on Monday. Police said no one had been arrested.",
    "Gunmen attacked a checkpoint in Kandahar on Monday. None of the guards were wounded.",
])
def test_harm_or_arrest_of_no_one_is_no_event(text):
    found = events_of(text, JUL_4)
    assert [e.modality for e in found] == ["asserted"]
    assert found[0].trigger in {"set fire", "burned", "attacked"}


@pytest.mark.parametrize("text, trigger", [
    ("A man with no criminal record was arrested in Kandahar on Monday.", "arrested"),
    ("Police did not kill anyone in Kandahar on Monday.", "kill"),
])
def test_no_that_opens_no_subject_keeps_the_event(text, trigger):
    assert event_on(text, trigger, JUL_4) is not None


@pytest.mark.parametrize("text, target", [
    ("Moro's body was found on Monday after the Italian government refused to negotiate.", None),
    ("Several Republican leaders refused to endorse Mr. Trump on Monday.", "Mr. Trump"),
])
def test_what_a_refusal_refused_is_no_event_of_its_own(text, target):
    found = [e for e in events_of(text, JUL_4) if e.event_type != "OTHER"]
    assert [(e.event_type, e.target, e.modality) for e in found] == [("REJECT", target, "asserted")]


def test_a_negated_infinitive_after_another_verb_stays():
    found = event_on("The rebels failed to release the hostages on Monday.", "release", JUL_4)
    assert (found.event_type, found.modality) == ("RETREAT", "negated")


@pytest.mark.parametrize("text", [
    "Police officers freed the kidnapped prison officer in Mondragon on Tuesday.",
    "Two hostages were freed in a raid by US Navy SEALs in Somalia on Wednesday.",
])
def test_a_rescue_is_no_release_by_the_rescuers(text):
    assert "RETREAT" not in {e.event_type for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text, actor", [
    ("The kidnappers freed the hostages in Somalia on Wednesday after a ransom was paid.", "kidnappers"),
    ("Police released 12 protesters in Nairobi on Wednesday.", "Police"),
])
def test_a_release_by_those_who_held_them_stays(text, actor):
    [found] = [e for e in events_of(text, JUL_4) if e.event_type == "RETREAT"]
    assert found.actor == actor


@pytest.mark.parametrize("text", [
    "The abducted aid workers were released in Mogadishu on Tuesday.",
    "The kidnapped prison officer was found alive in Mondragon on Tuesday.",
])
def test_a_participle_before_a_compound_noun_of_people_names_them(text):
    assert "ASSAULT" not in {e.event_type for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text", [
    "Two suicide bombings struck the motorcade of Benazir Bhutto in Karachi on Monday, killing 139 people.",
    "A bomb exploded near the president's motorcade in Kabul on Monday.",
    "A bomb exploded near the presidential motorcade in Kabul on Monday.",
])
def test_a_motorcade_that_carries_someone_is_no_protest(text):
    assert "PROTEST" not in {e.event_type for e in events_of(text, JUL_4)}


def test_a_motorcade_of_protest_stays_one():
    found = event_on("Bolsonaro supporters held a motorcade in Brasilia on Sunday against the lockdown.", "motorcade",
                     JUL_4)
    assert (found.event_type, found.actor) == ("PROTEST", "Bolsonaro supporters")


def test_a_poison_released_is_an_attack():
    found = events_of("Cult members released sarin gas on a subway train in Tokyo on Monday, killing 13 people.", JUL_4)
    assert [(e.event_type, e.actor) for e in found] == [("ASSAULT", "Cult members")]


def test_captives_released_stay_a_release():
    found = event_on("The rebels released 12 hostages in Tokyo on Monday.", "released", JUL_4)
    assert (found.event_type, found.event_mode) == ("RETREAT", "release")


def test_allegiance_told_of_an_attacker_is_no_event():
    text = "A gunman who pledged allegiance to the Islamic State opened fire inside a nightclub in Orlando on Monday."
    assert [e.event_type for e in events_of(text, JUL_4)] == ["ASSAULT"]


def test_allegiance_pledged_is_support_of_whom_it_is_pledged_to():
    found = event_on("Boko Haram pledged allegiance to the Islamic State in March 2015.", "pledged allegiance", JUL_4)
    assert (found.event_type, found.actor, found.target) == ("SUPPORT", "Boko Haram", "Islamic State")


def test_a_pledge_to_act_stays_a_promise():
    assert event_on("The president pledged to release the prisoners.", "pledged", JUL_4).event_type == "AGREE"


@pytest.mark.parametrize("text, trigger, mode, actor", [
    ("Farmers held a road roko on the highway in Sangrur on Monday.", "road roko", "obstruct", "Farmers"),
    ("Residents banged pots and pans in Rosario on Monday night against the government.", "banged pots and pans",
     "demo", "Residents"),
    ("Thousands joined a cacerolazo in Cordoba on Monday night.", "cacerolazo", "demo", "Thousands"),
    ("Nurses toyi-toyied outside Dora Nginza Hospital in Gqeberha on Monday.", "toyi-toyied", "demo", "Nurses"),
    ("Unions called a two-day stayaway in Bulawayo on Monday.", "stayaway", "strike", "Unions"),
])
def test_protests_in_the_words_of_their_region(text, trigger, mode, actor):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.event_mode, found.actor) == ("PROTEST", mode, actor)


def test_a_stay_at_home_strike_is_a_strike():
    found = events_of("Residents observed a stay-at-home strike in Bahir Dar on Monday.", JUL_4)
    assert [(e.event_type, e.event_mode, e.trigger) for e in found] == [("PROTEST", "strike", "stay-at-home strike")]


@pytest.mark.parametrize("text", [
    "No fewer than 17 persons were killed on Monday night when gunmen attacked a village in Mangu.",
    "Not less than 12 people were killed when bandits attacked a village in Zamfara on Monday.",
])
def test_a_hedged_count_is_no_negation(text):
    assert {e.modality for e in events_of(text, JUL_4)} == {"asserted"}


def test_a_clause_of_time_is_not_negated_by_the_clause_before_it():
    text = "No one was killed when gunmen attacked a village in Zamfara on Monday."
    assert [(e.trigger, e.modality) for e in events_of(text, JUL_4)] == [("attacked", "asserted")]


def test_where_someone_hails_from_is_no_praise():
    text = "Seven labourers hailing from Punjab were shot dead by gunmen in Gwadar on Monday."
    assert [e.event_type for e in events_of(text, JUL_4)] == ["ASSAULT"]


def test_prayers_offered_are_no_offer():
    text = "The governor offered a prayer for the slain policemen in Lakki Marwat on Monday."
    assert "AGREE" not in {e.event_type for e in events_of(text, JUL_4)}


def test_talks_offered_stay_an_offer():
    assert event_on("The government offered talks to the rebels on Monday.", "offered", JUL_4).event_type == "AGREE"
