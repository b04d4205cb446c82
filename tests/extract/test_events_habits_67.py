"""An adverb of frequency after a verb in the present, or after its progressive with "have been", tells a habit, not
an event ("bandits attack villages almost daily", "have been attacking Kharkiv oblast almost daily since …"); the
past with such an adverb tells acts that happened ("attacked the town daily for a week"), and a daily report is no
habit of its verb. A bare event noun that opens its sentence and is said to have become a source of income or to be
rife names a kind of act, none that happened. Every text is our own."""
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


@pytest.mark.parametrize("text, triggers", [
    ("Kidnapping for ransom has become a major source of income for armed gangs in the North-West.", []),
    ("Kidnappings have become common in Zamfara.", []),
    # guards: an act told by a bare noun that did something
    ("Attacks have killed 12 people in Borno since Sunday.", ["killed"]),
])
def test_a_kind_of_act_said_to_be_common(text, triggers):
    assert _triggers(text) == triggers
