"""The day of a news event told by a weekday or a time of day, where the sentence's shape kept it from its event: a
day word right after an opening quote mark, an event told in the "when" clause after the day, a place aside with a
distance between the verb and its day, and a verdict's day before the "of" of the crime it is for. Every text is
our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.dates import find_dates
from tests.extract.test_events_wire import event_on

FRIDAY = datetime(2025, 3, 14, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, surface", [
    ('The mayor said: "Last night, rioters set fire to two buses."', "Last night"),
    ("“Last week the militia came back,” a farmer said.", "Last week"),
    ("The minister (last week) said the road was open.", "last week"),
])
def test_a_day_word_after_an_opening_mark_is_found(text, surface):
    assert surface in [m.text for m in find_dates(text, FRIDAY, 0, len(text), "mdy")]


@pytest.mark.parametrize("text, trigger, day", [
    ('Commander Okafor said: "Last night, officers came under attack from youths who threw stones at them."',
     "came under attack", date(2025, 3, 13)),
    ('The governor told reporters: "This morning gunmen stormed a school in the north of the state."', "stormed",
     date(2025, 3, 14)),
    ('A spokesman said: "Last night, for the fourth night running, protesters clashed with police in the port."',
     "clashed", date(2025, 3, 13)),
])
def test_a_day_opening_a_quote_dates_its_event(text, trigger, day):
    found = event_on(text, trigger, FRIDAY)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger, day", [
    ("Two soldiers lost their lives this morning when the truck they were riding in struck a landmine near Kiunga.",
     "landmine", date(2025, 3, 14)),
    ("Three pilgrims lost their lives on Wednesday when the minibus they had hired drove over a roadside bomb.",
     "roadside bomb", date(2025, 3, 12)),
    ("A family of five perished on Tuesday night when the old wooden house they had been sheltering in was hit by an "
     "air strike.", "hit", date(2025, 3, 11)),
])
def test_a_day_before_when_dates_the_event_of_its_clause_past_words(text, trigger, day):
    found = event_on(text, trigger, FRIDAY)
    assert (found.date, found.date_precision, found.date_source) == (day, "day", "text")


def test_a_when_clause_past_a_comma_keeps_its_own_reach():
    # guard: the "when" clause ends at its comma; the bomb after it is another clause's, dated as before
    text = ("Two soldiers lost their lives on Wednesday when their convoy, which had left the base at dawn and was "
            "heading north, was ambushed.")
    found = event_on(text, "ambushed", FRIDAY)
    assert found.date == date(2025, 3, 12)


@pytest.mark.parametrize("text, trigger, day", [
    ("KABUL, March 14 (Reuters) - Rockets fired by Taliban fighters killed at least six villagers in the district "
     "of Khost, 40 km (25 miles) south of Gardez, on Thursday, as fighting spread, officials said.", "fired",
     date(2025, 3, 13)),
    ("Mortar rounds fired by the rebels killed at least four traders in the market town of Bunia, some 30 km "
     "(19 miles) north of the airport, on Tuesday, the army said.", "fired", date(2025, 3, 11)),
])
def test_a_day_after_a_place_aside_is_the_verbs(text, trigger, day):
    found = event_on(text, trigger, FRIDAY)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger, day", [
    ("A man has been convicted by a jury at Leeds Crown Court on Tuesday of the murder of a shopkeeper in 2021.",
     "convicted", date(2025, 3, 11)),
    ("A former guard was found guilty by a panel of judges in The Hague on Wednesday of the torture of detainees "
     "in 2012.", "found guilty", date(2025, 3, 12)),
])
def test_a_day_before_of_the_crime_is_the_verdicts(text, trigger, day):
    found = event_on(text, trigger, FRIDAY)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger, day", [
    ("A man was convicted at Manchester Crown Court on Wednesday of the murder of his neighbour in 2022.",
     "convicted", date(2025, 3, 12)),
    ("Police arrested two men on Tuesday in connection with the attack.", "arrested", date(2025, 3, 11)),
    ("Protesters clashed with police on Saturday night in the capital.", "clashed", date(2025, 3, 8)),
])
def test_a_day_right_after_its_verb_stays_the_verbs(text, trigger, day):
    # guards: already right at the base
    assert event_on(text, trigger, FRIDAY).date == day


def test_a_when_clause_past_another_date_leaves_its_noun_to_that_date():
    # guard: the meeting is this week's, not the Friday the office sent its agenda
    text = "The rift came on Friday, when the party office sent out an agenda for this week's meeting of the board."
    assert event_on(text, "meeting", FRIDAY).date_precision == "week"
