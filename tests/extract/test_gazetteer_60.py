"""Regions of towns whose name other towns of the country bear, and a place told after a town the gazetteer lacks
(stop 60). The names are real places; the phrases are our own."""
import pytest

from etl.extract.geo import place_country, situate
from etl.extract.geo.gazetteer import localities


@pytest.mark.parametrize("name, admin1", [
    # a city that dwarfs the country's other towns of its name: the news means the city
    ("Srinagar", "Jammu and Kashmīr"),
    ("Ciudad Juarez", "Chihuahua"),
])
def test_a_city_far_larger_than_its_namesakes_keeps_its_region(name, admin1):
    assert localities(name)[0].admin1 == admin1


@pytest.mark.parametrize("name", [
    "Bijapur",  # Karnataka's Vijayapura, or the Chhattisgarh district town the conflict news tells of
    "Aurangabad",  # Maharashtra's city, or Bihar's town
])
def test_namesakes_of_comparable_size_leave_the_region_unsaid(name):
    assert localities(name)[0].admin1 is None


@pytest.mark.parametrize("name, country, admin1", [
    # a town the gazetteer lacks, in the one first-level region of the name, not in the largest town of it
    ("Erval Velho, Santa Catarina", "BRA", "Santa Catarina"),  # not the Mexican city
    ("the main market in Bossaso town (Bossaso, Bari)", "SOM", "Bari"),  # not the Italian city
    # a known town is read first
    ("Kot Addu, Punjab", "PAK", "Punjab"),
])
def test_a_region_named_after_an_unknown_town_is_the_region(name, country, admin1):
    assert place_country(name) == country
    found = situate(name, country, lambda: ())
    assert (found.country, found.admin1) == (country, admin1)


def test_a_world_city_named_after_an_unknown_town_is_still_the_city():
    assert place_country("Barrio Yungay, Santiago") == "CHL"  # the capital, not the Dominican province
