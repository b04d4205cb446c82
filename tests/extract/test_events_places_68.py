"""Where the events of a story happened (stop 68): a place the phrase calls a village or hamlet is no city abroad of its
name ("near the village of Kobe" in a story from Mali is no Japanese city): the story's one country, else none; the
city stays where the phrase names it bare or as a town, or the story names the city's country. Every text is our
own."""
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
