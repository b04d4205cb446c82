"""When the events of a story happened (stop 68): a date between "the" and a noun names that noun's event ("rigging
the Feb. 8 election", "denounced the March 3 killings", "requested the April's subsidy"), not the day of the verb whose
object it is, which keeps the story's own date. What a clause spreads over a span after the day told before ("were
released in the following weeks", "over the next few days") is of no day of it. A clause "when" opens right after an event a year dates ("the 2005 riots, when nearly 9,000 cars were
burned") is of that year. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

FEB_16 = datetime(2024, 2, 16, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when, precision", [
    ("Khan's party has accused authorities of rigging the Feb. 8 election.", "accused", date(2024, 2, 12), "week"),
    ("Protesters denounced the Feb. 3 killings in Lagos.", "denounced", date(2024, 2, 12), "week"),
    ("On 5 February 2024, drivers protested in Asuncion. The group also requested the January's wages.",
     "requested", date(2024, 2, 5), "day"),
    # guards: the noun's own date, and a date of the verb
    ("Protesters denounced the Feb. 3 killings in Lagos.", "killings", date(2024, 2, 3), "day"),
    ("The opposition accused the government of rigging the election on Feb. 8.", "accused", date(2024, 2, 8), "day"),
    ("Police arrested two men after the Feb. 3 shooting.", "shooting", date(2024, 2, 3), "day"),
])
def test_a_date_of_the_object_noun_is_not_the_verbs(text, trigger, when, precision):
    event = event_on(text, trigger, FEB_16)
    assert (event.date, event.date_precision) == (when, precision)


JUL_12 = datetime(1985, 7, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when, precision", [
    ("07/10/1985: Gunmen seized 40 passengers from a bus in Kaduna. Most of the hostages were released in the "
     "following weeks.", "released", date(1985, 7, 8), "week"),
    ("Gunmen attacked a bar in Hanau on Wednesday, killing three people. Police arrested two suspects in the "
     "following days.", "arrested", date(1985, 7, 8), "week"),
    ("Gunmen attacked a bar in Hanau on Wednesday. Police arrested five suspects over the next few days.",
     "arrested", date(1985, 7, 8), "week"),
    ("Gunmen attacked a bar in Hanau on Wednesday. Police arrested five suspects in the weeks that followed.",
     "arrested", date(1985, 7, 8), "week"),
    # guards: the day told before, and a day after it the clause names
    ("Gunmen attacked a bar in Hanau on Wednesday. Police arrested two suspects at the scene.", "arrested",
     date(1985, 7, 10), "day"),
    ("Gunmen attacked a bar in Hanau on Monday. Police arrested two suspects the following day.", "arrested",
     date(1985, 7, 9), "day"),
])
def test_what_followed_over_weeks_is_not_of_the_day_told_before(text, trigger, when, precision):
    event = event_on(text, trigger, JUL_12)
    assert (event.date, event.date_precision) == (when, precision)


APR_15 = datetime(2022, 4, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when, precision", [
    ("The unrest revived memories of the 2005 riots, when nearly 9,000 cars were burned over three weeks.", "burned",
     date(2005, 1, 1), "year"),
    ("The attack was the deadliest since the 2015 bombings, when militants killed 40 people in Beirut.", "killed",
     date(2015, 1, 1), "year"),
    # guard: a "when" clause that does not follow the dated event
    ("The 2015 attacks shocked France, when the government declared a state of emergency on Friday.",
     "state of emergency", date(2022, 4, 15), "day"),
])
def test_a_when_clause_after_a_dated_event_is_of_its_year(text, trigger, when, precision):
    event = event_on(text, trigger, APR_15)
    assert (event.date, event.date_precision) == (when, precision)
