"""Dates, modality and participants of long-form analysis and feature writing (stop 57): "That year" and "that
night" as the time told last, a year that bounds a "since" comparison, a weekday of a future event. Every text is our
own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

NOV_16 = datetime(2020, 11, 16, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("text, trigger, day, precision", [
    ("The general took power in 2017. That year he signed a truce with the rebels.", "signed", date(2017, 1, 1),
     "year"),
    ("The general took power in 2017. In that year the army shelled the border villages.", "shelled",
     date(2017, 1, 1), "year"),
    ("The army retook the town in May 2015. That month rebels ambushed a convoy near Gao.", "ambushed",
     date(2015, 5, 1), "month"),
    ("Protesters torched a bank in Lima on 12 March 2019. That night police arrested 40 people.", "arrested",
     date(2019, 3, 12), "day"),
    ("Protesters torched a bank in Lima on 12 March 2019. On that day police arrested 40 people.", "arrested",
     date(2019, 3, 12), "day"),
])
def test_that_year_or_night_is_the_time_told_last(text, trigger, day, precision):
    found = event_on(text, trigger, NOV_16)
    assert (found.date, found.date_precision) == (day, precision)


def test_that_after_a_verb_is_a_conjunction_not_a_time():
    # "said that night raids …": no "that night" of the narrative; the raids take the week of publication
    found = event_on("The general took power in 2017. Officials said that night raids killed three people.",
                     "raids", NOV_16)
    assert found.date_precision == "week"


@pytest.mark.parametrize("text, trigger", [
    ("Riots broke out in Quito on 3 October 2019. That night the president declared a state of emergency for the "
     "first time since the return to democracy in 1979.", "state of emergency"),
    ("Riots broke out in Quito on 3 October 2019. That night the army imposed a curfew, the first since the end of "
     "military rule in 1979.", "curfew"),
])
def test_a_year_that_bounds_a_since_comparison_dates_nothing(text, trigger):
    found = event_on(text, trigger, NOV_16)
    assert (found.date, found.date_precision) == (date(2019, 10, 3), "day")


def test_a_since_phrase_without_a_comparison_still_dates():
    # no superlative: "since" here tells a span, as before
    found = event_on("Police arrested the activist in 2018 in Quito.", "arrested", NOV_16)
    assert found.date == date(2018, 1, 1)
