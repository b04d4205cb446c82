"""Acts counted by ten or more, or by dozens or hundreds, over a month or more are a statistic of many incidents, no
event ("the country witnessed more than 80 militant attacks in June alone", "There were 300 terrorist attacks in
Pakistan in 2024", "906 attacks … last year"), nor are the kinds of acts such a tally spans ("ranging from arson to
physical assaults"); a few acts told of a month, acts counted on one day, and an incident named after a year stay
events. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUL_29 = datetime(2025, 7, 29, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.event_type) for e in events_of(text, JUL_29)]


@pytest.mark.parametrize("text, rows", [
    ("According to a think tank in Islamabad, the country witnessed more than 80 militant attacks in June alone, most "
     "of them in Khyber Pakhtunkhwa.", []),
    ("There were 300 terrorist attacks in Pakistan in 2024.", []),
    ("The country saw 120 attacks last year, according to the think tank.", []),
    ("Last year, German police reported 906 attacks against asylum seeker homes, ranging from arson to physical "
     "assaults.", []),
    ("Rights groups have documented hundreds of air strikes on schools in the past two years.", []),
    # guards: two attacks told of a month; acts counted on one day; one attack in a year; an incident after a year
    ("Two suicide attacks in Kabul last month killed 12 people.", [("killed", "ASSAULT")]),
    ("Militants carried out more than 50 attacks in Balochistan on election day.", [("attacks", "ASSAULT")]),
    ("A suicide attack on a military convoy in Bannu killed 13 soldiers in June.", [("killed", "ASSAULT")]),
    ("He promoted conspiracies about the Oklahoma City bombing in 1995 and the terrorist attacks of Sept. 11, 2001.",
     [("bombing", "ASSAULT"), ("attacks", "ASSAULT")]),
])
def test_acts_counted_over_a_month_or_more(text, rows):
    assert _rows(text) == rows
