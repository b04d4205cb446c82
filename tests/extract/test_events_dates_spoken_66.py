"""An act a speaker tells as its own on a day it names ("Houthis said on Tuesday they had targeted a ship") is of the
day of the speech, not of an act told after it as its cause ("in response to strikes at the weekend"); an act with a
day of its own, or one the speaker tells of another, keeps its day. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_24 = datetime(2024, 7, 24, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when", [
    ("SANAA — Yemen's Houthis said on Tuesday they had targeted a merchant ship in the Red Sea, in what they said was "
     "a response to Israel's strikes on Hodeidah at the weekend.", "targeted", (date(2024, 7, 23), "day")),
    ("The army said on Monday it had shot down a drone, days after rebels attacked a base on Saturday.", "shot down",
     (date(2024, 7, 22), "day")),
    # guards: the cause keeps its own time; an act with a day of its own; another's act
    ("SANAA — Yemen's Houthis said on Tuesday they had targeted a merchant ship in the Red Sea, in what they said was "
     "a response to Israel's strikes on Hodeidah at the weekend.", "strikes", (date(2024, 7, 15), "week")),
    ("The army said on Monday it had shot down a drone on Sunday.", "shot down", (date(2024, 7, 21), "day")),
    ("Police said on Monday the gunman opened fire on the crowd at the weekend.", "opened fire",
     (date(2024, 7, 15), "week")),
])
def test_an_act_announced_as_ones_own_is_of_the_day_of_the_speech(text, trigger, when):
    event = event_on(text, trigger, JUL_24)
    assert (event.date, event.date_precision) == when
