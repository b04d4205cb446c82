"""An earlier incident a story recalls in a clause of "when" after a date of another year (stop 64): the act of that
clause and its participles are the recalled incident's, not the story's own incident that the sentence names again
("The attack brought back memories of January 2017, when James Gargasoulas drove a stolen car through pedestrians,
killing six people"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_24 = datetime(2025, 11, 24, tzinfo=timezone.utc)  # a Monday

LEDE = "A man drove a car into pedestrians in Melbourne on Saturday, killing three people. "


@pytest.mark.parametrize("text, actors", [
    (LEDE + "The attack brought back memories of January 2017, when James Gargasoulas drove a stolen car through "
     "pedestrians in Bourke Street Mall, killing six people.",
     [("man", "2025-11-22", 3), ("James Gargasoulas", "2017-01-01", 2)]),
    (LEDE + "The attack revived memories of June 2016, when Omar Mateen killed 49 people at a nightclub in Orlando.",
     [("man", "2025-11-22", 3), ("Omar Mateen", "2016-06-01", 1)]),
    # guard: a clause of "when" of the story's own day tells the story's incident
    ("The attack happened on Saturday afternoon, when a man drove a car into pedestrians in Melbourne, killing three "
     "people.", [("man", "2025-11-22", 3)]),
])
def test_a_when_clause_of_another_year_is_another_incident(text, actors):
    found = [e for e in events_of(text, NOV_24) if e.event_type == "ASSAULT"]
    assert [(e.actor, str(e.date), e.mentions) for e in found] == actors


@pytest.mark.parametrize("text, triggers", [
    ("The archive has counted 200 mass shootings this year, defined as incidents in which four or more people are "
     "shot, not including the shooter.", []),
    ("Researchers count incidents that the FBI defines as those in which four or more people are killed.", []),
    # guard: an act someone defined as an attack happened
    ("Police said gunmen killed 12 people in what they defined as a terrorist attack.", ["killed"]),
])
def test_a_definitions_kind_of_event_is_none(text, triggers):
    assert [e.trigger for e in events_of(text, NOV_24)] == triggers
