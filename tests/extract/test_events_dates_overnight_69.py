""""Overnight" in a sentence that writes out its day is the night of that day (a note's or an incident summary's
date), not the night before the story was published. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.dates import find_dates
from tests.extract.test_events_wire import event_on

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)  # a Wednesday


@pytest.mark.parametrize("text, trigger, day", [
    ("On April 28, Russian drones struck Kyiv overnight, killing two people.", "struck", date(2024, 4, 28)),
    ("On 3 August 2018, unknown assailants set fire to a girls' school in Chilas overnight.", "set fire",
     date(2018, 8, 3)),
    ("04/12/2016: Assailants attacked a police post in Kismayo overnight. Two officers were killed.", "attacked",
     date(2016, 4, 12)),
])
def test_overnight_is_the_night_of_the_day_the_sentence_names(text, trigger, day):
    found = event_on(text, trigger, MAY_1)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger, day", [
    ("Russian drones struck Kyiv overnight, killing two people, officials said.", "struck", date(2024, 4, 30)),
    ("KYIV, May 1 (Reuters) - Russian drones struck Kyiv overnight, killing two people.", "struck",
     date(2024, 4, 30)),
    ("Russian drones struck Kyiv overnight on Saturday, killing two people.", "struck", date(2024, 4, 27)),
])
def test_overnight_of_a_story_is_the_night_before_it(text, trigger, day):
    assert event_on(text, trigger, MAY_1).date == day


@pytest.mark.parametrize("text, first", [
    ("04/12/2016: Assailants attacked a post overnight. Two died.", "04/12/2016"),
    ("Monday: gunmen struck again on Tuesday.", "Monday"),
])
def test_a_date_opening_a_text_is_found_when_another_ends_it(text, first):
    # (the words before the text's first character were sought from its end, and a date there taken for this one)
    assert find_dates(text, date(2024, 5, 1), order="mdy", settled=False)[0].text == first
