"""Rows of stop 71 that were no events, and an arrest that was missed. A participle of backing between a determiner
and its noun tells a standing ("the internationally recognised government"), a verb in the simple present of a
relative clause a habit ("where the council meets"), a camp with no protest told a place where people live, plural
acts in the perfect of a trend verb a trend ("attacks have increased"), a vehicle that ran into a wall or another
vehicle an accident, a patrol that arrived or chased someone a unit on its round, a blast at a port or a warehouse an
accident; people "taken in for questioning" are held. Guards keep the real ones: a state that recognised a government,
a council that met, protesters' camps, attacks told one by one, a drone or a mine that hit, patrols deployed or that
arrested people, a bomb at a port. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_4 = datetime(2026, 3, 4, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode) for e in events_of(text, MAR_4)]


def _types(text: str) -> set[str]:
    return {event_type for _, event_type, _ in _rows(text)}


@pytest.mark.parametrize("text", [
    "Yemen's internationally recognised government condemned the strike on Tuesday.",
    "The internationally recognized administration in Tobruk rejected the plan on Monday.",
    "Their widely endorsed candidate lost the runoff in Kenema on Sunday.",
])
def test_a_participle_of_backing_before_its_noun_is_a_standing(text):
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize("text", [
    "Brazil recognised the new government in Caracas on Monday, the foreign ministry said.",
    "Three governors publicly endorsed her on Friday.",
])
def test_a_government_recognised_or_a_candidate_endorsed_is_still_backed(text):
    assert "SUPPORT" in _types(text)


@pytest.mark.parametrize("text, trigger", [
    ("Several thousand people marched towards the palace, where the transitional council meets, demanding more "
     "security.", "meets"),
    ("Police said a man who attacks women in parks has been arrested in Leeds.", "attacks"),
    ("The envoys flew to Muscat, where the contact group meets each month.", "meets"),
    ("Thousands marched towards the villa, where the Transitional Presidential Council meets, demanding safety.",
     "meets"),
])
def test_a_verb_in_the_present_of_a_relative_clause_is_a_habit(text, trigger):
    assert trigger not in [t for t, _, _ in _rows(text)]


@pytest.mark.parametrize("text, row", [
    ("Protesters gathered outside the building where the council met on Thursday to approve the budget.",
     ("met", "CONSULT", None)),
    ("The militia, which attacked the town of Baidoa in May, denied any role.", ("attacked", "ASSAULT", None)),
])
def test_a_verb_in_the_past_of_a_relative_clause_is_still_an_event(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead two farmers at a landless workers' encampment in Para state on Monday.",
    "Aid agencies said the tent camps outside Rafah were flooded after heavy rain on Sunday.",
    "The families have lived in the encampment beside the highway since 2019, the mayor said.",
])
def test_a_camp_with_no_protest_told_is_a_place(text):
    assert "PROTEST" not in _types(text)


def test_a_protesters_camp_is_still_a_protest():
    assert ("encampment", "PROTEST", "demo") in _rows(
        "Hundreds of protesters set up an encampment outside parliament in Tbilisi on Monday.")


@pytest.mark.parametrize("text, trigger", [
    ("The government has faced criticism as attacks on police and soldiers have increased since last year.",
     "attacks"),
    ("Kidnappings for ransom are rising in the north-west, the report said.", "Kidnappings"),
    ("Protests against the reform have grown since the vote in May.", "Protests"),
])
def test_plural_acts_told_as_a_trend_are_no_event(text, trigger):
    assert trigger not in [t for t, _, _ in _rows(text)]


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen attacked a police post in Zamfara on Monday, killing two officers.", "attacked"),
    ("Attacks on the convoy have killed three drivers near Kidal since Monday.", "killed"),
])
def test_attacks_told_one_by_one_stay(text, trigger):
    assert trigger in [t for t, e, _ in _rows(text) if e == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The riots began on Friday after a teenager died when his motorbike hit a wall as police chased him.",
    "Two people were killed in Nakuru on Sunday when their minibus struck a parked tanker, police said.",
    "The army truck struck a lamp post on the ring road in Goma on Friday, the police said.",
])
def test_a_vehicle_that_ran_into_a_thing_is_an_accident(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text, trigger", [
    ("A Russian drone hit the wall of a school in Sumy on Monday.", "hit"),
    ("Their armoured vehicle hit a roadside bomb near Gao on Tuesday, killing four soldiers.", "roadside bomb"),
    ("Several men riding a motorcycle threw petrol bombs from their vehicle at two stores in Veracruz.", "threw"),
])
def test_a_strike_by_arms_or_from_a_vehicle_is_still_an_attack(text, trigger):
    assert trigger in [t for t, e, _ in _rows(text) if e == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "A man stabbed two passengers at a bus stop in Kiel on Friday. Bystanders held him until the first patrol "
    "arrived.",
    "The teenager crashed his scooter as a police patrol chased him through Lyon on Friday.",
])
def test_a_patrol_on_its_round_is_no_deployment(text):
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize("text, row", [
    ("The army deployed extra patrols to the border town on Sunday after the raid.",
     ("deployed", "MOBILIZE", "troops")),
    ("A group blocked an avenue in Villahermosa. Five police patrols arrived and arrested three people.",
     ("arrested", "COERCE", "arrest")),
])
def test_patrols_sent_or_that_act_stay(text, row):
    assert row in _rows(text)


def test_patrols_that_arrive_and_arrest_are_the_arrests_doers():
    events = events_of("A group blocked an avenue in Villahermosa. Five police patrols arrived and arrested three "
                       "people.", MAR_4)
    assert any(e.event_type == "COERCE" and e.actor and "police" in e.actor for e in events)


@pytest.mark.parametrize("text", [
    "A huge explosion at the port of Tema on Monday killed twelve workers.",
    "An explosion in a warehouse at the harbour killed four dock workers in Chittagong on Friday.",
])
def test_a_blast_at_a_port_or_a_warehouse_is_an_accident(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "A bomb exploded at the port of Aden on Monday, killing three customs officers.",
    "Houthi drones struck the port of Eilat on Monday, causing an explosion at a warehouse.",
])
def test_a_bomb_or_a_strike_at_a_port_is_still_an_attack(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers searched several villages on Friday. Two men were taken in for questioning, the army said.",
     "taken in for questioning"),
    ("Three students were held for questioning after the fire at the dormitory in Dhaka, police said.",
     "held for questioning"),
    ("Police in Mombasa said a driver had been picked up for questioning over the crash.",
     "picked up for questioning"),
])
def test_people_taken_in_for_questioning_are_held(text, trigger):
    assert (trigger, "COERCE", "arrest") in _rows(text)


def test_questions_put_by_reporters_hold_no_one():
    assert "COERCE" not in _types("The minister was questioned by reporters for an hour on Monday.")


PRESS_RELEASE = ("Hanover, 6 March 2026\n\nJoint press release of the Hanover Police Headquarters and the Public "
                 "Prosecutor's Office\n\nFatal knife attack at the Kröpcke station - 34-year-old suspect arrested\n\n"
                 "On Thursday evening, 5 March 2026, at around 7:10 p.m., a man attacked several passengers with a "
                 "knife at the Kröpcke station in Hanover city centre. A 58-year-old woman died at the scene. "
                 "Officers arrested the 34-year-old man at the scene at 7:14 p.m.")


def test_a_press_release_s_headline_below_its_sender_joins_the_story_s_events():
    events = events_of(PRESS_RELEASE, MAR_4)
    assert sorted(e.event_type for e in events) == ["ASSAULT", "COERCE"]
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.target == "passengers"  # the story's, not the station the headline packs in


def test_a_headline_that_opens_a_story_still_joins_its_lead():
    events = events_of("Knife attack at central station - suspect arrested\n\nOn Tuesday evening a man attacked three "
                       "people with a knife at the central station in Bremen. Officers arrested the 30-year-old at the "
                       "scene.", MAR_4)
    assert sorted(e.event_type for e in events) == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize("text", [
    "Rebels attacked a police station in Tumaco on Tuesday, killing three officers. A fourth officer died of his "
    "wounds in a hospital in Cali in the afternoon, the governor said.",
    "Gunmen ambushed a bus near Kidal on Monday, killing five passengers. A sixth passenger died in the regional "
    "hospital in Gao.",
])
def test_a_death_in_hospital_after_an_attack_is_its_toll_not_another_attack(text):
    assert [e.event_type for e in events_of(text, MAR_4)] == ["ASSAULT"]


def test_a_death_in_hospital_with_its_own_cause_stays_apart():
    events = events_of("Rebels attacked a police station in Tumaco on Tuesday, killing three officers. In Cali, a "
                       "retired judge died of cancer in a hospital on Wednesday.", MAR_4)
    assert sum(e.event_type == "ASSAULT" for e in events) == 1


@pytest.mark.parametrize("text", [
    "Hundreds of officers entered the favela at dawn to serve arrest warrants against leaders of the gang.",
    "Prosecutors have sought arrest warrants for three former ministers, the court said.",
])
def test_arrest_warrants_are_a_court_s_order_no_arrest(text):
    assert "COERCE" not in _types(text)


def test_arrests_made_by_the_police_stay():
    assert ("arrests", "COERCE", "arrest") in _rows("Police carried out arrests in the district on Monday.")


def test_people_detained_after_a_raid_to_serve_warrants_are_an_arrest_of_their_own():
    text = ("Hundreds of officers entered the favela at dawn to serve arrest warrants against leaders of the gang. "
            "Later residents protested on the main avenue. Police fired tear gas to disperse them, and four people "
            "were detained.")
    assert ("detained", "COERCE", "arrest") in _rows(text)
