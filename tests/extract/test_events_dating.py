"""When an event happened: an adverb of recency keeps an event from the date of its neighbours or paragraph. Our own
sentences; the publication date is fixed."""
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article, Event

PUBLISHED = datetime(2024, 12, 30, tzinfo=timezone.utc)  # a Monday


def _events(text: str, published: datetime | None = PUBLISHED) -> dict[str, Event]:
    """The events of an article published on `published` (None: an encyclopedia entry, a document without
    metadata), by trigger."""
    article = Article(article_id="d1", source="test", source_id="d1", url=None, title=None, published_at=published,
                      language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=PUBLISHED, input_path="test.txt")
    return {e.trigger: e for e in events.extract(Doc(article), [])}


def test_an_event_that_happened_recently_takes_no_date_from_its_neighbour():
    found = _events("A trade pact signed in June came into effect recently, officials in Orvalo said.")
    assert (found["signed"].date, found["signed"].date_source) == (date(2024, 6, 1), "text")
    effect = found["came into effect"]
    # reported lately: the week it was published in, never June nor a day
    assert (effect.date, effect.date_precision, effect.date_source) == (date(2024, 12, 30), "week", "publication")


def test_a_clause_told_with_an_event_of_lately_is_lately_too():
    found = _events("A trade pact signed in June came into effect recently, with the Orvalo minister lauding the deal.")
    assert (found["signed"].date, found["signed"].date_source) == (date(2024, 6, 1), "text")
    praise = found["lauding"]
    assert (praise.date, praise.date_precision, praise.date_source) == (date(2024, 12, 30), "week", "publication")


def test_without_the_adverb_the_neighbour_dates_it():
    found = _events("A trade pact signed in June came into effect, officials in Orvalo said.")
    assert (found["came into effect"].date, found["came into effect"].date_source) == (date(2024, 6, 1), "context")


def test_an_event_that_happened_recently_takes_no_date_from_its_paragraph():
    found = _events("Rebels attacked Orvalo on 3 December. Troops recently arrived in Tessin town.")
    assert found["attacked"].date == date(2024, 12, 3)
    assert found["arrived in"].date_source == "publication"


def test_a_holiday_dates_its_event_by_its_text_not_by_a_neighbours_month():
    found = _events("Orvalo's state radio reported that President Tamsin sent a New Year's message to the Tessin "
                    "leader, recalling their June talks in Orvalo.")
    message = found["sent"]
    # the message of New Year's: its day, from its own words; not the June of the talks beside it
    assert (message.date, message.date_precision, message.date_source) == (date(2025, 1, 1), "day", "text")
    assert message.date_text == "New Year's"
    assert (found["talks"].date, found["talks"].date_source) == (date(2024, 6, 1), "text")


def test_an_event_on_a_holiday_is_dated_that_day():
    found = _events("Rebels shelled the market of Orvalo on Christmas Eve, killing two traders.")
    assert (found["shelled"].date, found["shelled"].date_source) == (date(2024, 12, 24), "text")
    assert (found["killing"].date, found["killing"].date_source) == (date(2024, 12, 24), "context")


def test_a_weekday_with_its_date_dates_the_event_to_the_date():
    found = _events("Rebels shelled Orvalo on Monday, December 2, and withdrew.")
    assert (found["shelled"].date, found["shelled"].date_precision) == (date(2024, 12, 2), "day")


def test_a_date_dates_the_clause_that_when_opens_after_it():
    found = _events("It was the first death of a general in Orvalo since 2017, when a colonel was killed in Tessin.")
    killed = found["killed"]
    assert (killed.date, killed.date_precision, killed.date_source) == (date(2017, 1, 1), "year", "text")
    found = _events("The town of Orvalo has been calm since 3 May, when rebels shelled the market.")
    assert (found["shelled"].date, found["shelled"].date_source) == (date(2024, 5, 3), "text")


def test_a_when_clause_far_from_the_date_takes_nothing_from_it():
    found = _events("The town of Orvalo has been calm since 3 May, when after many long weeks of quiet talks and "
                    "patient waiting the rebels finally shelled the market.")
    assert found["shelled"].date_source != "text"


def test_a_month_that_opens_a_sentence_sets_the_time_of_the_narrative_after_it():
    found = _events("In May 2019, police raided a camp near Orvalo. Two officers were killed.")
    killed = found["killed"]
    assert (killed.date, killed.date_precision, killed.date_source) == (date(2019, 5, 1), "month", "context")
    assert killed.date_text == "May 2019"


@pytest.mark.parametrize("text", [
    "The group, founded in March 2012, is based in Orvalo. Its fighters attacked a convoy.",   # background
    "Since 2015, the group has grown in Orvalo. Its fighters attacked a convoy.",              # a bound
    "In 2015, the group split in Orvalo. Its fighters have attacked a convoy.",                # told in the present
])
def test_a_month_or_year_that_sets_no_narrative_time_is_not_passed_on(text):
    assert _events(text)["attacked"].date_source == "publication"


@pytest.mark.parametrize("text", [
    "On 9 May 2024, rebels attacked Orvalo.",             # the month
    "In May, rebels attacked Orvalo.",
    "Minister Tamsin May said rebels attacked Orvalo.",  # a name
])
def test_the_month_may_is_no_modal(text):
    assert _events(text)["attacked"].modality in ("asserted", "reported")


def test_the_modal_may_still_makes_an_event_hypothetical():
    assert _events("Rebels may attack Orvalo.")["attack"].modality == "hypothetical"
    assert _events("May rebels never attack Orvalo again.")["attack"].modality in ("hypothetical", "negated")


def test_an_event_told_as_done_is_not_dated_weeks_after_the_story():
    found = _events("Rebels attacked Orvalo on 3 March, killing five.")   # published 30 December 2024
    assert (found["attacked"].date, found["attacked"].date_source) == (date(2024, 3, 3), "text")
    assert (found["killing"].date, found["killing"].date_source) == (date(2024, 3, 3), "context")
    assert _events("Rebels attacked Orvalo in March.")["attacked"].date == date(2024, 3, 1)


@pytest.mark.parametrize("text, when", [
    ("Rebels will attack Orvalo on 3 March.", date(2025, 3, 3)),            # yet to come
    ("Rebels attacked Orvalo on 3 March 2025.", date(2025, 3, 3)),          # its year is written
    ("Putin sent a New Year's message to Orvalo.", date(2025, 1, 1)),      # days ahead: the occasion it was for
])
def test_a_date_after_the_story_stays_when_the_text_allows_it(text, when):
    assert next(iter(_events(text).values())).date == when


@pytest.mark.parametrize("text", [
    "Orvalo's state radio reported that Tamsin sent a New Year's message to the Tessin leader.",
    "Officials said that Tamsin sent a New Year's message to the Tessin leader.",
])
def test_a_message_sent_for_a_holiday_to_come_was_sent(text):
    # "that" after a verb of saying opens a clause, so "sent" is its verb in the past, not a noun after "that":
    # done, however near the occasion it was for
    assert _events(text)["sent"].modality != "future"


@pytest.mark.parametrize("text, trigger, year", [
    ("Officials in Orvalo recalled the 2012 attacks on the embassy.", "attacks", 2012),
    ("On 3 May, officials recalled the 2001 terrorist attacks in Orvalo.", "attacks", 2001),
    ("Critics in Tessin cited its 2003 invasion of Orvalo.", "invasion", 2003),
])
def test_a_year_that_modifies_an_event_noun_dates_it(text, trigger, year):
    event = _events(text)[trigger]
    assert (event.date, event.date_precision, event.date_source) == (date(year, 1, 1), "year", "text")


def test_a_count_that_looks_like_a_year_dates_nothing():
    assert _events("The 2000 protesters marched in Orvalo.")["marched"].date_source == "publication"


@pytest.mark.parametrize("opening", ["07/22/2015:", "22 July 2015 -", "Wednesday, 22 July 2015 —"])
def test_a_report_that_opens_with_its_day_dates_the_days_it_names_without_a_year(opening):
    found = _events(f"{opening} Gunmen abducted five traders in Kovalo. The hostages were killed on July 25.")
    assert found["abducted"].date == date(2015, 7, 22)
    assert (found["killed"].date, found["killed"].date_source) == (date(2015, 7, 25), "text")


@pytest.mark.parametrize("text", [
    "07/22: Gunmen abducted five traders in Kovalo. The hostages were killed on July 25.",          # no year
])
def test_only_an_opening_day_with_its_year_and_a_colon_or_dash_moves_the_reference(text):
    # a date without a year counts from the publication (30 December 2024): the July before it
    assert _events(text)["killed"].date == date(2024, 7, 25)


@pytest.mark.parametrize("text, trigger, day", [
    ("Gunmen stormed a police station in the southern city of Orvalo late Tuesday, officials said.", "stormed",
     date(2024, 12, 24)),
    ("Militants ambushed a convoy carrying supplies to the garrison near Orvalo on Friday.", "ambushed",
     date(2024, 12, 27)),
])
def test_a_date_that_closes_its_clause_dates_its_trigger_past_a_long_object(text, trigger, day):
    found = _events(text)[trigger]
    assert (found.date, found.date_source) == (day, "text")


def test_a_date_inside_a_name_after_the_object_dates_nothing():
    # "July 7 area" is a place; the opening date dates the event
    found = _events("On 5 May 2020, forces shelled scattered areas of the July 7 area in Orvalo port city.")
    assert found["shelled"].date == date(2020, 5, 5)


@pytest.mark.parametrize("text, trigger", [
    ("A bomb exploded in a market in Kabul, Afghanistan, on Friday.", "exploded"),
    ("A bomb exploded in a market in Baqubah, Diyala province, Iraq, on Friday.", "exploded"),
])
def test_the_commas_around_a_places_region_or_country_keep_a_date_in_its_clause(text, trigger):
    found = _events(text)[trigger]
    assert (found.date, found.date_source) == (date(2024, 12, 27), "text")


def test_a_comma_before_a_new_clause_still_parts_the_date_from_the_event():
    # "the army said on Friday": the date of the speech, the attack is undated by the text
    found = _events("Rebels attacked Goma, the army said on Friday.")["attacked"]
    assert found.date_source == "publication"


def test_an_undated_article_counts_its_dates_without_a_year_from_its_first_dated_day():
    found = _events("The Dalo bombing was an attack on a cafe in Dalo on 28 April 2011. On 5 May, police arrested "
                    "three suspects. The bomb had exploded on a Thursday afternoon.", published=None)
    assert (found["arrested"].date, found["arrested"].date_source) == (date(2011, 5, 5), "text")
    assert found["exploded"].date == date(2011, 4, 28)  # the Thursday of that week


def test_an_event_after_the_day_a_report_opens_with_is_not_yet_to_come():
    found = _events("07/22/2015: Assailants attacked a checkpoint in Dalo. An explosion on July 25 killed two guards.",
                    published=None)
    assert found["explosion"].date == date(2015, 7, 25) and found["explosion"].modality == "asserted"


@pytest.mark.parametrize("text, trigger, when", [
    ("Rescuers pulled bodies from the rubble in Dalo on Friday, two days after a missile strike killed 40 people.",
     "missile strike", date(2024, 12, 25)),  # a noun that is the subject of the verb after the interval
    ("The mayor spoke on Friday, a day after gunmen attacked the town hall.", "attacked", date(2024, 12, 26)),
])
def test_an_interval_back_counts_from_the_day_its_sentence_told_before_it(text, trigger, when):
    assert _events(text)[trigger].date == when


def test_a_day_of_the_year_a_modifier_gave_dates_the_event_more_precisely():
    found = _events("The 2002 Dalo bombings occurred on 12 October 2002 in the district of Kuta.")
    assert (found["bombings"].date, found["bombings"].date_precision) == (date(2002, 10, 12), "day")


def test_an_interval_that_opens_a_sentence_counts_from_the_event_it_names_again():
    found = _events("Rebels attacked Kessa on Tuesday. Two days after the attack, police arrested three men.")
    assert (found["attacked"].date, found["arrested"].date) == (date(2024, 12, 24), date(2024, 12, 26))


def test_an_interval_that_opens_a_sentence_does_not_count_from_the_event_told_before():
    # "two weeks after" counts from the truck's attack to the killing, not from 12 December back to the truck's
    found = _events("Gunmen attacked a church in Kessa on 12 December. Less than two weeks after a truck plowed "
                    "into a crowd in Dalo, two men killed a priest in Orvalo.")
    assert found["plowed into"].date != date(2024, 11, 28)


@pytest.mark.parametrize("text, trigger", [
    ("On 5 June 2020, in Orvalo, activists held a sit-in to mark the anniversary of the Tessin Square crackdown.",
     "crackdown"),
    ("Hundreds gathered in Orvalo on Monday in memory of the victims of the massacre.", "massacre"),
])
def test_what_an_anniversary_or_a_memorial_recalls_takes_no_date_of_its_sentence(text, trigger):
    recalled = _events(text)[trigger]
    assert (recalled.date, recalled.date_source) == (None, "none")


def test_a_recalled_event_keeps_the_year_it_names():
    found = _events("On 5 June 2020, in Orvalo, activists held a sit-in to remember the victims of the 1989 crackdown.")
    assert found["crackdown"].date == date(1989, 1, 1)


def test_what_has_gone_on_since_an_event_counts_from_that_event_s_date():
    found = _events("Since Tessin's invasion of Orvalo in 2022, Kibo and Tessin have strengthened their military ties.")
    strengthened = found["strengthened"]
    assert (strengthened.date, strengthened.date_precision, strengthened.date_text) == (date(2022, 1, 1), "year", "2022")
    assert found["invasion"].date == date(2022, 1, 1)


def test_a_since_clause_that_is_not_the_sentence_s_opening_dates_nothing_after_it():
    found = _events("Kibo and Tessin, since the invasion in 2022, have strengthened their military ties.")
    assert found["strengthened"].date_source != "text"


def test_a_past_named_by_a_noun_s_own_date_dates_no_other_event_of_its_sentence():
    found = _events("Two car bombs exploded in Orvalo on Saturday, killing 100 people.\n\nThe blasts struck near the "
                    "ministry, the site of the country's deadliest bombing five years ago.")
    assert found["bombing"].date == date(2019, 1, 1)
    assert found["struck"].date_source != "context" or found["struck"].date.year == 2024


def test_the_first_of_several_events_told_in_the_plural_takes_their_date():
    found = _events("Two car bombs exploded in Orvalo on Saturday, killing 100 people.\n\nA truck bomb killed 500 people "
                    "at the same junction five years ago.\n\nThe first explosion hit the ministry building.")
    explosion = found["explosion"]
    assert (explosion.date, explosion.date_source) == (date(2024, 12, 28), "context")  # not the truck bomb's year
