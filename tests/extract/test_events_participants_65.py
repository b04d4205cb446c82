"""Who did what to whom (stop 65): the name set in commas after a title is the one who acted ("the Commissioner of
Police, CP Emmanuel Olugbemiga Adesina, had ordered …": Adesina, not the title), but not a description, a place or a
name that is one of two coordinated people. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUL_19 = datetime(2025, 7, 19, tzinfo=timezone.utc)


def _actor(text: str, trigger: str) -> str | None:
    [event] = [e for e in events_of(text, JUL_19) if e.trigger == trigger]
    return event.actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Alfred said the Commissioner of Police, CP Emmanuel Olugbemiga Adesina, had ordered a manhunt for the "
     "perpetrators.", "ordered", "CP Emmanuel Olugbemiga Adesina"),
    ("The Commissioner of Police, CP Emmanuel Olugbemiga Adesina, has ordered a manhunt for the perpetrators.",
     "ordered", "CP Emmanuel Olugbemiga Adesina"),
    ("Police said the Inspector-General of Police, IGP Kayode Egbetokun, had ordered a manhunt for the gunmen.",
     "ordered", "IGP Kayode Egbetokun"),
    ("Alfred said the Commissioner of Police, Emmanuel Adesina, had ordered a manhunt for the perpetrators.",
     "ordered", "Emmanuel Adesina"),
    ("His wife, Tashfeen Malik, opened fire on the crowd.", "opened fire", "Tashfeen Malik"),
    # guards: a description, a place and a coordination in commas; a name that was already found
    ("The Commissioner of Police, a former army officer, has ordered a manhunt for the perpetrators.",
     "ordered", "Commissioner of Police"),
    ("The governor of Kano, Northern Nigeria, ordered a curfew.", "ordered", "governor of Kano"),
    ("Alfred said the chairman of the council, Mr Musa Bello, had ordered a manhunt for the perpetrators.",
     "ordered", "Mr Musa Bello"),
])
def test_the_name_after_a_title_acts(text, trigger, actor):
    assert _actor(text, trigger) == actor


def test_a_name_of_one_of_two_coordinated_people_is_no_actor_of_both():
    [event] = [e for e in events_of("Farook and his wife, Tashfeen Malik, died in a shootout with police.", JUL_19)
               if e.trigger == "died"]
    assert event.target == "Farook and his wife"


def _target(text: str, trigger: str) -> str | None:
    [event] = [e for e in events_of(text, JUL_19) if e.trigger == trigger]
    return event.target


@pytest.mark.parametrize("text, trigger, target", [
    # a past participle right after a verb's object tells of that object, not of the clause's subject
    ("On Monday, soldiers freed six people abducted last week from a village in Niger state.", "abducted", "people"),
    ("Soldiers freed six civilians abducted from a village.", "abducted", "civilians"),
    ("Troops rescued 20 passengers kidnapped on the highway.", "kidnapped", "passengers"),
    ("Soldiers found six people abducted from a village.", "abducted", "people"),
    ("Police found two bodies dumped near the road in Kaduna on Sunday.", "dumped", "bodies"),
    # guards: a participle phrase on the subject; a verb with its own object
    ("Six people abducted from a village were freed.", "abducted", "people"),
    ("A suicide bomber riding a motorcycle loaded with explosives attacked a convoy.", "attacked", "convoy"),
    ("Gunmen abducted six people from a village in Niger state last week.", "abducted", "people"),
])
def test_a_reduced_passive_relative_befalls_the_object_before_it(text, trigger, target):
    assert _target(text, trigger) == target


@pytest.mark.parametrize("text, trigger, target", [
    # the vehicle driven into people is the means, what it was driven into the target, whatever vehicle it was
    ("In December 2017, Saeed Noori drove an SUV into pedestrians at the Flinders Street crossing in Melbourne.",
     "drove", "pedestrians"),
    ("An SUV was driven into pedestrians in Melbourne on Friday.", "driven into", "pedestrians"),
    ("The jeep was driven into the crowd.", "driven into", "crowd"),
    # guards: a car of the known class, and a car rammed into a convoy
    ("A man drove a car into the crowd at a Christmas market in Magdeburg on Friday.", "drove", "crowd"),
    ("A suicide bomber rammed a car into a convoy.", "rammed", "convoy"),
])
def test_the_vehicle_driven_into_people_is_no_target(text, trigger, target):
    assert _target(text, trigger) == target


@pytest.mark.parametrize("text, trigger, target", [
    # "before" with a noun phrase and a time is a preposition, whose object is no subject of the verb after "and"
    # (the subject past the description in commas is the one remanded, not the justice)
    ("The man, from the Melbourne suburb of Dandenong, appeared before a bail justice late on Sunday and was "
     "remanded in custody.", "remanded", "man"),
    # guards: the subject of a clause "before" opens; a plain subject
    ("Protesters blocked the road before police arrived and arrested 12 people.", "arrested", "people"),
    ("The suspect appeared before a magistrate on Monday and was remanded in custody.", "remanded", "suspect"),
])
def test_the_object_of_before_is_no_subject(text, trigger, target):
    assert _target(text, trigger) == target
