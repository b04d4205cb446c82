"""An adverb of frequency after a verb in the present, or after its progressive with "have been", tells a habit, not
an event ("bandits attack villages almost daily", "have been attacking Kharkiv oblast almost daily since …"); the
past with such an adverb tells acts that happened ("attacked the town daily for a week"), and a daily report is no
habit of its verb. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_6 = datetime(2024, 5, 6, tzinfo=timezone.utc)


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in events_of(text, MAY_6)]


@pytest.mark.parametrize("text, triggers", [
    ("Russian forces have been attacking Kharkiv oblast almost daily since Moscow launched its full-scale invasion in "
     "February 2022.", ["invasion"]),
    ("Bandits attack villages in the area almost daily, residents said.", []),
    ("Democrats blast the senator almost daily for blocking the vote.", []),
    ("Militants are shelling the border villages nightly, the governor said.", []),
    # guards: the past; a verb with no adverb of frequency; a daily report
    ("Russian forces attacked the town daily for a week in March, residents said.", ["attacked"]),
    ("Russian forces have been shelling Kharkiv since Saturday, the governor said.", ["shelling"]),
    ("The UN said on Sunday that attacks on Kharkiv had killed 12 people, in its daily report.", ["attacks"]),
])
def test_a_habit_told_after_its_verb(text, triggers):
    assert _triggers(text) == triggers
