"""Counts of people and things in regional news (stop 63): cases of a disease are no dead, whatever deaths they are
listed with; people "rendered homeless" or "shifted to relief camps" are displaced, people taken "into custody" or
placed "under arrest" arrested; a count of people "of the New People's Army (NPA)" takes the verb past the acronym; the
sides an attack came from count nothing, nor does the number in a name ("the Army's 92 Base Hospital"). Every text is
our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

AUG_3 = datetime(2025, 8, 3, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=AUG_3))
    return [(e.surface, e.category) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("The commissioner said 213 cases of cholera and nine deaths had been recorded in the camps since last week.",
     [("213", "other"), ("nine", "killed")]),
    ("Health officials recorded 500 suspected cases and 12 deaths.", [("500", "other"), ("12", "killed")]),
    ("There were 40 cases of dengue and two fatalities in the district.", [("40", "other"), ("two", "killed")]),
])
def test_cases_of_a_disease_are_no_dead(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Over 800 families were rendered homeless by the floods.", [("Over 800", "displaced")]),
    ("About 500 people were shifted to safer places.", [("About 500", "displaced")]),
    ("More than 2,000 villagers have been shifted to relief camps.", [("More than 2,000", "displaced")]),
    ("Some 300 families were moved to evacuation centers in Cagayan.", [("Some 300", "displaced")]),
    ("Police raided the houses and took at least 11 office-bearers into custody.", [("at least 11", "arrested")]),
    ("Police placed 20 activists under arrest.", [("20", "arrested")]),
    # guards: the wounded and the dead moved are still theirs
    ("Two injured were shifted to hospital.", [("Two", "wounded")]),
    ("Three soldiers were killed and their bodies were moved to the mortuary.", [("Three", "killed")]),
])
def test_displaced_and_arrested_in_regional_phrasing(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A soldier and a suspected member of the New People's Army (NPA) were killed in an encounter, the Army said.",
     [("A soldier", "killed"), ("a suspected member", "killed")]),
    ("A policeman and a member of the Tehreek-i-Taliban Pakistan (TTP) were killed in the gunfight.",
     [("A policeman", "killed"), ("a member", "killed")]),
    ("Three fighters of the Arakan Army (AA) were killed.", [("Three", "killed")]),
    # guard: a name counted itself, past its acronym
    ("Two Security Forces (SFs) were injured.", [("Two", "wounded")]),
])
def test_the_verb_past_a_groups_acronym(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The militants attacked the post from three sides.", []),
    ("The two sides exchanged fire for an hour.", []),
    ("The injured were taken to the Army's 92 Base Hospital.", []),
    # guards: things counted stay figures of their own
    ("Police recovered two AK rifles and four magazines.", [("two", "other"), ("four", "other")]),
    ("The families were moved to 14 relief camps.", [("14", "other")]),
])
def test_sides_and_names_count_nothing(text, expected):
    assert _estimates(text) == expected
