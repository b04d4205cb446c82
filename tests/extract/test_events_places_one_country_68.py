"""A place the gazetteer does not know, named alone ("Jatrabari", "Embakasi"), in a story that places at least two
other events in one country and in no other: a local place of that country. Not when the story's events are in two
countries, nor when only one other event is placed. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

SEP_21 = datetime(2026, 9, 21, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, country", [
    ("Activists attacked a bus in Narayanganj on Monday. Police arrested ten men in Gazipur on Monday. "
     "Police clashed with protesters in Jatrabari on Tuesday.", "clashed", "BGD"),
    ("Police arrested five suspects in Mombasa on Monday. Gunmen robbed a bank in Nakuru on Monday. "
     "Police shot dead two suspects in Embakasi on Tuesday.", "shot dead", "KEN"),
    # guards: the other events in two countries; only one other event placed
    ("Activists attacked a bus in Narayanganj on Monday. Police arrested ten men in Kolkata on Monday. "
     "Police clashed with protesters in Jatrabari on Tuesday.", "clashed", None),
    ("Activists attacked a bus in Narayanganj on Monday. Police clashed with protesters in Jatrabari on Tuesday.",
     "clashed", None),
])
def test_a_name_alone_in_a_story_of_one_country(text, trigger, country):
    assert event_on(text, trigger, SEP_21).location_country == country
