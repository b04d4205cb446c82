"""Weekdays that are first names, as in Nigerian and Ghanaian copy (stop 63): "Mr Sunday Choji", "Governor Monday
Okpebholo", "Friday Odeh, a resident, said", and a weekday in the name of a paper ("The Sunday Times"), date nothing,
so that an event near them takes its own day. A weekday after another word or before a word of time is still a day.
Every text is our own."""
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.extract.dates import find_dates
from tests.extract.test_events_wire import _article

JULY_19 = datetime(2025, 7, 19, tzinfo=timezone.utc)  # a Saturday


@pytest.mark.parametrize("text", [
    "Mr Sunday Choji, who visited the village, condemned the killings.",
    "Edo State Governor Monday Okpebholo condemned the attack.",
    "Friday Odeh, a resident, said gunmen fled.",
    "Gunmen fled. Sunday Dare, the former minister, condemned the attack.",
    "Pastor Sunday Adelaja led the prayers.",
    "The Sunday Times reported the arrest.",
])
def test_a_weekday_that_is_a_name_is_no_date(text):
    assert [m.text for m in find_dates(text, JULY_19)] == []


@pytest.mark.parametrize("text, surface", [
    # guards: a weekday after a word of its clause, before a word of time, or alone
    ("Police said Sunday Israeli forces had raided the camp.", "Sunday"),
    ("On Friday Boko Haram fighters attacked Gwoza.", "Friday"),
    ("Sunday, March 3, was calm.", "Sunday, March 3"),
    ("Protesters marched Sunday.", "Sunday"),
    ("The governor on Monday Night condemned the attack.", "Monday"),
])
def test_a_weekday_of_time_is_still_a_date(text, surface):
    assert surface in [m.text for m in find_dates(text, JULY_19)]


@pytest.mark.parametrize("text, trigger, day", [
    ("Gunmen attacked Bindi village on Friday. Mr Sunday Choji, who visited the village on Friday, condemned the "
     "killings.", "condemned", date(2025, 7, 18)),
    ("Gunmen attacked the village on Thursday. Edo State Governor Monday Okpebholo condemned the attack.",
     "condemned", date(2025, 7, 17)),
])
def test_an_event_near_such_a_name_keeps_its_day(text, trigger, day):
    found = extract_article(replace(_article(text), published_at=JULY_19))
    assert [e.date for e in found.events if e.trigger == trigger] == [day]


def test_a_name_opening_a_line_reads_as_one_opening_the_text():
    text = "Sunday Dare, the former minister, condemned the attack."
    assert find_dates(text, JULY_19) == find_dates("\u202e\n" + text, JULY_19) == []
