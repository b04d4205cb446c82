"""Estimates in sports news (stop 62): a score in a game (runs, wickets, overs, rounds, knockdowns) counts no people,
whatever its category would be; counts of people in the same texts stay. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

AUG_6 = datetime(2024, 8, 6, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=AUG_6))
    return [(e.surface, e.category) for e in found.estimates]


@pytest.mark.parametrize("text", [
    "India beat Australia by eight wickets after Shubman Gill smashed an unbeaten 88.",
    "Bumrah claimed five wickets for 38 runs.",
    "England were bowled out for 246 in 64.3 overs, with Root making 122 off 150 balls.",
    "Alvarez scored three knockdowns and won after 12 rounds.",
    "The Steelers recorded four sacks and held the Ravens to 80 yards.",
])
def test_scores_in_a_game_are_no_estimates(text):
    assert _estimates(text) == []


@pytest.mark.parametrize("text, expected", [
    # guards: people in a sports text, ammunition named by its weapon, rounds of talks, poll margins
    ("India beat Australia by eight wickets in Perth, where 40,000 fans watched.", [("40,000", "other")]),
    ("Two fans were injured and 12 people were arrested after the match.",
     [("Two", "wounded"), ("12", "arrested")]),
    # (from stop 64, arms and ammunition count nothing: "three mortar rounds" is no figure)
    ("Militants fired three mortar rounds at the base.", []),
    ("The two sides held three rounds of talks in Doha.", [("three", "other")]),
    ("Clinton leads Trump by 10 points in the poll.", [("10", "other")]),
])
def test_counts_in_sports_texts_stay(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text", [
    # a result after a verb of a heavy win is a score, and turnovers are a unit of scoring
    "The Wallabies were hammered 40-12 by the All Blacks on Saturday.",
    "The Steelers sacked the quarterback and forced three turnovers.",
])
def test_more_scores_are_no_estimates(text):
    assert _estimates(text) == []
