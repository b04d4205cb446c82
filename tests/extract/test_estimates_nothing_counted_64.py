"""Numbers that count nothing in mainstream news (stop 64): how far someone lives ("three doors down"), the hour told
in words ("at four o'clock"), the number a police appeal asks to call or quote ("call police on 101, quoting log 234
of 8 March"), and the threshold of a definition ("mass shootings, defined as incidents in which four or more people
are shot, not including the shooter"). Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

JUN_15 = datetime(2025, 6, 15, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=JUN_15))
    return [(e.surface, e.category) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("A neighbour who lives three doors down said she heard gunshots at about 11 p.m.", []),
    ("Maria Delgado, who lives two doors away, said she heard music and then shots.", []),
    ("The shooting happened two blocks away from the school.", []),
    ('"My son called me at four o\'clock and said they were burning the wing," she said.', []),
    ("Anyone with information is asked to call police on 101, quoting log 234 of 8 March.", []),
    ("Anyone with information should call 101 quoting crime reference 13250112345.", []),
    ("Witnesses were urged to dial 999 or ring Crimestoppers on 1122.", []),
    ("The Gun Violence Archive has counted more than 200 mass shootings, defined as incidents in which four or more "
     "people are shot, not including the shooter, so far this year.", [("more than 200", "other")]),
    # guards: people counted beside such words stay counted
    ("Three doors were broken and two people were injured.", [("Three", "other"), ("two", "wounded")]),
    ("The defence will call 12 witnesses.", [("12", "other")]),
    ("Four people were killed at a house three doors down from the school.", [("Four", "killed")]),
    ("In what police defined as a terrorist attack, at least 12 people were killed.", [("at least 12", "killed")]),
])
def test_numbers_that_count_nothing(text, expected):
    assert _estimates(text) == expected
