"""Killed totals counted once (stop 72): a person set off after another with what they are of ("killing the driver, a
local official of the ruling party") is that one person; conflicting figures of one toll given by different sources
are not summed: the lowest firm figure is the story's count, the others are `disputed`. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

MARCH_2 = datetime(2019, 3, 2, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=MARCH_2))
    return [(e.surface, e.category, e.aside) for e in found.estimates if e.counted_as == "killed"]


def _killed(text: str) -> float:
    found = extract_article(replace(_article(text), published_at=MARCH_2))
    return sum(e.value if e.value is not None else (e.value_low or 0.0) for e in found.estimates
               if e.category == "killed")


@pytest.mark.parametrize("text", [
    "A roadside bomb killed the driver, a nephew of the provincial governor, near the border on Friday.",
    "Gunmen shot dead the mayor, a member of the ruling party, outside his home on Friday.",
    "A parcel bomb exploded in the town hall on Friday, killing the clerk, a senior member of the Farmers Alliance "
    "(FA).",
])
def test_a_person_set_off_with_what_they_are_of_is_the_one_before(text):
    assert _killed(text) == 1


@pytest.mark.parametrize("text, expected", [
    # guards: a list of three people; a person set off before ", and" others is a list too
    ("The blast killed the driver, a passenger and a guard on Friday.", 3),
    ("Gunmen killed the driver, a member of the militia, and two passengers on Friday.", 4),
])
def test_people_listed_are_all_counted(text, expected):
    assert _killed(text) == expected
