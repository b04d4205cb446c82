"""Who does what to whom in regional copy (stop 64): an allegation is an accusation of whom its clause names ("alleged
that the police had acted …"), an act called by a word of blame is condemned ("termed the killings a cowardly act").
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

AUG_3 = datetime(2025, 8, 3, tzinfo=timezone.utc)  # a Sunday


def _accusations(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.trigger, e.event_mode, e.actor, e.target) for e in events_of(text, AUG_3) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, accusations", [
    ("Local MLA Mamman Khan alleged that the police had acted in a one-sided manner.",
     [("alleged", "allege", "Local MLA Mamman Khan", "police")]),
    ("The opposition alleged that the government had ignored warnings about the area.",
     [("alleged", "allege", "opposition", "government")]),
    ("BNP leaders alleged Jamaat men had attacked their procession.",
     [("alleged", "allege", "BNP leaders", "Jamaat men")]),
    ("The villagers alleged that he was killed in a fake encounter.", [("alleged", "allege", "villagers", None)]),
    ("The union alleges the management has withheld wages for three months.",
     [("alleges", "allege", "union", "management")]),
    # a word of blame for the act is its condemnation
    ("Chief Minister Vishnu Deo Sai termed the killings a cowardly act.",
     [("termed", "disapprove", "Chief Minister Vishnu Deo Sai", None)]),
    ("The party termed the arrest illegal.", [("termed", "disapprove", "party", None)]),
    ("The governor described the attack as barbaric.", [("described", "disapprove", "governor", None)]),
    ("The opposition called the ban illegal and unconstitutional.", [("called", "disapprove", "opposition", None)]),
    ("The opposition called the government's decision illegal.",
     [("called", "disapprove", "opposition", "government")]),
])
def test_an_allegation_or_a_word_of_blame_is_an_accusation(text, accusations):
    assert _accusations(text) == accusations


@pytest.mark.parametrize("text", [
    # "alleged" before its noun says what someone is held to be, no one accuses
    "Police arrested three alleged gang members on Monday.",
    "The alleged mastermind of the attack was arrested on Monday.",
    "He was detained over the alleged killing of a trader.",
    "Seven soldiers and alleged mercenaries were killed in the clash.",
    "Alleged robbers were held by villagers in Kano.",
    # what a document alleges, whose filer the sentence does not make its subject
    "The office slammed a lawsuit filed by a former staffer alleging that the congressman broke the law.",
    # a word of pity or of a kind, no blame
    "The minister called the attack horrific.",
    "Residents described the flood as unprecedented.",
    "Activists asked candidates to stop using the term 'illegal' for migrants.",
])
def test_no_accusation_without_a_clause_or_a_word_of_blame(text):
    assert [a for a in _accusations(text) if a[0] not in ("slammed", "lawsuit")] == []


def test_an_alleged_gang_keeps_its_place_in_the_arrest():
    [arrest] = [e for e in events_of("Police arrested three alleged gang members on Monday.", AUG_3)
                if e.event_type == "COERCE"]
    assert arrest.target == "alleged gang members"


def test_who_tries_to_do_the_act_after_an_allegation():
    text = "The military alleged that the NPA militants were trying to steal government aid."
    [theft] = [e for e in events_of(text, AUG_3) if e.event_type == "COERCE"]
    assert theft.actor == "NPA militants"


SEP_27 = datetime(2025, 9, 27, tzinfo=timezone.utc)  # a Saturday


def _parties(text: str, event_type: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.actor, e.target) for e in events_of(text, SEP_27) if e.event_type == event_type]


@pytest.mark.parametrize("text, event_type, parties", [
    # a grievance or a wh-word is no party protested against or accused
    ("Hundreds of transporters protested against the imposition of a new axle-load regime in Lahore on Monday.",
     "PROTEST", [("protested", "transporters", None)]),
    # (the office they gathered outside is whom the protest addresses, not the grievance after "against")
    ("Traders gathered outside the office to protest against what they described as irregularities in the tender.",
     "PROTEST", [("gathered", "Traders", "office")]),
    ("Farmers protested over the lack of water in Talca on Monday.", "PROTEST", [("protested", "Farmers", None)]),
    ("Health workers staged a sit-in denouncing the working conditions.", "PROTEST",
     [("sit-in", "Health workers", None)]),
    # … but whose grievance it is, if the phrase says, and the doer of an act protested
    ("Workers staged a protest against the company's decision to cut wages.", "PROTEST",
     [("protest", "Workers", "company")]),
    ("Students protested against the killing of a classmate by police.", "PROTEST",
     [("protested", "Students", "police")]),
    # what a clash was about is no side of it
    ("Two men were injured when villagers clashed over a land dispute in Satkania on Friday.", "ASSAULT",
     [("clashed", "villagers", "men")]),
    # both sides of "between" are the actor; the party after the first side's "of" is no target
    ("A youth was killed in a clash between the activists of Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami "
     "in Satkania on Friday.", "ASSAULT",
     [("clash", "activists of Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami", "youth")]),
    ("Three people were hurt in a clash between supporters of the BNP and the Awami League on Sunday.", "ASSAULT",
     [("clash", "supporters of the BNP and the Awami League", None)]),
])
def test_a_grievance_or_a_side_is_no_target(text, event_type, parties):
    assert _parties(text, event_type) == parties


@pytest.mark.parametrize("text, event_type, parties", [
    ("Traders protested against the government on Monday.", "PROTEST", [("protested", "Traders", "government")]),
    ("The opposition criticised the government's new tax policy.", "ACCUSE",
     [("criticised", "opposition", "government")]),
    ("Clashes between regime forces and rebels against the government continued on Monday.", "ASSAULT",
     [("Clashes", "regime forces and rebels", "government")]),
])
def test_parties_of_a_protest_and_a_clash_kept(text, event_type, parties):
    assert _parties(text, event_type) == parties


def test_the_arrest_a_protest_is_against_is_not_the_protesters():
    text = "Students staged a protest against the arrest of their leaders in Dhaka on Monday."
    assert _parties(text, "COERCE") == [("arrest", None, "leaders")]


NOV_21 = datetime(2025, 11, 21, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, actor", [
    # the subject of a reported clause, past an insertion in commas, acts; not the speaker
    ("Eyewitnesses said the protesters, clad in party colours, blocked the road and threw stones at police vehicles.",
     "threw", "protesters"),
    ("Eyewitnesses said the protesters, clad in party colours, blocked the road and threw stones at police vehicles.",
     "blocked", "protesters"),
    ("Police said the attackers, armed with heavy weapons, opened fire on the checkpoint.", "opened fire",
     "attackers"),
    ("Residents said that the gunmen, numbering over 50, stormed the village on Sunday.", "stormed", "gunmen"),
    # guards: the subject that opens the sentence, and a verb that takes a noun phrase
    ("The gunmen, numbering over 50, stormed the village on Sunday.", "stormed", "gunmen"),
    ("The report highlighted the silence officials, including the mayor, have kept about the raid.", "raid", None),
])
def test_the_subject_of_a_reported_clause_past_an_insertion_acts(text, trigger, actor):
    [found] = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert found.actor == actor


JUN_10 = datetime(2025, 6, 10, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, canonical", [
    ("The Movement for the Survival of the Ogoni People (MOSOP) said its members would march. The group staged a "
     "protest in Bori on Monday.", "protest", "Movement for the Survival of the Ogoni People"),
    ("The Nusra Front was not a party to the truce, allowing the group to continue its attacks on government troops.",
     "attacks", "Nusra Front"),
    # guards: no body of people named before; a building is none
    ("A group of women staged a protest in Bori on Monday. The group blocked the road.", "blocked", "group"),
    ("Fishermen gathered at the Government House on Friday. The group have been occupying the factory.", "occupying",
     "group"),
])
def test_the_group_is_the_body_named_before(text, trigger, canonical):
    [found] = [e for e in events_of(text, JUN_10) if e.trigger == trigger]
    assert found.actor_canonical == canonical


def test_the_attacked_village_stays_the_target_past_the_toll_of_its_participle():
    [attack] = [e for e in events_of("Gunmen attacked the village of Solhan on Friday night, killing at least 160 "
                                     "civilians, officials said.", JUN_10) if e.event_type == "ASSAULT"]
    assert (attack.actor, attack.target) == ("Gunmen", "village of Solhan")
