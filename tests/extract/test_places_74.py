"""Where the events of a story told in one place happened (stop 74): an incident told after the lead, on another day
than the lead's and with no place of its own, lies in the country of the lead's scene, its spot untold. Every text
is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_21 = datetime(2025, 11, 21, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, trigger, country", [
    ("MZUZU — Gunmen shot dead a trader at the central market in Mzuzu on Wednesday.\n\n"
     "Police said on Friday that two suspects had been detained on Thursday.", "detained", "MWI"),
    ("A roadside bomb killed four policemen in Kandahar city on Monday, officials said.\n\n"
     "Relatives buried the dead the same afternoon.\n\n"
     "On Wednesday, security forces arrested three men suspected of planting it.", "arrested", "AFG"),
    ("LA PAZ — Police fired tear gas at miners marching in La Paz on Tuesday.\n\n"
     "The miners demand higher prices for tin.\n\nOn Thursday, hundreds of them clashed with police again, "
     "a union leader said.", "clashed", "BOL"),
])
def test_an_incident_of_another_day_lies_in_the_country_of_the_leads_scene(text, trigger, country):
    [event] = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert event.location_country == country
    assert event.location is None


@pytest.mark.parametrize("text, trigger", [
    # the story moves to another country before it: which one holds the incident is a guess
    ("Police fired tear gas at protesters in Nairobi on Tuesday.\n\nIn Uganda, police arrested 30 opposition "
     "supporters in Kampala on Wednesday.\n\nOn Thursday, 12 more people were detained.", "detained"),
    # a lead with no incident of a day: a story of a campaign, not of one scene
    ("Mr Mahama held a rally in Kumasi this week.\n\nOn Thursday, he promised to deport illegal miners.", "deport"),
])
def test_a_story_of_no_one_scene_lends_no_country(text, trigger):
    events = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert events and all(e.location is None and e.location_country is None for e in events)


@pytest.mark.parametrize("text, trigger, home", [
    ("PHOENIX — Police shot dead a gunman at a shopping centre in Phoenix on Wednesday.\n\n"
     "Senators recalled the 2012 Benghazi attack during a hearing on Thursday.", "attack", "USA"),
])
def test_an_event_named_after_a_place_takes_not_the_storys_country(text, trigger, home):
    events = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert events and all(e.location_country != home for e in events)


def test_an_incident_of_the_leads_day_still_takes_the_leads_place():
    text = ("KISUMU — Police shot dead two suspected robbers in Nyalenda estate on Thursday night.\n\n"
            "The officers said they recovered a pistol.\n\nThree other suspects were arrested.")
    [event] = [e for e in events_of(text, NOV_21) if e.trigger == "arrested"]
    assert event.location is not None and event.location_country == "KEN"


@pytest.mark.parametrize("text, country", [
    # a city no other town of its name rivals files the story ("TORONTO", not the Ohio village): a small town abroad
    # that bears a name of the story's district is no place of the story's
    ("TORONTO, May 4 - A man was shot dead on Saturday outside a bakery in Scarborough, police said.", "CAN"),
    ("TORONTO, May 4 - Two teenagers were stabbed on Saturday near a mall in Scarborough, police said.", "CAN"),
    ("TORONTO, May 4 - Gunmen opened fire on a car on Sunday in York, in the city's west, police said.", "CAN"),
])
def test_a_dateline_city_no_namesake_rivals_sets_the_story(text, country):
    [event] = [e for e in events_of(text, NOV_21) if e.event_type in ("ASSAULT", "PROTEST")]
    assert event.location_country == country


@pytest.mark.parametrize("text, country", [
    # a dateline several cities of the world bear sets nothing: the gazetteer's reading stays
    ("KINGSTON - A man was shot dead on Saturday in Portmore, police said.", "JAM"),
    # a town the gazetteer knows in the country of the dateline
    ("TORONTO, May 4 - A man was shot dead on Saturday outside a bakery in Mississauga, police said.", "CAN"),
])
def test_a_dateline_of_rival_cities_sets_nothing(text, country):
    [event] = [e for e in events_of(text, NOV_21) if e.event_type in ("ASSAULT", "PROTEST")]
    assert event.location_country == country
