"""Tolls in live blogs (stop 63): a toll told after the story's toll of one city, of a strike on another city or region
("The governor of Kharkiv region said 5 people were killed" after "Russia's attack on Kyiv killed 33"), is a count of
its own, not another source's figure of the first toll kept aside as disputed; a town in the region of the first toll,
or the same city's official, still gives another figure of it. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

JUL_8 = datetime(2024, 7, 8, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=JUL_8))
    return [(e.surface, e.category, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("Russia's attack on Kyiv killed 33 people, the mayor said.\n\nThe governor of Kharkiv region said 5 people were "
     "killed in a strike on the city.", [("33", "killed", None), ("5", "killed", None)]),
    ("Russia's attack on Kyiv killed 33 people, the mayor said.\n\nKharkiv's governor said five people were killed in "
     "Sunday's strike.", [("33", "killed", None), ("five", "killed", None)]),
    # guards: another source's figure of the same toll, in the same city, its region or with no place
    ("A bomb killed 12 people in a market in Kabul, police said. The Kabul police chief said 15 people were killed.",
     [("12", "killed", None), ("15", "other", "disputed")]),
    ("Gunmen killed 20 villagers in Zamfara state, police said. Residents of Maru said 25 people were killed in the "
     "attack.", [("20", "killed", None), ("25", "other", "disputed")]),
    ("An airstrike killed five people in Idlib, activists said. The Syrian Observatory for Human Rights said seven "
     "people were killed.", [("five", "killed", None), ("seven", "other", "disputed")]),
])
def test_a_toll_of_another_city_is_its_own_count(text, expected):
    assert _estimates(text) == expected
