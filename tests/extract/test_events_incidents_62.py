"""Incident reports (stop 62): kidnappings, piracy, coups, gang and cattle-raid violence, as wires and local outlets
tell them: the city named with its country ("Celaya, Mexico"), a pronoun that stands for the one who reported the act
("The army said it had detained …"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo import find_places, situate
from tests.extract.test_events_wire import events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


def _event(text: str, trigger: str):
    return next(e for e in events_of(text, JUL_4) if e.trigger == trigger)


@pytest.mark.parametrize("phrase, admin1", [
    # the country's name closes the phrase as the country, not as the State of México
    ("Celaya, Mexico", "Guanajuato"),
    ("Celaya, Guanajuato, Mexico", "Guanajuato"),
    ("Tijuana, Baja California, Mexico", "Baja California"),
    ("Mexico City, Mexico", "Mexico City"),
    # guards: a town of the State of México, the state told as one, a note's state, a capital's province
    ("Toluca, Mexico", "México"),
    ("Ecatepec, Mexico state", "México"),
    ("Nezahualcoyotl (Mexico)", "México"),
    ("Banfield (Buenos Aires)", "Buenos Aires"),
    ("Atlanta, Georgia", "Georgia"),
])
def test_a_country_named_after_its_city_is_no_region(phrase, admin1):
    assert situate(phrase, None, lambda: []).admin1 == admin1


def test_a_city_with_its_country_in_an_event():
    event = _event("Gunmen attacked a bar in Coatzacoalcos, Veracruz, Mexico, on Saturday.", "attacked")
    assert event.location_country == "MEX" and event.location_admin1.startswith("Veracruz")


@pytest.mark.parametrize("text, trigger, actor", [
    ("The army said on Monday it had detained President Roch Kabore.", "detained", "army"),
    ("Sudanese authorities said they foiled a coup attempt on Tuesday and arrested 21 officers.", "arrested",
     "Sudanese authorities"),
    ("Police said that they arrested three suspects in Lagos.", "arrested", "Police"),
    ("The group said it carried out the attack on the base.", "attack", "group"),
])
def test_a_pronoun_after_a_reporting_verb_is_its_speaker(text, trigger, actor):
    assert _event(text, trigger).actor == actor


@pytest.mark.parametrize("text, trigger", [
    # a person's name: "they" are others
    ("John Smith said they attacked the village at night.", "attacked"),
    # a denial says the speaker did not do it
    ("The Taliban denied they were behind the attack on the hotel.", "attack"),
    # "it" of a clause of its own
    ("Senate Majority Leader Mitch McConnell said it was inappropriate for Ginsburg to criticize Trump.",
     "criticize"),
    # a document, and a place the speakers were at
    ("A NAS statement said it repulsed the attack on its base in Mundri.", "repulsed"),
    ("Delegates at the convention in Philadelphia said they welcomed the attention.", "welcomed"),
    # what some do, told in the present
    ('"People say they attack us because they hate us," he said.', "attack"),
])
def test_a_pronoun_stays_where_the_speaker_is_not_its_party(text, trigger):
    assert _event(text, trigger).actor in {"it", "they", None}


@pytest.mark.parametrize("text, trigger, day", [
    # the date closes the predicate before "and" and the subject's next verb
    ("Gunmen stormed a television studio in Guayaquil, Ecuador, during a live broadcast on Tuesday and held staff at "
     "gunpoint.", "stormed", 2),
    # guards: the verb right before the date
    ("Gunmen stormed a television studio in Guayaquil on Tuesday and fled.", "stormed", 2),
])
def test_a_date_before_the_next_verb_of_the_subject_dates_the_first(text, trigger, day):
    event = _event(text, trigger)
    assert (event.date.day, event.date_source) == (day, "text")


@pytest.mark.parametrize("text, trigger, day", [
    # the day of a report dates an act the speaker tells as its own, as it dates any act a speech announces
    ("The army said on Monday it had detained President Roch Kabore.", "detained", 1),
    ("Police said on Monday that they arrested two men in Kano.", "arrested", 1),
    # guards: the act's own day
    ("Houthi rebels said on Monday they had fired missiles at a ship in the Red Sea on Saturday.", "fired", 29),
])
def test_the_day_of_a_report_dates_the_speakers_own_act(text, trigger, day):
    event = _event(text, trigger)
    assert (event.date.day, event.date_precision) == (day, "day")


def test_the_day_of_a_report_dates_no_incident_of_another():
    assert _event("Police said on Monday that gunmen killed five villagers in Zamfara.", "killed").date_source == (
        "publication")


def test_the_day_of_a_report_dates_nothing_to_come():
    assert _event("The army said on Monday it would withdraw troops from the border.", "withdraw").date is None


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a range of counts is the object's count, no two sides
    ("Bandits stole between 200 and 300 cattle and shot dead two police reservists in Kapedo, Kenya.", "stole",
     "Bandits", "cattle"),
    ("Gunmen killed between 20 and 30 villagers in Zamfara on Sunday.", "killed", "Gunmen", "villagers"),
    ("Raiders stole between 2,000 and 3,000 goats in Turkana on Sunday.", "stole", "Raiders", "goats"),
    # guards: the sides of a fight
    ("Clashes between herders and farmers killed 12 people in Benue.", "killed", "herders and farmers", "people"),
])
def test_a_range_of_counts_is_no_pair_of_sides(text, trigger, actor, target):
    event = _event(text, trigger)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize("text", [
    # a participle that opens a named person's title tells who the person is, no arrest or abduction of the story
    "Security forces released a son of jailed drug lord Joaquin Guzman in Culiacan on Thursday.",
    "Washington demanded the release of detained journalist Evan Gershkovich.",
    "Jailed Kremlin critic Alexei Navalny said on Monday he was ill.",
])
def test_a_participle_in_a_persons_title_is_no_event(text):
    assert [e.trigger for e in events_of(text, JUL_4) if e.event_type == "COERCE"] == []


@pytest.mark.parametrize("text, trigger", [
    # guards: the verb of a subject; people not named
    ("Police detained journalist Evan Gershkovich in Yekaterinburg.", "detained"),
    ("About 30 relatives of detained politicians held a picket outside the court.", "detained"),
])
def test_a_participle_of_a_subject_or_of_people_unnamed_is_still_an_event(text, trigger):
    assert _event(text, trigger).event_type == "COERCE"


def test_where_the_subject_of_a_clause_of_time_comes_from_is_no_place_of_the_event():
    text = ("At least 23 people were killed when armed youths from Lakes state raided cattle camps in Tonj, South "
            "Sudan, on Thursday.")
    assert [(e.trigger, e.location, e.mentions) for e in events_of(text, JUL_4)] == [("raided", "Tonj", 2)]


def test_where_gunmen_come_from_is_still_no_place_when_the_clause_tells_one():
    assert _event("Gunmen from Zamfara killed 12 farmers in Sokoto state on Monday.", "killed").location == (
        "Sokoto state")


@pytest.mark.parametrize("text, trigger, target", [
    # a ship however named, which pirates take; armed men who board one
    ("Pirates hijacked a Saudi supertanker on 15 November.", "hijacked", "Saudi supertanker"),
    ("Pirates hijacked the Sirius Star on 15 November.", "hijacked", "Sirius Star"),
    ("Somali gunmen hijacked a bulk carrier in the Gulf of Aden on Saturday.", "hijacked", "bulk carrier"),
    ("Eight armed men boarded a tanker in the Strait of Malacca late on Monday and tied up the crew.", "boarded",
     "tanker"),
])
def test_a_ship_hijacked_or_boarded_by_armed_men_is_an_attack(text, trigger, target):
    event = _event(text, trigger)
    assert (event.event_type, event.target) == ("ASSAULT", target)


@pytest.mark.parametrize("text", [
    "Populists hijacked the debate on Saturday.",
    "Hundreds of passengers boarded the ferry in Dover on Monday.",
    "The executive board met bankers on Monday.",
])
def test_no_ship_taken(text):
    assert [e.event_type for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text, trigger, country", [
    # waters lie in no country of the dateline
    ("DUBAI (Reuters) - Houthi fighters seized a cargo ship in the Red Sea on Sunday, the group said.", "seized",
     None),
    ("NAIROBI (Reuters) - Pirates hijacked a bulk carrier in the Gulf of Aden on Sunday.", "hijacked", None),
    # guard: a street no gazetteer knows lies in the dateline's country
    ("NAIROBI (Reuters) - Gunmen attacked a bar on Moi Avenue on Sunday.", "attacked", "KEN"),
])
def test_waters_take_no_country_from_the_dateline(text, trigger, country):
    assert _event(text, trigger).location_country == country


def test_off_a_place_at_sea_is_where_and_no_part_of_the_target():
    event = _event("Abu Sayyaf gunmen abducted ten Indonesian sailors off Tawi-Tawi, southern Philippines, on "
                   "Saturday.", "abducted")
    assert (event.target, event.location_country) == ("Indonesian sailors", "PHL")


@pytest.mark.parametrize("text, target", [
    ("Pirates boarded a fishing vessel off the coast of Somalia on Monday.", "fishing vessel"),
    # guard: "off duty" describes the officer
    ("Gunmen shot an off duty police officer in Kano on Monday.", "off duty police officer"),
])
def test_off_ends_the_target_before_a_place(text, target):
    assert next(e for e in events_of(text, JUL_4)).target == target


@pytest.mark.parametrize("phrase, country", [
    # a country with its direction closes a place phrase as its context
    ("Maiduguri, northeastern Nigeria", "NGA"),
])
def test_a_country_with_its_direction_is_a_place_context(phrase, country):
    [place] = find_places(f"Gunmen killed 12 people in {phrase}, on Monday.")
    assert (place.text, place.country) == (phrase, country)


def test_the_subject_placed_under_house_arrest_is_held():
    event = _event("President Ali Bongo was placed under house arrest by soldiers on Wednesday.",
                   "placed under house arrest")
    assert (event.event_type, event.actor, event.target, event.location) == (
        "COERCE", "soldiers", "President Ali Bongo", None)


@pytest.mark.parametrize("text", [
    # the raids a detention was made in are that detention, whatever time of day describes them
    "The military detained Aung San Suu Kyi in pre-dawn raids in Naypyidaw on Monday.",
    "The military detained the president in early raids in Naypyidaw on Monday.",
    "Police arrested 20 people in dawn raids in Lagos on Monday.",
])
def test_raids_a_detention_was_made_in_are_one_event_with_it(text):
    assert [e.mentions for e in events_of(text, JUL_4)] == [2]


@pytest.mark.parametrize("text, trigger, target", [
    # a distance at sea is where, not part of what was struck
    ("Pirates boarded the tanker Monjasa Reformer about 140 nautical miles southwest of Pointe-Noire on Saturday.",
     "boarded", "tanker Monjasa Reformer"),
    ("Pirates hijacked the supertanker Sirius Star some 450 nautical miles off the coast of Kenya.",
     "hijacked", "supertanker Sirius Star"),
    # guard: the distance on land, as before
    ("Gunmen ambushed a convoy about 20 km from Goma on Saturday.", "ambushed", "convoy"),
])
def test_a_distance_in_nautical_miles_ends_the_target(text, trigger, target):
    assert _event(text, trigger).target == target
