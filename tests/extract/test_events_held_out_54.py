"""Constructions of our own texts in the styles we are measured on (stop 54): the weapons of a country or an armed
group as the doer, a target that is a place's surroundings, a place after "nearby". Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor", [
    ("Israeli artillery shelled the outskirts of Khiam on Wednesday.", "shelled", "Israeli artillery"),
    ("Russia's artillery pounded Kherson overnight.", "pounded", "Russia's artillery"),
    ("A Houthi missile struck a bulk carrier in the Gulf of Aden on Wednesday.", "struck", "Houthi missile"),
])
def test_the_weapons_of_a_country_or_an_armed_group_act_for_it(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger", [
    ("A rocket hit the school in Sderot on Wednesday.", "hit"),
    ("The bomb went off in Kabul on Wednesday.", "went off"),
])
def test_a_weapon_of_no_one_named_is_no_actor(text, trigger):
    assert event_on(text, trigger, JUL_4).actor is None


def test_the_surroundings_of_a_town_shelled_are_where_it_happened():
    text = ("Hezbollah fired rockets at military positions in northern Israel on Wednesday. Israeli artillery then "
            "shelled the outskirts of the Lebanese village of Khiam.")
    fired, shelled = events_of(text, JUL_4)
    assert (fired.actor, fired.location) == ("Hezbollah", "northern Israel")
    assert (shelled.actor, shelled.location, shelled.location_country) == (
        "Israeli artillery", "Lebanese village of Khiam", "LBN")


def test_the_mayor_of_a_town_is_still_no_place_before_the_one_told():
    text = "Gunmen attacked a market in Kaduna on Monday. Later, they shot the mayor of Zaria."
    assert event_on(text, "shot", JUL_4).location == "Kaduna"


@pytest.mark.parametrize("text, place, country", [
    ("Bandits killed four farmers in nearby Kuje on Sunday.", "Kuje", "NGA"),
    ("Bandits killed four farmers in neighbouring Dandume Local Government Area on Sunday.",
     "Dandume Local Government Area", "NGA"),
])
def test_a_place_after_nearby_is_the_name(text, place, country):
    event = event_on(text, "killed", JUL_4)
    assert (event.location, event.location_country) == (place, country)


def test_the_nearby_site_is_no_town():
    text = "Protesters marched in Tripoli on Monday. They then marched to the nearby Military court."
    assert event_on(text, "marched", JUL_4).location == "Tripoli"


MAR_13 = datetime(2024, 3, 13, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, place, region", [
    ("On 12 March 2024, Russian forces shelled Nikopol, Dnipropetrovsk oblast, killing a man.", "Nikopol",
     "Dnipropetrovsk"),
    ("On 12 March 2024, Ukrainian forces shelled Horlivka, Donetsk oblast, killing 3 people.", "Horlivka", "Donetsk"),
])
def test_a_towns_region_after_a_comma_is_no_place_of_the_result_after_it(text, place, region):
    [event] = events_of(text, MAR_13)
    assert (event.location, event.location_admin1, event.mentions) == (place, region, 2)


def test_a_day_after_the_day_of_a_report_dates_what_the_note_tells():
    text = "As reported on 5 October 2024, on 3 October 2024, Viv Ansanm members attacked Delmas."
    event = event_on(text, "attacked", datetime(2024, 10, 5, tzinfo=timezone.utc))
    assert (event.date.isoformat(), event.date_source) == ("2024-10-03", "text")


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("On 20 June 2024, the SAF and RSF clashed in El Fasher.", "clashed", "SAF", "RSF"),
    ("Hamas and Fatah gunmen fought each other in Gaza on Monday.", "fought each other", "Hamas", "Fatah gunmen"),
    ("Police and protesters clashed in Nairobi on Tuesday.", "clashed", "Police", "protesters"),
    ("Both Israel and Hezbollah exchanged fire on Sunday.", "exchanged fire", "Israel", "Hezbollah"),
])
def test_the_two_sides_a_fight_joins_in_its_subject_are_actor_and_target(text, trigger, actor, target):
    event = event_on(text, trigger, JUL_4)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, actor", [
    ("The Justice and Equality Movement clashed in Darfur on Monday.", "clashed", "Justice and Equality Movement"),
    ("Burundian and Rwandan soldiers clashed on Lake Rweru on Friday.", "clashed", "Burundian and Rwandan soldiers"),
    ("Troops and police clashed with militants in Kano.", "clashed", "Troops and police"),
])
def test_one_name_or_one_noun_of_two_adjectives_stays_one_side(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


def test_what_befell_one_side_of_a_fight_is_the_fight():
    text = ("On 2 May 2024, security forces and Maoists exchanged fire in the forests of Sinbhatti (Gadchiroli, "
            "Maharashtra) and one Maoist cadre was killed.")
    [event] = events_of(text, datetime(2024, 5, 3, tzinfo=timezone.utc))
    assert (event.actor, event.target, event.mentions) == ("security forces", "Maoists", 2)


def test_a_fight_and_another_days_attack_stay_two():
    text = ("On 2 May 2024, the SAF and RSF clashed in El Fasher. On 4 May 2024, the RSF attacked a market in "
            "Nyala, killing 10 people.")
    assert len(events_of(text, datetime(2024, 5, 5, tzinfo=timezone.utc))) == 2


DEC_5 = datetime(2024, 12, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger", [
    ("President Salome Zourabichvili has refused to step down.", "step down"),
    ("The president refused to sign the agreement on Monday.", "sign"),
    ("Gov. John Kasich, who has declined to endorse Mr. Trump, spoke in Ohio.", "endorse"),
])
def test_what_someone_refused_to_do_is_not_done(text, trigger):
    assert event_on(text, trigger, DEC_5).modality == "negated"


def test_an_act_after_until_is_no_refusal_of_it():
    text = "Soldiers fired at the vehicle when the bomber refused to stop until he detonated close to the base."
    assert event_on(text, "detonated", DEC_5).modality != "negated"
