"""Places of war reports the judges of stop 60 found misplaced: Pakistan's tribal districts, a country naming a site
in another, and the other constructions below. The names are real places; every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo import place_country, situate
from etl.extract.geo.gazetteer import localities
from tests.extract.test_events_wire import event_on, events_of

JUN_8 = datetime(2024, 6, 8, tzinfo=timezone.utc)  # a Saturday


@pytest.mark.parametrize("text, trigger", [
    ("Militants attacked an army post in Mir Ali, North Waziristan, killing seven soldiers on Saturday.", "killing"),
    ("TTP fighters attacked a security checkpoint in Makeen in South Waziristan.", "attacked"),
    ("A drone strike killed three militants in North Waziristan on Friday.", "killed"),
    ("Gunmen attacked a polio vaccination team in Bajaur on Friday.", "attacked"),
])
def test_a_tribal_district_of_pakistan_lies_in_khyber_pakhtunkhwa(text, trigger):
    found = event_on(text, trigger, JUN_8)
    assert (found.location_country, found.location_admin1) == ("PAK", "Khyber Pakhtunkhwa")


@pytest.mark.parametrize("name, country, admin1", [
    # a country names the site; the town after it tells where it lies
    ("Saudi Hospital in El Fasher", "SDN", "North Darfur"),
    ("the Turkish school in Mogadishu", "SOM", "Banadir"),
    ("Iran's consulate in Damascus", "SYR", "Damascus"),
    ("Russia's embassy in Kyiv", "UKR", "Kyiv"),
    # a border runs along its country; a possessive of a region still places
    ("the Afghanistan border in Torkham", "AFG", None),
    ("the Lebanon border near Metula", "LBN", None),
    ("Nigeria's Niger state", "NGA", "Niger"),
])
def test_a_country_naming_a_site_does_not_place_it(name, country, admin1):
    found = situate(name, place_country(name), lambda: ())
    assert (found.country, found.admin1) == (country, admin1)


def test_a_site_a_country_names_alone_places_nothing_by_itself():
    # (stop 71: "the Saudi Hospital" of a story from El Fasher was coded SAU; the story's country places it)
    assert place_country("Saudi Hospital") is None
    assert place_country("Iran's consulate") is None


def test_a_country_s_site_in_a_city_abroad_is_an_event_there():
    found = event_on("An Israeli airstrike destroyed Iran's consulate in Damascus on Monday, killing seven Iranian "
                     "military advisers.", "destroyed", JUN_8)
    assert (found.location_country, found.location_admin1) == ("SYR", "Damascus")
    found = event_on("RSF fighters fired artillery shells at the Saudi Hospital in El Fasher on Saturday, killing nine "
                     "people.", "fired", JUN_8)
    assert (found.location_country, found.location_admin1) == ("SDN", "North Darfur")


@pytest.mark.parametrize("name", ["Hamas compound", "the Hamas compound", "Wagner base", "Fano militia positions"])
def test_an_armed_group_a_town_s_name_also_is_places_nothing(name):
    assert situate(name, place_country(name), lambda: ()).country is None


def test_the_town_an_armed_group_s_name_is_another_name_of_keeps_its_own_name():
    assert place_country("Hamm") == "DEU"


def test_a_strike_on_an_armed_group_s_site_is_no_event_in_a_town_of_its_name():
    found = event_on("The Israeli military said it had carried out a strike on a Hamas compound inside the school.",
                     "strike", JUN_8)
    assert found.location_country is None


@pytest.mark.parametrize("text, location, country", [
    # where bombers were flown from is far from where they struck
    ("The strikes, using long-range B-1 bombers flown from the United States, hit command centres in Iraq on Friday.",
     "Iraq", "IRQ"),
    ("The strikes, using long-range B-1 bombers flown from the United States, hit command centres on Friday.", None,
     None),
    # a place the event's own clause tells stays
    ("Jets that flew from Cyprus struck targets in Hodeidah on Saturday.", "Hodeidah", "YEM"),
])
def test_the_base_aircraft_flew_from_is_no_place_of_their_strike(text, location, country):
    assert {(e.location, e.location_country) for e in events_of(text, JUN_8)} == {(location, country)}


@pytest.mark.parametrize("text, location, country", [
    ("Russian shelling killed two residents of Toretsk on Friday, the governor said.", "Toretsk", "UKR"),
    ("A Russian drone strike wounded three residents of Kherson on Friday.", "Kherson", "UKR"),
    ("Israeli airstrikes killed 12 residents of Jabalia on Friday.", "Jabalia", "PSE"),
])
def test_fire_from_afar_struck_its_victims_in_the_town_they_live_in(text, location, country):
    assert {(e.location, e.location_country) for e in events_of(text, JUN_8)} == {(location, country)}


def test_people_killed_close_by_may_have_been_anywhere_but_their_town():
    [found] = events_of("Gunmen killed three residents of Dalo on Friday.", JUN_8)
    assert found.location is None


@pytest.mark.parametrize("text, location", [
    # where someone appears in court after the arrest is the hearing's place
    ("A 19-year-old man was arrested on Sunday and is due to appear at Glasgow Sheriff Court on Monday.", None),
    ("Police arrested two men on Monday, and they appeared before Kano Magistrates' Court on Tuesday.", None),
    # the arrest's own place stays
    ("A 19-year-old man was arrested in Paisley on Sunday and is due to appear at Glasgow Sheriff Court on Monday.",
     "Paisley"),
])
def test_the_court_someone_appears_in_after_an_arrest_is_no_place_of_the_arrest(text, location):
    assert event_on(text, "arrested", JUN_8).location == location


@pytest.mark.parametrize("name, country", [
    # a road named after two towns of one country lies in it
    ("the Abuja-Kaduna highway", "NGA"),
    ("the Kabul-Jalalabad road", "AFG"),
    ("the Lagos-Ibadan expressway", "NGA"),
    # between two countries, or a hyphenated name of one place: as before
    ("the Damascus-Beirut highway", None),
    ("Ivano-Frankivsk", "UKR"),
])
def test_a_road_named_after_two_towns_lies_in_their_country(name, country):
    assert place_country(name) == country


def test_an_abduction_along_a_highway_between_two_towns_is_in_their_country():
    found = event_on("Gunmen have abducted 15 passengers along the Abuja-Kaduna highway.", "abducted", JUN_8)
    assert found.location_country == "NGA"


@pytest.mark.parametrize("name, admin1", [
    # a city far larger than a town known by its name only as another name keeps its region
    ("Ambala", "Haryāna"),
    ("Mykolaiv", "Mykolaiv"),
    ("Porto Alegre", "Rio Grande do Sul"),
    # a city known by the name as another name keeps its reading
    ("Bacolod", "Western Visayas"),
])
def test_a_town_known_by_a_name_only_as_another_name_counts_half_against_a_city(name, admin1):
    assert localities(name)[0].admin1 == admin1


def test_a_border_point_near_a_city_is_in_the_city_s_region():
    found = event_on("Police fired tear gas at farmers protesting at the Shambhu border near Ambala.", "fired", JUN_8)
    assert (found.location_country, found.location_admin1) == ("IND", "Haryāna")


@pytest.mark.parametrize("name, country", [
    # a court or other site named after its city, with words of its own
    ("Glasgow Sheriff Court", "GBR"),
    ("the Kano High Court", "NGA"),
    ("Cape Town International Airport", "ZAF"),
    # a site named after a person, not a town of the first name
    ("Franklin Delano Roosevelt Park", None),
])
def test_a_site_named_after_its_city_lies_in_the_city_s_country(name, country):
    assert place_country(name) == country
