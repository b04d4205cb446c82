"""A day of a month left unsaid, as an ordinal after a preposition of time ("On the 8th, …", "on the 3rd of this
month"), dates its event to that day: this month's, or last month's when the day is yet to come or "of last month"
says so; an ordinal that opens a noun phrase ("the 8th Brigade", "the 3rd floor") is no date. Armed men who take
"control of" a place the gazetteer does not know take ground all the same. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

FEB_21 = datetime(2024, 2, 21, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when", [
    ("On the 8th, the army attacked a militant camp near Beledweyne.", "attacked", (date(2024, 2, 8), "day")),
    ("Militants attacked the base on Monday. On the 3rd of this month, a roadside bomb struck a police van in Dera "
     "Ismail Khan, killing a constable.", "roadside bomb", (date(2024, 2, 3), "day")),
    ("Gunmen attacked a police post in Gao on the 3rd of last month, killing two officers.", "attacked",
     (date(2024, 1, 3), "day")),
    ("On the 25th, gunmen attacked a police post in Gao, killing two officers.", "attacked", (date(2024, 1, 25), "day")),
    ("Protesters have blocked the highway near Gao since the 15th.", "blocked", (date(2024, 2, 15), "day")),
    # guards: an ordinal in a name or a noun phrase; a day with its month
    ("Gunmen attacked the 8th Brigade in Gao on Monday.", "attacked", (date(2024, 2, 19), "day")),
    ("A bomb exploded on the 3rd floor of a hotel in Mogadishu on Monday.", "exploded", (date(2024, 2, 19), "day")),
    ("On the 2nd of February, gunmen attacked a police post in Gao.", "attacked", (date(2024, 2, 2), "day")),
])
def test_an_ordinal_day_dates_its_event(text, trigger, when):
    event = event_on(text, trigger, FEB_21)
    assert (event.date, event.date_precision) == when


@pytest.mark.parametrize("text, target", [
    ("BELEDWEYNE — On the 8th, the army took control of Moqokori after the militants withdrew without a fight.",
     "Moqokori"),
    ("The rebels took control of Beledweyne on Monday.", "Beledweyne"),
])
def test_armed_men_take_control_of_a_place(text, target):
    event = event_on(text, "took control", FEB_21)
    assert (event.event_type, event.target) == ("ASSAULT", target)


def test_control_of_a_company_is_no_ground_taken():
    assert events_of("Elon Musk took control of Twitter in October.", FEB_21) == []
