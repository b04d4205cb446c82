"""Date expressions: explicit dates, and relative ones resolved against the publication date."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.dates import find_dates, is_calendar_word

PUBLISHED = date(2024, 12, 30)  # a Monday


def _one(text: str, published=PUBLISHED):
    found = find_dates(text, published)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start:mention.end] == mention.text
    return mention.text, mention.date, mention.precision


@pytest.mark.parametrize("text, surface, when, precision", [
    ("On 9 May 2020, nurses protested.", "9 May 2020", date(2020, 5, 9), "day"),
    ("On 1st May 2020 police arrested two men.", "1st May 2020", date(2020, 5, 1), "day"),
    ("The vote was held on May 9, 2020.", "May 9, 2020", date(2020, 5, 9), "day"),
    ("The order took effect 2024-06-12.", "2024-06-12", date(2024, 6, 12), "day"),
    ("The talks ended Sept. 3, 2021.", "Sept. 3, 2021", date(2021, 9, 3), "day"),
    ("The law passed in March 2019.", "March 2019", date(2019, 3, 1), "month"),
])
def test_explicit_dates(text, surface, when, precision):
    assert _one(text) == (surface, when, precision)


@pytest.mark.parametrize("text, surface, when, precision", [
    ("The soldier was seized on December 26th.", "December 26th", date(2024, 12, 26), "day"),
    ("Talks resume on January 5.", "January 5", date(2025, 1, 5), "day"),
    ("The agency confirmed it on Friday.", "Friday", date(2024, 12, 27), "day"),
    ("They met last Monday.", "last Monday", date(2024, 12, 23), "day"),
    ("They meet next Friday.", "next Friday", date(2025, 1, 3), "day"),
    ("Police raided the office yesterday.", "yesterday", date(2024, 12, 29), "day"),
    ("The pact was signed in June.", "June", date(2024, 6, 1), "month"),
    ("Elections are due in January.", "January", date(2025, 1, 1), "month"),
    ("Prices rose last month.", "last month", date(2024, 11, 1), "month"),
    ("Rebels attacked the town last week.", "last week", date(2024, 12, 23), "week"),
    ("The ban was lifted last year.", "last year", date(2023, 1, 1), "year"),
    ("The border has been closed since 2022.", "since 2022", date(2022, 1, 1), "year"),
    ("The ministry was founded in 1998.", "1998", date(1998, 1, 1), "year"),
    ("The strike began three days ago.", "three days ago", date(2024, 12, 27), "day"),
    ("Earlier this month, the army withdrew.", "Earlier this month", date(2024, 12, 1), "month"),
    ("Drones struck the city overnight, officials said.", "overnight", date(2024, 12, 29), "day"),
    ("Drones struck the city overnight Saturday.", "Saturday", date(2024, 12, 28), "day"),
    ("Drones struck the city overnight on Saturday.", "Saturday", date(2024, 12, 28), "day"),
    ("Drones struck the city overnight into Sunday.", "Sunday", date(2024, 12, 29), "day"),
])
def test_relative_dates_resolve_against_publication(text, surface, when, precision):
    assert _one(text) == (surface, when, precision)


def test_publication_datetime_is_accepted():
    assert _one("It ended on Friday.", datetime(2024, 12, 30, 9, tzinfo=timezone.utc))[1] == date(2024, 12, 27)


def test_relative_date_without_publication_is_kept_but_unresolved():
    assert _one("The talks ended on Friday.", None) == ("Friday", None, "none")
    assert _one("On 9 May 2020, nurses protested.", None) == ("9 May 2020", date(2020, 5, 9), "day")


@pytest.mark.parametrize("text", [
    "Officials may meet again.",               # the modal, not the month
    "The March on Rome is history.",           # a name, not a date
    "About 2500 protesters marched.",          # a count, not a year
    "The mayor spoke about 31 June 2020.",     # no such day
    "Several days ago the roads flooded.",     # vague: no guess
])
def test_no_date(text):
    assert find_dates(text, PUBLISHED) == []


def test_span_limits_the_search():
    text = "On 9 May 2020, a march. On 10 May 2020, a rally."
    (second,) = find_dates(text, PUBLISHED, start=text.index("On 10"))
    assert second.date == date(2020, 5, 10)


def test_calendar_words():
    assert is_calendar_word("June") and is_calendar_word("Friday")
    assert not is_calendar_word("Jordan")


@pytest.mark.parametrize("text", [
    "The vote was held on 0000-01-01.",
    "The vote was held on 2020-13-45.",
    "The vote was held on 2021-02-29.",
    "The vote was held on 30 February 2020.",
    "The vote was held on May 32, 2020.",
    "The vote was held in 0000.",
    "The vote was held in 99999.",
    "The vote was held in June 0000.",
    "The vote will be held in June 2100.",       # past the last day a record may carry
    "The vote will be held on 3 March 2100.",
])
def test_impossible_or_unholdable_dates_are_no_dates(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31), date(1799, 12, 31), date(2100, 1, 2)])
def test_a_publication_the_dataset_cannot_hold_resolves_no_relative_date(published):
    found = find_dates("On 5 May, a week after last Monday's vote, next year's budget passed in June.", published)
    assert found and all(m.date is None and m.precision == "none" for m in found)


def test_the_last_day_a_record_may_carry_is_still_a_date():
    assert _one("The deadline is 1 January 2100.") == ("1 January 2100", date(2100, 1, 1), "day")


def test_a_character_whose_lower_case_is_longer_hides_no_relative_date():
    assert _one("İİİİ Police raided the office yesterday.") == ("yesterday", date(2024, 12, 29), "day")


@pytest.mark.parametrize("text, surface, when", [
    ("Rebels shelled Tessin on Christmas Eve.", "Christmas Eve", date(2024, 12, 24)),
    ("Rebels shelled Tessin on Christmas Day, killing two.", "Christmas Day", date(2024, 12, 25)),
    ("Rebels shelled Tessin on Christmas.", "Christmas", date(2024, 12, 25)),
    ("The mayor of Orvalo gave a New Year's speech.", "New Year's", date(2025, 1, 1)),   # the nearer one
    ("The mayor's New Year’s Eve address was short.", "New Year’s Eve", date(2024, 12, 31)),
    ("Dockers struck on Boxing Day.", "Boxing Day", date(2024, 12, 26)),
    ("Dockers struck on Boxing Day 2019.", "Boxing Day 2019", date(2019, 12, 26)),
    ("Dockers held a May Day rally in Orvalo.", "May Day", date(2024, 5, 1)),
    ("Dockers struck last Christmas.", "last Christmas", date(2024, 12, 25)),
    ("Dockers strike next Christmas.", "next Christmas", date(2025, 12, 25)),
    # told in the past, the last one before the story (not the nearer one, two days after it)
    ("Nobody was seen in Orvalo on New Years Day.", "New Years Day", date(2024, 1, 1)),
    ("Nobody will be seen in Orvalo on New Years Day.", "New Years Day", date(2025, 1, 1)),
])
def test_a_fixed_day_holiday_used_as_a_time_is_its_day(text, surface, when):
    assert _one(text) == (surface, when, "day")


@pytest.mark.parametrize("text", [
    "Rebels landed on Christmas Island.",               # a place
    "Rebels attacked a Christmas market in Orvalo.",    # a thing of the season: no day without a preposition
    "The Boxing Day tsunami struck Orvalo.",            # the name of a past event
    "New Year's Eve parties were cancelled.",           # opens the sentence: no time word before it
    "Pilgrims met in Orvalo on Orthodox Christmas.",    # another calendar's day
    "The Halloween parade was cancelled.",
])
def test_a_holiday_name_that_is_no_time_is_no_date(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, surface, when, precision", [
    ("Since January, rebels have shelled Orvalo.", "Since January", date(2024, 1, 1), "month"),
    ("The road has been shut since December.", "since December", date(2024, 12, 1), "month"),
    ("The road has been shut since December 31st.", "December 31st", date(2023, 12, 31), "day"),
    ("The road has been shut since New Year's Day.", "New Year's Day", date(2024, 1, 1), "day"),
])
def test_since_names_the_latest_day_or_month_up_to_publication(text, surface, when, precision):
    assert _one(text) == (surface, when, precision)


def test_without_since_the_nearer_month_is_read():
    assert _one("Elections are held in January.")[1] == date(2025, 1, 1)   # the rule above can fail


@pytest.mark.parametrize("text, surface, when", [
    ("On Monday, December 2, rebels shelled Orvalo.", "Monday, December 2", date(2024, 12, 2)),
    ("Talks open on Tuesday 3 June 2025 in Tessin.", "Tuesday 3 June 2025", date(2025, 6, 3)),
    ("Talks opened on Friday the 6th of December.", "Friday the 6th of December", date(2024, 12, 6)),
])
def test_a_weekday_before_a_date_gives_way_to_the_date(text, surface, when):
    assert _one(text) == (surface, when, "day")


def test_at_the_weekend_is_over_the_weekend():
    assert _one("Rebels shelled Orvalo at the weekend.") == ("at the weekend", date(2024, 12, 23), "week")
    assert _one("Rebels shelled Orvalo at the weekend.", date(2024, 12, 28))[1] == date(2024, 12, 23)


@pytest.mark.parametrize("text, surface, when", [
    ("Reports filed through Nov. 30 show a surplus.", "Nov. 30", date(2024, 11, 30)),   # not "through Nov"
    ("It was the worst day since Jan. 7, 2012.", "Jan. 7, 2012", date(2012, 1, 7)),
    ("The towers fell on Sept.11, 2001.", "Sept.11, 2001", date(2001, 9, 11)),
])
def test_an_abbreviated_month_with_its_dot_and_a_day_is_a_day(text, surface, when):
    assert _one(text) == (surface, when, "day")


@pytest.mark.parametrize("text, when", [
    ("The office has been open since last April.", date(2024, 4, 1)),
    ("The office will be shut until next December.", date(2025, 12, 1)),   # not this December
])
def test_a_direction_after_a_preposition_still_counts(text, when):
    assert _one(text)[1:] == (when, "month")


@pytest.mark.parametrize("text, surface, when", [
    ("Clashes went on between 3 and 5 December in Orvalo.", "3 and 5 December", date(2024, 12, 3)),
    ("Clashes went on from 3 to 5 December.", "3 to 5 December", date(2024, 12, 3)),
    ("Clashes went on 3-4 December.", "3-4 December", date(2024, 12, 3)),
    ("Clashes went on Dec. 3-4.", "Dec. 3-4", date(2024, 12, 3)),
    ("Clashes went on from 27 - 29 April 2020.", "27 - 29 April 2020", date(2020, 4, 27)),
])
def test_a_span_of_days_is_dated_by_its_first(text, surface, when):
    assert _one(text) == (surface, when, "day")


def test_a_count_after_a_day_is_no_span():
    # "and 5 people" after a month and day is no span of days
    assert _one("On December 3 and 5 people were hurt.")[:2] == ("December 3", date(2024, 12, 3))


@pytest.mark.parametrize("text, published, when, precision", [
    # the window before publication, dated by the calendar unit holding its middle; "last year" is the year before
    ("Rebels have killed 300 people over the past year.", date(2024, 12, 30), date(2024, 1, 1), "year"),
    ("Rebels have killed 300 people over the past year.", date(2024, 2, 10), date(2023, 1, 1), "year"),
    ("Prices rose in the past month.", date(2024, 12, 30), date(2024, 12, 1), "month"),
    ("Prices rose in the past month.", date(2024, 12, 5), date(2024, 11, 1), "month"),
    ("Rebels shelled Orvalo this past week.", date(2024, 12, 27), date(2024, 12, 23), "week"),   # a Friday
    ("Rebels shelled Orvalo over the last week.", date(2024, 12, 30), date(2024, 12, 23), "week"),  # a Monday
    ("The ban was lifted last year.", date(2024, 12, 30), date(2023, 1, 1), "year"),
])
def test_the_past_week_month_or_year_is_the_window_up_to_publication(text, published, when, precision):
    assert _one(text, published)[1:] == (when, precision)


def test_the_last_week_of_a_month_is_no_week_before_publication():
    assert _one("Talks were held in the last week of October.") == ("October", date(2024, 10, 1), "month")


def test_the_year_before_is_only_for_a_day_or_month_without_its_year():
    from etl.extract.dates import year_before
    (day,) = find_dates("on 3 March", PUBLISHED)
    assert year_before(day).date == date(2024, 3, 3) and year_before(day).text == "3 March"
    for text in ("on 3 March 2025", "next March", "on Friday", "tomorrow"):
        (found,) = find_dates(text, PUBLISHED)
        assert year_before(found) is None, text


@pytest.mark.parametrize("text", ["The talks lasted two hours.", "He was held for hours.",
                                  "The moment of truth came later."])
def test_hours_that_are_no_step_in_the_narrative_are_no_date(text):
    assert find_dates(text, PUBLISHED) == []


def test_in_the_same_day_is_no_step_from_the_event_before():
    assert find_dates("Two shutdowns in the same day angered Orvalo.", PUBLISHED) == []
    (same,) = find_dates("Police came again the same day.", PUBLISHED)
    assert same.shift == (0, "day")


@pytest.mark.parametrize("text", [
    "Forces shelled scattered areas of the July 7 area in Orvalo.",
    "Protesters gathered on 26 July Street in Orvalo.",
    "Traffic stopped at the 6th of October Bridge.",
    "Families fled to 6th October City.",
])
def test_a_day_that_is_part_of_a_place_name_is_no_date(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, surface", [
    ("On March 3 school was closed in Orvalo.", "March 3"),     # a lower-case noun after "on" + day: still a date
    ("On 3 May 2020 area residents protested.", "3 May 2020"),
])
def test_a_day_after_a_preposition_of_time_stays_a_date_before_a_common_noun(text, surface):
    assert _one(text)[0] == surface


@pytest.mark.parametrize("text, surface, when", [
    # two days given as a span, each with its month, are dated by the first, as "between 3 and 5 March" is (and
    # not by the second, which was nearest the trigger)
    ("Sometime between March 2 and March 4, 2015, gunmen abducted a teacher.", "March 2 and March 4, 2015",
     date(2015, 3, 2)),
    ("Between 30 March 2015 and 2 April 2015 the town was shelled.", "30 March 2015 and 2 April 2015",
     date(2015, 3, 30)),
    ("Strikes ran from 2 March 2015 to 20 March 2015.", "2 March 2015 to 20 March 2015", date(2015, 3, 2)),
])
def test_a_span_between_two_days_with_their_months_is_dated_by_its_first(text, surface, when):
    assert _one(text) == (surface, when, "day")


def test_two_days_told_apart_stay_two():
    found = find_dates("Rebels attacked on 2 March 2015 and on 4 March 2015.", PUBLISHED)
    assert [(m.date, m.precision) for m in found] == [(date(2015, 3, 2), "day"), (date(2015, 3, 4), "day")]


def test_a_month_alone_after_a_capitalised_word_is_no_date():
    from datetime import date as _date
    from etl.extract.dates import find_dates as _find
    assert [m.text for m in _find("He lives in Bait Jan now.", _date(2024, 5, 1))] == []
    assert [m.text for m in _find("They met in Jan. to talk.", _date(2024, 5, 1))] == ["Jan."]


@pytest.mark.parametrize("text, when", [
    ("The Security Council will meet on Tuesday.", date(2024, 12, 31)),   # the coming Tuesday
    ("The council met on Tuesday.", date(2024, 12, 24)),                  # the one that has passed
    ("The vote is due to take place on Friday.", date(2025, 1, 3)),
    ("Activists plan to protest at Monday's debate.", date(2024, 12, 30)),  # the day itself
    ("He said the talks will resume next Tuesday.", date(2024, 12, 31)),    # "next" decides as before
    ("The opposition has called for a nationwide strike on Friday.", date(2025, 1, 3)),  # a call for what is to be
    ("The union calls for a rally on Tuesday outside parliament.", date(2024, 12, 31)),
    ("The president called for calm on Tuesday.", date(2024, 12, 24)),     # the day of the call
    ("The opposition has called for calm since Tuesday.", date(2024, 12, 24)),
])
def test_a_bare_weekday_after_a_future_verb_is_the_coming_one(text, when):
    [found] = find_dates(text, PUBLISHED)
    assert found.date == when


FEBRUARY = date(2024, 2, 10)


@pytest.mark.parametrize("text, when", [
    ("Nearly 200 people have been killed since the fighting began in April.", date(2023, 4, 1)),
    ("Troops withdrew in early April.", date(2023, 4, 1)),
    ("Protesters gathered on 5 April outside parliament.", date(2023, 4, 5)),
])
def test_a_day_or_month_after_a_verb_in_the_past_is_the_last_one(text, when):
    (found,) = find_dates(text, FEBRUARY)
    assert found.date == when


@pytest.mark.parametrize("text, when", [
    ("Talks will resume in April.", date(2024, 4, 1)),
    ("He said elections would be held in April.", date(2024, 4, 1)),
    ("Officials said the vote was postponed until April.", date(2024, 4, 1)),
    ("He said the Dec. 28 meeting was scheduled.", date(2023, 12, 28)),
])
def test_a_day_or_month_of_the_future_or_of_a_noun_keeps_the_nearer_reading(text, when):
    (found,) = find_dates(text, FEBRUARY)
    assert found.date == when


def test_a_story_read_from_its_opening_day_keeps_the_days_that_follow_it():
    found = find_dates("On 7 May, he was arrested again after he had been released on 6 May.", date(2020, 5, 5),
                       keep_order=True)
    assert [d.date for d in found] == [date(2020, 5, 7), date(2020, 5, 6)]


@pytest.mark.parametrize("text, when", [
    ("The attack on 5 March killed 12 people.", date(2024, 3, 5)),     # the past verb comes after the date
    ("The March 5 attack left 12 people dead.", date(2024, 3, 5)),
    ("Clashes in early March, which killed four, spread north.", date(2024, 3, 1)),
    ("The vote on 5 March was postponed.", date(2025, 3, 5)),          # put off: the nearer reading stands
    ("The summit on 5 March will be held in Paris.", date(2025, 3, 5)),
])
def test_a_day_before_a_verb_in_the_past_is_the_last_one(text, when):
    (found,) = find_dates(text, PUBLISHED)
    assert found.date == when


@pytest.mark.parametrize("text", [
    "The Good Friday agreement was signed in Belfast.",              # after "the": a name of the past
    "The Easter Sunday bombings killed 269 people.",
    "Marchers in Derry remembered the victims of Bloody Sunday.",
])
def test_a_weekday_named_by_a_past_event_is_no_day_of_the_week(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, published, surface, when", [
    ("Gunmen opened fire on Easter Sunday, killing 12.", PUBLISHED, "Easter Sunday", date(2024, 3, 31)),
    ("The attack on Easter Monday killed three people.", PUBLISHED, "Easter Monday", date(2024, 4, 1)),
    ("Churches will hold services on Good Friday.", PUBLISHED, "Good Friday", date(2025, 4, 18)),
    ("Suicide bombers struck churches on Easter Sunday.", date(2019, 4, 22), "Easter Sunday", date(2019, 4, 21)),
    ("Pilgrims gathered on Palm Sunday.", date(2023, 4, 3), "Palm Sunday", date(2023, 4, 2)),
])
def test_a_feast_named_with_its_weekday_is_its_day_from_easter(text, published, surface, when):
    assert _one(text, published) == (surface, when, "day")


def test_a_weekday_after_other_capitalised_words_stays_a_day():
    assert [m.date for m in find_dates("Last Sunday, gunmen attacked. On Monday, police came.", PUBLISHED)] == [
        date(2024, 12, 29), date(2024, 12, 30)]
