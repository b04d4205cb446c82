"""Constructions of our own incident summaries and conflict notes (stop 55): the result of an attack told before its
object ("stabbed to death a teacher"), a person named in a town, a refusal told as the motive of an act. Every text
is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Militants stabbed to death a teacher in Dhaka on Monday.", "stabbed", "Militants", "teacher"),
    ("Attackers hacked to death a blogger in Dhaka on Monday.", "hacked", "Attackers", "blogger"),
    ("Militants stabbed to death two teachers in Dhaka on Monday.", "stabbed", "Militants", "teachers"),
    ("A mob beat to death a man accused of theft in Lagos on Monday.", "beat", "mob", "man"),
])
def test_the_result_before_the_object_keeps_the_doer_and_the_victim(text, trigger, actor, target):
    found = event_on(text, trigger, JUL_4)
    assert (found.actor, found.target) == (actor, target)


@pytest.mark.parametrize("text, trigger", [
    ("A teacher was stabbed to death in Dhaka on Monday.", "stabbed"),
    ("Teacher stabbed to death in Dhaka.", "stabbed"),
])
def test_one_stabbed_to_death_is_still_the_victim(text, trigger):
    found = event_on(text, trigger, JUL_4)
    assert (found.actor, found.target) == (None, "teacher" if "A teacher" in text else "Teacher")


def test_a_person_named_in_a_town_is_no_place_of_the_town():
    found = event_on("Gunmen shot dead Ahmed Musa in Kano on Monday.", "shot dead", JUL_4)
    assert (found.target, found.location, found.location_country) == ("Ahmed Musa", "Kano", "NGA")
    # a village named in its district is still the place
    found = event_on("Rebels attacked Marinka in Donetsk on Monday.", "attacked", JUL_4)
    assert found.location == "Marinka in Donetsk"


@pytest.mark.parametrize("text", [
    "Gang members shot dead a bus driver in San Pedro Sula on Monday for refusing to pay extortion.",
    "Soldiers beat a man in Goma on Monday for refusing to hand over his phone.",
    "Two persons were arrested by the police in Pinsk for refusing to identify themselves.",
])
def test_a_refusal_told_as_the_motive_of_an_act_is_no_event(text):
    assert not any(e.event_type == "REJECT" for e in events_of(text, JUL_4))


def test_a_refusal_of_its_own_is_still_one():
    found = event_on("The opposition refused to attend the talks in Nairobi on Monday.", "refused", JUL_4)
    assert (found.event_type, found.actor) == ("REJECT", "opposition")


@pytest.mark.parametrize("text, trigger", [
    ("A 16-year-old boy has died after being stabbed in Small Heath on Sunday evening.", "stabbed"),
    ("A man died in hospital on Monday after he was shot outside a bar in Leeds on Saturday.", "shot"),
    ("A man died on Monday after police beat him in Nairobi.", "beat"),
])
def test_a_death_told_as_what_followed_an_attack_is_the_attack_s_alone(text, trigger):
    found = events_of(text, JUL_4)
    assert [e.trigger for e in found] == [trigger]


def test_the_attack_a_death_followed_keeps_its_own_day():
    found = event_on("A man died in hospital on Monday after he was shot outside a bar in Leeds on Saturday.", "shot",
                     JUL_4)
    assert (found.date.isoformat(), found.location) == ("2024-06-29", "a bar in Leeds")


def test_a_death_of_its_own_is_still_told():
    assert [e.trigger for e in events_of("The activist died after a long illness.", JUL_4)] == ["died"]


@pytest.mark.parametrize("text", [
    "The car ran a red light and slammed into a pickup truck on Sunday, police said.",  # a crash, no criticism
    "One of them decided to pull out a gun in a crowded mall, police said.",  # a weapon drawn, no withdrawal
    "Police recovered six empty shells from a .45-caliber pistol at the scene.",  # cartridge cases, no shelling
])
def test_words_of_events_in_another_sense_are_no_event(text):
    assert events_of(text, JUL_4) == []


@pytest.mark.parametrize("text, trigger, event_type", [
    ("After slamming into the crowd, the truck driver emerged with a gun.", "slamming into", "ASSAULT"),
    ("The army pulled out of the town on Monday.", "pulled out", "RETREAT"),
    ("Russian forces shelled the town on Monday.", "shelled", "ASSAULT"),
])
def test_the_same_words_in_their_sense_of_an_event_still_are(text, trigger, event_type):
    assert event_on(text, trigger, JUL_4).event_type == event_type


@pytest.mark.parametrize("text", [
    "On 8 June 2023, relatives of missing persons marched in Chilpancingo, demanding that authorities intensify "
    "search efforts.",
    "On 3 May 2023, around 200 farmers protested in front of the district office in Sirajganj, demanding fair prices "
    "for rice.",
    "On 6 May 2023, prisoners rioted at the central prison in Port Sudan, calling for their release.",
])
def test_the_demand_of_a_protest_told_by_its_participle_is_the_protest_s(text):
    assert [e.event_type for e in events_of(text, JUL_4) if e.modality == "asserted"] == ["PROTEST"]


def test_a_demand_of_its_own_sentence_is_still_a_request():
    found = events_of("Protesters blocked the highway on Monday. They demanded the release of their leader.", JUL_4)
    assert {"PROTEST", "REQUEST"} <= {e.event_type for e in found}


@pytest.mark.parametrize("text, trigger, actor", [
    ("Militants from the Islamic State West Africa Province (ISWAP) abducted 110 schoolgirls in Dapchi on Monday.",
     "abducted", "Militants from the Islamic State West Africa Province"),
    ("Fighters from al-Shabaab attacked a base in Lower Shabelle on Monday.", "attacked", "Fighters from al-Shabaab"),
    ("Soldiers from the 5th Brigade shelled the town on Monday.", "shelled", "Soldiers from the 5th Brigade"),
])
def test_the_fighters_from_a_group_are_one_phrase_with_it(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Gunmen from Dalo village attacked farmers in Benue on Monday.", "attacked", "Gunmen"),  # where they came from
    ("Prisoners from the Lurigancho prison rioted on Monday.", "rioted", "Prisoners"),
    ("Residents from the Macoa sector blocked the road on Monday.", "blocked", "Residents"),
])
def test_people_from_a_place_are_not_the_place_s(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text", [
    "Police fired tear gas to disperse the crowds on Sunday night. The injured were admitted to the Kolar district "
    "hospital.",
    "Gunmen shot a trader on Monday. He was rushed to the Aminu Kano Teaching Hospital.",
])
def test_where_the_harmed_were_taken_is_not_where_it_happened(text):
    assert all(e.location is None or "ospital" not in e.location for e in events_of(text, JUL_4))


def test_a_hospital_where_it_happened_is_still_the_place():
    found = event_on("Gunmen stormed the Aminu Kano Teaching Hospital on Monday.", "stormed", JUL_4)
    assert found.location is not None and "Hospital" in found.location


def test_an_armed_group_s_roadblock_is_no_protest():
    found = events_of("Gunmen stopped a bus at a rebel roadblock near Puerto Lleras and kidnapped four foreigners.",
                      JUL_4)
    assert [e.event_type for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Protesters set up roadblocks on the highway near Puerto Lleras on Monday.",
    "Angry residents set up roadblocks on the highway after bandits killed a farmer near Kaduna on Monday.",
])
def test_residents_roadblocks_are_protests_whoever_else_the_sentence_names(text):
    assert "PROTEST" in [e.event_type for e in events_of(text, JUL_4)]
