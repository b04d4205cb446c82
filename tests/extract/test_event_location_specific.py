"""The most specific place a place phrase names, as written, without the lower-case word of its kind (issue 16,
`geo.specific_span`), and what an event's location holds today: a division named with its own capitalised kind
without the place it divides ("West Zone" of "West Zone of Rio de Janeiro"), else the whole phrase; the places that
hold it still give its country, region and coordinates, and coreference still sees them. Names are our own (real
countries and large cities only where the gazetteer must know them)."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.events import coref
from etl.extract.geo import division_span, specific_span
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article

PUBLISHED = datetime(2024, 12, 30, tzinfo=timezone.utc)


def _specific(phrase: str) -> str:
    start, end = specific_span(phrase, 0, len(phrase))
    return phrase[start:end]


@pytest.mark.parametrize("phrase, name", [
    ("Varlo district of Mogadishu", "Varlo"),                    # a lower-case kind, then the place holding it
    ("East Zone of Rio de Janeiro", "East Zone"),                # a capitalised kind is part of the name
    ("Lenga city (Lenga)", "Lenga"),
    ("town of Tessabo", "Tessabo"),
    ("the village of Orvalo", "Orvalo"),
    ("Kiriba village in Tessal (Kam)", "Kiriba"),
    ("Dalo (Sefa LGA, Kam)", "Dalo"),
    ("Marowa LGA (Kam)", "Marowa"),                              # an abbreviated kind is no part of the name
    ("Sorvi Oblast", "Sorvi Oblast"),
    ("Upper Dalo Province", "Upper Dalo Province"),
    ("eastern Tessal countryside", "Tessal"),                    # a direction in lower case describes the place
    ("the Tessal border region", "Tessal"),
    ("al Fadiya city", "al Fadiya"),                              # an article opening a name belongs to it
    ("San Telmo de la Vega", "San Telmo de la Vega"),
    ("Isle of Sorro", "Isle of Sorro"),                          # "of" inside a name that is no kind of place
    ("Nawabad/Aqi Bai district", "Nawabad/Aqi Bai"),
    ("Sonfo Gare 2 neighbourhood", "Sonfo Gare 2"),
    ("Omboro, close to Lenga (Lenga, Tessal)", "Omboro"),        # "close to" names a landmark, not a stretch
    ("Kibo community of Sefa LGA", "Kibo"),
    ("the Marro front in Dalo", "Marro"),                        # a front is named after a place
    ("Tessin hill (Sefa, Kam)", "Tessin"),
    ("Governorate of Varsa", "Varsa"),                           # a kind alone is no name
    ("the Kurdish town of Berunda", "Berunda"),                  # a modifier of the kind, not a place
    ("Lenga's Old Quarter", "Old Quarter"),                      # the owner holds the place after it
    ("Lenga's southern suburbs", "Lenga"),
    ("Sorro Square of Lenga city", "Lenga"),                     # a site lies in the locality named with it
    ("the Berunda market in Dalo town", "Dalo"),
    ("a checkpoint in Orvalo", "Orvalo"),
    ("the residence of a party leader in Dalo town", "Dalo"),
    ("the offices of the Sorro Workers Union in Dalo", "Dalo"),  # the owner of a site is no place
    ("several villages of Sefa district including Dalo", "Dalo"),
    ("Kibo [Kibu] (Sefa, Kam)", "Kibo"),
])
def test_the_most_specific_place_of_a_phrase_without_its_kind(phrase, name):
    assert _specific(phrase) == name


@pytest.mark.parametrize("phrase", [
    "the bus station",                         # no name of a place
    "Liberty square",                          # a site only
    "Dalo and Nuri areas",                     # several places
    "Berunda to Marlo village",
    "Orvalo - Tessin road",
    "Sorro [coded to Lenga-Centre]",           # a note on where the place is counted names another
    "the main Sorrian areas",                  # a description of several places
    "Kibo villages",
])
def test_a_phrase_naming_no_single_place_stays_whole(phrase):
    assert _specific(phrase) == phrase


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
