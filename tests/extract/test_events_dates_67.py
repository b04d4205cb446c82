"""An event told as another one after an interval ("comes two weeks after another attack on Manzia", "three days
after a bombing in Oicha") happened that long before the event told so far, at the interval's precision; it takes
neither that event's day nor the publication week. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

DEC_10 = datetime(2024, 12, 10, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when", [
    ("BUTEMBO — ADF rebels killed 12 civilians in Mangurujipa on Saturday night. The attack comes two weeks after "
     "another ADF attack on the village of Manzia, in which 8 people were killed.", "attack",
     (date(2024, 11, 18), "week")),
    ("BUTEMBO — ADF rebels killed 12 civilians in Mangurujipa on Saturday night. The attack comes three days after "
     "a bombing in Oicha that killed 5.", "bombing", (date(2024, 12, 4), "day")),
    ("Gunmen stormed a church in Gao on Sunday. The raid came a week after an ambush on a convoy near Menaka.",
     "ambush", (date(2024, 11, 25), "week")),
    # guards: the event told so far keeps its day; an interval after what may happen dates nothing of its own
    ("BUTEMBO — ADF rebels killed 12 civilians in Mangurujipa on Saturday night. The attack comes two weeks after "
     "another ADF attack on the village of Manzia.", "killed", (date(2024, 12, 7), "day")),
    ("The committee would meet at least 10 days after a withdrawal of the troops.", "withdrawal",
     (date(2024, 12, 9), "week")),
])
def test_an_event_told_as_another_before_an_interval(text, trigger, when):
    event = event_on(text, trigger, DEC_10)
    assert (event.date, event.date_precision) == when


MAY_08 = datetime(2024, 5, 8, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, when", [
    # a date that closes a relative clause on another noun is that clause's verb's
    ("Rebels robbed a bank in Ruma on April 2, abducting a bank manager, who was released two days later.",
     "robbed", (date(2024, 4, 2), "day")),
    ("Gunmen abducted a priest in Kaduna on Sunday, and seized his driver, who was freed on Tuesday.", "abducted",
     (date(2024, 5, 5), "day")),
    # two days joined by "and" close the phrase as one span, dated by its first
    ("Rebels robbed two branches of a bank in Ruma and Thanchi on April 2 and 3, looting cash and 14 firearms.",
     "robbed", (date(2024, 4, 2), "day")),
    ("Rebels robbed two branches of a bank in Ruma and Thanchi on April 2 and 3, looting cash, and abducting a "
     "bank manager, who was released two days later.", "robbed", (date(2024, 4, 2), "day")),
    # guards: a relative clause on the trigger itself; a count after "and"
    ("The lawsuit, which will be filed on Friday, focuses on Maricopa County.", "lawsuit", (date(2024, 5, 10), "day")),
    ("Troops clashed with rebels on April 2 and 3 soldiers were killed.", "clashed", (date(2024, 4, 2), "day")),
])
def test_a_date_of_its_own_clause(text, trigger, when):
    event = event_on(text, trigger, MAY_08)
    assert (event.date, event.date_precision) == when
