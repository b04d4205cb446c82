"""The day a witness tells a court what happened ("A detective told the court on Tuesday that the businessman was
abducted") is the testimony's, not the act's; a step forward ("three days later") that would fall after the story's
own day counts from no day the event had, so it dates nothing. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

MAR_19 = datetime(2026, 3, 19, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when", [
    ("A detective told the court on Tuesday that the businessman was abducted by four men outside his home in Karen.",
     "abducted", (date(2026, 3, 16), "week")),
    ("A witness told the tribunal on Monday that soldiers had shot the protester near the market.", "shot",
     (date(2026, 3, 16), "week")),
    ("Gunmen abducted a businessman in Karen on Tuesday. Police arrested two suspects three days later in Kajiado.",
     "arrested", (None, "none")),
    # guards: a speaker's own act it tells that day; a step that stays before the story's day
    ("The army said on Tuesday that it had detained the president.", "detained",
     (date(2026, 3, 17), "day")),
    ("Police said on Tuesday that gunmen abducted a businessman in Karen.", "abducted", (date(2026, 3, 16), "week")),
    ("Gunmen abducted a businessman in Karen on Monday. Police arrested two suspects two days later in Kajiado.",
     "arrested", (date(2026, 3, 18), "day")),
])
def test_testimony_and_steps_past_the_story(text, trigger, when):
    event = event_on(text, trigger, MAR_19)
    assert (event.date, event.date_precision) == when
