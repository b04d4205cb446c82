"""Dates, places and mentions of events told in news English (stop 63): numeric dates written day first in an English
text, events named as the cause or object of another act, a strike told with a landmark beside its place, the act a
suspect is arrested over told again with its date. Every text is our own."""
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.text import Doc
from tests.extract.test_events_wire import _article, events_of


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


def _dates(text: str, published: str, language: str | None = "en", order: str | None = None) -> list[date | None]:
    article = replace(_article(text), published_at=_at(published), language=language, date_order=order)
    return [e.date for e in events.extract(Doc(article), [])]


@pytest.mark.parametrize("text, published, day", [
    # an English text's numeric date, written day first: the reading days before publication, not months
    ("On 6/8/2019, separatist forces shelled army positions near Pavlopil, killing a soldier.", "2019-08-10",
     date(2019, 8, 6)),
    ("On 3/5/2023, gunmen killed four villagers in Churachandpur.", "2023-05-05", date(2023, 5, 3)),
    ("Police said the suspect was arrested on 4/11/2021 in Mombasa.", "2021-11-20", date(2021, 11, 4)),
    ("6/8/2019: Gunmen attacked a police post in Gao, Mali.", "2019-08-10", date(2019, 8, 6)),
])
def test_a_numeric_date_of_a_guessed_order_is_read_near_publication(text, published, day):
    assert set(_dates(text, published)) == {day}


@pytest.mark.parametrize("text, published, language, order, day", [
    # month first, as written: both readings recent, or the other one after publication
    ("The shooting happened on 7/4/2019 outside a bar in Dayton.", "2019-07-20", "en", None, date(2019, 7, 4)),
    ("Police said the suspect was arrested on 06/10/2024 after a chase.", "2024-06-20", "en", None,
     date(2024, 6, 10)),
    # neither reading is recent: a summary written years later keeps the order
    ("06/11/2017: Assailants attacked a police station in Gao, Mali.", "2021-01-10", "en", None, date(2017, 6, 11)),
    ("On 06/11/2017, assailants attacked a police station in Gao, Mali.", "2021-01-10", "en", None,
     date(2017, 6, 11)),
    # the gap is not clear-cut: a month against a few days
    ("On 1/2/2020, protesters blocked the highway in Lagos.", "2020-02-05", "en", None, date(2020, 1, 2)),
    # the order is settled: by the input, by a regional tag, by the article's own dates
    ("On 6/8/2019, gunmen attacked a police post in Gao.", "2019-08-10", "en", "mdy", date(2019, 6, 8)),
    ("On 6/8/2019, gunmen attacked a police post in Gao.", "2019-08-10", "en-us", None, date(2019, 6, 8)),
    ("On 6/8/2019, gunmen attacked a police post in Gao. The 7/25/2019 report was sealed.", "2019-08-10", "en", None,
     date(2019, 6, 8)),
])
def test_a_numeric_date_keeps_its_order_unless_the_gap_is_clear(text, published, language, order, day):
    assert _dates(text, published, language, order)[0] == day
