"""Places, countries and actors of news events (stop 72): a city's quarter that bears the name of a region abroad lies
in the city of the dateline; a country people crossed from is no scene; a wire headline's slug and a place phrase
are no actors. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_3 = datetime(2025, 5, 3, tzinfo=timezone.utc)


def _event(text: str, trigger: str):
    [found] = [e for e in events_of(text, MAY_3) if e.trigger == trigger]
    return found


@pytest.mark.parametrize("text, trigger, country", [
    ("TRIPOLI, Libya, May 3 (AP) - Rival militias clashed overnight in the southern districts of Abu Salim and "
     "Salah al-Din, killing four people, the Libyan Health Ministry said.", "clashed", "LBY"),
    ("MOGADISHU, Somalia, May 3 (Reuters) - Gunmen attacked a police post in the Hodan and Anbar neighbourhoods "
     "on Friday, a Somali police officer said.", "attacked", "SOM"),
    ("BENGHAZI, Libya, May 3 (AFP) - Militiamen fought with heavy weapons in the Diyala quarter overnight, "
     "Libyan security officials said.", "fought", "LBY"),
])
def test_a_quarter_named_like_a_region_abroad_lies_in_the_datelines_country(text, trigger, country):
    assert _event(text, trigger).location_country == country


@pytest.mark.parametrize("text, trigger, country", [
    # guards: a region of the dateline's own country, and a region abroad the lead names the country of
    ("BAGHDAD, May 3 (Reuters) - Islamic State militants attacked an army post in Salah al-Din overnight, Iraqi "
     "officials said.", "attacked", "IRQ"),
    ("AMMAN, Jordan, May 3 (AP) - Gunmen attacked a checkpoint in Iraq's Anbar on Friday, Jordanian officials "
     "said.", "attacked", "IRQ"),
])
def test_a_region_of_the_story_keeps_its_country(text, trigger, country):
    assert _event(text, trigger).location_country == country


@pytest.mark.parametrize("text, origin", [
    ("Gunmen killed six farmers in Bundibugyo District on Saturday night, police said.\n\nThe attackers crossed from "
     "the Democratic Republic of Congo and attacked homes with machetes, a police spokesman said.", "COD"),
    ("Suspected jihadists killed nine villagers in Seytenga in northern Burkina Faso on Sunday, officials said.\n\n"
     "The assailants crossed over from Niger on motorcycles and opened fire on the market, the mayor said.", "NER"),
    ("Rebels crossed the border from South Sudan and attacked a camp on Friday, the police said.", "SSD"),
])
def test_a_country_people_crossed_from_is_no_scene(text, origin):
    assert [e.location for e in events_of(text, MAY_3) if e.location_country == origin] == []


def test_a_country_troops_crossed_into_stays_the_scene():
    event = _event("Ugandan troops crossed into the Democratic Republic of Congo and attacked rebel camps on Friday.",
                   "attacked")
    assert event.location_country == "COD"


@pytest.mark.parametrize("text, trigger, actor", [
    ("REFILE-Gunmen kill five in Honduras bar attack\n\nTEGUCIGALPA, May 3 (Reuters) - Gunmen killed five people "
     "in a bar in San Pedro Sula on Friday, police said.", "killed", "Gunmen"),
    ("UPDATE 1-Chile prison riot leaves six dead\n\nSANTIAGO, May 3 (Reuters) - Six inmates died in a riot at a "
     "prison in northern Chile on Friday, officials said.", "riot", None),
])
def test_a_wire_slug_is_no_actor(text, trigger, actor):
    assert _event(text, trigger).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Gunmen hiding in the forest near the village of Kemba opened fire on a bus on Sunday, police said.",
     "opened fire", "Gunmen"),
    ("Bandits camped in the hills outside the town of Dogo attacked a convoy on Sunday, police said.", "attacked",
     "Bandits"),
    ("Agents of the 9th Police Station arrested two men on Sunday, police said.", "arrested", "Agents"),
    ("Officers were sent to the 400 block of Pine Street on a report of two men shot near a bar.", "shot", None),
])
def test_a_place_phrase_is_no_actor(text, trigger, actor):
    assert _event(text, trigger).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    # guards: people of a place, and a group whose name closes with a kind of area
    ("Residents of the village of Kemba blocked the main road on Sunday.", "blocked", "Residents"),
    ("Islamic State West Africa Province fighters attacked a military base in Borno on Sunday.", "attacked",
     "Islamic State West Africa Province fighters"),
])
def test_people_of_a_place_stay_actors(text, trigger, actor):
    assert _event(text, trigger).actor == actor
