"""Country names of more than one word inside event sentences: "Democratic Republic of the Congo", "Republic of
Korea", "Central African Republic". Each is one country, its words are no party and no place of their own, and the
last of a place phrase is nobody's doer. The sentences and village names are our own."""
from datetime import datetime, timezone

import pytest

from etl.extract import events, geo
from etl.extract.events import coref
from etl.records import Event
from tests import cases

WHEN = datetime(2021, 6, 9, tzinfo=timezone.utc)


def _merged(text: str) -> list[Event]:
    doc = cases.text_doc(text, WHEN)
    merged, _ = coref.merge(doc, events.extract(doc, []))
    return merged


@pytest.mark.parametrize("name, code", [
    ("Democratic Republic of the Congo", "COD"),
    ("Kivu province, Democratic Republic of Congo", "COD"),
    ("Republic of the Congo", "COG"),
    ("Republic of Korea", "KOR"),
    ("Bangui, Central African Republic", "CAF"),
    ("Lebanon, Indiana", "USA"),          # a region closing the phrase still wins over a country's name
])
def test_a_country_named_in_several_words_is_the_country_of_the_place(name, code):
    assert geo.place_country(name) == code


def test_an_event_in_a_village_of_the_congo_is_located_in_the_drc():
    text = "Armed men attacked Kobalo village in Tawa district, Kivu province, Democratic Republic of the Congo."
    [event] = _merged(text)
    assert event.event_type == "ASSAULT"
    assert event.location_country == "COD"
    assert event.location.startswith("Kobalo")


@pytest.mark.parametrize("text, expected", [
    ("Armed men attacked a village in the Democratic Republic of the Congo.", "ASSAULT"),
    ("The Democratic candidate attacked his opponent in a speech.", "ACCUSE"),   # the party's word still counts
    ("Democratic senators attacked the bill.", "ACCUSE"),
])
def test_the_words_of_a_country_name_are_no_politics(text, expected):
    assert [e.event_type for e in _merged(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Rebels attacked a village near Tumbo, Nigeria, killing five people.",
    "Rebels attacked a village near Tumbo, Rema state, killing five people.",
])
def test_the_last_name_of_a_place_phrase_is_not_the_doer_of_the_participle_after_it(text):
    found = _merged(text)
    assert {e.actor for e in found} == {"Rebels"}
    assert all(e.actor not in {"Nigeria", "Rema state"} for e in found)

