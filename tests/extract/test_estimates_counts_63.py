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
    # (nor, from stop 64, do the arms seized or the camps people were moved to: no figure of anything)
    ("Police recovered two AK rifles and four magazines.", []),
    ("The families were moved to 14 relief camps.", []),
    # guards: things counted stay figures of their own
    ("Police seized 20 kilograms of heroin and torched 12 houses.", [("20 kilograms", "other"), ("12", "other")]),
    ("Israeli jets struck two camps in Gaza.", [("two", "other")]),
])
def test_sides_and_names_count_nothing(text, expected):
    assert _estimates(text) == expected


def _asides(text: str, published: datetime) -> list[tuple[str, str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=published))
    return [(e.surface, e.category, e.counted_as, e.aside) for e in found.estimates]


OCT_9 = datetime(2025, 10, 9, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with a day before the story's own incident's tells another incident, however recent
    ("Two terrorists were killed in an encounter in Kupwara on Wednesday, officials said. On October 2, three "
     "infiltrators were killed along the LoC in the Keran sector.",
     [("Two", "killed", "killed", None), ("three", "other", "killed", "other_incident")]),
    ("Gunmen killed four villagers in Zamfara on Tuesday. On Saturday, bandits killed nine people in a nearby village.",
     [("four", "killed", "killed", None), ("nine", "other", "killed", "other_incident")]),
    # and so do arrests of another day, told after the story's own
    ("At least 30 people were arrested outside Congress on Wednesday. Last week, 12 people were detained.",
     [("At least 30", "arrested", "arrested", None), ("12", "other", "arrested", "other_incident")]),
    ("Police arrested 25 protesters in Nairobi on Tuesday. On October 1, 40 people were arrested in Mombasa.",
     [("25", "arrested", "arrested", None), ("40", "other", "arrested", "other_incident")]),
])
def test_a_toll_of_an_earlier_day_is_kept_aside(text, expected):
    assert _asides(text, OCT_9) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a later day's toll, the story's own day told again, a toll told first, an undated story
    ("Gunmen killed four villagers on Monday. On Wednesday, bandits killed nine people in a nearby village.",
     [("four", "killed", "killed", None), ("nine", "killed", "killed", None)]),
    ("On October 2, three infiltrators were killed along the LoC. Two more were killed in Kupwara on Wednesday.",
     [("three", "killed", "killed", None), ("Two", "killed", "killed", None)]),
    ("Two soldiers were killed in an ambush. On Tuesday, five militants were killed in a raid.",
     [("Two", "killed", "killed", None), ("five", "killed", "killed", None)]),
    ("Police arrested 25 protesters on Tuesday and 12 more on Wednesday.",
     [("25", "arrested", "arrested", None), ("12", "arrested", "arrested", None)]),
])
def test_a_toll_of_the_storys_days_stays(text, expected):
    assert _asides(text, OCT_9) == expected
