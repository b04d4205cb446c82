"""Where the events of a story happened (stop 66): a comma chain of places keeps the country it closes with when one
of its divisions is of a kind only such a chain tells ("Mohmand agency", Pakistan's tribal agencies); the towns the
lead names settle a capital's name that a city of their country bears ("Tripoli" with Sidon), and the region of a
street named after a small town elsewhere ("Flinders Street" in a story from Melbourne). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_15 = datetime(2017, 3, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location, country", [
    ("03/12/2017: Assailants set off an explosive device in Ghalanai, Mohmand agency, Pakistan. The explosion killed "
     "4 people.", "set off", "Ghalanai, Mohmand agency", "PAK"),
    ("03/12/2017: Assailants set off an explosive device in Parachinar, Kurram agency, Federally Administered Tribal "
     "Areas, Pakistan.", "set off", "Parachinar, Kurram agency, Federally Administered Tribal Areas", "PAK"),
    ("Gunmen shot dead two policemen in Tirah, Orakzai agency, Pakistan, on Sunday.", "shot dead",
     "Tirah, Orakzai agency", "PAK"),
    # guards: a chain of other kinds, and an agency that is a body after the place
    ("03/12/2017: Assailants set off an explosive device in Ghalanai, Mohmand district, Pakistan.", "set off",
     "Ghalanai, Mohmand district", "PAK"),
    ("Police arrested two men in Lahore, the agency said on Monday.", "arrested", "Lahore", "PAK"),
    ("Police arrested two men in Lahore, Reuters news agency reported on Monday.", "arrested", "Lahore", "PAK"),
])
def test_a_tribal_agency_in_a_chain_keeps_its_country(text, trigger, location, country):
    [event] = [e for e in events_of(text, MAR_15) if e.trigger == trigger]
    assert (event.location, event.location_country) == (location, country)


MAY_10 = datetime(2020, 5, 10, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, country", [
    # a capital's name that a city of the country of the lead's towns bears: that city
    ("On 29 April 2020, rioters hurled rocks at soldiers in Sidon. Later, demonstrators clashed with soldiers in "
     "Tripoli.", "clashed", "LBN"),
    ("On 7 May 2020, youths from Lebanon gathered in Beirut. Protesters also marched in Tripoli, el Marj, Bekaa "
     "Valley and Sidon.", "marched", "LBN"),
    ("On 30 April 2020, demonstrators who had been arrested during protests in Sidon, Tripoli, Matn and Zahle were "
     "beaten.", "arrested", "LBN"),
    # guards: the capital without other towns; a phrase that tells the capital's own region; a town the gazetteer
    # knows only as another spelling of a foreign city tells no country
    ("On 8 May 2020, gunmen attacked a hotel in Tripoli.", "attacked", "LBY"),
    ("On 3 May 2020, activists held a demonstration outside the press club in Islamabad city (Islamabad, FCT), to "
     "condemn atrocities in Jammu and Kashmir.", "demonstration", "PAK"),
    ("On 3 May 2020, NPA militants ambushed soldiers in Barangay Pahug, Pinabacdao, Samar.", "ambushed", "PHL"),
])
def test_a_capitals_name_in_a_story_of_another_countrys_towns(text, trigger, country):
    [event] = [e for e in events_of(text, MAY_10) if e.trigger == trigger]
    assert event.location_country == country


NOV_24 = datetime(2025, 11, 24, tzinfo=timezone.utc)


_MELBOURNE = "A man was charged after he drove a car into pedestrians in Melbourne on Saturday.\n\n"


@pytest.mark.parametrize("text, trigger, location, country, region", [
    # a street named after a small town of another region of the country: in the region of the story's towns
    (_MELBOURNE + "In 2017, another driver ploughed into pedestrians near the Flinders Street intersection.",
     "ploughed into", "Flinders Street intersection", "AUS", "Victoria"),
    (_MELBOURNE + "In 2017, another driver ploughed into pedestrians at the Flinders Street crossing.",
     "ploughed into", "the Flinders Street crossing", "AUS", "Victoria"),
    # guard: a town whose name is the site's is where the site is
    ("Police arrested a man in Chicago on Saturday.\n\nIn 2015, protesters held a rally on Capitol Hill against "
     "the deal.", "rally", "Capitol Hill", "USA", "District of Columbia"),
])
def test_a_street_named_after_a_small_town_lies_in_the_storys_region(text, trigger, location, country, region):
    [event] = [e for e in events_of(text, NOV_24) if e.trigger == trigger]
    assert (event.location, event.location_country, event.location_admin1) == (location, country, region)


MAR_9 = datetime(2025, 3, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location", [
    # where the doer ran or walked off to after the act is no place of it
    ("A man was seen pouring petrol against the side door before setting it alight and running off towards "
     "Barkerend Road.", "setting", None),
    ("A man set fire to a car on Friday and then ran towards Kirkgate Market.", "set fire", None),
    ("A man stabbed a shopper in Leeds on Friday and walked off towards Kirkgate Market.", "stabbed", "Leeds"),
    # guard: the way the harmed were going when attacked is where it happened
    ("Gunmen shot two men as they were walking towards Kirkgate Market on Friday.", "shot", "Kirkgate Market"),
])
def test_where_the_doer_ran_off_to_is_no_place_of_the_act(text, trigger, location):
    [event] = [e for e in events_of(text, MAR_9) if e.trigger == trigger]
    assert event.location == location
