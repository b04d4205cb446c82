"""Events dated from their narrative: sentence, paragraph, relative chains, dateline, publication; numeric dates."""
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.dates import date_order, find_dates
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
])
def test_a_relative_chain_counts_from_the_event_before(chain, day):
    text = f"Five soldiers were killed in Kabul on 22 April. {chain}, protesters gathered in Herat."
    found = _events(text)
    assert _when(found["gathered"]) == (day, "day", "text")
    assert found["gathered"].date_text == chain


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
