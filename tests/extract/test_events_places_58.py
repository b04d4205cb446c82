"""Places of events the judges of stop 58 found misplaced: a region's name that a far larger city abroad bears, and
the other constructions below. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, country", [
    ("Students threw stones at police in Santiago on Monday.", "threw", "CHL"),
    ("Inmates took five guards hostage at the Turi prison in Cuenca on Monday.", "took", "ECU"),
    ("Health workers marched in Trujillo on Monday.", "marched", "PER"),
])
def test_a_bare_name_of_a_region_and_a_far_larger_city_abroad_is_the_city(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country


@pytest.mark.parametrize("text, trigger, country", [
    ("Farmers marched in Cuenca province on Monday.", "marched", "ESP"),
    ("Farmers marched in Cuenca, Spain, on Monday.", "marched", "ESP"),
    ("Farmers marched in Cuenca on Monday, Spanish police said.", "marched", "ESP"),
    ("Farmers marched in Valencia on Monday.", "marched", "ESP"),
    ("Bushfires forced hundreds to flee in Victoria, and farmers marched in Victoria on Monday.", "marched", "AUS"),
])
def test_a_region_told_as_one_or_in_a_story_of_its_country_stays(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country


@pytest.mark.parametrize("text, trigger, location, country", [
    ("A truck bomb exploded in Kabul's diplomatic quarter, Afghanistan, on Monday, killing 90 people.", "exploded",
     "Kabul's diplomatic quarter", "AFG"),
    ("A bomb exploded in Lagos's business district on Monday.", "exploded", "Lagos's business district", "NGA"),
    ("Gunmen stormed a hotel in Mogadishu's residential quarter on Monday.", "stormed",
     "Mogadishu's residential quarter", "SOM"),
])
def test_a_quarter_of_a_city_named_by_its_possessive_alone_is_a_place(text, trigger, location, country):
    found = event_on(text, trigger, JUL_4)
    assert (found.location, found.location_country) == (location, country)


@pytest.mark.parametrize("text, trigger, location", [
    ("A bomb exploded in Kabul's Shar-e Naw district on Monday.", "exploded", "Kabul's Shar-e Naw district"),
    ("Gunmen attacked the minister's residential compound on Monday.", "attacked", None),
])
def test_a_named_quarter_or_a_person_s_possessive_keeps_its_reading(text, trigger, location):
    assert event_on(text, trigger, JUL_4).location == location


@pytest.mark.parametrize("text, trigger, country", [
    ("Cult members released sarin gas on the Tokyo subway on Monday, killing 13 people.", "released", "JPN"),
    ("A bomb exploded on the Paris metro on Monday.", "exploded", "FRA"),
])
def test_a_city_s_subway_is_a_site_in_the_city(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country


def test_a_metro_station_keeps_its_town():
    found = event_on("Police arrested 20 protesters at the Uskhod metro station in Minsk on Monday.", "arrested", JUL_4)
    assert (found.location, found.location_country) == ("Uskhod metro station in Minsk", "BLR")


@pytest.mark.parametrize("text, trigger, location", [
    ("Rioting spread to Marseille on Monday night.", "Rioting", "Marseille"),
    ("The protests have quickly spread to Lyon on Monday.", "protests", "Lyon"),
])
def test_where_unrest_spread_to_is_its_new_scene(text, trigger, location):
    assert event_on(text, trigger, JUL_4).location == location


def test_a_person_unrest_spread_to_is_no_scene():
    assert event_on("The riot spread to John Smith on Monday.", "riot", JUL_4).location is None


@pytest.mark.parametrize("text, trigger, admin1", [
    ("A man was killed in the Chhapar police station area of Muzaffarnagar district on Monday, police said.", "killed",
     "Uttar Pradesh"),
    ("On 1 July 2024, a man was shot dead in Jalalpur, Shamli (UP).", "shot dead", "Uttar Pradesh"),
])
def test_a_town_of_two_regions_lies_in_the_region_of_the_town_its_phrase_puts_it_in(text, trigger, admin1):
    assert event_on(text, trigger, JUL_4).location_admin1 == admin1


@pytest.mark.parametrize("text, trigger, admin1", [
    ("A boat capsized off the coast of Oaxaca, near Tequisistlan, and gunmen attacked it on Monday.", "attacked",
     "Oaxaca"),
    ("Gunmen attacked a bar in Harlem, Clinton on Monday.", "attacked", "New York"),
])
def test_a_smaller_town_after_a_town_of_a_known_region_does_not_move_it(text, trigger, admin1):
    assert event_on(text, trigger, JUL_4).location_admin1 == admin1


@pytest.mark.parametrize("text, trigger, location", [
    ("A mob pelted stones at police in Bahraich on Monday. Internet services were suspended in the district.",
     "suspended", "Bahraich"),
    ("Gunmen attacked Kibo village (Djugu, Ituri) on Monday. Soldiers deployed in the village.", "deployed",
     "Kibo village (Djugu, Ituri)"),
])
def test_the_district_or_the_town_points_back_to_the_town_told_before(text, trigger, location):
    assert event_on(text, trigger, JUL_4).location == location


def test_a_country_told_before_is_no_town_the_city_points_back_to():
    text = "Fighting broke out in Afghanistan on Monday. A curfew was imposed in the city."
    assert event_on(text, "curfew", JUL_4).location == "the city"
