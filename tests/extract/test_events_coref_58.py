"""Coreference of one incident told in several sentences (stop 58): a "when" clause after what the victims were doing
tells the incident of the sentence before at a place of its own, and the people an attack harmed, described by a
participle ("the injured policemen"), are no event at a place or time of their own. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_6 = datetime(2024, 11, 6, tzinfo=timezone.utc)  # a Wednesday


def _assaults(text: str) -> list:
    return [e for e in events_of(text, NOV_6) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a police convoy in Heliodoro Castillo, Guerrero, on Monday. The officers were returning from an "
    "operation near Tlacotepec when armed men on a hillside opened fire, officials said.",
    "A councilor was killed in an ambush by gunmen in Datu Odin Sinsuat on Tuesday. He was driving his truck when two "
    "men on a motorcycle pulled alongside and opened fire in Barangay Dinaig Proper, police said.",
    "Rebels ambushed an army patrol in Las Navas, Northern Samar, on Monday. The soldiers were on patrol near "
    "Barangay San Jose when rebels opened fire.",
    "Three farmers were shot dead by militants in Bishnupur district on Thursday. The victims had gone to their fields "
    "near Ningthoukhong when the militants opened fire.",
])
def test_a_when_clause_after_what_the_victims_were_doing_tells_the_incident_on(text):
    assert len(_assaults(text)) == 1


@pytest.mark.parametrize("text", [
    # another region of the country: another incident
    "Gunmen killed five people in Culiacan on Monday. A family was driving in Tijuana when armed men opened fire.",
    # the sentence tells a toll of its own: its incident
    "Gunmen ambushed a police convoy in Heliodoro Castillo on Monday. Two soldiers were killed in Tlacotepec when "
    "rebels attacked a patrol.",
    # a sentence that moves on to another scene
    "Gunmen ambushed a police convoy in Heliodoro Castillo on Monday. Separately, a family was driving near "
    "Tlacotepec when armed men opened fire.",
])
def test_a_when_clause_of_its_own_incident_stays_apart(text):
    assert len(_assaults(text)) == 2


def test_the_people_harmed_described_by_a_participle_have_no_place_or_time_of_their_own():
    text = ("Terrorists attacked a police check post in Lakki Marwat on Monday night, killing four policemen. One of "
            "the injured policemen succumbed to his wounds at a hospital in Peshawar on Tuesday. The government "
            "announced compensation for the family of each martyred policeman.")
    [attack] = _assaults(text)
    assert (attack.actor, attack.location, attack.mentions) == ("Terrorists", "Lakki Marwat", 4)


def test_an_attack_told_apart_keeps_its_own_victims():
    text = ("Terrorists attacked a police check post in Lakki Marwat on Monday, killing four policemen. On Tuesday, "
            "gunmen shot dead two traders in Quetta.")
    assert [e.location for e in _assaults(text)] == ["Lakki Marwat", "Quetta"]



def test_a_victim_described_is_no_doer_of_the_act_told_next():
    # "the family of each martyred policeman": the family is no doer, and the policemen are the check post's dead
    text = ("Terrorists attacked a police check post in Lakki Marwat on Monday night, killing four policemen. Later on "
            "Tuesday, policemen staged a sit-in on the Indus Highway and demanded armoured vehicles. The government "
            "announced Rs 10 million for the family of each martyred policeman. The attack came a day after a police "
            "constable was shot dead in Bannu.")
    attack, shooting = _assaults(text)
    assert (attack.mentions, shooting.trigger, shooting.actor) == (4, "shot dead", None)


def test_a_killing_beside_what_protesters_did_is_no_act_of_theirs():
    text = ("At least five people were shot dead outside Parliament in Nairobi on Tuesday as protesters stormed the "
            "building.")
    killing, storming = _assaults(text)
    assert (killing.trigger, killing.actor, storming.trigger, storming.actor) == (
        "shot dead", None, "stormed", "protesters")


@pytest.mark.parametrize("text", [
    "Protesters stormed a police station in Nairobi on Tuesday, killing two officers.",
    "Two people were killed in Nairobi on Tuesday when protesters set fire to a bus.",
])
def test_a_killing_the_protesters_did_is_their_act(text):
    [attack] = _assaults(text)
    assert attack.actor.lower() == "protesters"
