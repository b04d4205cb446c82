"""Participants of protest and incident briefs (stop 58, second pass): who is on strike, keeps up a blockade or
enters the tenth day of a sit-in, and what such verbs do not make anyone's. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor", [
    ("Eighteen prisoners at Gulu Central Prison have been on hunger strike since Monday.", "hunger strike",
     "prisoners"),
    ("Farmers have been on an indefinite hunger strike since Monday.", "hunger strike", "Farmers"),
    ("Prisoners went on hunger strike on Monday.", "hunger strike", "Prisoners"),
    ("Supporters of Evo Morales kept up road blockades in Chapare on Monday.", "blockades",
     "Supporters of Evo Morales"),
    ("Unemployed graduates in Kasserine entered the 40th day of a sit-in on Monday.", "sit-in",
     "Unemployed graduates"),
    ("Traders across Pakistan will observe a shutter-down strike on Wednesday.", "shutter-down strike", "Traders"),
])
def test_who_is_on_keeps_up_enters_or_observes_an_event_acts_in_it(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("UN monitors observed the protest in Gulu on Monday.", "protest", None),
    ("Soldiers were on patrol when a clash broke out in Cotabato on Monday.", "clash", None),
    ("Police kept up the crackdown in Gulu on Monday.", "crackdown", "Police"),
])
def test_who_observes_another_event_or_is_on_something_else_takes_no_part(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


def test_who_keeps_someone_in_jail_is_not_held():
    assert event_on("The judge kept him in jail on Monday.", "in jail", JUL_4).target == "him"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Retirees of the Telecommunication Company of Iran gathered in Ahvaz on Sunday to protest low pensions.",
     "gathered", "Retirees"),
    ("Residents of the Canape-Vert neighbourhood of Port-au-Prince stoned two men to death on Monday.", "stoned",
     "Residents"),
    ("Employees of the State Bank of Pakistan staged a protest in Karachi on Monday.", "protest", "Employees"),
    ("Relatives and supporters of the slain councilor held a prayer rally in Cotabato on Tuesday.", "rally",
     "Relatives and supporters"),
])
def test_people_of_a_place_or_employer_or_of_the_dead_act_themselves(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Soldiers of the 5th Division attacked a rebel camp in Kalehe on Monday.", "attacked", "5th Division"),
    ("Members of the Kisan Union staged a protest in Patiala on Monday.", "protest", "Kisan Union"),
    # (supporters act themselves, told by whose they are: stop 65)
    ("Supporters of the opposition party clashed with police in Dhaka on Monday.", "clashed",
     "Supporters of the opposition party"),
])
def test_the_fighters_or_members_of_a_body_are_the_body(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("A suicide bomber struck a hotel in Baghdad on Monday. Al-Qaida in Iraq claimed responsibility.", "struck",
     "Al-Qaida in Iraq"),
    ("Al Qaeda in Iraq claimed the bombing in Baghdad on Monday.", "bombing", "Al Qaeda in Iraq"),
    ("The Islamic State in Libya attacked a checkpoint near Sirte on Monday.", "attacked", "Islamic State in Libya"),
])
def test_a_branch_of_a_group_named_by_its_country_is_one_name(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Hamas in Gaza fired rockets at Ashkelon on Monday.", "fired", "Hamas"),
    ("Police in Kabul arrested five men on Monday.", "arrested", "Police"),
])
def test_a_group_or_force_in_a_place_is_the_group_or_force(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Last week, a police reservist was shot dead in Kolowa, Baringo County, by suspected bandits.", "shot dead",
     "suspected bandits"),
    ("Five villagers were killed in Jos, Plateau State, by gunmen on Sunday.", "killed", "gunmen"),
])
def test_the_agent_of_a_passive_after_a_town_and_its_region_in_commas(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


def test_an_agent_after_a_clause_in_commas_is_no_agent_of_the_passive():
    assert event_on("Five villagers were killed in Jos, police said, by gunmen.", "killed", JUL_4).actor is None


@pytest.mark.parametrize("text, trigger", [
    ("Young people burned tyres in Ziguinchor on Friday.", "burned"),
    ("Protesters set fire to tyres in Nairobi on Friday.", "set fire"),
    ("Relatives of the deceased blocked the Sitapur-Lucknow highway on Wednesday, demanding compensation.", "blocked"),
    ("Farmers blocked the A64 motorway near Carbonne on Tuesday.", "blocked"),
    ("Truckers blocked the border crossing at Przemysl on Tuesday.", "blocked"),
    ("Protesters blocked the Qabb Elias road with burning tyres on Sunday.", "blocked"),
])
def test_the_road_a_protest_blocks_and_the_tyres_it_burns_are_no_target(text, trigger):
    assert event_on(text, trigger, JUL_4).target is None


@pytest.mark.parametrize("text, trigger, target", [
    ("Protesters burned an effigy of the prime minister in Lahore on Friday.", "burned",
     "effigy of the prime minister"),
    ("Hundreds of people protested against Russia in Tbilisi on Friday.", "protested", "Russia"),
    ("Rioters set fire to a police station in Kano on Friday.", "set fire", "police station"),
])
def test_what_a_protest_is_against_or_a_riot_burns_stays_its_target(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text, trigger, target", [
    ("Suicide bombers rammed a truck packed with explosives into the Central Bank building in Colombo on Monday.",
     "rammed", "Central Bank building"),
    ("A suicide bomber rammed a car laden with 500 kg of explosives into a police station in Kabul on Monday.",
     "rammed", "police station"),
    ("A suicide bomber rammed a car into a convoy in Kabul on Monday.", "rammed", "convoy"),
])
def test_what_a_rigged_vehicle_was_driven_into_is_the_target(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text, trigger, target", [
    ("A suicide bomber blew himself up inside a pizzeria on the corner of King George Street and Jaffa Road in "
     "Jerusalem on Monday.", "blew himself up", None),
    ("Coalition warplanes carried out airstrikes on the outskirts of Hasakah on Monday.", "airstrikes", None),
    ("Gunmen opened fire inside a mosque on worshippers in Kano on Friday.", "opened fire", "worshippers"),
    ("Regulators announced a crackdown on big banks in London on Monday.", "crackdown", "big banks"),
])
def test_the_part_of_a_place_an_attack_was_on_is_where_not_what_it_struck(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text, trigger, actor", [
    ("At least eight people were killed on Wednesday during a police operation in the Complexo da Mare in Rio de "
     "Janeiro.", "killed", "police"),
    ("Ten militants were killed in a military operation in North Waziristan on Saturday.", "killed", "military"),
    ("Two militants were killed in an encounter with security forces in Kupwara on Saturday.", "killed",
     "security forces"),
])
def test_the_force_that_ran_the_operation_the_dead_fell_in_killed_them(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger", [
    ("Ten civilians were killed during an operation in North Waziristan on Saturday.", "killed"),
    ("Ten civilians were killed in a security operation in North Waziristan on Saturday.", "killed"),
])
def test_an_operation_that_names_no_force_names_no_doer(text, trigger):
    assert event_on(text, trigger, JUL_4).actor is None


@pytest.mark.parametrize("text, trigger, target", [
    ("Two suicide bombings struck the motorcade of Benazir Bhutto in Karachi on Monday, killing 139 people.",
     "struck", "motorcade of Benazir Bhutto"),
    ("Militants hurled a grenade at a police bunker in Srinagar on Monday. Three people were injured.", "hurled",
     "police bunker"),
    ("Unidentified armed men stormed the residence of seven labourers in Gwadar on Thursday and shot them dead.",
     "stormed", "labourers"),
    ("Gunmen attacked the house of a local councillor in Kano on Thursday.", "attacked", "local councillor"),
    ("Bin workers in Birmingham will begin an all-out strike on 11th March.", "strike", None),
])
def test_what_an_attack_struck_or_whose_home_it_was_is_its_target_not_a_toll_or_a_day(text, trigger, target):
    assert event_on(text, trigger, JUL_4).target == target


@pytest.mark.parametrize("text, actor", [
    ("Residents of Kirants village threatened on Friday to block the highway.", "Residents of Kirants village"),
    ("Residents of Kirants village threatened to block the highway on Friday.", "Residents of Kirants village"),
])
def test_who_threatens_on_a_day_to_do_something_threatens(text, actor):
    assert event_on(text, "threatened", JUL_4).actor == actor


def test_a_pact_signed_on_a_day_to_end_a_war_is_still_a_participle():
    assert event_on("A pact signed on Friday to end the war collapsed on Monday.", "signed", JUL_4).actor is None
