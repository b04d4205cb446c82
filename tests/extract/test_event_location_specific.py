"""An event's location is the most specific place its phrase names, as written, without the lower-case word of its
kind; the places that hold it still give its country, region and coordinates, and coreference still sees them.
Names are our own (real countries and large cities only where the gazetteer must know them)."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.events import coref
from etl.extract.geo import specific_span
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


def _doc(text: str) -> Doc:
    return Doc(Article(
        article_id="a1", source="test", source_id="a1", url=None, title=None, published_at=PUBLISHED,
        language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
        ingested_at=PUBLISHED, input_path="test.txt",
    ))


def _located(text: str, trigger: str):
    found = [e for e in events.extract(_doc(text), []) if e.trigger == trigger]
    assert len(found) == 1
    e = found[0]
    assert text[e.location_start:e.location_end] == e.location
    return e


def test_the_event_location_is_the_district_and_the_city_gives_its_whereabouts():
    text = "On 3 May 2024, gunmen killed a trader in Varlo district of Mogadishu."
    e = _located(text, "killed")
    assert e.location == "Varlo"
    assert e.location_country == "SOM"
    assert e.location_lat is not None and abs(e.location_lat - 2.04) < 0.2  # Mogadishu's, the place that holds it


def test_a_capitalised_kind_stays_in_the_location():
    e = _located("On 3 May 2024, military police killed two men in the East Zone of Rio de Janeiro.", "killed")
    assert e.location == "East Zone"
    assert e.location_country == "BRA"


def test_the_town_of_a_parenthesis_gives_the_country_of_an_unknown_village():
    e = _located("On 3 May 2024, police arrested five protesters in Kerrowa village (Aleppo, Syria).", "arrested")
    assert e.location == "Kerrowa"
    assert e.location_country == "SYR"


def test_a_known_city_named_with_its_kind():
    e = _located("On 3 May 2024, protesters gathered in Aleppo city (Aleppo) to demand bread.", "gathered")
    assert e.location == "Aleppo"
    assert e.location_country == "SYR" and e.location_lat is not None


def test_coreference_still_sees_the_places_that_hold_a_location():
    # "Varlo district of Mogadishu" lies in "Mogadishu": one attack, not two
    text = ("On 3 May 2024, gunmen attacked a police post in Varlo district of Mogadishu. "
            "The attack in Mogadishu killed two officers.")
    doc = _doc(text)
    merged, _ = coref.merge(doc, events.extract(doc, []))
    attacks = [e for e in merged if e.event_type == "ASSAULT" and e.trigger in {"attacked", "attack"}]
    assert len(attacks) == 1
    assert attacks[0].location == "Varlo"
