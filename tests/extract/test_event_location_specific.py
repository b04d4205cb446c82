"""What an event's location holds (issue 16): a division named with its own capitalised kind
without the place it divides ("West Zone" of "West Zone of Rio de Janeiro"), else the whole phrase; the places that
hold it still give its country, region and coordinates, and coreference still sees them. Names are our own (real
countries and large cities only where the gazetteer must know them)."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.events import coref
from etl.extract.geo import division_span
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article

PUBLISHED = datetime(2024, 12, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("phrase, division", [
    ("East Zone of Rio de Janeiro", "East Zone"),
    ("the Upper District of Lenga", "Upper District"),
    ("South Sector of the Tessin (Kam)", "South Sector"),
])
def test_a_division_named_with_its_capitalised_kind_stands_without_the_place_it_divides(phrase, division):
    start, end = division_span(phrase, 0, len(phrase))
    assert phrase[start:end] == division


@pytest.mark.parametrize("phrase", [
    "Varlo district of Mogadishu",          # a lower-case kind: the location waits for issue 16
    "the Republic of Sorro",                # no kind of place
    "the Islamic Emirate of Sorro",         # no name before the kind
    "Sorvi Oblast",                         # no place it divides
    "State of Sorro",
])
def test_other_phrases_are_no_division(phrase):
    assert division_span(phrase, 0, len(phrase)) is None


def _doc(text: str) -> Doc:
    return Doc(Article(
        article_id="a1", source="test", source_id="a1", url=None, title=None, published_at=PUBLISHED,
        language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
        ingested_at=PUBLISHED, input_path="test.txt",
    ))


def _located(text: str, trigger: str):
    [e] = [e for e in events.extract(_doc(text), []) if e.trigger == trigger]
    assert text[e.location_start:e.location_end] == e.location
    return e


def test_the_event_location_is_the_division_and_the_city_gives_its_whereabouts():
    e = _located("On 3 May 2024, military police killed two men in the East Zone of Rio de Janeiro.", "killed")
    assert e.location == "East Zone"
    assert e.location_country == "BRA"
    assert e.location_lat is not None and abs(e.location_lat + 22.9) < 0.3  # Rio de Janeiro's


def test_a_lower_case_kind_keeps_the_whole_phrase():
    e = _located("On 3 May 2024, gunmen killed a trader in Varlo district of Mogadishu.", "killed")
    assert e.location == "Varlo district of Mogadishu"
    assert e.location_country == "SOM"


def test_coreference_still_sees_the_place_that_a_division_lies_in():
    # "East Zone of Rio de Janeiro" lies in "Rio de Janeiro": one attack, not two
    text = ("On 3 May 2024, gunmen attacked a police post in the East Zone of Rio de Janeiro. "
            "The attack in Rio de Janeiro killed two officers.")
    doc = _doc(text)
    merged, _ = coref.merge(doc, events.extract(doc, []))
    [attack] = [e for e in merged if e.event_type == "ASSAULT"]
    assert (attack.location, attack.mentions) == ("East Zone", 3)


@pytest.mark.parametrize("text, trigger, place", [
    ("He was arrested at John F. Kennedy International Airport on Monday.", "arrested",
     "John F. Kennedy International Airport"),
    ("Gunmen opened fire at Sorro Elementary School on Monday.", "opened fire", "Sorro Elementary School"),
])
def test_a_site_called_by_its_name_is_where_the_event_happened(text, trigger, place):
    assert _located(text, trigger).location == place
