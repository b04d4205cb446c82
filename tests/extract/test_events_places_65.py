"""Where the events of a story happened (stop 65): the lines a web page sets above the lead ("Updated 9.15am AEDT",
"By Jane Smith", "Published: …") tell nothing of the story, so the lead is the paragraph below them, whose incident
places the later paragraphs' incidents, and a dateline below them is the story's. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_24 = datetime(2025, 11, 24, tzinfo=timezone.utc)  # a Monday

_LEAD = ("A 31-year-old man has been charged after he allegedly drove a car into pedestrians on Elizabeth Street in "
         "Melbourne's CBD on Saturday afternoon.\n\nPolice said officers ran to the car and arrested the driver after "
         "a brief struggle.")


@pytest.mark.parametrize("furniture", [
    "Updated 9.15am AEDT\n\n",
    "Published: 24 November 2025, 09:15 GMT\n",
    "By Jane Smith and Tom Brown\n\n",
    "4 min read\n",
    "Driver charged over CBD crash\nLast updated on November 24, 2025 at 9:15 am\n\n",
    "",  # guard: no furniture
])
def test_a_pages_furniture_above_the_lead_keeps_the_leads_place(furniture):
    [arrest] = [e for e in events_of(furniture + _LEAD, NOV_24) if e.trigger == "arrested"]
    assert (arrest.location, arrest.location_country) == ("Elizabeth Street in Melbourne's CBD", "AUS")


@pytest.mark.parametrize("text, trigger, country", [
    ("Car ramming suspect charged\nPublished: 24 November 2025, 09:15 GMT\n\nMELBOURNE — A man was charged after he "
     "drove a car into pedestrians on Bourke Street on Saturday.\n\nPolice said officers arrested a second man after "
     "a brief struggle.", "arrested", "AUS"),
    ("4 min read\nGunmen attacked a village in Plateau State on Friday, killing 12 people.\n\nPolice said they "
     "arrested two suspects after a search.", "arrested", "NGA"),
])
def test_a_dateline_or_lead_below_the_furniture_places_the_story(text, trigger, country):
    [event] = [e for e in events_of(text, NOV_24) if e.trigger == trigger]
    assert event.location_country == country


@pytest.mark.parametrize("text, trigger, location", [
    # guards: a sentence that opens with "By" or "Updated" is the story's own
    ("By Sunday evening, police had arrested three men over the stabbing of a teenager in Geelong.\n\n"
     "Officers detained a fourth man on Monday after a search.", "arrested", "Geelong"),
    ("Updated figures show gunmen killed 12 people in Bokkos on Friday.", "killed", "Bokkos"),
])
def test_story_sentences_that_look_like_furniture_stay(text, trigger, location):
    [event] = [e for e in events_of(text, NOV_24) if e.trigger == trigger]
    assert event.location == location


JUL_29 = datetime(2025, 7, 29, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location, country", [
    # a site named after its town: a cantonment is a site, and the people a site is for are no name of it
    ("In March, militants rammed two explosives-laden vehicles into the boundary wall of the Bannu cantonment, "
     "killing 18 people.", "rammed", "Bannu cantonment", "PAK"),
    ("A suicide bomber attacked the Quetta cantonment on Monday.", "attacked", "Quetta cantonment", "PAK"),
    ("A bomb exploded outside Liverpool Women's Hospital on Sunday.", "exploded", "Liverpool Women's Hospital",
     "GBR"),
    # guards: a site named after a town, and after a saint
    ("Gunmen attacked the Peshawar airport on Monday, killing two guards.", "attacked", "Peshawar airport", "PAK"),
    ("MELBOURNE — A man attacked worshippers at St Paul's Cathedral in Melbourne on Sunday.", "attacked",
     "St Paul's Cathedral in Melbourne", "AUS"),
])
def test_a_site_named_after_its_town_is_placed(text, trigger, location, country):
    [event] = [e for e in events_of(text, JUL_29) if e.trigger == trigger]
    assert (event.location, event.location_country) == (location, country)


@pytest.mark.parametrize("text, trigger, location, country", [
    # a district of Balochistan the gazetteer knows only as a spelling of a German town
    ("Three soldiers were killed in a blast in Kech on Tuesday, the Inter-Services Public Relations (ISPR) said.",
     "blast", "Kech", "PAK"),
    ("Soldiers killed two militants in Turbat, Kech, on Monday.", "killed", "Turbat", "PAK"),
])
def test_kech_is_in_balochistan(text, trigger, location, country):
    [event] = [e for e in events_of(text, JUL_29) if e.trigger == trigger]
    assert (event.location, event.location_country) == (location, country)


AUG_5 = datetime(2025, 8, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location", [
    # an attack on a town's mayor placed only in the region the town lies in happened in the town
    ("In June last year, gunmen shot dead Yolanda Sanchez, the mayor of Cotija, also in Michoacan.", "shot dead",
     "Cotija"),
    ("Gunmen killed Jose Perez, mayor of Uruapan, in Michoacan on Sunday.", "killed", "Uruapan"),
    # guards: a town of another region; no attack; a town the sentence places itself
    ("Gunmen shot dead the mayor of Cotija in Guerrero on Monday.", "shot dead", "Guerrero"),
    ("The governor met the mayor of Morelia in Michoacan on Monday.", "met", "Michoacan"),
    ("Gunmen killed the mayor of Chilpancingo, the capital of Guerrero, on Sunday.", "killed",
     "Chilpancingo, the capital of Guerrero"),
])
def test_an_attack_on_a_mayor_happened_in_the_town(text, trigger, location):
    [event] = [e for e in events_of(text, AUG_5) if e.trigger == trigger]
    assert event.location == location
