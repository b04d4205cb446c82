"""Figures of an earlier incident that a story recalls (stop 64): a participle clause hung on a clause of "when" or
"in which" after a date of the past ("… memories of January 2017, when a man drove a car through pedestrians,
killing six"), the second figure of such a clause ("killing six and injuring 27"), a date set off after a short
opening phrase ("Less than a year later, in December 2017, …"), and an event dated long before the story's own by
words no count is dated by ("two months later"). Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

NOV_24 = datetime(2025, 11, 24, tzinfo=timezone.utc)  # a Monday

LEDE = "A man drove a car into pedestrians in Melbourne on Saturday, killing three people. "


def _asides(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=NOV_24))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    (LEDE + "The attack brought back memories of January 2017, when James Gargasoulas drove a stolen car through "
     "pedestrians in Bourke Street Mall, killing six people.",
     [("three", "killed", None), ("six", "killed", "other_incident")]),
    (LEDE + "The attack revived memories of July 2016, when a man drove a truck into crowds in Nice, "
            "killing 86 people.",
     [("three", "killed", None), ("86", "killed", "other_incident")]),
    (LEDE + "It was the worst attack in the city since 2017, when a man drove a car through pedestrians in Bourke "
     "Street Mall, killing six people and injuring 27 others.",
     [("three", "killed", None), ("six", "killed", "other_incident"), ("27", "wounded", "other_incident")]),
    ("Police said a gunman opened fire at a school in Uvalde on Tuesday, killing 19 children. The shooting recalled "
     "the 2012 massacre at Sandy Hook, in which a gunman killed 26 people.",
     [("19", "killed", None), ("26", "killed", "other_incident")]),
    (LEDE + "Less than a year later, in December 2017, a man drove an SUV into pedestrians at the Flinders Street "
     "crossing, killing one person.", [("three", "killed", None), ("one", "killed", "other_incident")]),
    # guards: a clause of "when" of the story's own day, and a recalled incident told first, are the story's own
    ("The attack happened on Saturday afternoon, when a man drove a car into pedestrians in Melbourne, killing three "
     "people.", [("three", "killed", None)]),
    ("In January 2017, a man drove a car through pedestrians in Bourke Street Mall, killing six people.",
     [("six", "killed", None)]),
])
def test_a_recalled_incidents_figures_are_kept_aside(text, expected):
    assert _asides(text) == expected


SEP_24 = datetime(2025, 9, 24, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, expected", [
    ("At least 17 inmates were killed when rival gangs fought in the prison in Machala on Monday. In September 2021, "
     "at least 119 prisoners were killed in a riot in Guayaquil. Another 68 inmates died in fighting at the same "
     "prison two months later.",
     [("At least 17", "killed", None), ("at least 119", "killed", "other_incident"),
      ("68", "killed", "other_incident")]),
    # guard: a story of a past incident keeps its own figures, however long ago it was
    ("In September 2021, at least 119 prisoners were killed in a riot in Guayaquil. Another 68 inmates died in "
     "fighting at the same prison two months later.",
     [("at least 119", "killed", None), ("68", "killed", None)]),
])
def test_an_event_dated_before_the_storys_own(text, expected):
    found = extract_article(replace(_article(text), published_at=SEP_24))
    assert [(e.surface, e.counted_as, e.aside) for e in found.estimates] == expected


def test_a_recalled_incidents_other_figures_follow_it():
    text = ("A gunman killed four people at a party in Stockton late Saturday, police said. The shooting is among the "
            "deadliest in the city since January 1989, when a gunman killed five children and wounded more than 30 "
            "others at Cleveland Elementary School.")
    assert _asides(text) == [("four", "killed", None), ("five", "killed", "other_incident"),
                             ("more than 30", "wounded", "other_incident")]
