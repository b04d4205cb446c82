"""Who did what to whom (stop 66): the site a bomb went off at is the attack's target before the victims of its toll,
also when more devices are listed ("set off a backpack bomb and a car bomb outside two nightclubs") or the site is
told by a part of it ("in the foyer of the Manchester Arena"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JAN_2 = datetime(2020, 1, 2, tzinfo=timezone.utc)


def _targets(text: str) -> list[str | None]:
    return [e.target for e in events_of(text, JAN_2) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, target", [
    ("On 1 January 2020, militants set off a backpack bomb and a car bomb outside two nightclubs in Kuta, Indonesia. "
     "The bombings killed 202 people.", "nightclubs"),
    ("On 1 January 2020, militants detonated a car bomb and a roadside bomb near a police checkpoint in Kabul, "
     "Afghanistan.", "police checkpoint"),
    ("On 1 January 2020, a suicide bomber detonated an explosive device in the foyer of the Manchester Arena, United "
     "Kingdom. 22 people were killed.", "foyer of the Manchester Arena"),
    ("On 1 January 2020, a bomb exploded in the lobby of the Hotel Continental in Kabul, Afghanistan. 12 people were "
     "killed.", "lobby of the Hotel Continental"),
    ("On 1 January 2020, a bomb exploded in the courtyard of a mosque in Kabul, Afghanistan. 12 people were killed.",
     "courtyard of a mosque"),
    # guards: one device and a site; a part of no site ("the middle of a busy street"), a time ("the end of a
    # concert"), a device and another verb
    ("On 1 January 2020, militants set off a car bomb outside two nightclubs in Kuta, Indonesia. The bombings killed "
     "202 people.", "nightclubs"),
    ("On 1 January 2020, a bomb exploded in the middle of a busy street in Kabul, Afghanistan. 12 people were killed.",
     "people"),
    ("On 1 January 2020, a suicide bomber detonated an explosive device at the end of a concert in Manchester, "
     "England.", None),
    ("On 1 January 2020, militants set off a bomb and fled in Kabul, Afghanistan.", None),
])
def test_the_site_a_bomb_went_off_at_is_its_target(text, target):
    assert _targets(text) == [target]


def _arrested(text: str) -> str | None:
    [event] = [e for e in events_of(text, JAN_2) if e.trigger == "arrested"]
    return event.target


@pytest.mark.parametrize("text, target", [
    ("On 1 January 2020, a gunman opened fire on worshippers at a mosque in Christchurch, New Zealand. The attacker, "
     "an Australian white supremacist, livestreamed the shooting and was arrested by police while driving away.",
     "attacker"),
    ("On 1 January 2020, a man stabbed two women in Hamburg, Germany. The suspect, a 30-year-old mechanic, fled the "
     "scene and was arrested by police an hour later.", "suspect"),
    # guard: with no description in commas
    ("On 1 January 2020, a gunman opened fire on worshippers at a mosque in Christchurch, New Zealand. The attacker "
     "livestreamed the shooting and was arrested by police while driving away.", "attacker"),
])
def test_a_subject_past_its_description_is_arrested_by_a_second_passive_verb(text, target):
    assert _arrested(text) == target


@pytest.mark.parametrize("text, trigger, wrong", [
    # guards: a place's name in commas is no description of the subject; an infinitive's doer may be an object
    ("On 1 January 2020, in Choloma, Cortes, armed men broke into a house and shot dead three men.", "shot dead",
     "Cortes"),
    ("Karabakh, an ethnic exclave, drove thousands of Armenians to demand a referendum.", "demand", "Karabakh"),
])
def test_no_subject_past_a_place_or_for_an_infinitive(text, trigger, wrong):
    [event] = [e for e in events_of(text, JAN_2) if e.trigger == trigger]
    assert event.actor != wrong


def _protested(text: str) -> str | None:
    [event] = [e for e in events_of(text, JAN_2) if e.event_type == "PROTEST"]
    return event.target


@pytest.mark.parametrize("text, target", [
    ("On 1 January 2020, thousands of supporters of the junta demonstrated outside the French military base in Niamey "
     "(Niamey) demanding the departure of French troops.", "French military base"),
    ("On 1 January 2020, teachers protested outside the Ministry of Education in Niamey (Niamey).",
     "Ministry of Education"),
    ("On 1 January 2020, teachers staged a sit-in in front of the office of the governor in Niamey (Niamey).",
     "office of the governor"),
    ("On 1 January 2020, relatives rallied outside the regional court of Limassol demanding justice.",
     "regional court of Limassol"),
    # guards: a building that is no seat of power; their own office; what it was against, told after the seat
    ("On 1 January 2020, teachers protested outside a mosque in Niamey (Niamey).", None),
    ("On 1 January 2020, employees protested in front of their home office in Tripoli (Tripoli) to denounce the arrest "
     "of their director.", None),
    ("On 1 January 2020, teachers protested outside the Ministry of Education against the minister in Niamey.",
     "minister"),
])
def test_a_seat_of_power_a_protest_was_held_outside_is_its_target(text, target):
    assert _protested(text) == target


@pytest.mark.parametrize("text, place", [
    ("On 1 May 2020, villagers staged a protest in front of Jhalokati district DC office in Jhalokati city "
     "(Jhalokati, Barisal) alleging misappropriation.", "Jhalokati city (Jhalokati, Barisal)"),
    ("On 1 January 2020, traders demonstrated outside the Kano state governor's office in Kano city (Kano).",
     "Kano city (Kano)"),
])
def test_the_seat_a_protest_addresses_gives_no_place_of_its_own(text, place):
    [event] = [e for e in events_of(text, JAN_2) if e.event_type == "PROTEST"]
    assert event.location == place
    assert event.location_country is not None
