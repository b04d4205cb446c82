"""A toll's day read as its event's (stop 63): the estimates read an ambiguous numeric date the way the events do, so a
toll of "On 6/8/2019" in a report of 10 August 2019 is of that week's attack (6 August), not of one two months before
kept apart from it. Every text is our own."""
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _found(text: str, published: datetime):
    return extract_article(replace(_article(text), published_at=published))


@pytest.mark.parametrize("text, published, day", [
    ("On 6/8/2019, gunmen killed 4 villagers in Pavlopil (Donetsk).", datetime(2019, 8, 10, tzinfo=timezone.utc),
     date(2019, 8, 6)),
    ("On 3/5/2023, gunmen killed 4 villagers in Churachandpur (Manipur).", datetime(2023, 5, 5, tzinfo=timezone.utc),
     date(2023, 5, 3)),
    # guards: a date read month first as the language has it, and one of a summary written years later
    ("On 8/6/2019, gunmen killed 4 villagers in Pavlopil (Donetsk).", datetime(2019, 8, 10, tzinfo=timezone.utc),
     date(2019, 8, 6)),
    ("11/06/2017: Assailants killed 4 villagers in Pavlopil, Donetsk, Ukraine.",
     datetime(2021, 6, 30, tzinfo=timezone.utc), date(2017, 11, 6)),
])
def test_a_toll_goes_with_the_attack_of_its_numeric_date(text, published, day):
    found = _found(text, published)
    [event] = found.events
    [toll] = found.estimates
    assert (event.date, toll.category, toll.value, toll.aside, toll.event_id) == (
        day, "killed", 4, None, event.event_id)


@pytest.mark.parametrize("text, published, held", [
    # people taken in one sentence, listed, are of one incident however long ago it was
    ("09/21/2015: Assailants abducted two Canadian tourists, a Norwegian resort manager and a Filipino woman from a "
     "resort on Samal Island, Davao del Norte, Philippines.", datetime(2019, 5, 1, tzinfo=timezone.utc),
     [("two", None), ("a Norwegian resort manager", None), ("a Filipino woman", None)]),
    ("12/14/2013: Assailants kidnapped a local chief and his two sons from their home in Beni, Nord-Kivu, Democratic "
     "Republic of the Congo.", datetime(2019, 5, 1, tzinfo=timezone.utc), [("a local chief", None), ("two", None)]),
    # guard: arrests of another, earlier day, told after the story's own
    ("At least 30 people were arrested on Wednesday. Last week, 12 people were detained.",
     datetime(2025, 10, 9, tzinfo=timezone.utc), [("At least 30", None), ("12", "other_incident")]),
])
def test_people_taken_in_one_sentence_are_of_one_incident(text, published, held):
    assert [(e.surface, e.aside) for e in _found(text, published).estimates] == held
