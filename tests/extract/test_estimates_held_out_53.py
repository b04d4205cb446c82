"""What a figure is said in is no one counted (stop 53). The texts are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

JUN_25 = datetime(2024, 6, 25, tzinfo=timezone.utc)


def _killed(text: str) -> list[float]:
    found = extract_article(replace(_article(text), published_at=JUN_25))
    return [s.value for s in found.estimates if s.category == "killed"]


@pytest.mark.parametrize("text", [
    "The commission said in a statement that at least five people had been killed by police gunfire.",
    "Police said in a report that at least five people were killed in the clashes.",
])
def test_a_statement_or_a_report_is_no_one_killed(text):
    assert _killed(text) == [5]


def test_a_person_is_still_one_killed():
    assert _killed("A policeman was killed in the clashes, the commission said in a statement.") == [1]


@pytest.mark.parametrize("text, killed", [
    ("Two suspected New People's Army (NPA) rebels were killed in an encounter with government troops.", [2]),
    ("A District Reserve Guard (DRG) jawan was killed in an IED blast in Sukma district, police said.", [1]),
])
def test_a_names_acronym_in_brackets_is_inside_what_is_counted(text, killed):
    assert _killed(text) == killed


def test_a_whole_before_its_part_shares_the_verb_of_the_count_joined_after_the_part():
    text = "At least 35 civilians, including 31 women, and seven soldiers were killed in Arbinda on Tuesday."
    assert sorted(_killed(text)) == [7, 35]
