"""Participants and places of stories told after attacks, of casualty reports and of security roundups (stop 59):
a list of people arrested, what an attack is ranked among, a count written with a thousands comma, where a court sat
and where a town of a roundup lies. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, target", [
    ("Federal police on Monday arrested a senator, his brother and a former police chief in Recife.", "arrested",
     "senator, his brother and a former police chief"),
    ("Police arrested the mayor and his deputy in Leeds on Monday.", "arrested", "mayor and his deputy"),
    ("Gunmen killed a driver and his assistant near Goma on Monday.", "killed", "driver and his assistant"),
    ("Rebels burned a school and the house of the headmaster in Tapoa on Monday.", "burned",
     "school and the house of the headmaster"),
])
def test_a_list_of_objects_is_the_target_not_its_first_member(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text, trigger, target", [
    ("Police arrested Ali Hassan, a teacher, in Leeds on Monday.", "arrested", "Ali Hassan"),
    ("Gunmen killed two soldiers and the army said it would respond.", "killed", "soldiers"),
    ("Jets shelled Kansafra and its outskirts on Monday.", "shelled", "Kansafra"),
    ("Protesters demanded the release of the activists and the return of their land on Monday.", "demanded",
     "release of the activists"),
])
def test_an_apposition_a_clause_a_place_s_surroundings_or_a_demand_make_no_list(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text", [
    "A bomb killed 12 people in Ankara on Monday, in the deadliest attack of its kind in Turkey.",
    "Armed men slaughtered villagers in Rais on Monday in one of the worst massacres of the conflict.",
    "It was the worst massacre of the civil war, officials said on Monday.",
])
def test_what_an_attack_is_ranked_among_is_not_its_target(text):
    assert [e.target for e in events_of(text, JUL_4) if e.target in ("kind", "conflict", "civil war")] == []


def test_the_massacre_of_people_still_names_them():
    assert event_on("Gunmen carried out the massacre of 40 villagers in Rais on Monday.", "massacre",
                    JUL_4).target == "villagers"


@pytest.mark.parametrize("text, trigger, target", [
    ("President Vladimir Putin ordered an extra 10,000 troops to the region on Monday.", "ordered",
     "extra 10,000 troops"),
    ("Police detained an additional 1,200 protesters in Minsk on Monday.", "detained", "additional 1,200 protesters"),
])
def test_a_count_with_a_thousands_comma_stays_in_the_phrase(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text, trigger", [
    ("A judge on Wednesday sentenced the bomber to 40 years in prison.", "sentenced"),
    ("A court on Wednesday sentenced five men to life in jail.", "sentenced"),
    ("A judge on Wednesday sentenced Parkland school shooter Nikolas Cruz to life.", "sentenced"),
])
def test_a_sentence_is_not_placed_in_its_penalty_nor_at_the_scene_of_the_crime(text, trigger):
    assert event_on(text, trigger, JUL_4).location is None


@pytest.mark.parametrize("text, trigger, location", [
    ("He was held in prison in Lagos on Monday.", "in prison", "prison in Lagos"),
    ("Prisoners rioted in the prison on Monday.", "rioted", "the prison"),
    ("A judge in Fort Lauderdale on Wednesday sentenced the Parkland shooter to life in prison.", "sentenced",
     "Fort Lauderdale"),
    ("Gunmen attacked Kabul airport on Monday.", "attacked", "Kabul airport"),
])
def test_a_prison_held_in_and_the_court_s_own_town_are_still_places(text, trigger, location):
    assert event_on(text, trigger, JUL_4).location == location


MAR_2 = datetime(2010, 3, 2, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize("text, region", [
    ("In Baquba, 65 km northeast of Baghdad, gunmen shot dead a policeman on Tuesday.", "Diyālá"),
    ("A roadside bomb killed two soldiers in Falluja, 50 km west of Baghdad, on Tuesday.", "Al Anbār"),
    ("A roadside bomb killed two soldiers in Tikrit, north of Baghdad, on Tuesday.", "Şalāḩ ad Dīn"),
])
def test_a_town_given_by_its_bearing_from_a_city_is_in_its_own_region(text, region):
    [event] = events_of(text, MAR_2)
    assert (event.location_country, event.location_admin1) == ("IRQ", region)


def test_a_village_the_gazetteer_does_not_know_is_still_placed_by_the_city_it_is_counted_from():
    [event] = events_of("A roadside bomb killed two soldiers in the village of Kibo, 20 km north of Baghdad, on "
                        "Tuesday.", MAR_2)
    assert (event.location_country, event.location_admin1) == ("IRQ", "Baghdād")


JUL_9 = datetime(2013, 7, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location, country, region", [
    ("In Kenya, police arrested two men in Mombasa on Monday.", "arrested", "Mombasa", "KEN", "Mombasa"),
    ("In Mali, jihadists attacked an army post in Tabankort in the Gao region on Monday.", "attacked",
     "Tabankort in the Gao region", "MLI", "Gao"),
    ("In Yobe state, militants attacked a police station in Buni Yadi on Monday, killing 11 policemen.", "attacked",
     "Buni Yadi", "NGA", "Yobe"),
])
def test_a_town_of_the_clause_places_the_event_in_the_country_or_region_the_sentence_opens_with(
        text, trigger, location, country, region):
    event = event_on(text, trigger, JUL_9)
    assert (event.location, event.location_country, event.location_admin1) == (location, country, region)


def test_a_participle_clause_is_where_its_main_clause_is_and_makes_no_row_of_its_own():
    [event] = events_of("In Borno state, gunmen stormed the village of Alagarno on Monday, killing 30 people.", JUL_9)
    assert (event.location, event.location_admin1) == ("village of Alagarno", "Borno")


@pytest.mark.parametrize("text, trigger, location", [
    ("In Niger, militants killed five gendarmes on Monday.", "killed", "Niger"),
    ("In Washington, officials said gunmen killed five people on Monday.", "killed", "Washington"),
])
def test_the_opening_place_stays_when_the_clause_names_no_town(text, trigger, location):
    assert event_on(text, trigger, JUL_9).location == location


JAN_27 = datetime(2015, 1, 27, tzinfo=timezone.utc)
_ROUNDUP = ("Following are security developments in Nigeria on Tuesday:\n\n"
            "* BIU - Vigilantes captured three suspected Boko Haram members near the town, a leader said.\n\n"
            "* GOMBE - A bomb exploded at a bus station, wounding 18 people, police said.\n\n"
            "* DAMATURU - Gunmen killed a soldier, police said.\n\n"
            "* KANO - Police arrested two men in Sokoto, police said.")


def test_each_item_of_a_roundup_is_placed_in_the_town_it_opens_with():
    found = {(e.location, e.location_country, e.location_admin1) for e in events_of(_ROUNDUP, JAN_27)}
    assert {("BIU", "NGA", "Borno"), ("GOMBE", "NGA", "Gombe"), ("DAMATURU", "NGA", "Yobe")} <= found


def test_a_roundup_item_that_names_its_own_town_keeps_it():
    assert event_on(_ROUNDUP, "arrested", JAN_27).location == "Sokoto"


NOV_2 = datetime(2022, 11, 2, tzinfo=timezone.utc)


def test_a_region_of_the_country_a_story_is_filed_from_qualifies_its_people():
    event = event_on("FORT LAUDERDALE, Fla. — A Florida judge on Wednesday sentenced the gunman to life in prison.",
                     "sentenced", NOV_2)
    assert (event.actor_country, event.location, event.location_admin1) == ("USA", "FORT LAUDERDALE, Fla.",
                                                                             "Florida")


@pytest.mark.parametrize("text, region", [
    ("FORT LAUDERDALE, Fla. — The gunman killed 17 people at a high school in Parkland on Feb. 14, 2018.", "Florida"),
    ("FORT LAUDERDALE, Fla. — Gunmen attacked a school in Dallas on Tuesday.", "Texas"),
    ("PITTSBURGH, Pa. — Protesters rallied in Washington on Tuesday.", "District of Columbia"),
])
def test_a_town_is_read_in_the_state_of_the_dateline_unless_none_there_bears_its_name_or_a_far_larger_one_does(
        text, region):
    [event] = events_of(text, NOV_2)
    assert (event.location_country, event.location_admin1) == ("USA", region)


def test_a_foreign_bureau_s_town_is_not_where_the_events_of_the_country_the_lead_names_were():
    event = event_on("OSLO - Iranian security forces have killed at least 326 people in the crackdown on protests, "
                     "the Norway-based group Iran Human Rights said on Saturday.", "killed", NOV_2)
    assert event.location is None


def test_the_bureau_s_town_is_still_the_place_of_its_own_country_s_events():
    event = event_on("OSLO - Norwegian police arrested two men on Saturday, the Norway-based broadcaster NRK said.",
                     "arrested", NOV_2)
    assert event.location == "OSLO"


def test_where_people_fled_to_is_no_setting_of_the_events_told_after_it():
    [event] = events_of("More than one million people have been driven from their homes in Darfur, and some 110,000 "
                        "have fled across the border into Chad. Thousands of civilians have been killed in attacks by "
                        "Janjaweed militias.", NOV_2)
    assert event.location == "Darfur"


def test_a_town_told_in_the_sentence_before_is_still_the_setting():
    event = event_on("Heavy fighting broke out in Goma. Thousands of civilians have been killed by the rebels.",
                     "killed", NOV_2)
    assert event.location == "Goma"


AUG_24 = datetime(2012, 8, 24, tzinfo=timezone.utc)


def test_a_verb_after_then_shares_the_subject_of_the_verb_before():
    event = event_on("On July 22, 2011, Breivik set off a car bomb outside government headquarters in Oslo, then shot "
                     "dead 69 others on the island of Utoya.", "shot dead", AUG_24)
    assert event.actor == "Breivik"


def test_the_participle_after_a_relative_clause_of_a_vehicle_driven_into_a_crowd_is_not_the_main_clause_s():
    event = event_on("Investigators found his papers in the truck that ploughed into the market at Breitscheidplatz on "
                     "Monday evening, killing 12 people.", "killing", AUG_24)
    assert event.actor is None


def test_a_participle_after_a_relative_clause_of_another_verb_is_still_the_main_clause_s():
    found = events_of("Police opened fire on protesters who blocked the road on Monday, killing 12 people.", AUG_24)
    assert {e.actor for e in found if e.event_type == "ASSAULT"} == {"Police"}


def test_the_relative_whose_kin_an_act_befell_is_not_its_target():
    event = event_on("Bill Richard, whose son Martin, 8, was killed in the bombing on Monday, asked prosecutors not to "
                     "seek the death penalty.", "bombing", AUG_24)
    assert event.target == "son Martin"


@pytest.mark.parametrize("text", [
    "A bomb exploded in Mogadishu on Saturday, with 28 people killed and 56 injured.",
    "The toll from the bombing in Mogadishu rose to 358 on Friday, with at least 228 people injured.",
])
def test_people_counted_after_with_are_whom_the_event_befell_not_its_doers(text):
    assert {(e.actor, e.target) for e in events_of(text, AUG_24)} == {(None, "people")}


def test_a_perfect_participle_after_with_is_the_act_of_its_noun():
    found = events_of("Police set up a new base in Kibo on Monday, with around 300 trucks having entered the town.",
                      AUG_24)
    assert all(e.target != "trucks having" for e in found)


AUG_6 = datetime(2013, 8, 6, tzinfo=timezone.utc)


def test_the_group_a_named_spokesman_speaks_for_claimed_the_attack():
    found = events_of("On Monday, a suicide bomber killed nine people at a bank in Jalalabad. Taliban spokesman "
                      "Zabihullah Mujahid claimed responsibility for the attack.", AUG_6)
    assert {e.actor for e in found} == {"Taliban"}


def test_a_spokesman_named_for_no_group_is_still_the_claimant():
    event = event_on("Spokesman Zabihullah Mujahid claimed the attack on a bank in Jalalabad on Monday.", "attack",
                     AUG_6)
    assert event.actor == "Spokesman Zabihullah Mujahid"


@pytest.mark.parametrize("text, actor", [
    ("Two NATO soldiers were killed in an insurgent attack in southern Afghanistan on Monday.", "insurgent"),
    ("Five soldiers died in a militant ambush in Kunar on Monday.", "militant"),
])
def test_an_armed_group_s_adjective_before_an_attack_noun_is_its_actor(text, actor):
    assert {e.actor for e in events_of(text, AUG_6) if e.event_type == "ASSAULT"} == {actor}
