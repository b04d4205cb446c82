"""Killed sums counted once (stop 68): the dead of an act told "days earlier" than another, or of a sentence opening
with an occasion's day ("On election day,") after the story's own dated toll, are another incident's. Every text is
our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

FEB_16 = datetime(2024, 2, 16, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=FEB_16))
    return [(e.surface, e.category, e.aside) for e in found.estimates if e.counted_as == "killed"]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two election officials in Kech district on Wednesday, officials said. On election day, militants "
     "carried out more than 50 attacks in Balochistan, killing at least 10 people.",
     [("two", "killed", None), ("at least 10", "other", "other_incident")]),
    ("A bomb killed four people at a market in Jos on Tuesday. On Christmas Day, gunmen killed 12 villagers in "
     "Plateau state.", [("four", "killed", None), ("12", "other", "other_incident")]),
    ("A suicide bomber killed six people at a rally in Quetta on Tuesday. On polling day, seven people were killed in "
     "clashes in Sindh.", [("six", "killed", None), ("seven", "other", "other_incident")]),
    ("Israeli airstrikes killed five people in southern Lebanon on Monday. Israel said he was behind a rocket attack "
     "on the town of Majdal Shams days earlier that killed 12 children.",
     [("five", "killed", None), ("12", "other", "other_incident")]),
    # guards: the same day; an occasion's day that opens the story is its own; an act told with no time of its own
    ("Gunmen killed two election officials in Kech district on Wednesday, officials said. On the same day, militants "
     "carried out more than 50 attacks in Balochistan, killing at least 10 people.",
     [("two", "killed", None), ("at least 10", "killed", None)]),
    ("On Christmas Day, gunmen killed 12 villagers in Plateau state, police said.", [("12", "killed", None)]),
    ("Israeli airstrikes killed five people in southern Lebanon on Monday. A strike on the town of Majdal Shams that "
     "killed two children hit a house.", [("five", "killed", None), ("two", "killed", None)]),
])
def test_another_days_dead_are_another_incident(text, expected):
    assert _rows(text) == expected
