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


def _event(text: str, trigger: str, published: str = "2023-07-03"):
    [found] = [e for e in events_of(text, _at(published)) if e.trigger == trigger]
    return found


@pytest.mark.parametrize("text, trigger", [
    # an event named as the cause or the object of another act: its own time and place, not the answer's
    ("On 11 July 2021, rioters looted shops in Durban following the jailing of Jacob Zuma.", "jailing"),
    ("On 30 June 2023, rioters burned cars in Nanterre after the killing of a teenager by police.", "killing"),
    ("Hundreds of people protested in Moscow on Sunday against the Russian invasion of Ukraine.", "invasion"),
    ("Residents blocked the main road in Kisumu on Tuesday over the arrest of a local councillor.", "arrest"),
    ("Students marched through Accra on Friday to protest the killing of a classmate.", "killing"),
])
def test_a_cause_takes_no_date_nor_place_of_the_act_it_caused(text, trigger):
    e = _event(text, trigger)
    assert (e.date, e.location) == (None, None)


@pytest.mark.parametrize("text, trigger, place, day", [
    # its own phrase still tells its place and day
    ("Thousands rallied in London on Saturday in the wake of the bombing of a hospital in Gaza.", "bombing", "Gaza",
     None),
    ("Youths blocked streets in Beni on Monday following the killing of a trader by armed men on Sunday.", "killing",
     None, date(2023, 7, 2)),
    ("Activists rallied in Iloilo City on Friday to condemn the killing of an official in the same city on Thursday.",
     "killing", "Iloilo City", date(2023, 6, 29)),
    # and the act it caused keeps its own
    ("On 30 June 2023, rioters burned cars in Nanterre after the killing of a teenager by police.", "burned",
     "Nanterre", date(2023, 6, 30)),
    # a cause told as part of one incident ("after an attack") is no known event apart
    ("Five soldiers were wounded in Kidal on Sunday after an attack by militants.", "attack", "Kidal",
     date(2023, 7, 2)),
])
def test_a_cause_keeps_what_its_own_words_tell(text, trigger, place, day):
    e = _event(text, trigger)
    assert (e.location, e.date) == (place, day)


@pytest.mark.parametrize("text", [
    "Russian missiles struck central Kyiv, near Shevchenko park, killing eight people on Monday.",
    "Russian forces shelled the centre of Kharkiv, near the metro station, killing three civilians.",
    "A car bomb exploded outside a hotel in Mogadishu, near the airport, killing six people.",
])
def test_a_strike_told_with_a_landmark_beside_its_place_is_one_event(text):
    assert len([e for e in events_of(text, _at("2022-10-11")) if e.event_type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text, trigger, place", [
    # the act before others is where it was; what it came before is yet to come, undated
    ("On 23 July 2023, police arrested 14 people in Nairobi ahead of protests.", "arrested", "Nairobi"),
    ("Police detained ten activists in Kampala on Sunday ahead of a planned rally.", "detained", "Kampala"),
])
def test_an_act_ahead_of_another_keeps_its_place(text, trigger, place):
    assert _event(text, trigger, "2023-07-24").location == place


@pytest.mark.parametrize("text, trigger", [
    ("On 23 July 2023, police arrested 14 people in Nairobi ahead of protests.", "protests"),
    ("Police detained ten activists in Kampala on Sunday ahead of a planned rally.", "rally"),
    ("Security forces sealed off the capital on Friday in the run-up to the vote.", "vote"),
])
def test_what_an_act_came_ahead_of_is_yet_to_come(text, trigger):
    found = [e for e in events_of(text, _at("2023-07-24")) if e.trigger == trigger]
    assert [(e.modality, e.date) for e in found] in ([("future", None)], [])


def test_an_event_told_before_is_no_event_to_come():
    text = ("Trump spoke at Thursday's summit of the Republican Jewish Coalition in Washington. He had questioned "
            "Israel's commitment in an interview ahead of the summit.")
    assert [e.modality for e in events_of(text, _at("2015-12-04")) if e.trigger == "summit"] == ["asserted"]


@pytest.mark.parametrize("text, country, region", [
    # a village no gazetteer knows lies in the area its sentence has just placed
    ("On 22 May 2023, fighters crossed into Grayvoron district (Belgorod) and clashed with Russian forces near "
     "Kozinka.", "RUS", "Belgorod"),
    ("Militants entered Tillaberi region (Niger) on Sunday and attacked civilians near Theim.", "NER", "Tillabéri"),
])
def test_an_unknown_village_lies_in_the_area_told_before_it(text, country, region):
    last = max(events_of(text, _at("2023-05-23")), key=lambda e: e.trigger_start)
    assert (last.location_country, last.location_admin1) == (country, region)


def test_a_place_after_a_town_or_site_takes_nothing_from_it():
    # (a site in a town is no area: "a bank in Beirut", then the Sidon branch of the bank)
    text = "Protesters gathered outside a bank in Beirut on Friday and later marched near the Qasr Gate."
    last = max(events_of(text, _at("2023-05-23")), key=lambda e: e.trigger_start)
    assert (last.location, last.location_admin1) == ("Qasr Gate", None)


@pytest.mark.parametrize("text", [
    # the act a suspect is arrested over, told again with the arrest's date or an ordinal: no new attack
    "Gunmen shot dead a journalist in Karachi on Monday. Police arrested two suspects in connection with the attack "
    "on Wednesday.",
    "03/02/2018: Assailants shot and killed a journalist in Karachi, Sindh, Pakistan. Police arrested two suspects in "
    "connection with the attack on 03/05/2018.",
])
def test_the_attack_an_arrest_is_over_is_the_one_told(text):
    assert len([e for e in events_of(text, _at("2024-03-15")) if e.event_type == "ASSAULT"]) == 1


def test_the_second_attack_is_the_second_one_told():
    text = ("A gunman opened fire at a mosque in Quetta on Monday, killing four people. Minutes later, a second gunman "
            "attacked a market nearby. The assailant was arrested at the scene of the second attack.")
    assert [e.trigger for e in events_of(text, _at("2024-03-15")) if e.event_type == "ASSAULT"] == [
        "opened fire", "attacked"]


@pytest.mark.parametrize("text, actor", [
    # whom the sources lay the act to: the doer of the act told before without a name
    ("An assailant shot and killed a priest in San Salvador on Monday. Sources attributed the assassination to "
     "right-wing death squads.", "right-wing death squads"),
    ("Gunmen shot dead a judge in Quetta on Monday. Police attributed the murder to a local gang.", "local gang"),
])
def test_an_act_laid_to_a_doer_is_the_act_told_before(text, actor):
    [e] = [e for e in events_of(text, _at("2024-03-15")) if e.event_type == "ASSAULT"]
    assert e.actor == actor


def test_a_passive_doer_of_another_act_is_no_doer_of_the_first():
    text = "A man punched a journalist in Manaus on Monday. The man was later beaten up by locals."
    assert len([e for e in events_of(text, _at("2024-03-15")) if e.event_type == "ASSAULT"]) == 2
