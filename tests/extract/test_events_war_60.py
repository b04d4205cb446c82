"""War reporting of our own (stop 60): air, drone and missile strikes, the interceptions told of them, and the words
around them that are no attack. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

MAY_10 = datetime(2024, 5, 10, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text", [
    "Russia launched 25 drones at Ukraine overnight. Air defences shot down 20 of the 25 drones, the air force said.",
    "Israeli jets fired six missiles on Thursday, and Syrian air defences shot down some of them.",
    "Air defences downed 14 drones over Kyiv on Thursday.",
    "Ukraine shot down two cruise missiles over Kyiv on Thursday.",
])
def test_an_interception_is_no_attack_of_the_defender(text):
    assert not [e for e in events_of(text, MAY_10) if e.trigger in ("shot down", "shot", "downed")]


def test_the_defender_shooting_down_drones_is_not_the_attacker():
    text = "Drones attacked a fuel depot in Port Sudan on Thursday. Anti-aircraft defences shot down most of the drones."
    assert event_on(text, "attacked", MAY_10).actor is None


@pytest.mark.parametrize("text, trigger, actor", [
    ("Ukrainian air defences shot down a Russian Su-34 jet over Donetsk on Thursday.", "shot down",
     "Ukrainian air defences"),
    ("The Houthis shot down a U.S. MQ-9 Reaper drone over Yemen on Thursday.", "shot down", "Houthis"),
    ("The rebels downed a government helicopter on Thursday.", "downed", "rebels"),
])
def test_an_aircraft_shot_down_is_still_attacked(text, trigger, actor):
    found = event_on(text, trigger, MAY_10)
    assert (found.event_type, found.event_mode, found.actor) == ("ASSAULT", "aerial", actor)
