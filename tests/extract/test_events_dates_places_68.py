"""A day after a place told with its region past one comma ("in Peshawar, Khyber Pakhtunkhwa on Sunday", "in
Maiduguri, Borno State on Sunday", "in Piagapo, Lanao del Sur province on Sunday afternoon") dates the verb before the
place: the comma parts the town from its region, not the clause. Not a comma after which a speaker tells the day.
Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

NOV_19 = datetime(2024, 11, 19, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when", [
    ("Gunmen attacked a police station in Peshawar, Khyber Pakhtunkhwa on Sunday.", "attacked",
     (date(2024, 11, 17), "day")),
    ("Gunmen ambushed an Army patrol in Maiduguri, Borno State on Sunday.", "ambushed", (date(2024, 11, 17), "day")),
    ("Gunmen attacked a police station in Mandera, Mandera County on Sunday.", "attacked",
     (date(2024, 11, 17), "day")),
    ("Militants attacked soldiers in Piagapo, Lanao del Sur province on Sunday afternoon.", "attacked",
     (date(2024, 11, 17), "day")),
    # guards: a day a speaker tells past the comma is the speech's; a place without its region keeps its day
    ("Gunmen attacked a police station in Peshawar, police said on Sunday.", "attacked", (date(2024, 11, 18), "week")),
    ("Gunmen attacked a police station in Peshawar on Sunday.", "attacked", (date(2024, 11, 17), "day")),
    ("Gunmen attacked a police station in Peshawar last month, Khyber Pakhtunkhwa officials said on Sunday.",
     "attacked", (date(2024, 10, 1), "month")),
])
def test_a_day_after_a_town_and_its_region(text, trigger, when):
    event = event_on(text, trigger, NOV_19)
    assert (event.date, event.date_precision) == when
