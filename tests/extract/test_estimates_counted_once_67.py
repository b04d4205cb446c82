"""A toll is counted once (stop 67): a running total told as the story's only figure of its kind is kept aside all the
same, unless its span is of days, the story's own spell of violence. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_3))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("According to the AAPP, more than 5,600 civilians have been killed by the junta since the February 2021 coup.",
     [("more than 5,600", "killed", "running_total")]),
    ("At least 200 people have been killed in the region so far this year, according to the UN.",
     [("At least 200", "killed", "running_total")]),
    ("Since January, 45 people have been killed in bandit attacks in Zamfara, police said.",
     [("45", "killed", "running_total")]),
    ("More than 3,000 people have been killed in the conflict over the past decade, the group said.",
     [("More than 3,000", "killed", "running_total")]),
    # guards: a span of days is the story's own spell of violence; a toll of one incident
    ("At least 30 people have been killed in clashes between rival militias in Tripoli since Monday, the health "
     "ministry said.", [("At least 30", "killed", None)]),
    ("Some 45 people have been killed in the past 48 hours in fighting in Khartoum, medics said.",
     [("Some 45", "killed", None)]),
    ("Gunmen killed 12 people in an attack on a market in Kano on Monday, police said.", [("12", "killed", None)]),
])
def test_a_running_total_alone_is_kept_aside(text, expected):
    assert _rows(text) == expected
