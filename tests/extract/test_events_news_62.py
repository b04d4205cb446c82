"""Political and everyday news as the wires tell it (stop 62): a time told after the noun of an act ("authorization
last week of …"), … Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

DEC_28 = datetime(2024, 12, 28, tzinfo=timezone.utc)  # a Saturday


@pytest.mark.parametrize("text, trigger, day, precision", [
    # "last week" after the noun of an act, before its "of" complement, dates the act
    ("The measures follow Joe Biden's authorization last week of US$571 million in military assistance for Taiwan.",
     "military assistance", date(2024, 12, 16), "week"),
    ("The protests followed the arrest last week of an opposition leader in Dhaka.", "arrest", date(2024, 12, 16),
     "week"),
    # guards: a unit opened by a determiner or a possessive is part of what follows
    ("The rebels attacked the town in the last week of October.", "attacked", date(2024, 10, 1), "month"),
    ("The rebels attacked the town in their last week of the offensive in October.", "attacked", date(2024, 10, 1),
     "month"),
])
def test_a_time_told_after_the_noun_of_an_act(text, trigger, day, precision):
    found = event_on(text, trigger, DEC_28)
    assert (found.date, found.date_precision) == (day, precision)
