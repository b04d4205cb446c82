"""Modality, senses and triggers in mainstream news (stop 65): an aside of "who" set off by commas ("His brother, who
helped plan the attack, was jailed") and a clause of its own after "and he" keep their verbs to themselves; a release
bargained or worked for ("negotiating the hostages' release", "to secure the release", "demanded a ransom ($134,000)
for their release") is yet to come; a thing named by a participle of taking ("a stolen car") is no theft; a state that
takes broadcasts or newspapers off the air censors them; a "DDoS attack" is a cyber attack; a sum of money is no party;
and the predicate of "The attack was the most serious bombing … since 2017" is the attack told again. Every text is
our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

OCT_31 = datetime(2025, 10, 31, tzinfo=timezone.utc)  # a Friday


def _modality(text: str, trigger: str) -> str:
    [event] = [e for e in events_of(text, OCT_31) if e.trigger == trigger]
    return event.modality


@pytest.mark.parametrize("text, trigger, modality", [
    ("His brother, Hashem Abedi, who helped plan the attack, was jailed for a minimum of 55 years in 2020.",
     "jailed", "asserted"),
    ("The man, who had planned to attack the mosque, was arrested on Friday.", "arrested", "asserted"),
    ("A gang leader escaped from prison, and he ordered the military to take over the prisons.", "ordered",
     "asserted"),
    ("Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.", "criticized",
     "asserted"),
    # guards: the clause's own markers still count
    ("The rebels, which plan to attack the town, will attack on Monday.", "attack", "future"),
    ("Police, who want to arrest the gunman, have not arrested anyone.", "arrested", "negated"),
    ("He said he would not resign and he vowed to fight.", "resign", "negated"),
])
def test_an_aside_or_a_clause_of_its_own_keeps_its_markers(text, trigger, modality):
    assert _modality(text, trigger) == modality


@pytest.mark.parametrize("text, modality", [
    ("Gunmen abducted 23 passengers on Sunday, and the kidnappers have since demanded 200 million naira ($134,000) for "
     "their release, police said.", "future"),
    ("Officials said they were negotiating the hostages' release.", "future"),
    ("The government is working to secure the release of the students.", "future"),
    # guards: a release won or made is done
    ("The army secured the release of 20 hostages on Monday.", "asserted"),
    ("Kidnappers announced the release of the students on Sunday.", "asserted"),
])
def test_a_release_bargained_for_is_yet_to_come(text, modality):
    [event] = [e for e in events_of(text, OCT_31) if e.event_type == "RETREAT"]
    assert event.modality == modality


@pytest.mark.parametrize("text, gone", [
    ("The attack brought back memories of January 2017, when a man drove a stolen car through pedestrians.", "stolen"),
    ("The hackers gained access through stolen passwords for remote access software.", "stolen"),
    ("The group threatened to publish the stolen data.", "stolen"),
    ("Police recovered the confiscated weapons from a warehouse.", "confiscated"),
])
def test_a_thing_named_by_a_participle_of_taking_is_no_theft(text, gone):
    assert gone not in [e.trigger for e in events_of(text, OCT_31)]


@pytest.mark.parametrize("text, trigger", [
    ("Hackers stole data from the hospital on Monday.", "stole"),
    ("The data was stolen on Monday.", "stolen"),
    ("Gunmen robbed a bank in Lagos on Sunday.", "robbed"),
])
def test_a_theft_told_stays(text, trigger):
    assert [e.event_type for e in events_of(text, OCT_31) if e.trigger == trigger] == ["COERCE"]


@pytest.mark.parametrize("text, trigger, target", [
    ("The junta suspended the broadcasts of Radio France Internationale on Monday.", "suspended",
     "broadcasts of Radio France Internationale"),
    ("Authorities shut down two opposition newspapers on Monday.", "shut down", "opposition newspapers"),
    ("The government imposed a curfew in Bissau and suspended the broadcasts of two private radio stations.",
     "suspended", "broadcasts"),
])
def test_a_station_or_newspaper_taken_off_the_air_is_censored(text, trigger, target):
    [event] = [e for e in events_of(text, OCT_31) if e.trigger == trigger]
    assert (event.event_type, event.event_mode, event.target) == ("COERCE", "censor", target)


@pytest.mark.parametrize("text", [
    "The union suspended the strike on Monday.",
    "The BBC suspended the presenter on Monday.",
    "The airline suspended flights to Kyiv on Monday.",
])
def test_other_suspensions_censor_nothing(text):
    assert all(e.event_mode != "censor" for e in events_of(text, OCT_31))


def test_a_ddos_attack_is_a_cyber_attack():
    [event] = events_of("Pro-Russian hackers launched a DDoS attack on the websites of Danish ministries on Monday.",
                        OCT_31)
    assert (event.event_type, event.event_mode, event.actor) == ("COERCE", "cyber", "Pro-Russian hackers")


@pytest.mark.parametrize("text, target", [
    ("Gunmen abducted 23 passengers on Sunday, and the kidnappers have since demanded 200 million naira for their "
     "release.", None),
    # guard: the people a demand is made of
    ("The kidnappers demanded a ransom from the families on Sunday.", "families"),
])
def test_a_sum_of_money_is_no_party(text, target):
    [event] = [e for e in events_of(text, OCT_31) if e.event_type == "REQUEST"]
    assert event.target == target


@pytest.mark.parametrize("text, rows", [
    ("A man who detonated a bomb outside Leeds bus station in February last year was jailed for life on Friday. The "
     "attack was the most serious bombing in northern England since May 2017.", 2),
    ("Gunmen attacked a police post in Kano on Friday. The raid was the deadliest attack in the state since 2019.", 1),
    # guard: the doer an infinitive tells acts of its own
    ("Gunmen attacked a police post in Kano on Friday. The army was the first force to attack the gunmen.", 2),
])
def test_the_predicate_of_a_ranking_is_the_event_told_again(text, rows):
    assert len([e for e in events_of(text, OCT_31) if e.event_type in ("ASSAULT", "COERCE")]) == rows
