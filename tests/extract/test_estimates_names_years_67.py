"""A number that ends a name, or a year that names events, is no estimate (stop 67): "the Barrio 18 gang", "BBC Radio
4's", "the 2005 riots", "the March 22, 2016 attacks". Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

JUL_3 = datetime(2023, 7, 3, tzinfo=timezone.utc)


def _surfaces(text: str) -> list[str]:
    return [e.surface for e in extract_article(replace(_article(text), published_at=JUL_3)).estimates]


@pytest.mark.parametrize("text, expected", [
    ("Members of the Barrio 18 gang set fire to a cell block at a prison in Tamara on Tuesday, killing 46 inmates.",
     ["46"]),
    ("FARC dissidents of the Frente 10 attacked an army base in Arauca on Monday, killing three soldiers.", ["three"]),
    ("Troops clashed with dissidents of the Frente 10. Two soldiers were killed.", ["Two"]),
    ("The minister told BBC Radio 4's Today programme that two soldiers had been killed.", ["two"]),
    ("The unrest revived memories of the 2005 riots, when nearly 9,000 cars were burned.", ["nearly 9,000"]),
    ("A court convicted four men over the March 22, 2016 attacks in Brussels, which killed 32 people.",
     ["four", "32"]),
    # guards: a count after a place with no name before it; a tally of names; a year before people; counts of attacks
    ("Deaths by city: Kabul 12, Kandahar 3.", ["12", "3"]),
    ("The current delegate count is Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37.",
     ["384", "300", "151", "37"]),
    ("They killed the Afghan 12 soldiers.", ["12"]),
    ("Militants carried out 2000 attacks last year.", ["2000"]),
])
def test_a_number_in_a_name_or_a_year_of_events_is_no_estimate(text, expected):
    assert _surfaces(text) == expected
