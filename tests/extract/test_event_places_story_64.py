"""Where the events of a story told in one place happened (stop 64): an incident of the lead's day told paragraphs
after the lead, which names no place of its own, happened where the lead's incident did (regional copy); a gazetteer
name of another country loses to the story's, and a Nigerian state named with "State". Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_21 = datetime(2025, 11, 21, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, trigger, country", [
    ("ACCRA — Police fired tear gas at protesters outside the Electoral Commission in Accra on Thursday.\n\n"
     "At least 12 people were arrested, a police spokesperson said.", "arrested", "GHA"),
    ("Israeli forces stormed the city of Jenin on Thursday, killing four Palestinians, the Health Ministry said.\n\n"
     "Witnesses said the troops blew up two houses.\n\nThe army said it had detained 25 people.", "detained", "PSE"),
    ("KISUMU — Police shot dead two suspected robbers in Nyalenda estate on Thursday night.\n\n"
     "The officers said they recovered a pistol.\n\nThree other suspects were arrested.", "arrested", "KEN"),
])
def test_an_incident_of_the_leads_day_happened_where_the_lead_did(text, trigger, country):
    [event] = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert event.location_country == country
    assert event.location is not None


@pytest.mark.parametrize("text, trigger", [
    # the story moves to another country
    ("Police fired tear gas at protesters in Nairobi on Thursday.\n\nIn Uganda, police arrested 30 opposition "
     "supporters in Kampala.\n\nAt least 12 people were arrested in Gulu.", "fired"),
    # an act of another time
    ("ACCRA — Police fired tear gas at protesters outside the Electoral Commission in Accra on Thursday.\n\n"
     "Last year, at least 12 people were arrested, a police spokesperson said.", "arrested"),
    # a lead with no incident of a day: a story of a campaign, not of one scene
    ("Mr Mahama held a rally in Kumasi this week.\n\nHe has promised to deport illegal miners.", "deport"),
])
def test_other_stories_lend_no_place(text, trigger):
    events = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    if trigger == "fired":
        assert [e.location_country for e in events] == ["KEN"]
        return
    assert all(e.location is None for e in events)


@pytest.mark.parametrize("text, country", [
    # a name the gazetteer knows only as another spelling of a small town far away loses to the story's one country
    ("Three Pakistani soldiers were killed in a blast in Kech on Tuesday, the military said.", "PAK"),
    # a Nigerian state named with "State", whose bare name regions of other countries bear too
    ("Gunmen attacked Bindi village in Plateau State on Friday, killing 12 people.", "NGA"),
    ("Gunmen attacked a village in Plateau State on Friday, killing 12 people.", "NGA"),
    ("Militants attacked an oil facility in Rivers State on Friday.", "NGA"),
    ("Kidnappers seized 20 travellers in Cross River State on Friday.", "NGA"),
])
def test_the_storys_country_places_a_name_the_gazetteer_misreads(text, country):
    [event] = [e for e in events_of(text, NOV_21) if e.event_type in ("ASSAULT", "COERCE")]
    assert event.location_country == country


@pytest.mark.parametrize("text, country", [
    # a spelling of a town near the story's country is that town
    ("On 27 April 2020, unknown gunmen opened fire on a Turkey backed police patrol near the agricultural bank in "
     "Jarablus city, injuring three policemen.", "SYR"),
    # a town by its own name stays where the gazetteer has it
    ("Afghan migrants rallied outside a hotel in Kilkis on Monday.", "GRC"),
])
def test_the_gazetteers_own_town_stays(text, country):
    [event] = [e for e in events_of(text, NOV_21) if e.event_type in ("ASSAULT", "PROTEST")]
    assert event.location_country == country
