"""A person harmed, set off after another in a verb's object, describes that one (stop 65): "wounding a soldier, a
25-year-old corporal" counts one; a list needs "and" before its last, unless an age describes the one before it.
Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

OCT_30 = datetime(2020, 10, 30, tzinfo=timezone.utc)


def _counted(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=OCT_30))
    return [(e.surface, e.category) for e in found.estimates if e.aside is None]


@pytest.mark.parametrize("text, expected", [
    ("On 29 October 2020, gunmen opened fire on a checkpoint in Gao, Mali, wounding a soldier, a 25-year-old "
     "corporal.", [("a soldier", "wounded")]),
    ("Police shot and wounded the attacker, a 21-year-old Tunisian national, in Nice, France.",
     [("the attacker", "wounded")]),
    ("Gunmen opened fire on a shop in Kano, Nigeria, injuring the owner, a 50-year-old trader, and two customers.",
     [("the owner", "wounded"), ("two", "wounded")]),
    ("Gunmen opened fire on a shop in Kano, Nigeria, killing the owner, a 50-year-old trader, and two customers.",
     [("the owner", "killed"), ("two", "killed")]),
    # guards: a list with "and" before its last, as subject or object; a description before the verb of both
    ("Gunmen opened fire on a bus in Kano, Nigeria, wounding the driver, a passenger, and a guard.",
     [("the driver", "wounded"), ("a passenger", "wounded"), ("a guard", "wounded")]),
    ("The driver, a passenger and a guard were wounded when gunmen opened fire on a bus in Kano, Nigeria.",
     [("The driver", "wounded"), ("a passenger", "wounded"), ("a guard", "wounded")]),
    ("The driver, a government employee, was wounded when gunmen opened fire on a bus in Kano, Nigeria.",
     [("The driver", "wounded")]),
])
def test_a_person_set_off_after_another_describes_that_one(text, expected):
    assert _counted(text) == expected
