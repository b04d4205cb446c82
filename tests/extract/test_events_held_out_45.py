"""Crowd control and the demands of a protest, as wire stories and notes tell them: tear gas fired to disperse a crowd
is one act of force against the crowd, what it is fired with is no target, and a protest's demand told after a comma
is the protesters' words, not a statement by whom they address. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.records import Event
from tests.extract.test_events_wire import _article, merged_events, published_doc

MAY_15 = datetime(2024, 5, 15, tzinfo=timezone.utc)  # a Wednesday


def _merged(text: str) -> list[Event]:
    return merged_events(published_doc(text, MAY_15))


@pytest.mark.parametrize(("text", "target"), [
    ("Police fired tear gas to disperse hundreds of students in Nairobi on Tuesday.", "students"),
    ("Riot police used water cannon and rubber bullets to disperse the marchers in Santiago on Tuesday.", "marchers"),
    ("Tens of thousands of people rallied outside parliament in Tbilisi on Tuesday. Police used tear gas and "
     "batons to disperse the crowd.", "crowd"),
])
def test_force_used_to_disperse_a_crowd_is_one_act_of_crowd_control_against_it(text, target):
    force = [e for e in _merged(text) if e.event_type != "PROTEST"]
    assert [(e.event_type, e.event_mode, e.actor is not None, e.target) for e in force] == [
        ("ASSAULT", "crowd-control", True, target)]


@pytest.mark.parametrize(("text", "target"), [
    ("Police dispersed the crowd with tear gas in Lagos on Monday.", "crowd"),
    ("Soldiers dispersed the lynch mob with teargas on Friday.", "lynch mob"),
])
def test_dispersing_with_tear_gas_is_force_against_the_crowd_not_against_the_gas(text, target):
    [e] = _merged(text)
    assert (e.event_type, e.target) == ("ASSAULT", target)


def test_a_dispersal_told_without_force_stays_a_restriction():
    [e] = _merged("Police dispersed the gathering outside the town hall in Lagos on Monday.")
    assert (e.event_type, e.event_mode, e.target) == ("COERCE", "restrict", "gathering")


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Angry protesters clashed with police near parliament on Saturday, demanding the government resign.",
     "Angry protesters", "the government resign"),
    ("Hundreds of teachers marched in Accra on Monday, demanding the payment of their arrears.",
     "Hundreds of teachers", "the payment of their arrears"),
    ("Residents set up barricades in Sofia on Monday, demanding the resignation of the mayor.",
     "Residents", "the resignation of the mayor"),
])
def test_a_demand_told_by_a_participle_after_a_comma_is_the_subjects(text, speaker, content):
    x = extract_article(_article(text))
    assert [(s.speaker, s.content) for s in x.statements] == [(speaker, content)]
    assert all(e.modality == "asserted" for e in x.events if e.event_type in {"ASSAULT", "PROTEST"})


def test_a_speaker_after_a_cue_in_the_past_after_a_comma_still_speaks():
    x = extract_article(_article("Forty people were killed in the attack, said the governor of the province."))
    assert [s.speaker for s in x.statements] == ["the governor of the province"]


OCT_19 = datetime(2023, 10, 19, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize(("text", "place"), [
    ("A suicide bomber blew himself up in Balochistan province on Wednesday, killing four officers. The bombing took "
     "place in the town of Mastung.", "town of Mastung"),
    ("A bomb exploded in Kunduz province on Wednesday, killing 33 people. The blast ripped through a mosque in Imam "
     "Sahib district.", "Imam Sahib district"),
    ("A drone strike in Ethiopia's Amhara region killed 26 people on Wednesday. The strike hit a market in Finote "
     "Selam.", "Finote Selam"),
])
def test_an_incident_told_in_a_region_then_in_a_town_of_it_is_one_row_at_the_town(text, place):
    [e] = merged_events(published_doc(text, OCT_19))
    assert place in e.location and e.mentions >= 3


@pytest.mark.parametrize("text", [
    # another day, another scene
    "A bomb exploded in Kunduz province on Monday, killing three people. On Wednesday, gunmen attacked a checkpoint "
    "in Imam Sahib district.",
    # a town the gazetteer puts in another region or country
    "A gunman opened fire in Texas on Wednesday, killing four students. The shooting in Denver wounded two teachers.",
    "A bomb exploded in Balochistan province on Wednesday, killing four officers. The attack in Kandahar wounded "
    "two police officers.",
])
def test_incidents_in_a_region_and_in_a_town_elsewhere_or_on_another_day_stay_two(text):
    assert len([e for e in merged_events(published_doc(text, OCT_19)) if e.event_type == "ASSAULT"]) == 2


JUN_26 = datetime(2024, 6, 26, tzinfo=timezone.utc)


def test_police_fire_on_people_who_stormed_a_building_is_an_act_of_its_own():
    found = merged_events(published_doc("On 25 June 2024, protesters stormed the parliament building in Nairobi. "
                                        "Police opened fire, killing at least five protesters.", JUN_26))
    assert sorted((e.actor, e.target) for e in found) == [("Police", "protesters"),
                                                           ("protesters", "parliament building")]


def test_fire_returned_on_those_who_fired_at_a_police_post_is_one_gunfight():
    [e] = merged_events(published_doc("On 25 June 2024, four gunmen opened fire at a police post in Mombasa. An "
                                      "officer returned fire and hit two of the gunmen.", JUN_26))
    assert (e.actor, e.target, e.mentions) == ("gunmen", "police post", 3)


MAY_22 = datetime(2024, 5, 22, tzinfo=timezone.utc)  # a Wednesday


@pytest.mark.parametrize("text", [
    "Police raided 20 properties across six states on Wednesday in an investigation.",
    "Agents searched the homes of three officials in the capital on Wednesday in a corruption inquiry.",
])
def test_a_date_before_a_phrase_of_an_event_noun_dates_the_verb_before_it(text):
    [verb] = [e for e in merged_events(published_doc(text, MAY_22)) if e.trigger in {"raided", "searched"}]
    assert (verb.date.isoformat(), verb.date_source) == ("2024-05-22", "text")


@pytest.mark.parametrize(("text", "target"), [
    ("A car bomb exploded outside a police station in Jamundi on Monday, wounding five officers. The blast also "
     "damaged several nearby homes.", "police station"),  # (the site the bomb went off at: stop 63)
    ("Gunmen attacked a checkpoint near Kaya on Monday, killing three soldiers. The attackers also burned a truck.",
     "checkpoint"),
])
def test_what_an_incident_also_struck_is_not_its_target(text, target):
    [e] = [e for e in merged_events(published_doc(text, MAY_22)) if e.event_type == "ASSAULT"]
    assert e.target == target


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Protesters torched a police station in Tabriz, state media reported. Authorities have restricted internet "
     "access across the country.", "the country", "IRN"),
    ("Protesters torched a police station in Tabriz on Friday. The protests spread nationwide on Saturday.",
     "nationwide", "IRN"),
    # the dateline's country, where no place is told before
    ("BERLIN (DPA) - German police raided 20 properties across six states on Wednesday.", "six states", "DEU"),
    # a dateline's town of several countries' names, as the story settles it (not the Dominican province)
    ("SANTIAGO (Reuters) - Chilean police raided 20 homes across the country on Wednesday.", "the country", "CHL"),
])
def test_an_act_over_the_whole_country_is_placed_in_it_not_in_a_town_told_before(text, words, country):
    [e] = [e for e in merged_events(published_doc(text, MAY_22)) if e.trigger in {"restricted", "protests", "raided"}]
    assert (e.location, e.location_country) == (words, country)


@pytest.mark.parametrize("text", [
    "01/19/2019: Assailants set fire to a primary school in Maungdaw township, Rakhine state, Myanmar. The Arakan "
    "Army was suspected of carrying out the incident.",
    "01/19/2019: Gunmen attacked a police post in Maungdaw township, Rakhine state, Myanmar. The Arakan Army was "
    "suspected of conducting the incident.",
])
def test_the_group_suspected_of_carrying_out_the_incident_of_a_summary_is_its_actor(text):
    [e] = merged_events(published_doc(text, MAY_22))
    assert (e.actor, e.mentions) == ("Arakan Army", 2)


@pytest.mark.parametrize("text", [
    "The Arakan Army is believed to have carried out an attack on a police post in Maungdaw on Saturday.",
    "Gunmen attacked a police post in Maungdaw on Saturday. The Arakan Army was believed to have carried out the "
    "attack.",
    "The Arakan Army is alleged to have launched an attack on a police post in Maungdaw on Saturday.",
])
def test_who_is_believed_to_have_carried_out_an_attack_is_its_actor(text):
    [e] = merged_events(published_doc(text, MAY_22))
    assert e.actor == "Arakan Army"


@pytest.mark.parametrize(("text", "target"), [
    # (a grievance names the party it is of, or none: stop 64)
    ("On 8 June 2021, residents protested in Lilongwe against a police ban on their operations.", "police"),
    ("On 8 June 2021, traders protested in Kaya (Sanmatenga, Centre-Nord) against the curfew.", None),
    ("Thousands of farmers rallied in the capital on Tuesday against new fuel taxes.", None),
    ("On 8 June 2021, traders protested in Kaya (Sanmatenga, Centre-Nord) against the governor.", "governor"),
    ("Thousands protested in Paris on Saturday.", None),
    ("Students protested in Dhaka, and police arrested 20 of them against the law.", None),  # another clause's
])
def test_what_a_protest_is_against_may_follow_its_place(text, target):
    [e] = [e for e in merged_events(published_doc(text, MAY_22)) if e.event_type == "PROTEST"]
    assert e.target == target
