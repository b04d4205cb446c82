"""A running total told over a span up to now is no event (stop 66): "Dozens of mayors have been killed in Mexico in
recent years", "over the past decade"; a span in another clause leaves the act alone. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

AUG_5 = datetime(2025, 8, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, triggers", [
    ("A mayor was shot dead in Cotija on Sunday. Dozens of mayors and candidates have been killed in Mexico in recent "
     "years, often by cartels.", ["shot dead"]),
    ("More than 100 journalists have been killed in Mexico over the past decade.", []),
    # guards: the span in a clause of its own; a running total of this year, as before
    ("Three soldiers have been killed in an ambush in Mali, officials said, the deadliest attack in recent years.",
     ["killed"]),
    ("Twelve civilians have been killed by Maoists in the Bastar region this year.", []),
])
def test_a_running_total_over_recent_years_is_no_event(text, triggers):
    assert sorted(e.trigger for e in events_of(text, AUG_5)) == triggers
