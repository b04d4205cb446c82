"""An event's location is the most specific place its phrase names, as written, without the lower-case word of its
kind; the places that hold it still give its country, region and coordinates, and coreference still sees them.
Names are our own (real countries and large cities only where the gazetteer must know them)."""
import pytest

from etl.extract.geo import specific_span


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
