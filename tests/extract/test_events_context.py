"""Events dated from their narrative: sentence, paragraph, relative chains, dateline, publication; numeric dates."""
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.dates import date_order, find_dates, order_in_text
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article, Event

PUBLISHED = datetime(2024, 5, 1, tzinfo=timezone.utc)  # a Wednesday


def _events(text: str, published: datetime | None = PUBLISHED, language: str | None = "en",
            order: str | None = None) -> dict[str, Event]:
    article = Article(article_id="c1", source="test", source_id="c1", url=None, title=None, published_at=published,
                      language=language, text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=PUBLISHED, input_path="test.txt", date_order=order)
    found = events.extract(Doc(article), [])
    for e in found:
        if e.date_start is not None:
            assert text[e.date_start:e.date_end] == e.date_text
    return {e.trigger: e for e in found}


def _when(e: Event) -> tuple:
    return e.date, e.date_precision, e.date_source


def test_an_event_takes_the_date_of_its_sentence():
    found = _events("Russian forces shelled the town overnight, killing three civilians.")
    assert _when(found["shelled"]) == (date(2024, 4, 30), "day", "text")
    assert _when(found["killing"]) == (date(2024, 4, 30), "day", "context")
    assert found["killing"].date_text == "overnight"


def test_an_event_takes_the_date_told_earlier_in_its_paragraph():
    text = ("On 3 April 2024, in Lenga, the police launched an operation against a gang. A shoot-out broke out "
            "and a man was killed.")
    found = _events(text)
    assert _when(found["shoot-out"]) == (date(2024, 4, 3), "day", "context")
    assert _when(found["killed"]) == (date(2024, 4, 3), "day", "context")
    assert found["killed"].date_text == "3 April 2024"


def test_a_new_paragraph_does_not_inherit_the_date_of_the_one_before():
    found = _events("Gunmen stormed a bank in Toro on Monday.\nLater, protesters marched in Sefa.")
    assert _when(found["stormed"]) == (date(2024, 4, 29), "day", "text")
    assert _when(found["marched"]) == (date(2024, 4, 29), "week", "publication")


def test_a_date_of_speech_is_no_context():
    found = _events("The ministry said on Monday that it had no news. Rebels attacked a convoy near Dalo.")
    assert found["attacked"].date_source == "publication"


@pytest.mark.parametrize("chain, day", [
    ("Two days later", date(2024, 4, 24)),
    ("The next day", date(2024, 4, 23)),
    ("A day earlier", date(2024, 4, 21)),
    ("Later that day", date(2024, 4, 22)),
    ("The same day", date(2024, 4, 22)),
    ("Hours later", date(2024, 4, 22)),
    ("Two hours later", date(2024, 4, 22)),
    ("48 hours later", date(2024, 4, 24)),
])
def test_a_relative_chain_counts_from_the_event_before(chain, day):
    text = f"Five soldiers were killed in Kabul on 22 April. {chain}, protesters gathered in Herat."
    found = _events(text)
    assert _when(found["gathered"]) == (day, "day", "text")
    assert found["gathered"].date_text == chain


def test_a_relative_chain_dates_every_event_of_its_sentence_by_one_step():
    # (what a protest asks for is no event: "gathered in Herat to demand more support" is one)
    found = _events("Five soldiers were killed in Kabul on 22 April. Two days later, protesters gathered in Herat and "
                    "blocked the main road.")
    assert _when(found["gathered"])[0] == _when(found["blocked"])[0] == date(2024, 4, 24)


def test_a_relative_chain_with_nothing_before_it_stays_undated():
    assert _when(_events("Two days later, protesters gathered in Herat.")["gathered"])[1:] == ("week", "publication")


def test_a_dateline_is_no_actor_and_sets_the_scene_and_the_day():
    text = ("KHARKIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight, killing three civilians, the "
            "regional governor said.")
    found = _events(text)
    shelled = found["shelled"]
    assert (shelled.actor, shelled.target, shelled.location, shelled.location_country) == (
        "Russian forces", "Kharkiv", "Kharkiv", "UKR")
    assert found["killing"].actor != "KHARKIV" and found["killing"].location_country == "UKR"


def test_a_dated_dateline_dates_the_lead_and_its_weekdays():
    text = "KABUL, April 12 (Reuters) - Gunmen attacked a checkpoint. Police arrested two men on Thursday."
    found = _events(text)
    assert _when(found["attacked"]) == (date(2024, 4, 12), "day", "dateline")
    assert _when(found["arrested"]) == (date(2024, 4, 11), "day", "text")  # the Thursday before the 12th


def test_a_publication_fallback_is_the_week_not_a_day():
    e = _events("Rebels ambushed a patrol near Dalo.")["ambushed"]
    assert (e.date, e.date_precision, e.date_source, e.date_text) == (date(2024, 4, 29), "week", "publication", None)


def test_future_and_negated_events_take_no_date_from_context():
    found = _events("Police arrested a man on Monday. The union will protest next month. Troops did not attack.")
    assert found["protest"].date_source == "text"  # its own "next month"
    assert _when(found["attack"]) == (None, "none", "none")


def test_without_publication_nothing_falls_back():
    assert _when(_events("Rebels ambushed a patrol near Dalo.", published=None)["ambushed"]) == (None, "none", "none")


@pytest.mark.parametrize("text, order, day", [
    ("11/06/2017: Assailants attacked a convoy.", None, date(2017, 11, 6)),      # English: month first
    ("11/06/2017: Assailants attacked a convoy.", "dmy", date(2017, 6, 11)),     # the input says otherwise
    ("On 06.11.2017 gunmen attacked a convoy.", "dmy", date(2017, 11, 6)),
    ("25/12/2016: Assailants attacked a convoy.", None, date(2016, 12, 25)),     # 25 is no month
    ("12/25/2016: Assailants attacked a convoy.", "dmy", date(2016, 12, 25)),    # whatever the order says
    ("2017/11/06: Assailants attacked a convoy.", "dmy", date(2017, 11, 6)),     # year first
])
def test_numeric_dates(text, order, day):
    e = _events(text, order=order)["attacked"]
    assert (e.date, e.date_precision, e.date_source) == (day, "day", "text")


def test_numeric_dates_never_impossible_and_not_after_publication():
    assert find_dates("On 31/31/2017 nothing happened.", date(2018, 1, 1)) == []
    # in month-first order 11/06 would be 6 November, after publication: the day-first reading is taken
    [m] = find_dates("On 11/06/2017 a bomb exploded.", date(2017, 7, 1), order="mdy")
    assert m.date == date(2017, 6, 11)


@pytest.mark.parametrize("text, first, second", [
    # 19 is no month: the article writes month first, so its 09/02 is 2 September, after the lead day
    ("08/19/2014: Militants kidnapped two engineers. The hostages were released on 09/02/2014.",
     date(2014, 8, 19), date(2014, 9, 2)),
    # 25 is no month: this article writes the day first, whatever its language's order
    ("25/08/2014: Militants kidnapped two engineers. The hostages were released on 09/10/2014.",
     date(2014, 8, 25), date(2014, 10, 9)),
])
def test_an_articles_own_numeric_dates_prove_its_order(text, first, second):
    found = _events(text, published=None)
    assert found["kidnapped"].date == first
    assert _when(found["released"]) == (second, "day", "text")


def test_a_later_day_of_the_story_is_not_read_the_other_way_round():
    # nothing proves the order; "09/03/2004" read in the default order is two days after the day the report opens
    # with, which is no publication date that no day of the story could follow
    found = _events("09/01/2004: Gunmen seized a school in Dalo. The siege ended on 09/03/2004 when troops stormed "
                    "the building.", published=None)
    assert found["seized"].date == date(2004, 9, 1)
    assert _when(found["stormed"]) == (date(2004, 9, 3), "day", "text")


def test_a_date_that_ends_a_span_is_not_when_the_event_happened():
    found = _events("Party leaders struck a deal on Monday, agreeing to fund the agencies through December.")
    assert _when(found["agreeing"]) == (date(2024, 4, 29), "day", "context")  # the deal's Monday, not December
    assert _when(_events("Rebels besieged the town until 2019.")["besieged"])[2] != "text"


def test_dates_that_prove_both_orders_prove_none():
    assert order_in_text("On 08/19/2014 and on 25/08/2014, then 09/02/2014.") is None
    assert order_in_text("On 08/19/2014, then 09/02/2014.") == "mdy"
    assert order_in_text("Nothing but 09/02/2014 here.") is None


def test_the_order_an_input_gives_outweighs_the_articles_dates():
    text = "08/19/2014: Militants kidnapped two engineers. The hostages were released on 09/02/2014."
    assert _events(text, published=None, order="dmy")["released"].date == date(2014, 2, 9)


@pytest.mark.parametrize("language, given, order", [
    ("en", None, "mdy"), ("en-GB", None, "dmy"), ("fr", None, "dmy"), ("zh", None, "ymd"), (None, None, "mdy"),
    ("xx", None, "mdy"), ("en", "dmy", "dmy"),
])
def test_date_order_defaults_come_from_the_language(language, given, order):
    assert date_order(language, given) == order


def test_a_language_convention_reads_the_article():
    e = _events("Le 11/06/2017, des hommes armés ont attaqué. Gunmen attacked a convoy.", language="fr")
    assert e["attacked"].date == date(2017, 6, 11)


def test_later_that_day_counts_from_the_event_before_across_paragraphs():
    found = _events("Five soldiers were killed in Kabul on 22 April.\nLater that evening, protesters gathered in Herat.")
    assert _when(found["gathered"]) == (date(2024, 4, 22), "day", "text")
