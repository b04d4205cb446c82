"""A running total told over a span since a war or coup is no event (stop 67): "more than 5,600 civilians have been
killed by the junta since the February 2021 coup". Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, triggers", [
    ("More than 4,000 civilians have been killed by the security forces since the 2021 military coup.",
     ["military coup"]),
    ("At least 900 people have been killed in air strikes since the war began, the group said.", []),
    ("Hundreds of teachers have been killed by armed groups since the start of the insurgency.", []),
    ("More than 600 civilians have been killed in Russian air strikes in the region this year.", []),
    # guards: acts of the story's own day; a span of days, the story's own violence; a toll of one incident
    ("Gunmen killed 12 villagers in Zamfara on Sunday, police said.", ["killed"]),
    ("Six civilians have been killed in Russian air strikes on Kharkiv on Monday.", ["air strikes"]),
    ("Twelve soldiers have been killed in an ambush since the convoy left Gao on Monday.", ["killed"]),
])
def test_a_running_total_since_a_war_or_coup_is_no_event(text, triggers):
    assert sorted(e.trigger for e in events_of(text, SEP_3)) == triggers
