"""Dates and participants of events (stop 61): a weekday a reported "would" puts ahead, … Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_14 = datetime(2024, 5, 14, tzinfo=timezone.utc)  # a Tuesday


def _dated(text: str, trigger: str) -> tuple[date | None, str]:
    [found] = [e for e in events_of(text, MAY_14) if e.trigger == trigger]
    return found.date, found.date_precision


@pytest.mark.parametrize("text, trigger, day", [
    # a weekday of what someone said would happen: the coming one
    ("A union spokesperson said workers would hold a rally on Thursday.", "rally", date(2024, 5, 16)),
    ("The mediator said the truce would take effect on Sunday.", "take effect", date(2024, 5, 19)),
    ("The minister said she would visit Kyiv on Friday.", "visit", date(2024, 5, 17)),
    # guards: what happened, or would have
    ("On Sunday, gunmen killed five villagers in Zamfara state.", "killed", date(2024, 5, 12)),
    ("The minister said on Monday she would visit Kyiv.", "visit", None),
    ("The talks would have resumed on Friday but for the strike.", "talks", date(2024, 5, 10)),
])
def test_a_weekday_of_what_would_happen_is_the_coming_one(text, trigger, day):
    assert _dated(text, trigger)[0] == day
