"""Figures in mainstream news (stop 65): a vigil's dead are the incident's, no cause of a protest; a weapon after "a"
is no one held ("detonated a homemade bomb"); a person set off by a comma after a count of people is one of them
("Three people, a 68-year-old woman …, died"); a "fatal stabbing" kills; the disorder that "followed" deaths was over
them; and a jailing of years before, told after the story's own, is another incident's. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

NOV_24 = datetime(2025, 11, 24, tzinfo=timezone.utc)  # a Monday


def _asides(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=NOV_24))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("A vigil was held on Sunday for the three people killed in Saturday's attack.", [("three", "killed", None)]),
    ("On 4 June 2021, relatives held a vigil in Caracas for 12 prisoners who were killed by guards.",
     [("12", "killed", None)]),
    # guards: a protest over deaths is still over them
    ("On 4 June 2021, students demonstrated in Dhaka over the death of two classmates.",
     [("two", "killed", "cause")]),
    ("The disorder followed the fatal stabbing of three girls at a dance class in Southport.",
     [("three", "killed", "cause")]),
    ("Police fired on protesters in Kumasi on Sunday, killing 3.", [("3", "killed", None)]),
])
def test_a_vigils_dead_and_a_protests_cause(text, expected):
    assert _asides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man who detonated a homemade bomb outside Leeds bus station has been jailed for life.",
     [("A man", "arrested", None)]),
    ("Police arrested a man who planted a device near the mosque on Sunday.", [("a man", "arrested", None)]),
    ("A man drove a car into pedestrians in Melbourne on Saturday afternoon. Three people, a 68-year-old woman from "
     "Geelong, a 25-year-old student and a man in his 40s, died at the scene.", [("Three", "killed", None)]),
    ("The attack on the town left four people dead and 12 wounded, and a fatal shooting of two guards followed.",
     [("four", "killed", None), ("12", "wounded", None), ("two", "killed", None)]),
    # guards: a person of the story's own, and one counted beside a count that is no list of them
    ("A bomb exploded at a bakery on Sunday. There were eight women, a 10-year-old girl and four men injured.",
     [("eight", "wounded", None), ("a 10-year-old girl", "wounded", None), ("four", "wounded", None)]),
    ("A soldier was killed and two others were wounded in the ambush on Sunday.",
     [("A soldier", "killed", None), ("two", "wounded", None)]),
])
def test_what_a_count_of_one_is_and_is_not(text, expected):
    assert _asides(text) == expected


def test_a_jailing_of_years_before_is_another_incidents():
    text = ("A man who detonated a bomb outside Leeds bus station has been jailed for life. The attack was the worst "
            "since May 2017, when Salman Abedi detonated a bomb at Manchester Arena. His brother, Hashem Abedi, who "
            "helped plan the attack, was jailed for a minimum of 55 years in 2020.")
    assert ("Hashem Abedi", "arrested", "other_incident") in _asides(text)
    assert ("A man", "arrested", None) in _asides(text)
