"""Incident reports (stop 63): what a bomb struck and where a hijacking happened, as incident databases, wires and
local outlets tell them ("A car bomb exploded outside a bank in Quetta", "hijacked a flight en route to Istanbul"),
a group named with its country in brackets ("Ansar al-Sharia (Libya)"), and a town no gazetteer knows, named with its
region and country. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo import find_places
from tests.extract.test_events_wire import events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


def _assaults(text: str):
    return [e for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, target", [
    # incident summaries: the site the bomb went off at, outside, inside or near, before the victims of the toll
    ("03/02/2018: A car bomb exploded outside a bank in Quetta, Balochistan, Pakistan. Four people were killed and "
     "12 others were injured in the blast.", "bank"),
    ("03/02/2018: Assailants detonated an explosive device near a police checkpoint in Quetta, Balochistan, "
     "Pakistan. Four people were killed in the blast.", "police checkpoint"),
    ("03/02/2018: A suicide bomber detonated explosives inside the Grand Mosque in Quetta, Balochistan, Pakistan. "
     "Four people were killed in the blast.", "Grand Mosque"),
    ("03/02/2018: A truck bomb exploded outside the Hotel Continental in Kabul, Afghanistan. Four people were "
     "killed in the blast.", "Hotel Continental"),
    ("03/02/2018: Assailants detonated an explosive device outside government offices in Quetta, Balochistan, "
     "Pakistan. No casualties were reported.", "government offices"),
    # wire and local phrasing
    ("QUETTA, Pakistan (Reuters) - A car bomb exploded outside a police station in the southwestern Pakistani city "
     "of Quetta on Tuesday, killing at least four people, officials said.", "police station"),
    ("A bomb went off near a busy market in the northern town of Kirkuk on Friday, wounding 12 people, police said.",
     "busy market"),
    ("An explosive device detonated outside a Catholic church in Jolo on Sunday morning. Five people were killed.",
     "Catholic church"),
    ("Police said a pipe bomb exploded outside a bar on Main Street late Saturday. Nobody was hurt.", "bar"),
    ("A roadside bomb went off in front of the provincial governor's office in Lashkar Gah on Monday, wounding "
     "three guards.", "provincial governor's office"),
    # a device carried on something still struck the site it went off outside; a site's gate is the site's
    ("A bomb planted on a motorcycle exploded outside a school in Kabul on Saturday, wounding six students.",
     "school"),
    ("A car bomb exploded near the gate of the army headquarters in Mogadishu on Monday.",
     "gate of the army headquarters"),
    # a site told by its name or by a word of a gathering is struck, not only where the bomb went off
    ("04/09/2017: A suicide bomber detonated an explosives-laden vest outside St. Mark's Cathedral in Alexandria, "
     "Alexandria, Egypt, after being stopped by security personnel at the gate. At least 18 people were killed.",
     "St. Mark's Cathedral"),
    ("03/02/2018: A suicide bomber detonated explosives at a campaign rally in Quetta, Balochistan, Pakistan. Four "
     "people were killed and 12 others were injured in the blast.", "campaign rally"),
    # past the device set off, whose name is a trigger of its own
    ("2011-07-22: An assailant detonated a car bomb outside government buildings in Oslo, Oslo, Norway. Eight "
     "people were killed in the blast.", "government buildings"),
])
def test_the_site_a_bomb_went_off_at_is_its_target(text, target):
    [event] = _assaults(text)
    assert event.target == target


@pytest.mark.parametrize("text, target", [
    # guards: a road, a town or an area is where the bomb went off, and the victims are what it struck
    ("A bomb exploded at a busy intersection in Kirkuk on Friday, wounding 12 people.", "people"),
    ("A roadside bomb went off near the town of Djibo on Monday, killing three soldiers.", "soldiers"),
    ("A bomb exploded in a village near Maiduguri on Monday, killing five farmers.", "farmers"),
    # a device put in a car went off near a site: the car was struck, not the mosque it passed
    ("An IED planted in a car exploded near a mosque in Al Bab on Tuesday, killing the driver.", "car"),
])
def test_a_blast_at_no_site_keeps_its_victims(text, target):
    [event] = _assaults(text)
    assert event.target == target


@pytest.mark.parametrize("text, target", [
    # the words before the device's name are its kind, neither the target nor the actor
    ("03/02/2018: Assailants detonated a vehicle-borne improvised explosive device (VBIED) at an army base in Gao, "
     "Gao, Mali.", "army base"),
    ("03/02/2018: Assailants detonated a remote-controlled improvised explosive device targeting a police vehicle "
     "in Quetta, Balochistan, Pakistan.", "police vehicle"),
    ("03/02/2018: Assailants detonated a roadside improvised explosive device targeting a police vehicle in Quetta, "
     "Balochistan, Pakistan.", "police vehicle"),
    ("Militants detonated a remote-controlled roadside bomb next to a police van in Bajaur on Monday.", "police van"),
])
def test_a_device_s_kind_is_no_party(text, target):
    [event] = _assaults(text)
    assert event.target == target and event.actor in ("Assailants", "Militants")


def test_a_device_s_kind_is_no_actor():
    [event] = _assaults("03/02/2018: A magnetic improvised explosive device attached to a car exploded in Kabul, "
                        "Afghanistan, killing a judge.")
    assert event.actor is None and event.target == "judge"


@pytest.mark.parametrize("text, target", [
    # "on this date" is a time, never a target
    ("03/02/2018: A suicide bomber detonated an explosives-laden belt inside St. George's Church in Tanta, Gharbia, "
     "Egypt. At least 28 people were killed in the blast. This was one of two related attacks on this date.",
     "St. George's Church"),
    ("A suicide bomber blew himself up outside a police station in Kano on Friday. It was one of three bombings "
     "in the city on that date, police said.", "police station"),
])
def test_on_this_date_is_no_target(text, target):
    [event] = _assaults(text)
    assert event.target == target


def test_a_clause_after_a_semicolon_lends_no_place_to_the_one_before():
    # the related attacks are not all where the second bomb went off: one row per bomb, each in its own city
    events = _assaults("03/02/2018: A truck bomb exploded outside the U.S. Embassy in Nairobi, Kenya. This was one "
                       "of two related attacks on this date; a second truck bomb detonated outside the U.S. Embassy "
                       "in Dar es Salaam, Tanzania.")
    assert sorted(e.location_country for e in events) == ["KEN", "TZA"]


def test_a_clause_after_a_semicolon_still_takes_the_place_before():
    # guard: the part after the semicolon tells no place, so it happened where the part before did
    [event] = _assaults("Gunmen attacked a police post in Kidal on Sunday; two officers were killed.")
    assert event.location == "Kidal" and event.target == "police post"


@pytest.mark.parametrize("text, actor, country", [
    # a group named with its country in brackets is the doer, not a place that would split the attack in two
    ("03/02/2018: Assailants attacked a police station in Tunis, Tunis, Tunisia. Two officers were killed in the "
     "attack. No group claimed responsibility for the incident; however, sources attributed the attack to Ansar "
     "al-Sharia (Tunisia).", "Ansar al-Sharia (Tunisia)", "TUN"),
    ("03/02/2018: Assailants attacked a police post in Derna, Derna, Libya. Two officers were killed. Sources "
     "attributed the attack to Ansar al-Sharia (Libya).", "Ansar al-Sharia (Libya)", "LBY"),
])
def test_a_group_named_with_its_country_is_no_place(text, actor, country):
    [event] = _assaults(text)
    assert event.actor == actor and event.location_country == country and "(" not in event.location


@pytest.mark.parametrize("text, place", [
    # a wire's blame: no place of the bombing
    ("Iranian officials blamed the bombing on Jundallah (Pakistan), a Sunni militant group.", None),
    # guards: a town with its country in brackets stays a place
    ("Thousands of refugees fled to Kafr Nabl (Syria) after the strikes.", "Kafr Nabl (Syria)"),
    ("Militants attacked a checkpoint in Goma (DRC) on Monday.", "Goma (DRC)"),
])
def test_a_country_in_brackets_after_a_doer(text, place):
    assert {e.location for e in events_of(text, JUL_4) if e.event_type in ("ASSAULT", "OTHER")} == {place}


@pytest.mark.parametrize("text, target, place", [
    # where a vehicle was bound is neither part of it nor the scene, when another place is told
    ("03/02/2018: Two assailants hijacked a Turkish Airlines flight en route to Istanbul, Turkey, after it departed "
     "Ankara, Turkey.", "Turkish Airlines flight", "Ankara"),
    ("03/02/2018: Assailants hijacked Air France Flight 139 after it departed Athens, Greece, en route to Paris, "
     "France.", "Air France Flight 139", "Athens"),
    ("03/02/2018: Assailants ambushed a convoy en route to Kidal near Aguelhok, Kidal, Mali.", "convoy",
     "Aguelhok, Kidal, Mali"),
    ("03/02/2018: Assailants hijacked a bus bound for Kabul, Afghanistan, near Ghazni.", "bus", "Ghazni"),
    ("Gunmen ambushed a bus bound for Quetta in Balochistan on Thursday, killing 14 passengers, officials said.",
     "bus", "Balochistan"),
    ("Militants ambushed a convoy of trucks on its way to Gao near Ansongo, Mali, on Friday.", "convoy",
     "Ansongo"),
    ("Pirates hijacked a tanker headed for Singapore off the coast of Somalia on Tuesday.", "tanker",
     "coast of Somalia"),
])
def test_where_a_vehicle_was_bound_is_not_where_it_was_struck(text, target, place):
    [event] = _assaults(text)
    assert (event.target, event.location) == (target, place)


def test_where_a_vehicle_was_bound_is_a_last_resort():
    # guard: with no other place told, the destination still says where, roughly
    event = next(e for e in _assaults("A bus bound for Kabul was attacked on Sunday. Five passengers were killed."))
    assert event.location_country == "AFG"


@pytest.mark.parametrize("text, place, country", [
    # "City, Province, Country": the city and the country, even when the gazetteer knows neither city nor province
    ("03/02/2018: Assailants attacked Solhan, Yagha, Burkina Faso.", "Solhan", "BFA"),
    ("03/02/2018: Assailants attacked Tin-Akoff, Oudalan, Burkina Faso. Six civilians were killed.", "Tin-Akoff",
     "BFA"),
    ("Gunmen attacked Kpalbusi, Kadjebi, Ghana, on Monday, killing two farmers.", "Kpalbusi", "GHA"),
    # the closing country says whose region of a shared name it is (not Bolivia's Beni)
    ("Suspected jihadists attacked Mbau, Beni, Democratic Republic of the Congo, overnight.", "Mbau", "COD"),
    # guards: a known region, and the country alone
    ("Rebels shelled Kukawa, Borno, Nigeria on Monday.", "Kukawa", "NGA"),
    ("03/02/2018: Assailants attacked Solhan, Burkina Faso.", "Solhan", "BFA"),
])
def test_a_town_with_its_province_and_country(text, place, country):
    [event] = _assaults(text)
    assert (event.location, event.location_country) == (place, country)


def test_a_list_of_countries_is_no_town_with_its_country():
    [event] = [e for e in events_of("Troops visited France, Germany, Italy and Spain.", JUL_4)]
    assert event.location is None


@pytest.mark.parametrize("text, places", [
    ("Jundallah (Pakistan) claimed responsibility for the attack.", []),
    ("The attack was claimed by the Popular Front (Lebanon).", []),
    # guard: people of a town with its country say something; the town stays a place
    ("Residents of Goma (DRC) said the rebels attacked at dawn.", ["Goma (DRC)"]),
])
def test_a_group_named_with_its_country_in_the_gazetteer_s_reading(text, places):
    assert [p.text for p in find_places(text)] == places
