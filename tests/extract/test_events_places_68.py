"""Where the events of a story happened (stop 68): a place the phrase calls a village or hamlet is no city abroad of its
name ("near the village of Kobe" in a story from Mali is no Japanese city): the story's one country, else none; the
city stays where the phrase names it bare or as a town, or the story names the city's country. A body that tells of the event in an attribution after it ("…, the Essonne
prefecture said") is no place of it. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

MAY_12 = datetime(2024, 5, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, country", [
    ("Jihadists attacked a military convoy in northeastern Mali on Friday, killing 12 soldiers near the village of "
     "Kobe, the army said.", "killing", "MLI"),
    ("Jihadists attacked a military convoy in northeastern Mali on Friday. Twelve soldiers were killed near the "
     "village of Kobe, the army said.", "attacked", "MLI"),
    ("Bandits in northern Nigeria killed 12 farmers in the hamlet of Kobe on Friday, police said.", "killed", "NGA"),
    # guards: a town, a bare name, the city's own country, the phrase's own country
    ("Jihadists attacked a military convoy in northeastern Mali on Friday, killing 12 soldiers near the town of "
     "Kobe, the army said.", "killing", "JPN"),
    ("Gunmen killed three people in Kobe on Friday, police said.", "killed", "JPN"),
    ("Police in Kenya arrested 12 men in the village of Nairobi on Friday.", "arrested", "KEN"),
    ("Gunmen attacked the village of Kobe in Mali's Mopti region on Friday.", "attacked", "MLI"),
])
def test_a_village_is_no_city_abroad(text, trigger, country):
    assert event_on(text, trigger, MAY_12).location_country == country


APR_15 = datetime(2022, 4, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location", [
    ("A primary school was partly damaged by fire on Thursday, the Essonne prefecture said.", "fire", None),
    ("Gunmen stormed a police post on Thursday, the Kandahar governorate reported.", "stormed", None),
    # guards: a place of the act before the attribution, and a speaker set off with a place after it
    ("Gunmen killed three soldiers on Friday in Maiduguri, Borno state, police said.", "killed", "Maiduguri"),
    ("Gunmen stormed a police post in Kandahar province on Thursday, officials said.", "stormed",
     "Kandahar province"),
])
def test_a_speaking_body_is_no_place(text, trigger, location):
    assert event_on(text, trigger, APR_15).location == location
