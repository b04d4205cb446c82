"""How many event rows one incident gives (stop 65): the rounds of a crowd-control weapon ("tear gas shells") are what
police lobbed, no shelling of their own; a bare "the attack" after a compound that named the kind of attack ("a
cyber-attack") is that attack again; a protest verb told in the passive ("were marched into the forest") is done to
captives, no protest. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

DEC_9 = datetime(2025, 12, 9, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(e.event_type, e.event_mode, e.trigger, e.actor) for e in events_of(text, DEC_9)]


@pytest.mark.parametrize("text, rows", [
    ("Police lobbed tear gas shells at the protesters in Nairobi on Tuesday.",
     [("ASSAULT", "crowd-control", "lobbed", "Police")]),
    ("Riot police lobbed tear gas at students outside the university on Monday.",
     [("ASSAULT", "crowd-control", "lobbed", "Riot police")]),
    ("Police fired tear gas on Monday to stop farmers at the border. Police lobbed tear gas shells at them.",
     [("ASSAULT", "crowd-control", "fired", "Police")]),
    # guards: shells that are fired or that a force shells are shelling; stones lobbed are thrown at someone
    ("The army shells rebel positions near the town every night, residents said.",
     [("ASSAULT", "heavy-weapons", "shells", "army")]),
    ("Rebels fired mortar shells at the base on Sunday, killing two soldiers.",
     [("ASSAULT", "heavy-weapons", "fired", "Rebels")]),
    ("Protesters lobbed stones at the police station in Karachi on Friday.",
     [("ASSAULT", "primitive", "lobbed", "Protesters")]),
])
def test_crowd_control_rounds_are_no_shelling(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("A ransomware gang has claimed responsibility for a cyber-attack that crippled the computer systems of a "
     "public health service.\n\nThe health service said the attack was detected early on Saturday at its three "
     "hospitals in Frankston.",
     [("COERCE", "cyber", "attack", "ransomware gang")]),
    ("Pro-Russian hackers launched a cyber attack on the websites of Danish ministries on Monday. The attack knocked "
     "several sites offline for hours, officials said.",
     [("COERCE", "cyber", "cyber attack", "Pro-Russian hackers")]),
    # guards: an act of the noun's own type told between is what "the attack" names; a compound of the same type
    ("Hackers launched a cyber-attack on the city council's network on Monday. On Tuesday, gunmen stormed a clinic "
     "in the city. The attack killed three nurses.",
     [("COERCE", "cyber", "cyber-attack", "Hackers"), ("ASSAULT", None, "stormed", "gunmen")]),
    ("A drone attack hit a fuel depot in Kursk on Sunday. The attack started a large fire, the governor said.",
     [("ASSAULT", "drone", "hit", None)]),
])
def test_the_attack_names_the_kind_told_before(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Gunmen abducted 23 passengers on the Abuja-Kaduna highway on Sunday. The passengers were marched into the "
     "forest.",
     [("ASSAULT", "abduct", "abducted", "Gunmen")]),
    ("The hostages were marched away at gunpoint, a witness said.", []),
    # guards: people who march, or were marching, protest
    ("Thousands of students marched to parliament in Nairobi on Tuesday.",
     [("PROTEST", "demo", "marched", "students")]),
    ("Protesters were marching towards the governor's office on Monday.",
     [("PROTEST", "demo", "marching", "Protesters")]),
    ("Hundreds of farmers had marched through the city on Monday.",
     [("PROTEST", "demo", "marched", "farmers")]),
])
def test_captives_marched_off_hold_no_protest(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("At least 17 inmates were killed and 14 wounded when rival gangs fought for control of the prison in Machala on "
     "Monday. The riot lasted more than eight hours.",
     [("ASSAULT", None, "fought", "rival gangs")]),
    ("Three people were killed during a riot in Lagos on Monday.",
     [("ASSAULT", None, "riot", None)]),
    ("Gunmen killed five inmates at the jail in Tegucigalpa on Monday. Guards regained control after the riot.",
     [("ASSAULT", None, "killed", "Gunmen")]),
    # guards: a riot told as one before, police's answer to a crowd, and a word of the rioters stay as they were
    ("Prisoners rioted in a jail in Manaus on Saturday. Seven guards were held hostage. The riot was a distraction.",
     [("PROTEST", "riot", "rioted", "Prisoners"), ("ASSAULT", "abduct", "held hostage", None)]),
    ("Police fired tear gas at protesters in Nairobi on Tuesday. The riot lasted hours.",
     [("ASSAULT", "crowd-control", "fired", "Police"), ("PROTEST", "riot", "riot", None)]),
])
def test_a_riot_of_a_fight_told_is_that_fight(text, rows):
    assert _rows(text) == rows


def _parties(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.trigger, e.actor, e.target) for e in events_of(text, DEC_9)]


@pytest.mark.parametrize("text, rows", [
    ("Haryana Police fired tear gas shells and used water cannons on Monday to stop thousands of farmers who were "
     "trying to march towards Delhi.",
     [("ASSAULT", "used", "Haryana Police", "farmers"), ("PROTEST", "march", "farmers", "Delhi")]),
    ("Israeli forces fired tear gas canisters at Palestinian farmers east of Khuzaa on Saturday.",
     [("ASSAULT", "fired", "Israeli forces", "Palestinian farmers")]),
    ("Police used water cannons on Sunday to disperse hundreds of students.",
     [("ASSAULT", "used", "Police", "students")]),
    ("Police blocked students trying to march on parliament in Nairobi on Tuesday.",
     [("PROTEST", "march", "students", "parliament")]),
    # guards: the weapon alone names no target; a gerund after a preposition has no noun of its own doing it
    ("Police used water cannons in Tbilisi on Sunday night.", [("ASSAULT", "used", "Police", None)]),
    ("Police used tear gas on protesters in Nairobi on Tuesday.", [("ASSAULT", "used", "Police", "protesters")]),
    ("The idea of attempting to meet voters in every county appeals to him.", [("CONSULT", "meet", None, "voters")]),
])
def test_police_stopping_a_march(text, rows):
    assert _parties(text) == rows
